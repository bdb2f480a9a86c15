// Held-out set 14, documents 14–27 (see index.ts for the conventions): news-style reports
// 14–20 (provincial papers, a TV script, an unaccented missing-person share, a hospital fan
// page, an English item, a reader's letter) and chat-style clinical conversations 21–27
// (Zalo ward groups, an unaccented night-duty chat, a family group, a WhatsApp thread, a
// voice-to-text hand-over, a typed hand-over, a pharmacy group). Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news',
    `BÁO SƠN LA – Xã hội
Bác sĩ người Thái 20 năm "cắm bản" đỡ đẻ cho sản phụ vùng cao
Chiều [[D:3/3]], tại Trạm Y tế [[A:xã Chiềng Ơn, huyện Quỳnh Nhai]], y sĩ [[N:Lò Văn Xôm]] vừa đỡ đẻ thành công cho chị [[N:Cầm Thị Panh]] (22 tuổi, [[A:bản Phiêng Bủng, xã Chiềng Ơn]]). Đây là ca sinh thứ 1.046 mà anh [[N:Xôm]] trực tiếp đỡ kể từ khi về trạm năm 2006.
Chồng chị [[N:Panh]] là anh [[N:Quàng Văn Ơn]] kể, 2 giờ sáng vợ chuyển dạ, nhà cách trạm 9 km đường đất. Anh gọi cho y sĩ [[N:Xôm]] qua số [[P:0975 236 118]]… "gọi mãi không được vì mất sóng, tôi phải chạy xe sang nhà ông [[N:Lò Văn Pọm]] nhờ gọi hộ".
Trưởng trạm là chị [[N:Tòng Thị Hiên]] cho biết trạm chỉ có 5 nhân viên, phục vụ 6.800 dân ở 14 bản, phần lớn là đồng bào Thái, Kháng và Mông. Trong [[D:tháng 2]], trạm chuyển 3 sản phụ tiền sản giật lên Bệnh viện Đa khoa tỉnh Sơn La, trong đó có chị [[N:Lừ Thị Lả]] phải mổ cấp cứu ngày [[D:19-2]].
Ông [[N:Hoàng Văn Chất]], Giám đốc Trung tâm Y tế [[A:huyện Quỳnh Nhai]], cho biết y sĩ [[N:Xôm]] vừa được đề nghị tặng Bằng khen của Bộ Y tế.
Bài, ảnh: [[N:Quàng Thị Mai]]`,
  ],
  // 15
  [
    'tv',
    `KỊCH BẢN PHÓNG SỰ – ĐÀI PT-TH GIA LAI – "Hành trình giữ lại đôi chân"
Thực hiện: [[N:Rơ Châm Hlin]] – [[N:Phạm Quang Thiện]] – Phát sóng [[D:7 - 8/9]]
DẪN: Bị xe công nông cán qua chân trái, em [[N:Ksor Đam]] (14 tuổi, người Jrai, [[A:plei Kte, xã Ia Ka, huyện Chư Păh]]) đứng trước nguy cơ phải cắt cụt.
HÌNH: em [[N:Đam]] tập đi bằng nạng ở sân bệnh viện.
LỜI BÌNH: Tai nạn xảy ra chiều [[D:22/7]] khi em phụ cha là ông [[N:Rơ Mah Thuyết]] chở mì. Ông [[N:Thuyết]] và vợ là bà [[N:Siu H'Lem]] đưa con xuống Bệnh viện Đa khoa tỉnh Gia Lai trong đêm.
PHỎNG VẤN: BSCKII [[N:Trần Đăng Khoa]], Trưởng khoa Chấn thương chỉnh hình: "Chúng tôi đã mổ 4 lần, lần cuối ngày [[D:19/8]] ghép da vạt cơ. Đến nay chân em đã giữ được."
PHỎNG VẤN: Thầy [[N:Nay Blươch]], giáo viên chủ nhiệm: "Cả lớp góp được 3 triệu đồng, các em viết thư mong [[N:Đam]] sớm về học."
LỜI BÌNH: Chi phí điều trị lên đến 160 triệu đồng. Nhờ thẻ BHYT hộ nghèo số [[BH:HN 4 64 6423 148 901]], gia đình chỉ phải trả hơn 12 triệu. Chủ xe công nông, ông [[N:Đinh Văn Krót]] ở [[A:làng Ia Nueng, xã Ia Ka]], cũng đã hỗ trợ 20 triệu.
KẾT: [[N:Ksor Đam]] dự kiến ra viện sau ngày [[D:15-9]]. Bà [[N:Siu H'Lem]] nói chỉ mong con kịp đi học lại vào [[D:tháng 10]].`,
  ],
  // 16
  [
    'share',
    `TIM NGUOI THAN – AI THAY XIN BAO GIUP 🙏🙏
Ba toi la ong [[N:nguyen van thoi]], [[AGE:90]] tuoi, bi lan (alzheimer), di lac khoi nha luc 5h sang [[D:20/11]] tai [[A:hem 62 duong so 9, phuong linh tay, tp thu duc]]
Ong mac ao so mi ca ro xanh, quan tay den, di dep to ong, noi giong Quang Ngai, hay xung la "[[N:Tu Thoi]]". Tren co deo vong co ghi sdt con gai [[P:0938 45 17 29]]
Ai gap xin goi: con gai ong la [[N:nguyen thi hong]] [[P:0938451729]] hoac anh re [[N:Phuc]] [[P:0902.664.180]]
Cap nhat 19h [[D:21/11]]: co nguoi bao thay ong o ben xe Mien Dong moi, gan cho ba [[N:Tam Beo]] ban nuoc
CAP NHAT [[D:22/11]]: DA TIM THAY BA ROI!!! Ong dang o Benh vien Thu Duc, khoa cap cuu, bi te xay xat nhe. Cam on anh [[N:Vo Minh Tri]] chay grab da chu dong dua ong vao vien, cam on BS [[N:Loan]] va dieu duong [[N:khang]] da cham soc. Cam on ca nha da chia se 💕
[[N:Hong Nguyen]]: Cam on moi nguoi nhieu lam, ai co hinh ong thi gui qua [[U:facebook.com/hong.nguyen.3172]] giup e
[[N:Trí Võ]]: Ong hien lam, ngoi ke ben xe hoi ten ong ong noi "[[N:Tu]]" thoi, hoi nha ong chi tay ve phia cho Thu Duc ak
[[N:Bích Ngọc Phạm]]: Ong ngoai e cung vay, di lac 2 lan, nha e lam the deo co ghi ten [[N:Pham Van Lam]] voi dia chi [[A:to 4, khu pho 2, phuong Tang Nhon Phu A]] moi yen tam
[[N:Hong Nguyen]]: Dung r chi, nha e cung se lam. Nhan tien xin cam on co [[N:Ut Nho]] ban che o dau hem da cho ong mieng nuoc hom [[D:20/11]] 🥹
[[N:Tuấn Kiệt Official]]: Bac si [[N:Loan]] la bs [[N:Ngo Thi Bich Loan]] khoa cap cuu phai ko, bs day hoi [[D:thang 8]] cuu ba e luon`,
  ],
  // 17
  [
    'fanpage',
    `Bệnh viện Đa khoa tỉnh Hà Tĩnh
[[D:16 tháng 8]] ·
CẢM ƠN ĐỒNG NGHIỆP NƯỚC BẠN LÀO 🇻🇳🇱🇦
Ngày [[D:9/8]], bệnh viện tiếp nhận anh [[N:Khamphou Phommachanh]] ([[N:ຄຳພູ ພົມມະຈັນ]]), 38 tuổi, tài xế xe tải quốc tịch Lào, hộ chiếu [[PP:P2031478]], bị tai nạn trên quốc lộ 8A đoạn qua [[A:xã Sơn Kim 1, huyện Hương Sơn]]. Anh bị chấn thương ngực, tràn máu màng phổi.
Ê-kíp Ngoại lồng ngực gồm BS [[N:Trần Đình Hùng]], BS [[N:Lê Thị Hoài]] đã dẫn lưu và mổ nội soi lồng ngực chiều cùng ngày. Phiên dịch tiếng Lào là em [[N:Souksavanh]], sinh viên Trường Đại học Hà Tĩnh.
Vợ anh, chị [[N:Vilayvanh]] ([[N:ວິໄລວັນ]]), cùng bác sĩ [[N:Bounmy Sengsouly]] của Bệnh viện tỉnh Bolikhamxay sang thăm ngày [[D:13/8]]. Anh được chuyển về Lào qua cửa khẩu Cầu Treo sáng [[D:16/8]].
#BVĐKHàTĩnh #HữuNghịViệtLào
💬 Bình luận
[[N:Soukanya Phan]]: ຂອບໃຈຫຼາຍໆ cảm ơn các bác sĩ Việt Nam 🙏
[[N:Đình Hùng Trần]]: Chúc anh [[N:Khamphou]] lên đường bình an
[[N:Thu Hoài]]: ❤️
[[N:Nguyễn Hải Đăng]]: Hôm đó em ở hiện trường, xe lật cả sang vệ đường luôn`,
  ],
  // 18
  [
    'news-en',
    `BẮC NINH – A Chinese engineer whose hand was crushed in a press at an electronics plant in [[A:Quế Võ Industrial Park]] had four fingers replanted at Việt Đức Hospital, doctors said on [[D:November 4]].
[[N:Zhang Wei]] ([[N:张伟]]), 33, from Guangdong, was injured at about 10pm on [[D:Oct 30]]. Colleagues [[N:Liu Fang]] and [[N:Nguyễn Văn Đông]] packed the severed fingers in ice and a company driver took him to Hà Nội.
Dr. [[N:Vũ Trung Trực]] of the hospital's hand surgery department led a seven-hour operation. "The fingers were out of the body for five hours. We reconnected arteries less than one millimetre wide," [[N:Trực]] said.
[[N:Zhang]], who lives in [[A:Room 1207, Tower B, Vinhomes Bắc Ninh, Võ Cường Ward, Bắc Ninh City]], told reporters through interpreter [[N:Hoàng Mỹ Linh]] that he planned to return to work after Lunar New Year. His company's HR manager, [[N:Chen Jiahui]] ([[N:陈佳慧]]), said the plant would pay all costs under insurance claim [[R:PICC-BN-2025-08814]].
His mother, [[N:Wang Xiulan]], arrived from Shenzhen on [[D:November 1]], passport [[PP:EJ4468021]].
The provincial labour department said 17 workplace accidents were reported in the park so far this year. – [[N:Phương Thảo]]`,
  ],
  // 19
  [
    'news',
    `BÁO NHÂN DÂN – Thư bạn đọc
Lời cảm ơn gửi các y bác sĩ Bệnh viện Đa khoa tỉnh Cao Bằng
Tôi là [[N:Nông Văn Quý]], ở [[A:xóm Nà Lũng, xã Quang Trung, huyện Hòa An]]. Ngày [[D:20/4]], mẹ tôi là bà [[N:Hoàng Thị Nhình]], người Tày, 87 tuổi, bị xuất huyết tiêu hóa, nôn ra máu, được con cháu đưa vào Bệnh viện Đa khoa tỉnh Cao Bằng lúc nửa đêm.
Bác sĩ trực [[N:Lục Văn Sáng]] cùng điều dưỡng [[N:Đàm Thị Lan]] và [[N:Hà Thị Xuân]] đã truyền máu, gọi bác sĩ nội soi [[N:Triệu Văn Chấn]] (người Dao) vào cầm máu ổ loét dạ dày lúc 1h sáng. Suốt 9 ngày nằm viện, mẹ tôi được các cô điều dưỡng tận tình lau người, bón cháo.
Cùng phòng là cụ [[N:Nông Thị Sim]] người Nùng ở [[A:xóm Khuổi Khon, xã Trường Hà, huyện Hà Quảng]], cụ không có con cháu đi cùng; bác sĩ [[N:Sáng]] và cô [[N:Lan]] còn góp tiền mua sữa cho cụ.
Mẹ tôi ra viện ngày [[D:29/4]], hiện đã khỏe, ăn được cơm. Gia đình tôi xin cảm ơn Giám đốc bệnh viện, BS [[N:Bế Thanh Tùng]], cùng khoa Nội tiêu hóa.
Các con bà: [[N:Nông Văn Quý]], [[N:Nông Thị Hằng]], [[N:Nông Văn Tuân]]`,
  ],
  // 20
  [
    'news',
    `BÁO NINH THUẬN – Y tế cơ sở
Cứu sống sản phụ người Chăm băng huyết sau sinh tại nhà
Khoảng 23h [[D:12/8]], chị [[N:Đàng Thị Hồng Nhung]] (27 tuổi, người Chăm, ngụ [[A:thôn Phước Lập, xã Phước Thuận, huyện Ninh Phước]]) sinh con tại nhà với sự giúp đỡ của bà mụ [[N:Quảng Thị Ngọ]] thì bị băng huyết.
Chồng chị là anh [[N:Thập Văn Tài]] gọi cấp cứu 115. Kíp trực của Trung tâm Y tế [[A:huyện Ninh Phước]] gồm BS [[N:Nguyễn Thị Thanh Vân]] và nữ hộ sinh [[N:Thiên Thị Sen]] tới nơi sau 15 phút, cho sản phụ truyền dịch, dùng oxytocin rồi chuyển lên Bệnh viện Đa khoa tỉnh Ninh Thuận.
Đến chiều [[D:14/8]], sản phụ tỉnh táo, bé gái nặng 3,1 kg khỏe mạnh.
Tin: [[N:Thành Công]]`,
  ],
  // 21
  [
    'chat',
    `Zalo – Nhóm "HSTC BV ĐK Thái Bình – giao ban"
BS [[N:Hùng]] HSTC: Cả nhà ơi, giường 5 bn [[N:Vũ Thị Lựu]] 72t, mã BN [[R:26.014572]], tối qua tụt HA 80/50, đã nâng nor lên 0,3. Sáng nay lactat 4,2
[[N:Phạm Thu Hà]] (ĐD trưởng): Dạ em đã báo người nhà là con trai bà, anh [[N:Ninh]] sđt [[P:0986 331 204]]
[[N:Hùng]] HSTC: Ok. Giường 7 ông [[N:Đặng Văn Khuê]] cai máy thở đc rồi, chiều chuyển Nội hô hấp
[[N:Tú Anh]] NHH: Bên em còn giường 12 anh ơi. Chuyển lúc 14h nhé, em báo bs [[N:Quyết]]
[[N:Nguyễn Hải Yến]]: Bn [[N:Khuê]] này có thẻ BHYT [[BH:HT3343421587902]] hết hạn [[D:31/12]] nha mọi người, người nhà hứa mang thẻ mới sang
BS [[N:Hùng]] HSTC: 👍 Còn giường 3 cháu [[N:Đỗ Minh Quân]] ngộ độc paracetamol, NAC đến hết ngày [[D:8/10]]. Mẹ cháu là chị [[N:Loan]] xin chuyển Nhi TW, anh chưa đồng ý
[[N:Lê Văn Toàn]]: Em là bs nội trú mới, từ [[D:9/10]] em trực cùng anh [[N:Hùng]] ạ
[[N:Phạm Thu Hà]] (ĐD trưởng): Chào [[N:Toàn]] 👋 Lịch trực tuần này: T2 [[N:Hùng]]/[[N:Toàn]], T4 [[N:Quyết]]/[[N:Yến]], T6 [[N:Tú Anh]]`,
  ],
  // 22
  [
    'chat',
    `nhom zalo: truc dem noi 2 😴
[[N:lan]]: c [[N:hoa]] oi bn g14 [[N:tran van nam]] sot 39 do luc 1h, da cho para 1g truyen, cay mau 2 chai roi
[[N:hoa]] dd: ok e, bao bs [[N:thang]] chua
[[N:lan]]: bao roi, a [[N:thang]] noi theo doi, 3h do lai
[[N:thang]] bs: sang mai xn pct + xq phoi cho a [[N:nam]] nha, ghi ben y lenh roi
[[N:tuan anh]]: g9 ba [[N:phuong]] ho nhieu, spo2 91, cho tho o2 kinh 3l
[[N:thang]] bs: ba [[N:phuong]] nao, [[N:le thi phuong]] hay [[N:pham thi phuong]]. phong do co 2 ba [[N:phuong]] 
[[N:tuan anh]]: ba [[N:le thi phuong]] 81t, ma [[R:BN2511-4437]] a
[[N:thang]] bs: ok cho khi dung ventolin 1 ong, 30p sau bao lai
[[N:hoa]] dd: 4h30 nguoi nha g14 la a [[N:khoa]] (con trai) xin ve nha lay do, hen 7h quay lai. da cho ki giay
[[N:lan]]: ok c. ngay mai [[D:15/1]] la het truc roi, [[D:16/1]] e nghi phep di dam cuoi [[N:my]] o [[A:xa thu sy, huyen tien lu]] 😂
[[N:tuan anh]]: ghen ti qa, t truc tiep [[D:16, 17/1]] 🥲`,
  ],
  // 23
  [
    'chat-family',
    `Messenger – Nhóm "Đại gia đình ông bà Nội 🏡"
[[N:Mai Trần]] (chị [[N:Hai]]): Cả nhà ơi, bà Nội vừa mổ xong lúc 11h, bác sĩ [[N:Khôi]] nói ca mổ ổn, bà đang ở phòng hồi tỉnh
[[N:Bảo Trần]]: Ơn trời 🙏 Bà ở phòng nào chị, chiều em với [[N:Ngân]] lên
[[N:Mai Trần]] (chị [[N:Hai]]): Khoa Ngoại tiêu hóa, lầu 4 Bệnh viện Đại học Y Dược, giường 17. Em nhớ mang giấy CCCD của bà, số [[ID:079156 004 281]], phòng tài chính đòi photo
[[N:Út Tâm]]: Chị ơi BHYT của bà là [[BH:HT 2 79 79 214 76 530]] đúng không, em đang điền form bảo hiểm PVI
[[N:Mai Trần]] (chị [[N:Hai]]): Đúng rồi. Mã hồ sơ bệnh án là [[R:26-0031874]]
[[N:Bảo Trần]]: Anh đặt xe [[VP:51K-238.91]] rước mọi người ở [[A:số 18 Nguyễn Thị Minh Khai, phường Đa Kao, quận 1]] lúc 16h nha
Ông Nội: Bà tỉnh chưa con. Ba nói chuyện được ko
[[N:Út Tâm]]: Ba ơi bà còn mê ba ơi, tối con gọi video cho ba nói chuyện nha
[[N:Thảo Vy]] 🌸: Con là [[N:Vy]] nè, tuần sau thứ bảy [[D:14/3]] con bay từ Đà Nẵng vô thăm nội
[[N:Mai Trần]] (chị [[N:Hai]]): Bác sĩ hẹn cắt chỉ [[D:20/3]], tái khám [[D:3/4]]. Cô [[N:Sáu]] ở [[A:ấp 3, xã Tân Thạnh Đông, huyện Củ Chi]] nói mai lên nấu cháo cho bà`,
  ],
  // 24
  [
    'chat-en',
    `WhatsApp – "Case VN-BKK / Mr. [[N:S.]]"
[[N:Nattaya]] (AXA Assist Bangkok): Good morning Dr. [[N:Linh]]. Following up on our member [[N:Somchai Rattanakul]] ([[N:สมชาย รัตนกุล]]), DOB [[D:14 Jun 1961]], passport [[PP:AA7719352]], policy [[R:TH-HL-0093381527]]. Could you share today's update?
Dr. [[N:Linh]] – FV ICU: Hi [[N:Nattaya]]. Mr. [[N:Somchai]] is stable, extubated on [[D:Apr 2]]. Still on low-dose noradrenaline until this morning, now off. Creatinine 1.4.
[[N:Nattaya]] (AXA Assist Bangkok): Great news. His wife [[N:Malee]] asks when he can fly. Her number is [[P:+66 81 442 9075]].
Dr. [[N:Linh]] – FV ICU: Earliest fit-to-fly would be around [[D:April 8-10]] with a medical escort. Our case manager [[N:Ngô Thanh Tâm]] will send the medical report, ref. [[R:FV-MR-2604-1183]].
[[N:Tâm]] FV Case Mgmt: Hi all, sent to [[E:case.bkk@axa-assist.co.th]] just now. GOP no. [[R:GOP/26/04471]] received, thank you.
[[N:Nattaya]] (AXA Assist Bangkok): Thank you [[N:Tâm]]. Our escort nurse [[N:Pornthip Saelim]] will arrive [[D:April 7]].
Dr. [[N:Linh]] – FV ICU: 👍 Patient address for the report: [[A:Apt 12B, Saigon Pearl, Nguyễn Hữu Cảnh, Ward 22, Bình Thạnh District]], HCMC – correct?
[[N:Malee Rattanakul]]: Yes correct. Thank you doctor 🙏
[[N:Nattaya]] (AXA Assist Bangkok): [[N:Pornthip]] landed, she will visit at 3pm. Flight TG 551 booked for [[D:9 April]], stretcher not needed per Dr. [[N:Linh]]'s note. Please also send the discharge summary and the invoice (final bill no. [[R:FV-INV-26-0041187]]).
Dr. [[N:Linh]] – FV ICU: Will do. FYI he is moved to ward 5B today under Dr. [[N:Olivier Marchand]] (cardiology). Echo [[D:6/4]] showed EF 45%, improved from 30% on admission [[D:29/3]].
[[N:Pornthip Saelim]]: Hello, I'm at reception now, they ask for the patient's hospital number?
[[N:Tâm]] FV Case Mgmt: Hi [[N:Pornthip]], it's [[R:FV0388215]]. Level 5, ask for nurse [[N:Hạnh]].
[[N:Malee Rattanakul]]: Our son [[N:Krit]] will meet us at Suvarnabhumi. Dr. [[N:Linh]], his birthday is [[D:April 11]], he is so happy papa comes home 😊
Dr. [[N:Linh]] – FV ICU: Wonderful. Safe flight Mr. [[N:Somchai]] 🙏 Follow-up at Bumrungrad with Dr. [[N:Wichai]] in 2 weeks.`,
  ],
  // 25
  [
    'voice',
    `[Ghi âm → văn bản, bàn giao ca khoa Chấn thương, tự động chuyển bởi ứng dụng]
ờ bàn giao ca sáng ngày [[D:mười hai tháng năm]] nha em [[N:hằng]] ơi giường một là bệnh nhân [[N:nguyễn văn lực]] năm mươi hai tuổi gãy kín xương đùi phải mổ đóng đinh hôm [[D:mùng mười]] rồi hiện ổn đau ít còn dẫn lưu ra khoảng hai chục ml
giường hai là cháu [[N:bi]] à [[N:hoàng gia bảo]] mười bốn tuổi ngã xe đạp gãy hai xương cẳng tay bó bột mẹ cháu là chị [[N:thu]] số điện thoại [[P:không chín bảy ba bốn năm hai một tám sáu]] chị ấy dặn bác sĩ [[N:phong]] ký giấy ra viện thì gọi
giường bốn ông [[N:tư]] à ông [[N:lê văn tư]] người [[A:xã cẩm vân huyện cẩm thủy]] bị trâu húc vào bụng ấy chiều qua bác sĩ [[N:đức]] cho chụp CT rồi ổn không vỡ tạng theo dõi tiếp
ờ còn anh lái xe biển số [[VP:ba sáu A một hai ba bốn năm]] bên công an [[A:huyện cẩm thủy]] có anh [[N:khánh]] gọi hỏi giấy chứng nhận thương tích em bảo anh ấy mai lên phòng kế hoạch tổng hợp
thế thôi nha em kí vào sổ giúp chị chị là [[N:nga]] về đây`,
  ],
  // 26
  [
    'handover',
    `BÀN GIAO CA – NỘI TIM MẠCH – [[D:23/6]] (đêm → sáng) – ĐD [[N:Thương]] giao, ĐD [[N:Quyên]] nhận
P301-G1 [[N:Tạ Văn Đông]] 79t NMCT thành dưới, đặt stent [[D:21/6]]. HA 110/70 M 72. Clopi 75 + aspirin 81 sáng. Con gái [[N:Tạ Thị Nguyệt]] trực đêm.
P301-G2 bà [[N:Bùi Thị Mận]] suy tim EF 30%, lợi tiểu furo 40mg x2. Cân sáng 58,2 kg (hôm qua 59). BS [[N:Khải]] hẹn siêu âm tim lại [[D:25/6]].
P302-G1 ô [[N:Khổng Minh]] (tên thật [[N:Khổng Văn Minh]]) rung nhĩ, INR 3,8 → ngừng Sintrom 1 ngày theo y lệnh BS [[N:Vân]]. Nhà ở [[A:thôn Đại Đồng, xã Đại Thịnh, huyện Mê Linh]], con trai [[N:Tuấn]] [[P:097.331.8806]].
P302-G3 [[N:Ngô Thị Tuyết]] 66t, mã [[R:24093317]], THA cấp cứu, nhập 2h sáng. Nifedipin 10 ngậm? KHÔNG – đã dùng nicardipin BTĐ theo BS trực [[N:Phan Đình Quân]].
P303 trống 1 giường (G2 ra viện chiều [[D:22/6]] – ông [[N:Hải]] 🙂).
Chú ý: ĐD [[N:Mai Anh]] nghỉ ốm [[D:24 - 26/6]], chị [[N:Quyên]] xếp người thay. Người nhà G1 P301 hỏi phiếu thanh toán số [[R:HĐ-0018824]].`,
  ],
  // 27
  [
    'chat',
    `Zalo – "Khoa Dược – cấp phát nội trú"
DS [[N:Phương]]: Khoa Ngoại lấy thiếu 2 lọ Meropenem 1g cho bn [[N:Nguyễn Thị Cúc]], đơn số [[R:ĐT-260318-0552]]. Bên mình hết, đã mượn BV Xanh Pôn
[[N:Quang Huy]] (Ngoại TH): Dạ bn [[N:Cúc]] sáng nay sốt lại, BS [[N:Hoàng]] đổi sang Tienam rồi ạ, chị hủy đơn giúp em
DS [[N:Phương]]: Ok. Còn morphin 10mg bn [[N:Vương Đình Lâm]] giường 22 ung bướu, phiếu lĩnh thuốc gây nghiện số [[R:GN-0417]], BS ký là BS [[N:Trịnh Thu Hằng]] mà chữ ký chưa đúng mẫu
[[N:Hằng Trịnh]]: Em ký lại rồi chị, người nhà anh [[N:Lâm]] là chị [[N:Hiền]] đang xuống lấy
[[N:Mạnh]] Kho Dược: Lô Augmentin 625mg số lô 5K019 hết hạn [[D:tháng 9]] nha các khoa, trả lại trước [[D:30/8]]
DS [[N:Phương]]: Nhắc các khoa: kháng sinh hạn chế (colistin, linezolid, vancomycin) phải có phiếu duyệt của DS lâm sàng [[N:Đinh Thị Hà]] hoặc DS [[N:Lâm]]. Không phải anh [[N:Lâm]] bệnh nhân đâu nha 😅
[[N:Quang Huy]] (Ngoại TH): 😂 rõ ạ. Bn [[N:Lưu Văn Tám]] giường 8 dị ứng Ceftriaxone, em đã ghi phiếu ADR số [[R:ADR-26/031]] ngày [[D:18/3]]`,
  ],
];
