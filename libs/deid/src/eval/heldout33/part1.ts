// Held-out set 33, documents 1–13 (see index.ts for the conventions): formal clinical and
// administrative papers — a referral letter, a discharge paper, mortality and consultation
// minutes, an incident report, lab / pathology / imaging reports, an insurance claim, a police
// request and the hospital's reply, a measles case investigation, a nursing hand-over book.
// Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'referral',
    `SỞ Y TẾ NGHỆ AN
TRUNG TÂM Y TẾ [[A:HUYỆN QUỲNH LƯU]]
Số: [[R:315/2024/GCT]]
Vào sổ chuyển tuyến số: [[R:1187]]
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Hữu nghị Đa khoa Nghệ An

Trung tâm Y tế [[A:huyện Quỳnh Lưu]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:HỒ THỊ NGUYỆT]]    Nam/Nữ: Nữ    Năm sinh: 1967
- Địa chỉ: [[A:xóm Tân Sơn, xã Quỳnh Tân, huyện Quỳnh Lưu]], tỉnh Nghệ An
- Dân tộc: Kinh    Quốc tịch: Việt Nam    Nghề nghiệp: Làm ruộng
- Số CCCD: [[ID:040167009318]]
- Số thẻ BHYT: [[BH:HN2404020117835]]    Hạn sử dụng: từ [[D:01/01/2024]] đến [[D:31/12/2024]]
- Mã hồ sơ tại TTYT: [[R:QL24-008412]]
Đã được khám bệnh, điều trị tại Khoa Nội tổng hợp từ [[D:03/11/2024]] đến [[D:06/11/2024]].

TÓM TẮT BỆNH ÁN
- Dấu hiệu lâm sàng: Đau ngực trái từng cơn, khó thở khi gắng sức, phù 2 chi dưới. HA 160/95 mmHg, mạch 108 l/p không đều, SpO2 93%.
- Cận lâm sàng: Troponin T hs 48 ng/L; NT-proBNP 3.210 pg/mL; ECG rung nhĩ đáp ứng thất nhanh; XQ ngực chỉ số tim/lồng ngực 0,62.
- Chẩn đoán: Suy tim mạn NYHA III (I50.0) / Rung nhĩ (I48) / Tăng huyết áp (I10) / Đái tháo đường type 2 (E11)
- Thuốc đã dùng: Furosemid 20mg x 2 ống TMC/ngày; Bisoprolol 2,5mg x 1 viên; Enoxaparin 40mg TDD; Metformin 850mg x 2 viên.
- Tình trạng lúc chuyển tuyến: Tỉnh, tiếp xúc tốt, còn khó thở nhẹ, HA 140/85 mmHg.
- Lí do chuyển tuyến: Khoản 1.a - vượt quá khả năng chuyên môn; cần siêu âm tim, đánh giá chỉ định can thiệp.
- Hướng điều trị: Tiếp tục lợi tiểu, chống đông, kiểm soát tần số thất.
- Chuyển tuyến hồi: 09 giờ 40 phút, ngày [[D:06 tháng 11 năm 2024]]
- Phương tiện vận chuyển: Xe cứu thương [[VP:37A-068.12]]
- Người hộ tống: ĐD [[N:Phan Thị Thùy Linh]] - Điều dưỡng hạng IV
- Người nhà đi kèm: [[N:Lê Văn Hợi]] (chồng), ĐT [[P:0984 517 263]]

                         Quỳnh Lưu, ngày [[D:06 tháng 11 năm 2024]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ          KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC
(Đã ký)                            (Đã ký, đóng dấu)
BSCKI [[N:Trần Đình Khánh]]        BSCKII [[N:Hồ Sỹ Hùng]]`,
  ],
  // 2
  [
    'discharge',
    `BỘ Y TẾ
BỆNH VIỆN CHỢ RẪY                              MS: 01/BV-01
Khoa: Ngoại Thần kinh                           Số lưu trữ: [[R:S25/117842]]
                                                Mã y tế: [[R:25086314]]
GIẤY RA VIỆN
- Họ tên người bệnh: [[N:THẠCH THỊ SA RÊN]]        Tuổi: 58        Nữ
- Dân tộc: Khmer        Nghề nghiệp: Nội trợ
- Mã số BHXH/Thẻ BHYT số: [[BH:GD4949412307765]]
- Địa chỉ: [[A:ấp Tắc Bướm, xã Lịch Hội Thượng, huyện Trần Đề]], tỉnh Sóc Trăng
- Vào viện lúc: 07 giờ 15 phút, ngày [[D:21/04/2025]]
- Ra viện lúc: 09 giờ 00 phút, ngày [[D:05/05/2025]]
- Chẩn đoán: Máu tụ dưới màng cứng mạn tính bán cầu trái (I62.0); Tăng huyết áp (I10)
- Phương pháp điều trị: Khoan sọ dẫn lưu máu tụ (phẫu thuật ngày [[D:22/4]]); nội khoa: Amlodipin 5mg 1 viên/ngày, Atorvastatin 20mg 1 viên tối.
- Ghi chú: Cắt chỉ ngày thứ 10 sau mổ tại TTYT Trần Đề. Tái khám sau 1 tháng tại Phòng khám Ngoại Thần kinh (phòng 14, lầu 1, khu B) hoặc ngay khi đau đầu tăng, yếu tay chân, nói khó. Lúc ra viện: Glasgow 15 điểm, cơ lực tứ chi 5/5, vết mổ khô. Toàn trạng: Ổn định.
- Người nhận bệnh: [[N:Sơn Ngọc Thạnh]] (con), CCCD [[ID:094 088 004 219]], tạm trú [[A:hẻm 281/15 Lê Văn Sỹ, phường 1, quận Tân Bình]], TP. Hồ Chí Minh, ĐT [[P:0376.418.592]]

                                          Ngày [[D:05 tháng 5 năm 2025]]
TRƯỞNG KHOA                                    GIÁM ĐỐC BỆNH VIỆN
(Đã ký)                                        TL. GIÁM ĐỐC
PGS.TS.BS [[N:Nguyễn Minh Anh]]                TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP
                                               (Đã ký, đóng dấu)
                                               BSCKII [[N:Phạm Thanh Việt]]
Bác sĩ điều trị: ThS.BS [[N:Trương Quốc Bình]] – CCHN số [[L:0032718/HCM-CCHN]]
Lưu ý: Giấy ra viện dùng để thanh toán BHYT và hưởng chế độ, không thay thế hồ sơ bệnh án. Khi tái khám mang theo giấy này và thẻ BHYT (hoặc CCCD gắn chip).`,
  ],
  // 3
  [
    'mortality',
    `BỆNH VIỆN ĐA KHOA VÙNG TÂY NGUYÊN
KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC
Số: [[R:27/BB-KĐTV]]

BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Thời gian: 14 giờ 00, ngày [[D:13/10/2024]]. Địa điểm: Phòng giao ban Khoa HSTC-CĐ, tầng 3 nhà C.
Thành phần:
- Chủ trì: BSCKII [[N:Lê Thị Hồng Vân]] - Phó Giám đốc
- Thư ký: CNĐD [[N:Nguyễn Thị Mỹ Hạnh]]
- TS.BS [[N:Võ Văn Trí]] - Trưởng khoa HSTC-CĐ; BSCKI [[N:Y Khuê Mlô]] - bác sĩ điều trị; ThS.BS [[N:Đinh Thị Hương Giang]] - Khoa Truyền nhiễm; DS [[N:Phan Anh Tuấn]] - Khoa Dược; ĐD trưởng [[N:H'Lim Byă]].
Người bệnh: [[N:H'Ngơn Niê Kdăm]]    Nữ, 34 tuổi    Dân tộc: Ê Đê
Địa chỉ: [[A:buôn Kô Siêr, phường Tân Lợi, TP Buôn Ma Thuột]], tỉnh Đắk Lắk
Số bệnh án: [[R:24.34871]]    Mã BN: [[R:DL2409771]]    BHYT: [[BH:DT2666620183390]]
Vào viện: 14 giờ 20, ngày [[D:09/10/2024]] (chuyển từ TTYT Cư M'gar). Tử vong: 03 giờ 45, ngày [[D:11/10/2024]].

TÓM TẮT QUÁ TRÌNH ĐIỀU TRỊ (BS [[N:Y Khuê]] trình bày)
- Sốt cao liên tục từ [[D:05/10]], tự mua thuốc uống tại nhà. Ngày [[D:08/10]] đau bụng, nôn, được chồng là [[N:Y Thơn Byă]] (trong buôn quen gọi [[N:Ama H'Linh]]) đưa đến TTYT.
- Lúc vào (ngày 5 của bệnh): lơ mơ, Glasgow 12/15, chi lạnh, HA kẹt 90/80 mmHg, Hct 54%, tiểu cầu 12 G/L, AST 1.850 U/L, ALT 960 U/L, lactat 6,8 mmol/L. Chẩn đoán: Sốt xuất huyết Dengue nặng (A91) - sốc kéo dài, suy gan cấp, rối loạn đông máu.
- Xử trí: chống sốc theo Quyết định 2760/QĐ-BYT; Ringer lactat, HES 6%, Noradrenalin; đặt NKQ thở máy lúc 21h ngày [[D:09/10]]; lọc máu liên tục CRRT từ [[D:10/10]]; truyền 6 đơn vị tiểu cầu máy, 4 đơn vị huyết tương tươi.
- Diễn biến: xuất huyết tiêu hóa nặng rạng sáng [[D:11/10]], ngừng tuần hoàn lúc 03h05, cấp cứu 40 phút không kết quả.
Ý KIẾN THẢO LUẬN
- BS [[N:Trí]]: người bệnh vào viện muộn, đã sốc, tiên lượng rất nặng ngay từ đầu.
- DS [[N:Tuấn]]: vỉ thuốc người nhà mang theo có ibuprofen 400mg, có thể góp phần gây xuất huyết.
- ĐD trưởng [[N:H'Lim]]: theo dõi dấu hiệu sinh tồn mỗi 15 phút đầy đủ; đề nghị bố trí phiên dịch tiếng Ê Đê khi tư vấn người nhà.
KẾT LUẬN
Tử vong không tránh được. Nguyên nhân: Sốc sốt xuất huyết Dengue kéo dài / suy đa tạng. Không có sai sót chuyên môn. Kiến nghị tăng truyền thông phòng chống SXH tại các buôn; gửi báo cáo về Sở Y tế trước [[D:20/10/2024]].
Biên bản kết thúc lúc 15h30 cùng ngày.
THƯ KÝ                          CHỦ TRÌ
[[N:Nguyễn Thị Mỹ Hạnh]]        [[N:Lê Thị Hồng Vân]]`,
  ],
  // 4
  [
    'consult',
    `BỆNH VIỆN ĐA KHOA TỈNH ĐIỆN BIÊN
BIÊN BẢN HỘI CHẨN LIÊN VIỆN (TỪ XA)
Số: [[R:HC-112/2024]]
Thời gian: 10 giờ 00 ngày [[D:18/11/2024]]. Hình thức: trực tuyến qua nền tảng Telehealth với Trung tâm Tim mạch - Bệnh viện E.
Chủ trì: BSCKII [[N:Lò Văn Thiêm]] - Trưởng khoa Nội tim mạch.
Tham dự: tại Điện Biên - BS [[N:Quàng Thị Thu]], BS [[N:Nguyễn Văn Đức]], ĐD [[N:Cầm Thị Lả]]; tại Hà Nội - PGS.TS [[N:Đào Quang Vinh]], ThS.BS [[N:Trịnh Minh Thư]].
Phiên dịch tiếng Lào: bà [[N:Lò Thị Xiêng]] (Phòng Đối ngoại).
Người bệnh: [[N:XAYSANA PHOMMAVONG]] ([[N:ໄຊຍະສານ ພົມມະວົງ]]), nam, 52 tuổi, quốc tịch Lào. Hộ chiếu số [[PP:P1983406]].
Địa chỉ: [[A:bản Na Mo, huyện Mường Khoa]], tỉnh Phông Sả Lỳ, CHDCND Lào.
Mã BN: [[R:DB24-19044]]. Vào viện qua cửa khẩu quốc tế Tây Trang ngày [[D:14/11/2024]]; con trai [[N:Souksavanh]] đi cùng, ĐT [[P:+856 20 5541 8827]].
Tóm tắt: Khó thở tăng dần 2 tuần, phù chân, gan to 3 cm dưới bờ sườn. Siêu âm tim: hẹp hai lá khít, diện tích lỗ van 0,9 cm² (Wilkins 8 điểm), áp lực ĐMP 68 mmHg, EF 55%. ECG rung nhĩ. INR 1,1. NT-proBNP 4.650 pg/mL.
Chẩn đoán: Hẹp van hai lá khít do thấp (I05.0) / Rung nhĩ (I48) / Suy tim NYHA III.
Ý kiến tuyến trên (PGS.TS [[N:Đào Quang Vinh]]): có chỉ định nong van hai lá bằng bóng Inoue nếu siêu âm qua thực quản không có huyết khối nhĩ trái; chống đông Warfarin 1mg, đích INR 2 - 3 ít nhất 3 tuần trước thủ thuật.
Ý kiến BS [[N:Quàng Thị Thu]]: gia đình muốn điều trị tại Việt Nam, tự chi trả; đã liên hệ Lãnh sự quán Lào tại Điện Biên Phủ để gia hạn thị thực.
Kết luận: 1) Điều trị nội khoa tại BVĐK tỉnh Điện Biên đến khoảng [[D:05/12]]. 2) Chuyển Bệnh viện E làm siêu âm qua thực quản và nong van, dự kiến trong tuần [[D:09 - 13/12]]. 3) Phiên dịch giải thích bằng tiếng Lào cho người bệnh và con trai; đã ký cam kết ngày [[D:18/11]].
Thư ký: [[N:Cầm Thị Lả]]        Chủ trì: [[N:Lò Văn Thiêm]]`,
  ],
  // 5
  [
    'incident',
    `BỆNH VIỆN ĐA KHOA TỈNH THANH HÓA
PHIẾU BÁO CÁO SỰ CỐ Y KHOA (mẫu theo Thông tư 43/2018/TT-BYT)
Mã số sự cố: [[R:SC-2024/0219]]       Hình thức báo cáo: Tự nguyện
Ngày báo cáo: [[D:12/11/2024]]
Đơn vị báo cáo: Khoa Nội tiết - Đái tháo đường, tầng 5 nhà B2
Thông tin người bệnh:
  1) Người bị ảnh hưởng: [[N:Lê Thị Hoa]]   Năm sinh: 1953   Mã BN: [[R:2024.118.406]]   Giường 08 - Buồng 502
  2) Người bệnh có liên quan: [[N:Lê Thị Hòa]]   Năm sinh: 1980   Mã BN: [[R:2024.118.511]]   Giường 18 - Buồng 504
Nơi xảy ra: Buồng 502. Thời điểm: khoảng 06 giờ 10, ngày [[D:12/11/2024]].
Mô tả sự cố: Khi thực hiện y lệnh tiêm insulin buổi sáng, điều dưỡng tiêm cho người bệnh [[N:Lê Thị Hoa]] (G08) Insulin Mixtard 30/70 liều 24 UI, vốn là y lệnh của người bệnh [[N:Lê Thị Hòa]] (G18); y lệnh đúng của G08 là Mixtard 30/70 12 UI. Hai người bệnh trùng họ, tên gần giống, cùng dùng insulin; điều dưỡng chưa đối chiếu vòng đeo tay và chưa hỏi năm sinh.
Phát hiện lúc 06 giờ 25 khi bà [[N:Hòa]] hỏi vì sao chưa được tiêm. Đã báo BS trực [[N:Mai Xuân Thành]]; đường máu mao mạch mỗi giờ: 7,8 → 5,1 → 3,6 mmol/L (08h10), cho uống 200 ml sữa, truyền Glucose 10%; 10h00 đường máu 6,4 mmol/L. Không có biểu hiện thần kinh.
Đã thông báo cho con gái người bệnh là chị [[N:Trịnh Thị Lan]] lúc 09h00 (ĐT [[P:0915 003 482]]).
Phân loại: thực hiện sai y lệnh (sai người bệnh); mức độ tổn thương: Nhẹ.
Đề xuất: nhận diện người bệnh hai bước (họ tên + năm sinh); dán cảnh báo "TRÙNG TÊN" ở đầu giường và bìa bệnh án; không xếp hai người bệnh trùng tên cùng dãy buồng.
Người báo cáo: ĐD [[N:Nguyễn Thị Ngọc Ánh]], mã NV [[R:TH-0871]], ĐT [[P:0942.617.330]]
Người chứng kiến: ĐD [[N:Hà Văn Khôi]]
Trưởng khoa: BSCKII [[N:Lê Đình Sáng]]
Phòng Quản lý chất lượng nhận báo cáo: [[N:Vũ Thị Thanh Tâm]], 14h00 ngày [[D:12/11/2024]]; mức độ An toàn người bệnh: cần phân tích nguyên nhân gốc (RCA) trong 7 ngày.`,
  ],
  // 6
  [
    'lab',
    `BỆNH VIỆN NHÂN DÂN 115 - KHOA XÉT NGHIỆM
PHIẾU KẾT QUẢ XÉT NGHIỆM HUYẾT HỌC - SINH HÓA MÁU
SID: [[R:2503130457]]          Barcode: [[R:115HH0098817]]          Mã BN: [[R:N25-0447213]]
Họ tên: [[N:PHẠM NGỌC BẢO TRÂN]]   Ngày sinh: [[D:17/02/1996]]   Giới: Nữ
Địa chỉ: [[A:Phòng 1208, tháp B, chung cư Sky Garden 3, phường Tân Phong, quận 7]], TP.HCM
Đối tượng: BHYT 80% - [[BH:DN4797932104418]]
Nơi chỉ định: Khám Nội tiết - phòng 26      BS chỉ định: [[N:Võ Hoài Thương]]
Chẩn đoán: Theo dõi cường giáp (E05.9); thai 14 tuần (Z33)
Lấy mẫu: 06:42 [[D:13/03/2025]]   Nhận mẫu: 07:05 [[D:13/03/2025]]   Mẫu: máu tĩnh mạch (EDTA, serum)

Xét nghiệm | Kết quả | Đơn vị | Khoảng tham chiếu | Cờ
WBC | 11.2 | G/L | 4.0 - 10.0 | H
NEU% | 74.3 | % | 45 - 75 |
HGB | 108 | g/L | 120 - 150 | L
PLT | 256 | G/L | 150 - 450 |
Glucose | 5.1 | mmol/L | 3.9 - 6.4 |
Creatinin | 48 | µmol/L | 45 - 84 |
AST / ALT | 21 / 34 | U/L | < 35 / < 35 |
FT4 | 31.6 | pmol/L | 12 - 22 | H
TSH | < 0.005 | µIU/mL | 0.27 - 4.2 | L
TRAb | 6.8 | IU/L | < 1.75 | H

Nhận xét: Thiếu máu nhẹ. FT4 tăng, TSH ức chế, TRAb dương tính – phù hợp bệnh Basedow (Graves). Chức năng gan, thận: Bình thường.
Giá trị cảnh báo đã báo điều dưỡng [[N:Kim Oanh]] (phòng khám 26) lúc 08:51.
Kỹ thuật viên: [[N:Đoàn Minh Tâm]]    Duyệt kết quả: BS [[N:Hà Thúy An]]    In lúc 09:18 [[D:13/03/2025]]
Phòng xét nghiệm đạt ISO 15189:2022 (VILAS Med 0173).`,
  ],
  // 7
  [
    'pathology',
    `BỆNH VIỆN UNG BƯỚU THÀNH PHỐ CẦN THƠ - KHOA GIẢI PHẪU BỆNH
PHIẾU KẾT QUẢ XÉT NGHIỆM MÔ BỆNH HỌC
Số GPB: [[R:B24-06718]]            Số vào viện: [[R:24.021.993]]
Họ tên: [[N:KIM THỊ SA MÂY]]    Nữ    Tuổi: 61    Dân tộc: Khmer
Địa chỉ: [[A:ấp Phước Thới, xã Long Đức, huyện Long Phú]], tỉnh Sóc Trăng
Khoa: Ngoại Tổng hợp - Buồng 3 - Giường 11      BS gửi bệnh phẩm: [[N:Lý Hoàng Nam]]
Bệnh phẩm: Đại tràng phải + mạc nối + hạch (cắt đại tràng phải nội soi ngày [[D:04/11/2024]])
Nhận bệnh phẩm: [[D:04/11/2024]], 15h20.   Số khối nến: 9 (ký hiệu [[R:B24-06718/A1]] đến [[R:B24-06718/A9]])

Đại thể: Đoạn đại tràng dài 22 cm kèm 6 cm hồi tràng. Cách bờ cắt xa 9 cm có khối u sùi loét 4,5 x 3,8 x 2 cm, chiếm 3/4 chu vi lòng ruột. Phẫu tích được 17 hạch.
Vi thể: Tuyến u không đều, tế bào đa hình, nhân tăng sắc, nhiều nhân chia; u xâm nhập qua lớp cơ riêng vào mô mỡ quanh đại tràng; có xâm nhập mạch lympho (LVI +), không thấy xâm nhập thần kinh. 2/17 hạch di căn. Các bờ cắt không có u (R0).
Hóa mô miễn dịch (khối A3, ngày [[D:10/11/2024]]): MLH1 (+), PMS2 (+), MSH2 (+), MSH6 (+) → pMMR. Ki-67 khoảng 60%.
Chẩn đoán: Ung thư biểu mô tuyến đại tràng phải, biệt hóa vừa (ICD-O 8140/3; ICD-10 C18.2). Giai đoạn bệnh học (AJCC 8th): pT3 pN1b.
Đề nghị: Hội chẩn u bướu, xét hóa trị bổ trợ CAPOX 8 chu kỳ.
Bác sĩ đọc kết quả: ThS.BS [[N:Trần Thị Bích Liên]]       Phó khoa: BSCKII [[N:Thạch Sô Phi]]
Ngày trả kết quả: [[D:12/11/2024]]
Người nhận kết quả: [[N:Lâm Thị Sa Phal]] (con gái), CCCD [[ID:094192007361]]
Ghi chú: Mượn tiêu bản, khối nến để hội chẩn nơi khác cần đơn đề nghị, CCCD người mượn và hoàn trả trong 30 ngày.`,
  ],
  // 8
  [
    'imaging',
    `BỆNH VIỆN ĐA KHOA TỈNH CAO BẰNG - KHOA CHẨN ĐOÁN HÌNH ẢNH
KẾT QUẢ CHỤP CẮT LỚP VI TÍNH (CT 128 dãy)
Họ tên: [[N:NÔNG VĂN TUẤN]]   Năm sinh: 1980   Nam   Dân tộc: Tày
Địa chỉ: [[A:xóm Nà Pồng, xã Hưng Đạo, TP Cao Bằng]]
Mã BN: [[R:CB25044917]]   Accession No: [[R:CT2504040087]]   Số phim lưu: [[R:CT-25-31877]]
Khoa chỉ định: Ngoại tiết niệu, G21   BS chỉ định: [[N:Hoàng Thị Mai Phương]]
Chỉ định: CT hệ tiết niệu có tiêm thuốc cản quang (Iopromide 300 mgI/ml, 80 ml). Creatinin trước chụp 92 µmol/L, eGFR 86.
Thời điểm chụp: 08:14 [[D:04/04/2025]]   KTV: [[N:Lục Văn Nghĩa]]

MÔ TẢ:
- Thận phải: 118 x 56 mm. Cực dưới có tổn thương dạng nang 32 x 28 mm, vách dày 2 mm, ít vôi hóa trên vách, ngấm thuốc nhẹ sau tiêm (18 HU → 31 HU).
- Thận trái: kích thước bình thường, không sỏi, không giãn đài bể thận.
- Niệu quản hai bên không giãn. Bàng quang thành đều.
- Không thấy hạch ổ bụng. Gan, lách, tụy không thấy bất thường. Tĩnh mạch thận và TM chủ dưới không thấy huyết khối.
KẾT LUẬN: Nang thận phải phức tạp, phân loại Bosniak IIF. Đề nghị MRI kiểm tra sau 6 tháng hoặc hội chẩn ngoại tiết niệu.
Bác sĩ đọc: BSCKI [[N:Bế Thị Hạnh]]   Duyệt: ThS.BS [[N:Đàm Quang Huy]]   Ngày [[D:04/04/2025]]
Xem hình ảnh DICOM trực tuyến (mã truy cập gửi SMS tới số [[P:0886 219 473]]): [[U:https://pacs.bvdkcaobang.vn/share/CT2504040087]]
Ghi chú: Dữ liệu ảnh lưu trên PACS đến [[D:04/04/2035]] theo quy định lưu trữ 10 năm.`,
  ],
  // 9
  [
    'insurance',
    `TỔNG CÔNG TY BẢO HIỂM BẢO VIỆT
GIẤY YÊU CẦU TRẢ TIỀN BẢO HIỂM SỨC KHỎE
(Dành cho người được bảo hiểm thuộc hợp đồng nhóm)
Số hồ sơ bồi thường (Bảo Việt ghi): [[R:BV-HCM-SK-24-118773]]
I. NGƯỜI YÊU CẦU
Họ và tên: [[N:ĐẶNG HOÀNG PHÚC]]    Ngày sinh: [[D:29/09/1987]]
Số CCCD: [[ID:079087015524]]   Ngày cấp: [[D:14/06/2021]]   Nơi cấp: Cục CS QLHC về TTXH
Mã số BHXH: [[BH:7909851163]]
Đơn vị công tác: Công ty TNHH Điện tử Minh Hòa - Mã nhân viên: [[R:MHE-04127]]
Địa chỉ liên hệ: [[A:112/7A đường số 9, khu phố 4, phường Linh Trung, TP Thủ Đức]], TP.HCM
Điện thoại: [[P:0903 66 14 27]]   Email: [[E:phuc.danghoang87@gmail.com]]
II. NGƯỜI ĐƯỢC BẢO HIỂM
Họ và tên: [[N:ĐẶNG NGỌC BẢO ANH]]   Ngày sinh: [[D:12/08/2019]]   Quan hệ: Con
Số giấy chứng nhận bảo hiểm: [[R:GCN-MH-2024-0448-03]]
III. THÔNG TIN ĐIỀU TRỊ
Nơi điều trị: Bệnh viện Nhi Đồng 2, khoa Hô hấp 1 (phòng 6)
Thời gian: nhập viện [[D:02/10/2024]] – xuất viện [[D:07/10/2024]] (05 ngày nội trú)
Chẩn đoán: Viêm phổi do Mycoplasma pneumoniae (J15.7)
Số tiền yêu cầu: 14.865.000 đồng (Mười bốn triệu tám trăm sáu mươi lăm nghìn đồng)
Chứng từ kèm theo: Giấy ra viện số [[R:NĐ2-24-77418]]; bảng kê chi phí; hóa đơn điện tử số [[R:00012873]] (ký hiệu 1C24TNĐ); đơn thuốc ngoại trú.
IV. PHƯƠNG THỨC NHẬN TIỀN
Chủ tài khoản: [[N:ĐẶNG HOÀNG PHÚC]]   Số TK: [[R:0071001238874]] tại Vietcombank - CN Thủ Đức
Tôi cam đoan các thông tin trên là đúng sự thật và đồng ý cho Bảo Việt thu thập hồ sơ bệnh án tại cơ sở y tế.
TP.HCM, ngày [[D:15/10/2024]]
Người yêu cầu (ký, ghi rõ họ tên)
[[N:Đặng Hoàng Phúc]]
Phần dành cho Bảo Việt: cán bộ tiếp nhận [[N:Lưu Thị Kiều Oanh]] - [[E:oanh.ltk@baoviet-hcm.vn]]; hạn giải quyết 15 ngày làm việc kể từ ngày nhận đủ hồ sơ ([[D:16/10/2024]]).`,
  ],
  // 10
  [
    'police',
    `CÔNG AN THÀNH PHỐ HÀ NỘI
CÔNG AN [[A:QUẬN HOÀNG MAI]]
CƠ QUAN CẢNH SÁT ĐIỀU TRA
Số: [[R:1247/CSĐT-ĐTTH]]
V/v đề nghị cung cấp hồ sơ, tài liệu
                                   Hoàng Mai, ngày [[D:07 tháng 3 năm 2025]]
Kính gửi: Ban Giám đốc Bệnh viện Hữu nghị Việt Đức

Cơ quan Cảnh sát điều tra Công an [[A:quận Hoàng Mai]] đang thụ lý, giải quyết tin báo về vụ tai nạn giao thông xảy ra hồi 22 giờ 40 phút ngày [[D:28/02/2025]] tại khu vực trước số nhà [[A:315 đường Tam Trinh, phường Yên Sở, quận Hoàng Mai]], giữa xe mô tô biển kiểm soát [[VP:29K1-572.64]] do anh [[N:Trương Văn Khải]] (sinh năm 2004, HKTT: [[A:thôn Đông, xã Yên Mỹ, huyện Thanh Trì]]) điều khiển và xe ô tô tải BKS [[VP:29H-418.90]] do ông [[N:Bùi Đức Thịnh]] (sinh năm 1976, trú tại [[A:tổ dân phố số 9, thị trấn Văn Điển, huyện Thanh Trì]]) điều khiển. Hậu quả: anh [[N:Khải]] bị thương nặng, được đưa đi cấp cứu tại Bệnh viện Hữu nghị Việt Đức.

Để có căn cứ giải quyết theo quy định tại Điều 147 Bộ luật Tố tụng hình sự năm 2015, Cơ quan CSĐT đề nghị Bệnh viện cung cấp:
1. Bản tóm tắt hồ sơ bệnh án của anh [[N:Trương Văn Khải]] (CCCD số [[ID:001204027718]]), vào viện khoảng 23 giờ 30 ngày [[D:28/02/2025]];
2. Kết quả xét nghiệm nồng độ cồn trong máu (nếu có) và thời điểm lấy mẫu;
3. Tình trạng thương tích, tiên lượng và thời gian điều trị dự kiến.
Tài liệu đề nghị gửi về Cơ quan CSĐT trước ngày [[D:20/3/2025]]. Cán bộ thụ lý: Đại úy [[N:Nguyễn Mạnh Cường]], ĐT [[P:0983 417 552]].
Rất mong sự phối hợp của Quý Bệnh viện.
Nơi nhận:                                  KT. THỦ TRƯỞNG
- Như trên;                                PHÓ THỦ TRƯỞNG
- Lưu: HS, ĐTTH.                           (Đã ký, đóng dấu)
                                           Thượng tá [[N:Phạm Quang Dũng]]`,
  ],
  // 11
  [
    'records_reply',
    `BỘ Y TẾ
BỆNH VIỆN HỮU NGHỊ VIỆT ĐỨC
Số: [[R:2318/VĐ-KHTH]]
V/v cung cấp thông tin người bệnh [[N:Trương Văn Khải]]
                                   Hà Nội, ngày [[D:18 tháng 3 năm 2025]]
Kính gửi: Cơ quan Cảnh sát điều tra Công an [[A:quận Hoàng Mai]]

Bệnh viện Hữu nghị Việt Đức nhận được Công văn số [[R:1247/CSĐT-ĐTTH]] ngày [[D:07/3/2025]] của Quý Cơ quan về việc đề nghị cung cấp hồ sơ, tài liệu liên quan đến người bệnh [[N:Trương Văn Khải]]. Căn cứ Điều 69 Luật Khám bệnh, chữa bệnh số 15/2023/QH15, Bệnh viện cung cấp như sau:
1. Hành chính: [[N:Trương Văn Khải]], nam, sinh ngày [[D:11/05/2004]]; địa chỉ: [[A:thôn Đông, xã Yên Mỹ, huyện Thanh Trì]], Hà Nội; mã người bệnh [[R:2502837715]]; số lưu trữ [[R:VĐ25-PT-04418]].
2. Vào viện: 23 giờ 34 phút ngày [[D:28/02/2025]] qua Khoa Cấp cứu; Glasgow 10 điểm, sốc mất máu.
3. Chẩn đoán: Chấn thương sọ não - máu tụ ngoài màng cứng thái dương phải (S06.4); gãy hở 1/3 dưới hai xương cẳng chân trái độ IIIA (S82.2).
4. Điều trị: mổ cấp cứu lấy máu tụ ngày [[D:01/3/2025]]; cố định ngoài xương chày ngày [[D:03/3]]. Hiện điều trị tại Khoa Phẫu thuật thần kinh I, tỉnh, Glasgow 14 điểm; dự kiến điều trị thêm 2 - 3 tuần.
5. Nồng độ cồn: mẫu máu lấy lúc 23 giờ 50 phút ngày [[D:28/02/2025]], mã mẫu [[R:SH250228-1193]]; ethanol 87 mg/100 ml máu.
Đề nghị Quý Cơ quan sử dụng thông tin đúng mục đích và bảo mật theo quy định. Đầu mối liên hệ: CN [[N:Đỗ Thị Phương Thảo]], Phòng Kế hoạch tổng hợp, ĐT [[P:0912.078.446]].
Nơi nhận:                                  KT. GIÁM ĐỐC
- Như trên;                                PHÓ GIÁM ĐỐC
- Lưu: VT, KHTH.                           (Đã ký)
                                           PGS.TS [[N:Lê Minh Tuấn]]`,
  ],
  // 12
  [
    'outbreak',
    `TRUNG TÂM KIỂM SOÁT BỆNH TẬT TP. HỒ CHÍ MINH
PHIẾU ĐIỀU TRA CA BỆNH SỞI/RUBELLA
Mã số ca bệnh: [[R:HCM-SOI-24-1143]]   Mã số xét nghiệm: [[R:VPAS24-08812]]
1. Hành chính
Họ tên bệnh nhi: [[N:Lê Trần Khánh Vy]]   Giới: Nữ   Ngày sinh: [[D:03/07/2016]]
Mã định danh học sinh: [[R:7924013118]] - Trường Tiểu học Nguyễn Bỉnh Khiêm, lớp 3/4
Họ tên mẹ: [[N:Trần Thị Ngọc Hân]]   ĐT: [[P:0765-221-904]]
Họ tên cha: [[N:Lê Văn Út]]   ĐT: [[P:0909 81 22 70]]
Nơi ở hiện tại: [[A:số 18/3 hẻm 42, đường số 6, khu phố 3, phường Bình Hưng Hòa A, quận Bình Tân]]
2. Lâm sàng
Khởi phát sốt: [[D:02/9/2024]]   Phát ban: [[D:05/9]]   Vào viện: [[D:06/9/2024]] (Bệnh viện Nhi đồng Thành phố)
Triệu chứng: sốt 39,5°C, ho, chảy mũi, viêm kết mạc, hạt Koplik (+), ban dát sẩn từ sau tai lan xuống thân.
Biến chứng: viêm phổi. Tiêm vắc xin sởi trước đó: không rõ (mẹ khai tiêm 1 mũi lúc 9 tháng tuổi, mất sổ).
3. Xét nghiệm: huyết thanh lấy [[D:07/9/2024]]; IgM sởi dương tính (Viện Pasteur TP.HCM, trả kết quả [[D:10/9/2024]]).
4. Tiền sử tiếp xúc (21 ngày trước phát ban): học cùng lớp với 01 ca sởi xác định (mã ca [[R:HCM-SOI-24-1098]]); dự tiệc sinh nhật tại [[A:chung cư Moonlight Park View, đường số 7, phường An Lạc A]] ngày [[D:18/8/2024]].
5. Người tiếp xúc gần:
STT; Họ tên; Quan hệ; Năm sinh; Tiền sử tiêm sởi; Ghi chú
1; [[N:Lê Trần Gia Huy]]; em trai; 2021; 1 mũi MR; theo dõi đến [[D:26/9]]
2; [[N:Trần Thị Ngọc Hân]]; mẹ; 1990; không rõ; tiêm MR ngày [[D:08/9/2024]]
3; [[N:Nguyễn Thị Bảy]]; bà ngoại; 1958; không; hàng xóm gọi là bà [[N:Bảy Nhỏ]], bán tạp hóa tại nhà
4; [[N:Phan Minh Khoa]]; bạn cùng bàn; 2016; 2 mũi; nhà trường theo dõi
Người điều tra: CN [[N:Huỳnh Thị Diễm]] - Khoa Phòng chống bệnh truyền nhiễm. Ngày điều tra: [[D:09/9/2024]].`,
  ],
  // 13
  [
    'nursing',
    `KHOA NỘI TIM MẠCH - BỆNH VIỆN ĐA KHOA XANH PÔN
SỔ BÀN GIAO NGƯỜI BỆNH GIỮA CÁC CA TRỰC
Ca chiều → ca đêm, 18h00 ngày [[D:21/01/2025]]. Người giao: ĐD [[N:Đỗ Thu Hà]]. Người nhận: ĐD [[N:Ngô Văn Quyết]], ĐD [[N:Lại Thị Thoa]].
Tổng số: 34 người bệnh (nặng 3, mới vào 4, chuyển khoa 1, ra viện 5).

Giường\tHọ tên\tTuổi\tMã BN\tChẩn đoán\tBàn giao
3A-01\t[[N:Vũ Văn Tiệp]]\t67\t[[R:XP25004417]]\tNMCT cấp thành dưới, sau PCI giờ thứ 6\tMonitor liên tục; Heparin BTĐ 800 UI/h, aPTT lúc 22h
3A-02\t[[N:Nguyễn Thị Dần]]\t[[AGE:91]]\t[[R:XP25004122]]\tSuy tim EF 30% / Rung nhĩ\tCân sáng 6h; hạn chế dịch < 1.000 ml/24h; con dâu [[N:Hương]] ở lại đêm, ĐT [[P:0976 003 118]]
3A-05\t[[N:Kiều Thị Nhung]]\t89\t[[R:XP25004580]]\tTHA / Viêm phổi\tHay gọi đêm, nguy cơ ngã cao (Morse 65): kéo thanh chắn giường
3B-11\t[[N:Trần Văn An]]\t54\t[[R:XP25004601]]\tĐau ngực chưa rõ nguyên nhân\tTroponin lần 2 lúc 20h; nhịn ăn từ 0h chờ chụp mạch vành
3B-12\t[[N:Phùng Thế Hải]]\t45\t[[R:XP25004603]]\tViêm màng ngoài tim\tColchicin 0,5mg x 2; sốt 38,2 độ lúc 17h
3B-14\t[[N:Hà Thị Lành]] (Mường)\t72\t[[R:XP25004611]]\tHẹp hai lá / ĐTĐ typ 2\tĐường máu mao mạch 22h; Actrapid theo thang, báo BS nếu > 14 mmol/L
3B-15\t[[N:Lê Đức Thịnh]]\t80\t[[R:XP25004620]]\tBlốc nhĩ thất cấp III\tĐã đặt máy tạo nhịp tạm thời qua TM đùi P; bất động chân P đến sáng
Mới vào: 3A-07 [[N:Đặng Thị Mơ]] (chuyển từ Cấp cứu 17h20), Kali 2,9 mmol/L: Kali clorid 10% 1 ống/500 ml, còn 200 ml.
Lưu ý chung: Tủ thuốc cấp cứu đã kiểm đủ, niêm phong số 0412. Bơm tiêm điện số 4 báo lỗi, đã báo phòng Vật tư.
BS trực: BS [[N:Trịnh Quang Nam]] (máy lẻ 312).
Hoàn thành bàn giao 18h25. Ký giao: [[N:Hà]]. Ký nhận: [[N:Quyết]], [[N:Thoa]].`,
  ],
];
