// Held-out set 24, documents 14–26 (see index.ts for the conventions): news-style posts 14–20
// (a blood-donation honour roll, a Zalo news page on a Tày wedding, a Vietnamese-American's
// vlog, a district police page, a share about a woman aged 96, a rumour-check digest of
// initials, a charity statement of donations) and the first chats 21–26 (an unaccented
// night-duty chat, an ICU–surgery chat, a voice-to-text hand-over, family groups in Southern,
// Northern and Huế speech). Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news',
    `Hội Chữ thập đỏ tỉnh Thái Nguyên · [[D:15-6]] · 🌏
💗 VINH DANH NHỮNG "ĐẠI SỨ" HIẾN MÁU – NGÀY HỘI CHỦ NHẬT ĐỎ
Sáng [[D:14/6]], ngày hội hiến máu tại Nhà văn hóa [[A:phường Hoàng Văn Thụ]] đã tiếp nhận 612 đơn vị máu. Ban tổ chức trân trọng vinh danh:
🥇 Anh [[N:Ma Văn Quyết]] (46 tuổi, người Tày, [[A:xóm Khuôn Ngàn, xã Phú Đình, huyện Định Hóa]]) – 52 lần hiến, mã thẻ hiến máu [[R:TN-0091173]]. Anh kể lần đầu hiến máu vào [[D:mùng 2 Tết]] năm 2004 để cứu một sản phụ băng huyết ở Bệnh viện A Thái Nguyên.
🥈 Chị [[N:Hoàng Thị Thu Trang]], giáo viên Trường THCS Chu Văn An – 38 lần, trong đó 11 lần hiến tiểu cầu.
🥉 Anh [[N:Đinh Công Thắng]], công nhân Samsung Yên Bình, mã nhân viên [[R:SEVT-203817]] – 30 lần.
Đặc biệt, bé [[N:Lường Thị Mai]] (8 tuổi, bệnh tan máu bẩm sinh, [[A:bản Nà Mòn, xã Thần Sa, huyện Võ Nhai]]) đã cùng mẹ là chị [[N:Lường Thị Vàng]] đến tặng hoa. Từ [[D:tháng 9]] năm ngoái đến nay, [[N:Mai]] đã được truyền 23 đơn vị máu tại Bệnh viện Trung ương Thái Nguyên, mã người bệnh [[R:TW24-118372]].
Lịch hiến máu tiếp theo: [[D:12/7]] tại [[A:thị trấn Đu, huyện Phú Lương]] và [[D:26-7]] tại Đại học Y Dược. Đăng ký: chị [[N:Dương Thị Liên]], cán bộ Hội, [[P:0975 61 04 38]].

Bình luận
[[N:Quyết Ma]]: Cảm ơn Hội, còn sức khỏe là còn đi hiến 💪
[[N:Trang Hoàng]]: lần 38 rồi mà vẫn run khi thấy kim 😅
[[N:Vang Luong]]: cam on cac co chu da cho mau be [[N:Mai]] nha em, em o [[A:ban Na Mon]] xa lam nen it len duoc
[[N:Thắng Đinh]]: Công ty em đăng ký 80 bạn cho đợt [[D:26-7]] nha chị [[N:Liên]]
[[N:Dương Liên]]: @[[N:Thắng Đinh]] dạ em gửi danh sách qua mail [[E:duonglien.hctd@gmail.com]] giúp chị nhé`,
  ],
  // 15
  [
    'news',
    `TIN NHANH CAO BẰNG 24H · Zalo OA · [[D:19/11]]
⚠️ 38 người nhập viện sau đám cưới ở [[A:xóm Nà Pò, xã Đức Long, huyện Thạch An]]
Tối [[D:17/11]], gia đình ông [[N:Nông Văn Páo]] tổ chức cỗ cưới cho con trai là anh [[N:Nông Văn Thiện]] và chị [[N:Lục Thị Diên]] (quê [[A:bản Khuổi Hẩu, xã Quang Trọng]]). Đến 2h sáng [[D:18/11]], nhiều khách bắt đầu đau bụng, nôn, tiêu chảy.
Trung tâm Y tế [[A:huyện Thạch An]] đã tiếp nhận 31 người, 7 ca nặng chuyển Bệnh viện Đa khoa tỉnh Cao Bằng, trong đó có cụ [[N:Bế Thị Nhình]] ([[AGE:90]] tuổi, bà nội chú rể) và cháu [[N:Hoàng Gia Huy]] (4 tuổi). BS [[N:Đàm Văn Tới]], Giám đốc TTYT, cho biết các ca đều được bù dịch, đến chiều [[D:18-11]] đã có 20 người ra viện.
Đoàn kiểm tra an toàn thực phẩm đã lấy mẫu lạp sườn, khâu nhục, nước giếng (biên bản lấy mẫu số [[R:27/BB-ATTP]]) gửi Viện Vệ sinh dịch tễ Trung ương. Đầu bếp nấu cỗ là ông [[N:Triệu Văn Sinh]] (người Dao, [[A:thôn Bản Nhì, xã Lê Lai]]).
Trưởng xóm [[N:Lương Văn Khéo]] nói: "Cỗ cưới làm từ chiều [[D:16/11]], để qua đêm, trời nồm nên dễ hỏng".

Bình luận
[[N:Lucdien Cb]]: toi la co dau, cam on cac bac si ttyt da thuc trang dem qua 😭
[[N:Hoang Van Tuan]]: be [[N:Huy]] con toi da do roi, ba noi [[N:Nhinh]] con nam vien
[[N:Nông Thiện]]: Mọi người ai còn đau bụng thì ra Trạm Y tế [[A:xã Đức Long]] gặp chị [[N:Hà]] nhé, gọi [[P:0912 46 0 315]]
[[N:Bế Thu Hà]]: Em trực đến 17h, sau đó gọi em vẫn ra nhé 🙏
[[N:Páo Nông]]: Xin lỗi bà con, nhà tôi sẽ chịu tiền viện phí cho mọi người`,
  ],
  // 16
  [
    'vlog',
    `[Transcript] Vlog #48 – "My dad got dengue in Saigon 😷 | Ba mình bị sốt xuất huyết" – [[N:Kevin Tran]] (YouTube), posted [[D:Aug 21]]
(00:00) Hey guys, [[N:Kevin]] here. So… không phải vlog du lịch nha. Ba mình, [[N:Tran Van Loc]], 68 tuổi, về Việt Nam thăm họ hàng từ [[D:Aug 2]], rồi [[D:Aug 15]] bắt đầu sốt 40 độ.
(00:42) We're at Bệnh viện Bệnh Nhiệt đới, khoa Nhiễm D. Ba nằm giường 22. Tiểu cầu xuống còn 19 ngàn hôm [[D:17/8]], bác sĩ [[N:Nguyễn Thanh Phong]] nói phải theo dõi sát.
(01:30) Insurance tip cho ai đi du lịch: ba mình có travel insurance của Allianz Travel, member ID [[BH:ATX-5520931847]], claim number [[R:CLM-2508-77421]]. Bệnh viện cần passport – US passport của ba số [[PP:588 214 307]] – và họ làm "giấy xác nhận điều trị" số [[R:1894/XN-BVBNĐ]] để mình nộp claim.
(02:15) My cousin [[N:Hà]] – chị [[N:Trần Thị Thu Hà]] – nấu cháo mang vô mỗi ngày từ nhà chị ở [[A:hẻm 42 Bùi Minh Trực, phường 6, quận 8]]. Love you chị [[N:Hà]]!
(03:00) Mom đang ở Garden Grove, cứ gọi mình miết, số của mẹ [[P:+1 (714) 555-0187]]. Ai thấy video này ở Little Saigon thì nhắn mẹ mình là ba ổn nha 😂
(03:40) Day 5 – [[D:Aug 19]]: tiểu cầu lên 68. Bác sĩ cho ba xuống giường thường. Ba nói "Về Mỹ lần này phải xịt thuốc muỗi cả đời".
(04:20) Shoutout to điều dưỡng [[N:Ngân]] và anh hộ lý [[N:Tèo]], super nice. Mình có gửi email cảm ơn tới phòng Công tác xã hội, email của mình là [[E:kevintran.vlogs@gmail.com]] nếu ai cần hỏi kinh nghiệm.
(05:00) Ba mình dự kiến bay về lại California [[D:Aug 28]], vé máy bay mã đặt chỗ [[R:K7QX2M]], phải đổi ngày vì ba bệnh. OK that's it. Like, subscribe, và xài thuốc chống muỗi nha mọi người. Peace!`,
  ],
  // 17
  [
    'news',
    `Công an [[A:huyện Đức Trọng]] – Lâm Đồng · [[D:3 tháng 12]]
📣 THÔNG BÁO TÌM NHÂN CHỨNG VỤ TAI NẠN GIAO THÔNG RỒI BỎ CHẠY
Khoảng 18h45 [[D:30/11]], trên quốc lộ 20 đoạn qua [[A:thôn Phú Thuận, xã Phú Hội]], xe ô tô bán tải màu trắng (nghi biển số [[VP:49C-318.**]]) va chạm xe máy biển số [[VP:49H1-502.67]] do ông [[N:K'Brơi]] (54 tuổi, người Cơ Ho, [[A:thôn K'Long Bong, xã Hiệp An]]) điều khiển, chở vợ là bà [[N:Ka Huệ]]. Xe ô tô bỏ chạy về hướng Đà Lạt.
Ông [[N:K'Brơi]] bị chấn thương sọ não, đang điều trị tại Bệnh viện Đa khoa tỉnh Lâm Đồng (mã BN [[R:LD25-118307]]); bà [[N:Ka Huệ]] gãy xương cẳng chân, nằm tại Trung tâm Y tế [[A:huyện Đức Trọng]].
Cơ quan CSĐT đã ra Quyết định khởi tố vụ án số [[R:219/QĐ-CSĐT]] ngày [[D:2/12]]. Ai chứng kiến vụ việc, có camera hành trình, xin liên hệ Điều tra viên [[N:Phạm Quang Nhật]], điện thoại [[P:0982 447 615]].
Công an huyện đảm bảo giữ bí mật danh tính người cung cấp thông tin.

Bình luận
[[N:Tuan Ha Dalat]]: Em đi sau xe đó, biển số đầu [[VP:49C-318]], xe Ranger trắng có dán chữ "Phú Hội Coffee", em nhắn riêng cho anh [[N:Nhật]] rồi
[[N:Ka Hiền]]: ba má em đó 😭 ai thấy gì giúp nhà em với, em [[N:Ka Hiền]] sđt [[P:0335 117 902]]
[[N:Nguyễn Thị Lệ Thủy]]: Tui chạy quán ở ngã ba Phú Thuận, [[A:thôn Phú Thuận]], camera tui có quay lúc đó, mai tui lên nộp
[[N:Ha Nam Dl]]: Cầu cho ông bà mau khỏe. K'Long Bong mình quen cô [[N:Ka Huệ]] bán rau
CẬP NHẬT [[D:5/12]]: Tài xế là [[N:Lê Văn Trọng]] (37 tuổi, [[A:phường 8, TP Đà Lạt]]) đã ra đầu thú, xe ô tô biển số [[VP:49C-318.62]] đã bị tạm giữ. Bằng lái hạng C số [[L:680198004271]] bị thu giữ.`,
  ],
  // 18
  [
    'news',
    `[[N:Vũ Thị Bống]] đã chia sẻ một bài viết · [[D:9-1]]
Bà cố nhà mình năm nay [[AGE:96]] tuổi rồi mọi người ạ 🥹 Tên cụ là [[N:Trần Thị Gái]], nhà ở [[A:xóm 3, xã Hải Minh, huyện Hải Hậu]], Nam Định.
Hôm [[D:28/12]] cụ đi vệ sinh bị ngã, gãy cổ xương đùi phải (loại Garden 3). Cả nhà sợ lắm vì tuổi cao thế không biết mổ được không. Bệnh viện Đa khoa tỉnh Nam Định hội chẩn ngày [[D:30-12]], bác sĩ [[N:Đoàn Mạnh Cường]] quyết định thay khớp háng bán phần. Mổ xong hôm [[D:2/1]], đến [[D:6/1]] cụ đã tự ngồi dậy, đọc vanh vách tên 14 đứa chắt 😂
Mã hồ sơ của cụ là [[R:NĐ-2512-40973]], bảo hiểm thẻ [[BH:HT2363621007815]] chi trả gần hết, nhà chỉ phải trả tiền khớp.
Cảm ơn chị điều dưỡng [[N:Thơm]] ở khoa Chấn thương đã gội đầu cho cụ, và anh [[N:Bùi Văn Tiến]] xe cứu thương biển [[VP:18A-219.40]] đưa cụ về tận ngõ hôm [[D:8-1]].
Ông nội mình ([[N:Vũ Văn Hiền]], con trai cụ, 74 tuổi) thì cứ khóc suốt 😢

Bình luận
[[N:Tí Nị]]: Cụ ơi cụ mau khỏe để Tết con về mừng tuổi cụ nhé 😘
[[N:Vu Van Hien]]: cam on bac si [[N:Cuong]] va ca khoa, nha toi o [[A:xom 3 Hai Minh]], ai di qua ghe choi
[[N:Lan Anh Trần]]: Bà em [[AGE:93]] cũng thay khớp ở viện Việt Đức năm ngoái, giờ vẫn đi lại được nha
[[N:Bống Vũ]]: @[[N:Lan Anh Trần]] vâng, nghe chị nói em yên tâm hẳn ạ
[[N:Thơm Đỗ]]: Em là [[N:Thơm]] đây, cụ đáng yêu lắm, cụ cứ gọi em là "con Thơm ngoan" ❤️
[[N:Hieu Bui]]: Bác [[N:Tiến]] lái xe nhà em đó mn, bác chạy về [[A:thị trấn Yên Định]] cũng hay chở giúp người nghèo
[[N:Mạnh Cường Đoàn]]: Cảm ơn gia đình, tái khám cho cụ [[D:15/2]] nhé`,
  ],
  // 19
  [
    'news',
    `KIỂM CHỨNG THÔNG TIN – Chuyên mục "Sự thật hay tin đồn?" · [[D:24/3]]
1. "Bác sĩ bỏ mặc bệnh nhân ở hành lang" – SAI. Clip do tài khoản Facebook "[[N:Trâm Anh Official]]" ([[U:facebook.com/tramanh.official.9x]]) đăng tối [[D:21/3]] với chú thích "ở Bệnh viện Đa khoa [[A:huyện Yên Mô]]" thực chất quay tại một bệnh viện ở Ấn Độ năm 2021. Chủ tài khoản là chị [[N:N.T.T.A.]] (28 tuổi, [[A:phường Nam Bình, TP Ninh Bình]]) đã bị Công an tỉnh xử phạt 7,5 triệu đồng theo quyết định số [[R:0318/QĐ-XPHC]].
2. "Tiêm vắc xin sởi làm bé tử vong ở Hà Giang" – SAI. Bé [[N:S.M.C]] (2 tuổi, [[A:thôn Lũng Táo, xã Lũng Cú, huyện Đồng Văn]]) tử vong ngày [[D:19/3]] do viêm phổi nặng, không tiêm vắc xin trong [[D:tháng 3]]. Bố bé, anh [[N:S.M.Ph]], xác nhận với phóng viên.
3. "Ông lão 101 tuổi chữa ung thư bằng lá cây" – SAI. Ông [[N:L.V.Kh.]] ([[AGE:101]] tuổi, [[A:ấp 2, xã Phước Vĩnh An, huyện Củ Chi]]) được con cháu quay clip; gia đình nói ông chưa từng chữa bệnh cho ai. Người đăng clip là [[N:Hoàng Nam TV]] đã gỡ bài hôm [[D:22/3]].
4. "Bệnh viện thu tiền tiêm phòng dại 3 triệu" – ĐÚNG MỘT PHẦN. Hóa đơn số [[R:0004217]] của anh [[N:T.V.H]] cho thấy 5 mũi vắc xin dại và 1 mũi huyết thanh, tổng 2.940.000đ, đúng giá niêm yết.
5. "Cô giáo ở [[A:xã Tân Lập]] bị lao lây cả lớp" – CHƯA CÓ CƠ SỞ. Cô [[N:Ng.Th.H.]] đang điều trị lao phổi tại Bệnh viện Phổi tỉnh, 34 học sinh được sàng lọc ngày [[D:20 và 21/3]] đều âm tính.
Thực hiện: [[N:Thanh Xuân]] – [[N:Q.H]] · Phản hồi xin gửi [[E:kiemchung.toasoan@gmail.com]]`,
  ],
  // 20
  [
    'news',
    `SAO KÊ – CẢM ƠN CỘNG ĐỒNG ĐÃ GIÚP CA "[[R:MS 25.114]]" – bé [[N:Rơ Châm H'Nhi]]
Nhóm Thiện nguyện Áo Xanh Pleiku · [[D:12/10]]
Cập nhật: bé [[N:H'Nhi]] (5 tuổi, [[A:plei Ia Lang, xã Ia Kla, huyện Đức Cơ]]) đã mổ tim thông liên thất tại Bệnh viện Nhi đồng 1 ngày [[D:30/9]], xuất viện [[D:9/10]]. Mã bệnh án [[R:NĐ1-25-208816]]. Bố bé là anh [[N:Siu Đin]], mẹ là chị [[N:Rơ Châm H'Bleh]].
Tổng nhận từ [[D:15/9 đến 10/10]]: 148.600.000đ vào tài khoản nhóm [[R:0601 8832 4410]] (Sacombank, chủ TK [[N:Nguyễn Văn Hậu]]). Một số khoản tiêu biểu:
– [[D:16/9]] · 20.000.000 · [[N:Phạm Minh Tuấn]] · mã GD [[R:FT25259381046]]
– [[D:16/9]] · 5.000.000 · [[N:Tuan Anh Nguyen]] · "giup be [[N:Nhi]] [[R:MS25114]]"
– [[D:18/9]] · 2.000.000 · [[N:Lê Thị Kim Oanh]] · mã GD [[R:FT25261004772]]
– [[D:20/9]] · 500.000 · [[N:Bắp Gia Lai]] · "be [[N:nhi]] mau khoe"
– [[D:2/10]] · 10.000.000 · Công ty TNHH Cà phê Ia Grai
– [[D:5/10]] · 1.000.000 · [[N:Ksor Y Phun]] · "ung ho [[R:MS 25.114]]"
Đã chi: viện phí phần đồng chi trả 21.450.000đ (biên lai [[R:BL-0930-1127]]), thuốc và sữa 6.200.000đ, xe đưa đón 2 chiều 7.800.000đ (xe [[VP:81B-024.63]] của anh [[N:Hậu]]). Số còn lại 113.150.000đ chuyển cho ca [[R:MS 25.119]] – em [[N:Đinh Văn Khơi]] (Bahnar, [[A:làng Đê Kôp, xã Đăk Pling]]).
Mọi thắc mắc xin gọi [[N:Hậu]] [[P:0905-33-18-27]] hoặc [[N:Hoa]] (thủ quỹ) [[P:0867 204 519]].
Bình luận
[[N:Siu Đin]]: cam on nhom Ao Xanh, con toi an duoc roi
[[N:Phạm Minh Tuấn]]: cảm ơn [[N:Hậu]] minh bạch quá 👍
[[N:Mai Phương Lê]]: cho em hỏi ca [[R:MS 25.119]] em gửi vào tk nào ạ`,
  ],
  // 21
  [
    'chat',
    `nhom TRUC DEM NOI A – BVDK TINH THANH HOA
[[D:18-4]]
[[N:hoa]] dd truc: 22:10 ae oi bn [[N:tuan]] 45t giuong 12 sot 39 do, cay mau chua a
[[N:quang]] bs: cay r e, 2 chai, sid [[R:2504180337]] vs [[R:2504180338]]. cho para 1g truyen
[[N:hoa]] dd truc: ok a. bn [[N:le van tuan]] o [[A:thon 5 xa dong tien huyen trieu son]] nha a, vk bn hoi bao gio co kq
[[N:quang]] bs: 48-72h e. bao vk bn bt
[[N:ngoc anh]]: c [[N:hoa]] oi giuong 7 ba [[N:mui]] 88t ha 80/50, tieu it
[[N:quang]] bs: e do lai, lap duong truyen 2, a xuong lien. ba [[N:mui]] la bn [[N:pham thi mui]] ma [[R:bn25.041227]] dung k
[[N:ngoc anh]]: dung a, con ba [[N:mui]] la c [[N:dung]] sdt [[P:o978 34 56 12]] a
[[N:quang]] bs: goi c [[N:dung]] vao, hoi ba co dtd ko, ko thay ghi trong ba
[[N:hoa]] dd truc: 0:40 bn moi vao giuong 15 ong [[N:trinh xuan hai]] 61t, chuyen tu ttyt [[A:huyen nong cong]], giay ctuyen so [[R:215/gct]], bhyt [[BH:gd4383822014759]]
[[N:quang]] bs: cd gi
[[N:hoa]] dd truc: viem phoi/copd, spo2 88% da tho oxy 3l, ha 130/80
ks [[N:thanh]]: ae noi A oi mau cua giuong 12 bn [[N:tuan]] bi vo ong, lay lai giup e, ma ong [[R:xn0418-2291]]
[[N:ngoc anh]]: dc r a, 15p nua e mang xuong
[[N:ngoc anh]]: 2:15 ba [[N:mui]] ha 100/60 roi a, tieu dc 200ml
[[N:quang]] bs: ok. sang [[D:19-4]] nho bao giao ban. ai lam giay bao tu ong giuong 3 hom [[D:17]] chua, phong khth doi
[[N:hoa]] dd truc: e lam r a, so [[R:0412/gbt]], con ong ay la a [[N:khanh]] [[P:0912.3456.07]] hen 8h len lay
[[N:quang]] bs: ok. ca kip vat va r, 5h a di buong
[[N:hoa]] dd truc: 4:50 bn [[N:tuan]] het sot r a 37.4 😴
[[N:tung]] dd ca ngay: sang ae, e nhan ca nha, c [[N:hoa]] ve ngu di`,
  ],
  // 22
  [
    'chat',
    `HOI CHAN ICU – NGOAI TQ (BVDK tinh Binh Dinh) · Zalo
[[N:Trung]] ICU: c [[N:lan]] oi, bn [[N:nguyen van cuong]] 52t giuong icu 4 chay mau dan luu 400ml/2h, a [[N:hung]] khoa ngoai xuong coi giup e
[[N:Lan]] (dd truong ICU): a [[N:hung]] dang mo ca khac, 30p nua a xuong e
[[N:Hùng]] Ngoại: e [[N:trung]] gui a ma bn vs kq cong thuc mau
[[N:Trung]] ICU: ma bn [[R:bd2504113870]], hb 78 hct 24 plt 96, inr 1.6. bn mo cat lach do tnln hom [[D:20]], nam ngoai [[D:20 25/4]] on, toi [[D:26]] tut ha moi chuyen icu
[[N:Hùng]] Ngoại: ok, du tru 4 dv hc, lay phieu mau
[[N:Lan]] (dd truong ICU): da goi ngan hang mau, phieu [[R:tm25-0933]], tui so [[R:bd250426-118]] vs [[R:bd250426-121]]
[[N:Trung]] ICU: vk bn la c [[N:tran thi hoa]] sdt [[P:0905 17 22 48]], c o [[A:thon Dinh Tri, xa Cat Chanh, huyen Phu Cat]], 1 tieng nua moi toi
[[N:Hùng]] Ngoại: co the phai mo lai, c [[N:lan]] bao c [[N:hoa]] ky cam ket nha
[[N:Lan]] (dd truong ICU): ok a. con bn giuong icu 2 ong [[N:dang ngoc son]] [[AGE:91]]t tu [[A:xa Nhon Hai, tp Quy Nhon]] hom nay rut nkq dc r
[[N:Trung]] ICU: nho ghi bn [[N:son]] ma [[R:bd2504098112]] la bn vip cua gd, con ong ay a [[N:dang ngoc phuong]] cu goi hoi [[P:0914 00 88 36]]
[[N:Hùng]] Ngoại: 15:40 a xuong roi, bn [[N:cuong]] dau hieu chay mau tiep, mo lai luc 16h, phong mo 2
[[N:Lan]] (dd truong ICU): c [[N:hoa]] toi r, da ky, cmnd c la [[CM:215487326]]
[[N:Trung]] ICU: 19:30 mo xong, khau cam mau mom tuy, truyen 3 dv hc 2 dv huyet tuong, hb sau mo 98
[[N:Hùng]] Ngoại: ok cam on ae, dem nay [[N:trung]] de y dan luu giup a, sang [[D:27/4]] a ghe`,
  ],
  // 23
  [
    'handover',
    `[Bản ghi giọng nói tự động – ứng dụng ghi âm giao ban – khoa Nội Tim mạch, Bệnh viện Nhân dân Gia Định]
ca chiều ngày [[D:hai mươi tháng năm]] bàn giao cho ca đêm chị [[N:hạnh]] nhận ca
giường số tám bệnh nhân [[N:nguyễn thị ba]] bảy mươi hai tuổi mã bệnh nhân [[R:hai lăm không không bốn một hai ba chín]] nhồi máu cơ tim đặt stent hôm [[D:mười tám]] hiện ổn huyết áp một trăm hai mươi trên bảy mươi con gái là chị [[N:hồng]] số điện thoại [[P:không chín không ba bốn năm sáu bảy tám chín]]
giường số mười một ông [[N:lý văn sáng]] [[AGE:chín mươi mốt]] tuổi người hoa ở [[A:hẻm một trăm hai mươi ba đường lạc long quân phường ba quận mười một]] suy tim độ ba phù hai chân lợi tiểu furosemid bốn mươi mi li gam hai ống tĩnh mạch sáng và trưa
chú ý ông [[N:sáng]] hay đòi về cháu nội là anh [[N:lý minh đức]] dặn giữ ông lại
giường số mười bốn chị [[N:đoàn thị kim loan]] năm mươi lăm tuổi rung nhĩ đang dùng warfarin inr hôm nay hai phẩy tám bác sĩ [[N:phúc]] cho giữ liều
phiếu chuyển tuyến của chị [[N:loan]] từ trung tâm y tế [[A:huyện cần giờ]] số [[R:một không tám chín]] chưa có bản gốc phòng kế hoạch nhắc nộp trước [[D:hai mươi hai tháng năm]]
bệnh nhân mới cấp cứu chuyển lên lúc mười bảy giờ anh [[N:trương quốc việt]] bốn mươi tám tuổi đau ngực điện tim st chênh lên chụp mạch vành lúc mười tám giờ thẻ bảo hiểm [[BH:dn bốn bảy chín một chín hai không một hai ba bốn năm sáu]] vợ anh là chị [[N:vy]] đang làm thủ tục
xe máy của anh [[N:việt]] biển số [[VP:năm chín ét một hai ba bốn chấm năm sáu]] bảo vệ đang giữ ở nhà xe
hết bàn giao người giao [[N:trần thị mỹ linh]] người nhận [[N:nguyễn thu hạnh]]`,
  ],
  // 24
  [
    'chat',
    `Nhóm Zalo "GIA ĐÌNH TÍA MÁ 💕" (12 thành viên)
[[D:18-4]]
[[N:Hai Phượng]]: tía nhập viện rồi mấy đứa ơi, té ngoài vườn, Chợ Rẫy nói gãy cổ xương đùi
[[N:Tư Dũng]]: trời, tía nằm khoa nào chị [[N:Hai]], em chạy lên liền
[[N:Hai Phượng]]: khoa Chấn thương chỉnh hình, lầu 5, giường 24. mã BN [[R:2250418663]], má có giữ giấy
[[N:Út Thảo]]: má có sao hông chị, má ở nhà một mình hả
[[N:Hai Phượng]]: má lên với tía rồi, [[N:Bin]] chở lên, má ngồi xe mệt quá
[[N:Bin]] (cháu nội): dạ con chở nội lên rồi nha cô [[N:Út]], xe con [[VP:66G1-345.78]] đậu hầm B
[[N:Ba Thành]]: tui ở Bình Dương tối nay tui lên, cần gì nhắn tui. số mới tui [[P:0 9 8 8 7 6 5 4 3 2]]
[[N:Út Thảo]]: anh [[N:Ba]] đổi số hồi nào vậy, sao hông nói
[[N:Tư Dũng]]: bs nói sao chị [[N:Hai]]? tía 84 rồi mổ được hông
[[N:Hai Phượng]]: bs [[N:Khánh]] nói mổ thay khớp được, hẹn mổ [[D:21/4]], cần người ký giấy. thẻ bh của tía [[BH:HT3878721001245]] còn hạn tới [[D:31/12]]
[[N:Su]]: ông nội mau khỏe nha ông 😢 tuần sau con thi xong con lên
[[N:Út Thảo]]: tui gửi tiền vô tk chị [[N:Hai]] nha, [[R:1903 6628 9910 11]] techcom đúng hông
[[N:Hai Phượng]]: đúng rồi út. còn nhà mình ở [[A:ấp Tân Hòa, xã Tân Khánh Trung, huyện Lấp Vò]] ai về coi chừng con chó với vườn xoài
[[N:Tư Dũng]]: để vợ tui về, hổng sao
[[N:Hai Phượng]]: [[D:21/4]] mổ 7h sáng, ai rảnh lên thì lên. tía nói nhớ cháu [[N:Bắp]]
[[N:Ba Thành]]: tía tỉnh chưa, tui gọi video hông bắt máy
[[N:Hai Phượng]]: tía ngủ rồi, tía nói "tụi bây đừng lo, tao còn sống dai" 😂
[[N:Út Thảo]]: [[D:22-4]] mổ xong tía đòi ăn hủ tiếu, bs cho ăn cháo thôi nghen tía`,
  ],
  // 25
  [
    'chat',
    `Nhóm "NHÀ BÁC CẢ – LÂM THAO" (Zalo)
[[N:Lương Văn Thành]]: Cả nhà ơi, bầm vừa phải đi viện. Sáng nay bầm ngã ở sân, đau lưng không dậy được. Chú [[N:Cường]] đã gọi xe đưa bầm lên Bệnh viện Đa khoa tỉnh Phú Thọ rồi.
[[N:Cường Lương]]: Em đang ở viện đây anh. Bầm nằm khoa Chấn thương, giường 09 buồng 4. Chụp phim bảo lún đốt sống L1. Mã người bệnh [[R:PT25.06.07731]].
[[N:Lương Thị Hậu]]: Trời ơi bầm [[AGE:92]] tuổi rồi, có phải mổ không chú?
[[N:Cường Lương]]: Bác sĩ [[N:Nhàn]] bảo tuổi cao thì bơm xi măng thôi, không mổ hở. Hẹn làm thứ 5 này, [[D:12/6]].
[[N:Nguyễn Văn Tuấn]] (chồng chị [[N:Hậu]]): Anh đưa u nhà em lên thăm bầm được không? u cũng nhớ bà thông gia lắm
[[N:Lương Thị Hậu]]: Anh [[N:Tuấn]] đừng đưa u lên, u cũng yếu, ở nhà [[A:khu 3, xã Hy Cương, TP Việt Trì]] thôi
[[N:Lương Văn Thành]]: Thẻ bảo hiểm của bầm ai giữ? Số [[BH:HT2252521000386]] phải không?
[[N:Lương Thị Thanh Mai]]: Cháu giữ ạ bác, cháu chụp gửi chú [[N:Cường]] rồi. CCCD của bà là [[ID:025133001473]]
[[N:Cường Lương]]: Đủ rồi cháu. Đêm nay em trực, mai [[N:Mai]] lên thay.
Bé [[N:Na]] (cháu ngoại): Cụ ơi cụ cố lên, cuối tuần con về ạ ❤️
[[N:Lương Văn Thành]]: Bầm có hỏi [[N:Nụ]] ở Hà Nội về chưa. [[N:Nụ]] gọi cho bầm đi con.
[[N:Lương Thị Nụ]]: Dạ con gọi rồi ạ, bà bảo "con cứ đi làm, bà không sao". Con đặt xe về [[D:14/6]] ạ
[[N:Cường Lương]]: 18h30: bầm ăn được nửa bát cháo, huyết áp 140/90, bác sĩ cho uống Amlodipin 5mg. Nhà mình ở [[A:khu 7, xã Tiên Kiên, huyện Lâm Thao]] ai về thì cho gà ăn giúp em.
[[N:Lương Văn Thành]]: Để anh về. Bầm nằm viện từ [[D:9/6]], đến [[D:13-6]] làm thủ thuật xong bác sĩ cho về thì anh lên đón.
[[N:Lương Thị Thanh Mai]]: [[D:13/6]] bà bơm xi măng xong rồi ạ, bác sĩ bảo 2 hôm nữa cho ra viện. Mã phiếu thanh toán [[R:HĐ-0613-2207]], cháu giữ nhé`,
  ],
  // 26
  [
    'chat',
    `Nhóm "Con cháu ôn mệ – Kim Long" (Messenger)
[[N:Hoàng Thị Như Ý]]: Cả nhà ơi, ôn lên cơn suyễn, eng [[N:Bảo]] chở ôn vô Trung ương rồi. Mệ thì khóc quá trời
[[N:Bảo Hoàng]]: Ôn nằm khoa Hô hấp, giường 16. Bác sĩ [[N:Tuyết]] cho thở khí dung, SpO2 lên 94 rồi. Mã BN ôn [[R:25.049.331]]
o [[N:Hoàng Thị Lan]]: Răng rứa, ôn đang khỏe mà. Mệ mô rồi? o về liền
[[N:Hoàng Thị Như Ý]]: Mệ ở nhà với ả [[N:Thu]]. O về thì ghé mua cháo cho mệ với
ả [[N:Thu]]: mệ đòi vô viện coi ôn, răng chừ rứa hè 😥
[[N:Bảo Hoàng]]: Đừng cho mệ vô, mệ [[AGE:90]] rồi, vô trong đó lây bệnh. Ôn thì 88, bác sĩ nói bị đợt cấp COPD
[[N:Lê Văn Tuấn]] (dượng): Nhà mình ở [[A:kiệt 15 Nguyễn Hoàng, phường Kim Long]] nghe, ai ở ngoài Bắc về thì đón xe ở ga rồi về thẳng
o [[N:Lan]]: Thẻ bảo hiểm ôn để trong cái hộp thiếc trên trang thờ, số [[BH:HT4464621002718]], ả [[N:Thu]] chụp gửi eng [[N:Bảo]] nghe
ả [[N:Thu]]: chụp rồi nè. giấy ra viện lần trước ôn nằm từ [[D:2 đến 9/1]] cũng gửi luôn, số [[R:0107/GRV]]
[[N:Bảo Hoàng]]: Cảm ơn ả. Tối ni em trực ôn, mai [[N:Ý]] vô thay. Ôn nói nhớ ăn bún bò O [[N:Mười]] đầu kiệt 😂
[[N:Hoàng Thị Như Ý]]: Eng [[N:Bảo]] ơi, bác sĩ hẹn chụp CT ngực mấy giờ? Em xin nghỉ làm [[D:mùng 5]] ri
[[N:Bảo Hoàng]]: 9h sáng mai, [[D:mùng 4]] âm đó. Ôn còn nói "tau chưa chết mô, đừng kêu cả họ vô"
o [[N:Hoàng Thị Lan]]: Mệ dặn: ai vô thăm ôn thì đem theo cái áo len xanh. Số o nè [[P:0905.1.2.3.4.5.6]] ai cần chi gọi o
[[N:Phan Đình Khoa]] (chồng o [[N:Lan]]): Tui chạy xe [[VP:75H1-227.19]] lên đón mệ qua nhà tui ở [[A:phường An Cựu]] mấy bữa cho đỡ buồn`,
  ],
];
