// Held-out set 16, documents 1–10 (see index.ts for the conventions): news-style reports about
// patients — provincial papers with reader comments, a TV script, a radio script, a press
// release, a police item, an unaccented social-media share. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO ĐẮK LẮK ĐIỆN TỬ – Sức khỏe
CỨU SỐNG BÉ [[N:H'NHI]] BỊ RẮN LỤC CẮN TRÊN RẪY CÀ PHÊ
[[N:Nguyễn Thùy Dương]] – Thứ bảy, [[D:14/6/2025]]
Chiều [[D:9-6]], bé [[N:H'Nhi Byă]] (7 tuổi, người Ê Đê, trú [[A:buôn Ea Kmar, xã Ea Tul, huyện Cư M'gar]]) theo mẹ là chị [[N:H'Luyến Byă]] lên rẫy thì bị rắn lục đuôi đỏ cắn vào cổ chân.
Ông [[N:Y Khu Niê]], già làng, dùng dây garo buộc chân rồi cùng cha bé là anh [[N:Ama Nhi]] chở bé ra Trạm Y tế [[A:xã Ea Tul]]. Y sĩ [[N:Lê Thị Ngọc Hà]] sơ cứu rồi chuyển thẳng lên Bệnh viện Đa khoa vùng Tây Nguyên.
Theo BSCKII [[N:Trần Đức Hậu]], Trưởng khoa Nhi, bé vào viện lúc 21h cùng ngày, chân sưng nề tới gối, rối loạn đông máu. Bé được truyền huyết thanh kháng nọc rắn lục tre, đến sáng [[D:11/6]] các chỉ số đông máu trở về bình thường. Dự kiến bé ra viện ngày [[D:16-6]].
Trong [[D:tháng 5]] và nửa đầu [[D:tháng 6]], bệnh viện đã tiếp nhận 19 ca rắn cắn, phần lớn ở các huyện Krông Bông, Lắk và M'Drắk.

BÌNH LUẬN (12)
[[N:Hoàng Yến Phạm]]: Thương con bé quá, mong con mau khỏe.
[[N:Y Phôn]]: Buôn mình cũng vừa có ông [[N:Y Krang]] bị cắn hôm [[D:2/6]], may qua khỏi.
[[N:Minh Tâm Nguyễn]]: Cảm ơn bác sĩ [[N:Hậu]] và y sĩ [[N:Hà]]!
[[N:Bơ Krông Pắc]] trả lời [[N:Y Phôn]]: Ông [[N:Krang]] ở buôn nào vậy anh?`,
  ],
  // 2
  [
    'news',
    `TIN NHANH – Báo Lào Cai
Nhập viện sau khi ăn thịt trâu chết, 5 người Mông ở [[A:xã Bản Phố]] nguy kịch
[[N:Vàng Thị Dở]] – [[D:03/11/2025]] 10:42
Tối [[D:30-10]], gia đình ông [[N:Giàng Seo Chứ]] ở [[A:thôn Sín Chải, xã Bản Phố, huyện Bắc Hà]] làm thịt con trâu chết do rét và mời hàng xóm cùng ăn. Đến rạng sáng [[D:31/10]], ông [[N:Chứ]], con dâu [[N:Lù Thị Mai]], cháu [[N:Giàng Seo Páo]] và hai người hàng xóm là [[N:Sùng A Tủa]], [[N:Ma Seo Lử]] cùng đau bụng dữ dội, nôn ra máu.
Trạm trưởng Trạm Y tế xã, y sĩ [[N:Lồ Văn Thắng]], cho biết đã gọi cấp cứu 115. Hai bệnh nhân nặng nhất được chuyển xuống Bệnh viện Đa khoa tỉnh Lào Cai lúc 5h30. BS [[N:Đặng Thị Hồng Nhung]] nghi nhiễm khuẩn Clostridium và Salmonella; mẫu thịt được gửi Trung tâm Kiểm soát bệnh tật tỉnh ngày [[D:1/11]].
Đến ngày [[D:2-11]], ông [[N:Sùng A Tủa]] vẫn phải thở máy. Cụ bà [[N:Thào Thị Súa]] ([[AGE:91]] tuổi), mẹ ông [[N:Chứ]], may mắn không ăn nên không sao.
Ông [[N:Hoàng Văn Khiêm]], Phó Chủ tịch UBND [[A:huyện Bắc Hà]], đề nghị các xã tuyên truyền không ăn gia súc chết. Mọi thông tin xin liên hệ cán bộ dân số [[N:Vàng A Sử]], điện thoại [[P:0385 662 190]].`,
  ],
  // 3
  [
    'tv',
    `KỊCH BẢN CHƯƠNG TRÌNH "SỨC KHỎE CHO MỌI NHÀ" – VTV8 – Phát sóng [[D:22/8]]
BTV: [[N:Phan Minh Quân]] | QP: [[N:Ngô Trí Dũng]], [[N:Thân Bảo Ngọc]] | Kỹ thuật: [[N:Tèo]]
DẪN: Quý vị khán giả, Parkinson không chỉ là bệnh của người già. Câu chuyện của anh [[N:Lê Văn Sỹ]] ở [[A:kiệt 42 Trần Cao Vân, phường Thạc Gián, quận Thanh Khê]], Đà Nẵng là một ví dụ.
HÌNH: anh [[N:Sỹ]] run tay khi rót nước, 46 tuổi.
LỜI BÌNH: Từ [[D:tháng 3/2024]], anh [[N:Sỹ]] thấy tay phải run nhẹ. Đến đầu [[D:tháng 7]] năm nay, anh được phẫu thuật kích thích não sâu tại Bệnh viện C Đà Nẵng – ca thứ 3 của bệnh viện.
PHỎNG VẤN: ThS.BS [[N:Huỳnh Ngọc Vĩnh]], khoa Ngoại thần kinh: "Ca mổ ngày [[D:8/7]] kéo dài 6 tiếng, bệnh nhân tỉnh, Glasgow 15 điểm."
PHỎNG VẤN: Chị [[N:Trần Thị Mỹ Lệ]], vợ anh [[N:Sỹ]]: "Giờ anh tự cầm đũa được rồi, hôm [[D:rằm tháng Bảy]] vừa rồi còn đi chùa được."
LỜI BÌNH: Sau mổ, anh được theo dõi tại khoa Hồi sức và ra viện ngày [[D:19-7]]. Lần tái khám [[D:5/8]] cho thấy thang điểm UPDRS giảm hơn 60%.
KẾT: Chương trình có sự cộng tác của PGS.TS [[N:Nguyễn Văn Chiêm]] (Hà Nội) và TS [[N:Kenji Morimoto]] (Nhật Bản). Thư góp ý gửi [[E:suckhoemoinha.vtv8@gmail.com]].`,
  ],
  // 4
  [
    'radio',
    `ĐÀI PHÁT THANH – TRUYỀN HÌNH SÓC TRĂNG – CHƯƠNG TRÌNH TIẾNG KHMER (bản dịch tiếng Việt) – [[D:27/12/2025]]
Phát thanh viên: [[N:Thạch Thị Sa Rươne]], [[N:Lâm Sô Phia]]
Thưa quý thính giả, sáng [[D:24/12]], tại chùa Sà Lôn ở [[A:ấp Sà Lôn, xã Thạnh Tân, thị xã Ngã Năm]], Đại đức [[N:Danh Sóc]] cùng đoàn y bác sĩ Bệnh viện Chuyên khoa Sản – Nhi Sóc Trăng đã khám bệnh và phát thuốc miễn phí cho hơn 400 bà con.
Trong đoàn có bác sĩ [[N:Sơn Thị Kim Hoàng]] và điều dưỡng [[N:Kim Thị Rô Na]]. Bác sĩ [[N:Kim Hoàng]] cho biết nhiều cụ cao tuổi bị tăng huyết áp, đái tháo đường nhưng không uống thuốc đều. Cụ ông [[N:Thạch Som]], [[AGE:96]] tuổi, ở [[A:ấp Mương Khai]], đã được đưa về trạm y tế theo dõi vì huyết áp 190/110.
Một trường hợp đặc biệt là em [[N:Danh Thị Sóc Kha]], 15 tuổi, bị sốt kéo dài từ [[D:10-12]]. Em được bác sĩ [[N:Lý Hoàng Tuấn]] phát hiện lách to và chuyển ngay lên tuyến tỉnh trong chiều cùng ngày.
Ông [[N:Trịnh Xuân]], đại diện Hội Chữ thập đỏ, hẹn đợt khám tiếp theo vào ngày [[D:mùng 5 tháng Giêng]], tại sân Trường Tiểu học Võ Thị Sáu. Quý thính giả cần hỏi thêm xin gọi anh [[N:Sơn Phi Rum]], số [[P:0919-447-205]].`,
  ],
  // 5
  [
    'press',
    `THÔNG CÁO BÁO CHÍ
Bệnh viện Hữu nghị Việt Đức – Phòng Công tác xã hội
Hà Nội, ngày [[D:18 tháng 9 năm 2025]]
GHÉP THẬN THÀNH CÔNG CHO NỮ BỆNH NHÂN NHẬN THẬN TỪ EM TRAI SINH ĐÔI
Ngày [[D:11/9/2025]], Trung tâm Ghép tạng đã ghép thận cho chị [[N:Đoàn Thị Thanh Tâm]] (39 tuổi, trú tại [[A:xóm 4, xã Nghi Phong, huyện Nghi Lộc]], Nghệ An). Người hiến là em trai sinh đôi của chị, anh [[N:Đoàn Văn Tâm]].
Kíp ghép do PGS.TS [[N:Nguyễn Quang Bình]] chỉ đạo, gồm: TS.BS [[N:Đồng Văn Khuê]] (phẫu thuật lấy thận nội soi), BSCKII [[N:Ninh Việt Hưng]] (ghép), BS [[N:Lưu Thị Quỳnh Anh]] (gây mê). Ca phẫu thuật kết thúc lúc 14h20 cùng ngày.
Đầu mối liên hệ báo chí: [[N:Vũ Hải Yến]], Phòng CTXH, [[P:0904 118 372]], [[E:yen.vh.ctxh@vietduc-hn.vn]].`,
  ],
  // 6
  [
    'police',
    `AN NINH – TRẬT TỰ | Báo Công an Bình Dương
Khởi tố đối tượng hành hung nữ điều dưỡng tại khoa Cấp cứu
[[N:Q.Đ]] – [[D:05/03/2026]]
Ngày [[D:4-3]], Cơ quan CSĐT [[A:Công an TP Thủ Dầu Một]] ra Quyết định khởi tố vụ án số [[R:41/QĐ-CSĐT]] và Quyết định khởi tố bị can số [[R:57/QĐ-CSĐT]] đối với [[N:Trương Văn Hên]] (tự "[[N:Hên Đen]]", SN 1991, ngụ [[A:khu phố 3, phường Phú Hòa]]) về tội "Cố ý gây thương tích".
Theo hồ sơ, khoảng 23h ngày [[D:26/2]], [[N:Hên]] đưa người quen là [[N:Lê Thị Bé Năm]] vào khoa Cấp cứu Bệnh viện Đa khoa tỉnh. Do chờ lâu, [[N:Hên]] lao vào đánh chị [[N:Phạm Thị Kiều Oanh]] (điều dưỡng, 27 tuổi) gây chấn thương vùng mặt. Bảo vệ [[N:Nguyễn Hữu Lộc]] và người nhà bệnh nhân là ông [[N:Tư Lượm]] đã khống chế [[N:Hên]].
Kết luận giám định pháp y số [[R:318/TgT-PY]] ngày [[D:2/3]] xác định tỷ lệ tổn thương cơ thể của chị [[N:Oanh]] là 14%. [[N:Hên]] còn điều khiển xe máy biển số [[VP:61H1-452.87]] không có giấy phép lái xe.
Thượng tá [[N:Đỗ Minh Trí]], Phó Trưởng Công an thành phố, cho biết vụ việc được xử lý theo Chỉ thị 06/CT-TTg về bảo đảm an ninh trật tự tại cơ sở y tế.`,
  ],
  // 7
  [
    'social',
    `CHIA SE GIUP: TIM NGUOI NHA BENH NHAN
Ba con oi giup em share voi. Toi ngay [[D:21/7]] co 1 cu ong khoang 80 tuoi bi xe tong o doan [[A:duong Nguyen Van Linh, phuong Tan Phong, quan 7]], gio dang nam o khoa Hoi suc Benh vien Nhan dan 115, chua biet ten. Cu mac ao so mi soc xanh, quan tay den, tren tay co xau chuoi go, trong tui co to giay ghi "[[N:Ut Lanh]] [[P:0937 26 05 18]]" nhung goi khong ai bat may.
Bac si [[N:Thanh]] khoa Hoi suc noi cu con hon me, Glasgow 8 diem, can nguoi nha ky giay mo gap.
Ai biet cu hoac biet chi [[N:Ut Lanh]] thi lien he em [[N:Hoang Nhu Y]] [[P:0903114762]] hoac anh [[N:Nghia]] bao ve benh vien. Cam on moi nguoi nhieu!!!
#timnguoithan #benhvien115

[[N:Tuyet Mai Tran]]: da share. Hom [[D:23/7]] roi co ai nhan chua em?
[[N:Hoang Nhu Y]]: chua chi oi 😢
[[N:Ba Phong Cai Be]]: anh nho cu nay ban ve so khu [[A:hem 21 Le Van Luong, xa Phuoc Kien, huyen Nha Be]] ne, de anh hoi thang [[N:Tam]] coi
[[N:Khanh Linh]]: cu ten [[N:Tu Ben]] phai ko, nha em o gan do`,
  ],
  // 8
  [
    'news',
    `THANH NIÊN ONLINE – Sức khỏe
Bác sĩ người Hàn Quốc cứu du khách ngừng tim trên chuyến bay TP.HCM – Seoul
[[N:Mai Phương]]
Chuyến bay của hãng Korean Air xuất phát tối [[D:2/4]] đã phải hạ cánh khẩn cấp xuống sân bay Đà Nẵng khi hành khách [[N:Nguyễn Tấn Phát]] (58 tuổi, Việt kiều Mỹ) bất ngờ ngừng tim.
Một hành khách là bác sĩ [[N:Park Ji-hoon]] (박지훈, bác sĩ tim mạch tại Bệnh viện Đại học Quốc gia Seoul) cùng tiếp viên [[N:Kim Soo-ah]] ép tim, dùng máy khử rung AED trong khoang. Sau 2 lần sốc điện, ông [[N:Phát]] có mạch trở lại.
Tại Bệnh viện Đà Nẵng, ông được BS [[N:Hồ Xuân Thiện]] đặt stent động mạch vành lúc 1h sáng [[D:3/4]]. Con gái ông, chị [[N:Nancy Nguyen]], bay từ Houston sang ngày [[D:4-4]].
Ông [[N:Phát]] nói qua phiên dịch: "Tôi không nhớ gì. Tôi chỉ biết cảm ơn bác sĩ [[N:Park]]". Bác sĩ [[N:Park]] đã tiếp tục hành trình về Seoul bằng chuyến bay sáng [[D:3-4]].

Ý KIẾN BẠN ĐỌC
[[N:Quốc Bảo]] – TP.HCM: Người tốt việc tốt, cảm ơn anh [[N:Ji-hoon]]!
[[N:đức huy lê]]: AED nên có ở mọi nơi công cộng.
[[N:Trâm Anh]]: Bệnh viện Đà Nẵng giỏi quá.`,
  ],
  // 9
  [
    'news',
    `BÁO THANH HÓA – Đời sống
Nữ hộ sinh vượt lũ đỡ đẻ cho sản phụ người Thái ở [[A:bản Sài Khao]]
Bài và ảnh: [[N:Lò Thị Hồng]]
Đêm [[D:28/9]], nước suối Sài dâng cao, [[A:bản Sài Khao, xã Phú Lệ, huyện Quan Hóa]] bị cô lập. Sản phụ [[N:Hà Thị Ón]] (22 tuổi) chuyển dạ con so. Chồng chị, anh [[N:Vi Văn Tuấn]], chạy sang nhà nữ hộ sinh [[N:Ngân Thị Xuyến]] cách đó 2 km.
Chị [[N:Xuyến]] kể: "Lúc 2h sáng [[D:29-9]], em bé ra nhưng không khóc, tôi hút nhớt, thổi ngạt đến phút thứ ba thì cháu khóc to". Bé trai nặng 2,9 kg, được gia đình đặt tên là [[N:Vi Văn Lũ]].
Sáng [[D:30/9]], lực lượng Đồn Biên phòng Tén Tằn cùng Bí thư đoàn xã [[N:Phạm Bá Đông]] dùng bè mảng đưa hai mẹ con ra Trung tâm Y tế [[A:huyện Quan Hóa]]. BS [[N:Lương Văn Chiến]] cho biết mẹ mất máu vừa, đã truyền 2 đơn vị máu; trẻ vàng da sinh lý.
Mẹ chồng chị [[N:Ón]], bà [[N:Hà Thị Pơm]], rưng rưng: "Ơi trời, nhờ có cô [[N:Xuyến]] chứ không là mất cả mẹ lẫn con". Ngày [[D:6/10]] hai mẹ con đã về bản.`,
  ],
  // 10
  [
    'news',
    `DÂN TRÍ – Pháp luật
Tòa tuyên án vụ tài xế say rượu tông chết nữ sinh trước cổng trường Nguyễn Thị Minh Khai
[[N:Hải Long]] ([[D:10/12/2025]])
Ngày [[D:9-12]], TAND [[A:quận Ninh Kiều]] (Cần Thơ) mở phiên tòa sơ thẩm xét xử bị cáo [[N:Huỳnh Công Danh]] (35 tuổi, ngụ [[A:hẻm 132, đường 3 Tháng 2, phường Xuân Khánh]]) về tội "Vi phạm quy định về tham gia giao thông đường bộ".
Theo cáo trạng, chiều [[D:14/6]], [[N:Danh]] lái ô tô biển số [[VP:65A-318.42]] với nồng độ cồn 0,62 mg/lít khí thở, tông vào em [[N:Trần Ngọc Bảo Hân]] (16 tuổi) đang dắt xe đạp trước cổng Trường THPT Nguyễn Thị Minh Khai. Em [[N:Bảo Hân]] được đưa vào Bệnh viện Đa khoa Trung ương Cần Thơ nhưng tử vong lúc 19h40 cùng ngày.
Bản án số [[R:214/2025/HS-ST]] tuyên phạt [[N:Danh]] 7 năm tù, bồi thường cho gia đình bị hại 820 triệu đồng. Giấy phép lái xe hạng B số [[L:920145338271]] của bị cáo bị tước.
Tại tòa, cha bị hại là ông [[N:Trần Văn Út Em]] và luật sư [[N:Võ Thị Ngọc Điệp]] (thẻ luật sư số [[L:11842/LS]]) đề nghị mức án cao hơn. Chủ tọa phiên tòa là thẩm phán [[N:Lâm Quốc Tuấn]].`,
  ],
];
