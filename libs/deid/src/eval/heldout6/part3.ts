// Held-out set 6, documents 23–32 (see index.ts for the conventions): discharge letters,
// referral notes (giấy chuyển tuyến), a transfer summary in English, a home-visit note,
// a court-requested summary. Written blind.
export const PART3: Array<[string, string]> = [
  // 23
  [
    'discharge',
    `GIẤY RA VIỆN
Họ tên người bệnh: [[N:PHÙNG THỊ NGỌC ÁNH]]    Tuổi: 31    Nữ
Dân tộc: Kinh    Nghề nghiệp: giáo viên
Số thẻ BHYT: [[BH:GD 4 01 0120 334 871]]
Địa chỉ: [[A:Tổ dân phố Vân Trì, phường Tây Tựu]], TP Hà Nội
Vào viện lúc: 09 giờ 15 phút, [[D:ngày 02/12/2025]]
Ra viện lúc: 10 giờ 00 phút, [[D:ngày 09/12/2025]]
Chẩn đoán: Viêm ruột thừa cấp đã phẫu thuật nội soi (K35.8)
Phương pháp điều trị: mổ nội soi cắt ruột thừa, kháng sinh ceftriaxone 2g/ngày x 5 ngày
Ghi chú: cắt chỉ sau 7 ngày tại trạm y tế
Mã lưu trữ: [[R:K35/2025/1187]]
Trưởng khoa: [[N:Nghiêm Xuân Hòa]]`,
  ],
  // 24
  [
    'referral',
    `GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Số: [[R:218/GCT]]
Kính gửi: Bệnh viện Chợ Rẫy
Trung tâm Y tế [[A:huyện Cần Giuộc]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:Dương Văn Tèo]]    Nam/Nữ: Nam    Năm sinh: 1968
- Địa chỉ: [[A:ấp Long Phú, xã Phước Lý]], tỉnh Long An
- Số CCCD: [[ID:080068004213]]
- Số thẻ BHYT: [[BH:HN2808021003457]], hạn sử dụng đến [[D:31/12/2026]]
Đã được khám bệnh, điều trị từ [[D:05/01/2026]] đến [[D:07/01/2026]]
Chẩn đoán: Xuất huyết tiêu hóa trên/ Xơ gan Child-Pugh C (I85.0, K74.6)
Lý do chuyển tuyến: vượt khả năng chuyên môn
Người hộ tống: [[N:Dương Thị Bé Năm]] (con gái), SĐT [[P:0274.3 812 606]]
Bác sĩ khám: [[N:Tăng Minh Trí]]`,
  ],
  // 25
  [
    'discharge',
    `TÓM TẮT HỒ SƠ BỆNH ÁN (theo yêu cầu của Tòa án nhân dân [[A:huyện Krông Pắc]])
Người bệnh: [[N:Y Sa Mơ Ê Ban]], sinh [[D:1990-07-14]], CMND [[CM:241 182 577]]
Địa chỉ: [[A:buôn Ea Kmar, xã Ea Kênh]]
Vào viện [[D:ngày 18 tháng 3 năm 2025]] sau xô xát. Chẩn đoán: chấn thương sọ não, vỡ xương thái dương trái.
Người đưa vào viện: ông [[N:Ama Hen]] (bố vợ).
Số bệnh án: [[R:25-0037812]]`,
  ],
  // 26
  [
    'referral',
    `Transfer summary – Vinmec Times City
Patient: [[N:Kenji Watanabe]], male, DOB [[D:11/05/1979]], Japanese national
Passport: [[PP:TZ1048827]]    Insurer ref: [[R:TMN-25-880431]]
Local address: [[A:Apartment 2308, Tower R5, Royal City, 72 Nguyen Trai, Thanh Xuan]], Hanoi
Admitted [[D:22 Jan 2026]] with STEMI, primary PCI to RCA. Wife [[N:Yuko]] at bedside, phone [[P:+81 90 4418 2276]].
Referred to: Hanoi Heart Hospital for staged PCI.
Attending: Dr [[N:Lê Thanh Bình]]`,
  ],
  // 27
  [
    'home-visit',
    `PHIẾU THĂM KHÁM TẠI NHÀ (chăm sóc giảm nhẹ)
Ngày thăm: [[D:16/8]]
Người bệnh: bà [[N:Triệu Thị Sáng]], [[AGE:91]] tuổi, ung thư dạ dày giai đoạn cuối
Nơi ở: [[A:khu 3, thị trấn Hùng Sơn]]
Người chăm chính: cháu nội [[N:Quân]] (SĐT [[P:0862 045 319]])
Đánh giá: đau VAS 6/10, dùng morphin uống 10mg x 4 lần/ngày; táo bón.
Lần thăm sau: [[D:23/8]]. ĐD: [[N:Hà Thu]]`,
  ],
  // 28
  [
    'discharge',
    `BỆNH VIỆN ĐA KHOA TỈNH CAO BẰNG – KHOA NHI
GIẤY RA VIỆN
Họ tên: [[N:NÔNG GIA HUY]]    Giới: nam    Ngày sinh: [[D:09/09/2022]]
Họ tên bố/mẹ: [[N:Nông Văn Pẻng]] / [[N:Lương Thị Dìn]]
Địa chỉ: [[A:xóm Khuổi Ky, xã Đàm Thủy]], Cao Bằng
Mã y tế: [[R:04125090922019]]
Chẩn đoán: Viêm phổi do RSV (J21.0), suy hô hấp độ 1
Lời dặn: tái khám sau 1 tuần hoặc khi có dấu hiệu khó thở.
BS điều trị: [[N:Bế Thị Nhung]]`,
  ],
  // 29
  [
    'referral',
    `Kính gửi BV Nhiệt đới TW,
Em là [[N:Hứa Đức Thắng]], BS khoa Nhiễm TTYT Văn Lâm. Em xin chuyển BN nam, 42t, tên [[N:Phí Văn Cường]], ở [[A:thôn Đình Dù]], sốt 10 ngày, cấy máu mọc Burkholderia pseudomallei. BN làm ruộng, ĐTĐ typ 2.
Đã dùng ceftazidim 2g/8h từ [[D:3/11]]. Mã BN bên em: [[R:VL-2511-00462]].
Liên hệ em: [[P:0915 608 273]], [[E:thang.hd.ttytvl@gmail.com]]`,
  ],
  // 30
  [
    'discharge',
    `Discharge letter (translated for insurer)
Name: [[N:Olivia Brennan]]; DOB: [[D:03 Feb 1994]]; Nationality: Irish
Address in Vietnam: [[A:Villa 14, Thao Dien Pearl, Thao Dien Ward, Thu Duc City]]
Diagnosis: dengue fever with warning signs (A97.1). Platelets nadir 18 G/L on day 5.
Discharged [[D:17 September 2025]]. Follow-up at District 2 clinic.
Claim number: [[R:AXA-VN-09931274]]
Signed: [[N:Võ Thị Mỹ Dung]], MD`,
  ],
  // 31
  [
    'discharge',
    `TRÍCH BIÊN BẢN HỘI CHẨN
Người bệnh: [[N:Lầu Mí Chơ]], nam, 19 tuổi, dân tộc Mông, ở [[A:thôn Lũng Cẩm Trên, xã Sủng Là]]
Người nhà: anh trai [[N:Lầu Mí Sính]], bố [[N:Lầu Vả Dình]]
Tiền sử: lao phổi điều trị năm 2023 bỏ dở.
Chủ tọa: BSCKII [[N:Ma Văn Thường]]; thư ký: BS [[N:Sầm Thị Nguyệt]]
Kết luận: Lao phổi tái phát AFB(+), chuyển Bệnh viện Phổi Trung ương làm GeneXpert Ultra.`,
  ],
  // 32
  [
    'referral',
    `Chuyển viện lúc 14h ngày [[D:1-4]]
BN: [[N:H Bin]] (nữ, 23 tuổi, Ê Đê), ở [[A:buôn Trấp]], mang thai 34 tuần, TSG nặng, HA 170/110.
Chồng: [[N:Y Phin]]. Mẹ: [[N:H'Lam Niê]].
Đã tiêm MgSO4 15% 4g TMC. Xe cấp cứu [[VP:47A-552.19]], ĐD đi kèm [[N:Đinh Thị Hạnh]].`,
  ],
];
