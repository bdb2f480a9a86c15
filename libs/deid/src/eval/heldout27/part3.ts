// Held-out set 27, documents 27–40 (see index.ts for the conventions): clinical texts typed
// fast — an emergency-room chat with lower-case codes, a Huế night hand-over, a delivery ward
// with display names in given-family order, a Kon Tum ward without accents, a commune referral
// with its follow-up, an ICU and laboratory group, a Southern voice-to-text hand-over, ward
// minutes in abbreviations, paediatric parents with nicknames, an informal e-mail thread with a
// daughter in Korea, a laboratory mix-up, a Khmer discharge without accents, dialysis patients
// in teen-code, an incident report sent through Messenger. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'chat',
    `Nhóm "CẤP CỨU BVĐK BD – TRỰC 🚑" · tối [[D:24/12]]
[[N:Khoa Trần]] (bs cc): 20h40 nhận 2 ca TNGT trên [[A:đường ĐT741, phường Chánh Phú Hòa, TP Bến Cát]]. ca 1: nam ~30t ko giay to, ma tam [[R:cc-2412-0931]], xe wave [[VP:61K1-492.03]], gcs 9. ca 2: nu [[N:huynh thi kim yen]] 27t, cccd [[ID:074197006182]], bhyt [[BH:dn4747420119836]], gay xuong don P
[[N:Như]] đd: c [[N:yen]] noi ca 1 la ck c, ten [[N:tran minh nhat]], sn [[D:2.9.1994]], sdt me ck la co [[N:hai]] [[P:0395 617 408]]
[[N:Khoa Trần]] (bs cc): ok doi ma tam [[R:cc-2412-0931]] thanh ma bn [[R:24.1209318]] nha [[N:nhu]], ghi them cccd [[N:nhat]] khi ng nha toi
[[N:Quyên]] ktv xq: ct so bn [[N:nhat]] co mau tu duoi mang cung 8mm, da goi ngoai than kinh bs [[N:Duy]]
[[N:Lê Văn Phong]] (CSGT [[A:TP Bến Cát]]): Chào bác sĩ, xin thông tin 2 nạn nhân để lập hồ sơ vụ [[R:TNGT-BC-241224-03]]. Tài xế xe tải [[VP:51D-118.47]] là [[N:Nguyễn Văn Sang]], đo nồng độ cồn 0,42 mg/l khí thở, đã tạm giữ bằng lái số [[L:740187309452]].
[[N:Khoa Trần]] (bs cc): a [[N:Phong]] gửi công văn qua phòng KHTH giúp em, trong nhóm em ko gửi cccd đc nha a
[[N:Như]] đd: 22h15 ca 3: be trai [[N:bom]] 5t nuot dong xu, me la c [[N:ngoc]] [[P:0908 225 617]], nha o [[A:khu pho 4, phuong an phu, tp thuan an]]
[[N:Khoa Trần]] (bs cc): xq bụng thấy đồng xu ở dạ dày, cho về theo dõi phân, hẹn tái khám [[D:26-12]], dặn mẹ [[N:Bờm]] ko móc họng
[[N:Tín]] bv: bãi xe có xe SH [[VP:61G1-887.26]] đậu chắn cửa cấp cứu 30p r, của ng nhà ai ko?
[[N:Như]] đd: xe cua a [[N:tuan]] ng nha bn g4 (ong [[N:bay]]), de e bao
[[N:Như]] đd: 23h10 vk ca 1 da toi, ten [[N:le thi my hanh]], mang cccd [[N:nhat]] [[ID:074094012537]], bhyt ko co
[[N:Khoa Trần]] (bs cc): 23h50 ca 1 [[N:nhat]] chuyen mo, ca 2 [[N:yen]] nhap ctch giuong 17, ca 3 [[N:bom]] ve. merry christmas ae 🎄 ca sau bs [[N:Thảo Vy]] nhan nha`,
  ],
  // 28
  [
    'handover',
    `Bàn giao ca đêm khoa Nội – Lão khoa, đêm [[D:11/11]] rạng sáng [[D:12/11]] (gõ trên Zalo, người giao [[N:Hồ Thị Diệu Linh]], người nhận [[N:Tôn Nữ Minh Thư]])
- G2 P201 mệ [[N:Lê Thị Cháu]] [[AGE:97]]t, [[A:thôn Lại Thế, xã Phú Thượng, huyện Phú Vang]], mã BN [[R:24-112873]], BHYT [[BH:HT3464600917283]]. Viêm phổi, sốt 38,2 lúc 1h, đã lau mát + para 500. Mệ ngủ không được, cứ kêu "răng tau không về nhà". Con gái là o [[N:Liên]] nói ở nhà mệ cũng rứa, đêm mô cũng đòi về làng. Sđt o [[N:Liên]] [[P:0935 118 406]].
- G5 P201 ôn [[N:Nguyễn Văn Kỳ]] 88t, COPD đợt cấp, thở oxy 2 l/p, SpO2 92%. Ôn chửi eng [[N:Tín]] con trai vì không cho hút thuốc 😅, 3h ôn đòi ăn cháo, eng [[N:Tín]] chạy ra [[A:đường Lê Lợi]] mua rồi.
- G7 P203 ả [[N:Tôn Nữ Thị Bích]] 64t, ĐTĐ typ 2, đường 4h sáng 5,8. Chiều ni bs [[N:Khánh]] cho ra viện, hẹn tái khám [[D:26.11]], giấy ra viện số [[R:RV-1124/7712]] đã ký chưa đưa, ả đòi để con rể là a [[N:Phúc]] lên nhận.
- G9 P203 mệ [[N:Trần Thị Nở]] [[AGE:chín mươi mốt]] tuổi, Parkinson, ngã ở nhà hôm [[D:9-11]], đang chờ CT sọ, hẹn 7h30. Mệ nói giọng Quảng Trị, gọi cháu nội là "thằng [[N:Cu Bi]]". Cháu là [[N:Lê Văn Bi]] ở [[A:kiệt 12 Phan Đình Phùng, phường Vĩnh Ninh]], sđt [[P:0905 663 218]].
- G10 P205 ôn [[N:Hoàng Trọng Thể]] [[AGE:chín mươi ba]], suy tim, đêm ổn. Con trai ôn là [[N:Hoàng Trọng Quý]] từ Sài Gòn ra, hỏi kết quả siêu âm tim làm hôm [[D:10-11]], em hẹn sáng hỏi bs.
- Bệnh nhân mới: 2h45 nhận o [[N:Phan Thị Mai]] 67t từ cấp cứu, ma vv [[R:cc-241112-0051]], nôn ra máu ít, Hb 92. Chồng o là ôn [[N:Bảo]] (ôn [[N:Trần Bảo]]) ngồi ngoài, ôn bị lãng tai, nói to mới nghe.
- Thuốc: tủ trực còn 2 ống Lovenox 40, 1 lọ Tienam, mượn khoa Hồi sức 1 chai albumin, nhớ trả.
Chị [[N:Thư]] nhận giúp em nghe, em về trước 15 phút đón con. Cảm ơn chị 🙏
[[N:Tôn Nữ Minh Thư]]: Ok [[N:Linh]], chị nhận. Mệ [[N:Cháu]] vừa gọi "o [[N:Linh]] mô rồi" đó 😄`,
  ],
  // 29
  [
    'chat',
    `Nhóm "Phòng đẻ – khoa Sản BVĐK tỉnh Phú Thọ" · đêm [[D:8/3]]
[[N:Ngát Nguyễn]]: 22h nhận sản phụ [[N:Hà Thị Thúy]] 23t, người Mường, [[A:xóm Chiềng, xã Xuân Sơn, huyện Tân Sơn]], con so 39 tuần, dự sinh [[D:15/3]], mở 4cm, Bishop 8, CTG nhóm I.
[[N:Hương Lê Thu]]: ok em, ghi CCCD sp vào bệnh án luôn nhé, ban ngày hành chính đòi.
[[N:Ngát Nguyễn]]: dạ CCCD [[ID:025301004127]], BHYT [[BH:DT2252521307764]], chồng là [[N:Đinh Văn Quyết]] [[P:0374 229 815]]
[[N:Đức Anh Trần]]: 23h40 sp giường 3 [[N:Nguyễn Thu Hà]] VMLT 1 lần, xin đẻ thường, mở 6, tim thai 142. Đang theo dõi sát, có gì em gọi chị [[N:Hương]].
[[N:Hương Lê Thu]]: ok, chuẩn bị sẵn phòng mổ, báo gây mê anh [[N:Tuấn]].
[[N:Ngát Nguyễn]]: 2h15 [[D:9/3]] c [[N:Thúy]] đẻ thường bé gái 3,2kg, Apgar 8/9, mã sơ sinh [[R:SS-250309-014]]. Có vướng vai nhẹ, làm McRoberts ra được.
[[N:Bình Minh Hoàng]]: em lấy thông tin làm giấy chứng sinh nhé: tên mẹ [[N:Hà Thị Thúy]], sinh [[D:17/6/2001]], tên bố [[N:Đinh Văn Quyết]], giấy chứng sinh số [[R:0418/2025]]. Bé tên dự kiến là gì chị?
[[N:Ngát Nguyễn]]: bố bé bảo đặt [[N:Đinh Thảo Nguyên]], mẹ bé gọi ở nhà là [[N:Bống]].
[[N:Đức Anh Trần]]: 3h05 c [[N:Hà]] giường 3 đẻ thường được rồi 😭 bé trai 3,5kg, Apgar 9/10, mã [[R:SS-250309-015]]. Ck c là a [[N:Tiến]] khóc to hơn con.
[[N:Hương Lê Thu]]: 😂 giỏi lắm cả team. Sáng mai 7h30 giao ban nhớ báo ca VBAC này.
[[N:Thanh Huyền Phạm]]: 4h nhận sp [[N:Mai]] P4 từ TTYT [[A:huyện Thanh Sơn]] chuyển lên, tiền sản giật nặng, HA 170/110, đang truyền MgSO4 4g, giấy chuyển tuyến số [[R:112/CT-TTYT]]. Mẹ chồng c [[N:Mai]] là bà [[N:Xa Thị Lơ]] không biết chữ, em ký hộ phần cam kết có người làm chứng là em [[N:Hoàng]] hộ lý.
[[N:Hương Lê Thu]]: ok. Nhắc lại: ai trực [[D:14/3]] và [[D:15/3]] báo chị để xếp lịch, [[N:Ngát]] xin nghỉ [[D:20 - 22/3]] cưới em gái nhé.
[[N:Ngát Nguyễn]]: dạ em cảm ơn chị 🥰`,
  ],
  // 30
  [
    'chat',
    `nhom zalo "KHOA NHI - TRUYEN NHIEM BVDK KON TUM" · [[D:16-6]]
[[N:y hoa]] dd: 7h nhan ban giao: 4 be sot ret, 2 be tieu chay, 1 be soi. phong 2 g1 [[N:a blum]] 6t, [[A:lang dak xa, xa dak plo, huyen dak glei]], ks ret duong tinh P.falciparum hom [[D:14]], da uong artesunat ngay 3
[[N:Đinh Thị Hơ Len]] bs: ok, xn lai ks ret sang nay. bo be [[N:a blum]] la [[N:a thuan]] o lai hay ve lang r?
[[N:y hoa]] dd: a [[N:thuan]] ve lang lay lua, me be la [[N:y nhi]] o lai, ko noi tieng kinh, nho ong [[N:a dang]] phien dich sdt [[P:0366 915 203]]
[[N:Đinh Thị Hơ Len]] bs: phong 2 g3 be [[N:y sa]] 2t soi, ma bn [[R:nh25-06-0481]], cach ly tot nha. me be [[N:y lien]] hoi khi nao ve, hen t2 xem lai
[[N:nguyen tuan]] bs: g3 be [[N:y sa]] con ca [[N:y kim]] la chi ho cung o [[A:thon kon tu, xa dak plo]] cung sot phat ban tu [[D:13-6]], bao tyt xa di lay mau
[[N:y hoa]] dd: da goi tyt [[A:xa dak plo]], y si [[N:a tin]] noi di bo vao lang mat 3 tieng, mai moi toi duoc
[[N:Đinh Thị Hơ Len]] bs: ok. phong 3 g5 [[N:a vien]] 11t tieu chay mat nuoc, ma bn [[R:nh25-06-0497]], ba noi [[N:y blieng]] muon xin ve lang cung ram, ko cho ve nhe, giai thich bang ong [[N:a dang]]
[[N:Rơ Châm Y Nhung]] dd: phong 3 g6 be [[N:hoang thi y thu]] 8 thang, [[A:lang kon rbang, phuong thong nhat, tp kon tum]], me [[N:y dung]] 16t, bhyt tre em [[BH:te1626221804417]], giay khai sinh chua co
[[N:nguyen tuan]] bs: me 16t thi bao ctxh lam giay khai sinh + kiem tra ho tro. bo be ten j?
[[N:Rơ Châm Y Nhung]] dd: me be noi bo la [[N:a phuc]] lam rau o Lam Dong, ko co sdt, chi co fb [[U:facebook.com/aphuc.kontum97]]
[[N:y hoa]] dd: 11h g1 [[N:a blum]] ks ret am tinh 🥳 hen ra vien [[D:18.6]], bs [[N:Hơ Len]] ky giay ra vien so [[R:RV-NH-0612]]
[[N:Đinh Thị Hơ Len]] bs: ok, dan ong [[N:a dang]] noi me be cho be ngu mung, hen tai kham [[D:thang 7]] vi mua mua sot ret nhieu`,
  ],
  // 31
  [
    'referral',
    `TRẠM Y TẾ [[A:XÃ HƯỚNG PHÙNG]] – GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BHYT (gõ vội, in sau)
Số: [[R:27/GCT-TYT]]. Kính gửi: Trung tâm Y tế [[A:huyện Hướng Hóa]].
Họ tên người bệnh: [[N:Hồ Thị Ka Rinh]]. Nữ. Ngày sinh [[D:12/8/1998]]. Dân tộc Vân Kiều.
Địa chỉ: [[A:thôn Cợp, xã Hướng Phùng, huyện Hướng Hóa]]. Thẻ BHYT: [[BH:DT2454520183907]], hạn đến [[D:31/12/2025]]. CCCD: [[ID:045198002716]].
Chẩn đoán: Sẩy thai không hoàn toàn, thiếu máu (O06.4). Đã xử trí: truyền NaCl 0,9% 500ml, oxytocin 10UI tiêm bắp.
Lý do chuyển: vượt khả năng chuyên môn. Chuyển hồi 16h20 [[D:18/4]], phương tiện xe cấp cứu TTYT [[VP:74A-014.62]]. Người hộ tống: y sĩ [[N:Hồ Văn Thanh]].
Y sĩ điều trị: [[N:Hồ Văn Thanh]] – Trưởng trạm: [[N:Lê Thị Hải Yến]].
— Tin nhắn Zalo sau khi chuyển —
[[N:Thanh Hồ]] (TYT Hướng Phùng): c [[N:Yến]] ơi em tới TTYT rồi, bs [[N:Phan Quốc Vũ]] nhận, Hb 71, phải truyền máu. Chồng c [[N:Rinh]] là a [[N:Hồ Văn Pả]] chưa tới, nhà ko có đt, nhờ c báo trưởng thôn [[N:Hồ Văn Kăn]] [[P:0369 402 817]]
[[N:Yến Lê]]: ok em, chị gọi rồi. Mẹ c [[N:Rinh]] là bà [[N:Kray Thị Lẻ]] đang đi rẫy, mai [[D:18-4]] à nhầm [[D:19-4]] mới xuống được
[[N:Thanh Hồ]]: bs hỏi lần trước c [[N:Rinh]] sẩy hôm nào, c có ghi ko?
[[N:Yến Lê]]: sổ trạm ghi sẩy lần 1 hồi [[D:tháng 9]] năm ngoái, nạo ở TTYT ngày [[D:3.9.2024]], mã lần đó [[R:HH24-09-0377]]
[[N:Thanh Hồ]]: ok. 21h c [[N:Rinh]] truyền xong 2 đv máu, hút buồng tử cung rồi, ổn. Em xin ngủ lại đây, sáng [[D:19/4]] em về bằng xe ôm anh [[N:Phúc]] [[VP:74H1-223.58]]
[[N:Yến Lê]]: ok em, nhớ xin giấy biên nhận tiếp nhận chuyển tuyến số [[R:TN-0418-112]] để trạm thanh toán bảo hiểm nha`,
  ],
  // 32
  [
    'chat',
    `Nhóm "ICU – VI SINH – HUYẾT HỌC (BVĐK NGHỆ AN)" · [[D:11/6]]
[[N:Hùng]] ktv vi sinh: cấy máu bn [[N:hồ văn bình]] g3 icu, sid [[R:vs25-0611-0442]], mọc trực khuẩn gram âm sau 14h, đang định danh bằng Vitek 2, chiều có kháng sinh đồ
[[N:Nguyễn Thị Hà]] bs icu: ok, báo sớm nếu Klebsiella nhé. bn [[N:bình]] từ [[A:xã Nghi Thạch, huyện Nghi Lộc]] lên, mã bn [[R:bn25.031876]], đang dùng meropenem từ [[D:8-6]]
[[N:Lan]] ktv hh: g7 [[N:trần thị nga]] tiểu cầu 18 G/L, đã lĩnh 2 khối tiểu cầu gạn tách mã túi [[R:tc25-0611-077]] và [[R:tc25-0611-078]]
[[N:Lan]] ktv hh: lưu ý g9 cũng tên [[N:trần thị nga]] 71t, phiếu xn đông máu bị dán nhầm barcode [[R:2506110318]] của g7, em đã hủy mẫu lấy lại sid [[R:2506110355]]
[[N:Nguyễn Thị Hà]] bs icu: cảm ơn em. Từ nay 2 bn trùng tên ghi thêm năm sinh: [[N:nga]] g7 sn 1988, [[N:nga]] g9 sn 1954
[[N:Vừ Bá Dế]] đd icu: g5 bn [[N:vừ bá chống]] 24t người Mông từ [[A:xã Mường Lống, huyện Kỳ Sơn]], sốc nhiễm trùng, ko có bhyt mang theo, chỉ nhớ số căn cước [[ID:040201009158]], em là người nhà đọc hộ, em họ bn tên [[N:vừ bá lầu]] sđt [[P:0987 640 215]]
[[N:Hùng]] ktv vi sinh: sid [[R:vs25-0611-0451]] đờm của bn [[N:chống]] nhuộm soi có vi khuẩn kháng cồn kháng toan 2+, báo ngay để cách ly
[[N:Nguyễn Thị Hà]] bs icu: trời. cách ly ngay g5, gửi GeneXpert, báo khoa Lao bs [[N:Thái]]. [[N:Dế]] ơi bảo người nhà đeo khẩu trang N95
[[N:Hùng]] ktv vi sinh: 16h kết quả bn [[N:bình]]: Klebsiella pneumoniae sinh carbapenemase, nhạy colistin, MIC 0,5; chi tiết trên HIS mã phiếu [[R:kq-vs-250611-0442]]
[[N:Phan Đình Tuệ]] trưởng khoa: ok, hội chẩn 17h, mời dược lâm sàng [[N:Thu]]. [[N:Hà]] tổng hợp bệnh án, bệnh nhân [[N:bình]] cần gọi con trai là [[N:hồ văn thành]] [[P:0912 084 573]] về ký cam kết
[[N:Nguyễn Thị Hà]] bs icu: dạ em gọi rồi, anh [[N:thành]] đang ở Hàn Quốc, số [[P:+82 10 2291 4760]], mai vợ anh là chị [[N:Nguyệt]] lên ký thay`,
  ],
  // 33
  [
    'handover',
    `[Ghi âm chuyển văn bản, bác sĩ nhờ điều dưỡng dán vào sổ] dạ giao ca đêm khoa hồi sức bệnh viện đa khoa trung tâm an giang ngày [[D:hai mươi lăm tháng chín]] dạ
dạ bệnh nhân thứ nhất là ông [[N:trần văn út]] [[AGE:chín mươi ba]] tuổi nhà ở [[A:ấp mỹ an xã mỹ hòa hưng thành phố long xuyên]] vô viện vì viêm phổi suy hô hấp đang thở máy mode áp lực ông có đứa con gái tên [[N:hai nương]] số điện thoại [[P:không chín một tám bốn bảy hai không sáu ba]] chị nói gia đình hổng muốn mở khí quản
bệnh nhân thứ hai là cô [[N:lâm mỹ linh]] năm mươi hai tuổi người hoa ở [[A:phường mỹ long]] sốc nhiễm trùng đường mật đã dẫn lưu đường mật qua da hồi chiều mã số bệnh nhân [[R:hai lăm chấm không tám tám một bốn]] chồng cô là chú [[N:quách huy]] nói tiếng quảng đông bà con nhờ con gái là [[N:ngọc hân]] dịch
bệnh nhân thứ ba là anh [[N:chau sóc kha]] người khơ me ở [[A:xã châu lăng huyện tri tôn]] hai mươi chín tuổi bị rắn hổ mèo cắn hồi bốn giờ chiều hôm qua đã truyền sáu lọ huyết thanh anh [[N:sóc kha]] tỉnh rồi dạ bác sĩ [[N:phước]] nói mai cho lên khoa nội
bệnh nhân thứ tư là bé [[N:tí]] tên thiệt là [[N:nguyễn thị kim ngân]] mười sáu tuổi uống thuốc chuột hồi chiều qua do cãi nhau với bạn trai tên [[N:lộc]] hiện tỉnh khóc hoài má bé là cô [[N:sáu hồng]] xin cho ở lại coi con đã mời tâm lý
dạ lưu ý bệnh nhân [[N:út]] giường một với bé [[N:tí]] giường tư hồi tối xét nghiệm dán nhãn nhầm một lần đã sửa mã [[R:hai năm không chín hai lăm không không ba bảy]] là của ông [[N:út]]
bác sĩ trực đêm bác sĩ [[N:phan thanh phước]] điều dưỡng [[N:bích tuyền]] với [[N:hậu]] xin hết ạ lịch trực lễ [[D:mùng hai tháng chín]] năm sau chị [[N:tuyền]] xếp lại giùm em`,
  ],
  // 34
  [
    'minutes',
    `BB giao ban khoa Nhi – sáng [[D:14-10]] (thư ký [[N:Trang]] gõ nhanh, chưa sửa)
Có mặt: TK [[N:Vũ Minh Đức]], PK [[N:Lê Thị Thanh Vân]], bs [[N:Khải]], bs [[N:Ngọc]], ĐDT [[N:Lưu Thị Hằng]], sv Y6 [[N:Quân]] + [[N:Vy]]. Vắng: bs [[N:Tâm]] (đi học CME).
1. Tình hình: 68 bn/ 52 giường, vào 14, ra 11, chuyển 1, ko tử vong.
2. Ca nặng:
- bé [[N:Bùi Gia Huy]] (ở nhà gọi [[N:Tôm]]) 3t, [[A:xã Liên Hà, huyện Đông Anh]], Kawasaki ngày 7, sốt lại sau IVIG, siêu âm tim giãn ĐMV trái Z-score 3,1. Mã bn [[R:N25-114052]]. Hướng: IVIG liều 2, aspirin. Mẹ bé chị [[N:Thảo]] [[P:0984 506 217]] đòi chuyển Nhi TƯ → TK gặp gia đình 10h.
- bé [[N:Đào Khánh Linh]] 9t, Henoch-Schönlein, đau bụng nhiều, phân đen hôm [[D:12-10]], siêu âm ko lồng ruột. Theo dõi, solumedrol 1mg/kg.
- bé [[N:Cốm]] (tên [[N:Phạm Minh Châu]]) 4 tháng, Down, tim thông sàn nhĩ thất, viêm phổi, thở HFNC. Bố [[N:Phạm Văn Dũng]] xin chuyển về BV huyện cho gần nhà ([[A:thị trấn Quang Minh, huyện Mê Linh]]) → chưa đồng ý.
3. Sự cố: đêm [[D:12/10]] ĐD [[N:Quỳnh]] phát nhầm siro Zinnat của bé [[N:Huy]] P305 cho bé [[N:Huy]] P307 (trùng tên [[N:Nguyễn Đức Huy]]), phát hiện ngay, ko hậu quả, đã báo cáo sự cố số [[R:SC-NHI-25/041]]. Nhắc: đối chiếu 2 thông tin (họ tên + ngày sinh) theo TT 32/2023/TT-BYT và QĐ 1895/1997/QĐ-BYT.
4. Hành chính: lịch trực tuần sau dán bảng; đào tạo hồi sức sơ sinh [[D:21-10]]; bảo hiểm xuất toán 3 hồ sơ [[D:tháng 9]] (mã [[R:HS-0925-118]], [[R:HS-0925-126]], [[R:HS-0925-131]]) do thiếu chữ ký người nhà.
5. TK kết luận: [[N:Khải]] phụ trách ca Kawasaki; [[N:Ngọc]] hội chẩn tim mạch ca [[N:Cốm]] với BV Tim HN chiều nay; sv [[N:Quân]] làm bệnh án ca HSP nộp [[D:17-10]].
Kết thúc 8h05.`,
  ],
  // 35
  [
    'chat',
    `Nhóm Zalo "Phòng 3 Huyết học – các mẹ chiến binh 💪" · hom nay [[D:18-4]]
Mẹ [[N:Tũn]]: các mẹ ơi [[N:Tũn]] nhà em hôm nay tiểu cầu còn 12, phải truyền. Bạn ấy vào đợt 3/8 hóa chất rồi.
Bà nội [[N:Gạo]]: Cố lên cháu. [[N:Gạo]] nhà bà bạch cầu hạt 0,3, cách ly, bà ngồi ngoài hành lang.
[[N:Hoàng Mai Linh]]: Mẹ [[N:Bơ]] đây ạ, em mới đổi tên zalo 😅 [[N:Bơ]] hôm [[D:12]] sốt 39, cấy máu chưa mọc gì.
Mẹ [[N:Tũn]]: @[[N:Hoàng Mai Linh]] bác sĩ [[N:Hạnh]] trực hôm nay hiền lắm, có gì chị hỏi bác.
Bố [[N:Xu]]: ai có sữa Pediasure dư bán lại cho em, [[N:Xu]] nhà em chỉ chịu uống sữa đó. sđt em [[P:0983 274 106]]
Bà nội [[N:Gạo]]: Bà có 2 hộp, phòng 3 giường 6 nhé, bà tên [[N:Liên]].
Mẹ [[N:Tũn]]: Các mẹ có ai làm giấy miễn giảm viện phí ở phòng CTXH chưa? Em mang sổ hộ nghèo số [[R:HN/XL-2024/117]] mà họ bảo phải có xác nhận [[A:xã Xuân Lâm, huyện Thuận Thành]].
[[N:Trần Thu Phương]]: Chị phải xin giấy xác nhận của UBND [[A:xã Xuân Lâm]] em ạ, mang kèm CCCD bố mẹ và giấy khai sinh của [[N:Tũn]].
Mẹ [[N:Tũn]]: Dạ giấy khai sinh bé số [[R:128/2019]] em để quên ở nhà 😭 nhờ ck em mai mang lên.
Bố [[N:Xu]]: [[N:Xu]] nhà em tên đầy đủ là [[N:Lê Anh Khoa]] nếu ai cần nhờ đưa đồ nhé, em ở viện đến [[D:25/4]]. À nhầm, em ở đến [[D:3.5]] mới ra đợt.
Bà nội [[N:Gạo]]: Bé [[N:Gạo]] tên là [[N:Nguyễn Ngọc Diệp]], bà nhờ ai biết chữ ký hộ bà phiếu đồng ý truyền máu với, bà mắt kém.
[[N:Trần Thu Phương]]: Cháu là điều dưỡng [[N:Phương]] đây bà, 2h chiều cháu qua ký làm chứng cho bà.
Mẹ [[N:Tũn]]: 15h: [[N:Tũn]] truyền tiểu cầu xong rồi, túi [[R:TC-250418-0264]], bé ko sốt 🥰 cảm ơn các mẹ. Tối nay mẹ nào rảnh trông giúp [[N:Tũn]] 15 phút để em đi tắm với ạ.
Mẹ [[N:Sóc]] (phòng 4): Em qua trông cho chị, phòng 4 hôm nay được ra viện 1 bé là bé [[N:Na]] 🎉`,
  ],
  // 36
  [
    'email',
    `From: [[N:Trương Thị Ngọc Ánh]] <[[E:ngocanh.truong88@naver.com]]>
To: Phòng Quan hệ quốc tế (hộp thư chung)
Date: Thu, [[D:6 Nov 2025]] 22:41
Subject: Re: Re: hỏi về bố em – BN [[N:Trương Văn Lộc]]

Dạ chị [[N:Hiền]] ơi,
Em cảm ơn chị đã gọi video cho em tối qua 😭 em ở Hàn nên không về ngay được. Em gửi lại thông tin để chị làm giấy bảo lãnh viện phí:
- Bố em: [[N:Trương Văn Lộc]], sinh [[D:03/04/1957]], CCCD [[ID:048057001294]], BHYT [[BH:HT3484820615572]], nhập viện [[D:4/11]] vì nhồi máu não, mã BN [[R:DN25-113482]].
- Em: [[N:Trương Thị Ngọc Ánh]], hộ chiếu [[PP:C0382714]], đang ở [[A:Yeongtong-gu, Suwon-si]], Gyeonggi-do, ĐT [[P:+82 10 5531 8724]], Zalo cùng số.
- Chồng em là [[N:Park Ji-hoon]] ([[N:박지훈]]) sẽ thanh toán qua thẻ, bảo hiểm du lịch của anh không áp dụng cho bố em phải không chị?
Em đặt vé về [[D:15/11]], mã đặt chỗ [[R:KJX7QP]], tới Đà Nẵng 23h. Trong lúc chờ, em nhờ dì em là [[N:Lê Thị Sen]] ở [[A:tổ 14, phường An Khê, quận Thanh Khê]] vào chăm bố, sđt dì [[P:0905 227 319]].
Em cảm ơn chị nhiều ạ.
[[N:Ánh]]
-----
From: [[N:Nguyễn Thu Hiền]] <[[E:hien.nt@hospital-dn.vn]]>
Date: Wed, [[D:5 Nov 2025]] 17:03
Chào em [[N:Ánh]],
Bố em hiện ở khoa Thần kinh, giường 12, tỉnh, nói được chậm, yếu nửa người phải. BS [[N:Đỗ Quang Vinh]] đề nghị chụp DSA sáng [[D:7/11]]. Người nhà đang ở viện là anh [[N:Trương Văn Hậu]] (anh em?), xin em xác nhận anh ấy được ký cam kết thay gia đình.
Tiền tạm ứng hiện còn thiếu 12 triệu, tài khoản viện phí của bố em là [[R:VP-113482-01]]. Em có thể chuyển từ Hàn bằng thẻ quốc tế qua cổng [[U:https://thanhtoan.hospital-dn.vn/vp/113482]].
Thân mến,
[[N:Hiền]] – Phòng QHQT
-----
Reply ([[D:6 Nov]] 22:58): dạ đúng rồi chị, anh [[N:Hậu]] là anh ruột em, ảnh ký được ạ. Em chuyển rồi, mã giao dịch [[R:FT25310884217]].`,
  ],
  // 37
  [
    'lab',
    `Nhóm "KHOA XÉT NGHIỆM – TRỰC" (BV Đa khoa khu vực Cẩm Phả) · [[D:13/6]]
[[N:hoa]] ktv: 8h10 máy Cobas 6000 báo lỗi ISE, đang chạy lại QC, chị [[N:Duyên]] gọi kỹ sư hãng giúp em
Bs [[N:Minh]] (TK): ok. Có 2 mẫu nghi nhầm ống từ khoa Nội: sid [[R:2506130215]] ghi [[N:Đặng Văn Tư]] 67t nhưng Hb 68 g/L trong khi hôm [[D:11/6]] là 121. Sid kế bên [[R:2506130216]] là [[N:Đặng Văn Tuấn]] 45t Hb 123.
[[N:hoa]] ktv: dạ em đối chiếu giờ lấy mẫu thì 2 ống lấy cùng 6h05, điều dưỡng lấy là [[N:Ly]], bn [[N:tư]] giường 8 [[N:tuấn]] giường 9, chắc dán tráo
[[N:Ly]] đd nội: em xin lỗi ạ 😢 em lấy lại cả 2 ngay, sid mới [[R:2506130288]] ([[N:Tư]]) và [[R:2506130289]] ([[N:Tuấn]])
Bs [[N:Minh]] (TK): ok, làm phiếu sự cố số [[R:SC-XN-0613-02]], hủy kết quả cũ trên LIS. Nhớ bn [[N:Tư]] đang chờ truyền máu, chưa lĩnh túi [[R:HM25-06-1183]] nhé, phải làm phản ứng chéo lại.
[[N:Duyên]] ktv hh: túi [[R:HM25-06-1183]] tạm giữ lại kho, em sẽ phát lại khi có mẫu mới.
[[N:hoa]] ktv: 9h kq mới: [[N:Tư]] Hb 119, [[N:Tuấn]] Hb 66 → bn [[N:Tuấn]] mới là người cần máu. Báo khoa Nội bs [[N:Nguyễn Thanh Bình]].
[[N:Nguyễn Thanh Bình]] bs nội: trời 🙏 cảm ơn lab. bn [[N:Tuấn]] xhth do loét, vợ là chị [[N:Nhàn]] [[P:0356 771 049]] đã đồng ý truyền
[[N:Quang]] ktv gpb: tiện đây báo block [[R:GPB25-04417]] của bn [[N:Vương Thị Thu]] khoa Ngoại (ung thư đại tràng) đã cắt xong, hóa mô miễn dịch gửi Bạch Mai mã gửi [[R:BM-IHC-0613-22]], khoảng [[D:25/6]] có kq
[[N:Trịnh Thị Thoa]] ktv sinh hóa: HbA1c bn [[N:Lục Văn Sáng]] phòng khám 7,2% ko phải 72 nha, LIS nhập sai dấu phẩy, em sửa rồi
Bs [[N:Minh]] (TK): ok. Nhắc cả khoa: Sysmex XN-1000 hết hợp đồng bảo trì [[D:30/6]], lô hóa chất CRP mới hạn đến [[D:tháng 10]]. Chiều [[D:17/6]] có đoàn ISO 15189 đánh giá.`,
  ],
  // 38
  [
    'discharge',
    `ban giao ra vien - khoa noi tong hop bvdk tra vinh - [[D:29-11]] (go tren dt, ko dau)
1. bn [[N:thach thi sa ruol]] 58t, [[A:ap ba se a, xa luong hoa, huyen chau thanh]], ma bn [[R:tv25-118903]], dtd typ 2 + nhiem trung ban chan P. cat loc [[D:20.11]], nay vet thuong kho. ra vien chieu nay, giay ra vien so [[R:rv-nth-1129/044]]. hen tai kham [[D:2.12]] thay bang tai tyt [[A:xa luong hoa]].
ba chi noi tieng khmer, con trai la [[N:kim sok kha]] dich, sdt [[P:0377 518 246]]. su [[N:thach chanh]] chua ba se den tham hom [[D:27]], ba xin ve kip le ok om bok.
thuoc ve: metformin 850 x 2 v, gliclazid 30mg 1 v sang, cefuroxim 500 x 2 v x 7 ngay.
2. bn [[N:son thi chanh thu]] 34t, [[A:ap chong bat, xa tap son, huyen tra cu]], viem phoi, ra vien sang nay 9h. chong [[N:danh phuong]] chay xe ba gac [[VP:84H1-057.19]] ruoc. bhyt [[BH:hn2848420331506]] ko dong chi tra.
3. bn [[N:lam sa phol]] 71t, suy tim, xin ve truoc, ky giay xin ve luc 10h, dd [[N:tram]] giai thich qua em gai [[N:lam thi sa rum]]. ko du dk ra vien nen ghi "xin ve", mau [[R:xv-1129-007]].
4. bn [[N:nguyen van be hai]] 80t, nguoi kinh, [[A:khom 3, phuong 5, tp tra vinh]], ra vien chuyen bv tinh theo yeu cau, giay chuyen vien so [[R:318/CV-BVTV]], con gai [[N:Ut Diem]] kiem tra giup bhyt [[BH:HT3848400124558]].
luu y: bn so 1 va so 3 deu nguoi khmer, ten gan giong nhau nhung ko la nguoi nha, dung dua nham don thuoc nhu hom [[D:15]]. dd truc: [[N:tram]], [[N:sophea]]. bs ky ra vien: [[N:Kim Ngọc Thạch]].`,
  ],
  // 39
  [
    'chat',
    `Nhóm "HỘI BN CHẠY THẬN BVĐK TIỀN GIANG ❤️ ca 2" · [[D:28-4]]
[[N:Tý Lê]]: ae oi le [[D:30-4]] voi [[D:1-5]] khoa nghi, ca 2 thu 3-5-7 thi buoi [[D:1-5]] chay bu qua t6 [[D:2-5]], ai chua biet thi biet nha
[[N:Út Hiền]]: j vay tr, t6 e phai dua con di thi 😩 ai doi ca vs e dc ko
chú [[N:Chín Mập]]: chu doi cho con, chu chay ca 1 may 14 ne, con qua may 14 chu qua may 7 cua con
[[N:Út Hiền]]: ok chu [[N:chin]] 🥰 e bao dd [[N:hanh]] r
[[N:Hạnh]] đd chạy thận: ok [[N:út hiền]] may 14 ca 1 t6, chú [[N:chín]] may 7 ca 2 t6. nho mang so theo doi + bhyt nha
[[N:Nguyễn Văn Phú]]: cho hoi ai di chung xe tu cai lay ve ko, xe 7 cho cua e [[VP:63A-226.81]] con 2 cho, moi ng 50k
[[N:Tý Lê]]: e o [[A:xa my phuoc tay, thi xa cai lay]] nha a [[N:phu]], cho e 1 cho, sdt [[P:0918 604 227]]
Bà [[N:Năm Nhỏ]]: con [[N:Ty]] oi fistula tay ba bi sung do, hom [[D:26]] chay ve dau quá
[[N:Hạnh]] đd chạy thận: bà [[N:Năm]] ơi mai bà vào sớm 6h bs [[N:Khoa]] xem cầu nối Cimino cho bà nha, ko chườm nóng
[[N:Tý Lê]]: ba [[N:nam]] de con chay xe ruoc ba o [[A:ap 4, xa tan hung, huyen cai be]] luon cho tien
[[N:Út Hiền]]: ae ai co ks thuoc bo mau epoetin du ko, e het tu [[D:25]], mua ngoai 350k/ong 😥
[[N:Phạm Thị Lụa]]: chị dư 2 ống, chị nằm máy 3 ca 2, qua lấy
[[N:Nguyễn Văn Phú]]: xin loi ae, hom nay chu [[N:tu]] may 9 (chu [[N:Lê Văn Tư]]) mat luc 3h sang roi, dam o [[A:ap hau thanh, xa long khanh, tx cai lay]], thu 4 [[D:30-4]] dua di. ai di vieng nhan e
[[N:Tý Lê]]: 😢 chu [[N:tu]] chay than 11 nam, hom [[D:24]] con ngoi ke may chu
chú [[N:Chín Mập]]: Chu di, con [[N:phu]] cho chu di ke
[[N:Hạnh]] đd chạy thận: khoa cũng gửi vòng hoa, ai góp gửi [[N:Hạnh]] nhé. Chia buồn cùng gia đình chú [[N:Tư]] (vk chú là cô [[N:Lý Thị Mười]]) 🙏`,
  ],
  // 40
  [
    'report',
    `[Messenger] gửi: Phòng Quản lý chất lượng – BV Đa khoa Xanh Pôn · từ ĐD [[N:Phạm Thị Bích Ngọc]] (khoa Thần kinh) · [[D:3/2]] 05:48
Em báo cáo nhanh sự cố, sáng em làm phiếu đầy đủ ạ.
- Người bệnh: cụ ông [[N:Nguyễn Văn Thụ]], [[AGE:91]] tuổi, mã BN [[R:XP25-020144]], giường 14 phòng 508, nhồi máu não cũ + sa sút trí tuệ. Địa chỉ [[A:số 22 ngõ 6 phố Đội Cấn, phường Đội Cấn, quận Ba Đình]].
- Khoảng 03h20 cụ tự tháo dây cố định, đi ra cầu thang bộ, ngã từ bậc 5 xuống chiếu nghỉ tầng 4. Bảo vệ [[N:Lê Anh Tuấn]] phát hiện qua camera lúc 03h26.
- Xử trí: bs trực [[N:Đinh Thế Anh]] khám, rách da đầu 3cm, khâu 4 mũi, CT sọ 04h10 không chảy máu. Hiện cụ tỉnh, M 86, HA 140/80.
- Người nhà trực đêm là con trai anh [[N:Nguyễn Văn Thắng]] ([[P:0913 552 806]]) ra ngoài mua thuốc lá lúc 03h, về 03h40, đang bức xúc, đòi làm đơn.
- Sự cố thứ 2 trong tháng của khoa (lần 1 hôm [[D:18/1]], cụ [[N:Trịnh Thị Lan]] phòng 506 ngã trong nhà vệ sinh).
Mã sự cố em đã tạo trên phần mềm: [[R:SC-2025-0147]].
— trả lời —
[[N:Hoàng Thu Trang]] (P.QLCL): cảm ơn em. 8h chị lên khoa, em giữ nguyên hiện trường cầu thang + trích camera 03h15–03h45 nhé.
[[N:Lê Anh Tuấn]] (bảo vệ): em trích rồi chị. Lúc 03h05 có xe máy [[VP:29E1-386.42]] của người nhà đỗ chắn lối cầu thang thoát hiểm, em đã nhắc anh [[N:Thắng]].
[[N:Phạm Thị Bích Ngọc]]: dạ 7h anh [[N:Thắng]] đã gọi Công an [[A:phường Điện Biên]], cán bộ [[N:Vũ Đình Nam]] đến lập biên bản ghi lời khai, biên bản số [[R:15/BB-CAP]].
[[N:Hoàng Thu Trang]] (P.QLCL): ok. Họp phân tích nguyên nhân gốc 14h [[D:4/2]], mời TK [[N:Phan Văn Long]], ĐDT [[N:Nguyễn Thị Hoa]], bs [[N:Thế Anh]], em [[N:Ngọc]] và bảo vệ [[N:Tuấn]]. Nhớ: đánh giá nguy cơ ngã theo Morse cho mọi bn ≥ 65t, theo Thông tư 43/2018/TT-BYT.`,
  ],
];
