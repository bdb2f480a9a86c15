// Held-out set 2, documents 1–11 (see index.ts for the conventions). Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'admission',
    `BỆNH ÁN NỘI KHOA
I. HÀNH CHÍNH
1. Họ và tên (in hoa): [[N:LÒ THỊ ÚT]]        2. Sinh ngày: [[D:07/09/1958]]   Tuổi: 67
3. Giới: Nữ   4. Nghề nghiệp: Làm ruộng   5. Dân tộc: Thái   6. Ngoại kiều: không
7. Địa chỉ: [[A:Bản Hụm, xã Chiềng Ngần]], tỉnh Sơn La
8. Nơi làm việc: tự do
9. Đối tượng: BHYT   10. BHYT giá trị đến [[D:31/12/2026]]   Số thẻ BHYT: [[BH:DT2 14 14 123 456 78]]
11. Họ tên, địa chỉ người nhà khi cần báo tin: con trai [[N:Cầm Văn Dũng]], cùng địa chỉ, ĐT: [[P:0983 417 225]]
II. QUẢN LÝ NGƯỜI BỆNH
12. Vào viện: 10 giờ 40 phút ngày [[D:11/3/2026]]
13. Trực tiếp vào: Khoa Khám bệnh   14. Nơi giới thiệu: TTYT [[A:huyện Mai Sơn]]
III. LÝ DO VÀO VIỆN: Đau thượng vị, nôn ra máu
IV. HỎI BỆNH
1. Quá trình bệnh lý: Bệnh nhân đau thượng vị âm ỉ 2 tháng nay, tự mua thuốc nam uống. Cách vào viện 1 ngày nôn ra máu đỏ lẫn máu cục khoảng 300ml, đi ngoài phân đen 2 lần. Được TYT xã chuyển TTYT huyện, truyền 2 đơn vị máu rồi chuyển tuyến.
2. Tiền sử: Viêm gan B phát hiện năm 2019 không điều trị. Uống rượu ít. Không dị ứng thuốc.
V. KHÁM BỆNH
Toàn thân: Tỉnh, tiếp xúc được. Da niêm mạc nhợt. Mạch 108 l/p, HA 90/60 mmHg, NĐ 36,8 độ, NT 22 l/p. Cân nặng 45 kg.
Bụng: mềm, ấn đau thượng vị, gan lách không sờ thấy, không có dịch cổ trướng. Phản ứng thành bụng (-). Dấu hiệu Murphy (-).
VI. TÓM TẮT BỆNH ÁN: BN nữ 67 tuổi vào viện vì nôn ra máu. Qua hỏi bệnh và thăm khám phát hiện: Hội chứng thiếu máu mức độ vừa. Hội chứng xuất huyết tiêu hóa trên.
Chẩn đoán sơ bộ: XHTH trên nghi do loét dạ dày tá tràng, theo dõi giãn TMTQ / Viêm gan B mạn.
Hướng xử trí: Nhịn ăn, truyền dịch, Nexium 80mg TMC sau đó 8mg/h, nội soi cấp cứu.
[[D:Ngày 11 tháng 3 năm 2026]]
Bác sĩ làm bệnh án
[[N:Quàng Văn Thắng]]`,
  ],
  // 2
  [
    'discharge',
    `GIẤY RA VIỆN
Sở Y tế TP. Cần Thơ - Bệnh viện Đa khoa khu vực Sóc Trăng     MS: 01/BV-01   Số lưu trữ: [[R:260318]]
Họ tên người bệnh: [[N:THẠCH THỊ SA RÊN]]    Tuổi: 34    Nam/Nữ: Nữ
Dân tộc: Khmer    Nghề nghiệp: Công nhân
Mã số BHXH/Thẻ BHYT số: [[BH:9412345670]]
Địa chỉ: [[A:ấp Tà Điếp C1, xã Tài Văn]], TP. Cần Thơ
Vào viện lúc: 14 giờ 20 phút, [[D:ngày 02 tháng 3 năm 2026]]
Ra viện lúc: 09 giờ 00 phút, [[D:ngày 09 tháng 3 năm 2026]]
Chẩn đoán: Sốt xuất huyết Dengue có dấu hiệu cảnh báo (A91) / Thai 12 tuần.
Phương pháp điều trị: Bù dịch Ringer lactat theo phác đồ, theo dõi Hct 4-6 giờ/lần, Paracetamol 500mg khi sốt > 38,5°C. Không dùng NSAID.
Tình trạng ra viện: Hết sốt > 48 giờ, tiểu cầu 112 G/L, ăn uống được. Thai sống trong tử cung.
Ghi chú: Khám thai tại Khoa Sản theo hẹn ngày [[D:23/3]]. Nếu đau bụng, ra huyết âm đạo thì đến khám ngay.
[[D:Ngày 09 tháng 3 năm 2026]]
Giám đốc bệnh viện                     Trưởng khoa
(đã ký)                                BSCKII. [[N:Lâm Hoàng Sơn]]`,
  ],
  // 3
  [
    'referral',
    `SỞ Y TẾ TỈNH TUYÊN QUANG
TRUNG TÂM Y TẾ KHU VỰC MÈO VẠC            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: [[R:87/GCT]]                                 Độc lập - Tự do - Hạnh phúc
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Tuyên Quang
Trung tâm Y tế khu vực Mèo Vạc trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:Vàng Mí Sính]]    Nam/Nữ: Nam    Năm sinh: 2019
- Địa chỉ: [[A:thôn Sủng Pờ A, xã Sơn Vĩ]], tỉnh Tuyên Quang
- Dân tộc: Mông    Quốc tịch: Việt Nam
- Nghề nghiệp: Trẻ em
- Số thẻ BHYT: [[BH:TE1 02 02 134 567 89]]     Hạn sử dụng: đến [[D:30/9/2027]]
Đã được khám bệnh, điều trị:
- Tại: TTYT khu vực Mèo Vạc, từ [[D:ngày 14 tháng 3 năm 2026]] đến [[D:ngày 16 tháng 3 năm 2026]]
Tóm tắt dấu hiệu lâm sàng: Trẻ sốt cao 4 ngày, ho, chảy nước mũi, mắt đỏ, phát ban dạng sởi từ sau tai lan xuống mặt, thân mình. Nốt Koplik (+). Ngày thứ 2 nhập viện thở nhanh 56 l/p, rút lõm lồng ngực, SpO2 89% khí trời.
Kết quả xét nghiệm: BC 4,1 G/L, Lympho 18%. XQ phổi: thâm nhiễm rải rác 2 phế trường. Mẫu huyết thanh lấy [[D:15/3]] gửi Viện VSDTTƯ làm IgM sởi.
Chẩn đoán: Sởi biến chứng viêm phổi (B05.2) / Suy dinh dưỡng thể nhẹ cân.
Phương pháp, thủ thuật, kỹ thuật, thuốc đã sử dụng: Ceftriaxone 80mg/kg/ngày, Vitamin A 200.000 UI x 2 ngày, thở oxy gọng mũi 2 l/p.
Tình trạng người bệnh lúc chuyển tuyến: Tỉnh, còn sốt 38,7°C, thở 50 l/p, SpO2 93% thở oxy.
Lý do chuyển tuyến: Vượt quá khả năng chuyên môn.
Hướng điều trị: Tiếp tục kháng sinh, oxy, cách ly đường hô hấp.
Chuyển tuyến hồi: 7 giờ 30 phút, ngày [[D:17/3/2026]]
Phương tiện vận chuyển: xe cấp cứu
Họ tên, chức danh người hộ tống: ĐD [[N:Ly Thị Dợ]]
Người nhà đi kèm: bố [[N:Vàng Mí Chá]], SĐT [[P:0388.172.604]]
BÁC SĨ KHÁM, ĐIỀU TRỊ                        GIÁM ĐỐC
[[N:Sùng Thị Mỷ]]                                 [[N:Nguyễn Đức Hạnh]]`,
  ],
  // 4
  [
    'nursing',
    `BÀN GIAO CA TRỰC - KHOA HSTC
Ca đêm [[D:18/3]] → ca sáng [[D:19/3]]
Người giao: ĐD [[N:Phùng Thị Lan]]   Người nhận: ĐD [[N:Đỗ Minh Khôi]]
Giường 3 - BN [[N:Khổng Văn Lợi]], 72t, mã BN [[R:2603104587]]. CĐ: Sốc nhiễm khuẩn / Viêm phổi bệnh viện / COPD.
- Thở máy PC: Pi 16, PEEP 6, FiO2 50%, f 18. SpO2 94-96%. Khí máu 2h: pH 7,31/pCO2 58/pO2 82/HCO3 27.
- Noradrenalin 0,2 mcg/kg/ph qua bơm tiêm điện, HA duy trì 105/60 - 115/65. Đã giảm từ 0,3 lúc 1h.
- Meropenem 1g/8h (N3), Vancomycin theo nồng độ đáy.
- Nước tiểu 12h: 850ml. Bilan dịch +1200.
- Đã báo BS trực [[N:Hằng]] lúc 3h15 vì sốt 39,2, đã cấy máu 2 vị trí, chườm mát.
- Người nhà (con gái [[N:Khổng Thị Thu Hà]]) xin gặp BS lúc 10h sáng nay, SĐT [[P:097 654 3218]].
Giường 5 - bà [[N:Bế Thị Nhung]], [[AGE:91]] tuổi, NV [[D:17/3]] vì hôn mê tăng áp lực thẩm thấu. Glasgow 11đ (E3V3M5). Insulin Actrapid 2UI/h, đường máu mao mạch 2h/lần: 18,4 → 14,1 → 12,3 mmol/L. Na 156 → 151. Thở oxy kính 3 l/p. Loét cùng cụt độ 2, thay băng 1 lần/ngày. Ống thông dạ dày ăn sữa 200ml x 6 cữ.
Giường 7 - trống (BN [[N:Lê Văn Tư]] chuyển khoa Nội thần kinh lúc 22h).
Ký nhận: [[N:Lan]] / [[N:Khôi]]`,
  ],
  // 5
  [
    'outbreak',
    `BÁO CÁO ĐIỀU TRA Ổ DỊCH SỐT XUẤT HUYẾT
Đơn vị: Trạm Y tế [[A:phường Hoàng Mai]] - CDC Hà Nội
1. Thông tin chung
- Ngày nhận thông tin: [[D:03/9/2025]]; ngày điều tra: [[D:04/9/2025]].
- Địa điểm ổ dịch: [[A:tổ dân phố số 12, phường Hoàng Mai]], TP Hà Nội (trước đây thuộc [[A:phường Hoàng Liệt, quận Hoàng Mai]]).
- Thời gian ghi nhận ca bệnh đầu tiên: [[D:28/8/2025]].
2. Kết quả điều tra ca bệnh
Ca 1: [[N:Trịnh Quang Huy]], nam, 24 tuổi, sinh viên, ở trọ tại [[A:số 7 ngách 14/2 phố Vọng]], khởi phát [[D:26/8]], NS1 (+) [[D:28/8]], điều trị tại BV Thanh Nhàn.
Ca 2: [[N:Hứa Mỹ Linh]], nữ, 31 tuổi, nhân viên văn phòng, [[A:P.1805 tòa HH3B, KĐT Linh Đàm]], khởi phát [[D:29/8]], IgM (+), điều trị ngoại trú.
Ca 3: cháu [[N:Đặng Gia Bảo]], nam, 9 tuổi, học sinh trường TH Hoàng Liệt, khởi phát [[D:30/8]], vào BV Nhi TƯ [[D:01/9]] với sốc Dengue, đã ổn.
Ca 4: [[N:N.T.Q]], nữ, 56 tuổi, nội trợ, [[A:tổ 12]], khởi phát [[D:31/8]], NS1 (+).
3. Điều tra côn trùng
Chỉ số nhà có bọ gậy (HI) 18%, Breteau (BI) 32, chỉ số DI 0,6 con/nhà. Ổ bọ gậy chủ yếu ở lốp xe, chậu cảnh, bể nước không nắp tại công trình xây dựng đầu ngõ.
4. Biện pháp đã triển khai
- Phun hóa chất diện rộng 2 đợt ([[D:05/9]] và [[D:12/9]]) bán kính 200m quanh nhà các ca bệnh, tổng 1.260 hộ.
- Chiến dịch diệt bọ gậy, truyền thông qua loa phường.
5. Kiến nghị: Đề nghị Ban quản lý khu đô thị phối hợp xử lý nước đọng tại tầng hầm.
Người báo cáo: [[N:Vi Thị Hồng Nhung]] - SĐT [[P:0912-558-047]]`,
  ],
  // 6
  [
    'chat',
    `Zalo nhóm "Nhi khoa Tây Nguyên"
[[N:Ksor Nay]] 21:14: Chào các anh chị, em ở TTYT [[A:huyện Chư Păh]] cũ ạ. Xin ý kiến 1 ca TCM
[[N:Ksor Nay]] 21:15: be gai 22 thang, nha o [[A:lang Ia Ly, xa Ia Mo Nong]], sot 39 do 2 ngay, giat minh 4 lan/30p, ngu ga, mach 165 l/p
[[N:Ksor Nay]] 21:16: ban o long ban tay, ban chan, loet mieng. Da cho phenobarbital 10mg/kg
[[N:Trần Minh Quân]] 21:20: [[N:Nay]] ơi cho anh xin HA, SpO2 và CRT nhé. Nghe mô tả thì độ 2b nhóm 2 rồi, có thể lên 3
[[N:Ksor Nay]] 21:22: HA 110/70, spo2 95%, crt < 2s a. Me be la [[N:Ro Cham H'Nhi]], sdt [[P:0334 218 907]]
[[N:Trần Minh Quân]] 21:23: ok chuyển ngay lên BVĐK tỉnh, IVIG chưa cần, cho thở oxy, gọi cho a [[N:Tùng]] trực ICU nhi nhận bệnh. Số a [[N:Tùng]] [[P:0905.44.66.28]]
[[N:Nguyễn Thanh Tùng]] 21:30: a nhận rồi nhé. Ghi rõ giờ giật cuối. Mai [[D:12/4]] nhớ gửi mẫu phết họng làm PCR EV71 cho Viện Pasteur Nha Trang
[[N:Ksor Nay]] 21:31: dạ vâng ạ, em cảm ơn a [[N:Quân]], a [[N:Tùng]] 🙏`,
  ],
  // 7
  [
    'lab',
    `PHIẾU CHỈ ĐỊNH XÉT NGHIỆM
Khoa: Truyền nhiễm    Buồng: 4    Giường: 12
Họ tên: [[N:Tăng Mỹ Phụng]]    Năm sinh: 1988    Giới: Nữ
Mã BN: [[R:BN26-031245]]    SID: [[R:2603190117]]
Đối tượng: BHYT 80%    Số thẻ: [[BH:GD4 79 79 012 345 67]]
Địa chỉ: [[A:85/12 Trần Quang Khải, phường Tân Định]], TP. Hồ Chí Minh
Chẩn đoán: Sốt chưa rõ nguyên nhân, theo dõi sốt mò / Lupus ban đỏ hệ thống đang dùng Medrol 16mg/ngày
Yêu cầu: Tổng phân tích tế bào máu ngoại vi (18 thông số); CRP; Procalcitonin; AST/ALT; Ure/Creatinin; Điện giải đồ (Na/K/Cl); Cấy máu 2 chai hiếu khí/kỵ khí; IgM Orientia tsutsugamushi; Test nhanh Dengue NS1/IgM/IgG; Widal; C3/C4; Anti dsDNA.
Lấy mẫu lúc: 06:45 [[D:19/03/2026]]    Người lấy mẫu: [[N:Dương Ngọc Bích]]
Bác sĩ chỉ định: [[N:Âu Dương Khánh]] - email [[E:khanh.auduong.bsnt@gmail.com]]
Kết quả trả về qua HIS; liên hệ khoa Xét nghiệm số máy lẻ 2345.`,
  ],
  // 8
  [
    'death-review',
    `BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Hồi 14 giờ 00 ngày [[D:22/01/2026]], tại phòng giao ban Khoa Lão khoa, BV Thống Nhất.
Chủ trì: PGS.TS [[N:Mạc Văn Trường]] - Trưởng khoa. Thư ký: ThS.BS [[N:Lại Thị Quỳnh Anh]].
Thành phần: BS [[N:Chu Đức Toàn]], BS [[N:Đoàn Thị Kim Oanh]], ĐD trưởng [[N:Nghiêm Thị Phượng]] và tập thể bác sĩ, điều dưỡng khoa.
Người bệnh: [[N:Tôn Nữ Thị Hạnh]], [[AGE:93]] tuổi, hưu trí. Địa chỉ: [[A:số 14 đường số 3, cư xá Lữ Gia, phường Phú Thọ]], TP.HCM. Số HS: [[R:25.117.842]].
Vào viện: 20 giờ 15 phút ngày [[D:14/01/2026]]. Tử vong: 03 giờ 40 phút ngày [[D:21/01/2026]].
Tóm tắt: Cụ bà tiền sử THA, rung nhĩ mạn dùng Sintrom 1/4 viên/ngày, suy tim NYHA III, bệnh thận mạn giai đoạn 3b. Vào viện vì khó thở, ho khạc đờm đục. Chẩn đoán viêm phổi cộng đồng mức độ nặng (CURB-65: 4 điểm). Điều trị Tazocin 4,5g/8h, sau nâng bậc Meropenem + Levofloxacin ngày 4. Ngày thứ 5 tụt HA, dùng Noradrenalin. Gia đình (con trai là ông [[N:Phan Tôn Minh]], 68 tuổi) đề nghị không đặt NKQ, ký cam kết ngày [[D:19/01/2026]].
Nguyên nhân tử vong: Sốc nhiễm khuẩn / Viêm phổi / Suy đa tạng trên nền suy tim mạn.
Kết luận: Chẩn đoán đúng, điều trị kịp thời theo phác đồ, không có sai sót chuyên môn.
Thư ký                               Chủ tọa
[[N:Lại Thị Quỳnh Anh]]                    [[N:Mạc Văn Trường]]`,
  ],
  // 9
  [
    'outbreak',
    `PHIẾU ĐIỀU TRA CA BỆNH SỞI/RUBELLA
Mã số ca bệnh: [[R:HCM-SOI-2025-00871]]
I. THÔNG TIN HÀNH CHÍNH
Họ tên bệnh nhân: [[N:Nguyễn Hoàng Khánh An]]   Giới: Nam
Ngày sinh: [[D:2024-05-17]]  (9 tháng tuổi)
Họ tên cha/mẹ/người giám hộ: [[N:Hoàng Thị Mỹ Duyên]] (mẹ)   ĐT: [[P:+84 938 220 617]]
Địa chỉ nơi ở hiện tại: [[A:C6/22 ấp 3, xã Vĩnh Lộc A, huyện Bình Chánh]] (nay là [[A:xã Vĩnh Lộc]], TP.HCM)
II. TIỀN SỬ TIÊM CHỦNG
Số mũi vắc xin có thành phần sởi đã tiêm: 0 (chưa đến tuổi tiêm mũi 1).
III. THÔNG TIN LÂM SÀNG
Ngày khởi phát sốt: [[D:02/3/2025]]     Ngày phát ban: [[D:05/3/2025]]
Triệu chứng: sốt ☑ phát ban ☑ ho ☑ chảy mũi ☑ viêm kết mạc ☑ hạch sau tai ☐ đau khớp ☐
Biến chứng: viêm phổi ☑ tiêu chảy ☐ viêm não ☐
Nhập viện: có - BV Nhi đồng 1, ngày nhập viện [[D:06/03/2025]]
IV. TIỀN SỬ TIẾP XÚC
Trong 7-21 ngày trước phát ban trẻ có đi khám tại phòng khám tư trên [[A:đường Vĩnh Lộc]] (ngày [[D:18/2]]) và tiếp xúc với anh họ (cháu [[N:Hoàng Gia Huy]], 6 tuổi) bị sốt phát ban cùng thời điểm.
V. XÉT NGHIỆM
Mẫu huyết thanh lấy [[D:07/3/2025]], gửi Viện Pasteur TP.HCM ngày [[D:08/3/2025]]. Kết quả IgM sởi: dương tính ([[D:11/3/2025]]).
Phân loại cuối cùng: Sởi xác định phòng xét nghiệm.
Người điều tra: [[N:Lương Thị Ngọc Trâm]] - TYT [[A:xã Vĩnh Lộc A]]   ĐT: [[P:028 3765 1120]]`,
  ],
  // 10
  [
    'consult',
    `GIẤY MỜI HỘI CHẨN
Kính gửi: Khoa Nội tiết - BVĐK tỉnh Khánh Hòa
Khoa Nội tổng hợp trân trọng kính mời bác sĩ chuyên khoa đến hội chẩn cho người bệnh:
Họ tên: [[N:Đàng Thị Mỹ Dung]]    Tuổi: 45    Dân tộc: Chăm
Địa chỉ: [[A:thôn Phước Lập, xã Phước Hậu]], tỉnh Khánh Hòa (trước là [[A:huyện Ninh Phước]], tỉnh Ninh Thuận)
Số vào viện: [[R:2026/03/0871]]
Chẩn đoán hiện tại: Basedow / Suy tim do cường giáp / Rung nhĩ đáp ứng thất nhanh.
Tóm tắt: BN sụt 8 kg trong 3 tháng, hồi hộp, run tay, lồi mắt 2 bên. FT4 68 pmol/L, TSH < 0,005 mU/L. ECG: rung nhĩ tần số 140 l/p. Siêu âm tim EF 45%. Đang dùng Thyrozol 10mg x 3 viên/ngày, Propranolol 40mg 1/2 viên x 2 lần/ngày.
Nội dung đề nghị: chỉ định điều trị I-131 hay phẫu thuật? Có dùng chống đông không (CHA2DS2-VASc 2đ, HAS-BLED 1đ)?
Thời gian: 14h00 ngày [[D:20/3/2026]]   Người liên hệ: BS [[N:Thiên Sanh Hùng]] - [[P:0258.3822.147]]`,
  ],
  // 11
  [
    'case-post',
    `[Ca lâm sàng] Nam 38t, yếu 2 chân tăng dần 5 ngày sau đợt tiêu chảy. Khám: sức cơ 2 chân 2/5, 2 tay 4/5, mất phản xạ gân xương, không rối loạn cảm giác rõ, không rối loạn cơ tròn. Dịch não tủy: protein 1,2 g/L, tế bào 3/mm3 → phân ly đạm - tế bào. Điện cơ: tổn thương sợi trục vận động. Nghĩ Guillain-Barré thể AMAN. Đã truyền IVIG 0,4 g/kg/ngày x 5 ngày, hiện ngày 3, sức cơ chân lên 3/5. Xin mọi người góp ý có nên thay huyết tương không? (Ca ở BV tỉnh, BN đồng ý chia sẻ, đã ẩn thông tin.)
- Bình luận của BS [[N:Phó Đức Mạnh]]: Chỉ định PEX ngang IVIG, không nên phối hợp ngay. Theo dõi VC (dung tích sống) 2 lần/ngày, nếu < 20 ml/kg thì đặt NKQ. Lưu ý biến chứng rối loạn thần kinh tự chủ.
- [[N:Mai Anh]]: em từng gặp ca GBS sau Campylobacter, hồi phục chậm 6 tháng. Chúc BN mau khỏe ạ.
- [[N:Trương Hữu Lộc]]: Đồng ý với a [[N:Mạnh]]. Nên làm thêm kháng thể anti-GM1 nếu có điều kiện.`,
  ],
];
