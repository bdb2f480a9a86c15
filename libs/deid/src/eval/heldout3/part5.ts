// Held-out set 3, documents 41–48: clinical text with no identifier at all (teaching case,
// anonymised summaries, a guideline extract, a weekly surveillance bulletin, an order
// sheet, an anonymised school cluster) and two press items with initials and birth years.
// Written blind.
export const PART5: Array<[string, string]> = [
  // 41
  [
    'teaching-case',
    `CA LÂM SÀNG GIAO BAN (đã ẩn danh)
Bệnh nhân nữ, 34 tuổi, tiền sử lupus ban đỏ hệ thống 5 năm, vào viện vì phù toàn thân và khó thở. Khám: Glasgow 15 điểm, phù trắng mềm ấn lõm, tràn dịch màng phổi 2 bên, HA 160/100 mmHg. Hội chứng Cushing do dùng corticoid kéo dài (Medrol 16mg/ngày tự mua). Xét nghiệm: protein niệu 24h 5,2 g, albumin 21 g/L, C3 giảm, anti-dsDNA (+). Sinh thiết thận: viêm thận lupus class IV theo ISN/RPS 2003.
Chẩn đoán phân biệt: hội chứng thận hư nguyên phát, bệnh Wilson (loại trừ do ceruloplasmin bình thường), bệnh Addison (cortisol 8h bình thường), bệnh Graves (TSH bình thường).
Điều trị: Methylprednisolone 500mg TTM x 3 ngày, sau đó Medrol 32mg/ngày; Cellcept 1g x 2; Lovenox 40mg TDD dự phòng huyết khối. Theo dõi dấu hiệu Chvostek, Trousseau khi bù canxi.
Bàn luận: bác sĩ nội trú trình bày tiêu chuẩn EULAR/ACR 2019; tham khảo hướng dẫn chẩn đoán và điều trị của Bộ Y tế và khuyến cáo KDIGO 2024. Lưu ý nguy cơ u lympho Hodgkin và không Hodgkin, sarcoma Kaposi ở bệnh nhân dùng ức chế miễn dịch kéo dài.`,
  ],
  // 42
  [
    'discharge',
    `TÓM TẮT ĐIỀU TRỊ (bản gửi tuyến dưới, đã lược thông tin hành chính)
Khoa Hồi sức tích cực – Bệnh viện Chợ Rẫy
Bệnh nhi nam 6 tuổi, chuyển từ Bệnh viện Nhi Đồng 1 với chẩn đoán sốc sốt xuất huyết Dengue. Tại khoa: cấy máu mọc Burkholderia pseudomallei – chẩn đoán nhiễm khuẩn huyết do Whitmore (melioidosis), áp xe lách nhiều ổ. Đã loại trừ bệnh Kawasaki và hội chứng Reye.
Điều trị: Meropenem 40mg/kg/lần x 3 lần/ngày trong 14 ngày, sau đó Ceftazidim 50mg/kg/lần x 3 lần/ngày; giai đoạn duy trì Trimethoprim-sulfamethoxazol 20 tuần.
Tiền sử: sinh thường đủ tháng, Apgar 8/9, cân nặng lúc sinh 3100 g; đánh giá phát triển Denver II bình thường; tiêm chủng đủ theo chương trình TCMR.
Ra viện tình trạng ổn định, hẹn tái khám sau 2 tuần tại phòng khám Nhiễm, Bệnh viện Nhi Đồng 2. Dặn dò tuân thủ thuốc uống, tái khám ngay khi sốt lại.`,
  ],
  // 43
  [
    'guideline',
    `HƯỚNG DẪN XỬ TRÍ CẤP CỨU PHẢN VỆ (trích Thông tư 51/2017/TT-BYT, Phụ lục IV)
1. Adrenalin 1mg/1ml tiêm bắp mặt trước bên đùi: trẻ sơ sinh hoặc < 10 kg: 0,2 ml (tương đương 1/5 ống); trẻ khoảng 10 kg: 0,25 ml (1/4 ống); trẻ khoảng 20 kg: 0,3 ml (1/3 ống); trẻ > 30 kg: 0,5 ml (1/2 ống); người lớn: 0,5–1 ml (1/2–1 ống). Nhắc lại sau 3–5 phút/lần cho đến khi huyết áp và mạch ổn định.
2. Hội chứng Stevens-Johnson và hoại tử thượng bì nhiễm độc (Lyell): ngừng ngay thuốc nghi ngờ (Allopurinol, Carbamazepin, Nevirapin, Cotrimoxazol); tính điểm SCORTEN trong 24 giờ đầu; chăm sóc da như bỏng.
3. Hạ sốt ở trẻ em: Paracetamol (Efferalgan 80mg, 150mg đặt hậu môn; Panadol 500mg ở trẻ lớn) 10–15 mg/kg/lần, cách 4–6 giờ, tối đa 60 mg/kg/24 giờ.
4. Kháng sinh đường uống thường dùng: Augmentin 1g x 2 lần/ngày; Zinnat 250mg x 2 lần/ngày uống sau ăn; Klacid 500mg x 2 lần/ngày.
5. Chuyển tuyến khi: phản vệ độ III–IV không đáp ứng sau 2 liều adrenalin, cần thở máy, hoặc phù Quincke vùng thanh quản.`,
  ],
  // 44
  [
    'bulletin',
    `BẢN TIN GIÁM SÁT TUẦN 12/2026 – CÁC BỆNH TRUYỀN NHIỄM GÂY DỊCH
Sởi: cả nước ghi nhận 812 ca, tập trung tại Hà Nội, TP. Hồ Chí Minh, Gia Lai, Đắk Lắk. Ca tử vong BN2214 (trẻ 9 tháng tuổi, Gia Lai) chưa tiêm vắc xin sởi.
SXHD: 2.316 ca, giảm 12% so với tuần 11. Tỷ lệ sốt xuất huyết nặng 0,8%.
TCM: 1.140 ca; EV71 chiếm 34% mẫu dương tính.
Dại: 5 ca tử vong tại Nghệ An (2), Lâm Đồng (1), Đồng Tháp (1), Quảng Trị (1).
Cúm A/H5N1: 1 ca mắc tại Cà Mau (BN thứ 3 trong năm); 27 F1 đã được theo dõi đủ 10 ngày, không có ca thứ phát. Không ghi nhận cúm A/H9N2.
Khuyến cáo: tăng cường tiêm bù liều MR cho trẻ 1–5 tuổi; các tỉnh Tây Nguyên rà soát trẻ chưa tiêm đủ 2 mũi; các tỉnh đồng bằng sông Cửu Long chuẩn bị cho mùa mưa.`,
  ],
  // 45
  [
    'orders',
    `TỜ ĐIỀU TRỊ (ngày thứ 3 sau mổ)
Diễn biến: tỉnh, M 96 l/p, HA 110/70 mmHg, SpO2 97% (oxy kính 3 l/p), nước tiểu 1.800 ml/24h. Dịch dẫn lưu 50 ml dịch hồng. Điểm Braden 14, Morse 45.
Y lệnh:
- Augmentin 1,2g x 3 lọ/ngày TMC 8h – 16h – 24h
- Lovenox 0,4ml x 1 bơm TDD 20h
- Medrol 16mg x 1 viên uống 8h
- Panadol 500mg x 1 viên khi sốt > 38,5°C, cách nhau ≥ 4 giờ
- Efferalgan codein x 1 viên khi đau
- Nexium 40mg TMC 8h
- Ringer lactat 500ml x 2 chai TTM XXX giọt/phút
- Kali clorid 10% 10ml pha vào chai Glucose 5% 500ml
Chế độ ăn: cháo, BT02. Chăm sóc cấp II. Vận động sớm tại giường.
Bác sĩ điều trị (đã ký)`,
  ],
  // 46
  [
    'school-outbreak',
    `BÁO CÁO CHÙM CA CÚM A/H1N1 TẠI TRƯỜNG THCS (đã ẩn danh)
Tuần 40: lớp 7A có 11/38 học sinh sốt, ho; lớp 7B 4/36; lớp 8C 2/40. Ca chỉ điểm HS1 (nam, 12 tuổi) khởi phát ngày N0 sau chuyến tham quan. Test nhanh cúm A dương tính 9/12 mẫu; RT-PCR xác định A/H1N1pdm09 ở 5/5 mẫu gửi Viện Vệ sinh Dịch tễ Trung ương. Tỷ lệ tấn công lớp 7A: 28,9%.
Biện pháp: học sinh có triệu chứng nghỉ học tại nhà 5 ngày; Oseltamivir 75mg x 2 lần/ngày x 5 ngày cho ca có yếu tố nguy cơ (hen phế quản, béo phì BMI ≥ 30, bệnh tim bẩm sinh); vệ sinh lớp học bằng Cloramin B 0,5%; đeo khẩu trang trong lớp.
Bảng phân bố: HS1–HS11 lớp 7A, HS12–HS15 lớp 7B, HS16–HS17 lớp 8C; không có ca nặng, không ca nhập viện.`,
  ],
  // 47
  [
    'press',
    `Ngộ độc rượu methanol ở Thanh Hóa: 2 người tử vong, 3 người nguy kịch
(Báo Lao Động) Ngày [[D:25/12/2025]], sau bữa nhậu tại nhà ông [[N:Nguyễn Văn T.]] (SN 1978) ở [[A:thôn 5, xã Quảng Phú]], 6 người có biểu hiện đau đầu, nhìn mờ, khó thở. Ông [[N:T.]] và anh [[N:L.V.T]] (SN 1990) tử vong trên đường đi cấp cứu.
Ba người đang thở máy tại Trung tâm Chống độc – Bệnh viện Bạch Mai gồm chị [[N:Hà Thị Ng.]] (42 tuổi), anh [[N:Lê Văn H]] (35 tuổi) và ông [[N:Lê Đình Kh.]] (SN 1963). Theo TS.BS [[N:Nguyễn Trung Nguyên]], các bệnh nhân đều toan chuyển hóa nặng, nồng độ methanol máu rất cao, phải lọc máu cấp cứu và dùng Fomepizol.
Theo lời kể của anh [[N:Đức]], con trai ông [[N:T.]], rượu được mua từ một cơ sở không nhãn mác tại [[A:phường Quảng Hưng]] với giá 20.000 đồng/lít.`,
  ],
  // 48
  [
    'press',
    `Cứu sống bé trai 2 tuổi đuối nước ở Cà Mau
[[D:03/06/2026]] 09:10
Ngày [[D:2/6]], Bệnh viện Sản – Nhi Cà Mau cho biết vừa cứu sống bé [[N:Đ.G.B]] (2 tuổi, ngụ [[A:ấp Xóm Mới, xã Tân Hưng Đông]]) bị đuối nước ở ao sau nhà. Người phát hiện là bà nội bé, bà [[N:Lâm Thị Tám]] (SN 1956), đã ép tim thổi ngạt theo hướng dẫn của con dâu là chị [[N:Dương Kim Chi]] qua điện thoại.
Theo BSCKII [[N:Huỳnh Văn Sang]], Trưởng khoa Hồi sức tích cực – Chống độc Nhi, khi vào viện bé hôn mê, Glasgow 6 điểm, phù phổi; sau 3 ngày thở máy bé đã tỉnh, tự thở. Bác sĩ khuyến cáo phụ huynh rào ao, lu, khạp nước trong nhà và học sơ cứu đuối nước.`,
  ],
];
