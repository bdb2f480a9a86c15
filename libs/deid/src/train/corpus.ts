// Hand-written annotated TRAINING texts for the PERSON labeller (markup.ts; only NAME
// spans matter for training, other kinds are annotated for completeness). Written for
// training in round 6; not evaluation data, not copied from any held-out set.
export const TRAINING_TEXTS: readonly string[] = [
  `Ôn [[N:Cháu]] nhà ở dưới chợ, bữa ni ôn ho ra máu. O [[N:Lành]] gọi cho con, con nói ôn đi khám liền.`,
  `mạ ơi, con đưa bé [[N:su]] đi tiêm rồi. bé [[N:su]] sốt nhẹ thôi mạ`,
  `Eng [[N:Tùng]] với ả [[N:Nhàn]] ra trạm xá từ sớm. Ả [[N:Nhàn]] đau bụng, eng [[N:Tùng]] chở đi.`,
  `[[N:Ngọc Hân]]: c ơi bn phòng 5 kêu đau
[[N:Gia Bảo]]: e tiêm giảm đau theo y lệnh nha
[[N:Ngọc Hân]]: dạ`,
  `Hi [[N:Rachel]], this is the clinic. Your blood test is normal. Dr [[N:Khoa]] will call you on Thursday.
[[N:Rachel]]: Thanks! Can [[N:Tom]] pick up the report?`,
  `Chị [[N:H Yâo Niê]] (Ê Đê) sinh con thứ ba tại trạm y tế. Chồng chị là anh [[N:Y Khuôn Mlô]], làm rẫy cà phê.`,
  `Người bệnh [[N:Rơ Mah Hyuk]], 40 tuổi, người Jrai. Vợ: [[N:Siu H'Prơ]]. Phiên dịch: anh [[N:Ksor Bik]].`,
  `Cháu [[N:A Thiêng]] (Xơ Đăng, 6 tuổi) sốt rét, mẹ là chị [[N:Y Blưu]].`,
  `Hồ sơ: [[N:Giàng Thị Chá]], 17 tuổi, mang thai lần đầu. Chồng [[N:Thào A Páo]] đi làm xa.`,
  `Bệnh nhân [[N:Thạch Thị Sa Phol]] (Khmer), con trai là [[N:Thạch Ry]], đưa vào viện lúc 3 giờ sáng.`,
  `Ông [[N:Kim Sang-woo]] (Hàn Quốc) đau ngực, phiên dịch viên [[N:Lee Ji-eun]] đi cùng.`,
  `Ms [[N:Tanaka]] was admitted with appendicitis. Her husband [[N:Hiroshi]] signed the consent.`,
  `bs [[N:hòa]] ơi, e là [[N:ngân]] khoa sản, bn [[N:phạm thị gấm]] giường 3 ra huyết nhiều`,
  `Chuyển Bệnh viện Bạch Mai hội chẩn. BS trực: [[N:Lưu Quang Vinh]]. Điều dưỡng: [[N:Khánh Linh]].`,
  `Bé [[N:Bắp]] nhà chị [[N:Thoa]] nôn 3 lần, tiêu chảy. Chị [[N:Thoa]] cho bé uống oresol.`,
  `Thầy [[N:Sơn]] báo lớp có 4 học sinh sốt phát ban. Cô giáo chủ nhiệm đã cho các cháu nghỉ học.`,
  `Người nhà ông [[N:Đào Văn Nghĩa]] hỏi: "ông [[N:Nghĩa]] khi nào được về?". Con gái ông, [[N:Hạnh]], ký giấy.`,
  `Mệ [[N:Hoa]] với mệ [[N:Cúc]] ở chung phòng. Mệ [[N:Cúc]] ngủ được, mệ [[N:Hoa]] vẫn đau lưng.`,
  `[[N:THÀO MÍ SÚA]] - NAM - 1988 - TỔ 2 - BỎ TRỊ ARV`,
  `The patient, [[N:Daniel Kowalski]], 34, Polish citizen, fell from a motorbike. Friend [[N:Marta]] called the ambulance.`,
];
