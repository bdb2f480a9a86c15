// Held-out set 32, documents 14–26 (see index.ts for the conventions): news-style reports about
// patients — a national paper, a charity follow-up with a donor list, hospital fan pages with
// comments, an unaccented missing-person share, a court item, provincial papers, a radio
// bulletin, an English-language paper, a charity appeal on Facebook, a health-department press
// release, a TV news script, a hospital press release. Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news',
    `VNEXPRESS › Sức khỏe › Các bệnh
Năm người trong gia đình ngộ độc rượu sau tiệc mừng thọ
Hà Nam – [[N:Tuấn]], 32 tuổi, cùng bố và ba người họ hàng nhập viện trong tình trạng nhìn mờ, thở nhanh, sau tiệc mừng thọ [[AGE:90]] tuổi của bà nội.
Sáng [[D:18/2]], ThS.BS [[N:Lê Quang Thuận]], Trung tâm Chống độc Bệnh viện Bạch Mai, cho biết cả năm bệnh nhân đều ngộ độc methanol, trong đó hai người nặng.
Tiệc diễn ra tối [[D:16/2]], tức [[D:mùng 7 Tết]], tại nhà ông [[N:Trịnh Văn Hợi]] (58 tuổi, [[A:thôn Thượng, xã Liêm Cần, huyện Thanh Liêm]]), bố [[N:Tuấn]]. Rượu do một người quen mang từ chợ về, đựng trong can nhựa 20 lít, không nhãn mác. Cụ bà [[N:Nguyễn Thị Tẻo]], người được mừng thọ, không uống rượu nên không bị ảnh hưởng.
[[N:Tuấn]] kể, khoảng 30 tiếng sau bữa tiệc, anh thấy mọi thứ trước mắt "như có sương mù", bố anh thì lơ mơ, thở dốc. Cả nhà được Trung tâm Y tế [[A:huyện Thanh Liêm]] chuyển thẳng lên Hà Nội.
Ông [[N:Hợi]] nặng nhất, methanol máu lúc vào viện 52 mg/dL, pH 6,92, được lọc máu cấp cứu và dùng fomepizol. Em họ [[N:Tuấn]] là anh [[N:Trịnh Văn Khải]] (29 tuổi) phải thở máy 3 ngày. [[N:Khải]] hiện đã tỉnh nhưng thị lực mắt trái chỉ còn 1/10.
Bác sĩ [[N:Thuận]] cho biết từ đầu năm, trung tâm đã tiếp nhận 14 ca ngộ độc methanol, phần lớn sau các cuộc nhậu dịp Tết. Người dân không nên mua rượu trôi nổi; khi thấy nhìn mờ, đau đầu, khó thở sau uống rượu cần đến viện ngay, không chờ "giã rượu" ở nhà.
[[N:Lê Nga]]`,
  ],
  // 15
  [
    'appeal',
    `BÁO ĐỒNG NAI – Vòng tay nhân ái
Bạn đọc chung tay giúp em [[N:Điểu Thị Ngọc Mai]] (MS [[R:07/2025]])
Sau bài viết "Cô bé người Stiêng 12 năm sống nhờ máu" đăng ngày [[D:28/6]], Báo Đồng Nai đã nhận được nhiều sự sẻ chia của bạn đọc dành cho em [[N:Mai]] (12 tuổi, [[A:ấp 4, xã Phú Lý, huyện Vĩnh Cửu]]).
Danh sách bạn đọc ủng hộ từ [[D:1 đến 15/7]]:
– Cô [[N:Nguyễn Thị Bích Thủy]] ([[A:phường Tân Phong, TP Biên Hòa]]): 2.000.000 đồng
– Anh chị [[N:Lộc]] – [[N:Hạnh]] (Long Thành): 1.000.000 đồng
– Gia đình bé [[N:Su]] và bé [[N:Bơ]]: 300.000 đồng
– Nhóm thiện nguyện Hạt Cát Biên Hòa: 5.000.000 đồng
– Học sinh lớp 11A3 Trường THPT Ngô Quyền: 1.250.000 đồng
– Ông [[N:Trần Minh Phụng]] (Việt kiều Mỹ, quê [[A:xã Hiệp Phước, huyện Nhơn Trạch]]): 100 USD
– Bạn đọc giấu tên, chuyển khoản ngày [[D:9/7]], mã giao dịch [[R:FT25190837204]]: 500.000 đồng
– Phòng khám Nha khoa Kim Ngân: 1.000.000 đồng
– Chị [[N:Út Mén]] (bán vé số ở chợ Tân Hiệp): 200.000 đồng
Tổng cộng: 11.250.000 đồng và 100 USD.
Sáng [[D:18/7]], phóng viên Báo Đồng Nai cùng đại diện UBND [[A:xã Phú Lý]] đã trao toàn bộ số tiền cho mẹ em là chị [[N:Điểu Thị Hơn]]. Chị [[N:Hơn]] cho biết số tiền sẽ dùng cho đợt truyền máu và thải sắt tiếp theo tại Bệnh viện Truyền máu Huyết học, dự kiến từ [[D:22 - 26/7]]. Ferritin của em hiện 2.850 ng/mL, Hb trước truyền 6,1 g/dL.
Bạn đọc tiếp tục giúp đỡ xin ghi rõ "MS [[R:07/2025]]" khi chuyển khoản về báo, hoặc liên hệ trực tiếp anh [[N:Điểu Văn Rinh]], cha em [[N:Mai]], số điện thoại [[P:0374 519 206]].`,
  ],
  // 16
  [
    'fanpage',
    `Bệnh viện Đa khoa Trung ương Cần Thơ
[[D:27 tháng 6]] lúc 16:02 · 🌏
🎉 CHÚC MỪNG "CHIẾN BINH" 800 GRAM ĐƯỢC VỀ NHÀ SAU 68 NGÀY
Bé [[N:Lâm Ngọc Bảo Trân]] (tên ở nhà là [[N:Sóc]]) chào đời ngày [[D:20/4]] khi mới 26 tuần tuổi thai, nặng 800 gram. Bé là con của chị [[N:Kim Thị Sa Phi]] và anh [[N:Lâm Hoàng Dũng]], ngụ [[A:ấp Phú Thứ, xã Phú Tân, huyện Châu Thành]], Sóc Trăng.
Trong 68 ngày, bé phải thở máy 11 ngày, bơm surfactant 2 liều, điều trị còn ống động mạch, nhiễm khuẩn huyết và được tầm soát bệnh võng mạc ở trẻ sinh non (ROP). Hôm nay bé đã đạt 2.050 gram, tự bú mẹ hoàn toàn.
Cảm ơn ba mẹ bé đã luôn tin tưởng ê-kíp Khoa Sơ sinh do BS.CKII [[N:Huỳnh Thị Kim Xuyến]] phụ trách. Hẹn gặp lại [[N:Sóc]] ở buổi tái khám ngày [[D:11/7]] nha!
#SơSinh #SinhNon #CầnThơ
[[N:Tú Anh Kim]]
chuc mung chi [[N:Sa Phi]] nha, be [[N:Soc]] de thuong qua troi
[[N:Út Nhỏ Sóc Trăng]]
Hồi đó con tui cũng nằm khoa này 2 tháng, cảm ơn bác sĩ [[N:Xuyến]] với mấy cô điều dưỡng nhiều lắm
[[N:Dung Nguyen]]
cho e hoi sdt khoa so sinh de hoi tham benh dc k ad, chau e dang nam o day
↳ Bệnh viện Đa khoa Trung ương Cần Thơ
Dạ chào bạn [[N:Dung]], người nhà vui lòng liên hệ đường dây nóng của bệnh viện 0971 038 115 hoặc đến quầy thông tin tầng trệt khu A ạ.
[[N:Ba Sóc]]
Cảm ơn cả nhà, cảm ơn BS [[N:Xuyến]], cô [[N:Thắm]], cô [[N:Ngọc Hân]] khoa Sơ sinh. Ơn này gia đình tui không quên 🙏
[[N:Thạch Sô Phi]]
Chúc mừng em gái [[N:Sa Phi]] nghen, Phật phù hộ hai mẹ con`,
  ],
  // 17
  [
    'share',
    `Nhóm: Hội Người Huế Thương Nhau
[[N:Ton Nu Minh Chau]] · [[D:12 tháng 11]] lúc 10:47
TIM NGUOI THAN - AI THAY XIN BAO GIUP 🙏🙏
Ong noi em la [[N:Ton That Hien]], nam nay [[AGE:91]] tuoi, bi lang tri nhe, di khoi nha tu khoang 6h sang nay thu 3 ([[D:12/11]]) den gio chua ve.
Dac diem: cao khoang 1m55, om, toc bac trang, mac ao so mi ca ro xanh, quan tay mau nau, di dep to ong, deo 1 cai tui vai cu. Ong noi giong Hue, hay nhac "ve nha o Vy Da" (nha cu) va hoi duong ra cho Dong Ba.
Nha em o [[A:kiet 35 Chi Lang, phuong Phu Hau]], tp Hue.
Ai thay ong xin lien he em [[N:Chau]] [[P:0905.66.12.48]] hoac anh [[N:Hieu]] (con trai ong) [[P:0983 227 041]]. Gia dinh xin hau ta. Cam on ca nha rat nhieu!!!
[[N:Phan Minh Tri]]
Khoang 8h em thay 1 ong gia giong vay di bo tren [[A:duong Le Loi]] gan cau Truong Tien, huong qua Dap Da
[[N:Mệ Tũn]]
Da share. Cau mong ong binh an
[[N:Hoang Anh Thu]]
E lam o BV Trung uong Hue, de e bao khoa Cap cuu de y giup chi nha
CAP NHAT 21h15: Gia dinh da tim thay ong [[N:Hien]] o gan cho Dong Ba nho chi ban nuoc ten [[N:Bich]] giu lai. Ong met, bi ha duong huyet nhe, dang duoc theo doi o khoa Cap cuu BV Trung uong Hue. Cam on [[N:Tri]], chi [[N:Anh Thu]] va ca nha da chia se 🙏`,
  ],
  // 18
  [
    'court',
    `BÁO HẢI PHÒNG – Pháp luật
Lĩnh 7 năm tù vì giả điều dưỡng bắt cóc trẻ sơ sinh
Ngày [[D:19/8]], TAND TP Hải Phòng mở phiên tòa hình sự sơ thẩm xét xử bị cáo [[N:Vũ Thị Thanh Nga]] (SN 1989, trú [[A:tổ dân phố số 3, phường Nam Sơn, quận Kiến An]]) về tội "Mua bán người dưới 16 tuổi".
Theo cáo trạng, trưa [[D:3/5]], [[N:Nga]] mặc áo blouse mua trên mạng, đeo khẩu trang vào khoa Sản Bệnh viện Phụ sản Hải Phòng, tự giới thiệu là điều dưỡng đưa trẻ đi tắm. Sản phụ [[N:Đ.T.H]] (22 tuổi, trú [[A:xã An Hưng, huyện An Dương]]) vừa sinh con trai hôm trước, tin lời nên giao con. Cháu bé nặng 3,1 kg, đeo vòng tay mã số [[R:SS-0502-117]].
[[N:Nga]] bế cháu bé ra cổng, lên taxi biển số [[VP:15A-613.29]] về phòng trọ ở [[A:phường Đông Hải 1, quận Hải An]]. Chỉ 6 giờ sau, Công an [[A:quận Lê Chân]] đã truy vết qua camera và giải cứu cháu bé an toàn.
Tài xế taxi là anh [[N:Bùi Văn Khánh]] khai không biết [[N:Nga]] bắt cóc trẻ. Tại tòa, [[N:Nga]] khai đã thỏa thuận bán cháu bé với giá 90 triệu đồng cho một người phụ nữ tên [[N:Lan]] ở Quảng Ninh; người này hiện chưa xác định được.
Bảo vệ quyền lợi cho bị hại là luật sư [[N:Trần Minh Hiếu]], Đoàn Luật sư TP Hải Phòng (thẻ luật sư số [[L:8427/TLS]]). Luật sư đề nghị xem xét trách nhiệm của bệnh viện trong việc quản lý người ra vào khoa.
HĐXX tuyên phạt [[N:Vũ Thị Thanh Nga]] 7 năm tù (bản án số [[R:104/2025/HS-ST]]). Chị [[N:H.]] và chồng là anh [[N:Phạm Quang Đạo]] có mặt tại tòa, bế theo con trai nay đã hơn 3 tháng tuổi.
[[N:Thu Hằng]]`,
  ],
  // 19
  [
    'news',
    `BÁO LÂM ĐỒNG – Sức khỏe
Bé gái người Cơ Ho bị rắn lục cắn được cứu sống
[[N:Nguyên Thi]]
Chiều [[D:9/9]], em [[N:Ka Thùy]] (11 tuổi, ở [[A:thôn Đạ Nghịt, xã Lát, huyện Lạc Dương]]) theo mẹ là chị [[N:Ka Hiền]] lên rẫy cà phê thì bị một con rắn lục đuôi đỏ cắn vào mu bàn chân trái.
Cha em, anh [[N:K'Brơi]], dùng dây rừng buộc garô rồi chở con bằng xe máy xuống Trung tâm Y tế [[A:huyện Lạc Dương]]. [[N:K'Brơi]] kể: "Nó khóc nhiều, chân sưng to như cái bình nước, tôi sợ lắm".
Do rối loạn đông máu nặng, fibrinogen dưới 0,5 g/L, em được chuyển tiếp xuống Bệnh viện Đa khoa tỉnh Lâm Đồng ở Đà Lạt. BS.CKI [[N:Ngô Thị Ánh Tuyết]], khoa Hồi sức tích cực – Chống độc, cho biết bệnh nhi được truyền 6 lọ huyết thanh kháng nọc rắn lục tre và 8 đơn vị huyết tương tươi đông lạnh trong hai ngày [[D:9 - 10/9]].
Đến sáng [[D:14/9]], các chỉ số đông máu đã trở về bình thường, vết sưng giảm dần. Bác sĩ [[N:Tuyết]] cho biết đây là ca thứ 23 bị rắn cắn mà khoa tiếp nhận từ đầu năm, phần lớn là đồng bào Cơ Ho, Mạ đi làm rẫy.
Anh họ của [[N:Thùy]] là [[N:Cil Múp]], người Cơ Ho nhánh Cil, cũng từng bị rắn cắn hồi [[D:tháng 4]], phải nằm viện 10 ngày. "Đi rẫy giờ tôi mang ủng, không dám đi dép nữa", [[N:Múp]] nói.
Bác sĩ khuyến cáo bà con đi rẫy cần mang ủng, găng tay; khi bị rắn cắn không rạch vết thương, không đắp lá, không hút nọc, mà bất động chi và đến ngay cơ sở y tế gần nhất.`,
  ],
  // 20
  [
    'radio',
    `ĐÀI PT-TH QUẢNG BÌNH – BẢN TIN PHÁT THANH 17H00 NGÀY [[D:29/10]]
Biên tập: [[N:Đinh Thị Thu Hà]] – Đọc: [[N:Minh Đức]]
TIN: BỘ ĐỘI BIÊN PHÒNG VƯỢT LŨ ĐƯA SẢN PHỤ NGƯỜI RỤC ĐI SINH
Mưa lũ từ [[D:26 đến 29/10]] làm nhiều ngầm tràn trên quốc lộ 12A bị ngập sâu, cô lập nhiều bản ở vùng biên giới [[A:huyện Minh Hóa]].
Chiều [[D:27/10]], chị [[N:Hồ Thị Liên]] (20 tuổi, dân tộc Chứt, nhóm Rục, ở [[A:bản Mò O Ồ Ồ, xã Dân Hóa]]) chuyển dạ con so, có dấu hiệu ra máu nhiều. Y sĩ [[N:Cao Thị Nhàng]] ở Trạm Y tế [[A:xã Dân Hóa]] xác định cần chuyển tuyến gấp nhưng xe cấp cứu không thể vào bản.
Thiếu tá [[N:Đinh Thanh Bình]], Đồn Biên phòng Cha Lo, cùng 8 chiến sĩ và thanh niên trong bản dùng cáng tre, dây thừng đưa chị [[N:Liên]] vượt 3 ngầm tràn, đi bộ 7 km ra đường lớn, rồi chuyển bằng xe của Đồn về Trung tâm Y tế [[A:huyện Minh Hóa]].
Lúc 2h10 rạng sáng [[D:28/10]], chị [[N:Liên]] sinh bé trai nặng 3 kg. Bác sĩ [[N:Trương Văn Thọ]] cho biết sản phụ bị rau tiền đạo bán trung tâm, nếu sinh tại nhà nguy cơ tử vong rất cao.
Chồng chị là anh [[N:Cao Văn Xây]] cho biết vợ chồng quyết định đặt tên con là [[N:Cao Văn Biên]] để nhớ ơn những người lính biên phòng. Bình yên rồi, anh [[N:Xây]] mới dám gọi điện về bản báo tin.
Cũng trong đợt lũ này, ngành Y tế Quảng Bình đã cấp phát 2,5 tấn Cloramin B và 40.000 viên Aquatabs cho các vùng ngập.
Tin của phóng viên [[N:Ngọc Mai]].`,
  ],
  // 21
  [
    'news-en',
    `VIỆT NAM NEWS › Society
Japanese engineer saved after stroke at Bắc Ninh industrial park
BẮC NINH — A 52-year-old Japanese engineer has been saved by doctors in the northern province of Bắc Ninh after collapsing with a stroke at work, thanks to a colleague who recognised the warning signs.
[[N:Takahashi Kenji]] ([[N:高橋健二]]), a production manager at an electronics factory in [[A:Quế Võ Industrial Park]], was found slumped at his desk at about 8.15am on [[D:September 8]], unable to speak and with his right arm limp.
His Vietnamese colleague [[N:Nguyễn Thanh Tùng]], 29, who had attended a first-aid course run by the company in [[D:June]], recognised the FAST signs and called an ambulance immediately.
Doctors at Bắc Ninh General Hospital performed a CT scan and gave him alteplase within 90 minutes of the onset of symptoms. Dr [[N:Đỗ Văn Hải]], head of the hospital's stroke unit, said the patient was then transferred to the Stroke Centre of Bạch Mai Hospital in Hà Nội for a mechanical thrombectomy, carried out the same afternoon.
"His NIHSS score fell from 17 to 4 within 24 hours," [[N:Hải]] said. "Without [[N:Tùng]]'s quick action, the outcome would have been very different."
[[N:Takahashi]]'s wife, [[N:Takahashi Yumi]], flew in from Osaka on [[D:September 10]]. He was discharged on [[D:Sept 19]] and is expected to return to Japan for rehabilitation.
The company's human resources officer, [[N:Phạm Thu Trang]], said all 1,200 employees would receive stroke-awareness training before the end of the year. Firms wishing to join the training can contact her at [[E:trang.pham@hoshitech-vn.com]] or [[P:+84 912 508 361]].
Stroke is the leading cause of death in Việt Nam, with about 200,000 new cases each year. — VNS`,
  ],
  // 22
  [
    'appeal',
    `Bếp Cơm Yêu Thương Trà Vinh
[[D:4 tháng 6]] lúc 21:30 · 🌏
🆘 KÊU GỌI GIÚP ĐỠ – HOÀN CẢNH SỐ [[R:37/2025]]
Bé [[N:Thạch Thị Sóc Kha]], 5 tuổi, người Khmer, ở [[A:ấp Sóc Ruộng, xã Ngũ Lạc, huyện Duyên Hải]], bị bạch cầu cấp dòng lympho (ALL) từ [[D:tháng 1]]. Hiện bé đang điều trị đợt 3/8 tại Bệnh viện Truyền máu Huyết học TP.HCM.
Ba bé là anh [[N:Thạch Sà Rươl]] làm thuê ở lò than, mẹ là chị [[N:Kim Thị Sa Vane]] nghỉ việc để ở bệnh viện chăm con. Nhà có 3 anh em, bé [[N:Kha]] là con giữa. Căn nhà lá của gia đình bị sập một góc sau trận mưa đêm [[D:20/5]].
Đại đức [[N:Thạch Sa Ron]], trụ trì chùa Sóc Ruộng, cho biết gia đình thuộc hộ nghèo, đang ở nhờ trên đất chùa. Hoàn cảnh đã được UBND [[A:xã Ngũ Lạc]] xác nhận ngày [[D:2/6]].
Mọi đóng góp xin chuyển về:
STK: [[R:7101 2050 3849 11]] – Agribank – chủ TK: [[N:THACH SA RUOL]]
Nội dung: HC [[R:37/2025]] ung ho be [[N:Soc Kha]]
Hoặc liên hệ trực tiếp admin [[N:Kim Ngân]] – [[P:0369 415 827]] (facebook: [[U:facebook.com/kimngan.tv.1994]]).
Bếp sẽ sao kê công khai vào ngày [[D:15/6]]. Xin cảm ơn cả nhà ❤️
[[N:Sơn Thị Bô Pha]]
Đã ck 200k cho bé [[N:Kha]] ạ, mong bé mau khỏe
[[N:Danh Hoài Phong]]
Chùa Sóc Ruộng gần nhà em, tối em chở gạo qua cho gia đình
↳ Bếp Cơm Yêu Thương Trà Vinh
Cảm ơn anh [[N:Phong]] và chị [[N:Bô Pha]] nhiều ạ ❤️`,
  ],
  // 23
  [
    'press-release',
    `SỞ Y TẾ TP. HỒ CHÍ MINH
TIN BÁO CHÍ
Tình hình bệnh sởi tuần 14 (từ [[D:31/3 đến 6/4/2025]])
Trong tuần 14, Thành phố ghi nhận 412 ca sởi, giảm 8,2% so với tuần 13 (449 ca). Cộng dồn từ đầu năm 2025 đến nay là 4.968 ca, trong đó 3.215 ca (64,7%) chưa tiêm vắc xin hoặc không rõ tiền sử tiêm chủng.
Các địa phương có số ca cao: [[A:huyện Bình Chánh]] (61 ca), [[A:quận Bình Tân]] (54 ca), [[A:quận 8]] (37 ca), [[A:quận 12]] (29 ca). Bệnh viện Nhi đồng 1, Nhi đồng 2 và Nhi đồng Thành phố đang điều trị nội trú 187 ca, trong đó 9 ca thở máy.
Trong tuần ghi nhận 1 trường hợp tử vong là bệnh nhi [[N:L.G.H]] (14 tháng tuổi, ngụ [[A:xã Vĩnh Lộc A, huyện Bình Chánh]]), chưa tiêm vắc xin sởi, khởi phát sốt, phát ban từ [[D:24/3]], nhập Bệnh viện Nhi đồng Thành phố ngày [[D:28/3]] với chẩn đoán viêm phổi – suy hô hấp độ III, tử vong ngày [[D:3/4]].
Thực hiện Kế hoạch số 1208/KH-SYT, Sở Y tế tổ chức Tuần lễ tiêm vắc xin MR bổ sung từ [[D:7 - 13/4]] cho trẻ từ 6 đến dưới 9 tháng tuổi và trẻ 1–10 tuổi chưa tiêm đủ 2 mũi. Phụ huynh có thể tra cứu lịch tiêm tại trạm y tế phường, xã nơi cư trú hoặc trên ứng dụng VNeID, mục Sổ sức khỏe điện tử.
Sở Y tế đề nghị phụ huynh không tự ý điều trị tại nhà khi trẻ sốt, phát ban; không đưa trẻ đang mắc sởi đến nơi đông người.
Đầu mối cung cấp thông tin: bà [[N:Trần Thị Ngọc Diệp]], Phòng Truyền thông, điện thoại [[P:0903 146 872]].`,
  ],
  // 24
  [
    'tv',
    `ĐÀI HÀ NỘI – BẢN TIN "HÀ NỘI 18H" – [[D:7/1]]
TIN: NGƯỜI NHÀ BỆNH NHI ĐẬP PHÁ PHÒNG CẤP CỨU, HÀNH HUNG BÁC SĨ
Thực hiện: Nhóm PV Thời sự | Camera: [[N:Quốc Việt]] | Dựng: [[N:Thu Trà]]
DẪN: Khoảng 0h30 rạng sáng nay, tại khoa Cấp cứu Bệnh viện Đa khoa Đống Đa đã xảy ra vụ việc người nhà bệnh nhân hành hung nhân viên y tế.
HÌNH (camera an ninh bệnh viện): người đàn ông áo khoác đen đá đổ xe đẩy thuốc.
LỜI BÌNH: Theo Ban Giám đốc bệnh viện, bệnh nhi [[N:T.Q.A]], 2 tuổi, được đưa vào cấp cứu do sốt cao co giật. Trong lúc bác sĩ đang xử trí, bố cháu bé là [[N:Trương Quốc Toản]], 35 tuổi, ngụ [[A:phường Kiến Hưng, quận Hà Đông]], cho rằng bác sĩ chậm tiêm thuốc hạ sốt nên lao vào đấm bác sĩ [[N:Nguyễn Trọng Nghĩa]], rồi đập vỡ màn hình monitor.
SOT (BS [[N:Nghĩa]], mặt làm mờ theo đề nghị): "Cháu đang co giật, tôi phải ưu tiên cắt cơn bằng Diazepam đường hậu môn trước, hạ sốt là bước sau."
LỜI BÌNH: Điều dưỡng [[N:Đặng Thu Phương]] cùng bảo vệ can ngăn nhưng cũng bị xô ngã. Camera bãi xe ghi nhận [[N:Toản]] đến bằng ô tô con biển kiểm soát [[VP:30K-159.72]].
Ngay sau khi nhận tin báo, Công an [[A:phường Văn Chương]] và Công an [[A:quận Đống Đa]] đã có mặt, đưa [[N:Toản]] về trụ sở làm việc. Hiện sức khỏe cháu bé đã ổn định.
CG: BÁC SĨ BỊ CHẤN THƯƠNG PHẦN MỀM VÙNG MẶT
KẾT: Sở Y tế Hà Nội đề nghị cơ quan công an xử lý nghiêm hành vi xâm phạm thân thể nhân viên y tế theo Nghị định 117/2020/NĐ-CP và Luật Khám bệnh, chữa bệnh 2023.`,
  ],
  // 25
  [
    'press-release',
    `BỆNH VIỆN HỮU NGHỊ VIỆT ĐỨC – THÔNG TIN BÁO CHÍ
Thay khớp háng thành công cho cụ ông [[AGE:98]] tuổi, cựu chiến binh Điện Biên Phủ
Hà Nội, ngày [[D:12 tháng 2 năm 2025]]
Cụ [[N:Đỗ Văn Khoát]] ([[AGE:98]] tuổi, trú [[A:xóm 5, xã Hải Anh, huyện Hải Hậu]], Nam Định) bị ngã trong sân nhà sáng [[D:mùng 2 Tết]] khi đang chúc Tết hàng xóm. Gia đình đưa cụ đến Trung tâm Y tế [[A:huyện Hải Hậu]], chụp X-quang phát hiện gãy cổ xương đùi trái Garden IV, sau đó chuyển lên Bệnh viện Hữu nghị Việt Đức ngày [[D:3/2]].
"[[AGE:Chín mươi tám]] tuổi, từng đi chiến dịch Điện Biên Phủ, vậy mà trước khi ngã bố tôi vẫn tự đi bộ 2 km mỗi sáng", con trai cụ là ông [[N:Đỗ Văn Hào]] (70 tuổi) cho biết.
Hội chẩn toàn viện ngày [[D:5/2]] đánh giá người bệnh ASA III, tăng huyết áp, suy thận mạn giai đoạn 3a (eGFR 48 mL/phút/1,73 m²). PGS.TS [[N:Ngô Quang Thiều]], Khoa Phẫu thuật Chi dưới, quyết định thay khớp háng bán phần có xi măng.
Ca mổ diễn ra ngày [[D:6/2]], kéo dài 55 phút dưới gây tê tủy sống, lượng máu mất khoảng 200 mL. 48 giờ sau, cụ [[N:Khoát]] đã tập đứng với khung tập đi.
Vợ cụ, cụ bà [[N:Vũ Thị Nhụ]], năm nay [[AGE:96]] tuổi, không lên được Hà Nội nên ngày nào cũng gọi video hỏi thăm. Cụ [[N:Khoát]] dự kiến ra viện ngày [[D:14/2]].
Bệnh viện khuyến cáo: ngã là nguyên nhân hàng đầu gây gãy cổ xương đùi ở người cao tuổi. Gia đình nên lắp tay vịn, đèn ngủ, thảm chống trơn trong nhà tắm; người cao tuổi có thang điểm nguy cơ ngã Morse từ 45 trở lên cần có người đi kèm.
Phòng Công tác xã hội – Bệnh viện Hữu nghị Việt Đức`,
  ],
  // 26
  [
    'news',
    `BÁO LÀO CAI – Biên cương
Bộ đội Biên phòng đỡ đẻ cho sản phụ người Hà Nhì bên đường đèo
Bài: [[N:Vàng Dương]] – Ảnh: [[N:Tráng Hợp]]
Khoảng 1h sáng [[D:4/12]], tổ công tác Đồn Biên phòng Y Tý đang tuần tra trên tuyến A Mú Sung – Y Tý thì gặp anh [[N:Chu Go Sừ]] (27 tuổi, người Hà Nhì, ở [[A:thôn Phìn Hồ, xã Y Tý, huyện Bát Xát]]) chở vợ là chị [[N:Lý Mé Xá]] (24 tuổi) bằng xe máy đi đẻ. Xe bị thủng lốp, chị [[N:Mé Xá]] đau bụng dữ dội, đã vỡ ối.
Thượng úy [[N:Tráng A Dình]], nhân viên quân y của Đồn, đỡ đẻ ngay bên lề đường dưới ánh đèn pin và đèn xe máy, nhiệt độ ngoài trời khi đó chỉ khoảng 4 độ C. Bé gái nặng 2,8 kg chào đời lúc 1h25, được ủ ấm bằng áo khoác của các chiến sĩ.
Sau đó tổ công tác dùng xe bán tải của Đồn đưa hai mẹ con về Trạm Y tế [[A:xã Y Tý]]. Y sĩ [[N:Pờ Thị Gạ]] cho biết sản phụ mất khoảng 300 mL máu, đã được tiêm Oxytocin, sức khỏe ổn định. Ngày [[D:6/12]], hai mẹ con được về nhà.
Anh [[N:Sừ]] cho biết vợ được hẹn sinh ngày [[D:15/12]]; lần khám thai cuối vào [[D:tháng 11]] tại Trung tâm Y tế [[A:huyện Bát Xát]] vẫn bình thường nên gia đình chủ quan. "Y Tý mùa này sương nhiều, đi đêm không thấy đường", anh nói.
Thượng tá [[N:Hoàng Văn Chính]], Chính trị viên Đồn Biên phòng Y Tý, cho biết từ [[D:1 - 5/12]], sương mù dày đặc, đơn vị đã bố trí xe trực 24/24 giờ để hỗ trợ người dân đi cấp cứu.`,
  ],
];
