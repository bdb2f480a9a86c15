// Held-out set 34, documents 14–26 (see index.ts for the conventions): clinical chats typed with
// accents — a tele-consult from Mường Lát, a Khmer ward hand-over, a Southern family group, a
// hospital pharmacy, an insurer's guarantee desk, police at the ER, night duty in Nghệ An
// speech, a daughter in Germany, a dialysis unit, NICU parents, a commune health station in Hà
// Giang, home care for an American, a surgical ward round with @mentions. Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'chat-teleconsult',
    `Nhóm: TƯ VẤN TỪ XA – TTYT MƯỜNG LÁT ↔ BVĐK TỈNH THANH HÓA
[[N:Lê Đình Phong]] đã thêm [[N:Trịnh Thu Giang]] vào nhóm.
[11:05] [[N:Hà Văn Thành]] (TTYT Mường Lát): Xin hội chẩn: BN [[N:Vàng A Chớ]], nam, 36t, người Mông, ở [[A:bản Pù Toong, xã Pù Nhi]], bị rắn cắn cổ chân phải lúc 10h sáng [[D:3/9]] khi lên nương. Người nhà tả rắn đầu tam giác, màu xanh, đuôi đỏ. Chân sưng tới gối, chảy máu chân răng, đông máu 20 phút không đông.
[11:12] BS [[N:Phong]] Chống độc: Nghĩ rắn lục tre. Bên anh còn huyết thanh kháng nọc rắn lục tre không? Cho xin tiểu cầu, PT, fibrinogen.
[11:20] [[N:Hà Văn Thành]] (TTYT Mường Lát): Còn 4 lọ. Tiểu cầu 89 G/L, PT không đông, fibrinogen không đo được.
[11:23] BS [[N:Phong]] Chống độc: Truyền 3 lọ ngay, pha 100ml NaCl 0,9% trong 30 phút, chuẩn bị Adrenalin 1mg phòng phản vệ. 2h sau làm lại đông máu 20 phút. Không garo, không rạch, không đắp lá.
[14:35] [[N:Hà Văn Thành]] (TTYT Mường Lát): Truyền xong 3 lọ lúc 12h10, không phản vệ. 14h30 đông máu 20 phút đã đông. Anh [[N:Chớ]] tỉnh, ăn cháo được.
[14:40] [[N:Hà Văn Thành]] (TTYT Mường Lát): Xin hỏi thêm 1 cháu Thái: [[N:Lò Thị Xuân]], 6t, [[A:bản Na Khà, xã Trung Lý]], sốt 5 ngày, phát ban từ sau tai xuống người, mắt đỏ, ho. Chưa tiêm sởi mũi 2. Mẹ là [[N:Hà Thị Pọm]], [[P:0359 048 266]].
[14:52] BS [[N:Trịnh Thu Giang]] (Nhi): Nghĩ sởi. Cách ly, Vitamin A 200.000 UI uống 2 ngày liền, hạ sốt, theo dõi viêm phổi. Lấy mẫu IgM gửi CDC, báo mã ca cho chị.
[15:30] [[N:Hà Văn Thành]] (TTYT Mường Lát): Mã ca [[R:TH-SOI-25-0143]]. Đường vào [[A:bản Na Khà]] sạt lở, Công an [[A:xã Trung Lý]] cho xe bán tải chở mẫu ra. Trong bản còn 3 cháu sốt phát ban, TYT [[A:xã Trung Lý]] đang rà.
[15:36] BS [[N:Trịnh Thu Giang]] (Nhi): Cả bản cần tiêm vét. Báo chị danh sách, chị gửi Khoa Kiểm soát bệnh tật.
[17:10] BS [[N:Phong]] Chống độc: Anh [[N:Chớ]] 17h tiểu cầu 112, không cần chuyển xuôi. Theo dõi 24h nữa, làm lại đông máu sáng [[D:4/9]]. Mường Lát về Thanh Hóa gần 250km, chuyển là rủi ro.
[17:12] [[N:Hà Văn Thành]] (TTYT Mường Lát): Cảm ơn anh [[N:Phong]], chị [[N:Giang]] 🙏`,
  ],
  // 15
  [
    'chat-handover',
    `Nhóm: NỘI TỔNG HỢP – GIAO CA (BVĐK tỉnh Sóc Trăng)
—— [[D:21/10/2025]] ——
19:05 · [[N:Sa Ly Sơn]] (ĐD): Bàn giao ca chiều: 41 BN, 3 vào mới, 2 ra viện.
19:06 · [[N:Sa Ly Sơn]] (ĐD): G2 ông [[N:Thạch Sang]] 67t ĐTĐ type 2 đường huyết 18 mmol/l lúc 17h, HbA1c 10,2%, đang Mixtard 30/70 sáng 20 đơn vị chiều 14. Ông chỉ nói tiếng Khmer, con trai là [[N:Thạch Sô Vanh]], [[P:0918 627 305]].
19:08 · [[N:Sa Ly Sơn]] (ĐD): G5 bà [[N:Lâm Thị Sô Phi]] 71t ở [[A:ấp Tà Lọt, xã Viên Bình, huyện Trần Đề]], lao phổi AFB (+) mới, chờ chuyển Bệnh viện Lao và Bệnh phổi. Cách ly phòng 12.
19:10 · [[N:Sa Ly Sơn]] (ĐD): G9 Đại đức [[N:Thạch Sóc Pha]] 34t chùa Khleang, viêm tụy cấp, nhịn ăn, đang dịch truyền Ringer lactat 2.000ml/24h. Phật tử tới thăm đông, nhờ bảo vệ nhắc giờ thăm.
19:12 · [[N:Phúc]] bs trực: Ok. Bà [[N:Sô Phi]] khẩu trang N95 cho người chăm, giấy chuyển viện anh ký rồi, số [[R:2146/GCV]].
19:20 · [[N:Huôl]] hộ lý: Dạ G7 chị [[N:Danh Thị Huôl]] không phải em nha, trùng tên thôi 😅 Chị ấy 45t, sốt rét? Ai ghi vậy?
19:22 · [[N:Sa Ly Sơn]] (ĐD): Xin lỗi, G7 chị [[N:Danh Thị Huôl]] sốt xuất huyết ngày 4, tiểu cầu 38, không phải sốt rét. Nhà [[A:ấp Sóc Vồ, phường 7, TP Sóc Trăng]].
19:30 · [[N:Phúc]] bs trực: Tiểu cầu 38 chưa cần truyền. Theo dõi Hct mỗi 6h.
21:45 · [[N:Kim Sa Rên]]: Em là con ông [[N:Kim Sóc Khum]] G11, nhờ chị [[N:Sa Ly]] hỏi bác sĩ mai ba em ra viện được không, nhà em ở [[A:ấp Prây Chóp, xã Lâm Kiết, huyện Thạnh Trị]] xa lắm.
21:47 · [[N:Sa Ly Sơn]] (ĐD): Chị nói bs rồi, mai đi buồng mới biết. Em ở lại đêm nay, mai [[D:22/10]] bác sĩ trả lời.
21:50 · [[N:Phúc]] bs trực: Lưu ý tuần này có lễ Ok Om Bok [[D:rằm tháng 10]] âm lịch, nhiều BN xin về sớm. Ai xin về phải ký cam kết, đủ thuốc, hẹn tái khám.
22:10 · [[N:Sa Ly Sơn]] (ĐD): G2 ông [[N:Sang]] hạ đường huyết 3,6 lúc 22h do không ăn tối, đã cho uống 150ml nước đường, 22h15 còn 6,1. BHYT ông [[BH:DT2 94 9421058733]] em cập nhật rồi.
22:12 · [[N:Phúc]] bs trực: Giảm Mixtard chiều còn 10 đơn vị. Nhờ [[N:Sa Ly]] dặn con ông bằng tiếng Khmer giúp anh.`,
  ],
  // 16
  [
    'chat-family',
    `Nhóm: GIA ĐÌNH BA [[N:MƯỜI]] 🙏
[[N:Út Nhỏ]]: Cả nhà ơi ba ở Chợ Rẫy mổ xong rồi, bác sĩ nói xuất huyết não bên trái, máu tụ 40ml, giờ nằm hồi sức ngoại thần kinh, còn thở máy.
[[N:Hai Thành]]: Trời đất ơi. Ba tỉnh chưa [[N:Út]]?
[[N:Út Nhỏ]]: Chưa anh [[N:Hai]], bác sĩ cho ngủ thuốc 48 tiếng. Bác sĩ [[N:Phúc]] nói qua được 72 tiếng đầu là mừng.
[[N:Tư Mỹ]]: Má hay chưa? Đừng cho má dô thăm, má yếu tim.
Rể [[N:Tâm]]: Má biết rồi, tối qua tui chở má lên bằng xe [[VP:65A-218.44]], má ngồi ngoài hành lang khóc hoài. Sáng nay tui chở má về lại Cần Thơ rồi.
[[N:Hai Thành]]: Được. Viện phí sao rồi, ba có BHYT hưu mà mổ cấp cứu chắc cũng cả trăm triệu.
[[N:Út Nhỏ]]: Tạm ứng 50 triệu rồi. Ai gửi thì gửi vô tài khoản em: Agribank [[R:7300 205 418 226]] – [[N:TRẦN THỊ ÚT NHỎ]]. Giấy tờ của ba: [[N:Trần Văn Mười]], sinh [[D:12/8/1951]], mã BN Chợ Rẫy [[R:N25-0741922]].
[[N:Tư Mỹ]]: Chị gửi 20 triệu rồi nha. Mười ngày nữa chị mới xin nghỉ lên được, công ty đang kiểm kê.
[[N:Hai Thành]]: Anh gửi 30. [[N:Út]] ơi giờ thăm mấy giờ?
[[N:Út Nhỏ]]: 11h–12h với 17h–18h, mỗi lần 1 người, phải đeo thẻ. Điều dưỡng [[N:Ngân]] dễ thương lắm, chỉ em cách hút đàm luôn.
[[N:Ba Hiền]]: Em [[N:Ba]] nè, em mới coi tin nhắn. Mấy anh chị nhớ đám giỗ ông nội [[D:mùng 3 tháng 7]] năm nay dời lại nha, ba nằm viện ai cúng.
[[N:Hai Thành]]: Để anh cúng ở nhà anh. [[N:Ba]] em lo chỗ nhà [[A:hẻm 51 đường 3 Tháng 2, phường Hưng Lợi, quận Ninh Kiều]] coi chừng má giùm.
[[N:Út Nhỏ]]: Tin mới nè: 15h ba mở mắt, bóp tay phải được, bác sĩ [[N:Phúc]] nói là dấu hiệu tốt. Huyết áp 140/85, CT kiểm tra không chảy máu thêm.
[[N:Tư Mỹ]]: Mừng quá trời 😭🙏 Nhờ ơn Phật.
Rể [[N:Tâm]]: [[N:Út]] ghi lại hết thuốc ba đang dùng nha, Nimotop 30mg với Keppra 500mg, mai tui hỏi nhà thuốc bên Cần Thơ coi có sẵn không để xuất viện khỏi kiếm.
[[N:Hai Thành]] đã ghim tin nhắn: "Agribank [[R:7300 205 418 226]] – [[N:TRẦN THỊ ÚT NHỎ]]".`,
  ],
  // 17
  [
    'chat-pharmacy',
    `Nhóm: KHOA DƯỢC – CẤP PHÁT GN-HT-TC (BVĐK tỉnh Quảng Ngãi)
[[N:Đặng Quốc Việt]] đã đổi tên nhóm thành "DƯỢC – GN HT TC 2025".
[07:30] DS [[N:Thư]] (kho lẻ): Khoa Ung bướu gửi đơn thuốc "N" số [[R:N-25-004173]] cho BN [[N:Nguyễn Thị Bích Liên]] 58t K tụy giai đoạn cuối: Morphin sulfat 30mg viên giải phóng chậm x 2 viên/ngày x 10 ngày. Người kê BS [[N:Võ Thanh Hải]], CCHN [[L:004512/QNG-CCHN]]. Đủ chữ ký, ok.
[07:42] DS [[N:Thư]] (kho lẻ): Khoa HSTC lĩnh Fentanyl 0,1mg/2ml x 20 ống, Midazolam 5mg/1ml x 30 ống, phiếu lĩnh tuần. Thiếu chữ ký trưởng khoa, em trả lại.
[07:45] [[N:Quyên]] kho chẵn: Morphin 10mg/1ml tồn 140 ống, Ketamin 500mg/10ml tồn 22 lọ. Tuần sau nhập thêm theo Thông tư 20/2017/TT-BYT.
[08:10] ĐD [[N:Hồng]] Ung bướu: Chị [[N:Thư]] ơi, con gái BN [[N:Liên]] là chị [[N:Ngọc]] xin lĩnh thuốc thay vì bà không đi được. Có CCCD chị ấy [[ID:051187009264]], có giấy ủy quyền.
[08:14] DS [[N:Thư]] (kho lẻ): Được, chụp CCCD chị [[N:Ngọc]] kèm đơn, ghi số điện thoại vào sổ: [[P:0906 482 173]]. Dặn không bẻ, không nghiền viên Morphin giải phóng chậm.
[09:20] ĐD [[N:Lan Anh]] HSTC: Trả 3 ống Morphin 10mg của BN [[N:Lê Văn Bảo]] tử vong đêm [[D:11/9]], biên bản số [[R:BB-HSTC-25-061]], có chữ ký 3 bên.
[09:25] [[N:Quyên]] kho chẵn: Nhận. Lập biên bản hủy cuối tháng theo quy định.
[10:02] DS [[N:Việt]] (trưởng khoa): Nhắc các khoa: đơn Tramadol 50mg và Diazepam 5mg ngoại trú là đơn "H", kê tối đa 7 ngày. Thông tư 52/2017 và 18/2018 còn hiệu lực phần này.
[10:15] ĐD [[N:Hồng]] Ung bướu: Dạ em nhớ rồi. BN [[N:Bích Liên]] ở [[A:thôn An Hội Bắc, xã Nghĩa Trung, huyện Tư Nghĩa]], 10 ngày sau con gái lên lĩnh tiếp được không anh?
[10:18] DS [[N:Việt]] (trưởng khoa): Được, khám lại và kê đơn mới ngày [[D:22/9]]. Ghi sổ theo dõi BN ngoại trú dùng thuốc gây nghiện, mã sổ [[R:GNNT-0317]].
[10:20] DS [[N:Thư]] (kho lẻ): Dạ. Còn hộp Paracetamol 1g/100ml hỏng tem, em gửi trả nhà cung cấp.`,
  ],
  // 18
  [
    'chat-insurance',
    `Nhóm: BẢO LÃNH VIỆN PHÍ – BV HOÀN MỸ ĐÀ NẴNG ↔ BẢO MINH
[08:12] Bảo lãnh HM – [[N:Diễm]]: Chào anh [[N:Quốc Anh]], bên em gửi yêu cầu bảo lãnh nội trú: BN [[N:Trần Thị Mỹ Duyên]], sinh [[D:07/11/1990]], CCCD [[ID:048190006317]], HĐ bảo hiểm sức khỏe số [[R:BM-HC-2025-0481726]]. Chẩn đoán viêm ruột thừa cấp K35.8, mổ nội soi tối [[D:9/9]].
[08:30] Bảo Minh – [[N:Quốc Anh]] (GĐBT): Nhận em. Gói Vàng, hạn mức nội trú 80tr/năm, thời gian chờ 30 ngày đã qua (HĐ hiệu lực từ [[D:01/03/2025]]). Cho anh xin tờ điều trị, cách thức phẫu thuật, giải phẫu bệnh khi có.
[08:41] Bảo lãnh HM – [[N:Diễm]]: Dạ em gửi qua email [[E:diem.ltn@hoanmy.com]] hay gửi vô đây ạ?
[08:43] Bảo Minh – [[N:Quốc Anh]] (GĐBT): Gửi vô đây cho nhanh, nhớ che số CCCD trên ảnh. Anh mở hồ sơ bồi thường số [[R:CL25-118304]].
[09:05] Bảo lãnh HM – [[N:Diễm]]: Dự kiến chi phí 23.450.000đ, phòng đơn 1.800.000đ/ngày x 3 ngày. Quy tắc điều 7 khoản 2 có loại trừ phòng đơn không anh?
[09:12] Bảo Minh – [[N:Quốc Anh]] (GĐBT): Phòng đơn chi trả tối đa 1.500.000đ/ngày, phần vượt BN tự trả. Anh duyệt bảo lãnh sơ bộ 20tr, thư bảo lãnh số [[R:GOP-DN-25-7741]] gửi kèm.
[10:20] Bảo lãnh HM – [[N:Diễm]]: Ca thứ 2: bé [[N:Nguyễn Bảo Ngọc]] ([[N:Cà Rốt]]) 4t, viêm phổi, bố là anh [[N:Nguyễn Minh Bảo]] mua gói gia đình, HĐ [[R:BM-HC-2024-0339015]]. Mẹ bé nhắn hỏi bên anh có bảo lãnh tiền sữa, tã không 😅
[10:25] Bảo Minh – [[N:Quốc Anh]] (GĐBT): Sữa tã thì không nha em. Bé [[N:Cà Rốt]] điều trị 5 ngày thì ok, nộp thêm giấy ra viện bản sao.
[14:50] Bảo lãnh HM – [[N:Diễm]]: Chị [[N:Duyên]] xuất viện, tổng 21.980.000đ, trong bảo lãnh 19.700.000đ, BN tự trả phần phòng đơn. Chị ấy xin hoàn tiền thuốc mua ngoài 640.000đ, tài khoản Techcombank [[R:1903 5528 417 016]], email [[E:myduyen.tran1990@gmail.com]].
[15:02] Bảo Minh – [[N:Quốc Anh]] (GĐBT): Phần mua ngoài chị ấy tự nộp hồ sơ bồi thường qua app Bảo Minh, có hóa đơn VAT. Anh đóng bảo lãnh [[R:CL25-118304]]. Cảm ơn [[N:Diễm]].
[[N:Phan Quốc Anh]] đã ghim tin nhắn: "Hotline bảo lãnh 24/7: 1800 588 812".`,
  ],
  // 19
  [
    'chat-er-police',
    `Nhóm: CẤP CỨU – AN NINH BỆNH VIỆN (BV Nhân dân 115)
[00:18] [[N:Quyết]] ĐD trưởng tua: Vừa nhận 1 nam bị đâm vùng bụng ở quán karaoke [[A:đường Thành Thái]], người đưa vô bỏ đi. Nạn nhân tỉnh, tự khai tên [[N:Lê Hoàng Phúc]], 24t, CCCD [[ID:079201011842]].
[00:21] Bs [[N:Nghĩa]] trực Ngoại: Vết đâm 2cm hạ sườn trái, FAST có dịch. Lên mổ. Báo công an phường.
[00:35] [[N:Tài]] bảo vệ: Đã báo Công an [[A:phường 14, quận 10]]. Có 2 thanh niên tới hỏi thăm, 1 người tự xưng [[N:Tí Đen]], đi xe [[VP:59-T1 482.17]], lúc nãy có lời qua tiếng lại với người nhà nạn nhân, em giữ ở cổng.
[00:52] Thiếu úy [[N:Đặng Văn Lực]] (CA [[A:P.14]]): Chào các anh chị, tôi [[N:Lực]], cán bộ điều tra. Xin giữ nguyên áo của nạn nhân, không giặt. Người tên [[N:Tí Đen]] là [[N:Trương Văn Tí]], tụi tôi mời về phường làm việc rồi.
[01:40] Bs [[N:Nghĩa]] trực Ngoại: Mổ xong: thủng đại tràng ngang, rách mạc treo, khâu lại, không hậu môn nhân tạo. Mất máu 600ml. BN ra Hồi sức ngoại.
[02:05] [[N:Quyết]] ĐD trưởng tua: Mẹ nạn nhân là bà [[N:Ngô Thị Lệ]] tới rồi, [[P:0903 774 162]], nhà ở [[A:số 28/7 đường Hòa Hưng, phường 13, quận 10]]. Bà hỏi đóng tiền ở đâu.
[02:07] [[N:Tài]] bảo vệ: Bà [[N:Lệ]] hơi kích động, em đưa qua quầy thu ngân tầng trệt rồi.
[08:30] Thiếu úy [[N:Đặng Văn Lực]] (CA [[A:P.14]]): Bên tôi gửi công văn số [[R:215/CV-CAP]] ngày [[D:16/8]] đề nghị cung cấp giấy chứng nhận thương tích và hồ sơ cấp cứu của [[N:Phúc]]. Nhờ phòng KHTH hỗ trợ.
[08:45] [[N:Khanh]] KHTH: Dạ nhận. Giấy chứng nhận thương tích số [[R:0614/GCNTT]] sẽ có sau khi BN ra viện. Anh mang công văn gốc và giấy giới thiệu xuống phòng KHTH tầng 2.
[09:10] Bs [[N:Nghĩa]] trực Ngoại: Lưu ý chung: không ai tiết lộ tình trạng BN cho người lạ gọi hỏi, kể cả người xưng là bạn. Sáng nay có số [[P:0785 310 992]] gọi 3 lần hỏi [[N:Phúc]] nằm phòng nào.
[09:12] [[N:Tài]] bảo vệ: Em chuyển số đó cho anh [[N:Lực]] rồi.`,
  ],
  // 20
  [
    'chat-night-duty',
    `Nhóm: THẦN KINH – TRỰC ĐÊM (BV HNĐK Nghệ An)
[20:10] [[N:Thủy]] đd: Đêm ni 52 bệnh nhân, 4 vào mới. Có 1 ca đột quỵ đang tiêu sợi huyết, ai rảnh lên phụ em với.
[20:12] Bs [[N:Hoàng]] TK: Ca mô rứa?
[20:13] [[N:Thủy]] đd: O [[N:Lài]], tên đầy đủ [[N:Phan Thị Lài]] 67t, ở [[A:xóm 7, xã Diễn Thắng, huyện Diễn Châu]], yếu nửa người trái từ 17h30, vô viện 19h05. NIHSS 12, CT không chảy máu. Đã Actilyse 0,9mg/kg bắt đầu 19h50.
[20:15] Bs [[N:Hoàng]] TK: Được. Đo HA 15 phút/lần trong 2h đầu, giữ dưới 180/105. Rứa là trong 4,5h, kịp.
[21:40] [[N:Thủy]] đd: O [[N:Lài]] NIHSS còn 6, nói rõ hơn, tay trái nhấc được. Con trai o là eng [[N:Hùng]] hỏi răng mạ tui nói ngọng rứa, em giải thích rồi.
[22:05] [[N:Nga]] hl: Giường 18 eng [[N:Tý]] lên cơn giật lại, 2 phút, tự hết. Người nhà không có, công an đưa vô chiều ni.
[22:07] Bs [[N:Hoàng]] TK: Cho Diazepam 10mg tiêm tĩnh mạch chậm nếu giật trên 5 phút. Eng [[N:Tý]] là ai, có giấy tờ chi không?
[22:10] [[N:Thủy]] đd: Dạ giấy của Công an [[A:huyện Quỳnh Lưu]] ghi [[N:Hồ Sỹ Tý]], khoảng 40t, lang thang ở chợ Giát, động kinh không uống thuốc. Không có CCCD. Họ để lại số cán bộ [[N:Lê Văn Quý]] [[P:0912 048 675]].
[22:12] Bs [[N:Hoàng]] TK: Mai báo công tác xã hội. Valproat 500mg x 2 viên/ngày bắt đầu luôn.
[23:30] [[N:Thủy]] đd: Vào mới: ông [[N:Nguyễn Cảnh Toàn]] [[AGE:93]]t ở [[A:khối Tân Hợp, phường Hưng Dũng, TP Vinh]], té ngã lú lẫn, CT có máu tụ dưới màng cứng mạn 12mm. Cháu nội là ả [[N:Hương]] đi theo, nói ông trước tỉnh táo, minh mẫn lắm.
[23:35] Bs [[N:Hoàng]] TK: Báo ngoại thần kinh sáng mai. [[AGE:93]] tuổi mổ hay không phải hội chẩn.
[02:15] [[N:Thủy]] đd: Ổn cả. O [[N:Lài]] ngủ, HA 150/85. Eng [[N:Tý]] không giật thêm.
[06:30] [[N:Thủy]] đd: Bàn giao ca ngày: tiêu sợi huyết 1 (giường 3), trạng thái động kinh theo dõi 1 (giường 18), máu tụ mạn 1 chờ hội chẩn. @[[N:Hằng]] chị nhận ca giúp em.
[06:42] [[N:Hằng]]: Nhận rồi nghe. Đêm qua vất vả rồi, về ngủ đi [[N:Thủy]].`,
  ],
  // 21
  [
    'chat-family-abroad',
    `Messenger – [[N:Mai Becker]] ↔ [[N:Hoàng Thu Trang]] (ĐD khoa Nội A, BV Lão khoa Trung ương)
[[N:Mai Becker]]: Chào em [[N:Trang]], chị là [[N:Mai]], con gái bà [[N:Đinh Thị Xuyến]] giường 21. Chị ở Leipzig nên chỉ nhắn được giờ này, bên em chắc đã 3h chiều.
[[N:Hoàng Thu Trang]]: Dạ chào chị. Bà [[N:Xuyến]] hôm nay ăn được nửa bát cháo, hết sốt từ hôm qua. X-quang phổi đỡ hơn, bác sĩ [[N:Quân]] dự kiến dừng kháng sinh tĩnh mạch sau 7 ngày.
[[N:Mai Becker]]: Mẹ chị năm nay [[AGE:90]] tuổi rồi, sinh [[D:20/10/1934]], lần nào viêm phổi cũng nặng. Em trai chị là [[N:Đinh Văn Khải]] vào thăm được không?
[[N:Hoàng Thu Trang]]: Dạ được, anh [[N:Khải]] vào giờ thăm 16h–19h. Anh ấy có ký giấy đồng ý điều trị rồi ạ.
[[N:Mai Becker]]: Chồng chị là người Đức, anh ấy muốn hỏi mấy câu, em dịch Google giúp nha.
[[N:Mai Becker]]: Guten Tag, hier schreibt [[N:Stefan Becker]], der Schwiegersohn von Frau [[N:Xuyến]]. Bekommt sie Physiotherapie? Und braucht sie nach der Entlassung eine Pflegekraft zu Hause?
[[N:Hoàng Thu Trang]]: Guten Tag. Ja, sie bekommt jeden Tag Atemtherapie und leichte Übungen. Nach der Entlassung ist Hilfe zu Hause besser, unsere Sozialarbeiterin Frau [[N:Hà]] kann eine Pflegerin empfehlen. (em dịch bằng máy, có gì sai chị sửa giúp em 😅)
[[N:Mai Becker]]: Đúng rồi em, anh ấy hiểu. Khi ra viện em gửi giúp chị bản tóm tắt bệnh án, chị nhờ bác sĩ gia đình bên này đọc. Gửi qua email [[E:mai.becker.dinh@web.de]] hoặc bưu điện tới [[A:Karl-Liebknecht-Straße 14, 04107 Leipzig]].
[[N:Hoàng Thu Trang]]: Dạ tóm tắt bệnh án thì anh [[N:Khải]] làm đơn ở phòng KHTH, mã BN của bà là [[R:LK-25-032118]]. Đợt điều trị dự kiến từ [[D:5 - 19/7]].
[[N:Mai Becker]]: Cảm ơn em nhiều. Số chị [[P:+49 176 2841 5530]], có gì gấp em gọi Zalo cũng được. Nhà bà ở [[A:số 6 ngõ 120 Trần Bình, phường Mai Dịch, quận Cầu Giấy]], anh [[N:Khải]] ở đó.
[[N:Hoàng Thu Trang]]: Dạ. Bà hay hỏi "con [[N:Mai]] đâu rồi", lúc thăm anh [[N:Khải]] gọi video cho chị thì bà vui lắm.
[[N:Mai Becker]]: 🥹 Mai chị gọi lúc 21h giờ Việt Nam nha. Danke schön!`,
  ],
  // 22
  [
    'chat-dialysis',
    `Nhóm: TNT CA 2–3 – ĐƠN VỊ THẬN NHÂN TẠO (BVĐK tỉnh Hải Dương)
[[N:Loan]] ĐD: Lịch tuần này giữ nguyên: ca 2 T2-4-6 máy 1–20, ca 3 T3-5-7 máy 1–18, máy 21–22 riêng cho BN HBsAg (+).
[[N:Loan]] ĐD: Ca 2 sáng nay vắng 1: BN [[N:N.V.A]] máy 14, người nhà báo bị sốt ở nhà. Ai biết số mới của ông gọi giúp, số cũ thuê bao.
KTV [[N:Dũng]]: Ông [[N:Nguyễn Văn An]] hả chị? Số con trai ông là [[P:0394 215 887]], tên [[N:Tuấn]]. Nhà ở [[A:thôn Hà Xá, xã Thanh Hải, huyện Thanh Hà]], cách 30km.
Bs [[N:Thảo]] TNT: Gọi ngay, nếu sốt + lạnh run thì nghĩ nhiễm khuẩn catheter, cho vào cấp cứu cấy máu, không lọc ở nhà chờ được đâu.
[[N:Loan]] ĐD: Dạ. Đổi lịch: BN [[N:Phạm Văn Cừ]], mã TNT [[R:TNT-0321]], xin chuyển từ ca 2 T2-4-6 sang ca 3 T3-5-7 từ tuần sau vì con đi làm không chở được buổi sáng.
Bs [[N:Thảo]] TNT: Ca 3 còn trống máy 9. Duyệt. Nhắc ông giữ cân khô 52,5kg, tăng cân giữa 2 lần lọc không quá 2,5kg.
KTV [[N:Dũng]]: Máy 17 báo lỗi áp lực xuyên màng, đã thay quả lọc FX80 cho bà [[N:Lê T. Hoa]], ca chạy bù 30 phút.
[[N:Loan]] ĐD: Xét nghiệm tháng: bà [[N:Hoa]] Hb 8,2, ông [[N:Cừ]] Kt/V 1,3, ông [[N:Đào Xuân Bình]] Kali 6,4 trước lọc. [[N:Bình]] ăn chuối với cam nhiều lắm, nói mãi không nghe 😓
Bs [[N:Thảo]] TNT: Ông [[N:Bình]] dùng Kalimate 5g x 2 gói/ngày, dặn người nhà bớt trái cây. EPO 2000UI x 2 lần/tuần cho bà [[N:Hoa]], sắt tĩnh mạch tuần sau.
[[N:Trần Minh Đức]] đã thêm [[N:Vũ Thị Ngát]] vào nhóm.
[[N:Vũ Thị Ngát]]: Em chào cả nhà, em là ĐD mới, nhận ca 3 từ thứ 2 tuần sau ạ.
[[N:Loan]] ĐD: Chào [[N:Ngát]]. Thứ 6 [[D:1/8]] có đoàn Sở kiểm tra hồ sơ kiểm soát nhiễm khuẩn theo Thông tư 16/2018/TT-BYT, mọi người hoàn thiện sổ tái sử dụng quả lọc.
KTV [[N:Dũng]]: Ông [[N:An]] vào cấp cứu rồi, sốt 39,2, chỗ catheter đùi phải sưng đỏ. Con trai chở bằng xe [[VP:34A-217.65]], đỗ tạm cổng B.
Bs [[N:Thảo]] TNT: Cấy máu 2 vị trí, Vancomycin theo cân nặng, rút catheter. Lọc cấp cứu chiều nay máy 20.`,
  ],
  // 23
  [
    'chat-nicu-parents',
    `Nhóm: BA MẸ BÉ SƠ SINH – KHU N3 💕 (Từ Dũ)
[[N:Phương Ly]] (ĐD N3): Chào ba mẹ, nhóm này để khoa báo giờ thăm, giờ hút sữa, và các thông báo chung. Thông tin riêng về bé vui lòng hỏi trực tiếp bác sĩ, không đăng mã bé lên nhóm.
Mẹ [[N:Gạo]] (lồng 7): Dạ em cảm ơn. [[N:Gạo]] nhà em là con sản phụ [[N:Lê Thị Mai]], sinh [[D:12/6]] lúc 32 tuần, nặng 1.450g. Hôm nay bé được mấy ml sữa rồi chị?
[[N:Phương Ly]] (ĐD N3): Mẹ [[N:Gạo]] ơi bé được 12ml mỗi 3 giờ qua sonde, tăng dần. Đã ngưng CPAP từ hôm qua.
Ba [[N:Mướp]]: Mẹ [[N:Mướp]] hút được 60ml thôi, có cần mua sữa ngân hàng không ạ?
[[N:Phương Ly]] (ĐD N3): Ba [[N:Mướp]] đừng lo, bé [[N:Mướp]] đang được sữa mẹ hiến tặng từ ngân hàng sữa của viện, miễn phí. Mẹ cứ hút đều 8 lần/ngày.
[[N:Thùy Dung]]: Em là mẹ 2 bé song sinh [[N:Bông]] và [[N:Bi]] ở lồng 11–12, con sản phụ [[N:Ngô Thùy Dung]]. Bé [[N:Bi]] chích ngừa lao chưa ạ, hôm qua bs nói cân được 1.800g thì chích.
[[N:Phương Ly]] (ĐD N3): Bé [[N:Bi]] được 1.820g, dự kiến chích BCG sáng [[D:20/6]]. Bé [[N:Bông]] chưa đủ cân.
Mẹ [[N:Gạo]] (lồng 7): Mấy mẹ ơi có ai làm Kangaroo chưa, em sợ bé tuột quá 😟
[[N:Thùy Dung]]: Làm rồi mẹ ơi, chị [[N:Ly]] chỉ kỹ lắm. Áo Kangaroo mua ở căn tin tầng trệt 120k.
Ba [[N:Mướp]]: Cho hỏi giấy chứng sinh làm ở đâu, vợ em xuất viện trước mà bé còn nằm lại. Nhà em ở [[A:ấp 3, xã Phước Kiển, huyện Nhà Bè]], đi lại cũng xa.
[[N:Phương Ly]] (ĐD N3): Ba mang CCCD của mẹ bé ra phòng Kế hoạch tổng hợp tầng 2 khu A, thứ 2 đến thứ 6. Giấy chứng sinh của bé [[N:Mướp]] là con sản phụ [[N:Huỳnh Thị Kiều]], số [[R:0018846]], quyển 27 đã ký rồi.
Ba [[N:Mướp]]: Dạ cảm ơn chị. Tụi em định đặt tên bé là [[N:Trần Huỳnh Gia An]] cho bình an.
Mẹ [[N:Gạo]] (lồng 7): Tên đẹp quá ạ 🥰 Cầu mong các bé bình an, mau về nhà.
[[N:Phương Ly]] (ĐD N3): Thông báo: Chủ nhật [[D:22/6]] khoa khử khuẩn định kỳ, giờ thăm chiều dời sang 15h–16h.
Mẹ [[N:Gạo]] (lồng 7) đã thả ❤️ tin nhắn.`,
  ],
  // 24
  [
    'chat-commune',
    `Nhóm: TYT [[A:XÃ LŨNG CÚ]] + Y TẾ THÔN BẢN
[[N:Vàng Thị Pà]] đã được thêm vào nhóm bởi [[N:Triệu Thị Mẩy]].
[06:50] [[N:Mẩy]] (Trạm trưởng): Chào các thôn. Tuần này tiêm bù sởi – rubella cho trẻ 1–5 tuổi từ [[D:3 - 7/11]], điểm tiêm tại trạm và nhà văn hóa [[A:thôn Lô Lô Chải]]. Y tế thôn báo danh sách trước tối nay.
[07:32] YTTB [[A:thôn Thèn Pả]] – [[N:Sùng Mí Chá]]: Thôn em 14 cháu, 3 cháu đi theo bố mẹ sang Trung Quốc làm thuê chưa về. Cháu [[N:Thào Thị Dung]] 2t bị sốt, có tiêm được không chị?
[07:40] [[N:Mẩy]] (Trạm trưởng): Sốt thì hoãn, hết sốt 3 ngày tiêm bù. Nhắc bố cháu là [[N:Thào Mí Sính]] mang sổ tiêm.
[08:15] YTTB [[A:thôn Lô Lô Chải]] – [[N:Sình Thị Chỉ]]: Thôn em 11 cháu. Còn chị [[N:Lù Thị Dớ]] có thai tháng thứ 9, dự sinh [[D:20/11]], vẫn nói đẻ ở nhà như lứa trước, em nói mãi.
[08:20] [[N:Bàn Văn Chiêu]] (y sĩ): Để chiều em với [[N:Pà]] lên nhà chị [[N:Dớ]] vận động. Chị ấy đẻ lần 4, lần trước băng huyết phải khiêng xuống trạm lúc 2h đêm.
[08:22] [[N:Vàng Thị Pà]] (hộ sinh): Dạ em đi được. Nhà chị [[N:Dớ]] ở [[A:thôn Séo Lủng]] đi xe máy 40 phút rồi đi bộ nữa, sáng nay sương mù lắm.
[11:45] [[N:Vàng Thị Pà]] (hộ sinh): Báo gấp: chị [[N:Vừ Thị Mỷ]] [[A:thôn Thèn Pả]] vừa đẻ ở nhà lúc 10h, ra máu nhiều, người nhà gọi [[P:0343 982 471]]. Em với anh [[N:Chiêu]] đang đi xuống.
[11:47] [[N:Mẩy]] (Trạm trưởng): Gọi TTYT Đồng Văn cho xe cấp cứu lên đón ở trạm. Mang Oxytocin 10UI x 5 ống, Misoprostol 200mcg, dịch truyền. Xoa tử cung ngay.
[12:30] [[N:Bàn Văn Chiêu]] (y sĩ): Đã tiêm Oxytocin, xoa đáy tử cung, máu giảm. Mạch 112, HA 90/60. Chồng chị là [[N:Giàng Mí Lử]], đồng ý chuyển. Bé gái khoảng 2,8kg, khóc tốt.
[12:35] [[N:Mẩy]] (Trạm trưởng): Xe TTYT đang lên, 13h30 tới [[A:xã Lũng Cú]]. Chị [[N:Mỷ]] có BHYT hộ nghèo, mang theo, số thẻ [[BH:HN2 02 0219384756]].
[17:05] [[N:Mẩy]] (Trạm trưởng): TTYT báo chị [[N:Mỷ]] ổn, truyền 1 đơn vị máu, giữ lại theo dõi. Bé gửi nằm cùng mẹ. Cảm ơn [[N:Pà]], [[N:Chiêu]]. Chiều mai vẫn lên nhà chị [[N:Dớ]] nhé, bài học hôm nay đấy.
[17:10] YTTB [[A:thôn Thèn Pả]] – [[N:Sùng Mí Chá]]: 👍 Em nói bà con rồi, đẻ ở nhà nguy hiểm lắm.`,
  ],
  // 25
  [
    'chat-home-care',
    `Nhóm: HOME CARE – MR [[N:ROBERT K.]] (Thảo Điền)
[[N:Hiền]] (ĐD): Chào cả nhà, từ hôm nay em là điều dưỡng chính chăm ông [[N:Robert Kowalski]], 78t, sau nhồi máu não 3 tuần, yếu nửa người phải. Bs [[N:Vinh]] khám tại nhà T3 và T6.
[[N:Linda Kowalski]]: (voice to text) hi team this is linda robert had a bad night he tried to get up alone around three am and slid down next to the bed no head injury i think he is okay now but very upset can someone come earlier today thank you
[[N:Hiền]] (ĐD): Hi [[N:Linda]], I will come at 8:30 instead of 10. Please do not lift him alone. Check his blood pressure and write it down.
[[N:Linda Kowalski]]: (voice to text) blood pressure one fifty two over eighty eight pulse seventy six sugar one hundred forty he took eliquis five milligram at eight
[[N:Hiền]] (ĐD): Thank you. Bs [[N:Vinh]] ơi, ông té nhẹ lúc 3h sáng, không đập đầu, đang dùng Eliquis 5mg x 2. Có cần chụp CT không anh?
Bs [[N:Vinh]]: Đang dùng chống đông mà té thì nên CT sọ cho chắc. Em đưa ông đi FV hoặc Vinmec Central Park, đặt lịch 11h. Hộ chiếu ông số [[PP:561284739]], bảo hiểm VA Foreign Medical Program, mã hồ sơ [[R:FMP-2025-038811]].
[[N:Hiền]] (ĐD): Dạ. [[N:Linda]] hỏi có cần mang gì không, em nói mang hộ chiếu, thẻ BH, danh sách thuốc.
[[N:Linda Kowalski]]: (voice to text) we will be ready at ten thirty our driver is mister [[N:tuan]] his number is [[P:zero nine zero eight four four one six two seven]]
[[N:Hiền]] (ĐD): (số anh [[N:Tuấn]] tài xế: [[P:0908 441 627]], em lưu rồi)
[[N:Hiền]] (ĐD): CT sọ bình thường, không chảy máu. Ông về nhà 13h. Em gắn thêm thanh vịn cạnh giường và đặt chuông báo.
[[N:Linda Kowalski]]: Thank you so much [[N:Hiền]]. Our son [[N:Mark]] arrives from Portland on [[D:Aug 14]], he can help at night. His US number is [[P:+1 503 284 7716]].
Bs [[N:Vinh]]: Good. Please keep the physiotherapy with [[N:Phát]] every morning. Next check [[D:Aug 15]]. Address for the team: [[A:căn hộ 12.05, tháp T2, Masteri Thảo Điền, phường Thảo Điền, TP Thủ Đức]].
[[N:Hiền]] (ĐD): Đã ghi vào sổ chăm sóc. Tối nay em [[N:Trâm]] trực thay em.`,
  ],
  // 26
  [
    'chat-ward-round',
    `Nhóm: ĐI BUỒNG NGOẠI TIÊU HÓA – B3 (BVĐK tỉnh Phú Thọ)
[[N:Đức]] (trưởng khoa): Lịch mổ phiên [[D:18/6]], @[[N:Khánh]] PTV @[[N:Vy]] gmhs @[[N:Nam]] nội trú xem và bổ sung:
1. [[N:Trần Văn Bình]] 54t – K dạ dày hang vị, cắt 4/5 dạ dày + vét hạch D2.
2. [[N:Hoàng Thị An]] 38t – sỏi túi mật, cắt túi mật nội soi.
3. Bà [[N:Lục Thị Nhàn]] 70t – thoát vị bẹn phải nghẹt tái phát, đặt lưới.
4. [[N:Quách Minh Đức]] 45t – trĩ hỗn hợp độ III, Longo.
[[N:Khánh]] PTV: Ca 1 em mổ chính, anh [[N:Đức]] phụ nhé. Ông [[N:Bình]] albumin 29 g/L, đã bù đạm 5 ngày, Hb 10,8. Bình thường ca này 4 tiếng.
[[N:Vy]] gmhs: Ca 1 ASA III, Mallampati 2. Ca 3 bà [[N:Nhàn]] ASA III, đang Aspirin 81mg — ngừng từ hôm nào?
[[N:Nam]] nội trú: Dạ bà [[N:Nhàn]] ngừng Aspirin từ [[D:11/6]], đủ 7 ngày. Bà người Tày ở [[A:xóm Mu, xã Thu Cúc, huyện Tân Sơn]], chỉ có cháu [[N:Hà Văn Dũng]] đi cùng, số [[P:0328 641 905]].
[[N:Đức]] (trưởng khoa): Ca 2 chị [[N:An]] có thai không, đã thử chưa?
[[N:Nam]] nội trú: Test hCG âm tính sáng nay anh. Chị [[N:An]] hỏi mổ nội soi có an toàn không, mấy ngày ra viện, em nói 2–3 ngày.
[[N:Thu Hằng Lê]]: (ĐD trưởng) Nhắc các BN nhịn ăn từ 0h, Ceftriaxon 2g dự phòng trước rạch da 30 phút. Ca 4 anh [[N:Đức]] (BN) — mọi người ghi rõ họ tên kẻo nhầm với anh [[N:Đức]] trưởng khoa 😂
[[N:Đức]] (trưởng khoa): Ghi "[[N:Quách Minh Đức]], mã BN [[R:25.061.774]]" cho chắc. Hồi năm ngoái suýt nhầm phiếu xét nghiệm rồi.
[[N:Khánh]] PTV: Ông [[N:Bình]] người nhà xin mổ ngày đẹp, nói [[D:18/6]] là ngày [[D:23]] âm không tốt, xin dời [[D:19/6]].
[[N:Đức]] (trưởng khoa): Giải thích cho gia đình, dời 1 ngày thì được nhưng không dời nữa. Ca 1 sang phiên [[D:19/6]]. [[N:Nam]] sửa lịch trên HIS.
[[N:Nam]] nội trú: Dạ em sửa rồi. Clexane 40mg dự phòng huyết khối cho ca 1 và ca 3 sau mổ 12h.
[[N:Vy]] gmhs: Ok. Tê tủy sống cho ca 3 và ca 4, mê nội khí quản ca 1, ca 2.
[[N:Thu Hằng Lê]] đã ghim tin nhắn của [[N:Đức]] (trưởng khoa).`,
  ],
];
