// Held-out set 20, documents 21–30 (see index.ts for the conventions): clinical texts — group
// chats with interpreters, a highland commune station, an international clinic, a pagoda's
// volunteer drivers, a family in Taiwan, a referral letter, an unaccented hand-over, a
// voice-to-text message, consultation minutes, an insurer's e-mail. Written blind.
export const PART2: Array<[string, string]> = [
  // 21
  [
    'chat',
    `Zalo nhóm: HSTC BVĐK SƠN LA – GIAO BAN + PHIÊN DỊCH
[[D:14/01]]
[06:52] [[N:Đinh Thị Kim Oanh]]: Mọi người ơi đêm qua nhập 2 ca mới. Giường 4 là bn Mông, ko biết tiếng Việt, ai gọi giúp chị phiên dịch với
[06:55] Đd [[N:Hà Văn Tuyến]]: Dạ em gọi anh [[N:Sùng]] rồi, 7h15 a ấy lên ạ
[07:03] Bs [[N:Quàng Văn Nam]]: Tóm tắt G4:
- [[N:Mùa A Sình]], 41t, [[A:bản Huổi Một, xã Nậm Mằn, huyện Sông Mã]]
- Ngộ độc lá ngón tối [[D:13/1]], vào viện 23h
- Đặt NKQ lúc 23h40, thở máy SIMV
- Mã BA [[R:25.001873]]
[07:04] Bs [[N:Quàng Văn Nam]]: vợ là [[N:Lầu Thị Pà]], đi cùng còn em trai [[N:Mùa A Lử]]. Sđt em trai [[P:0356 119 748]]
[07:06] [[N:Lò Thị Hương]] (dược): Than hoạt đã xuất 2 lọ cho G4, ai lấy thì ký sổ nhé
[07:10] Đd [[N:Hà Văn Tuyến]]: G6: bà [[N:Cầm Thị Ón]], 78t, viêm phổi nặng, bn Thái. Con gái [[N:Cầm Thị Lả]] trực cả đêm, xin thêm chăn ạ
[07:12] [[N:Đinh Thị Kim Oanh]]: 👍 chuyển phòng hành chính cấp thêm
[07:16] [[N:Sùng A Chang]] (phiên dịch): Chào các bác sĩ. Em đến khoa rồi. Gia đình G4 hỏi bao giờ cho ăn được ạ
[07:18] Bs [[N:Quàng Văn Nam]]: a [[N:Chang]] nói gia đình là chưa ăn được, đang thở máy. Hỏi giúp anh bn ăn mấy lá, mấy giờ, có uống rượu ko
[07:31] [[N:Sùng A Chang]] (phiên dịch): Vợ nói anh ấy cãi nhau với bố, ra vườn nhai lá khoảng 7-8 lá, lúc 8 giờ tối. Có uống rượu khoảng nửa chai
[07:32] [[N:Sùng A Chang]] (phiên dịch): Bố anh ấy là ông [[N:Mùa A Dế]] đang trên đường từ bản xuống, chiều mới tới
[07:33] Bs [[N:Quàng Văn Nam]]: ok cảm ơn a
[07:40] [[N:Vì Văn Thành]]: Em ở phòng KHTH. Công an [[A:huyện Sông Mã]] đề nghị xin trích lục bệnh án G4 theo CV số [[R:112/CAH-CSHS]], ai ký xác nhận giúp em
[07:42] [[N:Đinh Thị Kim Oanh]]: Chị ký chiều nay. Nhắc e [[N:Thành]] mang sổ qua
[08:05] Đd [[N:Lò Thị Mai]]: G2 bệnh nhân [[N:Tòng Văn Khiêm]] rút NKQ lúc 8h rồi ạ, SpO2 96% khí trời
[08:30] Bs [[N:Quàng Văn Nam]]: @[[N:Sùng A Chang]] a ở lại 10h khi bs [[N:Tuấn]] hội chẩn với gđ nhé, cần gđ ký cam kết lọc máu
[08:31] [[N:Sùng A Chang]] (phiên dịch): Dạ em ở đây đến trưa
[10:48] Bs [[N:Hoàng Anh Tuấn]]: Hội chẩn xong. Gđ đồng ý lọc máu. Biên bản hội chẩn số [[R:07/HC-HSTC]] đã lưu bệnh án
[10:49] Bs [[N:Hoàng Anh Tuấn]]: Cảm ơn a [[N:Chang]] nhiều, ko có a chắc mất cả buổi 😅
[14:22] Đd [[N:Hà Văn Tuyến]]: Ông [[N:Mùa A Dế]] lên rồi ạ, ông xin vào thăm 5 phút
[14:23] [[N:Đinh Thị Kim Oanh]]: cho vào, mặc áo choàng
[14:40] [[N:Lò Thị Hương]] (dược): Nhắc lại ai lĩnh thuốc G6 ký sổ giúp chị, thiếu chữ ký 2 ngày [[D:12/1]], [[D:13/1]] rồi 😤
[16:55] Đd [[N:Lò Thị Mai]]: Bàn giao ca chiều:
- G4 lọc máu xong lúc 16h, HA 110/70, mạch 88
- G6 sốt 38,5 đã chườm + para 1g TTM
[16:57] Bs [[N:Quàng Văn Nam]]: ok. Tối nay bs [[N:Điêu Chính Thắng]] trực chính, mọi ng báo a [[N:Thắng]] nhé`,
  ],
  // 22
  [
    'chat',
    `nhom zalo: TYT [[A:XA CHUNG CHAI]] – TTYT MUONG NHE
[[D:3/7]]
[[N:Ly A Phu]]: a [[N:Khoa]] oi tram e co ca de kho, bn [[N:Chang Thi Me]] 19t con so, vo oi 10 tieng roi chua de dc
tim thai 110 l/p, e goi xe dc ko a
[Hình ảnh]
[[N:Dao Van Khoa]] TTYT: chuyen luon e, xe cap cuu dang o [[A:xa Sen Thuong]], a goi xe [[A:xa Leng Su Sin]] len
[[N:Ly A Phu]]: dc a. chong bn la [[N:Phang A Chinh]] di cung, sdt [[P:0388 702 165]]
[[N:Dao Van Khoa]] TTYT: e dat ven, truyen RL, cho nam nghieng trai nhe
[[N:Lo Thi Duyen]] TTYT: a [[N:Khoa]] oi phong de chuan bi roi nhe, bs [[N:Tong]] trực mổ
[[N:Ly A Phu]]: xe len toi noi roi, duong tu [[A:ban Nam Vi]] ra sat lo 1 doan phai di bo 200m 😢
[Hình ảnh]
[Vị trí đã chia sẻ]
bn dang vuot canh, e cung anh [[N:Chinh]] voi a [[N:Giang A Chu]] ban ben canh cang bn qua
[[N:Dao Van Khoa]] TTYT: can than nhe e
[[N:Ly A Phu]]: da len xe 14h20 a. du kien 16h toi
...
[[N:Lo Thi Duyen]] TTYT: Báo cáo: sản phụ [[N:Chang Thị Mế]] mổ lấy thai lúc 16h45 [[D:3/7]], bé trai 2,8kg, Apgar 6/8, mẹ ổn. Mã BA [[R:MN25-0734]]
[[N:Ly A Phu]]: 🙏🙏 cam on c
[[N:Dao Van Khoa]] TTYT: ok ca nha. e [[N:Phu]] ve nghi di
[[D:4/7]]
[[N:Ly A Phu]]: a oi hom nay tram co 2 tre tieu chay o [[A:ban Huoi Lech]], e chua co Oresol, tram het tu thu 3
[[N:Dao Van Khoa]] TTYT: e lam phieu linh gui qua, chieu nay a [[N:Pao]] xe TTYT di Chung Chai a gui 200 goi
[[N:Sung A Pao]] lái xe: 👌 13h e di
[[N:Ly A Phu]]: 2 chau la [[N:Vang Thi Dua]] 3t voi [[N:Vang A Lau]] 18 thang, con cua chi [[N:Ho Thi Pang]]. Mat nuoc nhe
[[N:Dao Van Khoa]] TTYT: theo doi, neu li bi hay k uong dc thi chuyen
[[N:Ly A Phu]]: a oi chi [[N:Me]] o TTYT sdt ko nghe may, gd hoi thăm
[[N:Lo Thi Duyen]] TTYT: sp on e, dang cho con bu, gd goi so khoa san [[P:0215 3882 140]]
[[D:6/7]]
[[N:Sung A Pao]] lái xe: da giao oresol cho tram, e [[N:Phu]] ky nhan roi
[[N:Dao Van Khoa]] TTYT: cam on [[N:Pao]]
[[N:Ly A Phu]]: 2 chau het tieu chay roi a. me con chi [[N:Me]] ra vien chua a
[[N:Lo Thi Duyen]] TTYT: ra mai e, [[D:7/7]], nho nhac gd mang giay chung sinh ve lam khai sinh`,
  ],
  // 23
  [
    'chat',
    `Slack channel #front-desk-d2 – Saigon International Family Clinic
Thursday [[D:Nov 20]]
[[N:Jenny Tran]] (reception) 08:14: Morning team! Walk-in at desk 2: Mr. [[N:Choi Sung-min]], Korean, chest pain since last night. Passport [[PP:M48139027]]. Interpreter needed?
[image: passport_scan.jpg] (restricted)
Dr. [[N:Alan Whitaker]] 08:15: bring him to room 3 now, ECG first pls
[[N:Nguyễn Ngọc Hân]] (RN) 08:16: ECG done – sinus, no ST changes. BP 158/96. Trop sent
[image: ECG_room3.jpg]
[[N:Kang Ji-woo]] (KR interpreter) 08:20: I'm here. He says pain started after drinking soju at 1am, burning, not crushing
Dr. [[N:Alan Whitaker]] 08:23: ok likely GERD but let's wait for trop. Patient ID [[R:SIFC-250114]]
[[N:Jenny Tran]] (reception) 08:30: His wife Mrs. [[N:Lee Hye-jin]] called, number [[P:+82 10-4418-2093]], she's in Seoul. Can [[N:Ji-woo]] call back?
[[N:Kang Ji-woo]] (KR interpreter) 08:31: 네 will do
[[N:Jenny Tran]] (reception) 09:02: 2nd patient: Ms. [[N:Aiko Yamamoto]] (山本愛子), 34, fever 39.2, travel to Phú Quốc last week. Insurance Tokio Marine, policy [[R:TMN-88-4410932]]
Dr. [[N:Phạm Minh Quân]] 09:05: em lấy NS1 + CBC cho chị [[N:Aiko]] nhé, nghi sốt xuất huyết
Dr. [[N:Alan Whitaker]] 09:40: trop negative x1. Mr [[N:Choi]] -> PPI, repeat trop 3h. [[N:Ji-woo]] tell him no soju 😅
— 3 replies —
[[N:Kang Ji-woo]] (KR interpreter) 09:41: haha told him. [[N:최]] 선생님 says ok
Dr. [[N:Phạm Minh Quân]] 10:12: NS1 (+) cho Ms [[N:Yamamoto]], PLT 142. Outpatient f/u daily, hotel ở [[A:số 21 Lê Thánh Tôn, phường Bến Nghé, quận 1]]
[file: NS1_CBC_result.pdf]
[[N:Jenny Tran]] (reception) 10:15: Her colleague [[N:Sato Haruka]] will bring her tomorrow 9am. Email for results: [[E:aiko.yamamoto.jp@gmail.com]]
[[N:Huỳnh Thị Kim Loan]] (billing) 10:30: GOP Tokio Marine for [[N:Yamamoto]] approved, ref [[R:GOP-VN-251120-0771]]
Dr. [[N:Alan Whitaker]] 11:45: 2nd trop neg. Mr [[N:Choi Sung-min]] discharged. [[N:Ji-woo]] pls explain red flags
[[N:Kang Ji-woo]] (KR interpreter) 11:47: 👍 done. He will fly back [[D:Nov 23]]
:+1: 2   :pray: 1
> [[N:Jenny Tran]]: "Her colleague [[N:Sato Haruka]] will bring her tomorrow"
[[N:Huỳnh Thị Kim Loan]] (billing) 11:50: [[N:Jenny]] ơi, chị [[N:Haruka]] cũng cần register ko? Cô ấy bị ho
[[N:Jenny Tran]] (reception) 11:52: yes c [[N:Loan]], em tạo chart mới cho cô ấy tomorrow
Dr. [[N:Phạm Minh Quân]] 16:20: FYI bn [[N:Nguyễn Văn Hòa]] (VN, expat wife [[N:Sarah Hoa]]) dời lịch tái khám sang [[D:24/11]]
Friday [[D:Nov 21]]
[[N:Jenny Tran]] (reception) 09:04: Ms [[N:Yamamoto]] + Ms [[N:Sato]] checked in 🙋
Dr. [[N:Phạm Minh Quân]] 09:30: PLT 98 hôm nay, vẫn outpatient được. Hẹn mai
Dr. [[N:Alan Whitaker]] 09:32: agree. thx [[N:Quân]]`,
  ],
  // 24
  [
    'chat',
    `Nhóm Zalo: ĐỘI XE CHUYỂN BỆNH CHÙA ÂNG – TRÀ VINH 🙏
[[D:02/10]]
Sư [[N:Thạch Sà Rây]]: Mô Phật. Ngày mai ai rảnh chở giúp bà [[N:Kim Thị Sa Ri]] ở [[A:ấp Ô Chát, xã Lương Hòa, huyện Châu Thành]] lên BV Trà Vinh chạy thận 6h sáng
[[N:Sơn Văn Đen]]: Dạ sư, con chở được. Xe [[VP:84A-128.36]]
Sư [[N:Thạch Sà Rây]]: Sadhu. Bà đi với cháu là [[N:Thạch Thị Ngọc Trâm]], sđt [[P:0794 226 318]]
[[N:Lâm Thị Phaly]]: Sư ơi thứ 5 con đưa ông [[N:Danh Út]] đi tái khám mắt bên BV Mắt Cần Thơ đc ko, ổng mổ cườm rồi
Sư [[N:Thạch Sà Rây]]: Được. Con ghi vô sổ giúp sư
[[N:Kiên Chanh Đa]]: Con báo: [[D:tháng 9]] đội chở 47 chuyến, xăng hết 6,2 triệu. Phật tử [[N:Trà Thị Huyền]] cúng 2 triệu, chú [[N:Thạch Sô Phol]] cúng 1 thùng nhớt
[Hình ảnh] sổ thu chi
Sư [[N:Thạch Sà Rây]]: Sadhu sadhu 🙏
[Sticker]
[[D:03/10]]
[[N:Sơn Văn Đen]]: Con tới BV rồi sư. Bà [[N:Sa Ri]] hôm nay mệt, BS nói tăng kali, ở lại thêm
[[N:Thạch Thị Ngọc Trâm]]: Con cám ơn chú [[N:Đen]] nhiều. Con ở lại với ngoại, chiều chú khỏi rước
[[N:Sơn Văn Đen]]: ok con. cần gì gọi chú
[[N:Lâm Thị Phaly]]: bà [[N:Sa Ri]] năm nay bao nhiêu tuổi rồi con
[[N:Thạch Thị Ngọc Trâm]]: Dạ ngoại 82 rồi cô
[[D:05/10]]
[[N:Kiên Chanh Đa]]: Sáng nay có ca gấp: anh [[N:Danh Phước]] ở [[A:ấp Sóc Ruộng, xã Long Hiệp, huyện Trà Cú]] té cây thốt nốt, TYT xã gọi chuyển, xe 115 chưa về. Ai gần đi giùm
[Vị trí đã chia sẻ]
[[N:Thạch Vũ]]: Con đi, con ở Trà Cú. 10p tới
Đã đưa anh [[N:Phước]] tới BVĐK Trà Cú, BS [[N:Lê Hoàng Tuấn]] nói gãy cột sống lưng, phải chuyển tỉnh
[Hình ảnh]
Vợ ảnh là chị [[N:Kim Thị Sóc Kha]] đi theo, chưa có tiền tạm ứng sư ơi
Sư [[N:Thạch Sà Rây]]: Để sư gọi Ban quản trị. Con [[N:Chanh Đa]] chuyển trước 3 triệu từ quỹ chùa nhé
[[N:Kiên Chanh Đa]]: Dạ con chuyển rồi, mã GD [[R:FT25278394011]]
[Hình ảnh] biên lai chuyển khoản
[[D:06/10]]
[[N:Lâm Thị Phaly]]: Tin vui: anh [[N:Phước]] mổ xong rồi, nằm khoa Ngoại thần kinh. Chị [[N:Sóc Kha]] nhờ con cảm ơn sư
Sư [[N:Thạch Sà Rây]]: Sadhu. Ngày [[D:rằm tháng 9]] (tức [[D:6/10]] dương) chùa tụng kinh cầu an cho các bệnh nhân
[[N:Sơn Văn Đen]]: Dạ mai con chở bà [[N:Sa Ri]] về nha sư, BS cho ra rồi`,
  ],
  // 25
  [
    'chat',
    `LINE 群組「媽媽在越南住院 👩‍⚕️」(nhóm gia đình)
[[D:2025/9/18]]
[[N:阿明]]: 大家好，媽媽今天早上在芹苴中風，現在在芹苴中央醫院。我正在訂機票
[[N:Thu Hằng 秋恆]]: Anh ơi mẹ sao rồi? 我在桃園，今天晚上可以飛
[[N:阿明]]: Dì [[N:Tư]] nói mẹ yếu tay trái, nói khó. 醫生說要做 CT
Dì [[N:Tư]]: Dạ dì đang ở BV với chị [[N:Sáu]] nè. BS tên [[N:Trương Minh Hải]] khoa Thần kinh
[[N:阿明]]: 謝謝 Dì. Mẹ 名字在醫院是 [[N:Nguyễn Thị Sáu]]，1960年，護照 [[PP:C4718205]]
[[N:Thu Hằng 秋恆]]: mã bệnh nhân là gì dì, để con gọi hỏi
Dì [[N:Tư]]: Mã [[R:CT25-0918-3312]] con. Số phòng điều dưỡng [[P:0292 3820 071]]
[[N:林志偉]]: 我是女婿，台北。我可以幫忙付錢，帳號給我
[[N:阿明]]: 謝謝 [[N:志偉]]
[[N:Thu Hằng 秋恆]]: Dì ơi BS nói có bơm thuốc tan máu đông kịp ko
Dì [[N:Tư]]: Có rồi con, 10h bơm xong. Giờ mẹ con nói được vài câu, kêu tên [[N:Hằng]] hoài 😢
[[N:Thu Hằng 秋恆]]: 😭😭 con về liền
[貼圖]
[[N:阿明]]: 我訂到明天 [[D:9/19]] 早上 VJ 桃園–芹苴 的票
[[D:2025/9/19]]
[[N:Thu Hằng 秋恆]]: 到了。Mẹ nhận ra em rồi anh ơi
[照片]
[貼圖]
Dì [[N:Tư]]: BS [[N:Hải]] nói ngày [[D:22/9]] cho chuyển qua khoa Phục hồi chức năng
[[N:林志偉]]: 媽媽的保險？台灣健保可以申請海外急診嗎
[[N:阿明]]: 可以，需要診斷書和收據，還有住院證明。[[N:秋恆]] 妳請醫院開英文版
[[N:Thu Hằng 秋恆]]: ok em xin giấy chứng nhận, số hồ sơ gì BS sẽ ghi
[[N:陳美玲]]: 我是媽媽的鄰居 [[N:美玲]]，在新竹。祝阿嬤早日康復 🙏
[[D:2025/9/23]]
[[N:Thu Hằng 秋恆]]: Giấy chứng nhận số [[R:1547/GCN-BVTƯCT]], 英文診斷書已經拿到了
[Hình ảnh]
[[N:阿明]]: 收到。[[N:志偉]] 你幫我送健保局
Dì [[N:Tư]]: Chị [[N:Sáu]] ăn cháo được rồi, tập đi với chị [[N:Kiều]] vật lý trị liệu
[[N:阿明]]: 謝謝 Dì [[N:Tư]] 🙏 沒有妳我們不知道怎麼辦
[[N:Thu Hằng 秋恆]]: Anh [[N:Minh]] ơi BS nói khoảng [[D:5/10]] ra viện, mình đặt vé cho mẹ về Đài Loan luôn ko`,
  ],
  // 26
  [
    'letter',
    `SỞ Y TẾ TỈNH LAI CHÂU
TRUNG TÂM Y TẾ [[A:HUYỆN SÌN HỒ]]                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: [[R:214/GCT]]                                  Độc lập – Tự do – Hạnh phúc
                                     Sìn Hồ, ngày [[D:18 tháng 2 năm 2025]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Bạch Mai
Trung tâm Y tế [[A:huyện Sìn Hồ]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:PHÀN SỬ MẨY]]     Nam/Nữ: Nữ     Năm sinh: 1971
- Dân tộc: Dao          Quốc tịch: Việt Nam
- Địa chỉ: [[A:bản Lê Lợi, xã Pa Tần, huyện Sìn Hồ]], tỉnh Lai Châu
- Số thẻ BHYT: [[BH:DT 2 12 12 21006 48311]]     Hạn từ [[D:01/01/2025]] đến [[D:31/12/2025]]
- Số CCCD: [[ID:012171003829]]
- Đã được khám bệnh, điều trị tại: khoa Nội – TTYT [[A:huyện Sìn Hồ]] từ ngày [[D:11/02/2025]] đến ngày [[D:18/02/2025]]
TÓM TẮT BỆNH ÁN
- Dấu hiệu lâm sàng: Bệnh nhân đau bụng thượng vị 3 tháng, gầy sút 6 kg, nuốt nghẹn tăng dần. Vào viện [[D:11/2]] vì nôn ra máu. Da xanh, niêm mạc nhợt.
- Kết quả xét nghiệm: Hb 78 g/L. Nội soi ngày [[D:13/2]]: khối sùi bờ cong nhỏ hang vị, đã sinh thiết (mã tiêu bản [[R:GPB-25-0061]]), chưa có kết quả.
- Chẩn đoán: Theo dõi u dạ dày (C16.3); thiếu máu mức độ vừa (D50.0).
- Phương pháp, thủ thuật, thuốc đã dùng: truyền 2 đơn vị khối hồng cầu, omeprazol 40 mg TM, dịch truyền.
- Tình trạng người bệnh lúc chuyển tuyến: tỉnh, HA 100/60 mmHg, mạch 92 l/p.
- Lí do chuyển tuyến: đủ điều kiện chuyển tuyến (bệnh vượt khả năng chuyên môn).
- Hướng điều trị: chẩn đoán xác định, điều trị chuyên khoa.
- Chuyển tuyến hồi: 8 giờ 00 ngày [[D:19/02/2025]]
- Phương tiện vận chuyển: xe cấp cứu TTYT, BKS [[VP:25B-001.42]]
- Họ tên, chức danh người hộ tống: ĐD [[N:Lò Văn Hiếu]]; người nhà: con trai [[N:Tẩn Láo Phìn]], SĐT [[P:0969 310 257]]; con dâu [[N:Lý Thị Chài]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ                        GIÁM ĐỐC
(đã ký)                                          (đã ký, đóng dấu)
BS [[N:Vàng Văn Tùng]]                                    BSCKII [[N:Nguyễn Đức Quyết]]
Ghi chú của phòng KHTH: BN không thạo tiếng phổ thông, đề nghị bố trí phiên dịch tiếng Dao hoặc liên hệ cán bộ [[N:Chảo Thị Liên]] ([[E:chaolien.ttytsinho@gmail.com]]).`,
  ],
  // 27
  [
    'handover',
    `BAN GIAO CA DEM – KHOA NOI TONG HOP – BVDK TINH DAK NONG – dem [[D:27/3]] sang [[D:28/3]]
(go ko dau vi may tinh tram y ta hong bo go)
Truc chinh: bs [[N:Thi]]; dd [[N:Uyen]], dd [[N:Hau]]
P201
- G1 [[N:Y Kret]], 58t, M'Nong, [[A:bon Bu Nor, xa Nam Nung, huyen Krong No]]. Xo gan mat bu, XHTH. Dem qua di ngoai phan den 2 lan, Hb 72, da truyen 1 don vi HC luc 1h. Sang lam lai CTM. Vo la [[N:H'Ranh]] o lai, ko biet tieng Viet nhieu, nho con trai [[N:Y Duong]] sdt [[P:0917445230]]
- G2 ong [[N:Tran Van Luc]], 71t, DTD2, duong huyet 2h sang 14,2 -> tiem actrapid 4 UI theo y lenh bs [[N:Thi]]
- G3 ba [[N:Nguyen Thi Bay]], [[AGE:93]]t -> sua: 83t (nham, xem lai CCCD). Viem phoi, thở oxy 2l/p, on dinh
P202
- G1 [[N:Thi Ha]] (nu) 45t, nguoi Ma, [[A:thon 3, xa Quang Truc, huyen Tuy Duc]]. Sot ret? test nhanh am tinh, cho KQ lam phien do. Chong la [[N:Dieu Kroi]]
- G2 [[N:Pham Quoc Bao]] 34t, ngo doc ruou, say, la het luc 23h, da goi bao ve + goi vo [[N:Le Thi My Duyen]] vao. Het kich dong 2h
- G3 trong
- G4 cu [[N:Hoang Van Can]] [[AGE:94]]t, Tay, con gai [[N:Hoang Thi Nhung]] xin ve sang nay, bs [[N:Thi]] noi cho bs [[N:Quyen]] kham lai 8h roi moi cho ve
P205 (cach ly)
- G1 [[N:A Thanh]] 22t, nghi lao phoi, AFB dang cho, deo khau trang, nhac ng nha
Viec chua xong:
- Don HC o kho mau cho G1 P201 chua lay dc vi kho mau het nhom O, da bao bs [[N:Thi]]
- Mau xet nghiem cua ba [[N:Bay]] (SID [[R:250328-0417]]) bi dong, lay lai
- Ho so chuyen vien cua ong [[N:Luc]] dang cho ky, so [[R:312/CV-NTH]]
Nguoi giao: dd [[N:Uyen]]      Nguoi nhan: dd [[N:Tran Thi Lan Anh]]`,
  ],
  // 28
  [
    'voice',
    `[Tin nhắn thoại đã chuyển thành văn bản – Zalo – 21:47 [[D:9/8]]]
Bs [[N:Hoàng Yến]]: alo anh [[N:Toàn]] ơi em [[N:Yến]] ở khoa cấp cứu đây em nhắn thoại vì em đang bận tay nha anh ca này là bệnh nhân nam tên là [[N:Triệu Văn Quang]] triệu văn quang người Dao ở [[A:thôn Khe Mạ xã Xuân Lạc huyện Chợ Đồn]] sinh năm một chín tám sáu bị ngã từ trên mái nhà xuống lúc khoảng sáu giờ chiều nay anh ạ em chụp ct thấy có máu tụ ngoài màng cứng thái dương phải dày khoảng mười hai mi li em đã báo ngoại thần kinh bác sĩ [[N:Phúc]] rồi mà anh [[N:Phúc]] đang mổ ca khác nên em báo anh trực lãnh đạo
à số hồ sơ cấp cứu là [[R:không chín không tám bốn chín sáu]] nha anh vợ bệnh nhân là chị [[N:Bàn Thị Phượng]] số điện thoại của chị ấy là [[P:không chín tám ba bảy một hai năm sáu không]] chị ấy đang ở ngoài cửa
[[N:Toàn]] BS Trực LĐ: ok em a vào luôn. Gọi gây mê chuẩn bị phòng 2 nhé
Bs [[N:Hoàng Yến]]: dạ vâng ạ em gọi chị [[N:Mai]] gây mê rồi ạ à còn một việc nữa anh ơi người nhà nói bệnh nhân có uống rượu thuốc của ông [[N:Đặng Văn Sơn]] gì đó ở bản bên cạnh trước khi trèo lên mái ạ
[[N:Toàn]] BS Trực LĐ: ghi vào bệnh án. Có công an xã báo chưa
Bs [[N:Hoàng Yến]]: dạ công an xã anh [[N:Hà Văn Minh]] có gọi hỏi ạ em bảo ngày mai ngày [[D:mười tháng tám]] lên làm việc với phòng kế hoạch
[[N:Toàn]] BS Trực LĐ: 👍
Bs [[N:Hoàng Yến]]: anh ơi bệnh nhân mổ xong lúc mười một giờ bốn mươi rồi ạ anh [[N:Phúc]] mổ anh [[N:Quang]] tỉnh rồi ạ`,
  ],
  // 29
  [
    'minutes',
    `BỆNH VIỆN ĐA KHOA TỈNH ĐIỆN BIÊN
Khoa Hồi sức tích cực – Chống độc
BIÊN BẢN HỘI CHẨN LIÊN KHOA
Số: [[R:45/BBHC-HSTC]]
Thời gian: 14 giờ 00 ngày [[D:06/12/2025]]. Địa điểm: phòng giao ban khoa HSTC-CĐ.
Thành phần:
- Chủ trì: BSCKII [[N:Lò Văn Thiêm]] – Phó Giám đốc
- BS [[N:Nguyễn Thị Thanh Thủy]] – Trưởng khoa HSTC-CĐ
- BS [[N:Lường Văn Bun]] – khoa Truyền nhiễm
- BS [[N:Trần Quốc Việt]] – khoa Ngoại tổng hợp
- ThS [[N:Quàng Thị Hoa]] – Dược lâm sàng
- Thư ký: BS [[N:Tòng Thị Hằng]]
- Phiên dịch (tiếng Mông): ông [[N:Thào A Dua]], cán bộ Hội Nông dân [[A:xã Mường Phăng]]
Người bệnh: [[N:Giàng A Khứ]], nam, 37 tuổi, dân tộc Mông, địa chỉ [[A:bản Pú Ngua, xã Mường Phăng, TP Điện Biên Phủ]]. Mã người bệnh: [[R:DB2501294]]. Vào viện: 22 giờ ngày [[D:02/12/2025]].
Tóm tắt: Bệnh nhân bị lợn rừng húc vào bụng khi đi rừng chiều [[D:2/12]], được anh trai là [[N:Giàng A Sử]] và người cùng bản [[N:Lầu A Chơ]] khiêng ra đường. Vào viện: sốc mất máu, vết thương thấu bụng. Mổ cấp cứu đêm [[D:2/12]]: thủng ruột non 2 lỗ, rách mạc treo, khâu lỗ thủng. Ngày [[D:4/12]] sốt 39,5 độ, bạch cầu 21 G/L, PCT 18 ng/mL. Cấy máu ngày [[D:4/12]] (mã mẫu [[R:VS25-8841]]) mọc trực khuẩn Gram âm.
Ý kiến:
- BS [[N:Trần Quốc Việt]]: siêu âm không thấy ổ dịch, chưa có chỉ định mổ lại.
- BS [[N:Lường Văn Bun]]: cần loại trừ Whitmore, đề nghị đổi sang meropenem 1 g × 3 lần/ngày.
- ThS [[N:Quàng Thị Hoa]]: chỉnh liều theo độ thanh thải creatinin 45 mL/phút.
- Gia đình (qua ông [[N:Thào A Dua]] dịch): vợ bệnh nhân là chị [[N:Vừ Thị Dế]] đồng ý tiếp tục điều trị, xin không chuyển Hà Nội vì không có người đi cùng.
Kết luận (BSCKII [[N:Lò Văn Thiêm]]): tiếp tục điều trị tại khoa; dùng meropenem; theo dõi sát, hội chẩn lại ngày [[D:09/12]] hoặc khi có kết quả định danh.
Biên bản kết thúc lúc 15 giờ 10 cùng ngày.
Thư ký                                                    Chủ trì
[[N:Tòng Thị Hằng]]                                       [[N:Lò Văn Thiêm]]`,
  ],
  // 30
  [
    'email',
    `From: Claims Asia Pacific <[[E:claims.apac@globalcare-assist.com]]>
To: [[E:kcb.baohiem@bvdktwqn.vn]]
Cc: [[N:Nguyễn Thị Diệu Linh]] <[[E:dieulinh.nguyen@globalcare-assist.com]]>
Date: [[D:12 Aug 2025]] 09:41
Subject: RE: GOP request – [[N:HENDERSON, Mark Anthony]] – Claim [[R:GCA-25-VN-06128]]

Dear Dr. [[N:Vo]],

Thank you for the medical report dated [[D:10 August 2025]]. We confirm the Guarantee of Payment for Mr. [[N:Mark Anthony Henderson]] (DOB [[D:03/06/1962]], passport [[PP:PA7731904]], policy [[R:GCA-TRV-0093317]]) up to USD 15,000 for inpatient treatment of acute pancreatitis.
Please note that admission related to alcohol use may be subject to review. Kindly send the blood alcohol level and the discharge summary when available.
Our local coordinator, Ms. [[N:Diệu Linh]], will visit the patient on [[D:13 Aug]]. His daughter, Ms. [[N:Chloe Henderson]] ([[P:+61 412 558 019]]), will arrive on [[D:14 August]].

Best regards,
[[N:Rachel Tan]]
Case Manager | GlobalCare Assist Singapore | [[P:+65 6818 4470]]

-----Original Message-----
From: Phòng Kế hoạch – Bảo hiểm <[[E:kcb.baohiem@bvdktwqn.vn]]>
Sent: [[D:10/08/2025]] 17:22
Subject: GOP request – [[N:HENDERSON, Mark Anthony]]

Kính gửi / Dear GlobalCare,
Bệnh viện Đa khoa Trung ương Quảng Nam xin gửi báo cáo y khoa của bệnh nhân [[N:Mark Anthony Henderson]], 63 tuổi, quốc tịch Úc, vào viện lúc 02:10 ngày [[D:9/8/2025]] với chẩn đoán viêm tụy cấp (K85.2). Mã bệnh án: [[R:25.11.04837]].
Bệnh nhân đang điều trị tại khoa Hồi sức tích cực, lưu trú tại khách sạn ở [[A:phường Cẩm An, TP Hội An]] trước khi nhập viện. Chi phí dự kiến: 210.000.000 VNĐ.
Người liên hệ: BS [[N:Võ Thành Nhân]], khoa Hồi sức, ĐT [[P:0905 381 226]].
Trân trọng,
[[N:Trần Thị Mỹ Lệ]] – Chuyên viên Phòng KHTH-BH`,
  ],
];
