// Held-out set 8, documents 16–30 (see index.ts for the conventions): chat-style clinical
// conversations and short notes — Nam Bộ and Nghệ An dialect, interpreters' chats with
// foreign patients, insurance and records desks, English telehealth, voice-to-text, sticky
// notes and lists. Written blind.
export const PART2: Array<[string, string]> = [
  // 16
  [
    'chat',
    `Nhắn tin với phòng khám – giọng Nam Bộ
Chị [[N:Mười]]: Dạ con chào cô [[N:Tư]], má con là [[N:Nguyễn Thị Mười Một]] á, bả tái khám tiểu đường bữa [[D:20 tây]] mà quên đem sổ, cô coi dùm con mã sổ [[R:ĐTĐ-0417]] còn thuốc hông
Cô [[N:Tư]] (ĐD PK Nội tiết): Để cô coi. Bả còn thuốc tới [[D:28/11]] nghen con. Ổng [[N:Sáu Lành]] nhà con sao rồi, hết ho chưa?
Chị [[N:Mười]]: Dạ ổng đỡ rồi cô. Nhà con dời về [[A:ấp Phú Hòa, xã An Bình, huyện Long Hồ]] rồi nghen cô, số con mới [[P:0395 226 481]]
Cô [[N:Tư]]: Ừ cô ghi lại. Kêu bé [[N:Út Mến]] chở bả lên sớm sớm nghen, hẹn [[D:mùng 5 tháng 12]] đó`,
  ],
  // 17
  [
    'chat',
    `Nhóm phiên dịch – Bệnh nhân Hàn Quốc (Vinmec Hải Phòng)
PD [[N:Minh Thư]]: BN [[N:이서준]] ([[N:Lee Seo-jun]]) 52t, đau thượng vị, đến lúc 10h ngày [[D:2/8]]. Hộ chiếu [[PP:M70315584]]. Vợ [[N:정미경]] đi cùng, sđt Hàn [[P:+82 10 8843 2716]].
BS [[N:Nguyễn Đức Tài]]: siêu âm nghi viêm túi mật cấp, cần mổ. Hỏi công ty bảo hiểm
PD [[N:Minh Thư]]: BH Samsung Fire, số hợp đồng [[R:SF-2025-88120349]]. Công ty anh [[N:Lee]] ở [[A:KCN Tràng Duệ, xã Lê Lợi, huyện An Dương]], người liên hệ anh [[N:Park Jun-ho]] [[P:0936 148 025]]
BS [[N:Nguyễn Đức Tài]]: ok, xếp mổ 14h`,
  ],
  // 18
  [
    'chat',
    `Nhóm "Y tế cơ sở – [[A:Xã Ia Pết]]" (Gia Lai)
Trưởng trạm [[N:Rơ Châm Tuấn]]: [[A:thôn Plei Kep]] có ca sốt rét mới, [[N:Siu H'Lanh]] 28t, test nhanh P.f (+) sáng [[D:14/9]]
YTTB [[N:Nay H'Blơ]]: em vô nhà rồi, chồng chị [[N:H'Lanh]] là anh [[N:Rah Lan Khoa]] đi rẫy ở [[A:làng Bông Pim]] từ [[D:25/8]] đến [[D:9/9]] mới về
Trưởng trạm [[N:Rơ Châm Tuấn]]: cho uống thuốc, lấy lam gửi huyện, mã lam [[R:SR-IP-0914-03]]. Kiểm tra cả [[N:Ksor Y Bing]] với [[N:Rơ Mah Thị Hnơk]] cùng đi rẫy
YTTB [[N:Nay H'Blơ]]: dạ mai em đi`,
  ],
  // 19
  [
    'chat',
    `Nhóm "Phòng Hồ sơ – KHTH"
[[N:Thu Trang]] (KHTH): Công an [[A:quận Hai Bà Trưng]] có công văn số [[R:1187/CV-CAQ]] đề nghị cung cấp bệnh án của bn [[N:Phí Văn Lực]], SN [[D:07/05/1990]], số lưu trữ [[R:2025-NG-004731]], vào viện [[D:12/8]] ra viện [[D:20/8]]
[[N:Quốc Bảo]] (Lưu trữ): dạ e tìm thấy rồi chị, hồ sơ kèm biên bản vụ việc số [[R:56/BB-CATP]] và giấy chứng thương số [[R:318/2025/GCT]]
[[N:Thu Trang]] (KHTH): ok em scan gửi chị qua mail [[E:trang.nt.khth@gmail.com]] nhé, nhớ che số CCCD [[ID:001090034417]] theo quy định`,
  ],
  // 20
  [
    'chat',
    `Ghi âm chuyển văn bản (voice-to-text), không dấu câu
alo chi [[N:hang]] a em [[N:duong]] o khoa cap cuu day benh nhan ten la [[N:dinh thi thu trang]] sinh ngay [[D:mung 3 thang 9 nam 1985]] o [[A:so nha 14 to 9 phuong quang trung thanh pho thai nguyen]] vao vien luc 9 gio sang nay vi dau bung cho em xin so the bao hiem la [[BH:DN 4 19 19 21 887 054]] con so dien thoai nguoi nha la [[P:khong chin tam bay hai ba bon nam sau tam]] em cam on chi`,
  ],
  // 21
  [
    'telehealth',
    `Secure messaging – Hanoi Family Clinic (export)
[[D:2025-11-03]] 08:14 Ms. [[N:Naomi Feldman]]: Hi, my son [[N:Eli]] (DOB [[D:17 Feb 2019]]) has had a fever since Saturday. Temp 39.4 this morning.
[[D:2025-11-03]] 08:20 Dr. [[N:Lê Minh Châu]]: Hi [[N:Naomi]], is he drinking? Any rash?
[[D:2025-11-03]] 08:26 [[N:Naomi Feldman]]: Drinking a bit, small red spots on his legs. We're at [[A:Unit 5B, 31 Tô Ngọc Vân, Quảng An Ward, Tây Hồ District]].
[[D:2025-11-03]] 08:31 Dr. [[N:Lê Minh Châu]]: Please bring [[N:Eli]] in now. His clinic ID is [[R:HFC-004428]]. If you can't come, call our nurse [[N:Vy]] on [[P:+84 24 3719 0081]] ext 12.`,
  ],
  // 22
  [
    'note',
    `Giấy nhớ dán ở quầy điều dưỡng – Khoa Ngoại Tiêu hóa
- G3 [[N:Tòng Văn Páo]] (mổ [[D:5/12]]) – người nhà ra ngoài, số nhà [[P:0215 3824 607]], cần ký cam kết
- G6 cô [[N:Nhạn]] 302/5: hỏi bs [[N:Giang]] xem ăn được chưa
- G11 anh [[N:Ma Văn Thạch]] – chờ kq GPB số [[R:GPB 25-14033]]
- trả lại CMND [[CM:186 520 473]] cho bà [[N:Mến]] (bỏ quên ở phòng thủ thuật)
- chị [[N:Hằng]] bên KHTH dặn: hồ sơ [[R:25/014356]] thiếu chữ ký`,
  ],
  // 23
  [
    'chat',
    `Nhóm Zalo "Khoa Thận nhân tạo – lịch chạy"
ĐD trưởng [[N:Hà Thị Lan]]: Lịch tuần từ [[D:8 - 13/12]]: ca 1 sáng T2-4-6 thêm bn [[N:Sầm Văn Hợp]] (chuyển từ BV Cao Bằng), BHYT [[BH:CN3040400123815]]
ĐD [[N:Linh]]: c ơi bn [[N:Hợp]] có HBsAg (+) k ạ, để xếp máy riêng
ĐD trưởng [[N:Hà Thị Lan]]: âm tính em. Con gái bn là [[N:Sầm Thị Nhung]] hay gọi, số [[P:0335 907 216]]; nhà ở [[A:tổ 4, phường Sông Hiến]], ở trọ dưới này thì [[A:phòng 9, số 112 Khương Trung]]
ĐD [[N:Linh]]: dạ. Ca 2 chiều ông [[N:Luân]] xin nghỉ [[D:10/12]] để đi đám cưới cháu`,
  ],
  // 24
  [
    'chat',
    `Tin nhắn gia đình – Nghệ An
Bọ: ả [[N:Hoa]] ơi, chừ eng [[N:Sơn]] nằm khoa mô?
Ả [[N:Hoa]]: khoa Chấn thương bọ nờ, tầng 5. Eng [[N:Sơn]] gãy chân phải từ hôm [[D:14]], mai mổ. Bs [[N:Hồ Sỹ Hùng]] mổ
Bọ: rứa tiền viện phí răng?
Ả [[N:Hoa]]: có bảo hiểm [[BH:GD4404019883217]] rồi bọ, chỉ đóng thêm ít. Vợ eng [[N:Sơn]] là [[N:Hiền]] đang ở với eng. Nhà eng ở [[A:khối Tân Yên, phường Hưng Bình]] xa viện chi mô
Bọ: ừ. Nhớ chụp giấy ra viện gửi bọ, bọ đưa lên xã`,
  ],
  // 25
  [
    'telehealth',
    `WhatsApp – international patient coordinator, Tâm Anh Hospital HCMC
Coordinator [[N:Khánh Vy]]: Hello Mr. [[N:Haruto Sato]] ([[N:佐藤 陽翔]]), this is the international desk. Your MRI is booked for Tuesday [[D:9 December]] at 9:00.
[[N:Sato]]: Thank you. My wife [[N:Aiko]] will come. Should we bring the Japanese insurance card? Tokio Marine no. [[R:TM-4410-772910]].
Coordinator [[N:Khánh Vy]]: Yes please, and your passport ([[PP:TS8852014]]). Pickup from [[A:Flat 18-03, The Vista, 628C Hanoi Highway, An Phu, Thu Duc City]] at 8:00 by car [[VP:51K-662.19]], driver Mr. [[N:Lộc]] [[P:0903 554 018]].
[[N:Sato]]: OK. My Japanese number is [[P:+81 90-4418-2273]] if the driver cannot find me.`,
  ],
  // 26
  [
    'chat',
    `Nhóm "Chăm sóc tại nhà – nhóm 2"
ĐD [[N:Kim Oanh]]: Lịch thăm thứ 7, [[D:13/12]]: ông [[N:Vương Đình Khải]] [[AGE:94]]t, [[A:P.1104 tòa HH2A Linh Đàm]], thay sonde tiểu; bà [[N:Cao Thị Bưởi]] 87t, [[A:số 9 tổ 12 Hoàng Liệt]], loét cùng cụt độ 3
ĐD [[N:Quang Huy]]: bà [[N:Bưởi]] con trai là [[N:Tú]] hay đi vắng, e gọi [[P:0977.31.08.45]] trước nhé
ĐD [[N:Kim Oanh]]: ok. Ông [[N:Khải]] thẻ BHYT [[BH:CC1010100062345]] hết hạn [[D:31/12]], nhắc gia đình gia hạn`,
  ],
  // 27
  [
    'telehealth',
    `Text messages between an NHS GP practice and a patient travelling in Vietnam
Practice: Hi [[N:Chloe]], this is Dr [[N:Amir Rahman]]'s secretary. Your results from [[D:19/09]] are back; could you call us on [[P:+44 161 496 0732]]? NHS no. [[R:485 777 3456]].
[[N:Chloe Bennett]]: I'm in [[A:Hội An]] until the [[D:30th]]. Staying at homestay [[A:27 Trần Cao Vân, Minh An]]. Can Dr [[N:Rahman]] email me at [[E:chloe.bennett.travels@gmail.com]]?
Practice: Of course. Please also confirm your date of birth.
[[N:Chloe Bennett]]: [[D:2 July 1996]]. Vietnamese number here is [[P:+84 866 219 407]].`,
  ],
  // 28
  [
    'chat',
    `DS BN chuyển viện ngày [[D:05/12]] (KHTH gửi nhóm lái xe)
1. [[N:Ngô Thị Thắm]] – 64t – [[A:xóm Đồng Tâm, xã Hòa Bình]] – chuyển BV K – CCCD [[ID:019165004572]]
2. [[N:Chu Văn Kỳ]] – 71t – [[A:tổ 15, P. Túc Duyên]] – chuyển Bạch Mai – CCCD [[ID:019053011298]]
3. [[N:Triệu Tài Vần]] – 38t – [[A:thôn Khuổi Phầy, xã Phương Giao]] – chuyển Việt Đức – CMND [[CM:091724358]]
4. bé [[N:Bàn Thị Kiều]] – 6t – [[A:bản Tát, xã Tân Minh]] – chuyển Nhi TW – mẹ [[N:Bàn Thị Mẩy]] [[P:0384 551 902]]
Xe [[VP:20A-189.34]] đi chuyến 1, xe [[VP:20B-007.52]] chuyến 2. Điều phối: [[N:Lưu Quang Hòa]]`,
  ],
  // 29
  [
    'chat',
    `Nhóm bạn học cũ (tin nhắn thường, không phải nhóm khoa)
[[N:Bích]]: mn ơi [[N:Hằng]] lớp mình sinh non rồi, bé ở lồng ấp số 3 Từ Dũ, 1,4kg 😢
[[N:Tâm Đan]]: trời ơi, [[N:hằng]] có sao k
[[N:Bích]]: tiền sản giật nặng, mổ cấp cứu đêm qua [[D:28/6]]. Ck [[N:Hằng]] là [[N:Khôi]] đang lo giấy tờ, mã bé sơ sinh [[R:SS250628-114]]
[[N:Vân]]: góp tiền gửi [[N:Khôi]] nha, nhà tụi nó ở [[A:chung cư Sài Gòn Mia, Bình Hưng, Bình Chánh]] đúng k
[[N:Bích]]: đúng r. ai ghé thì nhắn [[N:Khôi]] [[P:0707 334 219]] trước nha`,
  ],
  // 30
  [
    'note',
    `Ghi chép bàn giao bác sĩ trực (viết tay, chép lại)
Trực T7 [[D:22/11]]: BS [[N:Nguyễn Thùy Dương]] – Nhận: BS [[N:Đặng Hải Nam]]
* P.201 G1 cháu [[N:Hơ Ră]] (Bahnar, 11t, [[A:làng Kon Klor, phường Thắng Lợi]]) SXH ngày 5, TC 18, Hct 48%. Bố là [[N:A Nhót]], không có ĐT, nhờ [[N:Y Nhít]] (cùng làng) [[P:0357 880 143]] báo tin.
* P.204 G3 [[N:Đinh Văn Nhoi]], mã BN [[R:KT.25.11.07782]], chờ chuyển Chợ Rẫy [[D:24/11]].
* Ca ngộ độc rượu: anh [[N:Lê Văn Mạnh]] (tên thường gọi [[N:Mạnh "đen"]]), chưa rõ địa chỉ, biển xe [[VP:82B1-035.77]].`,
  ],
];
