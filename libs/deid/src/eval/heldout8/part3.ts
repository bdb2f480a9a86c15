// Held-out set 8, documents 31–35 (see index.ts for the conventions): chats and notes
// dense in labelled numbers — the insurance desk, admissions, the lab's accession list, a
// vaccination chat, a clinic's booking bot. Written blind.
export const PART3: Array<[string, string]> = [
  // 31
  [
    'chat',
    `Nhóm "Giám định BHYT – Khoa Khám bệnh"
GĐV [[N:Trịnh Thu Huyền]]: các ca thẻ lỗi sáng nay [[D:9/12]]:
- [[N:Vương Thị Lụa]], thẻ [[BH:GD4010121554390]] hết hạn [[D:30/11/2025]], mã BHXH [[BH:0121554390]]
- [[N:Kha Văn Hòa]], thẻ [[BH:CK 2 01 0130992214]] sai ngày sinh: thẻ ghi [[D:01/01/1960]], CCCD [[ID:001060 018 842]] ghi [[D:15/03/1960]]
- bé [[N:Lục Minh Khôi]], thẻ trẻ em [[BH:TE1010124587113]], chưa có CCCD, dùng giấy khai sinh số [[R:112/2023/GKS]]
[[N:Hưng]] (tiếp đón): dạ ca [[N:Hòa]] e hướng dẫn ra BHXH [[A:quận Long Biên]] sửa, sđt ông [[P:0363 771 090]]
GĐV [[N:Trịnh Thu Huyền]]: ok, còn thẻ [[BH:DN4797934011278]] của anh [[N:Phan Tuấn Kiệt]] (công nhân, [[A:KCN Thăng Long, xã Võng La]]) tra không ra, e gọi công ty giúp c`,
  ],
  // 32
  [
    'chat',
    `Nhóm "Tiếp đón – nhập viện" (đêm)
ĐD [[N:Yến]]: ca nhập mới 23h50: [[N:Hứa Văn Sềnh]] 45t, người Hoa ở [[A:hẻm 30 Phạm Văn Chí, phường 4, quận 6]], CCCD [[ID:079080 021 663]], BHYT [[BH:DN 4 79 79 07 112 309]], mã BN [[R:25.079.11843]], số vào viện [[R:VV-25-41127]]
ĐD [[N:Yến]]: tên tiếng Hoa trên giấy tờ cũ là [[N:許文生]], vợ là [[N:Lý Muội]] [[P:0938 662 105]]
BS [[N:Đặng Thị Mỹ]]: ok, cho vào CCU. Ca tiếp theo?
ĐD [[N:Yến]]: cô gái Lào, [[N:Souksavanh Phommachanh]] 22t, du học sinh, hộ chiếu [[PP:P1923847]], MSSV [[R:2257010144]], ở KTX [[A:khu B, phường Linh Trung]]
BS [[N:Đặng Thị Mỹ]]: gọi bạn cùng phòng là [[N:Noy]] xin số người nhà ở Lào nhé
ĐD [[N:Yến]]: dạ, số mẹ bạn ấy [[P:+856 20 5566 1842]]`,
  ],
  // 33
  [
    'chat',
    `Nhóm "Giải phẫu bệnh – nhận mẫu"
KTV [[N:Thoa]]: danh sách mẫu nhận ngày [[D:15-10]]:
[[R:GPB25-09911]] – [[N:Lê Thị Thanh Tâm]] – sinh thiết vú P
[[R:GPB25-09912]] – [[N:Quan Văn Dìn]] – dạ dày
[[R:GPB25-09913]] – [[N:Nguyễn Hữu Phúc An]] – hạch cổ
[[R:TB25-03342]] (tế bào học) – [[N:Ngân Thị Hồng]] – dịch màng phổi
KTV [[N:Thoa]]: mẫu [[R:GPB25-09912]] thiếu phiếu, bs [[N:Hợi]] bổ sung giúp. Trả kq dự kiến [[D:22/10]]
bs [[N:Hợi]]: ok, ông [[N:Dìn]] CCCD [[ID:008061003590]], e điền luôn`,
  ],
  // 34
  [
    'chat',
    `Nhắn tin nhóm "Tiêm chủng – Trạm Y tế [[A:phường Nghĩa Đô]]"
CB [[N:Thu Hà]]: Nhắc lịch tiêm ngày [[D:20/1]]: bé [[N:Ngô Bảo Châu]] (sn [[D:20-7-2025]]) mũi 6 trong 1 thứ 3, mẹ [[N:Quỳnh]] [[P:0904 621 377]]; bé [[N:Tạ Minh Đăng]] (sn [[D:02/09/2025]]) mũi 2, mã tiêm chủng [[R:001250902117]]
Mẹ bé [[N:Đăng]]: dạ c ơi bé nhà e đang sốt từ hqua [[D:18/1]] thì hoãn sang [[D:27/1]] được k ạ
CB [[N:Thu Hà]]: được em, e mang sổ tiêm và thẻ BHYT của bé [[BH:TE1010125098342]] nhé`,
  ],
  // 35
  [
    'chat',
    `Chatbot đặt lịch – Phòng khám Đa khoa Medlatec (xuất log)
Bot: Vui lòng nhập họ tên, ngày sinh và số CCCD.
Khách: [[N:Nguyễn Thị Phương Thảo]] [[D:21.9.1993]] [[ID:034193 008 256]]
Bot: Cảm ơn chị [[N:Thảo]]. Chị muốn lấy mẫu tại nhà hay tại phòng khám?
Khách: tai nha, dia chi [[A:so 7 ngo 12 pho Dao Tan, phuong Cong Vi]], [[A:quan Ba Dinh]]. sdt [[P:0383 402 617]], the bhyt [[BH:HC4010900125547]]
Bot: Lịch lấy mẫu: thứ Năm [[D:11/12]], 7:00–8:00. Mã lịch hẹn của chị là [[R:MLT-HN-1112-00463]]. KTV [[N:Đức Anh]] sẽ liên hệ trước 30 phút.`,
  ],
];
