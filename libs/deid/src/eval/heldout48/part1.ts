// Held-out set 48, documents 1–14 (see index.ts for the conventions): clinical texts written with
// accents — referral letters, consultation minutes, an incident report, a discharge paper, a
// death summary, a neonatal hand-over book, an e-mail between hospitals, a teleconsultation
// request, a police request for records, an insurer's appraisal letter, three ward chats and a
// commune health station's monthly report. Written blind.
export const PART1: Array<[string, string]> = [
  // 1 — referral letter, Mường Khương (Lào Cai), a Mông mother with pre-eclampsia
  [
    'referral',
    `SỞ Y TẾ TỈNH LÀO CAI
TRUNG TÂM Y TẾ [[A:HUYỆN MƯỜNG KHƯƠNG]]
Số: [[R:214/2025/GCT]]

GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Sản Nhi tỉnh Lào Cai

Trung tâm Y tế [[A:huyện Mường Khương]] trân trọng giới thiệu người bệnh:
- Họ và tên: [[N:GIÀNG THỊ DỢ]]        Giới: Nữ        Năm sinh: 2006 (19 tuổi)
- Dân tộc: Mông        Quốc tịch: Việt Nam
- Địa chỉ: [[A:thôn Sả Chải, xã Tả Ngài Chồ, huyện Mường Khương]], tỉnh Lào Cai
- Số thẻ BHYT: [[BH:DT 2 10 1004512873]]   giá trị từ [[D:01/01/2025]] đến [[D:31/12/2025]]
- Mã người bệnh: [[R:MK25.003318]]        CCCD: [[ID:010306004512]]
- Người đi kèm: chồng là [[N:Thào Seo Sử]], SĐT [[P:0386 215 447]]; mẹ chồng [[N:Vàng Thị Mỷ]] (không nói được tiếng Kinh, phiên dịch qua trưởng thôn [[N:Lù Seo Chứ]], SĐT [[P:0975.330.812]]).

Đã được khám bệnh, điều trị tại Khoa Chăm sóc sức khỏe sinh sản từ [[D:16 - 18/4/2025]].
TÓM TẮT BỆNH ÁN
- Dấu hiệu lâm sàng: Sản phụ con so, thai 34 tuần theo siêu âm ngày [[D:02-3]] tại TYT [[A:xã Tả Ngài Chồ]]. Đau đầu, phù hai chi dưới từ [[D:14-4]], HA lúc vào 170/110 mmHg, mạch 96 l/ph. Protein niệu 3+.
- Chẩn đoán: Tiền sản giật nặng / Thai 34 tuần (O14.1; Z35.8).
- Phương pháp, thủ thuật, thuốc đã dùng: Magnesi sulfat 15% 10 ml, liều tấn công 4 g tĩnh mạch chậm rồi duy trì 1 g/giờ; Nifedipin 10 mg uống; Dexamethason 6 mg tiêm bắp mũi 2/4.
- Tình trạng lúc chuyển tuyến: tỉnh, HA 150/100 mmHg, tim thai 146 l/ph, không co hạ vị, phản xạ gân xương bình thường.
- Lí do chuyển tuyến: Vượt quá khả năng chuyên môn (theo Thông tư 01/2025/TT-BYT).
- Hướng điều trị: Tiếp tục Magnesi sulfat, theo dõi sát HA, tim thai; cân nhắc chấm dứt thai kỳ.
- Chuyển tuyến hồi: 09 giờ 40 phút, ngày [[D:18 tháng 4 năm 2025]].
- Phương tiện vận chuyển: xe cấp cứu biển số [[VP:24A-031.57]].
- Người hộ tống: NHS [[N:Sùng Thị Mai]]; lái xe [[N:Lồ Văn Chính]].

Mường Khương, ngày [[D:18 tháng 4 năm 2025]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ                      GIÁM ĐỐC
BSCKI [[N:Lương Văn Thắng]]                   [[N:Hoàng Đức Mạnh]]
(CCHN số [[L:003214/LC-CCHN]])`,
  ],
  // 2 — whole-hospital consultation minutes, Buôn Ma Thuột, an Ê Đê woman with acute liver failure
  [
    'consult',
    `BỆNH VIỆN ĐA KHOA VÙNG TÂY NGUYÊN
KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC
Số biên bản: [[R:HC-118/2025]]

BIÊN BẢN HỘI CHẨN TOÀN VIỆN
Họ tên người bệnh: [[N:H'BIA NIÊ]]        Tuổi: 34        Nữ        Dân tộc: Ê Đê
Địa chỉ: [[A:buôn Tơng Jú, xã Ea Kao, TP Buôn Ma Thuột]], tỉnh Đắk Lắk
Mã người bệnh: [[R:2504066.1293]]        Số vào viện: [[R:25/18872]]        Thẻ BHYT: [[BH:HN2666612047318]]
Vào viện lúc 22 giờ 15 ngày [[D:15/4/2025]]; hội chẩn lúc 10 giờ 00 ngày [[D:18/4/2025]] tại phòng giao ban Khoa HSTC-CĐ, tầng 3 nhà B.

THÀNH PHẦN
Chủ tọa: TS.BS [[N:Nguyễn Thanh Hải]] – Phó Giám đốc
Thư ký: BS [[N:Trần Thị Kim Oanh]]
Thành viên: BSCKII [[N:Lê Văn Phúc]] (Trưởng khoa HSTC-CĐ); ThS.BS [[N:Y Khu Knul]] (Khoa Nội Tiêu hóa); BS [[N:H'Yâm Êban]] (Khoa Phụ Sản); BSCKI [[N:Phạm Quốc Bảo]] (Khoa Ngoại Tổng hợp); DS [[N:Đoàn Thị Mỹ Linh]] (Khoa Dược); ĐD trưởng [[N:Vũ Thị Thu Hà]].

TÓM TẮT
Người bệnh vào viện ngày thứ 3 của bệnh với sốt, vàng da, tiểu ít. Chồng là [[N:Y Thuôn Byă]] (trong buôn thường gọi [[N:Ama Hiên]]) khai bệnh nhân uống nước lá cây do người quen hái từ [[D:10 - 12/4]]. Xét nghiệm: AST 1.820 U/L, ALT 2.140 U/L, bilirubin toàn phần 186 µmol/L, INR 3,4, creatinin 312 µmol/L, lactat 4,1. Mã bệnh phẩm [[R:HS25-041588]]; cấy máu số [[R:VS.2504.0317]] chưa mọc sau 48 giờ. Siêu âm: gan không to, không giãn đường mật.
Chẩn đoán: Suy gan cấp nghi do độc chất thực vật / Tổn thương thận cấp giai đoạn 3 (K72.0; N17.9).

Ý KIẾN CÁC THÀNH VIÊN
- BS [[N:Lê Văn Phúc]]: đã lọc máu liên tục CVVHDF từ [[D:16-4]], đề nghị thay huyết tương 3 buổi (hiện buổi 1/3).
- ThS.BS [[N:Y Khu Knul]]: hỏi lại người nhà bằng tiếng Ê Đê; em gái người bệnh là [[N:H'Dung Niê]] đã mang mẫu lá đến, nghi lá cây có độc mọc ở rẫy; gửi mẫu cho Viện Pasteur Nha Trang.
- BS [[N:H'Yâm Êban]]: que thử thai âm tính, không có chống chỉ định về sản khoa.
- DS [[N:Đoàn Thị Mỹ Linh]]: N-acetylcystein truyền theo phác đồ 21 giờ; chỉnh liều kháng sinh theo CRRT.

KẾT LUẬN
Tiếp tục hồi sức, thay huyết tương; liên hệ Trung tâm Chống độc Bệnh viện Bạch Mai hội chẩn từ xa trong ngày [[D:19/4]] nếu không cải thiện. Đã giải thích cho gia đình: mẹ người bệnh là bà [[N:H'Rin Niê]], cha là ông [[N:Y Blang Mlô]], chồng là anh [[N:Y Thuôn]] (SĐT [[P:0905 318 427]]).

THƯ KÝ                                        CHỦ TỌA
[[N:Trần Thị Kim Oanh]]                       [[N:Nguyễn Thanh Hải]]`,
  ],
  // 3 — incident report, Nghệ An: two patients with nearly the same name given each other's drugs
  [
    'incident',
    `BỆNH VIỆN HỮU NGHỊ ĐA KHOA NGHỆ AN
BÁO CÁO SỰ CỐ Y KHOA (mẫu Phụ lục I, Thông tư 43/2018/TT-BYT)
Số báo cáo: [[R:SC-2025/047]]        Ngày báo cáo: [[D:17-4-2025]]
Đơn vị báo cáo: Khoa Nội Tim mạch        Hình thức: tự nguyện

1. THÔNG TIN NGƯỜI BỆNH
- Họ tên: [[N:Nguyễn Thị Hoa]]   Năm sinh: 1958   Mã BN: [[R:NA.2504.008117]]   Phòng 6, giường 14
  Địa chỉ: [[A:khối 5, phường Hưng Dũng, TP Vinh]]
- Người bệnh liên quan: [[N:Nguyễn Thị Hòa]]   Năm sinh: 1961   Mã BN: [[R:NA.2504.008152]]   Phòng 6, giường 15
  Địa chỉ: [[A:xóm 3, xã Diễn Kỷ, huyện Diễn Châu]]

2. THỜI GIAN, ĐỊA ĐIỂM: 20 giờ 30, tối thứ Tư [[D:16/4/2025]], phòng 6 Khoa Nội Tim mạch.

3. MÔ TẢ SỰ CỐ
ĐD [[N:Phan Thị Thu Trang]] phát thuốc tối cho phòng 6. Hai người bệnh nằm giường cạnh nhau, họ tên chỉ khác dấu, túi thuốc in tên không dấu. Bà [[N:Hoa]] (giường 14) được phát nhầm túi thuốc của bà [[N:Hòa]] gồm Coveram 5/5 mg 1 viên và Concor 2,5 mg 1 viên; bà [[N:Hoa]] đã uống. Con gái bà [[N:Hoa]] là o [[N:Hạnh]] (SĐT [[P:0912.447.038]]) thấy viên thuốc lạ nên báo lại lúc 20 giờ 45.

4. XỬ TRÍ
BS trực [[N:Hồ Sỹ Tuấn]] khám ngay: HA 100/60 mmHg, mạch 58 l/ph. Theo dõi HA mỗi 30 phút trong 6 giờ, cho nằm đầu thấp, truyền NaCl 0,9% 500 ml. Đến 2 giờ sáng [[D:17-4]] HA 125/75, người bệnh ổn định. Bà [[N:Hòa]] được phát bù đúng thuốc lúc 21 giờ.

5. NGƯỜI CHỨNG KIẾN: HS [[N:Lê Thị Ngọc]]; chồng bà [[N:Hòa]] là ông [[N:Trần Văn Bình]] (SĐT [[P:0966 203 174]]).

6. PHÂN LOẠI: NC1 – tổn thương nhẹ. Nguyên nhân: không đối chiếu 2 thông tin định danh (họ tên + năm sinh) khi phát thuốc.

7. ĐỀ XUẤT: in tên có dấu trên túi thuốc; đeo vòng tay có mã vạch mã BN; không xếp người bệnh trùng tên gần nhau.

Người báo cáo: ĐD [[N:Phan Thị Thu Trang]] – SĐT [[P:0389 115 620]] – email [[E:thutrang.pt88@gmail.com]]
Trưởng khoa: BSCKII [[N:Hồ Sỹ Tuấn]]        Phòng Quản lý chất lượng tiếp nhận: CN [[N:Đậu Thị Quỳnh]]`,
  ],
  // 4 — discharge paper, Hà Nội: chemotherapy cycle 3/6, an apartment tower address
  [
    'discharge',
    `BỘ Y TẾ
BỆNH VIỆN K – CƠ SỞ TÂN TRIỀU
Số lưu trữ: [[R:25.K3.014426]]        Mã y tế: [[R:2504001881]]

GIẤY RA VIỆN
- Họ tên người bệnh: [[N:ĐỖ MINH KHÔI]]        Tuổi: 53        Giới: Nam
- Dân tộc: Kinh        Nghề nghiệp: Kỹ sư xây dựng
- Mã số BHXH: [[BH:0110183526]]        Thẻ BHYT: [[BH:DN 4 01 0118352674]]
- Địa chỉ: [[A:căn hộ 1712, tòa HH2A, khu đô thị Linh Đàm, phường Hoàng Liệt, quận Hoàng Mai]], Hà Nội
- Vào viện lúc: 08 giờ 10 phút, ngày [[D:14/04/2025]]
- Ra viện lúc: 15 giờ 00 phút, ngày [[D:18/04/2025]]
- Chẩn đoán: Ung thư biểu mô tuyến đại tràng sigma pT3N1M0 sau phẫu thuật (C18.7); tăng huyết áp (I10).
- Phương pháp điều trị: hóa chất bổ trợ phác đồ FOLFOX4, chu kỳ 3/6: Oxaliplatin 85 mg/m2 ngày 1; Leucovorin 200 mg/m2 và 5-FU 400/600 mg/m2 ngày 1-2. Chống nôn Ondansetron 8 mg. Thuốc huyết áp mang về: Coveram 5/5 mg, 1 viên/ngày.
- Ghi chú: Tái khám và vào hóa chất chu kỳ 4/6 ngày [[D:09/5/2025]] (thứ Sáu). Làm xét nghiệm công thức máu, CEA trước ngày [[D:08-5]]. Nghỉ ngơi tại nhà từ [[D:18/4 đến 25/4/2025]].
- Mã đơn thuốc điện tử: [[R:01019k7x2p4q-c]]
- Người nhà: vợ là chị [[N:Vương Thu Hằng]], SĐT [[P:0904 218 376]].
Xác nhận cho cơ quan: Công ty CP Sông Đà 9, mã nhân viên [[R:SD9-04417]]; hồ sơ bồi thường Bảo hiểm PVI số [[R:PVI.HN.25.0071324]].

Hà Nội, ngày [[D:18 tháng 04 năm 2025]]
TRƯỞNG KHOA                          BÁC SĨ ĐIỀU TRỊ
TS.BS [[N:Trịnh Quang Vĩnh]]         ThS.BS [[N:Ngô Thị Phương Thảo]]
(Người bệnh đã được BS [[N:Lại Văn Hiếu]] khám lại trước khi ra viện; ĐD [[N:Khuất Thị Lan]] hướng dẫn chăm sóc buồng tiêm truyền.)`,
  ],
  // 5 — death summary and mortality review, Tây Giang (Quảng Nam), a Cơ Tu man aged 92
  [
    'death-summary',
    `TRUNG TÂM Y TẾ [[A:HUYỆN TÂY GIANG]]
TÓM TẮT HỒ SƠ BỆNH ÁN TỬ VONG
Số: [[R:03/2025/TTTV]]

Họ tên: [[N:ALĂNG BHUÔI]]        Giới: Nam        Tuổi: [[AGE:92]]        Dân tộc: Cơ Tu
Địa chỉ: [[A:thôn Arớt, xã Lăng, huyện Tây Giang]], tỉnh Quảng Nam
Số CCCD: [[ID:049031002781]]        Thẻ BHYT: [[BH:DT2494920117836]]
Vào viện: 16 giờ 20 ngày [[D:09-4-2025]], từ TYT [[A:xã Lăng]] chuyển lên.
Tử vong: 03 giờ 15 phút ngày [[D:12 tháng 4 năm 2025]] (tức ngày [[D:15 tháng 3 năm Ất Tỵ]] âm lịch).

Quá trình bệnh lý: Người bệnh ho, sốt 5 ngày, khó thở tăng dần. Con trai là anh [[N:Alăng Dên]] và cháu gái [[N:Bh'riu Thị Nhanh]] đưa đến viện bằng xe máy biển số [[VP:92K1-358.04]]. Lần khám gần nhất tại trạm vào [[D:tháng 2]], đã được cấp thuốc huyết áp Amlodipin 5 mg.
Diễn biến: SpO2 82% khí trời, ran nổ hai phổi, X-quang mờ lan tỏa hai phế trường. Đã thở oxy mask, kháng sinh Ceftriaxon 2 g, Levofloxacin 750 mg. Ngày [[D:11/4]] gia đình từ chối chuyển Bệnh viện Trung ương Quảng Nam vì xa, muốn ở gần buôn làng.
Chẩn đoán tử vong: Viêm phổi nặng / Suy hô hấp cấp (J18.9; J96.0). Nguyên nhân tử vong: suy hô hấp cấp.

KIỂM ĐIỂM TỬ VONG (14 giờ 00 ngày [[D:14-4]])
Chủ trì: BSCKI [[N:Nguyễn Văn Lực]] – Phó Giám đốc. Thư ký: ĐD [[N:Clâu Thị Hoa]].
Thành viên: BS [[N:Pơloong Plênh]] (Khoa Nội – Nhi), BS [[N:Trương Thị Mỹ Dung]] (Khoa Cấp cứu), YS [[N:Arất Thị Mai]] (TYT [[A:xã Lăng]]).
Kết luận: chẩn đoán và xử trí phù hợp; người bệnh cao tuổi, đến muộn. Đề nghị tăng cường truyền thông tại thôn qua già làng [[N:Briu Pố]].
Giấy báo tử số [[R:07/2025/GBT]] giao cho anh [[N:Alăng Dên]], SĐT [[P:0868 504 219]].`,
  ],
  // 6 — neonatal nursing hand-over book, Sóc Trăng: incubators and Khmer mothers
  [
    'nursing',
    `BỆNH VIỆN SẢN NHI TỈNH SÓC TRĂNG – KHOA HỒI SỨC SƠ SINH
SỔ BÀN GIAO CA – ca đêm [[D:17/4]] sang ca sáng [[D:18/4/2025]]
Người giao: ĐD [[N:Trần Ngọc Diễm]]        Người nhận: ĐD [[N:Sơn Thị Chanh Đa]], ĐD [[N:Lâm Văn Tuấn]]
Tổng số 11 bé: lồng ấp 7, giường sưởi 3, nằm cạnh mẹ 1. Nhận mới 2, chuyển viện 1.

1. Lồng ấp số 3 – con của mẹ [[N:Thạch Thị Sa Ri]], mã sơ sinh [[R:SS25.01184]], sinh [[D:14-4]], 1.450 g, thai 31 tuần. NCPAP FiO2 30%, PEEP 5. Surfactant liều 2/2 lúc 2 giờ. Nuôi ăn tĩnh mạch, sữa mẹ 2 ml x 8 cữ. Mẹ nằm Khoa Sản phòng 204; bố là anh [[N:Danh Sóc]], SĐT [[P:0971 226 403]].
2. Lồng ấp số 5 – bé [[N:Bơ]], con mẹ [[N:Lý Thị Kim Thoa]], mã [[R:SS25.01179]]: ngưng thở 2 cơn lúc 1 giờ và 3 giờ 20, kích thích tự thở lại; Caffein citrat 5 mg/kg/ngày. Bà nội là bà [[N:Ba Lành]] thức canh suốt đêm.
3. Giường sưởi 2 – con mẹ [[N:Danh Thị Bé]], 2.600 g, hạ đường huyết lúc nhận (1,9 mmol/L), đã bolus Glucose 10% 2 ml/kg; thử lại 3,4.
4. Lồng ấp số 1 – con mẹ [[N:Kim Thị Sô Phia]], mã [[R:SS25.01191]], vàng da chiếu đèn, bilirubin 18,2 mg/dL lúc 4 giờ; đèn chiếu số 2 hỏng 1 bóng, đã báo anh [[N:Tài]] bên vật tư.
5. Nhận mới 23 giờ 40: con mẹ [[N:Lâm Thị Sa Vươl]], chuyển từ TTYT [[A:thị xã Vĩnh Châu]], giấy chuyển tuyến số [[R:58/2025/GCT]], địa chỉ [[A:ấp Prey Chop, xã Vĩnh Hải, thị xã Vĩnh Châu]]. Bà ngoại là bà [[N:Trầm Thị Sóc]] chỉ nói tiếng Khmer, nhờ hộ lý [[N:Thạch Thị Mỹ Linh]] phiên dịch. SĐT cậu của bé: [[P:0399 817 560]] (anh [[N:Trầm Sa Rết]]).
6. Nhận mới 2 giờ 10: con mẹ [[N:Huỳnh Thị Kiều Oanh]], mã [[R:SS25.01196]], suy hô hấp sau sinh mổ, thở oxy 1 lít/phút.
7. Chuyển Bệnh viện Nhi Đồng 1 lúc 5 giờ: con mẹ [[N:Sơn Thị Ngọc Huyền]] (nghi tim bẩm sinh tím), ĐD [[N:Ngọc Hân]] đi kèm, xe 115.
Việc cần làm ca sáng: lấy máu bé lồng ấp 3 làm CRP; BS [[N:Châu Minh Trí]] dặn cân tất cả các bé trước 8 giờ, sinh viên điều dưỡng [[N:Kim Ngọc Hân]] (MSSV [[R:2211402037]]) phụ cho bé ăn; trả giấy chứng sinh cho mẹ [[N:Sa Ri]] (số [[R:000318/GCS]]).
Ký giao: [[N:Diễm]]        Ký nhận: [[N:Chanh Đa]]`,
  ],
  // 7 — e-mail between two hospitals about a Korean tourist
  [
    'email',
    `From: BS. [[N:Trần Văn Quang]] <[[E:tranvanquang.bvkg@gmail.com]]>
To: Phòng Công tác xã hội, Bệnh viện Chợ Rẫy
Cc: ThS.BS [[N:Lê Thị Minh Châu]] <[[E:minhchau.le.ctxh@gmail.com]]>
Ngày gửi: Thứ Sáu, [[D:18/04/2025]] 09:42
Tiêu đề: V/v chuyển viện người bệnh quốc tịch Hàn Quốc

Kính gửi Quý Bệnh viện,

Bệnh viện Đa khoa tỉnh Kiên Giang xin thông tin: người bệnh [[N:KIM MIN-JUN]] ([[N:김민준]]), nam, sinh ngày [[D:22/03/1979]], hộ chiếu Hàn Quốc số [[PP:M82347165]], du lịch Phú Quốc, lưu trú tại khách sạn Sea Pearl, [[A:tổ 3, khu phố 7, phường Dương Đông, TP Phú Quốc]]. Người bệnh nhập viện lúc 23 giờ ngày [[D:16-4]] sau tai nạn xe máy trên [[A:đường Trần Hưng Đạo]].
Chẩn đoán: chấn thương sọ não, máu tụ ngoài màng cứng thái dương phải 18 mm (S06.4); gãy 1/3 giữa xương đòn trái (S42.0). Đã mổ lấy máu tụ ngày [[D:17/4]], hiện GCS 14 điểm. Mã người bệnh tại bệnh viện chúng tôi: [[R:KG-25-0088412]].
Vợ người bệnh là bà [[N:LEE SOO-JIN]] ([[N:이수진]]), SĐT [[P:+82 10-4821-7735]], mong muốn chuyển lên Chợ Rẫy để chuẩn bị về nước. Công ty bảo hiểm Samsung Fire & Marine đã gửi bảo lãnh viện phí số [[R:SFM-GOP-2504-11873]]; người phụ trách là ông [[N:Choi Dong-hyuk]], SĐT [[P:+82 2-3456-7812]]. Phiên dịch tự do: chị [[N:Nguyễn Hà My]], SĐT [[P:0918 335 046]].
Trân trọng,
[[N:Quang]]

----- Trả lời -----
From: ThS.BS [[N:Lê Thị Minh Châu]] <[[E:minhchau.le.ctxh@gmail.com]]>
Ngày: [[D:18/4/2025]], 14:05
Chào anh [[N:Quang]],
Bệnh viện Chợ Rẫy đồng ý tiếp nhận. Đề nghị chuyển trước 10 giờ ngày [[D:19-4]], khi đến liên hệ BS trực Khoa Ngoại Thần kinh là BS [[N:Phạm Hữu Nghĩa]] ([[P:0903 771 258]]). Xin gửi kèm đĩa CT, mã lưu trữ hình ảnh [[R:ACC.KG.2504170093]], và bản sao hộ chiếu của ông [[N:Kim]]. Phòng CTXH sẽ bố trí phiên dịch tiếng Hàn (em [[N:Park Ji-woo]], sinh viên thực tập, MSSV [[R:K21.0457]]).
[[N:Minh Châu]]`,
  ],
  // 8 — request for teleconsultation, Mèo Vạc (Hà Giang) to Bạch Mai, a Mông child
  [
    'teleconsult',
    `PHIẾU ĐỀ NGHỊ HỘI CHẨN TỪ XA
Đơn vị đề nghị: Trung tâm Y tế [[A:huyện Mèo Vạc]], tỉnh Hà Giang
Đơn vị được đề nghị: Bệnh viện Bạch Mai – Trung tâm Telehealth
Mã yêu cầu: [[R:TH-BM-2504-0312]]        Thời gian đề nghị: 14 giờ 00, thứ Sáu [[D:18.4.2025]]

I. THÔNG TIN NGƯỜI BỆNH
Họ tên: [[N:SÙNG MÍ CHÁ]]        Nam        Ngày sinh: [[D:05/11/2018]]
Địa chỉ: [[A:thôn Sủng Pả A, xã Pả Vi, huyện Mèo Vạc]]
Mã BN: [[R:MV.25.01416]]        BHYT: [[BH:TE1020201847365]]
Người giám hộ: bố là [[N:Sùng Mí Pó]], mẹ là [[N:Ly Thị Xúa]] (không biết chữ); liên hệ qua nhân viên y tế thôn [[N:Giàng Mí Dình]], SĐT [[P:0347 812 205]].

II. TÓM TẮT BỆNH ÁN
Trẻ sốt, ho, khó thở, phù mặt từ [[D:10 - 12/4]], điều trị tại TYT [[A:xã Pả Vi]] 2 ngày không đỡ, vào viện ngày [[D:13-4]]. Khám: mạch 132 l/ph, tĩnh mạch cổ nổi, tiếng tim mờ, gan 4 cm dưới bờ sườn. Siêu âm tim tại giường: tràn dịch màng ngoài tim lượng nhiều, dấu hiệu ép tim sớm. X-quang: bóng tim to hình bầu nước, hạch rốn phổi phải. Mantoux 14 mm. Đã tiêm BCG khi sơ sinh; lần khám sức khỏe gần nhất tại điểm trường vào [[D:tháng 3]].
Chẩn đoán sơ bộ: Tràn dịch màng ngoài tim / theo dõi lao màng ngoài tim (I31.3; A18.8).

III. NỘI DUNG ĐỀ NGHỊ
1. Chỉ định chọc dịch màng ngoài tim tại tuyến huyện hay chuyển ngay (đường đi 180 km)?
2. Phác đồ lao trẻ em 2RHZE/4RH có bắt đầu trước khi có kết quả Xpert không?

IV. THÀNH PHẦN
Bên đề nghị: BSCKI [[N:Hầu Văn Lử]] (Trưởng khoa Nhi), BS [[N:Nguyễn Thị Thúy Nga]], ĐD [[N:Vàng Thị Dung]].
Bên tư vấn dự kiến: PGS.TS [[N:Đặng Văn Khiêm]] (Viện Tim mạch), BS [[N:Lò Thị Thu Phương]] (Trung tâm Hô hấp).
Người liên hệ kỹ thuật: KS [[N:Phạm Đức Anh]], SĐT [[P:0912-605-338]] (Zalo cùng số).

Mèo Vạc, ngày [[D:17 tháng 4 năm 2025]]
GIÁM ĐỐC
[[N:Vương Ngọc Sơn]]`,
  ],
  // 9 — police request for medical records, Krông Pắc (Đắk Lắk), an assault in an Ê Đê village
  [
    'police-request',
    `CÔNG AN TỈNH ĐẮK LẮK
CÔNG AN [[A:HUYỆN KRÔNG PẮC]]
CƠ QUAN CẢNH SÁT ĐIỀU TRA
Số: [[R:318/CV-CSĐT]]
V/v đề nghị cung cấp hồ sơ bệnh án
Krông Pắc, ngày [[D:17 tháng 4 năm 2025]]

Kính gửi: Bệnh viện Đa khoa vùng Tây Nguyên

Căn cứ Bộ luật Tố tụng hình sự năm 2015; căn cứ Quyết định khởi tố vụ án hình sự số [[R:47/QĐ-CSĐT]] ngày [[D:10/4/2025]] về tội "Cố ý gây thương tích" xảy ra tối [[D:06-4]] tại [[A:buôn Ea Kmă, xã Ea Phê, huyện Krông Pắc]];
Cơ quan Cảnh sát điều tra Công an [[A:huyện Krông Pắc]] đề nghị Quý Bệnh viện cung cấp:
1. Bản sao bệnh án của người bị hại [[N:Y Dhar Kbuôr]], sinh năm 1990, trú tại [[A:buôn Ea Kmă, xã Ea Phê, huyện Krông Pắc]], CCCD số [[ID:066 090 001 437]], vào viện ngày [[D:07/4/2025]], mã người bệnh [[R:25.066.031872]];
2. Phim CT sọ não (số lưu trữ [[R:CT-2504-07719]]) và giấy chứng nhận thương tích số [[R:112/GCNTT]];
3. Thông tin về người đưa bị hại đến viện theo sổ tiếp đón; nhân chứng khai là anh [[N:Y Nguôn Mlô]] và chị [[N:H'Loan Êban]], đi xe máy biển số [[VP:47E1-552.83]].
Đối tượng [[N:Nay Blưm]] (biệt danh "[[N:Cu Đen]]"), sinh năm 1994, trú tại [[A:thôn 3, xã Ea Phê]], hiện đang bị tạm giữ.
Cán bộ thụ lý: Đại úy [[N:Trần Công Lực]], Điều tra viên, SĐT [[P:0935 118 627]].

Nơi nhận: Như trên; VKSND [[A:huyện Krông Pắc]] (để báo cáo); Lưu: HSVA.
KT. THỦ TRƯỞNG – PHÓ THỦ TRƯỞNG
Thiếu tá [[N:Lê Đình Sáu]]`,
  ],
  // 10 — insurer's appraisal letter about a British tourist in Hội An
  [
    'insurance-letter',
    `CÔNG TY TNHH GIÁM ĐỊNH ĐÔNG DƯƠNG
(đại lý giám định của EuroCare Assistance Asia Pte. Ltd.)
Số: [[R:GĐ-ECA/2025/0419]]
TP Hồ Chí Minh, ngày [[D:18/04/2025]]

Kính gửi: Ban Giám đốc Bệnh viện Đa khoa Vĩnh Đức (Hội An)
V/v: đề nghị cung cấp hồ sơ y tế phục vụ giám định bồi thường

Căn cứ yêu cầu của EuroCare Assistance Asia (Singapore) về hồ sơ bồi thường số [[R:ECA-CLM-25-118804]] theo hợp đồng bảo hiểm du lịch số [[R:ECA/UK/2025/0047712]] của người được bảo hiểm:
- Họ tên: Mr [[N:Thomas James WHITFIELD]], quốc tịch Anh, ngày sinh [[D:11 March 1996]], hộ chiếu số [[PP:548213977]];
- Điện thoại: [[P:+44 7700 900418]]; email: [[E:tom.whitfield96@outlook.com]];
- Nơi lưu trú tại Việt Nam: homestay [[A:số 14 kiệt 52 Nguyễn Duy Hiệu, phường Cẩm Châu, TP Hội An]].
Sự kiện: tai nạn khi điều khiển xe máy thuê (biển số [[VP:92H1-417.26]]) tối [[D:12-4]] trên [[A:đường Hai Bà Trưng]]; điều trị tại Quý Bệnh viện từ [[D:12 - 15/4/2025]], mã người bệnh [[R:VD25-004471]], sau đó chuyển Bệnh viện Đà Nẵng.
Để có cơ sở giám định, đề nghị Quý Bệnh viện cung cấp: (1) bản sao bệnh án và phiếu cấp cứu; (2) kết quả xét nghiệm nồng độ cồn trong máu; (3) hóa đơn số [[R:0004187]] và bảng kê chi phí; (4) tường trình của người đưa vào viện là anh [[N:Oliver Grant]], bạn đồng hành.
Người liên hệ phía khách hàng: bạn gái người bệnh là chị [[N:Lê Ngọc Thảo Vy]] ([[P:0932 507 811]]); mẹ người bệnh là bà [[N:Margaret Whitfield]] ([[P:+44 1632 960 584]]).
Giám định viên phụ trách: ông [[N:Phạm Minh Triết]], SĐT [[P:0908 662 145]], email [[E:triet.pm.adjuster@gmail.com]].
Hồ sơ được sử dụng để giải quyết bồi thường và được bảo mật theo quy định.
GIÁM ĐỐC
[[N:Nguyễn Hoàng Long]]`,
  ],
  // 11 — Zalo group of an ICU in Huế, "Name:" labels, regional address words
  [
    'chat-ward',
    `Nhóm Zalo "HSTC - trực đêm"
[[D:18-4]]
[[N:Hạnh]]: Bàn giao nhanh: giường 7 ôn [[N:Trương Văn Cẩn]] [[AGE:93]] tuổi, mã BN [[R:TWH.25.118427]], viêm phổi thở máy ngày 4, FiO2 40%, PEEP 6. Tối ni sốt 38,9, đã cấy máu lần 2.
[[N:Tuấn]]: Ok. Bà con của ôn có ai trực không?
[[N:Hạnh]]: Có o [[N:Lành]] con gái ôn ngồi ngoài hành lang, với eng [[N:Cu Tí]] cháu nội. Số o [[N:Lành]]: [[P:0914 062 388]]
[[N:Diệu Linh]]: Giường 9 mệ [[N:Nguyễn Thị Mận]] [[AGE:90]] tuổi, suy tim, hôm qua con trai ký cam kết không đặt nội khí quản. Mệ cứ hỏi [[D:rằm tháng Ba]] đã qua chưa để về cúng, e nói qua rồi, hôm thứ Hai đó mệ.
[[N:Tuấn]]: Ừ, tôn trọng ý gia đình. Giường 11?
[[N:Bảo]]: Giường 11 anh [[N:Hồ Văn Pả]], Tà Ôi, ở [[A:thôn A Ka, xã Hồng Thượng, huyện A Lưới]], ngộ độc nấm rừng, lọc máu xong buổi 2/3. Vợ là chị [[N:Kăn Thị Liên]] nói tiếng Kinh được ít.
[[N:Phúc]]: E bên xét nghiệm, kết quả cấy máu giường 7 (SID [[R:250417-1184]]) mọc Klebsiella, KSĐ sáng mai có.
[[N:Tuấn]]: Cảm ơn [[N:Phúc]]. [[N:Hạnh]] báo BS [[N:Hòa]] sáng mai đổi kháng sinh nghe.
[[N:Hạnh]]: Dạ. Mệ [[N:Huệ]] ([[N:Tôn Nữ Thị Huệ]]) giường 3 chuyển Khoa Nội A lúc 21h, con rể là ôn [[N:Lê Viết Thanh]] ký giấy rồi.
[[N:Diệu Linh]]: Giường 5 chú [[N:Hoàng]] xuất viện sáng [[D:19/4]], giấy ra viện số [[R:1832/GRV]] đã in, hẹn tái khám [[D:2-5]].
[[N:Bảo]]: Anh [[N:Tuấn]] ơi, người nhà anh [[N:Pả]] hỏi mượn tiền ăn, phòng CTXH mai mới làm, em cho tạm 200k trước nghe.
[[N:Tuấn]]: Ok, ghi sổ rồi mai báo chị [[N:Quyên]] CTXH.`,
  ],
  // 12 — Zalo group "Name (Department):" at a provincial hospital in Cao Bằng, Tày, Nùng and Dao names
  [
    'chat-ward',
    `Nhóm "Điều phối bệnh nhân nặng – BVĐK tỉnh Cao Bằng"
[[N:Hoàng Văn Sinh]] (Khoa Cấp cứu): Các khoa ơi, 5h10 tiếp nhận 2 BN tai nạn trên quốc lộ 3 đoạn [[A:xã Ngũ Lão, huyện Hòa An]]. BN 1: [[N:Ma Văn Thắng]], 42t, lái xe máy biển [[VP:11B1-204.77]], chấn thương ngực, gãy 4 xương sườn trái, tràn máu màng phổi. BN 2: [[N:Sầm Thị Pẻng]], 38t, ngồi sau, gãy kín xương cẳng chân phải.
[[N:Lục Văn Khoa]] (Khoa Ngoại): Khoa Ngoại nhận BN [[N:Pẻng]], cho lên phòng mổ 2. Anh [[N:Sinh]] gửi mã BN giúp.
[[N:Hoàng Văn Sinh]] (Khoa Cấp cứu): [[N:Thắng]] mã [[R:CB25.007713]], [[N:Pẻng]] mã [[R:CB25.007714]]. Người nhà là anh [[N:Nông Văn Đình]] em trai chị [[N:Pẻng]], SĐT [[P:0981 447 205]], nhà ở [[A:xóm Nà Vài, xã Đức Hạnh, huyện Bảo Lâm]].
[[N:Nông Thị Hà]] (Khoa Nội): Khoa Nội báo: BN [[N:Triệu Văn Páo]] (người Dao) giường 12 XHTH tái phát, Hb 68 g/L, xin 2 đơn vị máu.
[[N:Đàm Thị Thu]] (Khoa Xét nghiệm): Đã nhận mẫu BN [[N:Páo]], SID [[R:250418-0312]], nhóm máu O Rh+, hiện có 2 túi khối hồng cầu 350 ml, số túi [[R:2504110078]] và [[R:2504110091]].
[[N:Lục Văn Khoa]] (Khoa Ngoại): BN [[N:Thắng]] dẫn lưu màng phổi ra 600 ml máu, theo dõi tiếp. Chị [[N:Hà]] ơi còn giường HSTC không?
[[N:Nông Thị Hà]] (Khoa Nội): Còn 1 giường, bên HSTC chị [[N:Lý Thị Mai]] trực.
[[N:Lý Thị Mai]] (Khoa HSTC): Nhận được, 6h30 chuyển lên. Nhờ Cấp cứu gửi kèm ACC CT ngực [[R:2504180097]].
[[N:Bế Thanh Tùng]] (Phòng KHTH): Đã báo Công an [[A:huyện Hòa An]]; CSGT hỏi BHYT BN [[N:Thắng]]: [[BH:GD4040400731852]], CCCD [[ID:004 082 003 117]].
[[N:Hoàng Văn Sinh]] (Khoa Cấp cứu): Thêm BN 3 lúc 6h: bà [[N:Hoàng Thị Slim]] 71t ở [[A:tổ 7, phường Sông Hiến, TP Cao Bằng]], ngã cầu thang, nghi gãy cổ xương đùi. Con gái là chị [[N:Lương Thị Nhung]] [[P:0915.336.742]].
[[N:Lục Văn Khoa]] (Khoa Ngoại): Ok để Ngoại chấn thương nhận sau BN [[N:Pẻng]].`,
  ],
  // 13 — Messenger group of a stroke team in Đà Nẵng, "BS Name - Department:" labels, a Chinese tourist
  [
    'chat-ward',
    `Nhóm Messenger "Báo động đỏ đột quỵ"
ĐD [[N:Thảo]] - Cấp cứu: Báo động đỏ 7h05 [[D:18-4]]: BN [[N:Phan Văn Lộc]] 67t, ở [[A:tổ 12, phường Hòa Khánh Bắc, quận Liên Chiểu]], yếu nửa người phải, nói khó, khởi phát 6h40 (vợ là bà [[N:Đinh Thị Sương]] chứng kiến). Mã BN [[R:DN25.041172]].
BS [[N:Hưng]] - Thần kinh: Đang xuống. NIHSS?
ĐD [[N:Thảo]] - Cấp cứu: NIHSS 12, HA 172/96, đường 7,8.
BS [[N:Diệu]] - CĐHA: CT không xuất huyết, ASPECTS 9/10. CTA tắc M1 trái. ACC [[R:DN.CT.250418.0051]].
BS [[N:Hưng]] - Thần kinh: Tiêu sợi huyết Alteplase 0,9 mg/kg, BN 60 kg → 54 mg. Báo can thiệp.
BS [[N:Nguyễn Quốc Khánh]] - Can thiệp: Nhận, phòng DSA sẵn sàng 7h45. Cần người nhà ký cam kết.
ĐD [[N:Thảo]] - Cấp cứu: Bà [[N:Sương]] ký rồi. Con trai anh [[N:Phan Minh Tuấn]] đang từ [[A:khu công nghiệp Hòa Khánh]] chạy qua, SĐT [[P:0905 884 216]].
BS [[N:Hưng]] - Thần kinh: Ca thứ 2 lúc 8h20: khách du lịch Trung Quốc [[N:王建国]] ([[N:WANG JIANGUO]]), 71t, hộ chiếu [[PP:EJ4821736]], ở khách sạn trên [[A:đường Võ Nguyên Giáp, phường Phước Mỹ, quận Sơn Trà]], lơ mơ, méo miệng. Con gái là [[N:Wang Lili]], SĐT [[P:+86 138 0571 2246]].
BS [[N:Diệu]] - CĐHA: CT xuất huyết nhân bèo trái 22 ml. Không TSH.
ĐD [[N:Hằng]] - Phiên dịch: Em dịch tiếng Trung cho gia đình rồi, cô [[N:Lili]] nói bố có bệnh tăng huyết áp, đang uống Amlodipin 5 mg, tai biến lần trước [[D:tháng 9]] năm ngoái ở Quảng Châu.
BS [[N:Hưng]] - Thần kinh: Ok, cho vào Đơn vị đột quỵ giường 4, kiểm soát HA < 140. Mã BN [[R:DN25.041190]].
BS [[N:Nguyễn Quốc Khánh]] - Can thiệp: Ca ông [[N:Lộc]] tái thông TICI 3 lúc 8h55, chuyển ĐVĐQ giường 6.
BS [[N:Diệu]] - CĐHA: Tuyệt vời anh [[N:Khánh]]. Mai 8h chụp lại CT kiểm tra cho ông [[N:Lộc]].`,
  ],
  // 14 — commune health station monthly report with a patient list, Ninh Phước (Ninh Thuận), Chăm names
  [
    'commune-report',
    `UBND [[A:XÃ PHƯỚC HẬU]]
TRẠM Y TẾ
Số: 21/BC-TYT                                 Ninh Phước, ngày [[D:26 tháng 4 năm 2025]]

BÁO CÁO HOẠT ĐỘNG Y TẾ HẰNG THÁNG
(Kỳ báo cáo: từ [[D:26/3 - 25/4/2025]])
Kính gửi: Trung tâm Y tế [[A:huyện Ninh Phước]]

I. QUẢN LÝ BỆNH KHÔNG LÂY NHIỄM – người bệnh đến khám trong tháng
STT | Họ tên | Năm sinh | Địa chỉ | Mã QL | Thẻ BHYT | Ngày khám | Thuốc
1 | [[N:Đàng Thị Mỹ]] | 1956 | [[A:thôn Hậu Sanh]] | [[R:THA-0112]] | [[BH:HT3585804112376]] | [[D:02/4]] | Amlodipin 5 mg
2 | [[N:Thuận Văn Hòa]] | 1949 | [[A:thôn Hậu Sanh]] | [[R:THA-0087]] | [[BH:HT3585804109211]] | [[D:02/4]] | Losartan 50 mg
3 | [[N:Quảng Đại Cẩn]] | 1962 | [[A:thôn Phước Đồng]] | [[R:ĐTĐ-0041]] | [[BH:GD4585804117735]] | [[D:03/4]] | Metformin 500 mg x 2
4 | [[N:Châu Văn Sến]] | 1958 | [[A:thôn Phước Đồng]] | [[R:THA-0130]] | [[BH:HT3585804120018]] | [[D:03/4]] | Amlodipin 5 mg
5 | [[N:Thiên Sanh Thảo]] | 1970 | [[A:thôn Hiếu Lễ]] | [[R:ĐTĐ-0052]] | [[BH:GD4585804131460]] | [[D:07/4]] | Gliclazid 30 mg
6 | [[N:Lộ Minh Trại]] | 1951 | [[A:thôn Hiếu Lễ]] | [[R:THA-0094]] | [[BH:HT3585804108842]] | [[D:07/4]] | Amlodipin 5 mg + Losartan 50 mg
7 | [[N:Bá Văn Chung]] | 1966 | [[A:thôn Hậu Sanh]] | [[R:THA-0141]] | [[BH:GD4585804125507]] | [[D:09/4]] | Nifedipin 20 mg
8 | [[N:Trượng Thị Bích]] | 1960 | [[A:thôn Phước Đồng]] | [[R:ĐTĐ-0058]] | [[BH:HT3585804133184]] | [[D:09/4]] | Metformin 850 mg
9 | [[N:Hán Thị Ngọc Lan]] | 1972 | [[A:thôn Hiếu Lễ]] | [[R:THA-0152]] | [[BH:GD4585804140273]] | [[D:14/4]] | Amlodipin 5 mg
10 | [[N:Báo Văn Tài]] | 1955 | [[A:thôn Hậu Sanh]] | [[R:THA-0076]] | [[BH:HT3585804102596]] | [[D:14/4]] | Losartan 50 mg
11 | [[N:Phú Thị Ngọc Ánh]] | 1968 | [[A:thôn Phước Đồng]] | [[R:ĐTĐ-0063]] | [[BH:GD4585804139918]] | [[D:16/4]] | Gliclazid 30 mg + Metformin 500 mg
12 | [[N:Phạm Thị Sáu]] | 1947 | [[A:thôn Hiếu Lễ]] | [[R:THA-0069]] | [[BH:HT3585804098844]] | [[D:21/4]] | Amlodipin 5 mg
Ghi chú: ông [[N:Thuận Văn Hòa]] HA 180/100 ngày [[D:15-4]], đã chuyển Bệnh viện Đa khoa tỉnh Ninh Thuận, giấy chuyển tuyến số [[R:09/2025/GCT-TYT]]. Bà [[N:Phạm Thị Sáu]] (thường gọi bà [[N:Sáu Mỡ]]) bỏ khám 2 tháng, cô đỡ [[N:Đàng Thị Hường]] đã đến nhà nhắc.

II. TIÊM CHỦNG: 46 trẻ tiêm đủ mũi trong tháng. Một trường hợp sốt 38,5 sau tiêm mũi 3 (5 trong 1) ngày [[D:11-4]]: cháu [[N:Châu Thị Ny Na]], con anh [[N:Châu Văn Tín]], đã hết sốt sau 24 giờ.

III. QUẢN LÝ THAI: 9 thai phụ; sắp sinh: chị [[N:Đàng Thị Kim Thoa]] ([[A:thôn Hậu Sanh]]) dự sinh [[D:tháng 5]]; chị [[N:Lưu Thị Mỹ Hạnh]] dự sinh [[D:04/6]].

IV. KIẾN NGHỊ: cấp bổ sung Amlodipin 5 mg (còn 300 viên) và que thử đường huyết.

NGƯỜI LẬP BÁO CÁO                          TRẠM TRƯỞNG
YS [[N:Lưu Quang Thái]]                       BS [[N:Thập Thị Thu Hằng]]`,
  ],
];
