// Held-out set 19, documents 28–40 (see index.ts for the conventions): clinical texts — a night
// hand-over without accents, a nursing care plan, an operation note, a transfer letter, a death
// certificate request, a complaint letter, infection-control minutes, an e-mail thread with a
// supplier, Zalo groups and a one-to-one chat, a discharge paper with an insurer's mail.
// Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'handover',
    `GIAO BAN TRUC DEM - KHOA NOI TONG HOP - dem [[D:3/12]] rang sang [[D:4/12]]
nguoi giao: dd [[N:tuan]] / nguoi nhan: dd [[N:my dung]], dd [[N:khanh linh]]
bs truc: bs [[N:quoc anh]] (sdt [[P:0968 112 905]])
tong so bn: 46, vao moi 5, chuyen khoa 1, tu vong 0, tron vien 0
---
P401
g1 ong [[N:nguyen van tam]] 72t, viem phoi / COPD. dem sot 38.9 luc 23h, da cho paracetamol 1g tm. SpO2 91% oxy kinh 3l. sang lay mau cay dam
g3 ba [[N:le thi nguyet]] 68t, suy tim, da tiem furosemid 20mg luc 22h, tieu 1200ml/12h. can nang sang 56kg (hom qua 57.5)
g4 anh [[N:do van hung]] 40t, XHTH, phan den 1 lan luc 2h. Hb 8.1, bs [[N:quoc anh]] cho truyen 1 dv HCK (tui mau so [[R:HCK25-118264]]), truyen xong 4h10 k phan ung
P402
g2 ba [[N:tran thi huong]] 81t, dot quy cu, loet cung cut do 2, da thay bang, tro minh 2h/lan. con gai la co [[N:mai]] o lai truc
g5 ong [[N:pham duc thinh]] 59t, ĐTĐ, DH mao mach 22h: 14.2, 6h: 9.8
g6 bn moi vao 1h: ong [[N:vu van lam]] 66t, dau nguc trai, ECG ST chenh len DII DIII aVF -> da bao tim mach, chuyen CCU luc 2h30
P403 (phong cach ly)
g1 ba [[N:hoang thi thu]] 55t, lao phoi AFB (+), deo khau trang N95 khi vao phong. con trai [[N:long]] hoi khi nao ra vien -> bs se giai thich sang nay
g2 ong [[N:ly a sinh]] 47t, nguoi Mong o [[A:xa Ta Van, huyen Sa Pa]], k noi tieng kinh, vo la [[N:giang thi mai]] phien dich giup. da truyen xong khang sinh 21h
P404
g3 co [[N:nguyen thi thanh xuan]] 35t, ngo doc paracetamol (uong 20v luc 18h theo loi ke), dang truyen NAC tui 3, den 9h sang xong. da bao tam ly, me la ba [[N:ha]] ky cam ket
g4 ong [[N:trinh van bay]] [[AGE:90]]t, lu lan ve dem, rut kim luon 1 lan, da co dinh lai, nguoi nha: con trai [[N:tin]] sdt [[P:0942 603 177]]
---
viec can lam sang nay:
- 6h lay mau xn theo y lenh (11 bn)
- nhac bs [[N:hai]] ky phieu chuyen khoa ong [[N:lam]]
- bao phong ctxh ve ba [[N:thanh xuan]]
- bn g5 P402 kiem tra lai DH truoc an
- kiem tra tu thuoc cap cuu, binh oxy P401 con 30 bar
ky: [[N:tuan]] / [[N:dung]] / [[N:linh]] 6h45`,
  ],
  // 29
  [
    'nursing',
    `BỆNH VIỆN ĐA KHOA TỈNH LONG AN
KHOA NGOẠI TỔNG HỢP
KẾ HOẠCH CHĂM SÓC NGƯỜI BỆNH (Phiếu chăm sóc cấp II)
Họ tên người bệnh: [[N:TRƯƠNG THỊ NGỌC HÂN]]   Giới: Nữ   Năm sinh: 1961
Mã người bệnh: [[R:24.0183652]]   Số vào viện: [[R:VV-2411-5217]]
Địa chỉ: [[A:ấp Phước Thuận, xã Phước Lợi, huyện Cần Đước]], Long An
Thẻ BHYT: [[BH:HT 3 80 8014726395]]
Buồng 6 – Giường 14
Chẩn đoán: Hậu phẫu ngày 2 cắt túi mật nội soi / Sỏi túi mật (K80.2); Tăng huyết áp (I10)
Người nhà chăm sóc: [[N:Lê Văn Đạt]] (con trai) – ĐT [[P:0899 714 230]]
Ngày lập kế hoạch: [[D:19/11/2024]]   Điều dưỡng lập: [[N:Nguyễn Thị Bích Trâm]]
1. Nhận định
- Người bệnh tỉnh, tiếp xúc tốt, than đau vết mổ vùng rốn mức 5/10 (thang VAS).
- M 88 l/p, HA 150/90 mmHg, T 37,6°C, NT 20 l/p, SpO2 97%.
- Vết mổ 3 lỗ trocar khô, không thấm dịch. Dẫn lưu dưới gan ra 30ml dịch hồng.
- Chưa trung tiện, bụng chướng nhẹ. Đã uống được nước.
- Người bệnh lo lắng vì chồng là ông [[N:Lê Văn Tư]] cũng đang nằm viện ở Bệnh viện Chợ Rẫy.
2. Chẩn đoán điều dưỡng – mục tiêu – can thiệp
a) Đau vết mổ → giảm đau còn ≤ 3/10 trong 24 giờ: thực hiện paracetamol 1g truyền TM mỗi 8 giờ theo y lệnh BS [[N:Huỳnh Văn Lợi]]; hướng dẫn tư thế Fowler; đánh giá đau mỗi 4 giờ.
b) Nguy cơ nhiễm trùng vết mổ: thay băng ngày [[D:20 và 22/11]]; theo dõi dẫn lưu, dự kiến rút ngày [[D:21-11]].
c) Huyết áp cao: đo HA 2 lần/ngày, thực hiện amlodipin 5mg uống 8h.
d) Nguy cơ té ngã (thang Morse 45): giường thấp, có thanh chắn, hướng dẫn con trai [[N:Đạt]] đỡ khi đi vệ sinh.
e) Thiếu kiến thức: giáo dục chế độ ăn ít mỡ, tái khám sau 1 tuần tại phòng khám Ngoại.
3. Đánh giá
- [[D:20/11]] 14h: đau 3/10, đã trung tiện, ăn cháo. ĐD [[N:Trâm]].
- [[D:21/11]] 9h: rút dẫn lưu, vết mổ khô, HA 135/80. ĐD [[N:Phan Thị Kim Yến]].
Điều dưỡng trưởng khoa: [[N:Võ Thị Thu Hồng]]`,
  ],
  // 30
  [
    'operation-note',
    `SỞ Y TẾ TP HẢI PHÒNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN HỮU NGHỊ VIỆT TIỆP      Độc lập - Tự do - Hạnh phúc
MS: 15/BV-01
PHIẾU PHẪU THUẬT / THỦ THUẬT
Số lưu trữ: [[R:PT-2025-044719]]        Mã y tế: [[R:2025037715]]
Họ tên người bệnh: [[N:VŨ THỊ NHÀN]]     Tuổi: 82      Nam/Nữ: Nữ
Khoa: Chấn thương chỉnh hình 2        Buồng: 5      Giường: 19
Vào viện lúc: 16 giờ 20 phút, ngày [[D:19/11/2025]]
Phẫu thuật lúc: 8 giờ 40 phút, ngày [[D:21/11/2025]]     Kết thúc lúc: 10 giờ 05 phút
Chẩn đoán trước phẫu thuật: Gãy kín liên mấu chuyển xương đùi trái (S72.1), loại AO 31-A2
Chẩn đoán sau phẫu thuật: Như trên
Phương pháp phẫu thuật: Kết hợp xương bằng đinh nội tủy PFNA
Phương pháp vô cảm: Gây tê tủy sống (bupivacain 0,5% 7,5mg + fentanyl 25mcg)
Phẫu thuật viên chính: ThS.BS [[N:Đào Văn Long]]
Phụ mổ: BS [[N:Nguyễn Thanh Tùng]], BSNT [[N:Lê Hải Nam]]
Bác sĩ gây mê: BS.CKI [[N:Trịnh Thu Hương]]      KTV gây mê: [[N:Phạm Văn Công]]
Dụng cụ viên: ĐD [[N:Nguyễn Thị Thắm]]
TRÌNH TỰ PHẪU THUẬT
1. Bệnh nhân nằm ngửa trên bàn chỉnh hình, kéo nắn dưới màn tăng sáng, đạt diện gãy thẳng trục cả hai bình diện.
2. Sát khuẩn, trải toan. Rạch da 4cm trên đỉnh mấu chuyển lớn, xác định điểm vào đinh.
3. Đặt kim dẫn, khoan ống tủy, đóng đinh PFNA dài 200mm, đường kính 10mm, góc 130°.
4. Bắt lưỡi xoắn cổ chỏm dài 95mm, kiểm tra dưới màn tăng sáng TAD = 18mm. Bắt vít chốt ngoại vi.
5. Cầm máu, bơm rửa, đóng vết mổ 2 lớp. Không đặt dẫn lưu.
Lượng máu mất ước tính: 250ml. Truyền 1 đơn vị hồng cầu khối nhóm O+ (túi số [[R:HCK 251120-0833]]).
Diễn biến trong mổ: HA ổn định 110–130/60–70 mmHg, không có biến chứng.
Y lệnh sau mổ: theo dõi mạch, HA mỗi giờ trong 6 giờ; kháng sinh cefazolin 1g TM trước mổ 30 phút và sau mổ 8 giờ; enoxaparin 40mg TDD từ 12 giờ sau mổ; cho ngồi dậy ngày 1, tập đi với khung ngày 2–3.
Thông báo người nhà: đã giải thích kết quả cho con trai là ông [[N:Trần Văn Thơ]] lúc 10 giờ 20.
Ngày [[D:21 tháng 11 năm 2025]]
Phẫu thuật viên (ký, ghi rõ họ tên): [[N:Đào Văn Long]]`,
  ],
  // 31
  [
    'letter',
    `SỞ Y TẾ NGHỆ AN
TRUNG TÂM Y TẾ [[A:HUYỆN NGHI LỘC]]                 Số: [[R:412/GCT]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Nghệ An
Trung tâm Y tế [[A:huyện Nghi Lộc]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:Phan Văn Cường]]     Nam/Nữ: Nam     Năm sinh: 1987
- Địa chỉ: [[A:xóm 5, xã Nghi Thịnh, huyện Nghi Lộc]], tỉnh Nghệ An
- Dân tộc: Kinh      Nghề nghiệp: Thợ xây
- Số thẻ BHYT: [[BH:GD4404021987611]]   Hạn sử dụng: [[D:31/12/2025]]
- Số CCCD: [[ID:040087 011 392]]
Đã được khám bệnh, điều trị:
+ Tại: Khoa Cấp cứu – Hồi sức, Trung tâm Y tế [[A:huyện Nghi Lộc]]
+ Từ ngày: [[D:10/11/2025]] đến ngày: [[D:10/11/2025]]
TÓM TẮT BỆNH ÁN
Dấu hiệu lâm sàng: Bệnh nhân vào viện lúc 15 giờ 10 phút ngày [[D:10/11/2025]] vì nhìn mờ, đau đầu, nôn sau uống rượu tại tiệc cưới tối [[D:09/11/2025]] (khoảng 400ml theo người nhà kể). Tỉnh, Glasgow 14 điểm, đồng tử hai bên giãn 5mm, phản xạ ánh sáng yếu. Thở nhanh 28 lần/phút. M 110 l/p, HA 140/90 mmHg.
Kết quả xét nghiệm: khí máu pH 7,12; HCO3- 8 mmol/l; khoảng trống anion 28. Ethanol máu âm tính.
Chẩn đoán: Ngộ độc methanol (T51.1) / Toan chuyển hóa nặng.
Phương pháp, thủ thuật, thuốc đã sử dụng: truyền natri bicarbonat 1,4% 500ml; ethanol 20% qua sonde dạ dày 150ml; acid folic 50mg TM.
Tình trạng người bệnh lúc chuyển tuyến: tỉnh, còn nhìn mờ, thở 24 l/p.
Lý do chuyển tuyến: Đủ điều kiện chuyển tuyến theo yêu cầu chuyên môn (lọc máu cấp cứu).
Hướng điều trị: Lọc máu, tiếp tục thuốc giải độc.
Chuyển tuyến hồi: 16 giờ 30 phút, ngày [[D:10 tháng 11 năm 2025]]
Phương tiện vận chuyển: xe cứu thương biển số [[VP:37B-005.27]]
Họ tên, chức danh, trình độ chuyên môn của người hộ tống: ĐD [[N:Nguyễn Thị Hoài Thu]]; lái xe [[N:Hồ Sỹ Toàn]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ                     GIÁM ĐỐC
BS [[N:Nguyễn Đình Phúc]]                          (đã ký, đóng dấu)
                                             BSCKII [[N:Trần Hữu Nghị]]`,
  ],
  // 32
  [
    'letter',
    `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Đông, ngày [[D:17 tháng 6 năm 2025]]
ĐƠN ĐỀ NGHỊ CẤP LẠI GIẤY BÁO TỬ
Kính gửi: Ban Giám đốc Bệnh viện Đa khoa Hà Đông
Phòng Kế hoạch tổng hợp
Tôi tên là: [[N:Nghiêm Thị Thu Hà]]          Sinh năm: 1976
Số CCCD: [[ID:001176 009 845]], cấp ngày [[D:12/8/2021]] tại Cục Cảnh sát QLHC về TTXH
Địa chỉ thường trú: [[A:số 14 ngõ 72 phố Kiến Hưng, phường Kiến Hưng, quận Hà Đông]], Hà Nội
Điện thoại: [[P:0976 330 514]]
Quan hệ với người đã mất: con gái
Tôi làm đơn này đề nghị Bệnh viện cấp lại Giấy báo tử cho bố tôi là ông [[N:Nghiêm Xuân Hòa]], sinh năm 1947, mất lúc 3 giờ 15 phút ngày [[D:14/6/2025]] tại khoa Hồi sức tích cực của Bệnh viện, mã bệnh án [[R:25.0412887]].
Lý do: Ngày [[D:15/6]], bản Giấy báo tử số [[R:0527/GBT]] Bệnh viện cấp đã bị thất lạc trên đường đưa bố tôi về quê an táng tại [[A:thôn Vĩnh Thịnh, xã Thanh Mai, huyện Thanh Oai]]. Gia đình cần giấy này để làm thủ tục khai tử tại UBND [[A:phường Kiến Hưng]] và hưởng trợ cấp mai táng.
Kèm theo đơn gồm:
- Bản sao CCCD của tôi;
- Giấy xác nhận mất giấy tờ của Công an [[A:phường Kiến Hưng]] số [[R:86/XN-CAP]] ngày [[D:16/6/2025]];
- Bản sao Thẻ BHYT của bố tôi số [[BH:HT2010120037448]].
Nếu cần xác minh, xin liên hệ em trai tôi là anh [[N:Nghiêm Văn Quân]], điện thoại [[P:0913.215.608]].
Tôi xin cam đoan những lời khai trên là đúng sự thật.
Xác nhận của khoa điều trị:                          Người làm đơn
Khoa HSTC xác nhận bệnh nhân tử vong tại khoa.       (ký, ghi rõ họ tên)
Trưởng khoa: TS.BS [[N:Đỗ Ngọc Thạch]]                [[N:Nghiêm Thị Thu Hà]]`,
  ],
  // 33
  [
    'letter',
    `Kính gửi: Ban Giám đốc Bệnh viện Đa khoa Trung ương Cần Thơ
Đồng kính gửi: Sở Y tế TP Cần Thơ
ĐƠN PHẢN ÁNH
Tôi tên [[N:Trần Minh Triết]], sinh năm 1982, ngụ [[A:số 35/12 đường Nguyễn Văn Cừ, phường An Hòa, quận Ninh Kiều]], TP Cần Thơ, điện thoại [[P:0932 847 106]], email [[E:minhtriet.tran82@yahoo.com]].
Tôi là con trai của bà [[N:Lê Thị Sáu]] (sinh năm 1950), người bệnh đang điều trị tại khoa Nội Thận – Lọc máu, mã người bệnh [[R:NB2503118472]].
Tôi viết đơn này để phản ánh một số việc xảy ra với mẹ tôi trong đêm [[D:23/3/2025]]:
1. Khoảng 22 giờ, mẹ tôi kêu khó thở, tôi bấm chuông gọi 3 lần nhưng 25 phút sau mới có điều dưỡng đến. Điều dưỡng trực (bảng tên ghi [[N:Hồng Nhung]]) nói "ca này có một mình em, anh thông cảm".
2. Bác sĩ trực đến lúc 22 giờ 50, nói mẹ tôi bị phù phổi, phải chạy thận cấp cứu. Tuy nhiên phải đến 1 giờ sáng ngày [[D:24/3]] mẹ tôi mới được đưa xuống phòng lọc máu vì "chưa có máy".
3. Sáng [[D:24/3]], khi tôi hỏi về tình trạng của mẹ, một bác sĩ nam (tôi nghe các điều dưỡng gọi là "anh [[N:Khang]]") trả lời cộc lốc và bảo tôi "hỏi gì hỏi hoài".
Tôi hiểu các y bác sĩ làm việc rất vất vả, em gái tôi là [[N:Trần Thị Mỹ Phượng]] cũng là điều dưỡng nên tôi biết. Nhưng mẹ tôi đã 75 tuổi, lọc máu 6 năm nay, mỗi lần nhập viện gia đình đều rất lo.
Tôi đề nghị Ban Giám đốc:
- Xem xét lại việc bố trí nhân lực trực đêm của khoa;
- Có phản hồi về thời gian chờ lọc máu cấp cứu;
- Nhắc nhở thái độ giao tiếp của nhân viên.
Tôi xin cảm ơn bác sĩ [[N:Nguyễn Thị Kim Chi]] (trưởng khoa) đã gọi điện hỏi thăm gia đình sáng [[D:25/3]].
Cần Thơ, ngày [[D:26 tháng 3 năm 2025]]
Người viết đơn
[[N:Trần Minh Triết]]
---
Bút phê của Phòng Quản lý chất lượng: Chuyển khoa Nội Thận – Lọc máu báo cáo giải trình trước [[D:2/4/2025]]; mời ông [[N:Triết]] làm việc lúc 9h ngày [[D:3/4]]. Phiếu tiếp nhận phản ánh số [[R:PA-25/037]]. Người nhận: [[N:Huỳnh Ngọc Trinh]].`,
  ],
  // 34
  [
    'minutes',
    `BỆNH VIỆN PHỤ SẢN HÀ NỘI
HỘI ĐỒNG KIỂM SOÁT NHIỄM KHUẨN
BIÊN BẢN HỌP
(Phiên họp đột xuất về chùm ca nhiễm khuẩn huyết tại Đơn nguyên Hồi sức sơ sinh)
Thời gian: 14 giờ 00, ngày [[D:05/6/2025]]
Địa điểm: Phòng họp giao ban tầng 3, nhà A
Chủ trì: PGS.TS [[N:Lê Thị Hoàng Yến]], Phó Giám đốc, Chủ tịch Hội đồng
Thư ký: CN [[N:Đinh Thị Phương]], khoa Kiểm soát nhiễm khuẩn
Thành phần: ThS.BS [[N:Đặng Thị Hồng Thiện]] (Trưởng khoa Sơ sinh), BS [[N:Trần Quang Vinh]] (Trưởng khoa Vi sinh), DS [[N:Cao Thị Lý]] (khoa Dược), CN [[N:Phạm Thu Hà]] (ĐD trưởng đơn nguyên), ThS [[N:Nguyễn Đức Mạnh]] (Trưởng khoa KSNK). Vắng: BS [[N:Hà Văn Quý]] (đi công tác).
I. NỘI DUNG
1. Khoa KSNK báo cáo: từ [[D:22/5 đến 3/6]] ghi nhận 4 trẻ sinh non tại đơn nguyên có cấy máu dương tính Klebsiella pneumoniae sinh ESBL, cùng kiểu kháng sinh đồ:
- Trẻ 1: con sản phụ [[N:Nguyễn Thị Bích Ngọc]], mã [[R:SS25.00873]], lồng ấp 07, cấy ngày [[D:22/5]];
- Trẻ 2: con sản phụ [[N:Vương Thị Hảo]], mã [[R:SS25.00911]], lồng ấp 09, cấy ngày [[D:27/5]];
- Trẻ 3: con sản phụ [[N:Bùi Thanh Loan]], mã [[R:SS25.00926]], lồng ấp 10, cấy ngày [[D:1/6]];
- Trẻ 4: con sản phụ [[N:Sùng Thị Dợ]] (dân tộc Mông, chuyển từ Hà Giang), mã [[R:SS25.00940]], lồng ấp 12, cấy ngày [[D:3/6]].
Trẻ 3 tử vong ngày [[D:2/6]], đã hội chẩn kiểm điểm tử vong.
2. Kết quả giám sát môi trường ngày [[D:4/6]]: 2/18 mẫu dương tính (bồn rửa tay phòng pha sữa, tay nắm lồng ấp 10). Tuân thủ vệ sinh tay tại đơn nguyên tháng 5: 71%.
3. Ý kiến thảo luận:
- BS [[N:Thiện]]: đơn nguyên quá tải (38 trẻ/30 lồng ấp), điều dưỡng 1 người chăm 6–7 trẻ vào ban đêm.
- BS [[N:Vinh]]: đề nghị gửi 4 chủng đi giải trình tự gen tại Viện Vệ sinh Dịch tễ Trung ương để xác định cùng nguồn.
- DS [[N:Lý]]: đề xuất hạn chế carbapenem kinh nghiệm, dùng theo kháng sinh đồ.
II. KẾT LUẬN (Chủ tịch Hội đồng)
1. Xác định đây là chùm ca nhiễm khuẩn bệnh viện; báo cáo Sở Y tế trong ngày.
2. Tạm dừng nhận trẻ mới vào khu B của đơn nguyên từ [[D:6/6 đến 12/6]]; tổng vệ sinh, thay bồn rửa.
3. Khoa KSNK giám sát vệ sinh tay hằng ngày, báo cáo mỗi thứ Hai. Giao ThS [[N:Mạnh]] đầu mối.
Biên bản kết thúc lúc 16 giờ 10 cùng ngày.
THƯ KÝ                                   CHỦ TỊCH HỘI ĐỒNG
[[N:Đinh Thị Phương]]                        [[N:Lê Thị Hoàng Yến]]`,
  ],
  // 35
  [
    'email',
    `From: Khoa Dược - BV Đa khoa tỉnh Bình Định <[[E:khoaduoc@bvdkbinhdinh.vn]]>
To: Pharmacovigilance Vietnam <[[E:pv.vietnam@medipharma-asia.com]]>
Cc: [[N:Lê Thị Diễm Hằng]] <[[E:hang.ltd@bvdkbinhdinh.vn]]>; [[N:Phạm Ngọc Tuấn]] <[[E:tuan.pham@medipharma-asia.com]]>
Date: Mon, [[D:14 Apr 2025]] 09:12
Subject: RE: [ADR] Báo cáo phản ứng phản vệ - ceftriaxon 1g lô CT2410A - BN [[N:N.V.K]]

Kính gửi Quý Công ty,
Bổ sung thông tin theo đề nghị của anh [[N:Tuấn]]:
- Người bệnh: [[N:Nguyễn Văn Kha]], nam, 58 tuổi, mã hồ sơ [[R:BD25-0032915]].
- Ngày xảy ra phản ứng: [[D:09/4/2025]], 10 phút sau tiêm tĩnh mạch chậm ceftriaxon 1g (lô CT2410A, HSD [[D:10/2026]]).
- Biểu hiện: mẩn đỏ toàn thân, khó thở, HA tụt 70/40 mmHg. Xử trí adrenalin 0,5mg tiêm bắp theo phác đồ phản vệ, người bệnh hồi phục sau 2 giờ.
- Mã báo cáo ADR gửi Trung tâm DI & ADR khu vực: [[R:ADR-BĐ-2025-0148]].
Khoa đã niêm phong 46 lọ còn lại cùng lô. Mẫu lưu do DS [[N:Đoàn Thị Thùy]] quản lý.
Trân trọng,
DS.CKI [[N:Lê Thị Diễm Hằng]] – Tổ Dược lâm sàng – ĐT [[P:0935 208 417]]

-----Original Message-----
From: [[N:Phạm Ngọc Tuấn]] <[[E:tuan.pham@medipharma-asia.com]]>
Sent: Friday, [[D:April 11, 2025]] 4:47 PM
To: [[E:khoaduoc@bvdkbinhdinh.vn]]
Subject: RE: [ADR] Báo cáo phản ứng phản vệ - ceftriaxon 1g lô CT2410A - BN [[N:N.V.K]]

Dear Ms. [[N:Hang]],
Thank you for the report. Our Safety team (Singapore) has opened case no. [[R:MPA-VN-25-00217]]. Could you please provide the patient's initials, age, the date of onset and outcome, and whether other patients received the same batch?
Our medical representative in Quy Nhơn, Mr. [[N:Võ Minh Thông]] ([[P:+84 905 118 462]]), will visit the pharmacy next week to collect the retained samples.
Best regards,
[[N:Pham Ngoc Tuan]]
Pharmacovigilance Officer | MediPharma Asia (Vietnam)

-----Original Message-----
From: Khoa Dược - BV Đa khoa tỉnh Bình Định
Sent: [[D:10/04/2025]] 15:20
Subject: [ADR] Báo cáo phản ứng phản vệ - ceftriaxon 1g lô CT2410A - BN [[N:N.V.K]]
Kính gửi Quý Công ty,
Bệnh viện thông báo một trường hợp phản vệ độ II sau tiêm ceftriaxon 1g do Quý Công ty cung ứng, xảy ra tại khoa Nội tim mạch ngày [[D:09/4]]. Bác sĩ điều trị: BS [[N:Trương Quang Vinh]]. Khoa Dược tạm ngừng cấp phát lô này.
Trân trọng.`,
  ],
  // 36
  [
    'chat',
    `Zalo – ĐIỀU DƯỠNG TRƯỞNG BV ĐA KHOA HÀ ĐÔNG (31 thành viên)
Bạn: Các chị em ơi, nắng nóng cấp cứu quá tải, phòng ĐD đề nghị mỗi khoa hỗ trợ 1 ĐD cho cấp cứu ca chiều + đêm từ hôm nay đến hết [[D:9/6]]
[[N:Hằng]] Nội tim mạch: tim mạch cử e [[N:Đức Anh]] nha c
[[N:Kiều Oanh]] Ngoại: Ngoại TH cử [[N:Thùy]], nhưng mai e ấy trực đêm khoa, cho đi chiều thôi được ko c
Bạn: ok được e
[[N:Thu Hương]] - Nhi: Nhi đang 1 giường 2 cháu c ạ, xin cho Nhi không cử 🙏
Bạn: ok Nhi miễn
[Tin nhắn được chuyển tiếp]
> Từ: [[N:Đỗ Ngọc Thạch]] (Cấp cứu)
> "Đêm qua cấp cứu 212 lượt, 3 bn nằm cáng ngoài hành lang đến 2h sáng. Xin hỗ trợ thêm 2 ĐD và 1 hộ lý. Trân trọng."
Bạn: Mọi người xem tin của a [[N:Thạch]] nhé
[[N:Mai Lan]] HSTC: HSTC hết giường rồi c, ông [[N:Hòa]] (đột quỵ) chuyển lên đêm qua đang nằm tạm giường 13A
[[N:Tạ Thị Ngân]]: Nội thần kinh nhận được 2 bn ạ
[[N:Phương Thảo]] TNT: Thận nhân tạo có bn say nắng [[N:Tạ Văn Lực]] cần lọc máu CRRT, đã nhận từ 15h
Bạn: cảm ơn [[N:Thảo]] ❤️
[[N:Hằng]] Nội tim mạch: ↪ "Tim mạch cử e [[N:Đức Anh]] nha c" — e [[N:Đức Anh]] xin đổi sang ngày mai vì hôm nay có con nhỏ ốm ạ, e cử [[N:Bích]] thay
Bạn: ok
Bạn: Khoa nào còn quạt đứng dư thì cho cấp cứu mượn nhé
[[N:Lê Văn Phúc]] (Hành chính): Phòng HC đã lắp thêm 6 quạt công nghiệp ở hành lang cấp cứu, bình nước miễn phí đặt ở sảnh A
Bạn: Nhắc các khoa: người bệnh cao tuổi, trẻ nhỏ theo dõi nhiệt độ 4h/lần; phòng bệnh quá 32 độ báo HC
[[N:Mai Lan]] HSTC: c ơi có người nhà bn giường 13A (anh [[N:Nghiêm Văn Quân]]) xin gặp lãnh đạo vì muốn chuyển bố sang BV Bạch Mai
Bạn: e báo BS trưởng khoa HSTC trao đổi với gia đình trước, nếu cần c xuống
[[N:Tạ Thị Ngân]]: Danh sách ĐD hỗ trợ cấp cứu chiều nay: [[N:Thùy]] (Ngoại), [[N:Bích]] (Tim mạch), [[N:Quyên]] (Nội TK), [[N:Hoa]] (Tiêu hóa)
Bạn: Chuẩn 👌. Các e có mặt tại cấp cứu lúc 13h30, báo ĐD trưởng cấp cứu là c [[N:Loan]]
[[N:Lương Thị Loan]]: Cấp cứu đã nhận, cảm ơn các khoa 🙏
Bạn: Nhắc các khoa báo cáo số ca say nắng, đột quỵ nhiệt về phòng KHTH trước 8h sáng hằng ngày
[[N:Phương Thảo]] TNT: Bn [[N:Lực]] đã tỉnh, CK giảm còn 18.000
Bạn: Tối nay c trực lãnh đạo, có gì gọi c [[P:0912 476 303]]
Bạn: Các khoa báo số giường trống trước 16h giúp c
Bạn: 📷 [Hình ảnh] bảng phân công hỗ trợ cấp cứu`,
  ],
  // 37
  [
    'chat',
    `Messenger – "CẤP CỨU BVĐK LONG AN - giao ca"
Bạn
Giao ca sáng [[D:9/1]]. Tổng 27 bn, 3 bn nặng:
1. Bà [[N:Huỳnh Thị Mười]] [[AGE:91]]t, viêm phổi, sa sút trí tuệ. Bà đã đi lạc khỏi viện từ chiều qua, gia đình + bảo vệ đang tìm. Đã báo Công an [[A:phường 4, TP Tân An]]
2. Anh [[N:Nguyễn Hoàng Khải]] 28t, TNGT, CTSN, chờ chụp CT lần 2
3. Ông [[N:Võ Văn Chín]] 70t, NMCT, chờ chuyển Chợ Rẫy can thiệp
[[N:Nguyễn Thị Tuyết]]
dạ e nhận ca a
[[N:Lê Minh Trí]]
Ông [[N:Chín]] đã có xe chuyển lúc 7h15, ĐD [[N:Hạnh]] đi kèm. Giấy chuyển viện số [[R:0092/CV-CC]]
Bạn
ok
[[N:Phan Thị Hạnh]]
e đi rồi nha, 2 tiếng e về
[[N:Nguyễn Thị Tuyết]]
a [[N:Hùng]] ơi CT anh [[N:Khải]] có máu tụ ngoài màng cứng thái dương P 15mm, đã mời ngoại thần kinh
[[N:Đặng Quốc Việt]]
Ngoại TK xuống. Mổ cấp cứu. Người nhà là vợ c [[N:Thị Mai]] đang ký giấy
[[N:Nguyễn Thị Tuyết]]
e chuẩn bị bn
Bạn
Cảm ơn e [[N:Tuyết]]
Bảo vệ - [[N:Trần Văn Nhơn]]
Báo cáo: camera cổng số 2 ghi nhận bà cụ đi ra lúc 14h07 chiều qua, hướng Quốc lộ 1. Đã gửi hình cho anh [[N:Phong]] cháu bà
Bạn
Phòng CTXH đã đăng thông tin trên trang BV. Người nhà liên hệ số [[P:0907 522 184]]
[[N:Phan Thị Hạnh]]
Chuyển ông [[N:Chín]] đến Chợ Rẫy an toàn lúc 9h05, bàn giao BS [[N:Lâm]] khoa Tim mạch can thiệp
[[N:Nguyễn Thị Tuyết]]
Anh [[N:Khải]] lên mổ 8h40, BS [[N:Việt]] mổ chính
[[N:Đặng Quốc Việt]]
Mổ xong, lấy máu tụ, bn về HSTC
…
Bạn
20h: Gia đình báo đã tìm thấy bà [[N:Mười]] ở quán nước [[A:phường 6]]. Bà được đưa về lại khoa Nội lúc 20h45, khám không có chấn thương
[[N:Lê Minh Trí]]
Mừng quá 🙏
Bạn
Ngày mai họp rút kinh nghiệm lúc 7h30, mời ĐD trưởng [[N:Kim Ngân]] và bảo vệ ca chiều tham dự`,
  ],
  // 38
  [
    'chat',
    `Zalo – trò chuyện với "BS [[N:Thanh]] Nội tiết"
[[D:08/02]] 19:40
[[N:Hạnh Nguyễn]]: Dạ chào bác sĩ, em là con gái bà [[N:Nguyễn Thị Nguyệt]] bác khám hôm thứ 3 ở phòng 12 ạ
Mẹ em [[AGE:93]] tuổi á bác, đường huyết sáng nay đo ở nhà 16,8
Bạn: Chào em. Bà đang dùng thuốc gì?
[[N:Hạnh Nguyễn]]: 📷 [Hình ảnh toa thuốc]
Dạ metformin 500 sáng 1 chiều 1, gliclazid 30 sáng 1 viên
Bạn: Tối qua bà ăn gì, có ăn bánh tét mứt không
[[N:Hạnh Nguyễn]]: dạ có ăn bánh tét, mứt gừng, tại mới Tết 😅
Bạn: ừ. Em cho bà uống thuốc đủ, hạn chế mứt, đo lại sáng mai lúc đói giúp anh
[[N:Hạnh Nguyễn]]: Dạ. Còn huyết áp 150/85 có sao ko bác
Bạn: [[AGE:93]] tuổi thì như vậy chấp nhận được, không cần tăng thuốc
[[D:09/02]] 06:55
[[N:Hạnh Nguyễn]]: dạ sáng nay 11,2 bác ơi
Bạn: ok tốt hơn rồi
[[N:Hạnh Nguyễn]]: Bác ơi mẹ em nói tê bì 2 bàn chân, ban đêm nóng rát
Bạn: Bệnh thần kinh ngoại biên do đái tháo đường. Thứ 3 tuần sau em đưa bà lên, anh khám và kê thêm thuốc
[[N:Hạnh Nguyễn]]: dạ thứ 3 là [[D:11/2]] hả bác
Bạn: đúng rồi, 8h. Nhớ mang sổ và thẻ BHYT
[[N:Hạnh Nguyễn]]: dạ thẻ của mẹ em là [[BH:CK2797920316554]] đúng ko bác, em sợ hết hạn
Bạn: em mang thẻ lên quầy kiểm tra giúp nha, anh không xem được
[[N:Hạnh Nguyễn]]: dạ em cảm ơn bác sĩ nhiều 🙏🙏
[[D:11/02]] 10:20
[[N:Hạnh Nguyễn]]: Bác ơi hôm nay em đưa mẹ lên mà phòng 12 là bs [[N:Hưng]] khám, bác nghỉ hả
Bạn: Anh đi hội thảo, BS [[N:Hưng]] khám thay. Em cứ khám, anh dặn BS [[N:Hưng]] rồi
[[N:Hạnh Nguyễn]]: dạ 👍
Bs [[N:Hưng]] kê thêm pregabalin 75mg tối 1 viên, mẹ em uống có bị buồn ngủ ko bác
Bạn: Có thể hơi buồn ngủ, chóng mặt. Bà lớn tuổi em để ý đi lại, tránh té
[[N:Hạnh Nguyễn]]: Dạ. À số điện thoại em là [[P:0905 447 819]], em tên [[N:Hạnh]], khi nào có kết quả HbA1c bác nhắn em nha
Bạn: ok em
[[D:12/02]] 14:03
Bạn: HbA1c của bà 8,1%. Tạm thời giữ thuốc, 1 tháng tái khám
[[N:Hạnh Nguyễn]]: Dạ em cảm ơn bác [[N:Thanh]] ạ ❤️`,
  ],
  // 39
  [
    'letter',
    `BỆNH VIỆN ĐA KHOA QUỐC TẾ VINMEC ĐÀ NẴNG – PHÒNG KHÁCH HÀNG QUỐC TẾ
GIẤY RA VIỆN / DISCHARGE CERTIFICATE
Số lưu trữ / File No.: [[R:DN-IP-25-08841]]
Họ tên người bệnh / Patient: [[N:LEE HYUN-WOO]] ([[N:이현우]])     Tuổi / Age: 37     Giới: Nam
Quốc tịch / Nationality: Hàn Quốc     Hộ chiếu / Passport: [[PP:M52817436]]
Nơi lưu trú tại Việt Nam: khách sạn Hòa Bình, [[A:đường Võ Nguyên Giáp, phường Phước Mỹ, quận Sơn Trà]]
Vào viện / Admission: [[D:02/8/2025]]     Ra viện / Discharge: [[D:06/8/2025]]
Chẩn đoán / Diagnosis: Viêm ruột thừa cấp, đã phẫu thuật nội soi cắt ruột thừa (K35.8)
Phương pháp điều trị / Treatment: Laparoscopic appendectomy on [[D:02 Aug 2025]]; IV ceftriaxone + metronidazole.
Lời dặn / Advice: Tái khám sau 7 ngày hoặc tại Hàn Quốc; không mang vác nặng 4 tuần.
Bác sĩ điều trị / Attending: BS [[N:Nguyễn Văn Trọng]]
Người nhà / Contact: vợ – [[N:Choi Min-ji]], ĐT [[P:+82 10-4417-2093]]
Ngày [[D:06 tháng 8 năm 2025]]       Giám đốc chuyên môn: BS.CKII [[N:Trần Đình Nghĩa]]
---------------------------------------------------------
From: Claims Asia <[[E:claims.asia@hanwha-travelcare.kr]]>
To: Vinmec Danang International Desk
Date: [[D:7 Aug 2025]]
Subject: GOP [[R:HTC-2508-31167]] – [[N:LEE HYUN WOO]] – final bill
Dear Ms. [[N:Thao]],
We confirm receipt of the discharge certificate and the final invoice no. [[R:VMDN-INV-0825-1172]]. The guarantee of payment [[R:HTC-2508-31167]] covers the hospital stay from [[D:2 to 6 August 2025]]; the patient's copay of USD 100 will be settled by Mr. [[N:Lee]] directly.
Please also send us the operation report signed by Dr. [[N:Trong]].
Kind regards,
[[N:Kang Eun-bi]] | Claims Handler`,
  ],
  // 40
  [
    'chat',
    `Nhóm Zalo: TYT [[A:xã Tri Lễ]] - tiêm vét sởi 💉
(Quế Phong, Nghệ An)
Bạn: Anh em chú ý, theo kế hoạch của TTYT huyện, trạm tiêm vét vắc xin sởi – rubella cho trẻ 1–5 tuổi chưa tiêm đủ từ [[D:15 - 17/4]]
Bạn: [[A:Bản Huồi Mới]] và [[A:bản Mường Phú]] đi xa, ưu tiên tiêm lưu động ngày [[D:16/4]]
[[N:Vi Thị Hoa]]: dạ em đã in danh sách 64 cháu, trong đó [[A:bản Huồi Mới]] 21 cháu
YTTB Huồi Mới: [[A:Bản Huồi Mới]] có 3 cháu đang sốt phát ban: cháu [[N:Vừ Bá Lầu]] 3t, con anh [[N:Vừ Bá Chống]]; cháu [[N:Mùa Thị Dua]] 2t; cháu [[N:Vừ Thị Sùng]] 4t
Bạn: ba cháu này báo ngay TTYT huyện, lấy mẫu xét nghiệm, ko tiêm, cách ly tại nhà
[[N:Vi Thị Hoa]]: dạ em gọi chị [[N:Hà]] bên CDC huyện rồi, sđt chị [[P:0974 611 258]]
YTTB Huồi Mới: Nhà anh [[N:Chống]] ở trên nương, mai em với cán bộ biên phòng lên
Bạn: nhớ mang khẩu trang, mang theo phiếu điều tra
[[N:Quang Thị Dung]]: [[A:Bản Mường Phú]] có cháu [[N:Lang Văn Khoa]] 18 tháng, mẹ là chị [[N:Lang Thị Nhung]] ko đồng ý tiêm vì sợ cháu sốt
Bạn: e nhờ trưởng bản là ông [[N:Lang Văn Mun]] vận động giúp
[[N:Quang Thị Dung]]: dạ
YTTB Huồi Mới: 📷 [Hình ảnh] cháu [[N:Lầu]] nổi ban sau tai, sau gáy, mắt đỏ
[[N:Vi Thị Hoa]]: điển hình sởi rồi anh ơi
Bạn: đã báo TTYT, BS [[N:Lê Đình Nam]] mai lên trạm lấy mẫu
[[N:Vi Thị Hoa]]: Tổng kết ngày [[D:15/4]]: tiêm tại trạm 27 cháu, 0 phản ứng
Bạn: 👍
[[N:Quang Thị Dung]]: Ngày [[D:16/4]]: Mường Phú tiêm 14 cháu, cháu [[N:Khoa]] đã tiêm, mẹ cháu đồng ý sau khi ông [[N:Mun]] nói chuyện 😊
YTTB Huồi Mới: Huồi Mới tiêm 17 cháu, 3 cháu sốt phát ban ko tiêm, thêm 1 cháu mới sốt: [[N:Mùa A Sử]] 3t
Bạn: Kết quả xét nghiệm của cháu [[N:Lầu]] (mã mẫu [[R:QP-SR-0417-03]]) dương tính sởi IgM. Chuyển cháu [[N:Sử]] ra trạm khám
[[N:Vi Thị Hoa]]: e chuẩn bị vitamin A cho các cháu mắc sởi
YTTB Huồi Mới: bố cháu [[N:Sử]] là anh [[N:Mùa A Chư]] ko có xe, e chở cháu ra trạm nha
Bạn: ok e. Nhớ đeo khẩu trang cho cháu
Bạn: Nhắc anh em: trẻ nghi sởi đến trạm thì cho ngồi khu cách ly riêng, không ngồi chung phòng tiêm
[[N:Quang Thị Dung]]: Ngày [[D:17/4]] tiêm nốt 6 cháu còn lại, tổng tỷ lệ đạt 95%
Bạn: Cảm ơn anh em. Báo cáo gửi TTYT trước 17h
[[N:Vi Thị Hoa]]: dạ em tổng hợp xong gửi anh lúc 16h
YTTB Huồi Mới: cháu [[N:Lầu]] hôm nay hết sốt, ăn được cháo rồi anh
Bạn: tốt. Tiếp tục theo dõi các cháu tiếp xúc đủ 21 ngày`,
  ],
];
