// Hand-written evaluation notes in the styles clinicians actually write (admission
// notes, discharge summaries, referral letters, consult requests, outbreak reports,
// nursing notes, chat-style case posts). All people, numbers and addresses are
// invented. Gold markup: [[N:name]] [[D:date]] [[A:address]] [[P:phone]] [[ID:CCCD]]
// [[CM:CMND]] [[BH:BHYT]] [[R:record no.]] [[L:licence]] [[E:e-mail]] [[U:url]]
// [[IP:ip]] [[AGE:age ≥ 90]]. Conventions: names without titles; numeric dates
// without the word "ngày"; written-out dates with it; addresses below province level
// with their unit words, province left out.
// Relabelled 2026-12-06 (issue 15's convention, detect-documents.ts): the number of a paper about
// one person or one case (a certificate serial, a prescription, a police or court decision,
// a police letter) is an identifier; such numbers were unmarked or listed as phrases here.
import { EvalDoc, parseMarkup } from './markup';

const RAW: ReadonlyArray<readonly [string, string]> = [
  [
    'admission',
    `BỆNH ÁN NỘI KHOA
Số vào viện: [[R:25.004817]]   Số lưu trữ: [[R:K25/1288]]
I. HÀNH CHÍNH
Họ và tên: [[N:PHẠM THỊ HƯỜNG]]   Giới: Nữ   Tuổi: 67
Nghề nghiệp: Hưu trí   Dân tộc: Kinh
Địa chỉ: [[A:Số 14, ngõ 82 Chùa Láng, phường Láng Thượng, quận Đống Đa]], Hà Nội
Đối tượng: BHYT, số thẻ [[BH:HT 2 01 0123 456 789]]
Khi cần báo tin: con trai [[N:Lê Minh Khoa]] – [[P:0983.441.207]]
Vào viện lúc: 9 giờ 40 phút, [[D:ngày 04 tháng 3 năm 2025]]
II. LÝ DO VÀO VIỆN: Khó thở, phù hai chân.
III. BỆNH SỬ: Bệnh nhân có tiền sử tăng huyết áp 10 năm, đái tháo đường típ 2 điều trị Metformin, suy tim NYHA II. Khoảng 1 tuần nay xuất hiện khó thở tăng dần, phải ngồi dậy để thở, phù 2 chi dưới. [[D:Ngày 2/3]] đi khám tại Trạm y tế, được cho Furosemid 40 mg 1/2 viên/ngày, không đỡ.
IV. KHÁM: BN tỉnh, tiếp xúc tốt. Mạch 104 l/p, HA 160/95 mmHg, nhịp thở 26 l/p, SpO2 91%. Phổi ran ẩm 2 đáy. Gan to 3 cm dưới bờ sườn, phản hồi gan - tĩnh mạch cổ (+).
Chẩn đoán: Đợt cấp suy tim mạn / THA / ĐTĐ típ 2.
BS làm bệnh án: [[N:Trần Quốc Bảo]]`,
  ],
  [
    'admission',
    `Bệnh án Nhi khoa – khoa Truyền nhiễm, Bệnh viện Nhi Trung ương
Họ tên bệnh nhi: [[N:Đỗ Gia Bảo]], nam, 26 tháng tuổi, sinh [[D:ngày 14/01/2023]]
Họ tên mẹ: [[N:Vũ Thị Thanh Tâm]], 29 tuổi, giáo viên, SĐT [[P:0912 604 338]]
Địa chỉ: [[A:thôn Đoài, xã Nam Hồng, huyện Đông Anh]], TP Hà Nội
Lý do vào viện: sốt cao, nổi ban, loét miệng
Bệnh sử: Trẻ khởi phát sốt [[D:ngày 11/3]], sốt 38,5–39°C, giật mình 3-4 lần/đêm, nổi bóng nước lòng bàn tay, bàn chân. Trẻ học lớp Mầm non Hoa Sữa, trong lớp có 3/25 cháu cùng triệu chứng.
Khám: Mạch 150 l/p, nhiệt độ 39,2°C, giật mình 2 lần trong lúc khám, không run chi, không rung giật nhãn cầu.
Chẩn đoán: Tay chân miệng độ 2b nhóm 1 (B08.4). EV71 PCR: chờ kết quả.`,
  ],
  [
    'admission',
    `Bệnh nhân nam, [[AGE:93 tuổi]], vào viện [[D:23/11/2024]] vì đau ngực trái.
Họ tên: [[N:Ngô Văn Sủng]]; Mã BN: [[R:2411230056]]; CCCD: [[ID:036 043 001 782]]
Tiền sử: THA, rung nhĩ đang dùng Sintrom 4mg 1/4 viên/ngày, Parkinson 5 năm dùng Madopar 250mg.
Khám: HA 100/60, M 120 không đều, SpO2 90%. Điện tim: rung nhĩ đáp ứng thất nhanh, ST chênh xuống V4–V6.
Troponin T hs 96 ng/L. INR 3,8. Chẩn đoán: Hội chứng vành cấp không ST chênh lên / Rung nhĩ / Bệnh Parkinson.
Người nhà: con gái [[N:Ngô Thị Hạnh]], ĐT [[P:0904-512-667]], ở [[A:số 7 hẻm 45 Lê Văn Sỹ, phường 13, quận 3]], TP.HCM.`,
  ],
  [
    'discharge',
    `GIẤY RA VIỆN
Họ tên người bệnh: [[N:Lương Thị Mỹ Duyên]]    Tuổi: 34    Nữ
Dân tộc: Kinh     Nghề nghiệp: Công nhân
Mã số BHXH: [[BH:7912345670]]
Địa chỉ: [[A:Tổ 5, khu phố Bình Đáng, phường Bình Hòa, TP. Thuận An]], tỉnh Bình Dương
Vào viện lúc 21 giờ 05 phút [[D:ngày 28 tháng 02 năm 2025]]
Ra viện lúc 10 giờ 00 phút [[D:ngày 06 tháng 3 năm 2025]]
Chẩn đoán: Sốt xuất huyết Dengue có dấu hiệu cảnh báo (A91), ngày 5 của bệnh khi vào viện.
Phương pháp điều trị: Bù dịch Ringer Lactate, theo dõi Hct mỗi 4 giờ, Paracetamol 10 mg/kg.
Ghi chú: Tái khám sau 1 tuần, hẹn [[D:13/3]]. Nghỉ ốm 7 ngày.
[[D:Ngày 06 tháng 03 năm 2025]]
Trưởng khoa: BSCKII [[N:Huỳnh Tấn Lộc]]`,
  ],
  [
    'discharge',
    `TÓM TẮT HỒ SƠ BỆNH ÁN
Bệnh nhân [[N:NGUYEN THI LAN ANH]], 52 tuổi, số hồ sơ [[R:HS-2025-01932]].
Vào viện [[D:03-01-2025]], ra viện [[D:15-01-2025]].
Quá trình bệnh lý: BN phát hiện khối u vú trái 3 tháng, sinh thiết lõi: ung thư biểu mô thể ống xâm nhập, ER (+) 90%, PR (+) 60%, HER2 (-), Ki67 20%.
Đã phẫu thuật cắt tuyến vú triệt căn biến đổi (Patey) [[D:ngày 06/01/2025]]. Hậu phẫu ổn, dẫn lưu rút ngày thứ 7.
Hướng điều trị tiếp: hóa chất AC-T 8 đợt tại Bệnh viện K cơ sở Tân Triều, sau đó Tamoxifen 20 mg/ngày.
Bác sĩ điều trị: ThS.BS [[N:Đinh Quang Huy]] (CCHN: [[L:003412/HNO-CCHN]])`,
  ],
  [
    'discharge',
    `Tóm tắt ra viện – BN [[N:Hà Văn Thắng]] ([[R:BN24-88301]]), [[AGE:91t]], nam.
Chẩn đoán ra viện: Viêm phổi bệnh viện / COPD GOLD E / Suy dinh dưỡng.
Diễn biến: ngày 1–3 sốt 38–39 độ, CRP 145 → 32 mg/L sau 5 ngày Tazocin. Cấy đờm: Klebsiella pneumoniae ESBL (+), nhạy Meropenem.
Ra viện [[D:18/12/2024]] trong tình trạng tỉnh, không sốt, SpO2 94% khí trời, tự ăn được cháo.
Dặn: tiếp tục Seretide 25/250 mcg x 2 nhát/ngày; tập thở; tái khám sau 2 tuần tại phòng khám Hô hấp.`,
  ],
  [
    'referral',
    `SỞ Y TẾ TỈNH NGHỆ AN
TRUNG TÂM Y TẾ [[A:HUYỆN QUỲNH LƯU]]
Số: [[R:215/GCT]]
GIẤY CHUYỂN TUYẾN
Kính gửi: Bệnh viện Hữu nghị Đa khoa Nghệ An
Trung tâm Y tế [[A:huyện Quỳnh Lưu]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:Hồ Sỹ Tuấn]]   Nam/Nữ: Nam   Tuổi: 45
- Địa chỉ: [[A:Xóm 7, xã Quỳnh Thạch, huyện Quỳnh Lưu]], Nghệ An
- Dân tộc: Kinh   Quốc tịch: Việt Nam
- Nghề nghiệp: Ngư dân   Nơi làm việc: tàu cá NA-90876-TS
- Số thẻ BHYT: [[BH:GD4404010987654]]   Thời hạn sử dụng: [[D:01/01/2025]] đến [[D:31/12/2025]]
Đã được khám bệnh, điều trị tại khoa Ngoại từ [[D:ngày 17/4/2025]] đến [[D:ngày 18/4/2025]]
Tóm tắt: Đau hố chậu phải 2 ngày, sốt 38°C, Mc Burney (+), BC 16,8 G/L. Siêu âm: ruột thừa d = 11 mm, có dịch quanh.
Chẩn đoán: Viêm ruột thừa cấp (K35.8).
Lý do chuyển tuyến: Không đủ điều kiện phẫu thuật nội soi.
Người đưa đi: ĐD [[N:Phan Thị Thu Trang]]
[[D:Ngày 18 tháng 4 năm 2025]]
Giám đốc: BSCKI [[N:Nguyễn Hữu Lâm]]`,
  ],
  [
    'referral',
    `Kính gửi khoa Thần kinh – BV Chợ Rẫy,
Chuyển BN [[N:Trương Văn Tư]], 58t, quê Long An, hiện ở [[A:ấp Bình Hòa, xã Long Thượng, huyện Cần Giuộc]]. CCCD [[ID:080065012349]].
BN đột ngột yếu nửa người phải, nói khó lúc 6h sáng [[D:10/2/2025]]. CT sọ não: nhồi máu vùng bao trong trái. NIHSS 8 điểm. Glasgow 14/15, sức cơ tay phải 2/5, chân phải 3/5.
Đã dùng Aspirin 300mg, chưa tiêu sợi huyết do quá cửa sổ.
Liên hệ BS [[N:Lâm Thanh Phong]] – [[P:0918 226 470]] – [[E:lamthanhphong.bs@gmail.com]]`,
  ],
  [
    'referral',
    `Giấy chuyển viện (bản tóm tắt)
Tên BN: [[N:Y Thuel Niê]], [[AGE:90 tuổi]], dân tộc Ê Đê, địa chỉ: [[A:buôn Ko Siêr, phường Tân Lợi, TP. Buôn Ma Thuột]], Đắk Lắk.
Chẩn đoán: Nhiễm khuẩn huyết do Burkholderia pseudomallei (bệnh Whitmore) / ĐTĐ.
Xét nghiệm: cấy máu (+) B. pseudomallei [[D:ngày 21/8/2024]]; glucose 18 mmol/L.
Chuyển Bệnh viện Đa khoa vùng Tây Nguyên để điều trị tiếp Ceftazidime.`,
  ],
  [
    'consult',
    `PHIẾU MỜI HỘI CHẨN
Kính mời: PGS.TS [[N:Lê Thị Thu Hà]] – Trưởng khoa Hồi sức tích cực
Khoa Nội tiết trân trọng kính mời hội chẩn người bệnh:
Họ tên: [[N:Vương Đình Khải]]   [[AGE:96 tuổi]]   Giường 12, buồng 405
Mã người bệnh: [[R:0243551802]]
Thời gian hội chẩn: 14h00 [[D:ngày 09/09/2025]]
Tóm tắt: BN ĐTĐ típ 2, nhập viện vì hôn mê tăng áp lực thẩm thấu, glucose 42 mmol/L, Na 156 mmol/L, Glasgow 10/15. Creatinin 210 µmol/L.
Nội dung: Xin ý kiến về chỉ định lọc máu liên tục.
Người mời: BS [[N:Khổng Minh Tâm]] – máy lẻ 2215`,
  ],
  [
    'consult',
    `Nhờ các anh chị tư vấn giúp ca này ạ:
BN nữ 41t, tên [[N:Thạch Thị Sa Quênh]], Khmer, ở [[A:ấp Trà Cú A, xã Thanh Sơn, huyện Trà Cú]], Trà Vinh. Sốt kéo dài 3 tuần, sụt 6 kg, hạch cổ 2 bên. XN: HIV test nhanh âm tính, AFB đờm âm tính 2 lần, LDH 890 U/L. CT ngực: hạch trung thất nhiều.
Sinh thiết hạch [[D:ngày 3/10]] đang chờ giải phẫu bệnh. Em nghĩ tới lao hạch vs lymphoma Hodgkin. Có nên điều trị lao thử không ạ?
SĐT em: [[P:0376 889 014]] (Zalo). Cảm ơn các anh chị!`,
  ],
  [
    'consult',
    `Hội chẩn liên khoa [[D:15/7/2025]] – chủ trì: BSCKII [[N:Tạ Văn Hưng]]. Thành phần: BS [[N:Chu Thị Ngọc]] (Tim mạch), BS [[N:Lục Văn Khang]] (Ngoại lồng ngực), ĐD trưởng [[N:Bế Thị Diệp]].
Bệnh nhân: [[N:Tôn Nữ Minh Châu]], 72 tuổi, hẹp van hai lá khít, diện tích 0,8 cm2, tăng áp phổi 65 mmHg, rung nhĩ. EF 55%.
Kết luận: Đề nghị nong van bằng bóng qua da; nếu thất bại sẽ thay van. Điều chỉnh Warfarin đạt INR 2-3.`,
  ],
  [
    'outbreak',
    `BÁO CÁO CA BỆNH SỞI
Kính gửi: Trung tâm Kiểm soát bệnh tật TP. Hồ Chí Minh
1. Thông tin ca bệnh: Bé [[N:Phạm Ngọc Bảo Hân]], nữ, sinh [[D:ngày 02/05/2023]], con ông [[N:Phạm Văn Dũng]] và bà [[N:Trịnh Thị Mơ]].
Địa chỉ: [[A:123/45/6 Tô Hiến Thành, phường 15, quận 10]], TP.HCM. ĐT: [[P:028 3865 4721]]
2. Tiền sử tiêm chủng: chưa tiêm vắc xin sởi mũi 1 (đã quá 9 tháng tuổi).
3. Diễn biến: sốt từ [[D:12/4]], [[D:ngày 15/4]] phát ban sau tai lan xuống mặt, thân mình; có hạt Koplik. [[D:Ngày 16/4]] nhập Bệnh viện Nhi Đồng 1, IgM sởi (+) [[D:18/4]].
4. Dịch tễ: trong 7–21 ngày trước phát ban, trẻ đi nhà trẻ tại [[A:khu phố 3]], có 2/18 trẻ cùng lớp sốt phát ban. Chưa xác định nguồn lây.
5. Xử lý: tiêm vét vắc xin MR cho trẻ 1–5 tuổi trong phạm vi [[A:phường 15]]; giám sát 42 người tiếp xúc.
Người báo cáo: [[N:Đặng Thùy Linh]] – Trạm Y tế [[A:phường 15]], SĐT [[P:0909 117 352]]`,
  ],
  [
    'outbreak',
    `TTYT [[A:huyện Gia Lâm]] báo cáo nhanh ổ dịch sốt xuất huyết tại [[A:thôn Giang Cao, xã Bát Tràng]]:
- Ca chỉ điểm: [[N:Nguyễn Đức Mạnh]], 19 tuổi, sinh viên, khởi phát [[D:28/8/2024]], NS1 (+), nhập BV Bệnh nhiệt đới TW cơ sở Kim Chung [[D:30/8]].
- Tiếp theo ghi nhận thêm 6 ca trong bán kính 200 m: [[N:Lê Thị Nhung]] (45t), [[N:Lê Văn Hòa]] (12t), [[N:Đào Thị Yến]] (33t), [[N:Cao Văn Sơn]] (60t), [[N:Phí Thị Hằng]] (27t), [[N:Bùi Anh Tuấn]] (8t).
- Chỉ số Breteau 45, chỉ số nhà có bọ gậy 18%.
- Đã phun hóa chất 2 đợt ([[D:31/8]] và [[D:7/9]]), diệt bọ gậy, truyền thông. Đến nay ổ dịch ghi nhận 7/7 ca đã ra viện.
Cán bộ điều tra: [[N:Hoàng Thị Mai Phương]], khoa KSBT, [[P:024.3876.1299]].`,
  ],
  [
    'outbreak',
    `Điều tra ca bệnh COVID-19 (tháng [[D:7/2021]]):
BN [[N:Trần Anh Khoa]] (BN [[R:35218]]), 27 tuổi, công nhân công ty TNHH Pouyuen, ngụ tại [[A:số 88 đường số 7, KP 5, P. Bình Hưng Hòa A, Q. Bình Tân]], TP.HCM.
Lịch trình: [[D:ngày 3/7]] đi chợ Bình Long; [[D:4-5/7]] làm việc ca đêm; [[D:ngày 6/7]] sốt, ho, mất vị giác; [[D:7/7]] test nhanh (+), RT-PCR (+) Ct 18.
F1: vợ [[N:Lý Thị Kim Thoa]], con [[N:Trần Gia Huy]] (4t), đồng nghiệp [[N:Huỳnh Văn Rô]].
Ghi chú: BN đã tiêm 1 mũi AstraZeneca [[D:21/6/2021]].`,
  ],
  [
    'outbreak',
    `Báo cáo ca bệnh dại
Bệnh nhân: [[N:Giàng A Páo]], nam, 38 tuổi, dân tộc H'Mông, trú tại [[A:bản Háng Tày, xã Pá Vây Sử, huyện Phong Thổ]], tỉnh Lai Châu.
Tiền sử bị chó nhà hàng xóm cắn vào cẳng chân khoảng 2 tháng trước, không tiêm phòng. [[D:Ngày 5/12/2024]] xuất hiện sợ nước, sợ gió, kích thích, vào Bệnh viện Đa khoa tỉnh Lai Châu, tử vong [[D:ngày 7/12/2024]].
Con chó đã bị đập chết, không xét nghiệm. Đã tiêm phòng sau phơi nhiễm cho 5 người tiếp xúc.`,
  ],
  [
    'nursing',
    `PHIẾU CHĂM SÓC CẤP 1
Họ tên NB: [[N:Mạc Thị Xuyến]]   Tuổi: 81   Buồng 3 giường 2   Chẩn đoán: Gãy cổ xương đùi phải / THA
[[D:12/3]] 7h: M 86 l/p, HA 140/80, T 37, NT 20 l/p, SpO2 96%. NB tỉnh, đau vị trí gãy VAS 6/10. Đã thay băng, cho NB nằm đệm hơi, xoay trở 2 giờ/lần.
[[D:12/3]] 14h: thực hiện y lệnh truyền NaCl 0,9% 500 ml, XXX giọt/phút. Nước tiểu qua sonde 800 ml.
[[D:13/3]] 22h: NB kêu khó ngủ, đã báo BS trực [[N:Lã Văn Quyết]], cho Seduxen 5 mg 1/2 viên.
Người nhà (con dâu – chị [[N:Hạnh]]) được hướng dẫn vệ sinh, dinh dưỡng.
ĐD: [[N:Nông Thị Hoa]]`,
  ],
  [
    'nursing',
    `Ca đêm [[D:01/02/2025]]:
- 23h30 bé [[N:Su]] (con chị [[N:Lò Thị Ơn]]) sốt 39°C, đã cho Hapacol 150 mg đặt hậu môn, lau mát. 0h30 nhiệt độ 38°C.
- 2h bé ho nhiều, SpO2 93%, báo BS [[N:Quàng Văn Sơn]], thở oxy gọng 1 l/p.
- 5h: tỉnh, SpO2 97%, bú tốt.
Bàn giao ca sáng cho ĐD [[N:Sầm Thị Lệ]].`,
  ],
  [
    'chat',
    `Ca khó cần ý kiến: bà [[N:Tư]] nhà ở [[A:Kiệt 24 Ông Ích Khiêm, phường Thanh Bình, quận Hải Châu]], Đà Nẵng, [[AGE:94 tuổi]], sốt 5 ngày, lú lẫn, Na 118. Có ai gặp hạ natri do SIADH sau viêm phổi ở người cao tuổi chưa ạ? Em đang bù NaCl 3%, mục tiêu tăng không quá 8 mmol/L/24h.`,
  ],
  [
    'chat',
    `Em xin chia sẻ: anh [[N:Q.]] 35 tuổi, uống rượu nhiều, vào viện tối [[D:20/1]] với nôn ra máu, HA 80/50. Nội soi: vỡ giãn tĩnh mạch thực quản độ III, thắt 4 vòng. Child-Pugh B. Hiện ổn. Mọi người cho em hỏi có nên đặt TIPS dự phòng sớm không ạ?`,
  ],
  [
    'chat',
    `Báo cáo nhanh: BN [[N:N.T.H]], nữ 28t, thai 32 tuần, Para 1001, vào viện lúc 2h sáng nay ([[D:14/6]]) vì đau đầu, HA 170/110, protein niệu 3+, tiểu cầu 85 G/L, AST 120. Chẩn đoán tiền sản giật nặng / HELLP không hoàn toàn. Đã cho MgSO4, mổ lấy thai lúc 6h. Bé trai 1.800 g, Apgar 7/9.`,
  ],
  [
    'chat',
    `Nhờ các thầy đọc giúp phim: BN [[N:Nguyen Van Binh]], 61t, hút thuốc 40 bao-năm, ho máu 2 tuần. CT ngực (chụp [[D:2025-02-14]]): khối 4,2 cm thùy trên phổi phải, xâm lấn phế quản thùy trên. Link ảnh: [[U:https://pacs.benhvien-demo.vn/viewer?study=1.2.840.113619.2.55]] – máy trạm [[IP:10.12.4.21]].`,
  ],
  [
    'admission',
    `BỆNH ÁN SẢN KHOA
Họ tên sản phụ: [[N:Kiều Thị Ngọc Ánh]]   Tuổi: 31   Nghề nghiệp: kế toán
Địa chỉ: [[A:P.1205, tòa N02, KĐT Trung Hòa Nhân Chính, phường Nhân Chính, quận Thanh Xuân]], Hà Nội
Chồng: [[N:Dương Quốc Việt]], ĐT [[P:+84 936 210 557]]
Kinh cuối cùng: [[D:02/06/2024]]. Dự kiến sinh: [[D:09/03/2025]]. Para 0000.
Vào viện: 3h20 [[D:ngày 07/03/2025]] vì đau bụng từng cơn, ra nước âm đạo.
Khám: cơn co tử cung 3 cơn/10 phút, CTC mở 4 cm, ối vỡ, nước ối trong, ngôi chỏm, tim thai 140 l/p. Bishop 9 điểm.
Chẩn đoán: Con so 39 tuần 5 ngày chuyển dạ giai đoạn 1 pha tích cực.`,
  ],
  [
    'discharge',
    `Giấy ra viện
Họ và tên: [[N:Lò Văn Khiêm]]   Năm sinh: 1958   Nam
Địa chỉ: [[A:Bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn]], tỉnh Sơn La
CMND: [[CM:050 612 873]]
Chẩn đoán: Lao phổi AFB (+) mới (A15.0) / Viêm gan B mạn.
Điều trị: phác đồ 2RHZE/4RHE tại Bệnh viện Phổi Sơn La từ [[D:05/8/2024]] đến [[D:20/9/2024]], chuyển điều trị duy trì tại TTYT [[A:huyện Mai Sơn]].
Ra viện [[D:ngày 20/9/2024]]`,
  ],
  [
    'referral',
    `Kính gửi: BV Đại học Y Dược TP.HCM
Chuyển bệnh nhân [[N:Lâm Hữu Phước]], 66 tuổi, địa chỉ [[A:456 Nguyễn Trãi, phường 8, quận 5]], TP.HCM, số thẻ BHYT [[BH:HC4790011223344]], SĐT [[P:0903 778 212]].
Chẩn đoán: Ung thư biểu mô tế bào gan (C22.0) trên nền xơ gan do viêm gan C, BCLC B. AFP 1.250 ng/mL.
Đề nghị: đánh giá TACE. Xin cảm ơn.
BS [[N:Mai Xuân Trường]] – PK Đa khoa Hòa Hảo`,
  ],
  [
    'outbreak',
    `Tuần 36/2024, huyện ghi nhận 12 ca tay chân miệng, tăng 4 ca so với tuần trước; 9/12 ca dưới 3 tuổi, 100% ca độ 1 và 2a. Ổ dịch tại Trường Mầm non Sao Mai ([[A:xã Tân Lập]]) đã được xử lý; chưa ghi nhận ca EV71. Tỉ lệ mắc 15,3/100.000 dân. Đề nghị các trạm y tế tăng cường giám sát, báo cáo trước 16h thứ Sáu hằng tuần.`,
  ],
  [
    'consult',
    `Kính gửi BS [[N:Ông Văn Thành]], khoa Huyết học,
Nhờ anh xem giúp BN [[N:Âu Dương Phong]] (MRN [[R:00781234]]), 24t, xuất huyết dưới da, chảy máu chân răng 1 tuần. CTM: Hb 72 g/L, BC 1,1 G/L, TC 9 G/L, không thấy tế bào non. Tủy đồ [[D:ngày 12.9.2025]]: tủy nghèo tế bào. Nghĩ suy tủy xương. Em cần tư vấn về ATG và ghép tủy.
[[N:Đàm Thu Trang]], BS nội trú, [[P:0865.331.092]]`,
  ],
  [
    'admission',
    `Bệnh án ngoại khoa – chấn thương
BN [[N:Trịnh Công Sơn]] nam 22 tuổi, sinh viên, số vào viện [[R:24-031177]], vào viện 23h15 [[D:ngày 31/12/2024]] sau tai nạn xe máy trên Quốc lộ 1A đoạn qua [[A:xã Phú Xuân, huyện Phú Vang]], Huế.
Khám: Glasgow 13/15, đồng tử 2 bên 3 mm, phản xạ ánh sáng (+). Vết thương vùng thái dương trái 5 cm. HA 130/80, M 95.
CT: máu tụ ngoài màng cứng thái dương trái dày 12 mm, đẩy lệch đường giữa 4 mm.
Chỉ định mổ cấp cứu. Người nhà: bố [[N:Trịnh Công Lý]] – [[P:0234 3822 155]].`,
  ],
  [
    'nursing',
    `Ghi chép điều dưỡng khoa HSTC
NB: [[N:Cù Thị Hồng Nhung]] – G8 – BA [[R:25-00412]]
[[D:03/4]] 06h: thở máy SIMV, FiO2 40%, PEEP 6, SpO2 97%. Nhiệt độ 38,6°C. Hút đờm nội khí quản: đờm đục vàng.
[[D:03/4]] 10h: cấy đờm theo y lệnh BS [[N:Hầu Minh Đức]]. Truyền Noradrenalin 0,1 µg/kg/phút, HA trung bình 68 mmHg.
[[D:03/4]] 16h: gia đình (chồng – anh [[N:Đỗ Văn Tới]]) vào thăm, được giải thích tình trạng nặng.`,
  ],
  [
    'chat',
    `Ca lâm sàng: ông [[N:Bùi Văn Ất]] [[AGE:102 tuổi]] ở [[A:xóm Chùa, xã Yên Phụ, huyện Yên Phong]], Bắc Ninh, vào viện [[D:8/8]] vì bí tiểu. PSA 14 ng/mL, tuyến tiền liệt 75 g. Đặt sonde tiểu, dùng Tamsulosin. Gia đình không muốn phẫu thuật. Mọi người nghĩ sao về TURP ở người trên [[AGE:100 tuổi]]?`,
  ],
  [
    'discharge',
    `TÓM TẮT BỆNH ÁN (chuyển đổi sang điều trị ngoại trú)
BN: [[N:LÊ THỊ THU THỦY]]   SN: [[D:15/08/1969]]   Mã y tế: [[R:79-0211-883421]]
Chẩn đoán: Lupus ban đỏ hệ thống tổn thương thận class IV / Tăng huyết áp thứ phát.
Quá trình: Methylprednisolon 500 mg x 3 ngày, sau đó Prednisolon 1 mg/kg/ngày; Cyclophosphamid theo phác đồ Euro-Lupus 500 mg mỗi 2 tuần, liều 1 [[D:ngày 10/10/2024]], liều 2 [[D:ngày 24/10/2024]].
Hẹn tái khám và truyền liều 3 [[D:ngày 07/11/2024]] tại phòng khám Thận – Khớp, BV Bạch Mai.`,
  ],
  [
    'outbreak',
    `Kết quả điều tra ca bệnh bạch hầu (cập nhật [[D:ngày 14 tháng 7 năm 2024]]):
Ca bệnh: [[N:Vàng Thị Dua]], nữ, 18 tuổi, [[A:thôn Tả Chải, xã Nậm Ban, huyện Mèo Vạc]], Hà Giang. Chưa tiêm đủ mũi vắc xin có thành phần bạch hầu.
Khởi phát [[D:ngày 5/7/2024]]: sốt nhẹ, đau họng, giả mạc trắng xám amidan. Xét nghiệm PCR [[D:ngày 9/7]] dương tính C. diphtheriae.
Người tiếp xúc gần: 27 người (gia đình 6 người, trong đó mẹ là [[N:Thào Thị Mai]], em trai [[N:Vàng A Chứ]]). Đã uống kháng sinh dự phòng Azithromycin 100%.`,
  ],
  [
    'admission',
    `Khám vào viện khoa Cấp cứu – 02h10 [[D:25/12]]
BN vô danh, nam, khoảng 40 tuổi, được người đi đường đưa vào. Trong túi có thẻ sinh viên cũ tên [[N:Tăng Thanh Hải]] và giấy tờ xe.
Khám: lơ mơ, GCS 11 điểm, thở mùi rượu, xây xát vùng trán. HA 110/70. Glucose mao mạch 3,1 mmol/L.
Xử trí: Glucose 30% 50 ml, Thiamin 100 mg, CT sọ não cấp. Đã báo Công an phường và liên hệ người nhà theo số [[P:0977 215 880]].`,
  ],
  [
    'consult',
    `Ý kiến hội chẩn qua Ketnoi: người bệnh [[N:Ninh Văn Hậu]], khoảng [[AGE:91 tuổi]] (không rõ năm sinh chính xác), sống một mình ở [[A:tổ dân phố 4, thị trấn Phố Ràng, huyện Bảo Yên]], Lào Cai, loét cùng cụt độ 4, nhiễm trùng vết loét, albumin 24 g/L. Hỏi: có chỉ định phẫu thuật tạo hình vạt không?
Trả lời (BS [[N:Khúc Thị Hà]], BV Việt Đức): chưa nên, ưu tiên nâng thể trạng, cắt lọc, VAC.`,
  ],
  [
    'referral',
    `V/v chuyển người bệnh điều trị ARV
Người bệnh: [[N:Quách Minh Tú]], nam, 30 tuổi, mã điều trị ARV [[R:HCM-OPC-0912]], CCCD [[ID:079 095 003 114]], thường trú [[A:số 12 Trần Phú, phường 4, quận 5]], TP. HCM; tạm trú [[A:phòng 203, nhà trọ số 9 hẻm 118 Nguyễn Văn Linh, phường An Khánh, quận Ninh Kiều]], Cần Thơ.
Phác đồ TLD từ [[D:tháng 3/2022]], tải lượng HIV < 50 bản sao/mL ([[D:11/2024]]).
Đề nghị tiếp nhận quản lý tại phòng khám ngoại trú BV Đa khoa Trung ương Cần Thơ.`,
  ],
  [
    'nursing',
    `Bàn giao ca Thứ Hai [[D:05/5/2025]] → ca chiều:
- Giường 1: cụ [[N:Thân Văn Bảng]] ([[AGE:98t]]), viêm phổi hít, ăn qua sonde, đã đổi tư thế.
- Giường 2: chị [[N:Kha Thị Nở]] 44t sau mổ cắt túi mật nội soi ngày thứ 1, đau VAS 3/10, trung tiện (+).
- Giường 3: em [[N:Tất Gia Khánh]] 16t, SXHD ngày 5, Hct 46%, TC 32 G/L, theo dõi dấu hiệu cảnh báo mỗi 3 giờ.
ĐD giao: [[N:Chế Thị Lan]]; ĐD nhận: [[N:Viên Thị Mận]].`,
  ],
  [
    'chat',
    `Cho em hỏi về liều Vancomycin ở bệnh nhân suy thận: BN [[N:Diệp]] (nữ, 70t, 45 kg), ClCr 25 ml/phút. Em đang cho 1 g mỗi 48h, nồng độ đáy 22 mg/L [[D:ngày 4/11]]. Có nên giảm liều không ạ? Cảm ơn chị [[N:Hương]] đã gợi ý đo AUC.`,
  ],
  [
    'outbreak',
    `Giám sát cúm gia cầm A/H5N1: [[D:ngày 21/02/2025]] ghi nhận 1 ca tử vong tại [[A:xóm Đồng Tâm, xã Ea Tiêu, huyện Cư Kuin]], tỉnh Đắk Lắk. Bệnh nhi [[N:Y Kin Byă]], 8 tuổi, tiền sử ăn gà chết. Đã lấy mẫu 32 người tiếp xúc, kết quả âm tính. Liên hệ đầu mối: [[N:H'Luyến Êban]], [[P:0262 3852 446]], [[E:kiemsoatdich.cdc@daklak.gov.vn]].`,
  ],
  // ---- second batch, written before measuring (see README "held-out style check") ----
  [
    'outbreak',
    `Sáng [[D:9/10]], Sở Y tế Bình Dương cho biết đã ghi nhận ca tử vong do sốt xuất huyết thứ 3 trong năm. Bệnh nhân là chị [[N:L.T.K.]] (32 tuổi, ngụ [[A:khu phố Bình Phước B, phường Bình Chuẩn, TP Thuận An]]). Chị [[N:K.]] sốt từ [[D:ngày 2/10]], tự mua thuốc hạ sốt uống, đến [[D:ngày 6/10]] thì nhập Bệnh viện Đa khoa tỉnh trong tình trạng sốc. Dù được cấp cứu tích cực, bệnh nhân tử vong lúc 4h sáng [[D:8/10]].`,
  ],
  [
    'outbreak',
    `Theo báo cáo của Trung tâm Y tế [[A:huyện Krông Pắc]], bé [[N:H'Nhi Niê]] ([[A:buôn Ea Kly, xã Ea Kly]]) 4 tuổi được xác định mắc bạch hầu [[D:ngày 14-6]]. Trước đó, [[D:ngày 10-6]], bé có biểu hiện sốt, đau họng, được gia đình đưa đến Trạm y tế xã khám. Ngành y tế đã lập danh sách 38 người tiếp xúc gần, trong đó có bố mẹ bé là anh [[N:Y Bhin Byă]] và chị [[N:H'Ra Niê]].`,
  ],
  [
    'admission',
    `HO TEN: [[N:TRAN VAN TUNG]]   GIOI: NAM   NAM SINH: 1975
DIA CHI: [[A:XOM 3, XA NGHI PHONG, HUYEN NGHI LOC]], NGHE AN
SO THE BHYT: [[BH:HT3404012345678]]
NGAY VAO VIEN: [[D:15/02/2025]] - LY DO: DAU THUONG VI, NON RA MAU
CHAN DOAN: XUAT HUYET TIEU HOA TREN / LOET HANH TA TRANG`,
  ],
  [
    'chat',
    `ac oi cho e hoi ca nay: bn [[N:Nguyen Thi Thu]] 56t o [[A:xa Tan Phu Trung, huyen Cu Chi]], dtd type 2 10 nam, vao vien [[D:3/3]] vi sot + lanh run, cay mau ra S. aureus. Sieu am tim thay sui 8mm van 2 la. Em dinh cho Cefazolin, dung khong a? sdt e [[P:0938123456]]`,
  ],
  [
    'discharge',
    `Khoa Nhiễm – BV Bệnh Nhiệt đới TP.HCM
Người bệnh: [[N:Võ Thị Kim Liên]], SN [[D:03/05/1948]], 76 tuổi
Mã số người bệnh: [[R:A24-118902]]; nhập viện [[D:14/9/2024]]; xuất viện [[D:27/9/2024]]
Chẩn đoán xác định: Viêm màng não do Streptococcus suis / Điếc tai phải sau viêm màng não.
Dịch tễ: giết mổ heo bệnh tại nhà ([[A:ấp Long Thạnh, xã Long Hòa, huyện Cần Đước]], Long An) [[D:ngày 10/9]].
Tư vấn: không ăn tiết canh, thịt heo chưa nấu chín.`,
  ],
  [
    'consult',
    `Trao đổi ca bệnh giữa BS [[N:Phó Đức Nhuận]] (BV Bạch Mai) và BS [[N:Lưu Thị Bích Ngọc]] (BV tỉnh Phú Thọ): bệnh nhân [[N:Đinh Công Tráng]], nam, 47 tuổi, nông dân ở [[A:khu 4, xã Tứ Xã, huyện Lâm Thao]], vào viện [[D:ngày 20/5/2025]] vì vàng da, sốt. Bilirubin 220 µmol/L, ALT 1.850 U/L. Anti-HEV IgM (+). Người nhà: [[P:0975 334 812]] (con gái [[N:Đinh Thị Vân]]).`,
  ],
  [
    'nursing',
    `Bệnh nhi: [[N:Nguyễn Hoàng Bảo Ngọc]], 18 tháng — Phòng 6 Giường 3
Mẹ: [[N:Hoàng Thị Ngọc Lan]] – [[P:097.665.1289]]
19h [[D:11/11]]: trẻ sốt 39,5°C, quấy, nôn 2 lần. Đã chườm ấm, cho Paracetamol 15 mg/kg. Báo BS [[N:Triệu Văn Đông]].
21h: nhiệt 38°C, trẻ ngủ được. Theo dõi tiếp.
Ký tên: ĐD [[N:Lê Thảo]]`,
  ],
  [
    'referral',
    `PHIẾU CHUYỂN VIỆN
Kính gửi: Bệnh viện Nhi Trung ương
Họ tên bệnh nhi: [[N:LÒ THỊ THU HÀ]], 6 tuổi, dân tộc Thái
Địa chỉ: [[A:Bản Co Mạ, xã Co Mạ, huyện Thuận Châu]], tỉnh Sơn La
Họ tên bố: [[N:Lò Văn Thắng]], SĐT [[P:0388 552 019]]
Chẩn đoán: Lupus ban đỏ hệ thống, viêm thận lupus / THA thứ phát.
Đã điều trị tại BV Đa khoa tỉnh Sơn La từ [[D:01/7/2025]] – [[D:12/7/2025]].`,
  ],
  [
    'outbreak',
    `Kết quả giám sát sởi tuần 14 (từ [[D:31/3]] đến [[D:6/4/2025]]): toàn thành phố ghi nhận 86 ca nghi sởi, 41 ca dương tính IgM. Các ca tập trung tại [[A:quận Bình Tân]] (15 ca), [[A:TP Thủ Đức]] (12 ca), [[A:huyện Bình Chánh]] (9 ca). 78% số ca chưa tiêm hoặc không rõ tiền sử tiêm vắc xin. Ca nhỏ nhất 4 tháng tuổi, lớn nhất 38 tuổi.`,
  ],
  [
    'admission',
    `Tiền sử: Năm 2019 mổ sỏi mật tại Bệnh viện Việt Đức. Tháng [[D:8/2023]] nhồi máu cơ tim, đặt 1 stent LAD tại Viện Tim mạch – BV Bạch Mai. Dị ứng Penicillin.
Bệnh sử: Cách vào viện 3 ngày (khoảng [[D:ngày 14/01]]) BN đau ngực trái khi gắng sức, mỗi cơn 5–10 phút. Sáng nay ([[D:17/01/2025]]) đau liên tục 30 phút, vã mồ hôi, được người nhà (vợ là bà [[N:Đoàn Thị Thanh]]) đưa vào viện.
BN: [[N:Kim Văn Dũng]], [[AGE:90 tuổi]], hưu trí, [[A:số 3 phố Hàng Chuối, phường Phạm Đình Hổ, quận Hai Bà Trưng]].`,
  ],
  [
    'chat',
    `Update ca hôm trước: bé trai [[N:Minh]] 7 tuổi ở [[A:Đông Anh]] (sốt 7 ngày, Kawasaki không điển hình) đã hết sốt sau IVIG 2 g/kg. Siêu âm tim [[D:hôm 22/9]]: không giãn ĐMV. Cảm ơn anh [[N:Tùng]] và chị [[N:Phương Anh]] đã góp ý!`,
  ],
  [
    'discharge',
    `Trích biên bản kiểm điểm tử vong
Người bệnh: [[N:Sùng Thị Mỷ]], 24 tuổi, PARA 0000, quê [[A:xã Sín Chéng, huyện Si Ma Cai]], Lào Cai.
Vào viện 23h50 [[D:ngày 02/8/2024]] với chẩn đoán: Thai 36 tuần / Tiền sản giật nặng. Tử vong 5h20 [[D:ngày 03/8/2024]] do băng huyết sau đẻ, DIC.
Chủ trì: BSCKII [[N:Hà Minh Tuấn]] – Giám đốc; thư ký: [[N:Phạm Thu Hiền]].`,
  ],
];

export const HANDWRITTEN_DOCS: readonly EvalDoc[] = RAW.map(([type, text], i) => parseMarkup(`hand-${i + 1}`, type, text));
