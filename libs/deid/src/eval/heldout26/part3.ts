// Held-out set 26, documents 27–40 (see index.ts for the conventions): clinical texts — an
// incident report, inter-hospital e-mails, a death review, a commune health station report,
// ward Zalo groups, a reply to the police, a lab sheet, a discharge summary, an ICU hand-over,
// an insurance-desk chat, a referral, an e-mail from a relative abroad, an ER register and a
// village health workers' group. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'report',
    `BỆNH VIỆN ĐA KHOA ĐỐNG ĐA – PHÒNG QUẢN LÝ CHẤT LƯỢNG
BÁO CÁO SỰ CỐ Y KHOA (tự nguyện)
Mã số sự cố: [[R:SC-2024-0192]]          Ngày báo cáo: [[D:19/06/2024]]
1. Nơi xảy ra: Khoa Nội tổng hợp, buồng 4.      Thời điểm: khoảng 05h40 [[D:18/06/2024]].
2. Người bệnh liên quan:
a) [[N:Nguyễn Thị Hoa]], nữ, ngày sinh [[D:05/3/1958]], mã NB [[R:24.031552]], giường 4-07, địa chỉ [[A:số 23 ngõ 105 Xã Đàn, phường Nam Đồng, quận Đống Đa]].
b) [[N:Nguyễn Thị Hòa]], nữ, ngày sinh [[D:12/9/1962]], mã NB [[R:24.031608]], giường 4-08, địa chỉ [[A:tổ 9, phường Khương Thượng, quận Đống Đa]].
3. Mô tả: Điều dưỡng ca đêm lấy máu xét nghiệm sinh hóa cho hai người bệnh nằm cạnh nhau, nhãn barcode in sẵn từ tối hôm trước. Ống máu của bà [[N:Hoa]] bị dán nhãn SID [[R:2406180332]] (của bà [[N:Hòa]]) và ngược lại, ống của bà [[N:Hòa]] dán SID [[R:2406180331]]. Kết quả kali 2,8 mmol/L (thực tế của bà [[N:Hoa]]) được trả về hồ sơ bà [[N:Hòa]]; bác sĩ chỉ định bù kali đường uống cho bà [[N:Hòa]].
Lúc 08h15, điều dưỡng [[N:Trần Thị Thu Trang]] phát hiện bất thường khi đối chiếu với kết quả cũ của bà [[N:Hòa]] (kali 4,9 mmol/L ngày [[D:16/6]]) và báo BS [[N:Đỗ Quang Huy]]. Người bệnh chưa uống thuốc. Lấy lại máu lúc 08h40 với SID mới [[R:2406180419]] và [[R:2406180420]]; kết quả lại khớp với lâm sàng. Nhật ký LIS ghi nhận kết quả được duyệt từ máy trạm có địa chỉ IP [[IP:192.168.14.87]].
4. Phân loại ban đầu: Sự cố đã xảy ra, chưa gây tổn thương cho người bệnh (NC0). Nhóm sự cố: xét nghiệm – định danh người bệnh.
5. Nguyên nhân: in nhãn hàng loạt cho cả buồng; hai người bệnh có họ tên gần giống, cùng tuổi sáu mươi; không đối chiếu hai thông tin định danh (họ tên và ngày sinh) với vòng đeo tay trước khi lấy máu.
6. Biện pháp đã thực hiện: thông báo cho hai người bệnh và người nhà (con gái bà [[N:Hoa]] là chị [[N:Lê Thu Hường]], [[P:0904 551 732]]); gắn cảnh báo "trùng tên" trên bảng buồng; chỉ in nhãn tại giường bằng máy cầm tay.
7. Đề xuất: tập huấn lại quy trình xác định người bệnh theo Thông tư 43/2018/TT-BYT cho điều dưỡng các khoa lâm sàng trong [[D:tháng 7]].
Người báo cáo: ĐD [[N:Phạm Thị Ngọc Ánh]] – ĐT [[P:0979 205 613]] – email [[E:ngocanh.pham.dd@gmail.com]]
Người tiếp nhận: [[N:Lê Minh Hằng]], Phòng QLCL, [[D:19/6/2024]], 10h20.`,
  ],
  // 28
  [
    'email',
    `Từ: [[N:Phan Thị Thanh Tâm]] <[[E:tamptt.dieuphoi@gmail.com]]>
Đến: [[N:Nguyễn Hữu Lộc]] <[[E:loc.nh.ot@gmail.com]]>
Cc: [[N:Lâm Thanh Bình]] <[[E:binhlt.gmhs@gmail.com]]>; [[E:khth.bvdkdongnai@gmail.com]]
Ngày: Thứ Năm, [[D:27 tháng 3, 2025]] lúc 02:14
Tiêu đề: [KHẨN] Thông báo người hiến chết não – mã [[R:HT-2025-00214]]
Kính gửi anh [[N:Lộc]] và Ban Điều phối ghép tạng Bệnh viện Chợ Rẫy,
Bệnh viện Đa khoa Đồng Nai thông báo trường hợp người bệnh chết não có nguyện vọng hiến tạng:
- Họ tên: [[N:Lê Hoàng Nam]], nam, sinh ngày [[D:14/08/1993]]; CCCD [[ID:075 093 008 417]].
- Địa chỉ: [[A:tổ 12, khu phố 4, phường Hố Nai, TP Biên Hòa]].
- Mã NB [[R:25.0318844]], vào viện [[D:24/3/2025]] sau tai nạn giao thông (xe máy [[VP:60B5-774.31]] va chạm xe container trên Quốc lộ 51 đoạn qua [[A:xã Phước Thái, huyện Long Thành]]).
- Đánh giá chết não lần 1 lúc 18h00 [[D:26/3]], lần 2 lúc 00h30 [[D:27/3]] (biên bản số [[R:07/BB-CĐCN]]).
- Nhóm máu B, Rh dương. Cân nặng 64 kg, cao 168 cm. HBsAg, anti-HCV, HIV âm tính. Creatinin 96 µmol/L, AST 48 U/L, ALT 35 U/L.
- Gia đình đồng ý hiến tim, gan, hai thận và hai giác mạc. Người đại diện ký đơn: mẹ là bà [[N:Võ Thị Ngọc Lan]], SĐT [[P:0908 362 471]].
Mẫu máu làm HLA và crossmatch đã gửi theo xe lúc 01h30, mã mẫu [[R:DN-HLA-0327-01]].
Đề nghị anh xác nhận kíp lấy tạng và giờ xuất phát. Điều phối viên trực: [[N:Tâm]], [[P:0961 408 552]].
Trân trọng,
[[N:Phan Thị Thanh Tâm]] – Tổ Điều phối ghép tạng, Phòng Kế hoạch tổng hợp
---------- Trả lời ----------
Từ: [[N:Nguyễn Hữu Lộc]] <[[E:loc.nh.ot@gmail.com]]>
Ngày: [[D:27/3/2025]] 03:02
Chị [[N:Tâm]] ơi, bên em đã nhận. Kíp của TS [[N:Trần Quốc Duy]] và BS [[N:Đoàn Thị Mỹ]] xuất phát lúc 05h00, dự kiến tới 06h45. Phân bổ tạm thời: tim cho NB mã [[R:CR-TIM-25-017]], gan cho NB [[R:CR-GAN-25-041]], một thận ghép tại Chợ Rẫy cho NB [[R:CR-KT-25-0391]], một thận ghép tại Đồng Nai theo danh sách chờ của Trung tâm Điều phối Quốc gia; giác mạc chuyển Ngân hàng Mắt.
Nhờ chị giữ MAP ≥ 65 mmHg, natri máu dưới 155 mmol/L, nước tiểu 1–3 ml/kg/giờ; làm lại khí máu và điện giải lúc 5h.
[[N:Lộc]] – Ban Điều phối – [[P:0903 115 284]]
---------- Trả lời ----------
Từ: [[N:Lâm Thanh Bình]] <[[E:binhlt.gmhs@gmail.com]]>
Ngày: [[D:27/3/2025]] 03:20
Phòng mổ số 2 sẵn sàng từ 06h30. Ê-kíp gây mê: BS [[N:Bình]], BS [[N:Võ Minh Trí]], ĐD [[N:Nguyễn Thị Kiều Oanh]].`,
  ],
  // 29
  [
    'minutes',
    `SỞ Y TẾ SÓC TRĂNG
TRUNG TÂM Y TẾ [[A:HUYỆN TRẦN ĐỀ]]
BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Thời gian: 14 giờ 00, [[D:05/8/2024]]. Địa điểm: Hội trường Trung tâm.
Chủ trì: BSCKII [[N:Trương Văn Lợi]] – Giám đốc. Thư ký: BS [[N:Lâm Thị Diễm My]].
Thành phần: BSCKI [[N:Thạch Sô Phanh]] (Trưởng khoa Hồi sức cấp cứu), BS [[N:Nguyễn Hoàng Khải]] (bác sĩ điều trị), ĐDT [[N:Trần Thị Bích Liên]], ĐD [[N:Danh Thị Chanh Thu]], đại diện Phòng Kế hoạch nghiệp vụ [[N:Huỳnh Văn Tới]].
I. HÀNH CHÍNH
Người bệnh: [[N:Lý Văn Sang]], nam, 46 tuổi, dân tộc Khmer, làm ruộng. Địa chỉ: [[A:ấp Giồng Chát, xã Trung Bình, huyện Trần Đề]]. Mã NB [[R:24009615]], số vào viện [[R:TD24-2277]]. Thẻ BHYT [[BH:HN2949421105336]].
Vào viện: 21 giờ 15, [[D:01/8/2024]]. Tử vong: 03 giờ 40, [[D:03/8/2024]], tại khoa Hồi sức cấp cứu.
II. TÓM TẮT QUÁ TRÌNH BỆNH
Khoảng 20h [[D:1/8]], vợ người bệnh là bà [[N:Thị Sa Vane]] phát hiện ông nôn ói cạnh chai thuốc diệt cỏ (paraquat) sau khi cãi nhau trong bữa cơm, lượng uống ước chừng 50 ml. Trạm Y tế [[A:xã Trung Bình]] gây nôn, chuyển đến Trung tâm lúc 21h15.
Tại khoa: tỉnh, bỏng niêm mạc miệng, họng; test dithionite nước tiểu dương tính (+++). Đã rửa dạ dày, than hoạt 50 g, đất sét Fuller's earth, truyền dịch, N-acetylcystein, methylprednisolon và cyclophosphamid theo phác đồ. Bác sĩ tư vấn chuyển Bệnh viện Đa khoa tỉnh để lọc máu hấp phụ; gia đình xin ở lại điều trị, có ký cam kết lúc 23h ([[N:Thị Sa Vane]] ký thay, con trai [[N:Lý Sô Khal]] làm chứng, SĐT [[P:0375 904 218]]).
Ngày [[D:2/8]]: creatinin tăng 285 µmol/L, AST 412 U/L, thở nhanh, SpO2 giảm 89%. Hạn chế oxy theo phác đồ. 01h50 [[D:3/8]] suy hô hấp nặng, đặt nội khí quản, ngừng tim lúc 03h10, cấp cứu 30 phút không kết quả.
III. Ý KIẾN THẢO LUẬN
BS [[N:Khải]]: tiên lượng tử vong rất cao ngay từ đầu do lượng paraquat lớn. BSCKI [[N:Sô Phanh]]: xử trí đúng phác đồ, ghi chép đầy đủ; cần ghi rõ giờ tư vấn chuyển viện trong tờ điều trị. ĐDT [[N:Liên]]: theo dõi dấu hiệu sinh tồn đủ 1 giờ/lần.
IV. KẾT LUẬN
Nguyên nhân tử vong: suy đa tạng do ngộ độc paraquat (T60.3), tự tử. Không có sai sót chuyên môn. Giấy báo tử số [[R:0215/GBT]] đã cấp ngày [[D:03/8/2024]]; đã thông báo Công an [[A:xã Trung Bình]]. Hồ sơ lưu trữ theo Thông tư 32/2023/TT-BYT.
THƯ KÝ [[N:Lâm Thị Diễm My]]            CHỦ TRÌ [[N:Trương Văn Lợi]]`,
  ],
  // 30
  [
    'report',
    `TRUNG TÂM Y TẾ [[A:HUYỆN CẦN GIUỘC]]
TRẠM Y TẾ [[A:XÃ PHƯỚC LẠI]]
BÁO CÁO CA BỆNH TRUYỀN NHIỄM GÂY DỊCH – TUẦN 33 (từ [[D:12/8 đến 18/8/2024]])
Kính gửi: Khoa Kiểm soát bệnh tật – HIV/AIDS, Trung tâm Y tế [[A:huyện Cần Giuộc]]
I. SỐT XUẤT HUYẾT DENGUE: 4 ca mới (cộng dồn từ đầu năm 37 ca, 0 tử vong)
1. [[N:Nguyễn Hoàng Khang]], nam, 7 tuổi – [[A:số 42, tổ 5, ấp Phước Thuận]] – khởi phát [[D:11/8]] – NS1 (+) – điều trị Bệnh viện Nhi đồng 2 – mẹ [[N:Trần Thị Diễm]] [[P:0939 257 106]].
2. [[N:Phan Thị Ngọc Hân]], nữ, 15 tuổi – [[A:tổ 5, ấp Phước Thuận]] – khởi phát [[D:12/8]] – NS1 (+) – điều trị ngoại trú, theo dõi tại trạm – cha [[N:Phan Văn Út]] [[P:0907.314.662]].
3. [[N:Lê Văn Tâm]], nam, 34 tuổi – [[A:ấp Lộc Tiền]] – khởi phát [[D:13/8]] – NS1 (+) – Bệnh viện Đa khoa Long An, mã NB [[R:24.078120]] – [[P:0384 115 930]].
4. [[N:Võ Thị Bích Ngọc]], nữ, 41 tuổi – [[A:ấp Phước Hậu]] – khởi phát [[D:15/8]] – NS1 (−), IgM (+) – Trung tâm Y tế huyện – CCCD [[ID:080183 004 719]].
II. TAY CHÂN MIỆNG: 2 ca mới
1. Bé [[N:Trần Gia Hân]], nữ, 2 tuổi, [[A:ấp Phước Thuận]], khởi phát [[D:14/8]], độ 1, theo dõi tại nhà; bà ngoại [[N:Huỳnh Thị Năm]] trông.
2. Bé [[N:Nguyễn Minh Khôi]], nam, 3 tuổi, học Trường Mầm non Phước Lại (lớp Chồi 2), khởi phát [[D:16/8]], độ 2a, chuyển Bệnh viện Nhi đồng 1; mẫu phân gửi Viện Pasteur TP.HCM, mã mẫu [[R:LA-CG-24-0815]].
III. HOẠT ĐỘNG XỬ LÝ
- Phun hóa chất diệt muỗi ổ dịch [[A:tổ 5, ấp Phước Thuận]] ngày [[D:15/8]] (48 hộ), diệt lăng quăng cùng cộng tác viên [[N:Đặng Văn Hiếu]] và [[N:Bùi Thị Thu]].
- Khử khuẩn lớp Chồi 2 ngày [[D:17/8]], thông báo cho Ban giám hiệu (cô [[N:Lê Thị Kim Phượng]]).
- Dự kiến chiến dịch diệt lăng quăng toàn xã vào [[D:24 - 25/8]].
Phước Lại, ngày [[D:19 tháng 8 năm 2024]]
NGƯỜI LẬP BÁO CÁO                      TRẠM TRƯỞNG
[[N:Lê Thị Mỹ Tiên]] ([[P:0939 418 227]])       [[N:Võ Thị Kim Loan]]`,
  ],
  // 31
  [
    'chat',
    `Zalo nhóm "HSTC NHI – BV HỮU NGHỊ VN CU BA ĐỒNG HỚI" (26 thành viên)
[[D:22/06/2025]]
15:02 [[N:Hoàng Thị Thu Hà]] (Cấp cứu Nhi): Nhận bé đuối nước từ TTYT [[A:huyện Lệ Thủy]]: [[N:Phạm Bảo Long]], nam, 6 tuổi, mã NB [[R:25.041287]], đ/c [[A:thôn Xuân Hồi, xã Liên Thủy, huyện Lệ Thủy]]. Ngã xuống ao sau nhà khoảng 13h, ngâm nước ước 5 phút, hàng xóm ép tim 10 phút có mạch lại. Hiện bóp bóng qua NKQ 5.0, SpO2 88%, M 150, HA 80/45.
15:04 [[N:Nguyễn Văn Quang]] (HSTC Nhi): Cho lên luôn, giường 3 có máy thở. Khí máu sao em?
15:10 [[N:Hoàng Thị Thu Hà]] (Cấp cứu Nhi): pH 7,12; pCO2 58; HCO3 15; lactat 6,1. X-quang mờ hai phế trường. SID [[R:2506221508]].
15:25 [[N:Nguyễn Văn Quang]] (HSTC Nhi): Đã lên máy, PEEP 10, FiO2 80%, SpO2 93%. Bố là [[N:Phạm Văn Tường]] [[P:0915 237 604]], mẹ [[N:Trần Thị Mơ]]. Bé chưa có thẻ BHYT giấy, số định danh [[ID:044218006731]], phòng BH tra giúp.
15:31 [[N:Trương Thị Lệ]] (Phòng BHYT): Tra ra mã BHXH [[BH:4421806731]], thẻ TE còn hạn. Ok rồi nha.
16:40 [[N:Lê Thị Hồng Nhung]] (ĐD HSTC Nhi): Bé co giật toàn thân khoảng 2 phút, đã tiêm Midazolam 0,1 mg/kg, báo BS [[N:Quang]].
17:15 [[N:Đặng Quốc Bảo]] (Phó khoa HSTC Nhi): Anh đã hội chẩn qua điện thoại với BS [[N:Hồ Minh Tâm]], Trung tâm Nhi Bệnh viện Trung ương Huế, bên đó sẵn sàng nhận nếu cần ECMO. Theo dõi đáp ứng 6h tới rồi quyết.
17:20 [[N:Nguyễn Văn Quang]] (HSTC Nhi): Dạ. Đã giải thích cho gia đình. Ông nội bé là [[N:Phạm Văn Sửu]] hỏi xin giấy xác nhận nằm viện cho bố bé nghỉ làm ở [[A:KCN Tây Bắc Đồng Hới]].
21:48 [[N:Lê Thị Hồng Nhung]] (ĐD HSTC Nhi): Khí máu lần 2 (SID [[R:2506222144]]): pH 7,31; pCO2 44; lactat 2,3. Giảm FiO2 còn 60%.
[[D:23/06/2025]]
07:00 [[N:Lê Thị Hồng Nhung]] (ĐD HSTC Nhi): Đêm ổn, không co giật lại. FiO2 50%, SpO2 97%, nước tiểu 1,5 ml/kg/giờ. Mẹ bé gửi lời cảm ơn anh [[N:Nguyễn Văn Sáng]] ở [[A:thôn Xuân Hồi]] đã ép tim cho bé.
07:12 [[N:Đặng Quốc Bảo]] (Phó khoa HSTC Nhi): Tốt. Báo Huế tạm chưa chuyển. Chiều nay siêu âm tim, EEG.
07:30 [[N:Phan Văn Định]] (Phòng CTXH): Bên mình có phóng viên [[N:Hải Yến]] Báo Quảng Bình xin thông tin ca này để tuyên truyền phòng đuối nước, đã xin phép gia đình, chỉ dùng tên viết tắt [[N:P.B.L]] nhé.`,
  ],
  // 32
  [
    'letter',
    `BỆNH VIỆN HỮU NGHỊ VIỆT TIỆP             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: [[R:1254/BVVT-KHTH]]                         Độc lập – Tự do – Hạnh phúc
V/v cung cấp thông tin thương tích         Hải Phòng, ngày [[D:12 tháng 8 năm 2024]]
Kính gửi: Cơ quan Cảnh sát điều tra Công an [[A:quận Lê Chân]]
Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 và Thông tư 32/2023/TT-BYT;
Bệnh viện Hữu nghị Việt Tiệp nhận được Công văn số [[R:487/CV-CSĐT]] ngày [[D:06/8/2024]] của Quý Cơ quan đề nghị cung cấp thông tin về thương tích của người bệnh liên quan vụ cố ý gây thương tích xảy ra tại [[A:phố Dư Hàng, phường Dư Hàng Kênh]] tối [[D:28/7/2024]]. Bệnh viện xin trả lời như sau:
1. Người bệnh: [[N:Đào Văn Mạnh]], sinh năm 1990, CCCD [[ID:031090007725]], trú tại [[A:số 8/112 Dư Hàng, phường Dư Hàng Kênh, quận Lê Chân]].
2. Vào viện lúc 23 giờ 10, [[D:28/7/2024]], mã NB [[R:24.087125]], số lưu trữ [[R:BA-24-11903]], điều trị tại khoa Phẫu thuật Hàm mặt – Tạo hình.
3. Tình trạng lúc vào: tỉnh, Glasgow 15 điểm; vết thương phần mềm vùng đỉnh dài 6 cm, bờ sắc gọn; sưng nề gò má trái.
4. Chẩn đoán: Vết thương vùng đầu / Gãy cung tiếp xương gò má trái (S02.4).
5. Điều trị: khâu vết thương, phẫu thuật kết hợp xương gò má bằng nẹp vít ngày [[D:30/7/2024]]. Ra viện [[D:04/8/2024]], tình trạng ổn định.
6. Giấy chứng nhận thương tích số [[R:336/GCNTT]] đã cấp cho người bệnh ngày [[D:07/8/2024]].
Đề nghị Quý Cơ quan cử điều tra viên [[N:Nguyễn Văn Thắng]] (SĐT [[P:0936 751 208]]) liên hệ Phòng Kế hoạch tổng hợp để được trích sao hồ sơ bệnh án phục vụ trưng cầu giám định theo Quyết định trưng cầu giám định số [[R:96/QĐ-CSĐT]] ngày [[D:09/8/2024]].
Nơi nhận:
- Như trên;
- Người bệnh [[N:Đào Văn Mạnh]] (để biết);
- Lưu: VT, KHTH.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
[[N:Nguyễn Quang Vinh]]
Người soạn thảo: [[N:Lê Thu Trang]] – Phòng KHTH, máy lẻ 215`,
  ],
  // 33
  [
    'lab',
    `BỆNH VIỆN ĐA KHOA TỈNH THANH HÓA – KHOA XÉT NGHIỆM
PHIẾU KẾT QUẢ XÉT NGHIỆM HÓA SINH – ĐỘC CHẤT
Mã phiếu: [[R:XN2406270418]]       SID: [[R:240627-0312]]       Barcode: [[R:893824062703 12]]
Họ tên: [[N:LÒ VĂN PẢN]]     Tuổi: 41     Giới: Nam     Dân tộc: Thái
Địa chỉ: [[A:bản Pha Đén, xã Trung Lý, huyện Mường Lát]], Thanh Hóa
Số vào viện: [[R:24.063382]]     Khoa: Hồi sức tích cực – Chống độc     Giường: 14 – Buồng 2
Đối tượng: BHYT [[BH:DT2383822147719]]     Chẩn đoán: Theo dõi ngộ độc lá ngón (T62.2)
BS chỉ định: [[N:Hà Văn Tuấn]]     Thời gian lấy mẫu: 06:40 [[D:27/06/2024]]     Nhận mẫu: 06:55
Loại mẫu: huyết thanh, máu toàn phần (heparin), nước tiểu
---------------------------------------------------------------
Xét nghiệm                    Kết quả      Đơn vị      Trị số tham chiếu
Glucose                       6,1          mmol/L      3,9 – 6,4
Urê                           7,8          mmol/L      2,5 – 7,5   H
Creatinin                     112          µmol/L      62 – 120
AST (GOT)                     54           U/L         < 37        H
ALT (GPT)                     41           U/L         < 40        H
CK                            1250         U/L         < 190       H
Natri                         138          mmol/L      135 – 145
Kali                          3,2          mmol/L      3,5 – 5,0   L
Clo                           101          mmol/L      98 – 106
Lactat                        3,4          mmol/L      0,5 – 2,2   H
Ethanol máu                   < 10         mg/dL
Khí máu động mạch: pH 7,31; pCO2 48 mmHg; pO2 72 mmHg; HCO3- 23 mmol/L
Định tính alkaloid Gelsemium (nước tiểu, sắc ký lớp mỏng): DƯƠNG TÍNH
Định tính paraquat (nước tiểu): âm tính
---------------------------------------------------------------
Mẫu lưu trữ số: [[R:LT-2406-0512]] (lưu 30 ngày tại tủ -20°C số 3)
Kỹ thuật viên: [[N:Lê Thị Phương Thảo]]     Người duyệt kết quả: ThS. [[N:Nguyễn Văn Hậu]]
Thời gian trả kết quả: 08:12 [[D:27/06/2024]]
Ghi chú lâm sàng (BS [[N:Tuấn]]): người bệnh ăn nhầm lá ngón lẫn rau rừng trưa [[D:26/6]], được Trạm Y tế [[A:xã Trung Lý]] rửa dạ dày, chuyển Bệnh viện Đa khoa khu vực Ngọc Lặc rồi chuyển tuyến tỉnh. Vợ là [[N:Lữ Thị Ơn]], SĐT [[P:0348 602 917]].`,
  ],
  // 34
  [
    'discharge',
    `SỞ Y TẾ BÌNH ĐỊNH
BỆNH VIỆN ĐA KHOA KHU VỰC BỒNG SƠN
Khoa Nội tổng hợp – Lão khoa
TÓM TẮT HỒ SƠ BỆNH ÁN (kèm giấy ra viện)
Họ và tên: [[N:ĐẶNG THỊ NGOAN]]     Giới: Nữ     Tuổi: [[AGE:95]]
Ngày sinh: [[D:02/02/1929]]     CCCD: [[ID:052129 000 384]]
Địa chỉ: [[A:khu phố Thiện Chánh 2, phường Tam Quan Bắc, thị xã Hoài Nhơn]], tỉnh Bình Định
BHYT: [[BH:CK2525215033871]]     Mã NB: [[R:24.017762]]     Số lưu trữ: [[R:1852/LK]]
Người nhà: con trai [[N:Trần Văn Mười]] – SĐT [[P:0914 382 051]]; cháu [[N:Trần Thị Mỹ Linh]] – [[P:0389.270.114]]
Vào viện: 10 giờ 05, [[D:11/12/2024]]     Ra viện: 08 giờ 30, [[D:20/12/2024]]
Lý do vào viện: ho, sốt, khó thở 3 ngày.
Quá trình bệnh lý và diễn biến: Người bệnh cao tuổi, tiền sử tăng huyết áp 30 năm, suy tim, thoái hóa khớp gối. Vào viện: tỉnh, tiếp xúc chậm, Glasgow 14 điểm, nhiệt độ 38,6°C, nhịp thở 26 l/p, SpO2 90% khí trời, ran nổ đáy phổi phải, phù nhẹ hai chân, HA 150/80 mmHg.
Cận lâm sàng: bạch cầu 15,2 G/L, CRP 86 mg/L, NT-proBNP 3.420 pg/mL; X-quang: đám mờ đáy phổi phải, bóng tim to; cấy đờm (mã [[R:CĐ24-1203]]) mọc Streptococcus pneumoniae nhạy ceftriaxon.
Chẩn đoán: Viêm phổi cộng đồng mức độ trung bình (J18.9) / Suy tim mạn NYHA III (I50.0) / Tăng huyết áp (I10).
Phương pháp điều trị: Ceftriaxon 2g/ngày x 7 ngày; Furosemid 40mg; Bisoprolol 2,5mg; thở oxy kính 2 lít/phút 4 ngày đầu; vỗ rung, tập thở; chế độ ăn lỏng, nhạt.
Tình trạng ra viện: tỉnh, hết sốt từ [[D:15/12]], SpO2 96% khí trời, đi lại được có người dìu.
Hướng điều trị tiếp: Bisoprolol 2,5mg 1 viên sáng; Furosemid 40mg 1/2 viên sáng; Amlodipin 5mg 1 viên tối. Đơn thuốc điện tử mã [[R:52008r6t1xk2-c]]. Tái khám [[D:03/01/2025]] hoặc khi khó thở, sốt lại.
Hoài Nhơn, ngày [[D:20 tháng 12 năm 2024]]
BÁC SĨ ĐIỀU TRỊ [[N:Nguyễn Thị Hồng Vân]]       TRƯỞNG KHOA [[N:Phạm Ngọc Quý]]
(Bản sao gửi Trạm Y tế [[A:phường Tam Quan Bắc]] để quản lý người cao tuổi tại nhà; cán bộ phụ trách khu phố là y sĩ [[N:Võ Thị Thu]].)`,
  ],
  // 35
  [
    'handover',
    `BỆNH VIỆN ĐA KHOA THỐNG NHẤT ĐỒNG NAI – KHOA HỒI SỨC TÍCH CỰC
BÀN GIAO CA (BS + ĐD) – 07h00 [[D:19/04/2025]]
BS giao: [[N:Ngô Thanh Phú]] – BS nhận: [[N:Lưu Thị Kim Yến]] – ĐD trưởng ca: [[N:Điểu Thị Hằng]]
Tổng 14 NB / 16 giường, thở máy 8, lọc máu liên tục 2, chuyển đến 1, chuyển đi 0, tử vong 0.
HS-01 [[N:Trần Văn Hậu]], 38t, mã NB [[R:25041877]] – [[A:ấp Bến Nôm 1, xã Phú Cường, huyện Định Quán]]. Bỏng điện cao thế 35% (hai tay, ngực), thở máy ngày 3. Đêm tiểu 1.400 ml, nước tiểu sẫm màu, CK 18.600. Chờ khoa Bỏng hội chẩn cắt lọc tay phải lúc 9h. Vợ [[N:Nguyễn Thị Thu Vân]] [[P:0376 842 105]].
HS-03 [[N:Lê Quang Khải]], 17t, mã NB [[R:25041902]] – [[A:khu phố 2, phường Xuân An, TP Long Khánh]]. Uốn ván toàn thân sau đạp đinh, mở khí quản, an thần Midazolam + Magie sulfat. Đêm co cứng 2 cơn ngắn. Mẹ [[N:Phạm Thị Lệ]] đóng tạm ứng, biên lai số [[R:0002315]].
HS-05 [[N:Y Bhinh]], 52t, người Ê Đê, mã NB [[R:25041955]] – tạm trú [[A:ấp 6, xã Gia Tân 3, huyện Thống Nhất]]. Ngộ độc phospho hữu cơ, Atropin 2mg/giờ, đã cai máy lúc 5h. Chưa có người nhà, Công an [[A:xã Gia Tân 3]] đang liên hệ gia đình ở Đắk Lắk. CMND cũ số [[CM:241358726]].
HS-07 [[N:Nguyễn Thị Bảo Châm]], 29t, mã NB [[R:25042011]] – [[A:số 16/3 đường Bùi Văn Hòa, phường Long Bình Tân, TP Biên Hòa]]. Sốc sốt xuất huyết Dengue, đã ra sốc, Hct 38%. Bỏ vận mạch từ 3h.
HS-10 [[N:Mai Văn Tỵ]], [[AGE:91]]t, mã NB [[R:25042018]] – [[A:xã Hố Nai 3, huyện Trảng Bom]]. Viêm phổi bệnh viện trên nền COPD, thở máy, cấy đàm (mã cấy [[R:VS2504-2210]]) ra Acinetobacter. Gia đình (con gái [[N:Mai Thị Tuyết]]) xin không đặt lại nội khí quản nếu rút ống thất bại, đã ký giấy ngày [[D:18/4]].
HS-12 (chuyển đến 02h30): [[N:Vương Gia Kiệt]], 45t, mã NB [[R:25042093]], TNGT (xe máy [[VP:60F1-238.74]]), chấn thương sọ não, mổ máu tụ dưới màng cứng lúc 0h. CCCD [[ID:075080 007 321]]. Đồn CSGT Dầu Giây gọi hỏi tình trạng, đã hướng dẫn làm văn bản.
Việc cần làm: xét nghiệm 6h đã lấy đủ (SID từ [[R:2504190601]] đến [[R:2504190614]]), chụp X-quang tại giường 8h cho HS-01, HS-10, HS-12; bàn giao tủ thuốc cấp cứu số 2 đủ cơ số.`,
  ],
  // 36
  [
    'chat',
    `Zalo nhóm "BHYT – KHU KHÁM BỆNH BVĐK SÓC TRĂNG" (19 thành viên)
[[D:07/05/2025]]
07:18 [[N:Trần Ngọc Diễm]] (Quầy 2): Bà [[N:Thạch Thị Sa Vy]], thẻ [[BH:DT2949420413577]], cổng giám định báo sai ngày sinh: thẻ ghi [[D:12/03/1968]], CCCD ghi [[D:21/03/1968]]. Có cho khám BHYT không chị?
07:21 [[N:Lâm Thị Kim Xuyến]] (Giám định BHYT): Em tra theo CCCD đi, từ [[D:tháng 6]] dùng số định danh là được. Số của bà là gì?
07:22 [[N:Trần Ngọc Diễm]] (Quầy 2): [[ID:094168008291]], bà xuất trình VNeID mức 2 rồi.
07:25 [[N:Lâm Thị Kim Xuyến]] (Giám định BHYT): Ra mã BHXH [[BH:9421837765]], còn hạn. Cho khám bình thường, ghi chú sai ngày sinh để bên BHXH điều chỉnh.
07:40 [[N:Huỳnh Văn Phước]] (Quầy 4): Anh [[N:Tăng Quốc Bảo]], giấy chuyển tuyến của TTYT [[A:huyện Kế Sách]] số [[R:512/2025/GCT]] ký ngày [[D:02/01/2025]] thì còn giá trị không ạ? Bệnh mạn tính, đái tháo đường.
07:44 [[N:Lâm Thị Kim Xuyến]] (Giám định BHYT): Bệnh mạn tính trong danh mục thì giấy chuyển tuyến dùng đến hết ngày [[D:31/12/2025]] nha em.
08:02 [[N:Sơn Thị Ngọc Hà]] (Quầy 1): Có trường hợp dùng thẻ người khác: người đến khám khai tên [[N:Nguyễn Văn Bé Tư]] nhưng ảnh CCCD là nam khoảng 60, người đến khoảng 30. Thẻ [[BH:GD4949420176503]]. Em mời về phòng Bảo vệ chưa?
08:05 [[N:Lê Hoàng Nam]] (Phòng Bảo vệ): Anh xuống liền. Lập biên bản, người đó tự khai là [[N:Nguyễn Văn Nghĩa]], con trai, SĐT [[P:0399 825 410]], xe máy [[VP:83P1-268.35]] đang gửi bãi.
09:30 [[N:Trần Ngọc Diễm]] (Quầy 2): Hóa đơn điện tử số [[R:00031874]] của bệnh nhân [[N:Lý Thị Mỹ]] in trùng 2 lần, kế toán hủy giúp em 1 bản. Mã NB [[R:25.033219]].
09:33 [[N:Châu Minh Thư]] (Kế toán): Đã hủy nha [[N:Diễm]].
10:15 [[N:Huỳnh Văn Phước]] (Quầy 4): Ông [[N:Kim Sóc]] [[AGE:93]] tuổi ở [[A:xã Hồ Đắc Kiện, huyện Châu Thành]] không mang thẻ, con gái gửi hình thẻ qua Zalo: [[BH:CK2949421550918]]. Cho dùng hình chụp được không?
10:18 [[N:Lâm Thị Kim Xuyến]] (Giám định BHYT): Tra CCCD là đủ, không cần hình thẻ. Nhớ ưu tiên ông cụ vô phòng 12 khám trước.
10:20 [[N:Huỳnh Văn Phước]] (Quầy 4): Dạ 👌`,
  ],
  // 37
  [
    'referral',
    `TRUNG TÂM Y TẾ [[A:HUYỆN MỸ XUYÊN]]
TRẠM Y TẾ [[A:XÃ ĐẠI TÂM]]
Số: [[R:27/GCT-TYT]]
PHIẾU CHUYỂN TUYẾN
Kính gửi: Phòng khám Dại – Khoa Kiểm soát bệnh tật, Trung tâm Y tế [[A:huyện Mỹ Xuyên]]
Trạm Y tế [[A:xã Đại Tâm]] giới thiệu người bệnh:
Họ tên: [[N:Lâm Gia Bảo]]     Nam     8 tuổi (sinh ngày [[D:30/10/2016]])
Địa chỉ: [[A:ấp Đại Nghĩa Thắng, xã Đại Tâm, huyện Mỹ Xuyên]]
Số định danh: [[ID:094216004882]]     Thẻ BHYT: [[BH:HS4949421287005]]
Cha/mẹ: [[N:Lâm Văn Tài]] – [[P:0338 471 602]]; [[N:Triệu Thị Lan]]
Lý do chuyển: Chó lạ cắn vào mặt và cổ tay phải lúc 16h30 [[D:23/02/2025]] trên đường đi học về gần chùa Đại Tâm. Vết thương mặt dài 2 cm, chảy máu, phân độ III theo hướng dẫn.
Đã xử trí: rửa vết thương bằng xà phòng dưới vòi nước 15 phút, sát khuẩn povidon iod, băng thưa; tiêm SAT 1.500 UI (tiền sử tiêm đủ vắc xin DPT theo Tiêm chủng mở rộng). Chưa khâu vết thương.
Chỉ định chuyển: tiêm huyết thanh kháng dại (SAR) và vắc xin phòng dại (Verorab) phác đồ tiêm trong da theo lịch ngày 0 – 3 – 7 – 28.
Con chó: chó lông vàng, không rõ chủ, đã bị người dân đánh chết, đã báo cán bộ thú y xã lấy mẫu não.
Thời gian chuyển: 17h20 [[D:23/02/2025]]     Người chuyển: y sĩ [[N:Danh Văn Sang]] ([[P:0945 208 367]])
Trạm trưởng: [[N:Trần Thị Kiều Oanh]]
—————— PHẦN TIẾP NHẬN CỦA TTYT ——————
Tiếp nhận 18h05 [[D:23/02/2025]]. Mã NB [[R:MX25-004187]]. Đã tiêm SAR 40 UI/kg thấm quanh vết thương, Verorab mũi 1 (số lô vắc xin ghi trong sổ tiêm chủng cá nhân số [[R:TC-0942-1603]]). Lịch tiêm tiếp: [[D:26/02]], [[D:02/03]], [[D:23/03/2025]].
Người tiếp nhận: ĐD [[N:Hứa Thị Mỹ Duyên]]. Kết quả mẫu não chó (Chi cục Chăn nuôi và Thú y tỉnh, mã mẫu [[R:TY-ST-25-0091]]): dương tính với virus dại, ngày [[D:28/02/2025]].`,
  ],
  // 38
  [
    'email',
    `Từ: [[N:Nguyễn Thị Thu Phương]] <[[E:thuphuong.nguyen88@gmail.com]]>
Đến: Phòng Công tác xã hội <[[E:ctxh.laokhoatw@gmail.com]]>
Ngày: [[D:09/10/2024]], 21:47 (giờ Hàn Quốc)
Tiêu đề: Xin thông tin và trích sao hồ sơ bệnh án của bố tôi – [[N:Nguyễn Văn Lợi]]
Kính gửi Phòng Công tác xã hội Bệnh viện Lão khoa Trung ương,
Tôi là [[N:Nguyễn Thị Thu Phương]], con gái của ông [[N:Nguyễn Văn Lợi]] (sinh năm 1935, mã người bệnh [[R:2410-22675]]), đang điều trị tại Khoa Hô hấp từ [[D:02/10/2024]]. Hiện tôi làm việc tại Suwon, Hàn Quốc, số điện thoại [[P:+82 10 4821 7730]]; hộ chiếu số [[PP:C4729316]].
Tôi xin hỏi hai việc:
1. Tình hình sức khỏe của bố tôi. Em trai tôi là [[N:Nguyễn Văn Hoàng]] ([[P:0983 607 114]]) ở cùng bố nhưng chưa gặp được bác sĩ điều trị là BS [[N:Trịnh Thu Hà]].
2. Gia đình có mua bảo hiểm sức khỏe Bảo Việt An Gia cho bố, số thẻ thành viên [[BH:BVAG-0174-558213]], số hồ sơ bồi thường [[R:HN-2410-07782]]. Công ty bảo hiểm yêu cầu bản sao giấy ra viện, bảng kê chi phí và hóa đơn. Tôi có thể ủy quyền cho em trai đến nhận thay không, và cần giấy tờ gì?
Mẹ tôi là bà [[N:Trần Thị Bích]], năm nay [[AGE:90]] tuổi, ở nhà tại [[A:số 7 ngách 35/12 phố Khương Hạ, phường Khương Đình, quận Thanh Xuân]], nên không đi lại được.
Trân trọng cảm ơn.
[[N:Thu Phương]]
---------- Trả lời ----------
Từ: Phòng Công tác xã hội <[[E:ctxh.laokhoatw@gmail.com]]>
Ngày: [[D:10/10/2024]], 09:15
Chào chị [[N:Phương]],
Phòng đã chuyển thông tin đến Khoa Hô hấp. BS [[N:Hà]] hẹn gặp anh [[N:Hoàng]] lúc 14h00 [[D:11/10]] tại phòng giao ban khoa, tầng 4 nhà B.
Về trích sao hồ sơ: anh [[N:Hoàng]] mang CCCD của mình, giấy ủy quyền có chữ ký của ông [[N:Lợi]] (hoặc của chị, có xác nhận của Đại sứ quán/Lãnh sự quán hoặc chứng thực chữ ký), nộp tại Phòng Kế hoạch tổng hợp, bộ phận lưu trữ. Thời gian trả bản sao khoảng 5 ngày làm việc kể từ khi ông ra viện.
Người phụ trách: [[N:Đỗ Thị Lan Anh]], [[P:0912 744 086]].
Trân trọng.`,
  ],
  // 39
  [
    'report',
    `TRUNG TÂM Y TẾ [[A:HUYỆN ĐỨC HÒA]] – KHOA CẤP CỨU
SỔ THEO DÕI NGƯỜI BỊ TAI NẠN GIAO THÔNG – [[D:tháng 9]] năm 2024 (trích trang 14)
STT | Giờ, ngày vào | Họ tên, tuổi | Địa chỉ | Phương tiện – BKS | Mũ BH | Cồn | Chẩn đoán | Xử trí | Mã NB
41 | 18:50 [[D:21/9]] | [[N:Nguyễn Văn Trung]], 27 | [[A:ấp Bình Tiền 2, xã Đức Hòa Hạ]] | xe máy [[VP:62H1-044.17]] | có | 0,42 mg/L | Chấn thương đầu, vết thương trán | Khâu, theo dõi | [[R:24.092311]]
42 | 19:05 [[D:21/9]] | [[N:Trần Thị Mỹ]], 54 | [[A:khu phố 3, thị trấn Hậu Nghĩa]] | người đi bộ | – | âm tính | Gãy kín 2 xương cẳng chân P | Nẹp, chuyển BVĐK Long An, giấy CT số [[R:1184/GCT]] | [[R:24.092318]]
43 | 22:40 [[D:21/9]] | [[N:Lê Thành Đạt]], 19 | [[A:ấp Tân Hòa, xã Hòa Khánh Tây]] | xe máy [[VP:62K1-719.05]] | không | 0,68 mg/L | CTSN, Glasgow 9đ | Đặt NKQ, chuyển BV Chợ Rẫy, giấy CT số [[R:1185/GCT]] | [[R:24.092334]]
44 | 23:10 [[D:21/9]] | [[N:Phạm Quốc Huy]], 20 (đi cùng 43) | [[A:ấp Tân Hòa, xã Hòa Khánh Tây]] | – | không | 0,51 mg/L | Trầy xước, bong gân cổ chân T | Băng, về | [[R:24.092336]]
45 | 06:35 [[D:22/9]] | [[N:Huỳnh Thị Lệ]], 62 | [[A:số 118, ấp Mới 1, xã Mỹ Hạnh Nam]] | xe đạp | – | âm tính | Gãy đầu dưới xương quay T | Bó bột | [[R:24.092402]]
46 | 07:20 [[D:22/9]] | [[N:Võ Hoàng Phúc]], 8, học sinh | [[A:xã Đức Lập Thượng]] | ngồi sau xe máy [[VP:62B2-350.88]] do mẹ [[N:Võ Thị Hương]] lái | có | – | Xây xát, theo dõi chấn thương bụng | Siêu âm bình thường, về | [[R:24.092405]]
47 | 11:55 [[D:22/9]] | Nam vô danh, khoảng 45 | chưa rõ | xe máy [[VP:51G9-120.63]] | không | 0,9 mg/L | CTSN nặng | Chuyển BV Chợ Rẫy; mã tạm [[R:VD-2409-03]]; sau xác định là [[N:Đinh Văn Hòa]], [[A:ấp 4, xã Lộc Giang]], CMND [[CM:301254876]] | [[R:24.092517]]
Ghi chú: BN 43, 44 đã có Đội CSGT Công an [[A:huyện Đức Hòa]] đến làm việc lúc 23h30, cán bộ [[N:Nguyễn Thanh Liêm]] ([[P:0918 254 703]]). BN 47: người nhà (vợ [[N:Lý Thị Nhỏ]], [[P:0395 662 419]]) đến lúc 15h [[D:22/9]], đã thông báo Chợ Rẫy.
ĐD ghi sổ: [[N:Phan Thị Trúc Ly]] / BS trực: [[N:Lâm Văn Vũ]]`,
  ],
  // 40
  [
    'chat',
    `Zalo nhóm "Y TẾ THÔN BẢN – TYT [[A:XÃ PHÚ LỆ]]" (14 thành viên)
[[D:03/08/2024]]
05:12 [[N:Hà Văn Mun]] (YTTB [[A:bản Sại]]): Báo trạm ơi, chị [[N:Hà Thị Dịu]] vợ anh [[N:Lò Văn Thiện]] ở [[A:bản Sại]] đẻ ở nhà lúc 4h30, con trai, ra máu nhiều lắm. Nhà chưa có ai đi khám thai, không có sổ.
05:14 [[N:Phạm Thị Hạnh]] (Trạm trưởng): Anh [[N:Mun]] cho chị ấy nằm đầu thấp, xoa đáy tử cung liên tục, cho bé bú ngay. Em với nữ hộ sinh [[N:Ngân Thị Thơm]] đi lên liền. Đường tràn qua suối có qua được không anh?
05:16 [[N:Hà Văn Mun]] (YTTB [[A:bản Sại]]): Nước suối lên cao, xe máy không qua được, phải đi bộ qua cầu treo [[A:bản Chiềng]].
05:40 [[N:Lương Văn Thắng]] (Phó Chủ tịch UBND [[A:xã Phú Lệ]]): Xã đã huy động 6 thanh niên ở [[A:bản Sại]] khiêng cáng. Công an xã có xe ở đầu cầu. SĐT anh [[N:Thiện]] là [[P:0389 227 514]].
06:35 [[N:Phạm Thị Hạnh]] (Trạm trưởng): Đã đến nơi. Chị [[N:Dịu]] mạch 118, HA 85/50, sót rau. Đã tiêm Oxytocin 10 UI, truyền 2 chai Ringer lactat. Bé 3,1 kg, khóc tốt, tiêm vitamin K1 xong. Gọi TTYT [[A:huyện Quan Hóa]] cho xe đón ở [[A:bản Chiềng]].
06:38 [[N:Trương Văn Hùng]] (TTYT [[A:huyện Quan Hóa]] – cấp cứu 115): Xe cứu thương số 2 đã xuất phát, khoảng 40 phút. Chuẩn bị hồ sơ chuyển Bệnh viện Đa khoa khu vực Ngọc Lặc luôn nếu cần truyền máu.
07:50 [[N:Ngân Thị Thơm]] (NHS): Đã bàn giao cho TTYT lúc 07:45. Chị [[N:Dịu]] sinh năm 2003, CCCD [[ID:038303 012 597]], thẻ BHYT [[BH:DT2383819364420]]. Anh [[N:Thiện]] xin ký cam kết đi cùng.
[[D:04/08/2024]]
16:20 [[N:Phạm Thị Hạnh]] (Trạm trưởng): TTYT báo chị [[N:Dịu]] đã được nạo buồng tử cung, truyền 1 đơn vị máu, ổn định. Bé được cấp Giấy chứng sinh số [[R:0187/GCS]] ngày [[D:04/8/2024]], tên dự kiến [[N:Lò Văn Phúc]].
16:25 [[N:Lò Thị Xuân]] (YTTB [[A:bản Khạ]]): Trong [[A:bản Khạ]] còn chị [[N:Vi Thị Hoa]] mang thai tháng thứ 8, dự sinh [[D:25/8]], em vận động xuống trạm chờ sinh từ [[D:15/8]] nha chị.
16:31 [[N:Phạm Thị Hạnh]] (Trạm trưởng): Ok em. Lịch tiêm chủng tháng này ở trạm: [[D:10/8]] và [[D:20/8]]; các bản nhắc bà con mang sổ tiêm. Ai không có sổ thì báo chị [[N:Hạnh]] [[P:0915 633 208]].`,
  ],
];
