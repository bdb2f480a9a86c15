// Held-out set 43, documents 1–13 (see index.ts for the conventions): clinical texts as they
// circulate in Vietnamese hospitals — ward and consultation chats, a family group, a hotline
// inbox, a referral letter, a discharge paper, a neonatal hand-over book, a lab sheet, minutes
// and an incident report. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat-ward',
    `Nhóm Zalo "CẤP CỨU - BVĐK TRUNG ƯƠNG QUẢNG NAM (nội bộ)" — Thứ Bảy, [[D:13/9/2025]]
[06:52] ĐD [[N:Trần Thị Kiều Oanh]]: Bàn giao sáng nha mọi người. Đêm qua nhận 17 ca, chuyển khoa 11, chuyển viện 1 (ra BV Đà Nẵng), còn lưu 5.
[06:55] ĐD [[N:Kiều Oanh]]: Giường 3: BN vô danh nam khoảng 35t, TNGT lúc 1h40 trên QL1A đoạn qua [[A:xã Tam Xuân 1, huyện Núi Thành]], xe máy biển số [[VP:92H1-307.58]]. Glasgow 12đ, CT sọ dập não nhẹ thái dương (P). Mã tạm [[R:CC-250913-0041]]
[06:58] BS [[N:Phan Văn Lực]] - Cấp cứu: CSGT [[A:huyện Núi Thành]] đã tra biển số, xe đứng tên [[N:Huỳnh Tấn Phát]], [[A:thôn Trà Đõa, xã Tam Xuân 2]]. Anh [[N:Quý]] bên CSGT sđt [[P:0935 218 447]] đang liên hệ gia đình.
[07:03] Anh [[N:Quý]] CSGT: đã liên lạc được vợ BN, chị [[N:Lê Thị Mỹ Dung]] [[P:0905.662.913]]. BN tên [[N:Huỳnh Tấn Lộc]] sinh 1989, con trai chủ xe. Chị đang chạy vô.
[07:10] ĐD [[N:Kiều Oanh]]: ok em đổi tên trên HIS, mã BN chính thức [[R:2509130187]], hủy mã tạm.
[07:12] BS [[N:Lực]]: @[[N:Nguyễn Hữu Thắng]] ngoại thần kinh xem giúp G3 trước 8h nha
[07:15] BS [[N:Thắng]] (Ngoại TK): ok a, 7h40 e xuống.
[07:21] ĐD [[N:Kiều Oanh]]: Giường 7: bà [[N:Võ Thị Nở]] [[AGE:92]]t, [[A:khối phố Mỹ Thạch Đông, phường Tân Thạnh, TP Tam Kỳ]], té trong nhà tắm, gãy cổ xương đùi (T), S72.0. Đã giảm đau Paracetamol 1g TTM. Con trai là ông [[N:Đỗ Văn Sáu]] [[P:0914 702 338]] xin mổ tại BV, đã ký cam kết.
[07:30] BS [[N:Lực]]: G7 chuyển Chấn thương chỉnh hình, hội chẩn gây mê trước vì tuổi cao, EF 50%.
[07:32] ĐD [[N:Hồ Thị Thanh Tâm]] (CTCH): Dạ bên em còn giường 14 phòng 206, gửi lên sau 9h giúp em.
[07:33] ĐD [[N:Kiều Oanh]]: 👍 NHẬN`,
  ],
  // 2
  [
    'referral',
    `SỞ Y TẾ NGHỆ AN — TRUNG TÂM Y TẾ [[A:HUYỆN QUẾ PHONG]]
Số: [[R:1847/2025/GCT]]          Số lưu trữ: [[R:QP-25-06218]]          Mã BN: [[R:2508.004471]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Hữu nghị Đa khoa Nghệ An
Trung tâm Y tế [[A:huyện Quế Phong]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:LỮ THỊ PHÉT]]     Nữ     Năm sinh: 1971     Dân tộc: Thái
- Địa chỉ: [[A:bản Piềng Phung, xã Châu Kim, huyện Quế Phong]], tỉnh Nghệ An
- Số thẻ BHYT: [[BH:DT2404021547736]]   Hạn sử dụng: [[D:01/01/2025]] đến [[D:31/12/2025]]
- CCCD: [[ID:040171008823]]
Đã được khám, điều trị tại Khoa Hồi sức cấp cứu từ 09h15 ngày [[D:21/8/2025]] đến 14h00 ngày [[D:22/8/2025]].
Tóm tắt: Bị rắn cạp nong cắn vào cẳng chân (P) khoảng 18h ngày [[D:20-8]] khi đi nương. Vào viện sụp mi 2 bên, nuốt khó, SpO2 93%.
Chẩn đoán: Rắn độc cắn (T63.0) - theo dõi liệt cơ hô hấp.
Thuốc đã dùng: Neostigmin 0,5mg x 2 ống TB, Atropin 1/4mg x 1 ống, Ceftriaxon 1g, SAT 1500 đv.
Lý do chuyển tuyến: vượt khả năng chuyên môn (không có huyết thanh kháng nọc rắn cạp nong).
Phương tiện: xe cứu thương [[VP:37B-011.52]]. Người hộ tống: ĐD [[N:Vi Văn Thắm]].
Người nhà: chồng [[N:Lang Văn Pọm]], SĐT [[P:0388 915 024]]. BN không nói thạo tiếng Kinh, con gái [[N:Lữ Thị Hoa]] đi kèm phiên dịch.
                              Quế Phong, ngày [[D:22 tháng 8 năm 2025]]
Y, BS điều trị                                    GIÁM ĐỐC
BSCKI [[N:Lô Thanh Hải]]                          [[N:Nguyễn Đình Quyết]]`,
  ],
  // 3
  [
    'chat-consult',
    `Nhóm Viber "HỘI CHẨN NHI TỪ XA - NHI TW ⇄ BVĐK TỈNH LÀO CAI"
[[D:04/10]] 09:02
BS [[N:Giàng Thị Chư]] - Khoa Nhi BVĐK Lào Cai: Em xin hội chẩn ca bé [[N:Sùng A Páo]], nam, 14 tháng, mã BN [[R:LC2510-03317]], ở [[A:thôn Sín Chải, xã Bản Khoang, thị xã Sa Pa]]. Bé sốt 6 ngày, ho, thở 62 l/p, SpO2 88% khí phòng. XQ mờ 2 phế trường, BC 21.4 G/L, CRP 96. Đã Ceftriaxon 80mg/kg/ngày 3 ngày, ngày 4 thêm Vancomycin.
BS [[N:Lê Minh Khuê]] - TT Hô hấp Nhi TW: Em gửi giúp chị phim + khí máu. Bé tiêm chủng đủ chưa?
BS [[N:Giàng Thị Chư]]: Dạ mẹ bé là [[N:Thào Thị Mỷ]] không nhớ, sổ tiêm mất. Em nhờ y tế thôn [[N:Vàng A Sử]] tra ở TYT [[A:xã Bản Khoang]], có mũi 5in1 vào [[D:tháng 3]] thôi ạ.
➡️ Tin nhắn chuyển tiếp từ "Trạm Y tế [[A:xã Bản Khoang]]": "Cháu [[N:Sùng A Páo]] sinh [[D:02/8/2024]], mã tiêm chủng [[R:1002240815566]], đã tiêm BCG, VGB sơ sinh, 5in1 mũi 1 ngày [[D:15/3/2025]]. Liên hệ: bố [[N:Sùng A Dình]] [[P:0375 402 918]]."
BS [[N:Khuê]] - Nhi TW: Theo dõi viêm phổi nặng nghi tụ cầu, tràn dịch màng phổi (P). Đề nghị chọc dịch, cấy, chuyển Linezolid 10mg/kg x 3 lần. Sau 48h không cải thiện thì chuyển xuống Nhi TW, gọi bàn điều phối trước.
@[[N:Hoàng Văn Tới]] (Hồi sức Nhi LC) chuẩn bị giúp máy thở nếu cần nhé.
BS [[N:Tới]] HSN: OK chị. Giường 5 phòng cách ly còn trống.
BS [[N:Chư]]: Em cảm ơn chị. Phiếu hội chẩn số [[R:HCTX-2025/412]] em đẩy lên hệ thống telehealth ạ 🙏`,
  ],
  // 4
  [
    'discharge',
    `BỆNH VIỆN TRUNG ƯƠNG HUẾ — Khoa Lão khoa
GIẤY RA VIỆN
Số lưu trữ: [[R:LK/2025-01893]]          Mã y tế: [[R:46.2509.007415]]
Họ tên người bệnh: [[N:TÔN NỮ THỊ KIM CÚC]]          Tuổi: [[AGE:93]]          Nữ
Dân tộc: Kinh          Nghề nghiệp: hưu trí
Mã số BHYT: [[BH:HT2464620110937]]     Giá trị từ [[D:01/01/2025]] đến [[D:31/12/2025]]
Địa chỉ: [[A:5/42 kiệt 15 Chi Lăng, phường Phú Hậu]], TP Huế
Vào viện lúc: 21 giờ 10 phút, ngày [[D:02/9/2025]]
Ra viện lúc: 09 giờ 00 phút, ngày [[D:15/9/2025]]
Chẩn đoán: Viêm phổi cộng đồng (J18.9) / Suy tim mạn NYHA III (I50.0) / Đái tháo đường típ 2 (E11.9)
Phương pháp điều trị: Ceftazidim 1g x 3 lọ/ngày x 10 ngày; Furosemid 40mg; Insulin Mixtard 30/70 12 UI sáng - 8 UI chiều.
Lời dặn: Tái khám sau 2 tuần tại Phòng khám Lão khoa, phòng 108. Gia đình xin lùi hẹn vì [[D:mùng 10 tháng 8]] âm lịch làm giỗ, BS đồng ý hẹn lại ngày [[D:02/10/2025]] (thứ Năm).
Người nhà nhận người bệnh: cháu nội [[N:Tôn Thất Bảo Long]], CCCD [[ID:046 095 011 284]], ĐT [[P:0234 3822 517]] (nhà riêng), [[P:0979 118 042]].
                                        Huế, ngày [[D:15 tháng 9 năm 2025]]
Trưởng khoa                                       Bác sĩ điều trị
PGS.TS [[N:Hoàng Trọng Ái]]                        ThS.BS [[N:Ngô Thị Minh Nguyệt]]
                                                  CCHN số [[L:004871/TTH-CCHN]]`,
  ],
  // 5
  [
    'chat-hotline',
    `Zalo OA "Chăm sóc người bệnh - BV Đa khoa tỉnh Bình Định" — Thứ Ba, [[D:23/9]]
Khách - [[N:Phạm Ngọc Huyền]]: Cho em hỏi mẹ em [[N:Trương Thị Bích]] nằm Hồi sức từ tối qua, em ở Sài Gòn chưa về kịp, làm sao biết tình hình ạ?
CSKH - [[N:Ngân]]: Dạ chào chị. Chị cho em họ tên, năm sinh và mã người bệnh (in trên phiếu) hoặc số CCCD của cô để em kiểm tra ạ.
Khách - [[N:Phạm Ngọc Huyền]]: me em sn 1956, cccd [[ID:052156004719]], o [[A:to 3 khu vuc 5, phuong Nhon Binh, tp Quy Nhon]]. ma bn em ko biet
CSKH - [[N:Ngân]]: Dạ em tìm được: NB [[N:Trương Thị Bích]], mã [[R:BD25092217734]], vào Khoa HSTC-CĐ lúc 20:41 [[D:22/09/2025]], giường 9. Theo quy định, thông tin chuyên môn BS chỉ trao đổi với người nhà đã đăng ký; hiện là anh [[N:Phạm Ngọc Tài]] [[P:0986 337 150]].
Khách - [[N:Phạm Ngọc Huyền]]: DẠ ĐÚNG ANH EM. CHO EM ĐĂNG KÝ THÊM SĐT CỦA EM [[P:0908 241 776]] ĐƯỢC KHÔNG
CSKH - [[N:Ngân]]: Dạ được ạ, anh [[N:Tài]] ký xác nhận tại quầy là xong. Giờ thăm HSTC: 11h–11h30 và 17h–17h30, mỗi lần 1 người.
Khách - [[N:Phạm Ngọc Huyền]]: Còn nữa, hôm qua xe 115 chở mẹ vô, để quên cái túi có sổ hộ nghèo số [[R:HN-0215/2024]] với sổ khám bệnh, giờ ở đâu ạ
CSKH - [[N:Ngân]]: Em đã nhắn bộ phận tiếp đón. Anh [[N:Lưu]] ca trực đêm đang giữ túi ở phòng bảo vệ, người nhà đến nhận mang theo CCCD nha chị 🙏
Khách - [[N:Phạm Ngọc Huyền]]: Cảm ơn em nhiều. Chủ nhật [[D:28/9]] em về tới.
CSKH - [[N:Ngân]]: ❤️`,
  ],
  // 6
  [
    'nursing',
    `SỔ BÀN GIAO CA — ĐƠN VỊ HỒI SỨC SƠ SINH (NICU), BV Phụ sản - Nhi Đà Nẵng
Ca đêm [[D:07-10]] → ca ngày [[D:08-10-2025]]
ĐD giao: [[N:Lê Thị Hồng Vân]]     ĐD nhận: [[N:Nguyễn Thị Út]]     BS trực: [[N:Trần Quang Vinh]]
Lồng ấp số 1 — Con bà [[N:Nguyễn Thị Thu Sương]], mã [[R:SS25-1184]], nữ, sinh [[D:30/9/2025]] lúc 03:12, 29 tuần, CN lúc sinh 1.150g, nay 1.090g. NCPAP FiO2 30%, PEEP 6. Caffein citrat 5mg/kg. Đêm có 2 cơn ngừng thở ngắn, tự hồi phục. Sữa mẹ 2ml/3h qua sonde.
Lồng ấp số 2 — Con bà [[N:Bríu Thị Lan]] (Cơ Tu, [[A:thôn A Dinh, xã Sông Kôn, huyện Đông Giang]], Quảng Nam), mã [[R:SS25-1191]], nam, 32 tuần, vàng da tăng, bilirubin 14,2 mg/dL, chiếu đèn liên tục. Mẹ không rành tiếng Kinh, phiên dịch là anh [[N:Clâu Blao]] (cán bộ xã), SĐT [[P:0867 005 391]].
Lồng ấp số 4 — Song sinh con bà [[N:Đặng Thị Mỹ Lệ]]: bé 1 mã [[R:SS25-1195]], bé 2 mã [[R:SS25-1196]]. Bé 2 bú kém, đường huyết 2,1 mmol/L lúc 02:00, đã bolus Glucose 10% 2ml/kg, kiểm tra lại 4,0.
Giường sưởi 6 — trống, đã khử khuẩn.
Ghi chú: Ngân hàng sữa mẹ nhận 240ml từ mẹ hiến [[N:Phan Thị Diệu]], mã người hiến [[R:NHSM-0317]].
Giấy chứng sinh bé lồng ấp 1 đã làm, số [[R:0148/2025/GCS]], bố bé anh [[N:Lê Văn Cường]] đến nhận sáng nay.
ĐD [[N:Út]] nhận ca lúc 07:00, đủ thuốc, đủ hồ sơ.`,
  ],
  // 7
  [
    'chat-family',
    `Nhóm "Gia đình Ba [[N:Tám]] 🏡"
[[N:Hai Hưng]]: Ba vô Chợ Rẫy rồi nha mấy đứa, bác sĩ nói nhồi máu não, đang nằm khoa Bệnh lý mạch máu não lầu 6
[[N:Út Mến]]: trời ơi ba bị hồi nào anh [[N:Hai]]
[[N:Hai Hưng]]: sáng nay 5h má thấy ba nói đớ, tay trái yếu, kêu xe chở từ [[A:ấp Mỹ Hòa, xã Mỹ Thạnh Trung, huyện Tam Bình]] lên Vĩnh Long rồi chuyển thẳng lên đây. Mã bệnh nhân [[R:N25-0483921]]
Chị [[N:Tư Lan]]: Em đang ở Bình Dương, chiều em lên. Ba có BHYT không, thẻ ba số [[BH:HT3868620334190]] em chụp trong máy nè
[[N:Hai Hưng]]: có mang rồi. Bác sĩ [[N:Khoa]] nói may vô sớm, đã chích thuốc tiêu sợi huyết, theo dõi 24h. Ba [[AGE:90]] tuổi rồi nên nguy cơ xuất huyết cao.
[[N:Út Mến]]: em gửi tiền cho anh [[N:Hai]] nha, stk anh là gì
[[N:Hai Hưng]]: [[R:0071000654321]] Vietcombank, [[N:Lê Văn Hưng]]
[[N:Kevin Lê]]: Hi cả nhà, con là [[N:Khang]] đây 😢 con ở Houston, ông nội sao rồi. Con gọi số ông không được. Số con [[P:+1 832 555 0147]]
[[N:Hai Hưng]]: ông mệt nhưng tỉnh con. Má nói [[D:mùng 8 tháng 9]] âm làm mừng thọ ông [[AGE:90]] tuổi, chắc phải dời
Chị [[N:Tư Lan]]: dời thì dời, miễn ba khỏe. Anh [[N:Hai]] đưa số phòng em lên thăm
[[N:Hai Hưng]]: phòng 6B08 giường 21. Giờ thăm 16-19h. Ai lên gọi anh [[P:0919 464 208]]
[[N:Út Mến]]: dạ, tối nay em với ck em là [[N:Thành]] lên, đi xe [[VP:64A-158.92]], anh nói bảo vệ cho vô gửi xe nha`,
  ],
  // 8
  [
    'lab',
    `BỆNH VIỆN ĐA KHOA XANH PÔN - KHOA HÓA SINH
PHIẾU KẾT QUẢ XÉT NGHIỆM
SID: [[R:2510140392]]     Barcode: [[R:XP-25-10-14-00392]]
Họ tên: [[N:Đào Thị Thanh Mai]]     Năm sinh: 1963     Giới: Nữ
Mã BN: [[R:0025117364]]     Số BHYT: [[BH:GD4010120039485]]
Địa chỉ: [[A:P1204 tòa A2, chung cư Mipec, số 229 Tây Sơn, phường Ngã Tư Sở, quận Đống Đa]], Hà Nội
Khoa chỉ định: Nội tiết - Đái tháo đường     BS chỉ định: [[N:Vũ Đức Hạnh]]
Chẩn đoán: E11.65 - ĐTĐ típ 2 có tăng đường huyết
Lấy mẫu: 06:45 [[D:14/10/2025]]     Nhận mẫu: 07:02     Trả KQ: 08:31
Glucose         11.2 mmol/L    (3.9 – 6.4)    H
HbA1c           8.7 %          (4.0 – 6.0)    H
Ure / Creatinin 6.1 mmol/L / 98 µmol/L, eGFR 56 ml/ph/1.73m²
Cholesterol TP 6.12; Triglycerid 3.4; HDL-C 1.05; LDL-C 3.9
AST/ALT         31/48 U/L
Na/K/Cl         137/3.9/101 mmol/L
ANA             Dương tính 1/160 (kiểu hạt)
NT-proBNP       125 pg/mL
Người thực hiện: KTV [[N:Ngô Thị Hải Yến]]     Người duyệt: ThS.BS [[N:Trịnh Quốc Bảo]]
Ghi chú: mẫu lần 2; mẫu lần 1 ngày [[D:12/10]] bị vỡ hồng cầu, đã báo ĐD [[N:Hương]] khoa Nội tiết.`,
  ],
  // 9
  [
    'chat-ward',
    `Viber "ĐƠN VỊ HÓA TRỊ NGÀY - K3 TÂN TRIỀU"
[07:05] DS [[N:Lại Thu Trang]]: Lịch pha thuốc thứ 5 [[D:16/10]]: 23 ca. Một số ca cần lưu ý:
1. [[N:Bùi Văn Khải]] - mã [[R:K25-071234]] - FOLFOX chu kỳ 5/12
2. [[N:Nguyễn Thị Hiền]] - [[R:K25-069981]] - AC chu kỳ 3/4, Doxorubicin 60mg/m2
3. [[N:Hà Thị Lả]] (Mường, [[A:xóm Bương, xã Phú Vinh, huyện Tân Lạc]]) - [[R:K25-072005]] - Carboplatin AUC5 + Paclitaxel 175 chu kỳ 2/6
4. [[N:B.T.N]] (hồ sơ chuyển từ BV Việt Đức) - chưa có mã, chờ KHTH
[07:11] BS [[N:Đoàn Minh Phương]]: Ca 3 bà [[N:Lả]] hôm qua BC 2.1, neutro 0.9, hoãn 1 tuần nha. Báo lại người nhà, con trai [[N:Bùi Văn Thương]] [[P:0347 552 180]]
[07:13] ĐD [[N:Tuyết]]: vâng, em gọi
[07:40] ĐD [[N:Tuyết]]: ĐÃ GỌI, NGƯỜI NHÀ XIN LÙI SANG [[D:23-10]] VÌ ĐANG MÙA GẶT
[07:42] BS [[N:Phương]]: ok. Ca 1 ông [[N:Khải]] đơn thuốc ngoại trú số [[R:00712K-00458]] hết Capecitabin 500mg, kê thêm 14 ngày
[08:15] DS [[N:Trang]]: Ca 4 KHTH đã cấp mã [[R:K25-072117]], tên đầy đủ [[N:Bạch Thị Nguyệt]], sn [[D:19/05/1968]], CCCD [[ID:001168027553]]
[08:16] BS [[N:Phương]]: 👍 pha theo phác đồ cũ, Ondansetron 8mg trước truyền 30 phút`,
  ],
  // 10
  [
    'consult',
    `BỆNH VIỆN ĐA KHOA TỈNH THANH HÓA
BIÊN BẢN HỘI CHẨN TOÀN VIỆN
Số: [[R:318/BB-HC]]
Hồi 14 giờ 00 ngày [[D:09/10/2025]], tại phòng giao ban Khoa Ngoại Thận - Tiết niệu.
Chủ trì: BSCKII [[N:Lê Đình Thuận]] - Phó Giám đốc. Thư ký: ThS.BS [[N:Mai Thị Thu Hà]].
Thành viên: TS.BS [[N:Hoàng Văn Tuệ]] (Trưởng khoa Ngoại Thận - TN), BSCKII [[N:Đỗ Thị Lan Anh]] (GMHS), BSCKI [[N:Cầm Bá Thướng]] (Nội thận), ThS [[N:Phạm Hữu Lộc]] (CĐHA).
Người bệnh: [[N:Lò Văn Piếng]], nam, 58 tuổi, dân tộc Thái, địa chỉ [[A:bản Bút, xã Trung Lý, huyện Mường Lát]], Thanh Hóa. Mã BN [[R:TH2509-11872]], vào viện ngày [[D:02/10/2025]].
Chẩn đoán: Sỏi san hô thận (P), thận (P) ứ nước độ III, nhiễm khuẩn tiết niệu (N20.0; N13.6).
Diễn biến: Cấy nước tiểu E. coli 10^5 CFU/ml, ESBL (+). Đã dùng Ertapenem 1g x 1 lọ/ngày từ [[D:03 - 08/10]], hết sốt, BC 9.8 G/L. Creatinin 132 µmol/L. ASA II.
Kết luận: Chỉ định lấy sỏi qua da (PCNL) thận (P), xếp mổ phiên thứ Ba [[D:14/10/2025]].
Ý kiến gia đình: vợ [[N:Hà Thị Ón]] và con trai [[N:Lò Văn Sơn]] (CCCD [[ID:038089015276]], SĐT [[P:0356 118 903]]) đồng ý, đã ký cam kết. NB hưởng BHYT hộ nghèo, thẻ [[BH:HN2383822110459]].
Biên bản kết thúc lúc 15h10 cùng ngày.
Thư ký                                  Chủ trì
[[N:Mai Thị Thu Hà]]                    [[N:Lê Đình Thuận]]`,
  ],
  // 11
  [
    'chat-records',
    `Nhóm Zalo "KHTH - Lưu trữ hồ sơ 📁" (BVĐK Đồng Nai)
[08:20] [[N:Thảo]] KHTH: [Chuyển tiếp] Công văn số [[R:1142/CV-CSHS]] của Phòng CSHS Công an tỉnh Đồng Nai đề nghị cung cấp bản sao bệnh án của NB [[N:Trịnh Văn Hòa]] (sn 1987), vào viện ngày [[D:03/8/2025]] vì vết thương thấu bụng do dao, mã BA [[R:ĐN25-0803-1177]]. Cán bộ liên hệ: Đại úy [[N:Phùng Quốc Việt]] [[P:0913 775 204]].
[08:24] Trưởng phòng [[N:Nguyễn Văn Đạt]]: @[[N:Thảo]] kiểm tra hồ sơ đã nộp lưu trữ chưa. Theo Luật KCB 2023 và Thông tư 32/2023/TT-BYT chỉ cung cấp bản tóm tắt, không đưa bản gốc.
[08:31] [[N:Hằng]] (lưu trữ): hồ sơ ở kho B, kệ 12, số lưu trữ [[R:2025/NG-04471]]. Khoa Ngoại tiêu hóa đã ký tổng kết ngày [[D:19/8]].
[08:35] [[N:Thảo]] KHTH: Anh [[N:Việt]] hẹn thứ Sáu lên nhận, mang giấy giới thiệu.
[08:40] BS [[N:Đinh Công Tráng]] - Ngoại TH: bệnh án đó anh ruột NB là [[N:Trịnh Văn Bình]] cũng vừa xin bản sao để làm bảo hiểm, đơn đề ngày [[D:10-9]], em chưa trả lời
[08:42] Trưởng phòng [[N:Đạt]]: người nhà phải có giấy ủy quyền của NB. [[N:Hằng]] in 2 bản tóm tắt, 1 cho CA, 1 lưu. Nhớ ghi số công văn đến [[R:CVĐ-2025/0915]] vào sổ.
[08:43] [[N:Hằng]] (lưu trữ): dạ rõ 👌`,
  ],
  // 12
  [
    'incident',
    `BÁO CÁO SỰ CỐ Y KHOA (tự nguyện)
Mã số sự cố: [[R:SC-2025-087]]     Đơn vị báo cáo: Khoa Nội tổng hợp - BVĐK khu vực Củ Chi
Ngày báo cáo: [[D:27/09/2025]]
1. Thông tin người bệnh:
   NB 1: [[N:Nguyễn Thị Lan]], 74 tuổi, mã [[R:CC25-044170]], giường 15 phòng 3, sinh [[D:05/03/1951]]
   NB 2: [[N:Nguyễn Thị Lan]], 68 tuổi, mã [[R:CC25-044238]], giường 16 phòng 3, sinh [[D:22/11/1957]]
2. Nơi xảy ra: phòng 3 Khoa Nội tổng hợp, lúc 06h10 ngày [[D:26/9/2025]].
3. Mô tả: ĐD phát thuốc buổi sáng gọi "bà [[N:Lan]]", NB 2 trả lời, ĐD đưa nhầm Amlodipin 5mg + Bisoprolol 2,5mg của NB 1 cho NB 2. Lúc 07h NB 2 choáng, HA 90/60 mmHg.
4. Xử trí: báo BS trực [[N:Võ Hoàng Nam]], cho nằm đầu thấp, NaCl 0,9% 500ml TTM, theo dõi HA mỗi 15 phút; 09h HA 120/70. NB 1 được phát lại thuốc đúng.
5. Phân loại: NC3 – chưa gây tổn hại (theo Thông tư 43/2018/TT-BYT).
6. Người báo cáo: ĐD [[N:Huỳnh Thị Cẩm Tú]], SĐT [[P:0902 117 385]].
   Người chứng kiến: con gái NB 2, chị [[N:Trần Ngọc Hân]].
7. Đề xuất: vòng tay ghi 2 yếu tố (họ tên + ngày sinh), không xếp 2 NB trùng tên cùng phòng; đã chuyển NB 2 sang phòng 5.`,
  ],
  // 13
  [
    'chat-family',
    `Nhóm Zalo "Gia đình [[N:Ama Khăm]] 🌾"
[06:40] [[N:Y Khăm Niê]]: Cả nhà ơi, vợ con [[N:H'Ngăm Byă]] chảy máu từ 3h sáng, con chở xuống BV Đa khoa vùng Tây Nguyên rồi. Khoa Sản, phòng 4 giường 18.
[06:45] [[N:Ama Khăm]]: nó mang thai mấy tháng rồi
[06:47] [[N:Y Khăm Niê]]: 33 tuần ama. BS [[N:Rơ Mah Thị Hạnh]] nói nhau tiền đạo, có thể mổ hôm nay.
[06:50] [[N:H'Lina Niê]]: Em ở [[A:buôn Kô Siêr, phường Tân Lợi]] qua liền. Giấy tờ chị [[N:Ngăm]] em cầm nè: thẻ BHYT [[BH:DT2666621335107]], CCCD [[ID:066195012488]]
[07:20] [[N:Y Khăm Niê]]: Bác sĩ gọi ký giấy mổ. Mã bệnh nhân [[R:25.41.008762]]. Ai nhóm máu O+ thì chuẩn bị hiến, BV đang thiếu.
[07:22] [[N:Ama Khăm]]: gọi [[N:Y Blô]] với [[N:Ami H'Thu]] ở [[A:buôn Ea Mdroh, xã Ea Mdroh, huyện Cư M'gar]] xuống
[07:30] [[N:H'Lina Niê]]: Em gọi rồi, anh [[N:Y Blô]] đi xe [[VP:47B1-562.07]] xuống khoảng 9h. Số ảnh [[P:0386 271 095]]
[09:58] [[N:Y Khăm Niê]]: MỔ XONG RỒI!!! Bé trai 2kg1, nằm lồng ấp khoa Sơ sinh. Vợ con mất máu, truyền 2 đơn vị. Sinh ngày [[D:11/10/2025]] lúc 8h52. Ama đặt tên đi 😭
[10:02] [[N:Ama Khăm]]: Đặt là [[N:Y Jôk]], giống tên ông cố. Cảm ơn Yang
[10:05] [[N:H'Lina Niê]]: ❤️❤️ em tới rồi, chị [[N:Ngăm]] tỉnh, Hb sau truyền 9.1`,
  ],
];
