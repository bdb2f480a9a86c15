// Held-out evaluation set, written BLIND: its author had read only markup.ts and the
// annotation conventions, never the detector, so its figures are a forecast, not a
// tuning score. All people, numbers and addresses are invented.
// Conventions (those of handwritten.ts, plus decisions made here):
// - names without titles or cue words (BS., ĐD, ông, bà, con gái …); initials are names;
//   staff names (doctors, nurses, investigators) are names too;
// - numeric dates without "ngày" / "hôm" / "sáng" / "đêm"; written-out dates with "ngày";
//   times are left out; a range "20-21/5" is one span, "từ 1/6 đến 15/6" two, "5 và 6/6"
//   two ("5" and "6/6"); a birth date, card expiry or appointment is a date like any other;
// - month + year ("tháng 3/2024") and a year alone are NOT dates here (not exact dates;
//   outbreak reports publish them);
// - addresses below province level, one span per contiguous run, with unit words and
//   house numbers, province (and "TP." of a centrally-run city) left out; old quận /
//   huyện included; a place name inside a facility name (Bệnh viện Bạch Mai, Trung tâm
//   Y tế khu vực Chư Sê, Trạm Y tế) is NOT PHI — facilities are not annotated;
// - ages ≥ 90: the number only; identifiers: the number only, without its label.
// Relabelled 2026-12-06 (issue 15's convention, detect-documents.ts): the number of a paper about
// one person or one case (a certificate serial, a prescription, a police or court decision,
// a police letter) is an identifier; such numbers were unmarked or listed as phrases here.
import { type EvalDoc, parseMarkup } from './markup';

const RAW: Array<[string, string]> = [
  // 1
  [
    'admission',
    `BỆNH ÁN NỘI KHOA
Họ và tên: [[N:NGUYỄN THỊ HOA]]   Tuổi: 67   Giới: Nữ
Nghề nghiệp: hưu trí. Dân tộc: Kinh.
Địa chỉ: [[A:số 18 ngõ 142 phố Đội Cấn, phường Ngọc Hà]], TP. Hà Nội
Số CCCD: [[ID:001156023478]]. Thẻ BHYT: [[BH:HT3 01 01 234 567 89]]
Khi cần báo tin: con trai [[N:Lê Quang Vinh]], ĐT [[P:0983.456.712]]
Vào viện lúc 9h15 [[D:14/03/2026]]. Mã BN: [[R:26014477]]
Lý do vào viện: khó thở tăng 3 ngày nay.
Bệnh sử: Bệnh nhân có tiền sử tăng huyết áp 10 năm, đái tháo đường típ 2 điều trị Metformin 850mg ngày 2 lần, bệnh Parkinson phát hiện năm 2019 dùng Madopar 1/2 viên x 3 lần/ngày. Cách vào viện 3 ngày bệnh nhân xuất hiện ho khạc đàm vàng, sốt 38,5 độ, khó thở khi nằm.
Khám: Tỉnh, Glasgow 15/15. HA 150/90 mmHg, mạch 102 l/ph, SpO2 91%. Phổi ran nổ 2/3 dưới phổi phải. Run tay kiểu Parkinson. Bạch cầu 15,2 G/L.
Chẩn đoán: Viêm phổi cộng đồng / THA / ĐTĐ típ 2 / Parkinson.
BS điều trị: [[N:Phạm Minh Đức]]`,
  ],
  // 2
  [
    'discharge',
    `GIẤY RA VIỆN
Họ tên người bệnh: [[N:Trần Văn Bảy]]   Tuổi: 54   Nam/Nữ: Nam
Dân tộc: Kinh   Nghề nghiệp: làm ruộng
Mã số BHXH/Thẻ BHYT số: [[BH:GD4 87 87 123 45 678]]
Địa chỉ: [[A:ấp Bình Lợi, xã Bình Hàng Trung, huyện Cao Lãnh]], tỉnh Đồng Tháp
Vào viện lúc: 20 giờ 30 phút, [[D:ngày 02 tháng 02 năm 2026]]
Ra viện lúc: 8 giờ 00 phút, [[D:ngày 10 tháng 02 năm 2026]]
Chẩn đoán: Xuất huyết tiêu hóa trên do loét hành tá tràng Forrest IIb. Xơ gan Child-Pugh B.
Phương pháp điều trị: Nội soi cầm máu, truyền 2 đơn vị khối hồng cầu, Nexium 40mg x 2 lọ/ngày.
Ghi chú: Tái khám sau 2 tuần hoặc khi có dấu hiệu bất thường (đi ngoài phân đen, Hoàng đản tăng). Số lưu trữ: [[R:2026/1187]]
Trưởng khoa: BS.CKII [[N:Đoàn Thị Thanh Hương]]`,
  ],
  // 3
  [
    'referral',
    `GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Số: [[R:215/2026/GCT]]
Kính gửi: Bệnh viện Nhi Trung ương
Trung tâm Y tế huyện Mường Khương trân trọng giới thiệu:
Họ và tên người bệnh: [[N:Giàng A Páo]]   Nam/Nữ: Nam   Tuổi: 4
Địa chỉ: [[A:thôn Sả Hồ, xã Bản Lầu]], tỉnh Lào Cai
Dân tộc: Mông   Quốc tịch: Việt Nam
Số thẻ bảo hiểm y tế: [[BH:TE1 10 10 987 654 32]]   hạn sử dụng đến [[D:31/12/2026]]
Đã được khám bệnh, điều trị tại Trung tâm Y tế huyện Mường Khương từ [[D:03/5/2026]] đến [[D:06/5/2026]]
Tóm tắt bệnh án: Trẻ sốt cao liên tục 5 ngày, mắt đỏ, môi đỏ nứt, hạch cổ 1 bên, phát ban đa dạng, bong da đầu ngón. Nghi bệnh Kawasaki. Xét nghiệm: BC 18,5 G/L, CRP 96 mg/L, TC 520 G/L.
Lý do chuyển tuyến: vượt quá khả năng chuyên môn.
Hướng điều trị đã dùng: hạ sốt Paracetamol 15mg/kg/lần, kháng sinh Ceftriaxone.
Chuyển tuyến hồi 14 giờ [[D:06/5/2026]]. Phương tiện vận chuyển: xe cứu thương.
Người hộ tống: ĐD [[N:Lù Thị Mỷ]]
Người liên hệ: bố là [[N:Giàng A Chứ]], SĐT [[P:0368 114 209]]
Y, bác sĩ khám, điều trị: BS [[N:Vàng Seo Dìn]]`,
  ],
  // 4
  [
    'consult',
    `Kính gửi: Khoa Thần kinh
Khoa Hồi sức tích cực xin hội chẩn cho bệnh nhân:
BN [[N:LÊ THỊ KIM OANH]], nữ, 38 tuổi, số vào viện [[R:26-023415]], giường 12.
Vào khoa ngày [[D:21/4]] vì yếu tứ chi tiến triển 4 ngày, tê bì đầu chi, sau đợt tiêu chảy cách 2 tuần. Hiện cơ lực 2/5 chi dưới, 3/5 chi trên, mất phản xạ gân xương 4/4 chi. Dịch não tủy: protein 1,2 g/L, tế bào 3/mm3 (phân ly đạm - tế bào). Nghi hội chứng Guillain-Barré, cần loại trừ nhược cơ, viêm tủy cắt ngang.
Đề nghị khoa hội chẩn về chỉ định lọc huyết tương hay IVIg.
Người đề nghị: ThS.BS [[N:Nguyễn Hoàng Nam]] - ĐT nội bộ 2315, di động [[P:+84 912 776 031]]`,
  ],
  // 5
  [
    'outbreak',
    `PHIẾU ĐIỀU TRA CA BỆNH SỐT XUẤT HUYẾT DENGUE
Mã số ca bệnh: [[R:SXH-2026-0417]]
I. Thông tin chung
1. Họ và tên: [[N:Hồ Thị Ngọc Trâm]]   2. Ngày sinh: [[D:17/09/2011]]   Giới: nữ
3. Họ tên bố/mẹ (nếu dưới 15 tuổi): mẹ [[N:Võ Thị Lài]]
4. Địa chỉ nơi ở hiện nay: [[A:tổ 7, khu phố 3, phường Tân Đông Hiệp]], TP. Hồ Chí Minh
   Điện thoại liên lạc: [[P:0908-331-275]]
5. Nghề nghiệp: học sinh lớp 9
II. Thông tin lâm sàng
6. Ngày khởi phát: [[D:08/6/2026]]
7. Ngày vào viện: [[D:11/6/2026]]   Nơi điều trị: Bệnh viện Nhi Đồng 1
8. Triệu chứng: sốt cao đột ngột, đau đầu, đau hốc mắt, chấm xuất huyết dưới da, nôn 2 lần; ngày thứ 4 có đau bụng vùng gan, tiểu cầu giảm 42 G/L, Hct tăng 20%.
9. Phân độ: SXHD có dấu hiệu cảnh báo.
10. Xét nghiệm: NS1 dương tính (lấy mẫu [[D:11/6]]), IgM âm tính.
III. Yếu tố dịch tễ
Trong vòng 14 ngày trước khi khởi bệnh, bệnh nhân ở nhà và đi học tại [[A:phường Dĩ An]]; trong khu phố có 2 ca SXH ghi nhận ngày [[D:28/5]] và [[D:2/6]]. Nhà có lu chứa nước không nắp, phát hiện lăng quăng.
Người điều tra: [[N:Trương Minh Khoa]], cán bộ Trạm Y tế phường. Ngày điều tra: [[D:12/6/2026]]`,
  ],
  // 6
  [
    'chat',
    `[[N:Tuan]] oi, bn [[N:nguyen van hung]] 72t giuong 5 tu sang nay SpO2 tut 88%, a xem giup e voi. BN vao vien hom [[D:3/4]], chan doan COPD dot cap, dang dung Solu-Medrol 40mg x2, Augmentin 1g x2. Vo bn la c [[N:Thu]] sdt [[P:0977 21 43 65]] muon gap bac si. e da bao DD [[N:Hanh]] theo doi mach HA 1h/lan.
- ok e, 15p nua a qua. cho lam khi mau dong mach, xq phoi tai giuong. neu PaCO2 > 60 thi cho tho BiPAP. Nho check lai ket qua cay dom ngay [[D:5/4]] nhe`,
  ],
  // 7
  [
    'nursing',
    `PHIẾU CHĂM SÓC - Khoa Ngoại tổng hợp
Người bệnh: [[N:Đặng Văn Lâm]], 81 tuổi, giường 7, buồng 3
[[D:15/3/26]] 7h00: NB tỉnh, tiếp xúc tốt, than đau vết mổ nhiều, VAS 6/10. M 88 l/p, HA 130/80, T 37,2, NT 20 l/p. Vết mổ khô, không chảy dịch. Dẫn lưu dưới gan ra 50ml dịch hồng.
Thực hiện: Perfalgan 1g truyền TM, Cefoxitin 1g x 2 lọ. Hướng dẫn NB ho khạc đàm, vận động tại giường. Quan sát dấu hiệu chảy máu.
14h00: NB đỡ đau, VAS 3/10, đã trung tiện. Cho uống sữa. Con gái [[N:Lâm Thị Ngọc]] chăm sóc.
22h00: NB ngủ được, đêm [[D:15-16/3]] không sốt. Mai rút dẫn lưu nếu dịch < 30ml.
ĐD thực hiện: [[N:Hà Thị Mai]]`,
  ],
  // 8
  [
    'lab',
    `PHIẾU KẾT QUẢ XÉT NGHIỆM HUYẾT HỌC
Họ tên: [[N:PHAN VĂN TOÀN]]   Năm sinh: 1968   Giới: Nam
Mã BN: [[R:BN2604-00731]]   Khoa: Tiêu hóa   Buồng 2
Chẩn đoán: Bệnh Crohn đợt hoạt động
Lấy mẫu: 06:40 [[D:22/04/2026]]   Nhận mẫu: 07:05 [[D:22/04/2026]]
Công thức máu: HC 3,8 T/L; Hb 104 g/L; Hct 0,33; BC 12,6 G/L; BCĐNTT 78%; TC 412 G/L.
Máu lắng 1h: 48 mm. CRP: 35 mg/L.
Người thực hiện: KTV [[N:Lý Thị Bích]]   Trưởng khoa xét nghiệm: TS.BS [[N:Bạch Quốc Huy]]`,
  ],
  // 9
  [
    'death',
    `BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Thời gian: 14h00 [[D:ngày 20 tháng 7 năm 2026]]
Họ tên người bệnh: [[N:Y Blang Êban]], 46 tuổi, dân tộc Ê Đê
Địa chỉ: [[A:buôn Ko Sier, phường Tân Lợi]], tỉnh Đắk Lắk
Vào viện: 23h15 [[D:17/7/2026]]. Tử vong: 4h40 [[D:19/7/2026]]
Số bệnh án: [[R:26.018842]]
Tóm tắt: BN bị chó cắn vào cẳng chân cách 2 tháng, không tiêm phòng dại. 3 ngày trước vào viện có sợ nước, sợ gió, kích động, tăng tiết nước bọt. Chẩn đoán bệnh dại. Điều trị an thần Midazolam, thở máy. Diễn biến ngừng tuần hoàn lúc 4h10 [[D:19/7]], cấp cứu 30 phút không kết quả.
Người nhà: vợ là [[N:H'Hen Niê]], ĐT [[P:0385 600 147]]
Chủ trì: PGS.TS [[N:Châu Văn Thành]]. Thư ký: BSNT [[N:Nguyễn Thị Thủy Tiên]]`,
  ],
  // 10
  [
    'vaccination',
    `SỔ TIÊM CHỦNG CÁ NHÂN
Họ tên trẻ: [[N:Thạch Thị Sa Ri]]   Ngày sinh: [[D:05/01/2025]]   Nữ
Họ tên mẹ: [[N:Sơn Thị Phol]]   Điện thoại: [[P:0917.342.880]]
Địa chỉ: [[A:ấp Tân Thuận, xã Phú Mỹ]], thành phố Cần Thơ
Lịch tiêm:
- BCG, VGB sơ sinh: [[D:05/01/2025]]
- 5 trong 1 (DPT-VGB-Hib) mũi 1: [[D:10/3/25]]; mũi 2: [[D:12/4/25]]; mũi 3: [[D:14/5/25]]
- bOPV lần 1-3 cùng ngày với 5 trong 1
- Sởi mũi 1: [[D:ngày 6 tháng 10 năm 2025]]
- Viêm não Nhật Bản mũi 1 và 2: hẹn tháng 1/2026
Phản ứng sau tiêm: sốt nhẹ 37,8 độ sau mũi 2, không co giật, không Hồng ban.
Cán bộ tiêm: [[N:Kim Văn Sóc]]`,
  ],
  // 11
  [
    'prescription',
    `ĐƠN THUỐC                                  Số: 0045821
Họ tên: [[N:Vũ Thị Lan Anh]]   Tuổi: 29   Nữ
Địa chỉ: [[A:số nhà 12, ngõ 5, tổ 12, phường Yên Hòa]], Hà Nội
Số thẻ BHYT: [[BH:DN4010112345678]]
Chẩn đoán: Basedow (E05.0); thai 12 tuần
1. Propylthiouracil (PTU) 50mg x 60 viên. Ngày uống 3 lần, mỗi lần 1 viên.
2. Propranolol 40mg x 15 viên. Ngày uống 2 lần, mỗi lần 1/2 viên.
Lời dặn: Xét nghiệm FT4, TSH sau 4 tuần. Tái khám ngày [[D:20/5/2026]] hoặc khi sốt, đau họng.
[[D:Ngày 22 tháng 4 năm 2026]]
Bác sĩ khám bệnh: BSCKI [[N:Lương Thị Minh Nguyệt]]
Chứng chỉ hành nghề số: [[L:001256/HNO-CCHN]]`,
  ],
  // 12
  [
    'icu-handover',
    `BÀN GIAO CA TRỰC ICU - đêm [[D:9/8]] sang sáng [[D:10/8]]
1. Giường 1: [[N:Ông Văn Tám]] 66t, sốc nhiễm khuẩn từ viêm đường mật, đang Noradrenalin 0,3 mcg/kg/ph, HA 95/55. Lactat 4,2 -> 2,8. Cấy máu [[D:8/8]] mọc E. coli ESBL, đã đổi Meropenem.
2. Giường 3: bà [[N:Quách Thị Nở]] [[AGE:93]] tuổi, nhồi máu não diện rộng, Glasgow 9/15, thở oxy kính 3l/ph. Gia đình (con trai [[N:Quách Văn Dũng]], [[P:0903 118 552]]) xin không đặt NKQ.
3. Giường 4: BN [[N:Ng.T.H.]] 45t, ngộ độc methanol, đang lọc máu liên tục, pH 7,21. Chờ kết quả nồng độ methanol gửi BV Bạch Mai.
4. Giường 6: cháu [[N:Hoàng Gia Bảo]] 15t, sốc SXH Dengue N5, Hct 48% -> 40%, đang Ringer lactat 7ml/kg/h. Mẹ là chị [[N:Mai]] ở ngoài, SĐT [[P:0839 550 021]].
Bàn giao: BS [[N:Khúc Thành Trung]] -> BS [[N:Đinh Thị Hằng]]`,
  ],
  // 13
  [
    'outbreak',
    `BÁO CÁO NHANH Ổ DỊCH SỞI
Kính gửi: Sở Y tế tỉnh Gia Lai
Ngày [[D:14/02/2026]], Trung tâm Y tế khu vực Chư Sê nhận được thông tin ca nghi sởi tại [[A:làng Ia Pal, xã Ia Ko]]. Đội đáp ứng nhanh đã điều tra:
- Ca bệnh đầu tiên: cháu [[N:Rơ Châm H'Yin]], nữ, 3 tuổi, chưa tiêm vắc xin sởi, khởi phát sốt [[D:5/02]], phát ban [[D:8/02]] từ sau tai lan xuống thân, kèm ho, chảy mũi, viêm kết mạc. Mẫu huyết thanh lấy [[D:12/02]] dương tính IgM sởi (Viện Vệ sinh Dịch tễ Tây Nguyên).
- Đến [[D:20/02]] ghi nhận thêm 6 ca sốt phát ban, tuổi từ 9 tháng đến 7 tuổi, ở [[A:làng Ia Pal]] và [[A:làng Dơ Kong]], 5/6 ca chưa tiêm đủ 2 mũi.
- Tỷ lệ tiêm vắc xin sởi mũi 2 của xã năm 2025 chỉ đạt 71%.
Biện pháp: cách ly ca bệnh tại nhà, bổ sung vitamin A, tổ chức tiêm vét MR cho trẻ 1-5 tuổi từ [[D:22/02]] đến [[D:28/02]].
Người báo cáo: [[N:Siu Thị Nhung]] - ĐT [[P:0269 3851 207]]`,
  ],
  // 14
  [
    'outbreak',
    `Phiếu điều tra ca bệnh Tay chân miệng
Họ tên bệnh nhi: [[N:Lê Ngọc Bảo Hân]]   Ngày sinh: [[D:30-11-2023]]
Họ tên người chăm sóc: [[N:Lê Văn Thông]] (bố)   SĐT: [[P:84-936-224-118]]
Địa chỉ: [[A:hẻm 42/7 Lê Văn Sỹ, phường Nhiêu Lộc]], TP.HCM
Ngày khởi phát: [[D:17/9]]. Ngày nhập viện: [[D:19/9]] tại BV Nhi Đồng 2.
Lâm sàng: sốt 39 độ, loét miệng, phỏng nước lòng bàn tay bàn chân, giật mình 3 lần/30 phút, đi loạng choạng. Phân độ 2b nhóm 1. Điều trị Phenobarbital 10mg/kg, IVIg 1g/kg.
Xét nghiệm: RT-PCR EV71 dương tính (mẫu phết họng lấy [[D:19/9/2026]]).
Tiếp xúc: anh trai [[N:Bảo Long]] 5 tuổi có loét miệng từ [[D:12/9]].
Người điều tra: [[N:Nguyễn Thị Diễm]], Trung tâm Kiểm soát bệnh tật TP.HCM`,
  ],
  // 15
  [
    'outbreak',
    `ĐIỀU TRA CA BỆNH CÚM A/H5N1
Ca bệnh: [[N:T.V.H]], nam, 21 tuổi, sinh viên
Nơi ở: [[A:thôn Đông Phú, xã Quảng Phú]], tỉnh Quảng Trị (xã mới sau sắp xếp)
Tiền sử phơi nhiễm: gia đình nuôi 20 con gà thả vườn; gà chết hàng loạt từ [[D:1/3]] đến [[D:4/3]], bệnh nhân trực tiếp giết mổ 2 con gà ốm hôm [[D:3/3]].
Khởi phát: sốt cao, ho khan [[D:6/3]]; khó thở tăng [[D:9/3]], nhập Trung tâm Y tế khu vực Quảng Trạch [[D:10/3]], chuyển BV Trung ương Huế [[D:11/3]].
Xét nghiệm: mẫu dịch tỵ hầu ngày [[D:11/3/2026]] dương tính cúm A/H5N1 (Viện Pasteur Nha Trang).
Điều trị: Oseltamivir 150mg x 2 lần/ngày, ECMO từ [[D:13/3]].
Người tiếp xúc gần: mẹ [[N:Phan Thị Liễu]], em gái [[N:Hà]], bạn cùng phòng trọ [[N:Đoàn Nhật Minh]] — lấy mẫu, theo dõi 10 ngày.
Liên hệ: CDC Quảng Trị, cán bộ phụ trách [[N:Cao Thị Huyền]] [[P:0914 567 203]]`,
  ],
  // 16
  [
    'vaccination',
    `PHIẾU TIÊM VẮC XIN PHÒNG DẠI
Họ tên: [[N:Đỗ Thị Hường]]   Tuổi: 35
Địa chỉ: [[A:kiệt 15 Hùng Vương, phường Thuận Hóa]], TP. Huế
Ngày bị cắn: [[D:02/10/2026]] lúc 17h, chó nhà hàng xóm (không rõ tiêm phòng), vết cắn độ III ở bàn tay phải.
Phác đồ tiêm bắp Verorab 0,5ml: N0 [[D:02/10]], N3 [[D:05/10]], N7 [[D:09/10]]. Huyết thanh kháng dại SAT 40 UI/kg tiêm thấm quanh vết thương.
Theo dõi con chó: còn sống sau 10 ngày (đến [[D:12/10]]), ngừng tiêm sau mũi N7 theo hướng dẫn.
Nhân viên tiêm: ĐD [[N:Tôn Nữ Diệu Hiền]]`,
  ],
  // 17
  [
    'outbreak',
    `Thông tin ca bệnh bạch hầu
BN [[N:Hờ A Dình]], nam, 11 tuổi, dân tộc Mông, trú tại [[A:bản Huổi Lếch, xã Mường Tùng]], tỉnh Điện Biên. Khởi phát [[D:25/7]] với sốt, đau họng, nuốt đau; [[D:28/7]] khám tại Trạm Y tế thấy giả mạc trắng xám ở amidan 2 bên, hạch cổ sưng to "cổ bạnh". Nhập BV tỉnh [[D:29/7]], cấy dịch họng dương tính C. diphtheriae có gen sinh độc tố. Điều trị SAD 40.000 đơn vị, Penicillin G.
Tiền sử tiêm chủng: không rõ, sổ tiêm chủng thất lạc.
Danh sách tiếp xúc gần (uống Erythromycin dự phòng 7 ngày): bố [[N:Hờ A Sử]], mẹ [[N:Lầu Thị Dợ]], 3 anh chị em, cô giáo [[N:Lò Thị Xuân]] và 24 học sinh lớp 5 điểm trường [[A:bản Huổi Lếch]]. Trưởng bản [[N:Lò Văn Xuân]] ([[P:0386 221 904]]) hỗ trợ lập danh sách.`,
  ],
  // 18
  [
    'chat',
    `Các a c cho e hỏi ca này: bn nữ 28t, có thai 32w, từ hôm [[D:12/6]] xuất hiện phù 2 chân, HA 160/100, protein niệu 3+, tiểu cầu 85 G/L, AST 210. Chẩn đoán HELLP? Bn tên [[N:Thùy]], quê [[A:xã Nghĩa Lạc]] Nam Định cũ, đang nằm BV tỉnh. Chồng là anh [[N:Tuấn]] rất lo. E định cho MgSO4 và mổ lấy thai luôn trong đêm [[D:14-15/6]], có nên chuyển tuyến ko ạ?
--- BS [[N:Kiều Anh]]: mổ luôn e, HELLP + TSG nặng ko nên chuyển, nguy cơ sản giật trên đường. Nhớ corticoid trưởng thành phổi nếu còn kịp.`,
  ],
  // 19
  [
    'summary',
    `TÓM TẮT BỆNH ÁN
HỌ TÊN: [[N:ĐINH CÔNG TRÁNG]]   NAM   45 TUỔI
ĐỊA CHỈ: [[A:XÓM 4, XÃ KIM SƠN]], NINH BÌNH
NGÀY VÀO VIỆN: [[D:05/11/2026]]
CHẨN ĐOÁN: SUY THƯỢNG THẬN CẤP (BỆNH ADDISON) / LAO PHỔI CŨ
QUÁ TRÌNH BỆNH LÝ: BN MỆT MỎI, SẠM DA, GẦY SÚT 6KG TRONG 3 THÁNG, TỤT HA 80/50, NA 122 MMOL/L, K 5,8 MMOL/L, CORTISOL 8H SÁNG 45 NMOL/L.
ĐIỀU TRỊ: HYDROCORTISON 100MG TM MỖI 8 GIỜ, NACL 0,9% 2000ML/24H.
TÌNH TRẠNG RA VIỆN: ỔN ĐỊNH, RA VIỆN [[D:15/11/2026]].
BÁC SĨ ĐIỀU TRỊ: [[N:VŨ HỒNG NHUNG]]`,
  ],
  // 20
  [
    'summary',
    `TÓM TẮT HỒ SƠ BỆNH ÁN (cấp cho người bệnh)
Người bệnh: [[N:Mai Thị Xuân]], nữ, sinh [[D:ngày 3 tháng 8 năm 1972]]
CCCD: [[ID:037172008815]]   Ngày cấp: [[D:15/08/2021]]
Địa chỉ thường trú: [[A:thôn Yên Thổ, xã Yên Mô]], tỉnh Ninh Bình
Địa chỉ tạm trú: [[A:phòng 1204 tòa CT2, khu đô thị Linh Đàm, phường Hoàng Liệt]], Hà Nội
Vào viện: [[D:01/9/2026]]; Ra viện: [[D:12/9/2026]]; Số vào viện: [[R:2609-3321]]
Lý do vào viện: tăng cân, mặt tròn, rạn da tím bụng, Cao huyết áp khó kiểm soát.
Chẩn đoán: Hội chứng Cushing do u tuyến thượng thận trái; ĐTĐ thứ phát; loãng xương.
Điều trị: phẫu thuật nội soi cắt u thượng thận trái [[D:05/9]], giải phẫu bệnh: u tuyến vỏ thượng thận lành tính. Sau mổ bổ sung Hydrocortison, giảm liều dần.
Hướng dẫn: tái khám Nội tiết sau 1 tháng; khi sốt, nôn, mệt lả cần tăng liều hydrocortison và đến viện ngay.`,
  ],
  // 21
  [
    'admission',
    `Bệnh án Ngoại nhi
Bệnh nhi: [[N:Nguyễn Minh Khôi]] (bé [[N:Bin]]), nam, 14 tháng
Họ tên bố: [[N:Nguyễn Văn Sáng]] — lái xe. Mẹ: [[N:Phùng Thị Thanh Tâm]] — giáo viên. SĐT: [[P:0988 06 2211]]
Địa chỉ: [[A:số 9 đường Trần Phú, tổ dân phố Bắc Sơn, phường Bắc Giang]], tỉnh Bắc Ninh
Lý do vào viện: táo bón từ sơ sinh, bụng chướng.
Bệnh sử: chậm phân su trên 48h sau sinh. Thụt tháo thường xuyên. Chụp đại tràng cản quang [[D:8/10]]: đoạn hẹp trực tràng - sigma, đoạn giãn phía trên. Sinh thiết trực tràng: không thấy tế bào hạch → bệnh Hirschsprung.
Kế hoạch: phẫu thuật Soave qua đường hậu môn dự kiến [[D:20/10/2026]].`,
  ],
  // 22
  [
    'chat',
    `c [[N:Nhung]] oi, ca ba cu [[AGE:96]]t o khoa minh, ten [[N:Do Thi Ty]], dia chi [[A:to 3 phuong Thanh Xuan]] HN. ba bi gay co xuong dui (P) sau nga hom [[D:28/12]], nguoi nha muon mo. c dat lich hoi chan GMHS giup e nhe, ma BN [[R:25-44817]]. con trai ba la a [[N:Hieu]] sdt [[P:0966.441.357]]. thanks c`,
  ],
  // 23
  [
    'outbreak',
    `BÁO CÁO TÌNH HÌNH SỐT XUẤT HUYẾT TUẦN 27/2026
Tuần 27 (từ [[D:29/6]] đến [[D:5/7/2026]]) toàn tỉnh ghi nhận 312 ca SXHD, tăng 18% so với tuần trước; cộng dồn 4.215 ca, 2 ca tử vong. Các ổ dịch mới: [[A:khu phố 5, phường Tân Hiệp]] (12 ca), [[A:ấp 3, xã Vĩnh Thanh]] (8 ca), [[A:tổ 14, phường Long Bình]] (7 ca).
Chỉ số Breteau tại ổ dịch: 45-60; chỉ số nhà có lăng quăng HI 25%.
Tỷ lệ ca SXHD nặng 3/312 (1%). Typ vi rút lưu hành: DENV-2 chiếm ưu thế (18/25 mẫu), DENV-1 (7/25).
Đề xuất: phun hóa chất diệt muỗi 2 lần cách nhau 7 ngày tại các ổ dịch; chiến dịch diệt lăng quăng từ [[D:10/7]] đến [[D:20/7]]. Áp dụng phác đồ 2023 của Bộ Y tế.
Người lập báo cáo: [[N:Lâm Văn Hậu]], Khoa Phòng chống bệnh truyền nhiễm`,
  ],
  // 24
  [
    'outpatient',
    `Khám chuyên khoa Thần kinh
BN [[N:Hứa Văn Quang]], nam, [[AGE:91]] tuổi, do cháu nội là [[N:Hứa Minh Khang]] đưa đến.
Lý do: giảm trí nhớ tăng dần 2 năm, hay đi lạc.
MMSE 14/30, vẽ đồng hồ 1/3. MRI sọ não [[D:18/2]]: teo vỏ não lan tỏa, teo hồi hải mã 2 bên (MTA 3/4). Không có tiền sử đột quỵ.
Chẩn đoán: Sa sút trí tuệ do bệnh Alzheimer giai đoạn trung bình. Phân biệt sa sút trí tuệ thể Lewy, Parkinson.
Điều trị: Donepezil 5mg 1 viên tối; Memantine cân nhắc sau 1 tháng.
Hẹn tái khám [[D:ngày 18 tháng 3]].
BS khám: [[N:Tạ Quang Vinh]]`,
  ],
  // 25
  [
    'obstetric',
    `Sàng lọc trước sinh
Thai phụ: [[N:Ngô Thị Bích Ngọc]], PARA 1001, 36 tuổi
Mã hồ sơ: [[R:SL-260317]]
Kỳ kinh cuối: [[D:02/01/2026]]. Dự sinh: [[D:09/10/2026]].
Double test tuần 12 ([[D:28/3]]): nguy cơ trisomy 21 (hội chứng Down) 1/120, trisomy 18 1/5400. NIPT [[D:10/4]]: nguy cơ thấp với T21, T18, T13.
Siêu âm hình thái tuần 22: chưa phát hiện bất thường. Tư vấn: theo dõi thai định kỳ, tiêm uốn ván.
Chồng: anh [[N:Phí Văn Quyết]], [[P:0912.003.448]]`,
  ],
  // 26
  [
    'consult',
    `Xin hội chẩn Ung bướu
BN [[N:Kha Thị Mỹ Duyên]], 24 tuổi, số bệnh án [[R:K26-0915]], sinh thiết hạch cổ [[D:3/9/2026]]: u lympho Hodgkin thể xơ nốt, CD15(+), CD30(+). PET/CT: giai đoạn IIB (Ann Arbor), có triệu chứng B.
Dự kiến hóa trị phác đồ ABVD 6 chu kỳ. Cần đánh giá chức năng tim (Doxorubicin) và phổi (Bleomycin) trước điều trị.
Kết quả PET/CT đã gửi qua email [[E:duyen.kha1998@gmail.com]] theo yêu cầu BN, link hình ảnh: [[U:https://pacs.benhvienk-demo.vn/viewer?study=8812345]]
Liên hệ BS [[N:Lục Văn Thuận]]: [[E:thuanlv.onco@benhvien-demo.vn]]`,
  ],
  // 27
  [
    'incident',
    `Báo cáo sự cố: truy cập hồ sơ bệnh án điện tử bất thường
Lúc 02:14 [[D:17/5/2026]], hệ thống HIS ghi nhận tài khoản của ĐD [[N:Trịnh Thị Loan]] truy cập hồ sơ BN [[N:Âu Dương Thị Nga]] (Mã BN [[R:0026458811]]) từ địa chỉ IP [[IP:113.161.72.45]], ngoài giờ làm việc. Địa chỉ nội bộ của máy trạm khoa là [[IP:10.20.4.117]].
Đã khóa tài khoản, báo Phòng Công nghệ thông tin. Liên hệ: [[E:cntt@bvdemo.org.vn]]`,
  ],
  // 28
  [
    'outpatient',
    `Phòng khám Cơ Xương Khớp - Sổ khám bệnh
Ngày khám: [[D:06/01/2026]]
BN: [[N:Bùi Thị Hồng Vân]], 41t, nhân viên văn phòng
Đ/c: [[A:48 Nguyễn Trãi, phường Khương Đình]], Hà Nội. ĐT nhà: [[P:024 3858 1190]]
Triệu chứng: đầu ngón tay trắng → tím → đỏ khi lạnh (hiện tượng Raynaud) 2 năm, cứng da ngón tay, khó nuốt. ANA 1/640 dạng hạt, anti Scl-70 dương tính.
Chẩn đoán: Xơ cứng bì hệ thống. Theo dõi bệnh phổi kẽ.
Điều trị: Nifedipine 20mg 1 viên/ngày, giữ ấm, bỏ thuốc lá.
Hẹn khám lại [[D:6/2]].`,
  ],
  // 29
  [
    'admission',
    `Bệnh án Nội tiêu hóa
Họ tên: [[N:Dương Quốc Bảo]]   17 tuổi
BHYT: [[BH:HS4 79 79 402 11 356]]
Địa chỉ: [[A:12/3A đường số 7, khu phố 2, phường An Lạc]], TP.HCM
Lý do vào viện: vàng da, chướng bụng.
Tiền sử: anh trai mất năm 2020 vì suy gan không rõ nguyên nhân.
Khám: vòng Kayser-Fleischer 2 mắt (khám đèn khe), run tay, cổ trướng vừa.
Cận lâm sàng: ceruloplasmin 0,08 g/L, đồng niệu 24h 320 mcg. AST/ALT 156/98. Bilirubin TP/TT 86/52.
Chẩn đoán: Bệnh Wilson thể gan - thần kinh.
Điều trị: D-Penicillamine, kẽm, chế độ ăn ít đồng.
Người liên hệ: mẹ [[N:Lưu Thị Kiều Trinh]] [[P:(028) 3856 4421]]`,
  ],
  // 30
  [
    'chat',
    `E chào a [[N:Khánh]], e là [[N:Trang]] bs trực sản BV huyện ạ. E xin chuyển 1 ca lên: sản phụ [[N:H'Nga Byă]] 19t, G1P0, thai 38w, chuyển dạ từ 2h sáng [[D:4/3]], ối vỡ 10h, hiện CTC 6cm, tim thai 100-110 l/p giảm sâu kéo dài. Dự kiến 30p nữa xe tới. Sđt người nhà (chồng - [[N:Y Sao Niê]]): [[P:0345 123 776]].
- ok e, a báo phòng mổ chờ sẵn. Ghi giấy chuyển tuyến đủ giờ ối vỡ, giờ dùng thuốc nhé.`,
  ],
  // 31
  [
    'tb-register',
    `Sổ điều trị bệnh lao — Số ĐKĐT: [[R:125/26]]
Họ tên: [[N:Pinăng Thị Hoa]] (dân tộc Raglai), 52 tuổi
Địa chỉ: [[A:thôn Tà Lọt, xã Khánh Sơn]], tỉnh Khánh Hòa
Phân loại: lao phổi AFB(+) mới. Xpert MTB/RIF: phát hiện MTB, không kháng RIF.
Bắt đầu điều trị ngày [[D:07/04/2026]]. Phác đồ 2RHZE/4RHE. Cân nặng 41kg: 3 viên FDC 4 thuốc/ngày.
Xét nghiệm đờm cuối tháng 2: âm tính ([[D:06/06/2026]]).
DOT tại Trạm Y tế; người giám sát: [[N:Katơr Văn Minh]] (con trai), [[P:0868 552 190]].
Tác dụng phụ: vàng da nhẹ tuần 3, ALT 120, tạm ngừng Pyrazinamid 1 tuần.`,
  ],
  // 32
  [
    'imaging',
    `KẾT QUẢ SIÊU ÂM TIM
Họ tên: [[N:TRIỆU THỊ NGÂN]]   Tuổi: 62   Mã BN: [[R:CT-551902]]
Ngày: [[D:11.08.2026]]
Chỉ định: khó thở, tiếng thổi tâm thu.
Kết quả: Hẹp van động mạch chủ khít, diện tích van 0,7 cm2, chênh áp tối đa/trung bình 82/51 mmHg. EF (Simpson) 48%. Hở van hai lá 2/4. Tăng áp phổi vừa PAPs 48 mmHg.
Kết luận: Hẹp chủ khít, suy chức năng tâm thu thất trái nhẹ. Đề nghị hội chẩn TAVI.
Bác sĩ: [[N:Tống Đức Hiển]] - CCHN số [[L:0031427/BYT-CCHN]]`,
  ],
  // 33
  [
    'chat',
    `Nhờ các anh chị tư vấn: bé trai 2t, sốt 6 ngày (từ [[D:1/6]]), có 4/5 tiêu chuẩn, siêu âm tim [[D:6/6]] giãn ĐMV phải Z-score 3,2. Đã IVIg 2g/kg [[D:6/6]], Aspirin 80mg/kg/ngày. Hôm nay [[D:8/6]] vẫn sốt 38,8. Có nên truyền IVIg lần 2 hay dùng Methylprednisolon? Bé ở [[A:xã Vĩnh Bảo]] HP, gia đình xin chuyển Nhi TƯ.`,
  ],
  // 34
  [
    'admission',
    `Bệnh án Đột quỵ
BN: [[N:Nông Văn Dền]], 58t, dân tộc Tày
ĐC: [[A:bản Nà Pồng, xã Tân Lập, huyện Bắc Sơn]], tỉnh Lạng Sơn
Khởi phát: 5h30 sáng [[D:9/9]], phát hiện yếu nửa người phải, nói khó khi ngủ dậy (thời điểm bình thường cuối cùng 22h [[D:8/9]]).
NIHSS 14. CT mạch: tắc M1 trái. ASPECTS 8. CT tưới máu: vùng nguy cơ lớn.
Điều trị: lấy huyết khối cơ học lúc 10h15, TICI 2b. Sau can thiệp NIHSS 6. Sáng [[D:10/9]] BN tỉnh, nói được câu ngắn.
Tiền sử: rung nhĩ không dùng chống đông, THA.
Người nhà: vợ [[N:Hoàng Thị Slao]], [[P:0912 304 118]].`,
  ],
  // 35
  [
    'emergency',
    `Bệnh án cấp cứu — rắn cắn
BN [[N:Thạch Sô Phi]], nam, 33t, làm ruộng, ngụ [[A:ấp Prey Chóp, xã Lai Hòa]], Cần Thơ (Sóc Trăng cũ).
Bị rắn lục đuôi đỏ cắn vào mu bàn chân trái lúc 19h [[D:23/8/2026]] khi đi thăm ruộng. Vào viện sau 3h: sưng nề lan đến gối, chảy máu chân răng. Đông máu 20 phút: không đông. PT 38%, fibrinogen dưới 0,5 g/L.
Điều trị: huyết thanh kháng nọc rắn lục tre 5 lọ, lặp lại 3 lọ sau 6h. Theo dõi tiểu cầu, chức năng thận.
Người nhà: anh ruột [[N:Danh Sa Rin]].`,
  ],
  // 36
  [
    'vaccination',
    `DANH SÁCH TRẺ TIÊM BỔ SUNG VẮC XIN MR — [[A:thôn 2, xã Ea Tiêu]]
STT | Họ tên | Ngày sinh | Họ tên mẹ | Ghi chú
1 | [[N:Y Đạt Mlô]] | [[D:12/03/2021]] | [[N:H'Bia Mlô]] | đã tiêm
2 | [[N:H'Lin Êban]] | [[D:04/11/2022]] | [[N:H'Dung Êban]] | hoãn (đang sốt)
3 | [[N:Nguyễn Trần Gia Huy]] | [[D:29/2/2020]] | [[N:Trần Thị Lệ]] | đã tiêm
4 | [[N:Lò Thị Mai]] | [[D:17-08-2021]] | [[N:Cầm Thị Ơn]] | đã tiêm
Ngày tiêm: [[D:ngày 25 tháng 3 năm 2026]]
Người lập: [[N:Nay Hờ Lan]] - y tế thôn`,
  ],
  // 37
  [
    'discharge',
    `Bệnh nhân [[N:Trương Thị Lý]] 70t điều trị tại khoa từ [[D:1/6]] đến [[D:15/6]] vì đợt cấp suy tim EF giảm. Đã truyền Furosemide, sau đó chuyển đường uống. BN có 2 cơn rung nhĩ nhanh vào ngày [[D:5]] và [[D:6/6]], kiểm soát bằng Amiodarone. Lý do ra viện: ổn định, NYHA II.
Thuốc ra viện: Entresto 50mg x 2, Bisoprolol 2,5mg, Spironolacton 25mg, Dapagliflozin 10mg.
Lưu ý: kiểm tra kali, creatinin sau 1 tuần. Tái khám [[D:22/6]] tại phòng khám Suy tim, BS [[N:Phó Đức Mạnh]].`,
  ],
  // 38
  [
    'blood-bank',
    `PHIẾU LĨNH MÁU
Người bệnh: [[N:Kim Thị Sương]]   Nhóm máu: O Rh(+)
Mã BN: [[R:2026081234]]   Khoa: Huyết học lâm sàng, giường 21
Chẩn đoán: Thalassemia thể nặng (HbE/β-thal) / quá tải sắt
Lĩnh: 2 đơn vị khối hồng cầu lọc bạch cầu 350ml, phản ứng chéo 22°C và 37°C âm tính.
Thời gian lĩnh: 15h20 [[D:03/12/2026]]. Người lĩnh: ĐD [[N:Thân Thị Thu]]. Người phát: [[N:Nghiêm Văn Tú]].`,
  ],
  // 39
  [
    'primary-care',
    `Hồ sơ quản lý bệnh không lây nhiễm — Trạm Y tế
Họ tên: [[N:Quan Văn Lình]], 76 tuổi, dân tộc Nùng
CMND: [[CM:080512336]]
Địa chỉ: [[A:thôn Khuổi Khon, xã Thạch An]], Cao Bằng
Bệnh: THA độ 2, suy giáp sau mổ bướu giáp nhân năm 2015 (dùng Levothyrox 100mcg/ngày).
Lần khám [[D:4/3]]: HA 150/90, mạch 76. Chỉnh Amlodipin 5mg lên 10mg. Hẹn lĩnh thuốc hằng tháng.`,
  ],
  // 40
  [
    'neonatal',
    `Giao ban khoa Sơ sinh sáng [[D:21/5]]
- Trực đêm [[D:20-21/5]]: nhận 2 ca.
1. Con sản phụ [[N:Đào Thị Hạnh]], nam, sinh non 29 tuần, cân nặng 1100g, sinh lúc 23h40 [[D:20/5]] tại khoa Sản. Suy hô hấp, bơm Curosurf 200mg/kg qua ống NKQ, hiện thở CPAP 6 cmH2O, FiO2 30%.
2. Bé [[N:Hồ Gia An]], nữ, 5 ngày tuổi, vàng da tăng bilirubin gián tiếp 320 µmol/L, nhóm máu mẹ O con B. Chiếu đèn 2 mặt. Xem xét thay máu nếu trên 340.
- Bé trai con mẹ [[N:Lê Thị Nhàn]] ra viện sáng nay.
Trực: BS [[N:Vi Thị Hồng]], ĐD [[N:Lã Thị Hoa]]`,
  ],
  // 41
  [
    'death',
    `GIẤY BÁO TỬ
Họ và tên người chết: [[N:Mạc Văn Khiêm]]   Giới tính: Nam
Ngày, tháng, năm sinh: [[D:10/10/1941]]
Nơi cư trú: [[A:số 7 ngách 23/15 ngõ 102 Trường Chinh, phường Kim Liên]], Hà Nội
Đã chết vào lúc 03 giờ 20 phút, [[D:ngày 14 tháng 11 năm 2026]]
Nơi chết: Bệnh viện Hữu Nghị
Nguyên nhân chết: sốc nhiễm khuẩn / xơ gan do viêm gan B mạn / ung thư biểu mô tế bào gan.
Người đi khai: [[N:Mạc Thị Thu Hà]] (con gái), CCCD [[ID:001186004412]]`,
  ],
  // 42
  [
    'chat',
    `a oi e gui ca: bn [[N:N.V.A]], 60t, dtd type 2 15 nam, thi luc mp 2/10 mt 1/10, soi day mat: phu hoang diem ca 2 mat, xuat huyet cham. OCT hom [[D:2/11]] day hoang diem 450um. e dinh tiem anti-VEGF, bn co BHYT [[BH:HT2 38 38 911 220 47]] thi dc chi tra ko a? sdt bn [[P:091 234 5678]] neu a can goi.`,
  ],
  // 43
  [
    'emergency',
    `Cấp cứu 115 — phiếu chuyển bệnh
Bệnh nhân: chưa rõ danh tính, nam, khoảng 40 tuổi, được người đi đường là anh [[N:Vương Đình Lực]] ([[P:0904 227 813]]) gọi cấp cứu lúc 21h50 [[D:03/4/2026]] trước [[A:số 210 Xô Viết Nghệ Tĩnh, phường Thạnh Mỹ Tây]].
Tình trạng: hôn mê, Glasgow 7/15, đồng tử trái 4mm, phải 2mm, vết thương vùng thái dương trái. Nghi chấn thương sọ não, máu tụ ngoài màng cứng.
Hôm sau [[D:4/4]] xác định danh tính: [[N:Nguyễn Hữu Phước]], CCCD [[ID:079084012367]].`,
  ],
  // 44
  [
    'certificate',
    `GIẤY CHỨNG NHẬN NGHỈ VIỆC HƯỞNG BẢO HIỂM XÃ HỘI
Số seri: 0017352
I. Thông tin người bệnh
Họ và tên: [[N:Cù Thị Thanh Loan]]   Ngày sinh: [[D:19/05/1990]]
Mã số BHXH/Số thẻ BHYT: [[BH:0123456789]]
Đơn vị làm việc: Công ty TNHH May Tiến Thành
II. Chẩn đoán và phương pháp điều trị: Viêm ruột thừa cấp đã mổ nội soi.
Số ngày nghỉ: 10 ngày (Từ ngày [[D:12/10/2026]] đến hết ngày [[D:21/10/2026]])
Người hành nghề KBCB: BS [[N:Hầu A Lềnh]]`,
  ],
  // 45
  [
    'referral',
    `Giấy chuyển viện: BN [[N:Phan Thanh Bình]] 39t, trú [[A:K82/14 Nguyễn Chí Thanh, quận Hải Châu]], Đà Nẵng.
Chẩn đoán: viêm tụy cấp nặng do tăng triglycerid (TG 42 mmol/L). Đã lọc huyết tương thay thế [[D:26/10]], TG giảm còn 8,5. Chuyển viện theo nguyện vọng, vào hồi 16h [[D:27/10]].
Mã BN: [[R:DN26-88412]]`,
  ],
  // 46
  [
    'psychiatry',
    `Khám tâm thần: Người bệnh [[N:La Văn Thắng]], 44t, do vợ là chị [[N:Hoa]] và em trai [[N:Thịnh]] đưa đến. Uống rượu 20 năm, 2 ngày nay bỏ rượu thì run tay, vã mồ hôi, nhìn thấy côn trùng bò trên tường, kích động. Chẩn đoán: hội chứng cai rượu có sảng, bệnh não Wernicke chưa loại trừ. Điều trị Diazepam, Thiamin 500mg TM x 3 lần/ngày. Quan sát sát nguy cơ tự sát.`,
  ],
  // 47 — no PHI at all: teaching text full of eponyms and name-like words
  [
    'guideline',
    `Chẩn đoán phân biệt yếu liệt cấp: hội chứng Guillain-Barré, nhược cơ, viêm tủy cắt ngang, hạ kali máu chu kỳ. Bệnh Parkinson và bệnh Alzheimer không gây yếu cơ cấp. Bướu giáp Basedow có thể kèm liệt chu kỳ hạ kali. Hội chứng Cushing, bệnh Addison, bệnh Wilson, bệnh Crohn, u lympho Hodgkin, hiện tượng Raynaud, bệnh Kawasaki, bệnh Hirschsprung và hội chứng Down đều có tiêu chuẩn chẩn đoán riêng. Dương tính giả gặp khi mẫu bị nhiễm; âm tính giả khi lấy mẫu muộn. Đào thải thuốc qua thận giảm ở người cao tuổi. Hồng ban nút, Hoàng đản tắc mật, Bạch cầu tăng, Cao huyết áp kháng trị, Kim châm cứu, Quan sát tri giác mỗi giờ. Theo phác đồ 2023, liều Paracetamol 10-15 mg/kg, tối đa 60 mg/kg/ngày; tỉ lệ đáp ứng 3/25 ở nhóm chứng. Mai làm lại điện giải đồ.`,
  ],
  // 48 — lab slip with ratios and eponyms, one name
  [
    'lab',
    `KẾT QUẢ XÉT NGHIỆM SINH HÓA - MIỄN DỊCH
Người bệnh: [[N:Tăng Thị Mỹ Lệ]]   Tuổi: 33
Mã BN: [[R:HH2611-0042]]
Chỉ định: theo dõi lupus ban đỏ hệ thống, hội chứng kháng phospholipid.
Ure 6,1 mmol/L; Creatinin 88 µmol/L; AST/ALT 32/41 U/L; Albumin 31 g/L.
C3 0,62 g/L (giảm); C4 0,08 g/L; Anti-dsDNA 210 IU/mL; ANA 1/320 dạng đồng nhất.
Nước tiểu: protein 3+, hồng cầu 2+; tỉ lệ protein/creatinin niệu 180 mg/mmol.
Coombs trực tiếp dương tính. Tiểu cầu 96 G/L.
Nhận xét: hoạt tính bệnh cao (SLEDAI 14). Lấy mẫu 7h10 [[D:09/11/2026]].`,
  ],
];

export const HELDOUT_DOCS: readonly EvalDoc[] = RAW.map(([type, text], i) => parseMarkup(`heldout-${i + 1}`, type, text));

/** Standalone disease / symptom / drug / lab / procedure mentions; none is PHI. */
export const HELDOUT_CLINICAL_PHRASES: readonly string[] = [
  // eponymous diseases, signs and scores
  'bệnh Parkinson',
  'Parkinson giai đoạn 3',
  'hội chứng Parkinson',
  'bệnh Alzheimer',
  'sa sút trí tuệ Alzheimer',
  'bệnh Basedow',
  'bướu giáp Basedow',
  'bệnh Kawasaki',
  'Kawasaki không điển hình',
  'hội chứng Guillain-Barré',
  'Guillain Barre',
  'bệnh Hirschsprung',
  'bệnh Crohn',
  'Crohn hồi manh tràng',
  'hội chứng Down',
  'trisomy 21 (Down)',
  'hội chứng Cushing',
  'bệnh Cushing',
  'bệnh Addison',
  'suy thượng thận Addison',
  'u lympho Hodgkin',
  'u lympho không Hodgkin',
  'bệnh Wilson',
  'hiện tượng Raynaud',
  'bệnh Raynaud',
  'viêm tuyến giáp Hashimoto',
  'bệnh Graves',
  'hội chứng Sjögren',
  'bệnh Behçet',
  'bệnh Still người lớn',
  'hội chứng Stevens-Johnson',
  'hội chứng Lyell',
  'hội chứng Reye',
  'bệnh Kahler',
  'u Wilms',
  'sarcoma Ewing',
  'bệnh Huntington',
  'liệt Bell',
  'bệnh Ménière',
  'bệnh Paget',
  'bệnh Pott',
  'bệnh Buerger',
  'bệnh Takayasu',
  'bệnh Hansen',
  'hội chứng Marfan',
  'hội chứng Turner',
  'hội chứng Klinefelter',
  'hội chứng Tourette',
  'hội chứng Mallory-Weiss',
  'hội chứng Budd-Chiari',
  'hội chứng Zollinger-Ellison',
  'hội chứng Wolff-Parkinson-White',
  'hội chứng Brugada',
  'tứ chứng Fallot',
  'bệnh Ebstein',
  'bệnh Duchenne',
  'bệnh Gaucher',
  'bệnh von Willebrand',
  'bệnh Meckel',
  'túi thừa Meckel',
  'nhiễm trùng Vincent',
  'dấu hiệu Murphy',
  'dấu hiệu McBurney',
  'dấu hiệu Babinski',
  'dấu hiệu Kernig',
  'dấu hiệu Brudzinski',
  'dấu hiệu Chvostek',
  'dấu hiệu Trousseau',
  'dấu hiệu Homans',
  'dấu hiệu Cullen',
  'dấu hiệu Grey Turner',
  'dấu hiệu Lasègue',
  'nghiệm pháp Valsalva',
  'nghiệm pháp Romberg',
  'thang điểm Glasgow',
  'Glasgow 13/15',
  'thang điểm Apgar',
  'Apgar 8/9',
  'phân loại Child-Pugh',
  'Child-Pugh C',
  'phân độ Forrest',
  'phân độ NYHA III',
  'thang điểm Wells',
  'thang điểm Ranson',
  'điểm Alvarado',
  'tiêu chuẩn Jones',
  'tiêu chuẩn Duke',
  'tiêu chuẩn Light',
  'tam chứng Charcot',
  'tam chứng Whipple',
  'tam chứng Beck',
  'thoát vị Spiegel',
  'nang Baker',
  'gãy Colles',
  'gãy Monteggia',
  'bệnh não Wernicke',
  'hội chứng Korsakoff',
  'vòng Kayser-Fleischer',
  'nốt Osler',
  'phản ứng Widal',
  'phản ứng Mantoux',
  'test Coombs trực tiếp',
  'nhuộm Gram',
  'nhuộm Ziehl-Neelsen',
  'phẫu thuật Whipple',
  'phẫu thuật Soave',
  'phẫu thuật Miles',
  'phẫu thuật Hartmann',
  'mổ Kasai',
  'thủ thuật Seldinger',
  'ống Foley',
  'sonde Blakemore',
  'đường cong Frank-Starling',
  // Vietnamese clinical words that are also family or given names
  'Lý do vào viện',
  'Lý do chuyển viện',
  'Hồng ban nút',
  'hồng ban đa dạng',
  'Hoàng đản',
  'Cao huyết áp',
  'Kim châm cứu',
  'kim luồn tĩnh mạch',
  'Bạch cầu tăng',
  'bạch cầu đa nhân trung tính',
  'Bạch hầu thanh quản',
  'Quan sát tri giác',
  'Mai tái khám',
  'Mai làm lại xét nghiệm',
  'Đào thải thuốc qua thận',
  'Lâm sàng ổn định',
  'Dương tính với HBsAg',
  'Âm tính với HIV',
  'Thân nhiệt 39 độ',
  'Triệu chứng cơ năng',
  'Giang mai bẩm sinh',
  'Giang mai thần kinh',
  'Mạc treo ruột',
  'viêm hạch mạc treo',
  'Đồng tử hai bên đều',
  'Tăng huyết áp độ 2',
  'Tăng men gan',
  'Ma túy tổng hợp',
  'Vi khuẩn Gram âm',
  'Vi rút Dengue',
  'Thở nông',
  'Hầu họng đỏ',
  'Suy giáp',
  'Cường giáp',
  'Tuyến giáp to độ 2',
  'Nhân giáp thùy phải',
  'Phong thể củ',
  'bệnh phong',
  'Thương hàn',
  'Long đờm',
  'Thủy đậu',
  'Thủy thũng',
  'An thần',
  'Toàn thân mệt mỏi',
  'Thành bụng mềm',
  'Thành ngực di động đều',
  'Trung thất không lệch',
  'Phúc mạc kích thích',
  'Hạnh nhân hầu',
  'Tâm thu',
  'Tâm phế mạn',
  'Thanh quản phù nề',
  'Hoa mắt chóng mặt',
  'Lan tỏa ra sau lưng',
  'Sang chấn tâm lý',
  'Bình thường',
  'Hạ đường huyết',
  'Hạ kali máu',
  'Hòa tan huyết khối',
  'Châm cứu',
  'Lưu ý dị ứng',
  'Lưu kim 20 phút',
  'Hồ sơ bệnh án',
  'Tiểu cầu giảm',
  'Hồng cầu lưới',
  'Lạc nội mạc tử cung',
  'Thai lạc chỗ',
  'Chu kỳ kinh nguyệt',
  'Chu vi vòng bụng',
  'Thái dương trái',
  'Đàm vàng xanh',
  'Ho khạc đàm',
  'Lại tái phát',
  'Đinh nội tủy',
  'Khúc nối niệu quản bể thận',
  'ngộ độc Thạch tín',
  'Mông phải',
  'Bàng quang căng',
  'Tôn trọng ý kiến người bệnh',
  'Kiều mạch',
  'Mẫn cảm kháng sinh',
  'Quang đông võng mạc',
  'Phó giáo sư',
  // common diseases, symptoms, signs
  'sốt xuất huyết Dengue',
  'sốt xuất huyết có dấu hiệu cảnh báo',
  'sốc sốt xuất huyết',
  'tay chân miệng độ 2b',
  'sởi biến chứng viêm phổi',
  'cúm A/H5N1',
  'cúm A/H1N1',
  'bệnh dại',
  'bạch hầu',
  'ho gà',
  'uốn ván sơ sinh',
  'viêm màng não mủ',
  'viêm não Nhật Bản',
  'lao phổi AFB(+)',
  'lao màng não',
  'viêm gan B mạn',
  'xơ gan mất bù',
  'ung thư biểu mô tế bào gan',
  'đái tháo đường típ 2',
  'nhiễm toan ceton',
  'bệnh thận mạn giai đoạn 4',
  'hội chứng thận hư',
  'viêm cầu thận cấp',
  'nhồi máu cơ tim cấp',
  'rung nhĩ',
  'suy tim EF giảm',
  'hẹp van hai lá',
  'viêm phổi cộng đồng',
  'COPD đợt cấp',
  'hen phế quản',
  'tràn dịch màng phổi',
  'tràn khí màng phổi',
  'nhồi máu não',
  'xuất huyết não',
  'động kinh cục bộ',
  'viêm ruột thừa cấp',
  'thủng ổ loét dạ dày',
  'viêm tụy cấp',
  'sỏi ống mật chủ',
  'tắc ruột',
  'lồng ruột',
  'loét tì đè',
  'viêm mô tế bào',
  'zona thần kinh',
  'vảy nến',
  'lupus ban đỏ hệ thống',
  'viêm khớp dạng thấp',
  'gút mạn',
  'loãng xương',
  'thiếu máu thiếu sắt',
  'thalassemia',
  'tiền sản giật nặng',
  'hội chứng HELLP',
  'băng huyết sau sinh',
  'vàng da sơ sinh',
  'suy hô hấp sơ sinh',
  'sốt cao co giật',
  'tiêu chảy cấp mất nước',
  'nôn ra máu',
  'đi ngoài phân đen',
  'đau thượng vị',
  'khó thở khi nằm',
  'phù hai chi dưới',
  'chấm xuất huyết dưới da',
  'ban dát sẩn',
  'loét miệng',
  'giật mình chới với',
  'co giật toàn thể',
  'rối loạn ý thức',
  'đau đầu dữ dội',
  'cứng gáy',
  'liệt nửa người phải',
  'nói khó',
  'tiểu buốt tiểu rắt',
  'sụt cân 5kg',
  // drugs and brands
  'Paracetamol 500mg',
  'Efferalgan 150mg',
  'Panadol Extra',
  'Augmentin 1g',
  'Ceftriaxone 2g',
  'Meropenem 1g',
  'Vancomycin 1g',
  'Metronidazol 500mg',
  'Oseltamivir 75mg',
  'Tamiflu',
  'Acyclovir 800mg',
  'Metformin 850mg',
  'Gliclazid 30mg',
  'Insulin Lantus',
  'Mixtard 30/70',
  'Amlodipin 5mg',
  'Losartan 50mg',
  'Bisoprolol 2,5mg',
  'Furosemide 40mg',
  'Spironolacton 25mg',
  'Aspirin 81mg',
  'Clopidogrel 75mg',
  'Atorvastatin 20mg',
  'Rivaroxaban 20mg',
  'Heparin 5000 UI',
  'Enoxaparin 40mg',
  'Levothyrox 100mcg',
  'Thyrozol 5mg',
  'Propylthiouracil 50mg',
  'Hydrocortison 100mg',
  'Methylprednisolon 40mg',
  'Solu-Medrol',
  'Dexamethason 4mg',
  'Omeprazol 20mg',
  'Nexium 40mg',
  'Madopar 250mg',
  'Donepezil 5mg',
  'Diazepam 10mg',
  'Phenobarbital 10mg/kg',
  'Magnesi sulfat 15%',
  'Oxytocin 5 UI',
  'Salbutamol khí dung',
  'Ventolin',
  'Seretide 25/250',
  'Berodual',
  'Natri clorid 0,9%',
  'Ringer lactat',
  'Glucose 5%',
  'Albumin 20%',
  'khối hồng cầu',
  'IVIg 2g/kg',
  'vắc xin 5 trong 1',
  'vắc xin MR',
  'Verorab',
  'huyết thanh kháng dại',
  'SAD bạch hầu',
  'Vitamin A 200.000 đơn vị',
  'Oresol',
  'Smecta',
  'Berberin',
  // lab values, ratios, scores, doses, times
  'HA 120/80 mmHg',
  'HA 90/60',
  'mạch 110 l/ph',
  'SpO2 92%',
  'nhiệt độ 38,5 độ',
  'Glasgow 15/15',
  'cơ lực 4/5',
  'phản xạ 4/4 chi',
  'ran nổ 2/3 dưới phổi',
  'tỉ lệ 3/25',
  'liều 1/2 viên',
  'uống 1/2 viên sáng',
  'ngày 2 lần',
  'ngày uống 3 lần',
  '3 ngày nay',
  'sau ăn 2 giờ',
  'mỗi 8 giờ',
  'thị lực 2/10',
  'ANA 1/320',
  'VAS 6/10',
  'MMSE 24/30',
  'Hb 104 g/L',
  'Hct 45%',
  'tiểu cầu 42 G/L',
  'bạch cầu 15,2 G/L',
  'CRP 96 mg/L',
  'procalcitonin 2,4 ng/mL',
  'troponin T hs 85 ng/L',
  'AST/ALT 156/98',
  'bilirubin TP/TT 86/52',
  'Na 132 mmol/L',
  'K 3,1 mmol/L',
  'creatinin 180 µmol/L',
  'HbA1c 8,2%',
  'INR 2,5',
  'pH 7,21',
  'PaCO2 62 mmHg',
  'lactat 4,2 mmol/L',
  'EF 35%',
  'NIHSS 14',
  'tuần 27/2026',
  'năm 2024',
  'phác đồ 2023',
  'ICD-10 A91',
  'E05.0',
  'J18.9',
  'mũi 2/3',
  'thai 32 tuần',
  'PARA 2002',
  'G2P1',
  'nhóm máu O Rh(+)',
  'DENV-2',
  'EV71',
  'NS1 dương tính',
  'IgM sởi dương tính',
  'RT-PCR SARS-CoV-2 âm tính',
  'Xpert MTB/RIF',
  'chỉ số Breteau 45',
  // provinces and facilities are not patient identifiers
  'tỉnh Lào Cai',
  'tỉnh Đắk Lắk',
  'tỉnh Gia Lai',
  'thành phố Hà Nội',
  'TP. Hồ Chí Minh',
  'Cần Thơ',
  'Quảng Trị',
  'Bệnh viện Bạch Mai',
  'Bệnh viện Chợ Rẫy',
  'Bệnh viện Nhi Trung ương',
  'Viện Pasteur Nha Trang',
  'khoa Hồi sức tích cực',
  'phòng khám Nội tiết',
];
