// Held-out set 5, conversations 12–22 (see index.ts for the conventions): chat-style
// clinical conversations. Written blind.
export const PART2: Array<[string, string]> = [
  // 12
  [
    'chat',
    `Group: Cấp cứu 115 - điều phối
Điều phối ([[N:Hải]]): xe 02 đi [[A:ngõ 88 Võ Thị Sáu, tổ 12, phường Thanh Nhàn]], cụ ông khó thở, người gọi [[P:098 7654 312]]
Xe 02 ([[N:Đức]]): nhận. biển số xe mình [[VP:29A-654.21]] đang kẹt ở Bạch Mai, 7 phút nữa tới
Điều phối ([[N:Hải]]): người nhà tên [[N:Hoa]], báo cụ có COPD, đang thở oxy tại nhà
Xe 02 ([[N:Đức]]): đã tới. cụ [[N:Lê Văn Khải]] SpO2 82%, đưa Thanh Nhàn`,
  ],
  // 13
  [
    'chat',
    `[[N:Minh Châu]] - Dược: Khoa Ung bướu cho em hỏi BN [[N:Tạ Thị Mận]] chu kỳ 3/6 FOLFOX đã duyệt chưa ạ
[[N:Quang]] - UB: duyệt rồi em, mã HSBA [[R:UB-25-00317]]. Truyền ngày thứ Ba… à không, [[D:22/7]]
[[N:Minh Châu]] - Dược: dạ. Oxaliplatin 85mg/m2, BN 1m52 42kg đúng không anh
[[N:Quang]] - UB: đúng. à cô [[N:Mận]] hỏi có được BHYT chi trả thuốc đích ko, số thẻ cô [[BH:GD4797938282868]]
[[N:Minh Châu]] - Dược: để em check rồi báo a`,
  ],
  // 14
  [
    'chat',
    `mẹ [[N:bống]]: bs oi con e 2 tuổi ho 3 ngày nay, tối qua sốt 39 độ
BS [[N:Hiếu]] (PK Nhi Hiếu Tâm): chào mẹ [[N:Bống]], bé thở có nhanh ko, có rút lõm ngực ko
mẹ [[N:bống]]: dạ ko ạ. bé tên [[N:Trần Gia Hân]], sinh [[D:03/05/2023]], ở [[A:chung cư Ehome 3, Bình Tân]] ạ
BS [[N:Hiếu]] (PK Nhi Hiếu Tâm): mẹ cho bé qua phòng khám [[A:số 41 Tên Lửa, An Lạc]], sáng mai 8h nhé`,
  ],
  // 15
  [
    'chat',
    `[[N:Tanaka]]-san (phiên dịch [[N:Ngọc Ánh]]): Bệnh nhân [[N:田中 浩二]] ([[N:TANAKA KOJI]]) đau ngực từ 3h sáng, đang ở khách sạn [[A:số 9 Lý Thường Kiệt, Hoàn Kiếm]]
[[N:Ngọc Ánh]]: hộ chiếu [[PP:TR4082157]], số vợ ông ấy ở Nhật [[P:+81 90-3312-8845]]
BS [[N:Trịnh Hùng]] (HSCC): đưa thẳng vào cấp cứu, gọi cathlab. Bảo hiểm Tokio Marine mã [[R:TMN-7731942]] đúng ko
[[N:Ngọc Ánh]]: dạ đúng ạ`,
  ],
  // 16
  [
    'chat',
    `Phòng CTXH: Xin thông báo BN nhi [[N:Lầu Thị Dợ]] (6 tuổi, [[A:bản Pả Vi Hạ, xã Pả Vi]], Mèo Vạc) cần hỗ trợ chi phí mổ tim. Bố là [[N:Lầu Mí Chứ]], sđt [[P:0376 004 821]].
[[N:Hồng]] (ĐD trưởng Nhi): em ủng hộ 500k, chuyển STK nào chị
Phòng CTXH: STK bệnh viện [[R:0451000487663]] Vietcombank, ghi "ủng hộ bé [[N:Dợ]]"
[[N:Hồng]] (ĐD trưởng Nhi): ok chị`,
  ],
  // 17
  [
    'chat',
    `[[N:Trâm]]: chị [[N:Loan]] ơi, hồ sơ bệnh nhân chết ở khoa mình tuần trước cần cấp giấy báo tử
[[N:Loan]] - KHTH: BN nào em
[[N:Trâm]]: ông [[N:Đàm Văn Sửu]], mất [[D:4-3]], số giấy chứng tử [[R:041/2025/GCT]]
[[N:Loan]] - KHTH: con ông ấy lên lấy thì mang CCCD hoặc hộ chiếu nhé. Con gái ông ở Úc, số [[P:+61 412 908 336]]
[[N:Trâm]]: dạ, chị ấy gửi hộ chiếu Úc [[PP:PA7719284]] qua mail rồi`,
  ],
  // 18
  [
    'chat',
    `[[N:tú]]: anh [[N:hoàng]] ơi ca trực đêm qua có bn say rượu đâm xe
[[N:Hoàng]] Ngoại CT: ừ, nam 24t, xe máy [[VP:30L5-123.45]], CSGT đưa vào. Tên [[N:Vi Văn Định]], mssv [[R:20215567]] ĐH Xây dựng
[[N:tú]]: ở đâu a
[[N:Hoàng]] Ngoại CT: trọ [[A:số 16 ngách 2 ngõ 40 Tạ Quang Bửu]], quê [[A:Bình Gia]], Lạng Sơn
[[N:tú]]: ok để e liên hệ nhà trường`,
  ],
  // 19
  [
    'chat',
    `BS [[N:Hiền]] (Sản): em ơi sản phụ [[N:Nguyễn Thị Thu Hà]] phòng 3 đẻ thường hôm qua muốn xin giấy chứng sinh sớm
HS [[N:Quyên]]: dạ, bé trai sinh 22h15 ngày [[D:9/10]], 3,2kg. Số giấy chứng sinh [[R:CS-1024/2025]]
BS [[N:Hiền]] (Sản): ghi tên bố là gì
HS [[N:Quyên]]: bố là [[N:Đoàn Minh Trí]], CCCD [[ID:001091027455]]`,
  ],
  // 20
  [
    'chat',
    `[[N:Phúc]] (Khoa Nhiễm): Kết quả HIV khẳng định của BN mã [[R:NH-0092]] dương tính. Cho em xin lịch tư vấn
[[N:Diệp]] (OPC): em xếp cho BN chiều thứ 5 ([[D:12/6]]). BN muốn giữ kín, chỉ liên lạc qua số [[P:0703 991 257]]
[[N:Phúc]] (Khoa Nhiễm): ok. Mã ARV [[R:OPC-HN-25-1187]] nhé
[[N:Diệp]] (OPC): dạ`,
  ],
  // 21
  [
    'chat',
    `Tổ trưởng tổ dân phố: Thông báo hộ gia đình ông [[N:Lương Văn Tám]] ([[A:số 4 ngõ 17, tổ 21, phường Quan Hoa]]) có con gái [[N:Lương Thị Na]] về từ vùng dịch sởi ngày [[D:8-3]]. Đề nghị trạm y tế theo dõi.
Trạm Y tế [[A:phường Quan Hoa]]: đã nhận, cán bộ [[N:Vân]] sẽ gọi [[P:0243 7674 218]]`,
  ],
  // 22
  [
    'chat',
    `[[N:Pơloong Blúi]]: bác sĩ ơi tôi ở [[A:thôn Zơ Ra, xã Tư]], Đông Giang, vợ tôi [[N:Clâu Thị Nhứ]] đau bụng đẻ từ sáng
Trạm trưởng [[N:Ating Hồng]]: anh chở chị xuống trạm ngay, hoặc gọi em [[P:0905 318 664]]
[[N:Pơloong Blúi]]: xe hỏng rồi bác sĩ
Trạm trưởng [[N:Ating Hồng]]: em gọi xe cứu thương lên, anh đứng đầu thôn chờ`,
  ],
];
