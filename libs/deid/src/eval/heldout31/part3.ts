// Held-out set 31, documents 21–40 (see index.ts for the conventions): ordinary clinical
// texts — ward Zalo groups with and without accents, nursing hand-overs, referral and
// discharge papers, consultation and mortality minutes, an incident report, e-mails between
// hospitals, a family group, a commune health station report, a lab report, an insurance
// desk chat. Written blind.
export const PART3: Array<[string, string]> = [
  // 21
  [
    'chat',
    `Nhóm Zalo "KHOA NỘI TIM MẠCH - TRỰC"
[[N:Nguyễn Thị Hoài]] 07:12
Báo cáo trực đêm [[D:14/3]]: tổng 46 BN, vào mới 5, chuyển khoa 1, nặng 2.
1. BN [[N:Lê Văn Bảy]], 74t, mã BN [[R:25017733]], giường 12 P.405, NMCT cấp thành dưới giờ thứ 6, đã chụp và đặt 1 stent RCA lúc 1h30. Hiện HA 110/70, M 78, SpO2 97%.
2. BN [[N:Phùng Thị Gái]] [[AGE:92]]t, ở [[A:xóm Trại, xã Minh Quang, huyện Ba Vì]], suy tim NYHA IV, tràn dịch màng phổi phải, đêm khó thở phải thở oxy 5 l/p. Con trai là [[N:Kiều Văn Thụ]] sđt [[P:0975 226 410]] xin ký không đặt NKQ.
[[N:Trần Quang Huy]] 07:20
Ok e. BN [[N:Gái]] sáng nay mời BS [[N:Thắm]] bên Hồi sức hội chẩn nhé. Nhớ làm lại NT-proBNP với điện giải.
[[N:Đỗ Thu Thắm]] (HS) 07:31
Dạ 9h chị qua ạ
[[N:Nguyễn Thị Hoài]] 07:33
Dạ. Còn BN [[N:Lê Văn Bảy]] bên BHYT báo thẻ [[BH:HT2010120458831]] hết hạn [[D:31/12]] năm ngoái chưa gia hạn, người nhà là [[N:Lê Thị Nhung]] hẹn 10h mang thẻ mới lên ạ.
[[N:Trần Quang Huy]] 07:35
Ừ, dặn người nhà photo CCCD của bác nữa. À BN nam giường 7 hôm qua hẹn siêu âm tim [[D:16/3]] đã đặt lịch chưa?
[[N:Vũ Hồng Nhung]] 07:40
Em đặt rồi anh ạ, 8h sáng thứ 2.
[[N:Trần Quang Huy]] 07:41
👍`,
  ],
  // 22
  [
    'chat',
    `truc dem ngoai chan thuong
[[N:hieu]] dd 23:48
a oi bn moi vao cap cuu chuyen len, [[N:nguyen van thanh]] 28t, TNGT xe may, gay kin 2 xuong cang chan P, ma vv [[R:2511046582]], o [[A:to 5 phuong thinh liet quan hoang mai]]
[[N:Tuan Anh]] BS 23:50
ok dat nep bot chua e, ktra mach mu chan
[[N:hieu]] dd 23:52
da roi a, mach ro, chan hoi sung. bn say ruou, nong do con 0.62 mg/l khi thu. cong an [[A:phuong thinh liet]] co anh [[N:Quy]] len lay loi khai, sdt a ay [[P:0865 903 217]]
[[N:Tuan Anh]] BS 23:55
cho giam dau, chieu xq lai sau nep, sang mai len lich mo. nguoi nha dau
[[N:hieu]] dd 23:57
vo bn la [[N:tran thi hong nhung]] dang tren duong tu [[A:xa van phuc huyen thanh tri]] len, sdt [[P:0392.118.674]]
[[N:Tuan Anh]] BS 00:03
bao ca bn giuong 3 nua, cu [[N:Hai]] gay co xuong dui, nhin an tu 0h de sang mo thay khop nhe. cu sn 1934, ghi [[AGE:91]]t vao phieu
[[N:hieu]] dd 00:05
vang a. xe may cua bn [[N:thanh]] bien [[VP:29X3-158.44]] cong an giu roi a
[[N:Mai Lan]] 00:20
e ca sau vao nhe, 6h e nhan ban giao
[[N:hieu]] dd 00:22
vang c, bn [[N:thanh]] co the BHYT [[BH:DN4010122847365]], nguoi nha dang chup gui len
[[N:Tuan Anh]] BS 00:25
ok, nho ghi ca vao so giao ban nhe`,
  ],
  // 23
  [
    'handover',
    `BIÊN BẢN BÀN GIAO CA - KHOA HỒI SỨC TÍCH CỰC
Ngày [[D:07/11/2025]] - Ca đêm giao ca sáng lúc 7h00
Người giao: ĐD [[N:Phạm Thị Thu Hương]] - Người nhận: ĐD [[N:Bùi Văn Khánh]]
Giường ICU-03: BN [[N:Đoàn Văn Chiến]], nam, 58t, mã BA [[R:BA.25.031947]]. Chẩn đoán: sốc nhiễm khuẩn do viêm phổi (A41.9/J18.9), ARDS. Thở máy PC, FiO2 60%, PEEP 10. Noradrenalin 0,3 mcg/kg/ph. Đêm sốt 39,2°C lúc 2h, đã cấy máu 2 mẫu, mã mẫu [[R:CM2511-0714]] và [[R:CM2511-0715]]. Nước tiểu 24h 850 ml.
Giường ICU-05: BN [[N:Hà Thị Xuân]], nữ, 66t, ở [[A:thôn Đông, xã Yên Lạc, huyện Như Thanh]], sau mổ thủng dạ dày ngày [[D:5/11]]. Rút NKQ 4h sáng, thở oxy kính 3 l/p, tỉnh, tiếp xúc tốt. Dẫn lưu ổ bụng 50 ml dịch hồng.
Giường ICU-08: BN [[N:Lò Văn Pọm]], nam, 41t, dân tộc Thái, ngộ độc lá ngón, lọc máu hấp phụ 2 quả đêm qua. Vợ là [[N:Lường Thị Ín]] không nói tiếng Kinh, phiên dịch qua em trai [[N:Lò Văn Xôm]] SĐT [[P:0325 661 094]].
Giường ICU-10: BN [[N:Trịnh Thị Ngát]] [[AGE:90]]t, đột quỵ nhồi máu não diện rộng, gia đình xin về theo nguyện vọng, chờ làm giấy chuyển tuyến về TTYT [[A:huyện Như Thanh]] chiều nay.
Thuốc gây nghiện tồn: morphin 10 mg x 4 ống, fentanyl 0,1 mg x 6 ống - khớp sổ.
Ký giao: [[N:Hương]]   Ký nhận: [[N:Khánh]]   ĐD trưởng khoa: [[N:Lê Thị Minh Nguyệt]]`,
  ],
  // 24
  [
    'referral',
    `SỞ Y TẾ NGHỆ AN
TRUNG TÂM Y TẾ [[A:HUYỆN ANH SƠN]]
Số: [[R:318/2025/GCT]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Hữu nghị Đa khoa Nghệ An
Trung tâm Y tế [[A:huyện Anh Sơn]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:NGUYỄN THỊ THANH]]   Nam/Nữ: Nữ   Năm sinh: 1969
- Địa chỉ: [[A:Xóm 3, xã Tường Sơn, huyện Anh Sơn]], tỉnh Nghệ An
- Dân tộc: Kinh   Nghề nghiệp: Làm ruộng
- Số thẻ BHYT: [[BH:GD4404012236154]]   Hạn sử dụng: [[D:01/01/2025]] - [[D:31/12/2025]]
- CCCD: [[ID:040169008273]]
Đã được khám bệnh, điều trị tại: Khoa Nội tổng hợp từ [[D:10/06/2025]] đến [[D:13/06/2025]]
TÓM TẮT BỆNH ÁN
- Dấu hiệu lâm sàng: Vàng da tăng dần 2 tuần, ngứa, sút 4 kg. Gan to 2 cm dưới bờ sườn.
- Kết quả xét nghiệm: Bilirubin TP 186 µmol/L, CA 19-9 > 1000 U/mL. Siêu âm: giãn đường mật trong gan, nghi u đầu tụy.
- Chẩn đoán: Theo dõi u đầu tụy (C25.0)
- Phương pháp, thủ thuật, thuốc đã dùng: Truyền dịch, vitamin K1 10 mg, Ursodeoxycholic acid 300 mg.
- Tình trạng người bệnh lúc chuyển tuyến: Tỉnh, da vàng, huyết động ổn.
- Lý do chuyển tuyến: Đủ điều kiện chuyển tuyến, vượt khả năng chuyên môn.
- Hướng điều trị: Chụp CLVT ổ bụng, xem xét ERCP.
- Chuyển tuyến hồi: 8 giờ 30 ngày [[D:14 tháng 06 năm 2025]]
- Phương tiện vận chuyển: Xe cứu thương [[VP:37A-099.18]]
- Họ tên người hộ tống: ĐD [[N:Hoàng Văn Nhật]]
Y, bác sĩ khám: [[N:Đặng Thị Vân]]      Giám đốc: [[N:Lê Xuân Cường]]`,
  ],
  // 25
  [
    'discharge',
    `BỆNH VIỆN ĐA KHOA TỈNH BẮC GIANG
Khoa Sản                                              MS: 01/BV-01
Số lưu trữ: [[R:2025/S-04812]]                Mã y tế: [[R:240398172]]
GIẤY RA VIỆN
Họ tên người bệnh: [[N:Ngô Thị Phương Thảo]]   Tuổi: 27   Nữ
Dân tộc: Nùng   Nghề nghiệp: Công nhân
Mã số BHXH/Thẻ BHYT số: [[BH:DN 4 24 24 005 16288]]
Địa chỉ: [[A:Thôn Nà Lìm, xã Đồng Tiến, huyện Hữu Lũng]] (Lạng Sơn), tạm trú [[A:tổ dân phố Đồng Quan, phường Đình Trám, thị xã Việt Yên]]
Vào viện lúc: 14 giờ 20 phút, ngày [[D:02/09/2025]]
Ra viện lúc: 9 giờ 00 phút, ngày [[D:06/09/2025]]
Chẩn đoán: Con lần 2 đẻ mổ, thai 39 tuần, ngôi ngược; sau mổ ngày thứ 4 ổn định (O32.1)
Phương pháp điều trị: Mổ lấy thai ngày [[D:2/9]], kháng sinh dự phòng cefazolin 2 g, giảm đau paracetamol 1 g x 3 lần/ngày.
Ghi chú: Trẻ sơ sinh nam, cân nặng 3.200 g, số giấy chứng sinh [[R:000451/GCS]]. Hẹn tái khám sau 6 tuần hoặc khi có dấu hiệu bất thường. Cắt chỉ ngày [[D:9/9]] tại Trạm Y tế [[A:phường Đình Trám]].
Chồng: [[N:Hoàng Văn Long]], SĐT [[P:0369 084 552]]
Ngày [[D:06 tháng 09 năm 2025]]
Thủ trưởng đơn vị: [[N:Nguyễn Đức Thịnh]]     Trưởng khoa: [[N:Thân Thị Hằng]]`,
  ],
  // 26
  [
    'minutes',
    `BIÊN BẢN HỘI CHẨN LIÊN KHOA
Số: [[R:86/BB-HC]]
Hồi 10 giờ 15 phút, ngày [[D:21/5/2025]], tại phòng giao ban khoa Ngoại tổng hợp.
Chủ trì: BSCKII [[N:Trần Đức Mạnh]] - Phó Giám đốc
Thư ký: BS [[N:Nguyễn Thanh Tú]]
Thành viên: BS [[N:Lại Văn Chính]] (Ngoại), BS [[N:Đặng Thị Thanh Hà]] (Gây mê), BS [[N:Võ Minh Khoa]] (Nội tiết), ĐD trưởng [[N:Phí Thị Loan]].
Người bệnh: [[N:Triệu Văn Sình]], 63 tuổi, dân tộc Dao, địa chỉ [[A:bản Khe Mạ, xã Hữu Kiệm, huyện Kỳ Sơn]]. Mã BN [[R:NA.25.118043]]. Vào viện [[D:18/5]].
Tóm tắt: Bệnh nhân đái tháo đường type 2 đã 10 năm, tự bỏ thuốc từ Tết. Vào viện vì hoại tử ngón 4, 5 bàn chân trái, sốt 38,7°C. Glucose 21,4 mmol/L, HbA1c 11,2%, bạch cầu 18,6 G/L, CRP 142 mg/L. X-quang: viêm xương đốt bàn 5.
Ý kiến: BS [[N:Chính]]: cắt cụt ngang xương bàn chân trái. BS [[N:Khoa]]: chuyển insulin tích cực, mục tiêu glucose dưới 10 mmol/L trước mổ. BS [[N:Hà]]: gây tê tủy sống được, ASA III.
Kết luận: Phẫu thuật cắt cụt bàn chân trái dự kiến [[D:23/5]]. Giải thích cho con trai người bệnh là anh [[N:Triệu Văn Phấu]] (SĐT [[P:0854 772 031]]); gia đình đồng ý, ký cam kết.
Thư ký: [[N:Nguyễn Thanh Tú]]        Chủ trì: [[N:Trần Đức Mạnh]]`,
  ],
  // 27
  [
    'minutes',
    `BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Khoa Nhi - Bệnh viện Đa khoa tỉnh Gia Lai
Thời gian: 14h00 ngày [[D:02/4/2025]]
Chủ trì: BS.CKII [[N:Rơ Châm H'Nga]], Trưởng khoa. Thư ký: BS [[N:Lê Hoàng Nam]].
I. HÀNH CHÍNH
Bệnh nhi: [[N:Siu Thị H'Blơi]], nữ, 14 tháng tuổi. Mẹ: [[N:Siu H'Lan]]; cha: [[N:Ksor Nhoi]]. Địa chỉ: [[A:làng Ia Jrôk, xã Ia Pếch, huyện Ia Grai]]. Mã BN: [[R:GL2503-22719]]. Vào viện 21h10 ngày [[D:29/3]], tử vong 4h25 ngày [[D:31/3]]. Giấy báo tử số [[R:0241/GBT]].
II. TÓM TẮT
Bé tiêu chảy 5 ngày, điều trị tại Trạm Y tế [[A:xã Ia Pếch]] 2 ngày, sau đó gia đình đưa về nhà cúng. Vào viện trong tình trạng mất nước nặng, sốc, suy dinh dưỡng thể teo đét (cân nặng 5,8 kg). Natri máu 162 mmol/L.
III. Ý KIẾN
BS [[N:Nguyễn Văn Phong]] (trực đêm [[D:29/3]]): đã bù dịch theo phác đồ C, đặt đường truyền tủy xương lúc 21h40 do không lấy được ven.
ĐD [[N:Rơ Lan Thị Mai]]: phiên dịch tiếng Jrai cho gia đình, gia đình từ chối chuyển tuyến trên lúc 2h.
IV. KẾT LUẬN
Nguyên nhân tử vong: sốc giảm thể tích / tiêu chảy cấp mất nước nặng trên nền suy dinh dưỡng nặng (E43). Chẩn đoán đúng, xử trí đúng phác đồ. Bài học: phối hợp với y tế thôn bản ([[N:Ksor H'Yuê]], cô đỡ thôn bản) để phát hiện sớm.
Chủ trì: [[N:Rơ Châm H'Nga]]       Thư ký: [[N:Lê Hoàng Nam]]`,
  ],
  // 28
  [
    'report',
    `BÁO CÁO SỰ CỐ Y KHOA (Mẫu tự nguyện)
Số báo cáo: [[R:SC-2025-0317]]         Ngày báo cáo: [[D:16/10/2025]]
Đơn vị xảy ra sự cố: Khoa Nội tiêu hóa
Người bệnh: [[N:Nguyễn Văn Hùng]], sinh ngày [[D:12/08/1961]], mã BN [[R:23.0076612]], giường 18.
Nơi xảy ra: Phòng 302      Thời điểm: khoảng 20h45 ngày [[D:15/10]]
Mô tả: Trong phòng 302 có 2 người bệnh trùng tên "[[N:Nguyễn Văn Hùng]]" (người còn lại sinh năm 1958, mã BN [[R:25.0104358]], giường 20, ở [[A:xã Hồng Phong, huyện Ninh Giang]]). ĐD [[N:Trương Thị Hà]] thực hiện y lệnh truyền 1 đơn vị khối hồng cầu mã túi [[R:HM25.118204.B]] cho người bệnh giường 20 nhưng đối chiếu nhầm vòng tay sang người bệnh giường 18. Sau 5 ml, người nhà là chị [[N:Nguyễn Thị Thơm]] phát hiện, báo ĐD ngừng truyền.
Xử trí: Ngừng truyền ngay, báo BS trực [[N:Mạc Văn Toản]], theo dõi sinh hiệu 15 phút/lần, làm xét nghiệm hòa hợp lại. Người bệnh không có phản ứng. Hai người bệnh cùng nhóm máu O Rh+.
Phân loại: NC1 - chưa gây tổn hại.
Đề xuất: Không xếp 2 người bệnh trùng họ tên vào cùng phòng; gắn biển "cảnh báo trùng tên" đầu giường.
Người báo cáo: [[N:Trương Thị Hà]] - SĐT [[P:0946 552 083]] - email [[E:hatt.ddnoi@bvhaiduong.vn]]
Xác nhận của Trưởng khoa: [[N:Phạm Quang Diệu]]`,
  ],
  // 29
  [
    'email',
    `From: Phòng Kế hoạch tổng hợp - BV Đa khoa tỉnh Hà Giang <[[E:khth.bvdkhagiang@gmail.com]]>
To: Phòng Điều phối người bệnh - BV Bạch Mai <[[E:dieuphoi.bachmai@gmail.com]]>
Cc: [[E:bs.sungminhtuan@gmail.com]]
Date: Thu, [[D:13 Feb 2025]] 16:22
Subject: V/v chuyển người bệnh [[N:Sùng Mí Dính]] - xin tiếp nhận
Kính gửi Phòng Điều phối,
Chúng tôi xin chuyển người bệnh [[N:Sùng Mí Dính]], nam, 46 tuổi, dân tộc Mông, địa chỉ [[A:thôn Lũng Cẩm Trên, xã Sủng Là, huyện Đồng Văn]], số thẻ BHYT [[BH:HN2022021547893]], mã BN tại BV chúng tôi [[R:HG-2502-00981]].
Chẩn đoán: Xuất huyết tiêu hóa trên do vỡ giãn tĩnh mạch thực quản / xơ gan do rượu, Child-Pugh C. Đã thắt 4 vòng ngày [[D:11/2]], tái xuất huyết đêm [[D:12/2]], truyền 6 đơn vị máu.
Dự kiến khởi hành 5h sáng [[D:14/2]], xe cứu thương [[VP:23A-005.41]], BS hộ tống [[N:Sùng Minh Tuấn]] ([[P:0912 457 380]]). Người nhà đi cùng: em trai [[N:Sùng Mí Chơ]], CCCD [[ID:002081006453]], SĐT [[P:0389 330 716]].
Giấy chuyển tuyến số [[R:97/GCT-BVĐK]] và tóm tắt bệnh án gửi kèm file PDF.
Trân trọng,
[[N:Nguyễn Thị Hồng Vân]] - Phó trưởng phòng KHTH
---
Re: Đã nhận. Khoa Tiêu hóa BV Bạch Mai đồng ý tiếp nhận, người bệnh vào thẳng khoa Cấp cứu A9, báo trước khi đến 30 phút cho BS [[N:Đào Duy Khánh]] [[P:0983 661 054]].
Điều phối viên: [[N:Lương Thu Trang]]`,
  ],
  // 30
  [
    'chat',
    `Nhóm "Đại gia đình họ Vũ 🏡"
[[N:Vũ Thị Hằng]]: Cả nhà ơi, mẹ vừa được chuyển từ viện huyện lên Bệnh viện Đa khoa tỉnh Thái Bình rồi, nằm khoa Thần kinh phòng 6 giường 11. Bác sĩ bảo nhồi máu não, may vào sớm.
[[N:Vũ Văn Thành]]: Mẹ nói được không em? Anh đang ở Bình Dương, mai anh bay về
[[N:Vũ Thị Hằng]]: Mẹ nói ngọng, tay phải yếu. Anh về thì mang theo CCCD của mẹ em để quên trong tủ, số [[ID:034157003917]] em chụp gửi viện rồi nhưng họ cần bản gốc.
[[N:Út Loan]]: Em gửi 5 triệu qua TK chị [[N:Hằng]] rồi nhé, Vietcombank. Tối nay em trực ca bệnh viện nên không về được 😢
[[N:Vũ Thị Hằng]]: Ok Út. Thẻ BHYT của mẹ là [[BH:HT 2 34 34 001 88246]], đúng tuyến chuyển viện nên được 100%.
[[N:Vũ Văn Tư]]: Bà nội ngày [[D:mùng 10 tháng 3]] là giỗ ông, mọi người sắp xếp xem sao
[[N:Nguyễn Đức Mạnh]]: Con chở bố ra viện tỉnh lúc 2h chiều nhé cô [[N:Hằng]]. Nhà mình ở [[A:thôn Đông Thượng, xã Đông Hợp, huyện Đông Hưng]] đi mất 40 phút.
[[N:Vũ Thị Hằng]]: Bác sĩ [[N:Tạ Quang Vinh]] hẹn gia đình 4h chiều nay lên nói chuyện. Số bác sĩ [[P:0912 880 463]] ai cần thì gọi.
[[N:Vũ Văn Thành]]: Vé của anh mã đặt chỗ [[R:KX7PTQ]], hạ cánh Nội Bài 9h sáng [[D:19/4]].
[[N:Vũ Văn Tư]]: 👍`,
  ],
  // 31
  [
    'report',
    `UBND [[A:XÃ TÂN LẬP]]
TRẠM Y TẾ
Số: 24/BC-TYT                          Tân Lập, ngày [[D:08 tháng 7 năm 2025]]
BÁO CÁO
Tình hình bệnh tay chân miệng trên địa bàn xã (tuần 27)
Kính gửi: Trung tâm Y tế [[A:huyện Đồng Phú]]
Thực hiện chỉ đạo của Sở Y tế Bình Phước, Trạm Y tế báo cáo như sau:
1. Tình hình: từ [[D:30/6 - 6/7]], trên địa bàn ghi nhận 4 ca mắc tay chân miệng, tích lũy từ đầu năm 17 ca.
- Ca 1: [[N:Điểu Thị Mai Anh]], 3 tuổi, dân tộc S'tiêng, [[A:ấp Suối Nhung]]; khởi phát [[D:30/6]], độ 1, điều trị tại nhà.
- Ca 2: [[N:Nguyễn Hoàng Khôi]], 2 tuổi, [[A:tổ 3, ấp 4]]; khởi phát [[D:2/7]], độ 2a, nhập viện Bệnh viện Đa khoa tỉnh Bình Phước ngày [[D:3/7]].
- Ca 3: [[N:Trần Bảo Ngọc]], 18 tháng, [[A:ấp 4]]; khởi phát [[D:3/7]], độ 1, cùng nhóm trẻ với ca 2 tại nhóm trẻ tư thục của bà [[N:Lê Thị Hoa]].
- Ca 4: [[N:Điểu Văn Khang]], 4 tuổi, [[A:ấp Suối Nhung]], anh họ ca 1; khởi phát [[D:5/7]], độ 1.
2. Hoạt động: Đã khử khuẩn nhóm trẻ ngày [[D:4/7]]; truyền thông qua loa phát thanh ấp; phát 120 tờ rơi.
3. Đề xuất: cấp bổ sung 20 lít Cloramin B.
Người lập: YS [[N:Hồ Thị Thanh Tâm]] ([[P:0965 274 810]])      TRẠM TRƯỞNG: [[N:Điểu Minh Hùng]]`,
  ],
  // 32
  [
    'lab',
    `BỆNH VIỆN ĐA KHOA KHU VỰC TÂY BẮC NGHỆ AN - KHOA XÉT NGHIỆM
PHIẾU KẾT QUẢ XÉT NGHIỆM HÓA SINH MÁU
Mã BN: [[R:2500218437]]        SID: [[R:250917-0384]]        Barcode: [[R:8936104729]]
Họ tên: [[N:LÔ THỊ PHƯƠNG]]     Năm sinh: 1982     Giới: Nữ
Địa chỉ: [[A:Bản Nà Xá, xã Châu Hạnh, huyện Quỳ Châu]]
Đối tượng: BHYT ([[BH:DT2404021883412]])     Khoa chỉ định: Nội tổng hợp - Giường 22
Chẩn đoán: Theo dõi suy thận mạn (N18.4) / Tăng huyết áp (I10)
BS chỉ định: [[N:Lương Văn Quyết]]        Lấy mẫu: 06:40 [[D:17/09/2025]]        Nhận mẫu: 07:05
Kết quả:
Glucose          6,8    mmol/L   (3,9 - 6,4)  H
Urê              24,6   mmol/L   (2,5 - 7,5)  H
Creatinin        486    µmol/L   (53 - 97)    H
eGFR (CKD-EPI)   9      mL/ph/1,73m²
AST (GOT)        28     U/L      (<= 37)
ALT (GPT)        31     U/L      (<= 40)
Kali             5,9    mmol/L   (3,5 - 5,0)  H
Natri            134    mmol/L   (135 - 145)  L
Acid uric        612    µmol/L   (143 - 339)  H
Ghi chú: Kali tăng - đã báo kết quả nguy hiểm cho ĐD [[N:Vi Thị Thủy]] lúc 07:52, người nhận xác nhận qua điện thoại nội bộ.
Người thực hiện: KTV [[N:Hà Văn Tuấn]]       Trưởng khoa: ThS [[N:Quang Thị Hải Yến]]
In lúc 08:10 [[D:17/09/2025]] - Phiên bản LIS 3.2.1`,
  ],
  // 33
  [
    'chat',
    `Nhóm Zalo "GIÁM ĐỊNH BHYT - QUẦY TIẾP ĐÓN"
Quầy 2 - [[N:Thu]] 08:03
Chị ơi BN [[N:Hồ Văn Lợi]] thẻ [[BH:CK 2 52 52 123 40917]] báo trên cổng "thẻ đã đổi sang mã mới", cho em xin hướng xử lý ạ
Giám định - [[N:Nguyễn Thị Mỹ]] 08:05
Em tra bằng CCCD [[ID:052076 011 482]] trên VssID xem mã mới là gì, ghi lại vào phiếu.
Quầy 2 - [[N:Thu]] 08:09
Dạ ra mã BHXH [[BH:5210498267]] ạ, hạn đến [[D:30/11/2025]].
Giám định - [[N:Nguyễn Thị Mỹ]] 08:10
Ok nhập như bình thường.
Quầy 4 - [[N:Khang]] 08:26
Chị [[N:Mỹ]] ơi có BN [[N:Đinh Thị Kim Oanh]] vượt tuyến từ [[A:huyện Phù Cát]] xuống không có giấy chuyển, nói là có giấy hẹn tái khám số [[R:TK-25-06611]] ngày [[D:12/6]] mà làm mất rồi
Giám định - [[N:Nguyễn Thị Mỹ]] 08:30
Em tra lịch sử KCB, nếu lần trước có hẹn thì in lại, không thì thu tự nguyện em nhé
Quầy 4 - [[N:Khang]] 08:41
Dạ lịch sử có hẹn ạ, mã hồ sơ [[R:BD25.047812]], em in lại rồi
Trưởng quầy - [[N:Phạm Hữu Lộc]] 09:15
Nhắc các quầy: từ [[D:1/7]] áp dụng Luật BHYT sửa đổi, BN mạn tính có trong danh mục được khám thẳng tuyến tỉnh, không cần giấy chuyển. Chiều 2h họp ở phòng Tài chính kế toán.
Quầy 2 - [[N:Thu]] 09:16
Dạ ❤️`,
  ],
  // 34
  [
    'letter',
    `CÔNG AN [[A:HUYỆN ĐIỆN BIÊN]]
CƠ QUAN CẢNH SÁT ĐIỀU TRA
Số: [[R:215/CSĐT]]
V/v đề nghị cung cấp hồ sơ bệnh án
Điện Biên, ngày [[D:04 tháng 8 năm 2025]]
Kính gửi: Bệnh viện Đa khoa tỉnh Điện Biên
Để phục vụ công tác điều tra vụ tai nạn giao thông xảy ra lúc 19h30 ngày [[D:26/7/2025]] tại Km 8, quốc lộ 279, [[A:bản Na Hai, xã Thanh Xương]], Cơ quan CSĐT Công an [[A:huyện Điện Biên]] đề nghị Bệnh viện cung cấp bản sao hồ sơ bệnh án của:
1. [[N:Lò Văn Thắng]], SN 1990, trú [[A:bản Noong Nhai, xã Thanh Chăn]]; CCCD: [[ID:011090000457]]; vào viện ngày [[D:26/7/2025]], mã vào viện [[R:25.0091164]].
2. [[N:Quàng Thị Phiêng]], SN 1996, trú cùng bản, vào viện [[D:26/7/2025]], chuyển Bệnh viện Việt Đức ngày [[D:27/7]].
Người điều khiển xe ô tô tải biển số [[VP:27C-081.36]] là [[N:Vàng A Páo]], giấy phép lái xe số [[L:110183004726]].
Đề nghị cung cấp trước ngày [[D:15/8/2025]] gồm: bệnh án, phim chụp CT, kết quả nồng độ cồn trong máu.
Cán bộ thụ lý: Điều tra viên [[N:Cầm Văn Hưng]], SĐT [[P:0913 266 309]]; đến liên hệ có mang theo giấy giới thiệu và thẻ ngành.
Trân trọng./.
KT. THỦ TRƯỞNG - PHÓ THỦ TRƯỞNG
[[N:Lường Văn Chinh]]`,
  ],
  // 35
  [
    'handover',
    `GIAO BAN KHOA SẢN - sáng [[D:23/12]]
NHS trực: [[N:Mai Thị Kim Chi]] - BS trực: [[N:Trần Nhật Quang]]
Tổng số: 38 SP + 21 trẻ sơ sinh. Đẻ thường 4, mổ 3, sảy 1.
- SP [[N:Đinh Thị Thu Hà]], 31t, G3P1, thai 38w, mổ lấy thai 2h10 vì suy thai, bé trai 2.900 g, số vòng tay bé [[R:SS-251223-02]], Apgar 6/8. Bé chuyển Sơ sinh theo dõi do thở nhanh.
- SP [[N:Hồ Thị Nở]], 19t, người Ba Na, ở [[A:làng Kon Klor, phường Thắng Lợi, TP Kon Tum]], đẻ thường tại nhà lúc 22h [[D:22/12]], vào viện vì sót rau, băng huyết 700 ml. Đã nạo buồng tử cung, truyền 2 đv máu (túi [[R:KT25-56012]], [[R:KT25-56019]]). Chồng là [[N:A Thương]], không có BHYT, chưa có CCCD, cần báo CTXH.
- SP [[N:Nguyễn Thị Bích Ngọc]], 35t, tiền sản giật nặng, HA 170/110 lúc 4h, đang truyền MgSO4 1 g/h, dự kiến mổ 8h. Điện thoại chồng [[P:0705 126 338]] (anh [[N:Khiêm]]).
- Sảy thai: SP [[N:Y Nhung]] 24t, thai 10 tuần, đã hút thai 5h, ổn.
Thuốc: hết Oxytocin 5 UI tủ trực, đã lĩnh bổ sung. Máy monitor số 3 hỏng, báo Vật tư.
Ý kiến Trưởng khoa [[N:Phan Thị Quế]]: SP [[N:Hồ Thị Nở]] trước khi ra viện mời cán bộ dân số [[N:Y Nhĩ]] ở TYT [[A:phường Thắng Lợi]] tư vấn tránh thai, làm giấy chứng sinh cho bé.`,
  ],
  // 36
  [
    'chat',
    `Nhóm "Phụ huynh phòng 204 - Khoa Nhi Hô hấp"
Mẹ [[N:Gạo]] 21:02
Mọi người ơi bé nhà em [[N:Gạo]] đêm nay sốt 39 độ, điều dưỡng cho uống hạ sốt rồi, có bé nào bị vậy không ạ
[[N:Hà Bống]] 21:05
Bé [[N:Bống]] nhà chị hôm qua cũng thế, bác sĩ [[N:Hải]] bảo viêm phổi do RSV, sốt 3 ngày mới lui
[[N:Nguyễn Văn Tài]] 21:11
Có ai biết mai mấy giờ bác sĩ đi buồng không ạ, con em là [[N:Nguyễn Minh Khôi]] giường 4 hẹn chụp phim lại
[[N:Hà Bống]] 21:13
Thường 8h anh ạ
Mẹ [[N:Gạo]] 21:30
Ai đi căng tin mua hộ em gói bỉm size M với, em chuyển khoản lại, stk em [[R:0451000392187]] Vietcombank [[N:Trần Thị Ngọc Ánh]] nè
Bà Nội [[N:Tít]] 21:34
Để bà mua cho, bà đang ở dưới sân. Cháu [[N:Tít]] nhà bà ngủ rồi
Mẹ [[N:Gạo]] 21:35
Con cảm ơn bà ạ ❤️
[[N:Nguyễn Văn Tài]] 22:40
Bé [[N:Khôi]] nhà em sinh ngày [[D:15/8]] năm ngoái mà giờ mới 8,5 kg, bác sĩ có nói gì không mọi người
[[N:Hà Bống]] 22:45
Bé nhà chị cũng nhẹ cân lắm em ạ. Ra viện thì em cho bé khám dinh dưỡng ở [[A:phường Giảng Võ]] xem sao
Mẹ [[N:Gạo]] 05:58
Bé [[N:Gạo]] hết sốt rồi mọi người ạ, bác sĩ hẹn ra viện thứ 6 [[D:27/9]]
[[N:Nguyễn Văn Tài]] 06:10
Mừng cho bé. Chị [[N:Ánh]] ơi ra viện nhớ xin giấy ra viện bản photo để nộp bảo hiểm nhé`,
  ],
  // 37
  [
    'referral',
    `BỆNH VIỆN ĐA KHOA TỈNH SÓC TRĂNG
Số: [[R:1842/GCT]]                                         Mẫu số 06
PHIẾU CHUYỂN VIỆN
Kính gửi: Bệnh viện Chợ Rẫy
Họ tên: [[N:THẠCH THỊ SÔ PHANH]]      Giới: Nữ      Sinh ngày: [[D:03/05/1975]]
Dân tộc: Khmer      Nghề nghiệp: Nội trợ
Địa chỉ: [[A:ấp Tà Ân A1, xã Tài Văn, huyện Trần Đề]], Sóc Trăng
Số thẻ BHYT: [[BH:HN4949490125836]]      CCCD: [[ID:094175 003 512]]
Mã bệnh nhân: [[R:ST250041972]]    Số vào viện: [[R:25/07312]]
Vào viện: [[D:19/8/2025]]      Chuyển viện: [[D:22/8/2025]]
Chẩn đoán: Chấn thương sọ não / tụ máu dưới màng cứng cấp bán cầu trái (S06.5), Glasgow 10 điểm.
Tóm tắt: BN bị té từ xe máy do chồng là [[N:Danh Sà Rết]] chở, ngã đập đầu xuống đường. CT-scan ngày [[D:19/8]]: máu tụ dày 8 mm, đẩy đường giữa 4 mm. Điều trị nội khoa, sáng [[D:22/8]] tri giác giảm, Glasgow 10 điểm, đồng tử trái 4 mm.
Thuốc đã dùng: Manitol 20% 250 ml, Paracetamol 1 g, Omeprazol 40 mg.
Lý do chuyển: vượt khả năng chuyên môn (bệnh viện chưa có phẫu thuật thần kinh trực 24/7).
Người đưa đi: ĐD [[N:Sơn Thị Bô Pha]], tài xế [[N:Kim Văn Sang]], xe [[VP:83A-012.58]].
Người nhà: con trai [[N:Thạch Sa Ni]], SĐT [[P:0377 294 018]].
Ngày [[D:22 tháng 8 năm 2025]]
BS điều trị: [[N:Lâm Thị Ngọc Hạnh]]      KT. GIÁM ĐỐC: [[N:Trương Công Lý]]`,
  ],
  // 38
  [
    'email',
    `From: [[N:Nguyen Thanh Binh]] <[[E:binh.nt@fvhospital-intl.vn]]>
To: Case Management - Pacific Cross <[[E:claims.asia@pacificcross-assist.com]]>
Sent: Tuesday, [[D:October 21, 2025]] 10:48 AM
Subject: GOP request - Mr. [[N:Thomas Andersen]] - Policy [[R:PCX-DK-77120493]]
Dear Ms. [[N:Wong]],
Please find below the medical information of your member for guarantee of payment:
Patient: [[N:ANDERSEN, Thomas Erik]]   DOB: [[D:04 Jun 1961]]   Nationality: Danish
Passport no.: [[PP:213748806]]   Member ID: [[BH:PX-4418-0392-01]]
Hospital no.: [[R:FV.25.0288104]]   Admission: [[D:Oct 19, 2025]], 23:15
Local address: [[A:Apt 12B, Tower 2, Masteri Thao Dien, Thao Dien Ward, Thu Duc City]]
Diagnosis: Acute cholecystitis with gallstones (K80.0). Lap cholecystectomy planned [[D:Oct 22]].
Estimated cost: VND 165,000,000 (approx. USD 6,500). Expected LOS: 3 days.
Treating surgeon: Dr. [[N:Pham Quoc Viet]].
The patient's wife, [[N:Mette Andersen]], can be reached at [[P:+45 28 61 93 04]] or local [[P:0938 446 271]].
Kind regards,
[[N:Binh Nguyen]] | International Patient Services
---
From: [[N:Wong Mei Ling]] <[[E:claims.asia@pacificcross-assist.com]]>
GOP no. [[R:GOP-VN-25-10-8834]] issued for VND 165,000,000. Please send the final bill and discharge summary to this address after discharge. Our reference: [[R:PCX/CM/251021/117]].`,
  ],
  // 39
  [
    'report',
    `TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH QUẢNG NGÃI
BÁO CÁO NHANH ĐIỀU TRA VỤ NGỘ ĐỘC THỰC PHẨM
Thời gian: [[D:16/4/2025]]
1. Thông tin chung: Khoảng 17h ngày [[D:14/4]], 23 người ở [[A:tổ 6, phường Trương Quang Trọng, TP Quảng Ngãi]] có biểu hiện đau bụng, nôn, tiêu chảy sau khi ăn bánh mì mua tại xe bán dạo của ông [[N:Phan Văn Chín]] (52 tuổi, ngụ [[A:thôn Phú Mỹ, xã Tịnh Ấn Tây]]).
2. Danh sách người bệnh nhập viện (trích):
- [[N:Huỳnh Thị Lệ]], 45t, BVĐK tỉnh, mã BN [[R:QN25.061127]], nặng, truyền dịch.
- [[N:Võ Ngọc Bảo Trâm]], 7t, BV Sản Nhi tỉnh, mã BN [[R:SN25-14308]].
- [[N:Trương Công Định]], 60t, BVĐK tỉnh, mã BN [[R:QN25.061131]], tiền sử suy thận.
- [[N:Nguyễn Thị Sương]], 34t, điều trị ngoại trú tại Trạm Y tế [[A:phường Trương Quang Trọng]].
3. Mẫu: 6 mẫu bệnh phẩm (mã mẫu [[R:QNG-TP-0414-01]] đến [[R:QNG-TP-0414-06]]), 2 mẫu thức ăn thừa. Kết quả ngày [[D:15/4]]: phân lập Salmonella spp. ở 4/6 mẫu phân và trong pate.
4. Nguồn cung cấp pate: cơ sở của bà [[N:Lê Thị Hồng]], [[A:số 27 đường Lê Trung Đình, phường Nghĩa Chánh]], giấy chứng nhận ATTP số [[R:145/2023/ATTP-CNĐK]].
5. Kiến nghị: đề nghị UBND [[A:TP Quảng Ngãi]] tạm dừng hoạt động cơ sở.
Người báo cáo: [[N:Đoàn Minh Tâm]] - Khoa Kiểm soát bệnh truyền nhiễm, [[P:0914 063 588]]`,
  ],
  // 40
  [
    'discharge',
    `BỆNH VIỆN TÂM THẦN TỈNH ĐỒNG NAI
TÓM TẮT HỒ SƠ BỆNH ÁN (cấp cho người bệnh khi ra viện)
Họ tên: [[N:Phạm Quốc Nam]]     Sinh ngày: [[D:21/01/1994]]     Nam
Địa chỉ: [[A:45/12 khu phố 3, phường Tân Hòa, TP Biên Hòa]]
Nghề nghiệp: Thợ cơ khí      BHYT: [[BH:GD 4 75 75 200 81347]]
Số lưu trữ: [[R:TT-2025-1026]]     Mã người bệnh: [[R:75.2025.00418]]
Người giám hộ: mẹ - [[N:Đinh Thị Hoa]], SĐT [[P:0251 3892 716]] / [[P:0918 574 206]]
Vào viện: 10h ngày [[D:03/10/2025]] do Công an [[A:phường Tân Hòa]] và gia đình đưa đến vì kích động, đập phá đồ đạc, nói có người theo dõi mình.
Ra viện: [[D:24/10/2025]]
Chẩn đoán: Rối loạn loạn thần do sử dụng chất kích thích nhóm amphetamine (F15.5).
Quá trình điều trị: Olanzapin 10 mg tối, Diazepam 5 mg x 2 ngày đầu. Hết hoang tưởng từ ngày thứ 10. Test nước tiểu ngày [[D:3/10]]: methamphetamine dương tính; ngày [[D:20/10]]: âm tính.
Tình trạng ra viện: Tỉnh, tiếp xúc tốt, không còn hoang tưởng, có nhận thức về bệnh.
Hướng điều trị: Olanzapin 5 mg tối x 30 ngày. Tái khám [[D:24/11]] tại Phòng khám tâm thần, hoặc khám cai nghiện tại Trạm Y tế [[A:phường Tân Hòa]] theo hẹn với YS [[N:Lê Minh Trí]].
BS điều trị: [[N:Hồ Thị Diễm My]]      Trưởng khoa: [[N:Ngô Thanh Phong]]
Ngày [[D:24 tháng 10 năm 2025]]`,
  ],
];
