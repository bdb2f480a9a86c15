// Held-out set 5, conversations 1–11 (see index.ts for the conventions): chat-style
// clinical conversations — Zalo/Messenger groups of wards, hand-overs, doctor–patient and
// family messages, lab and pharmacy threads. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat',
    `[[N:Hạnh]]: c ơi bn giường 7 sốt lại 38.9 r
[[N:Tuấn]] (Khoa Nội): cho paracetamol 1g truyền, cấy máu 2 mẫu nhé
[[N:Hạnh]]: dạ. mã bệnh phẩm em ghi [[R:HM2504-00871]] với [[R:HM2504-00872]]
[[N:Tuấn]] (Khoa Nội): ok. bn tên gì em
[[N:Hạnh]]: bác [[N:Quách Văn Tỵ]], PID [[R:BV.2025.018832]]
[[N:Tuấn]] (Khoa Nội): tối a qua xem`,
  ],
  // 2
  [
    'chat',
    `Nhóm Zalo "Giao ban Nhi - Sơ sinh"
[[N:Thu Trang]] 07:12: Bàn giao: lồng ấp 3 bé trai con mẹ [[N:Đinh Thị Lụa]], sinh [[D:18/4]], 32 tuần, đang thở CPAP. Mã sơ sinh [[R:SS25-0419]].
[[N:Thu Trang]] 07:13: lồng ấp 5 bé gái con mẹ [[N:Ya Thị Hoa]] (người K'Ho), vàng da, chiếu đèn từ [[D:19-4]]
BS [[N:Kha]]: lồng 3 sáng nay khí máu ổn, giảm PEEP xuống 5
[[N:Thu Trang]] 07:20: dạ. mẹ bé lồng 5 hỏi sdt bác sĩ, em cho số khoa [[P:0263 3822 114]] được không ạ
BS [[N:Kha]]: được em`,
  ],
  // 3
  [
    'chat',
    `BN: bác sĩ ơi e là [[N:Linh]], hôm qua khám ở phòng 12 ấy ạ
BN: kết quả siêu âm của e có chưa ạ, mã phiếu [[R:SA.250612.0034]]
BS [[N:Nguyễn Hoài Nam]]: chào em, có rồi nhé. u xơ tử cung nhỏ 2cm, chưa cần mổ
BN: dạ vâng. e hẹn tái khám [[D:tháng 9]] được ko ạ, e đi công tác Hàn tới [[D:25/8]]
BS [[N:Nguyễn Hoài Nam]]: được. có gì gọi số [[P:0912.446.087]]
BN: dạ, bên Hàn e dùng số [[P:+82 10-4821-7730]] nha bác sĩ`,
  ],
  // 4
  [
    'chat',
    `[[N:mai]]: ê [[N:hùng]] ơi, bn [[N:lò văn pọm]] phòng 4 xin ra viện chiều nay
[[N:hùng]]: cho về đc, nhớ in đơn thuốc điện tử
[[N:mai]]: mã đơn [[R:7531a9k2d4f6-c]] nha
[[N:hùng]]: ok, dặn tái khám [[D:2-6]]
[[N:mai]]: bảo hiểm của ông ấy [[BH:CH4141420118276]], hết hạn [[D:31/12/2025]]`,
  ],
  // 5
  [
    'chat',
    `Chị [[N:Nga]] (phòng KHTH): các khoa gửi danh sách BN chuyển tuyến tuần này nhé
[[N:Bảo]] (Khoa Ngoại): 1. [[N:Phùng Thị Xuyến]], 67t, số BA [[R:25/014417]], chuyển BV K ngày [[D:10/6]]
[[N:Bảo]] (Khoa Ngoại): 2. [[N:Hà Văn Sếnh]], 45t, số BA [[R:25/014502]], giấy chuyển tuyến số [[R:218/2025/GCT]]
Chị [[N:Nga]] (phòng KHTH): ok em. BN [[N:Sếnh]] có CCCD chưa, thiếu số
[[N:Bảo]] (Khoa Ngoại): dạ có: [[ID:014083002719]]`,
  ],
  // 6
  [
    'chat',
    `Con gái: mẹ ơi bố đo đường huyết sáng nay bao nhiêu
Mẹ: 8,2 con à. Bác sĩ [[N:Tâm]] dặn uống Gliclazid 30mg 1 viên
Con gái: vậy chiều thứ 7 con đưa bố lên khám lại nha, con đặt lịch rồi, mã đặt khám [[R:DK-88214]]
Mẹ: ừ. nhớ mang thẻ bảo hiểm với cái sổ. Sổ khám bệnh của bố số [[R:0003417]]
Con gái: dạ. Bố vẫn ở nhà o [[N:Hường]] hả mẹ?
Mẹ: ừ, ở [[A:kiệt 5 Đặng Huy Trứ]] đó`,
  ],
  // 7
  [
    'chat',
    `[[N:Jenny]]: Hi doctor, my husband [[N:MARK ANTHONY WILLIAMS]] was admitted last night, bed 14. Passport [[PP:548213097]], DOB [[D:12/05/1979]].
BS [[N:Phương]]: Dear Mrs [[N:Williams]], he is stable. We need his insurance details.
[[N:Jenny]]: Cigna Global, member ID [[R:U48821730]], phone [[P:+1 (302) 476-3337]]
BS [[N:Phương]]: Thank you. Our address for the insurer: Hoan My Hospital, [[A:60 Phan Xich Long, Ward 1, Phu Nhuan District]], HCMC.
[[N:Jenny]]: We live at [[A:Apt 905, Block C, The Vista, An Phu, District 2]]`,
  ],
  // 8
  [
    'chat',
    `Nhóm "Tiêm chủng Trạm Y tế [[A:xã Nghi Phong]]"
Ả [[N:Thảo]]: eng [[N:Tùng]] ơi, cháu [[N:Bi]] nhà chị [[N:Huệ]] ở [[A:xóm 7]] bị sốt sau tiêm 5 trong 1
[[N:Tùng]] YS: mấy độ rồi ả
Ả [[N:Thảo]]: 38 độ, chị [[N:Huệ]] gọi em số [[P:0383 221 904]]
[[N:Tùng]] YS: cho uống hạ sốt, chườm ấm, theo dõi 24h. Tiêm hôm [[D:15-5]] đúng ko
Ả [[N:Thảo]]: dạ đúng, lô vắc xin [[R:A21CC418B]] ạ`,
  ],
  // 9
  [
    'chat',
    `[[N:Vy]] XN: Anh ơi mẫu máu của BN mã [[R:2503170112]] bị vỡ hồng cầu, lấy lại giúp em
[[N:Khang]] ĐD: ok. bệnh nhân nào vậy em
[[N:Vy]] XN: bà [[N:Thạch Thị Sa Rết]], số accession [[R:ACC-25-031744]]
[[N:Khang]] ĐD: bà này ngủ giường 21B, sđt con trai [[P:0939 05 22 81]]
[[N:Vy]] XN: dạ có kết quả em báo lên nhóm`,
  ],
  // 10
  [
    'chat',
    `Tin nhắn từ người nhà
"Chào bác sĩ, tôi là [[N:Vũ Đình Khiêm]], con trai bệnh nhân [[N:Vũ Đình Hòe]] ([[AGE:93]] tuổi) đang nằm khoa Lão. Cha tôi sinh ngày [[D:2 tháng 1 năm 1932]], CCCD [[ID:036032004417]]. Gia đình muốn xin trích lục hồ sơ bệnh án (số lưu trữ [[R:LT-2023-7741]]) để làm thủ tục bảo hiểm nhân thọ với Prudential, số hợp đồng [[R:75184422]]. Địa chỉ nhận: [[A:số 22, tổ 3, phường Trần Hưng Đạo, thành phố Nam Định]]. Cảm ơn bác sĩ."`,
  ],
  // 11
  [
    'chat',
    `[[N:Khoa]]: c [[N:lan]] oi, bn [[N:Y Bhăm]] phong 8 doi ve, noi ko co tien
[[N:Lan]] (CTXH): de c len noi chuyen. nha o dau em
[[N:Khoa]]: [[A:buon Tring, xa Ea Tih, huyen Krong Ana]]. vo la [[N:H Bin]] sdt [[P:0868 112 479]]
[[N:Lan]] (CTXH): ok. co the BHYT ko
[[N:Khoa]]: co, the ho ngheo [[BH:HN4666620402158]]`,
  ],
];
