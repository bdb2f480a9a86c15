// Held-out set 8, documents 1–15 (see index.ts for the conventions): chat-style clinical
// conversations and short notes — ward and lab groups, hand-overs, referral chats, family
// messages. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat',
    `Nhóm Zalo "Nội A3 – trực"
[[N:Nguyễn Lan Anh]] đã thêm [[N:Phạm Quốc Việt]] vào nhóm.
[[N:Hồng Nhung]] (ĐD A3): Chào [[N:Việt]] nhé, sv thực tập tuần này theo chị.
[[N:Việt]]: dạ e chào cả nhà ạ 🙏 e thực tập đến hết [[D:19-12]] ạ
Bs [[N:Quang]]: G7 bn [[N:Trần Thị Liên]] 78t vào viện [[D:2/12]] HA 90/50, cho e NaCl 0.9% 500ml chảy nhanh, báo a nếu k lên
[[N:Hồng Nhung]] (ĐD A3): ok a. G9 ông [[N:Bính]] đòi về, người nhà là con trai [[N:Trần Văn Bảy]] sđt [[P:0983 447 120]] bảo ngày [[D:5]] mới lên được
Bs [[N:Quang]]: để mai a nói chuyện, ghi vào bệnh án [[R:25012847]] giúp a là BN từ chối theo dõi tiếp nhé`,
  ],
  // 2
  [
    'chat',
    `Nhóm "Xét nghiệm – Lâm sàng BV ĐK Hà Đông"
KTV [[N:Hậu]] - XN: mẫu SID [[R:2511300145]] của bn [[N:Lê Thị Na]] giường 12 khoa Thận vỡ hồng cầu, lấy lại giúp e
[[N:Thanh Hương]] (Thận NT): dạ e cho lấy lại ngay ạ
KTV [[N:Hậu]] - XN: mẫu cấy máu [[R:VS25-04418]] bn [[N:Đỗ Mạnh Cường]] mọc trực khuẩn Gram âm sau 14h, lấy lúc 22h [[D:29/11]], đang định danh, e báo trước để bs cân nhắc kháng sinh
Bs [[N:Vũ Hà My]]: cảm ơn em, chị đổi meropenem 1g x 3 rồi. Ca [[N:Cường]] hôm qua kali 6.2 em kiểm tra lại mẫu [[R:2511290377]] có tan máu k?
KTV [[N:Hậu]] - XN: k tan máu chị ơi, kết quả đúng ạ`,
  ],
  // 3
  [
    'handover',
    `GIAO CA ĐÊM [[D:3/12]] → SÁNG [[D:4/12]] – HSTC
1. G2: [[N:Phùng Văn Kiên]], 56t, VPĐ nặng/ thở máy, FiO2 60%, đêm sốt 38.9 đã cấy máu. Vợ ([[N:Thanh]]) ngủ ở hành lang, sđt [[P:0912.604.339]].
2. G4: bà [[N:Kiều Thị Dung]] 81t, XHTH, truyền 2 KHC. Hb sáng 82. Con gái [[N:Nga]] xin gặp bs lúc 9h.
3. G5: cháu [[N:Lục Văn Thái]] 17t ngộ độc paraquat ngày [[D:1/12]], creatinin tăng 310. Mẹ cháu là chị [[N:Hoàng Thị Dinh]], người Tày, nói tiếng Kinh không rõ, nhờ anh [[N:Nông Văn Thắng]] (chú cháu) phiên dịch.
4. G8: ca mới lúc 3h, anh [[N:Mai Xuân Trường]], ngã giàn giáo tại công trình [[A:ngõ 254 Minh Khai, phường Mai Động]], chưa có giấy tờ, mã tạm [[R:TAM-041225-03]].
Người giao: [[N:Hạnh]] – Người nhận: [[N:Duy]]`,
  ],
  // 4
  [
    'referral',
    `Chat chuyển tuyến (nhóm "Hội chẩn từ xa Tây Nguyên")
BS [[N:Tín]] (TTYT Krông Pắc): Em chào a [[N:Khoa]]. Em gửi a ca bn [[N:Y Rơn Ktla]], nam 45t, [[A:buôn Ea Kuăng, xã Ea Phê]], ngã cây cà phê chiều [[D:18-4]], GCS 12, đồng tử P 4mm. CT em gửi lên hệ thống rồi, mã phiếu [[R:KP-CT-0418-22]].
BS [[N:Khoa]] (BVĐK vùng TN): Thấy rồi, máu tụ NMC thái dương P dày 18mm. Chuyển ngay, báo bs trực ngoại TK số [[P:0262 3919 026]] nhé.
BS [[N:Tín]]: dạ. Vợ bn là [[N:H'Duôn Niê]] đi cùng, CCCD bn [[ID:066 084 002 719]], BHYT [[BH:DK2666621018857]]. Xe [[VP:47A-028.91]] xuất phát 16h20.
BS [[N:Khoa]]: ok`,
  ],
  // 5
  [
    'chat',
    `tin nhắn không dấu từ người nhà
chi oi cho e hoi bn [[N:nguyen van tam]] giuong 5 phong 204 khoa ngoai chan thuong hom nay [[D:16/3]] mo chua a. e la vo [[N:tam]], ten [[N:ly thi hoa]], sdt [[P:0975 118 642]]. nha e o [[A:thon 3 xa dien phong huyen dien ban]], bac si [[N:hoang]] bao mo luc 14h ma chua thay goi
--- tra loi ---
chao chi [[N:hoa]], anh [[N:tam]] dang o phong mo so 3, mo xong se chuyen ve hoi tinh. Ma BN cua anh la [[R:QN-250316-0072]], chi dua ma nay cho quay thu ngan de tam ung nhe`,
  ],
  // 6
  [
    'chat',
    `Nhóm gia đình "Nhà mình 💚" (giọng Nghệ)
Mạ: eng [[N:Tuấn]] ơi, bọ mi sáng ni đau ngực, tau chở ra trạm rồi
Eng [[N:Tuấn]]: răng mạ không gọi con sớm? ả [[N:Liên]] mô rồi?
Ả [[N:Liên]]: em đây, em đang trên đường ra viện, bọ đã chuyển lên Bệnh viện Hữu nghị Đa khoa rồi, bs nói nhồi máu cơ tim
Eng [[N:Tuấn]]: ai trực bên nớ? tui gọi cho thằng [[N:Phong]] học cùng lớp, hắn làm khoa Tim mạch
Ả [[N:Liên]]: bs [[N:Phan Đình Phong]] đang chụp mạch cho bọ đây eng. Giấy tờ bọ có CCCD [[ID:040058001734]] với thẻ BHYT [[BH:HT3404021700512]] em cầm rồi
Mạ: cảm ơn trời phật. Nhà ta ở [[A:xóm 7 Diễn Kim]] chừ còn mình tau`,
  ],
  // 7
  [
    'chat',
    `Nhóm Zalo "Sản 2 – Sinh"
Hộ sinh [[N:Lò Thị Ón]]: Báo cáo sinh ca đêm [[D:20/7]]:
- SP [[N:Cầm Thị Phượng]] 23t, G1P0, sinh thường 1h15, bé trai 3100g, APGAR 8/9. CCCD mẹ [[ID:014199007741]].
- SP [[N:Lường Thị Tiên]] 30t, mổ lấy thai vì ngôi mông lúc 3h40, bé gái 2800g, đặt tên [[N:Quàng Thị Bảo Anh]]. Bố bé anh [[N:Quàng Văn Nam]] sđt [[P:0386 027 951]].
- SP [[N:Vì Thị Xuân]] 19t chuyển dạ, CTC 4cm.
Bs [[N:Điêu Chính Tâm]]: ok e, giấy chứng sinh của bé [[N:Bảo Anh]] số [[R:0291/2025/GCS]] em làm sáng nay nhé, mẹ bé BHYT [[BH:DT2141412003391]]`,
  ],
  // 8
  [
    'chat',
    `chat nội bộ khoa Nhi (viết thường)
[[N:thu]] nhi: bé [[N:bống]] p302 sốt lại 39 độ lúc 2h, đã cho hạ sốt
[[N:thu]] nhi: mẹ bé [[N:bống]] là [[N:nhung]] hỏi sáng mai có xét nghiệm lại k
bs [[N:kiên]]: ok e, sáng mai cho CTM, CRP. bé tên đầy đủ [[N:đinh ngọc bảo hân]] đúng k
[[N:thu]] nhi: dạ đúng, sn [[D:12/02/2023]], mã [[R:NHI-23-118402]]
bs [[N:kiên]]: ghi giúp a, cả bé [[N:tũn]] p305 nữa, mai hội chẩn`,
  ],
  // 9
  [
    'chat',
    `Gia đình – giọng Huế
O [[N:Thủy]]: Mệ [[N:Lài]] ho nhiều từ [[D:mồng 2]], tui đưa mệ vô Trung ương rồi hỉ
Eng [[N:Bảo]]: răng rồi o? bác sĩ nói chi?
O [[N:Thủy]]: viêm phổi, phải nằm lại. Mệ nằm giường 14 khoa Lão, BS [[N:Tôn Thất Quỳnh]] khám. Mệ năm ni [[AGE:93]] rồi chừ yếu lắm
Dì [[N:Nhàn]]: tui ở [[A:kiệt 52 Chi Lăng, phường Phú Cát]] gần đó, chiều tui mang cháo lên
O [[N:Thủy]]: Eng [[N:Bảo]] nhớ mang thẻ BHYT của mệ lên, số [[BH:HT4464620000178]] trong ví mệ đó`,
  ],
  // 10
  [
    'telehealth',
    `Telehealth chat – Raffles Medical Hanoi (transcript)
Dr. [[N:Phạm Thu Trang]]: Good morning. Before we start, can you confirm your full name and date of birth?
Patient: [[N:Sarah Elizabeth Mitchell]], [[D:04/11/1987]] – that's [[D:11 April]].
Dr. [[N:Phạm]]: Thank you, [[N:Sarah]]. Your passport on file is [[PP:533917204]], and your address is [[A:Apt 2207, Tower A, Sky Lake, 1 Phạm Hùng, Mỹ Đình 1]]?
[[N:Sarah]]: Yes. My husband [[N:Oliver]] is here too.
Dr. [[N:Phạm]]: Great. Your blood test from [[D:Nov 28]] (lab no. [[R:RMH-L-558203]]) shows a TSH of 6.8. Your insurer, BUPA Global, membership [[R:8841 2270 1193]], will need a referral letter.
[[N:Sarah]]: Please email it to [[E:sarah.mitchell87@outlook.com]]. My UK mobile is [[P:+44 7700 914 382]].`,
  ],
  // 11
  [
    'sms',
    `Tin nhắn SMS tự động
BV Bach Mai: Kinh gui ong/ba [[N:NGUYEN THI HANH]], ma BN [[R:2311004512]], lich tai kham [[D:12/12/2025]] luc 7h30, phong kham 24 nha D. Mang theo the BHYT [[BH:HN4010120156983]].
---
VNVC: Be [[N:TRAN GIA HUY]] (MKH [[R:VNVC0028813372]]) den lich tiem mui 2 vac xin Prevenar 13 ngay [[D:05/01/2026]] tai VNVC [[A:Hoang Van Thu, P. Phu Thanh]]. Lien he [[P:028 7102 6595]].`,
  ],
  // 12
  [
    'chat',
    `Nhà thuốc – tư vấn qua Zalo
Khách: shop ơi e có đơn điện tử của bs, mã đơn [[R:79031a8f4k2x-c]], e mua online được k
DS [[N:Ngọc Hân]]: dạ được chị, chị cho e tên bn, sđt và địa chỉ giao ạ
Khách: [[N:Trương Mỹ Linh]], [[P:0902 778 415]], giao [[A:căn 12.05 block B chung cư Carina, quận 8]]. Thuốc của mẹ e, bà [[N:Lê Thị Kim Chi]] ạ
DS [[N:Ngọc Hân]]: dạ đơn có Amlodipin 5mg, Metformin 850mg, Atorvastatin 20mg, đủ 30 ngày. Đơn kê ngày [[D:03/10/2025]], hạn mua đến [[D:8/10]]. Chiều nay shipper [[N:Toàn]] giao chị nhé`,
  ],
  // 13
  [
    'chat',
    `Nhóm "Tổ truy vết – [[A:Phường Tân Định]]" (ca sởi)
Trưởng TYT [[N:Lâm Thị Ngọc Ánh]]: ca sởi mới: bé [[N:Phan Hoàng Nam]], 3t, [[A:hẻm 46 Trần Quang Khải]], khởi phát sốt [[D:8/3]], phát ban [[D:11/3]]. Bé học lớp Mầm 2 trường MN Hoa Sen.
CTV [[N:Hiếu]]: e đã liên hệ mẹ bé, chị [[N:Đặng Thu Hà]], [[P:0933 802 157]]. Nhà có em bé 7 tháng tên [[N:Na]] chưa tiêm sởi.
Trưởng TYT [[N:Lâm Thị Ngọc Ánh]]: cho bé [[N:Na]] đi tiêm ngay. Lập danh sách F1 ở lớp Mầm 2: cô [[N:Thảo]], bé [[N:Su]], bé [[N:Bơ]], bé [[N:Khang]]…
CTV [[N:Hiếu]]: dạ, số phiếu điều tra ca bệnh [[R:SOI-TĐ-2025-017]]`,
  ],
  // 14
  [
    'chat',
    `Nhóm "Tâm thần – ngoại trú" (ghi nhanh, viết thường)
bs [[N:hưng]]: bn [[N:hoa]] hôm nay k đến lĩnh thuốc, ai gọi giúp
đd [[N:mai]]: e gọi mẹ bn rồi, nói [[N:hoa]] bỏ nhà đi từ [[D:25/10]], đang báo công an [[A:phường bồ đề]]
bs [[N:hưng]]: hồ sơ ngoại trú [[R:TT-0718]], số CCCD [[ID:001097023455]], gửi công an để tìm. cả sđt anh trai [[N:đức]] [[P:0962301884]]
đd [[N:mai]]: vâng, e gửi luôn ảnh của [[N:hoa]]`,
  ],
  // 15
  [
    'chat',
    `Nhóm Zalo "Cấp cứu 115 – điều phối"
ĐPV [[N:Tuyết]]: xe [[VP:29E-015.36]] đi ngay [[A:số 6 ngách 35/12 ngõ 85 Hạ Đình, phường Thanh Xuân Trung]], cụ bà khó thở, người gọi tên [[N:Quyết]] [[P:0345 900 214]]
Lái xe [[N:Dũng]]: nhận, 5p tới
ĐPV [[N:Tuyết]]: xe [[VP:29E-015.40]] đi tiếp ca TNGT [[A:Vành đai 3 trên cao đoạn Linh Đàm]], nam thanh niên, người gọi số [[P:0868 114 307]]
BS [[N:Toàn]] (xe 2): bà cụ là [[N:Bùi Thị Xoan]] [[AGE:91]]t, SpO2 82%, đưa Thanh Nhàn
ĐPV [[N:Tuyết]]: ok, mã cuộc gọi [[R:115-251206-0447]]`,
  ],
];
