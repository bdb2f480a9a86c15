// Held-out set 6, documents 11–22 (see index.ts for the conventions): chat-style clinical
// conversations — ward and lab groups, family messages, a telehealth thread in English,
// delivery of medicines to a home, hand-overs. Written blind.
export const PART2: Array<[string, string]> = [
  // 11
  [
    'chat',
    `Nhóm "ĐD Khoa Ngoại Tổng hợp"
[[N:Yến]] 06:48: c [[N:Hoa]] ơi bn g12 chưa có kq điện giải nha
[[N:Hoa]] 06:50: ok e, lát c gọi xn
[[N:Yến]] 06:51: bn này người nhà là mệ [[N:Lài]], mệ hỏi khi mô mổ
[[N:Hoa]] 06:55: nói mệ sáng mai thứ 3 mổ nha, nhịn ăn từ 22h`,
  ],
  // 12
  [
    'chat',
    `bé [[N:bống]] nhà e sốt 39 độ từ tối qua bs ơi
dạ [[N:bống]] 14 tháng, 10,5kg, e cho uống hapacol 150 rồi ạ
địa chỉ e [[A:ngõ 8 Hào Nam]], bs cho e xin lịch khám sáng mai nhé
sdt bố cháu [[P:0983.115.604]]`,
  ],
  // 13
  [
    'chat',
    `Dr. [[N:Minh]]: Hi [[N:Emily]], your ultrasound on Monday showed a small ovarian cyst, nothing urgent.
[[N:Emily]]: Thank you doctor. Can I come back after my trip? I'm in Hoi An until [[D:the 18th]].
Dr. [[N:Minh]]: Sure. Please bring your passport ([[PP:C4K7Y2291]]) and the insurance card.
[[N:Emily]]: Great. My husband [[N:Hughes]] will drive me. We live at [[A:56 Xuan Dieu, Quang An, Tay Ho]].
Dr. [[N:Minh]]: See you then.`,
  ],
  // 14
  [
    'chat',
    `[[N:Khánh]] - Dược: chị ơi đơn của ông [[N:Đàm Văn Thược]] thiếu chữ ký bs
[[N:Phương]] (Nội TM): để c nhắn bs [[N:Việt]]
[[N:Khánh]] - Dược: mã đơn [[R:DT-250914-00317]] nha c
[[N:Phương]] (Nội TM): bs [[N:Việt]] ký rồi, e kiểm tra lại
[[N:Khánh]] - Dược: ok chị, phát cho người nhà là con gái ông, chị [[N:Đàm Thị Ngát]]`,
  ],
  // 15
  [
    'chat',
    `Giao thuốc ARV tận nhà (tin nhắn tư vấn viên)
TVV: chào anh, em gửi thuốc cho anh qua bưu điện nhé. anh xác nhận địa chỉ giúp em
BN: [[A:số 9 hẻm 47/3 Bùi Minh Trực, phường 5, quận 8]] nha e
TVV: dạ. mã điều trị của anh [[R:OPC-Q8-02177]], người nhận là anh [[N:Lâm]] đúng không ạ
BN: đúng rồi, [[N:Lâm Chí Hào]]. sđt [[P:0707 419 336]]`,
  ],
  // 16
  [
    'chat',
    `[[N:trâm]]: a [[N:khoa]] ơi ca đẻ phòng 3 chuyển mổ, thai suy
[[N:khoa]]: ok a xuống. sản phụ tên gì
[[N:trâm]]: [[N:nông thị mến]], 24t, con so, nhà ở [[A:bản nà lầu, xã thượng quan]]
[[N:khoa]]: gọi gây mê đi e`,
  ],
  // 17
  [
    'chat',
    `O [[N:Thủy]] ơi, răng mà con bé sốt hoài rứa
Mạ đừng lo, con hỏi bác sĩ [[N:Diệu]] rồi, bả nói do viêm họng thôi
rứa chiều ni con đưa bé về [[A:kiệt 38 Chế Lan Viên]] hay lên [[A:An Cựu]]?
Về nhà mệ đi mạ, gần bệnh viện`,
  ],
  // 18
  [
    'chat',
    `Nhóm XN Vi sinh
[[N:Tường Vi]]: kq cấy máu bn [[N:Trần Quốc Bảo]], SID [[R:2506180412]]: Klebsiella pneumoniae sinh ESBL
[[N:Hữu Nghĩa]] (ICU): ok cảm ơn e, đổi meropenem 1g x 3
[[N:Tường Vi]]: kháng sinh đồ gửi lên HIS rồi a
[[N:Hữu Nghĩa]] (ICU): [[N:Bảo]] đang thở máy giường 4 nhé, e báo thêm c [[N:Nguyệt]] kiểm soát nhiễm khuẩn`,
  ],
  // 19
  [
    'chat',
    `Anh [[N:Eng Khánh]] ơi, em là điều dưỡng trạm y tế xã, báo anh lịch tiêm vắc xin dại mũi 3 của cháu [[N:Thành]] là [[D:ngày 24]] nha
dạ, cháu còn sốt không anh
không em, cháu khỏe rồi. nhà anh ở [[A:xóm 4 Diễn Kỷ]] đúng không
đúng rồi em`,
  ],
  // 20
  [
    'chat',
    `hi bs, e la [[N:trinh]], me e la [[N:nguyen thi sau]] nam giuong 15 khoa than
tu qua toi gio me e tieu it lam, bs xem giup e
sdt e [[P:0397 225 814]], nha e o [[A:ap 3 xa tan phu trung]]
cam on bs nhieu`,
  ],
  // 21
  [
    'chat',
    `[[N:Hương]] (Sản): c [[N:Rơ Chăm H'Nhiên]] giường 9 đau vết mổ, cho thêm giảm đau được ko a
BS Trực: cho perfalgan 1g truyền. bn người Jrai hả e
[[N:Hương]] (Sản): dạ, chồng là [[N:Ksor Thiên]] ở [[A:plei Ia Der]], ko nói được tiếng Kinh nhiều
BS Trực: nhờ c [[N:Nay H'Loan]] phiên dịch nha`,
  ],
  // 22
  [
    'chat',
    `[[N:Trúc Nhi]]: dạ em chào bác sĩ, em gửi kết quả HbA1c của ba em ạ
BS [[N:Quang]]: chào [[N:Trúc Nhi]], HbA1c 8.2% là cao. Ba em uống thuốc đều không
[[N:Trúc Nhi]]: dạ ba hay quên. Ba em tên [[N:Huỳnh Văn Lượm]], mã BN [[R:23041187]]
BS [[N:Quang]]: hẹn ba tái khám [[D:15/10]], mang theo sổ`,
  ],
];
