// Held-out set 27, documents 14–26 (see index.ts for the conventions): news-style social-media
// texts 14–20 (a blood-donation group, a radio call-in show, a thank-you letter on a hospital
// page, a scam warning, a mothers' group, a missing autistic boy, a charity livestream in Huế
// speech) and clinical texts 21–26 (an unaccented night-duty chat, a voice-to-text hand-over,
// a pharmacy inbox, a clinic's inbox, a Southern family group, village health workers in a
// Mông commune). Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news',
    `Nhóm "Ngân hàng máu sống Hà Tĩnh" · [[N:Nguyễn Thị Hoài Thương]] · 40 phút
🩸 KHẨN: Cần 5 người nhóm máu A+ đến hiến ngay tại Bệnh viện Đa khoa tỉnh Hà Tĩnh.
Bệnh nhân [[N:Phan Đình Quý]], 19 tuổi, ở [[A:thôn Tân Hà, xã Cẩm Bình, huyện Cẩm Xuyên]], bị tai nạn xe máy khoảng 22h tối [[D:5/9]] trên [[A:đường Hà Huy Tập]], vỡ gan, gãy xương chậu, đang mổ cấp cứu, đã truyền 11 đơn vị. Mã BN [[R:2509050771]].
Người nhà: bố là anh [[N:Phan Đình Sơn]] [[P:0943 552 718]]. Đến khoa Huyết học báo tên bệnh nhân là được.
Xe gây tai nạn bỏ chạy, là xe bán tải màu trắng, nghi biển [[VP:38C-204.17]]. Công an [[A:TP Hà Tĩnh]] đang tìm camera, ai có hình ảnh gọi anh [[N:Trần Quốc Việt]] [[P:0961 338 072]].
— 214 bình luận —
[[N:Hoang Van Nam]]: A+ dang toi, 10p
[[N:thu hien]]: e A+ nhung dang cho con bu ko hien dc 😥 share nhe
[[N:Le Ngoc Tu]]: minh A+ o [[A:phuong nam ha]], ai di cung ko, minh cho
[[N:Sơn Phan Đình]]: Tôi là bố cháu [[N:Quý]], cảm ơn các cháu nhiều lắm 🙏
[[N:Hieu Tran Trung]]: A+ day, vua hien xong, tui mau [[R:HT25-0905-0217]] nha a [[N:Son]]
[[N:Thảo My]]: [[N:Quý]] học lớp 12A1 trường Cẩm Bình với em, bạn ấy ngoan lắm, mn giúp bạn với 😭
[[N:Đức Thọ Nguyễn]]: camera nhà mình ở [[A:số 117 Hà Huy Tập, phường Nam Hà]] có quay được xe trắng chạy lúc 22h03, đã gửi cho a [[N:Việt]].
[[N:Nguyễn Thị Hoài Thương]]: CẬP NHẬT 1h30 [[D:6/9]]: đã đủ 7 người A+: [[N:Nam]], [[N:Tú]], [[N:Hiếu]], [[N:Lực]], [[N:Hà]], [[N:Quang]] và [[N:Thanh Bình]]. Ca mổ xong, [[N:Quý]] đang nằm hồi sức.
[[N:Luc Vo]]: mai ai can nua cu tag e, e o [[A:xa thach trung]] gan vien
[[N:Nguyễn Thị Hoài Thương]]: Cập nhật [[D:8/9]]: [[N:Quý]] đã tỉnh, nói chuyện được. Công an đã tìm ra tài xế là [[N:Lê Văn Thiện]] đến trình diện chiều [[D:7-9]].
[[N:Ha Nguyen]]: Tuyệt vời, cảm ơn nhóm ❤️`,
  ],
  // 15
  [
    'news',
    `CHƯƠNG TRÌNH "BÁC SĨ CỦA BẠN" – ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NAM ĐỊNH – TRỰC TIẾP 20h [[D:14/11]]
Dẫn chương trình: [[N:Thanh Hương]]. Khách mời: BSCKII [[N:Trần Văn Lâm]], Trưởng khoa Nội tiết, Bệnh viện Đa khoa tỉnh.
MC: Xin chào quý thính giả! Số máy trực tiếp của chương trình tối nay đã đỏ liên tục. Xin mời thính giả đầu tiên.
THÍNH GIẢ 1 – chị [[N:Vũ Thị Hằng]], [[A:xóm 4, xã Hải Lý, huyện Hải Hậu]]: Alo, em chào bác sĩ. Mẹ em là bà [[N:Trần Thị Lựu]], năm nay [[AGE:chín mươi]] tuổi, bị tiểu đường hơn 20 năm, tiêm Mixtard 30 ngày 2 lần, sáng 16 đơn vị tối 12 đơn vị. Hôm [[D:10/11]] bà đo đường chỉ còn 3,2, vã mồ hôi, em phải cho uống nước đường. Em có nên giảm thuốc không ạ?
BS [[N:Lâm]]: Ở tuổi của cụ, đường máu lúc đói giữ quanh 7–8 là đẹp rồi, không cần hạ thấp. Chị đưa cụ đến khám lại, mang theo sổ theo dõi.
THÍNH GIẢ 2 – anh [[N:Đoàn Văn Toản]], [[A:thị trấn Cổ Lễ, huyện Trực Ninh]]: Tôi bị gút, uống allopurinol 300 mg mà hôm [[D:mùng 1]] vừa rồi ăn cỗ về lại sưng ngón chân cái.
BS [[N:Lâm]]: Anh đừng tự ngưng thuốc, cữ rượu bia, nội tạng. Cơn cấp thì dùng colchicin theo đơn.
MC: Chương trình nhận được tin nhắn của thính giả [[N:Mai]] ở [[A:phường Lộc Hòa, TP Nam Định]], số máy [[P:0912 068 417]]: "Bố em là ông [[N:Phạm Văn Bính]], [[AGE:94]] tuổi, ở với chú em tại [[A:xã Giao Thịnh, huyện Giao Thủy]], dạo này bố hay khát nước, đi tiểu đêm 4–5 lần, có phải tiểu đường không ạ?"
BS [[N:Lâm]]: Có thể, nhưng cũng có thể do tuyến tiền liệt. Gia đình cho cụ xét nghiệm đường máu, HbA1c, nước tiểu tại trạm y tế trước.
THÍNH GIẢ 3 – cô [[N:Nguyễn Thị Gấm]], [[A:phường Trần Tế Xương]]: Cô đang ăn chay từ [[D:rằm tháng 7]], đường máu lại tăng, là sao bác sĩ?
BS [[N:Lâm]]: Ăn chay nhiều cơm, bánh, khoai thì đường vẫn tăng cô ạ.
MC: Những thính giả chưa kịp lên sóng, chị [[N:Ngọc Anh]] biên tập viên sẽ ghi lại số và bác sĩ [[N:Lâm]] gọi lại vào sáng [[D:16/11]]. Chương trình tuần tới, [[D:21/11]], sẽ bàn về bệnh Parkinson và Alzheimer. Xin cảm ơn!`,
  ],
  // 16
  [
    'news',
    `Bệnh viện Đa khoa tỉnh Thanh Hóa · [[D:12 tháng 3]] lúc 16:05
💌 THƯ CẢM ƠN TỪ GIA ĐÌNH NGƯỜI BỆNH (trang đăng nguyên văn, có sự đồng ý của gia đình)
"Tôi tên là [[N:Lê Văn Thuận]], 63 tuổi, ở [[A:thôn Đông Thành, xã Hoằng Phụ, huyện Hoằng Hóa]]. Vợ tôi là [[N:Nguyễn Thị Xoan]] bị đột quỵ lúc 4 giờ sáng [[D:22/2]], lúc đó vừa qua [[D:rằm tháng Giêng]] nên đường rất đông. Con trai tôi là [[N:Lê Văn Tùng]] chở bà bằng xe bảy chỗ biển [[VP:36A-719.52]] vào viện lúc 5h10.
Chỉ 25 phút sau bà đã được tiêm thuốc tiêu sợi huyết, rồi lấy huyết khối. Tôi xin cảm ơn bác sĩ [[N:Lê Đình Thắng]], bác sĩ [[N:Trịnh Thu Trang]], điều dưỡng [[N:Hà]], điều dưỡng [[N:Mạnh]] và cô hộ lý [[N:Thơm]] khoa Đột quỵ. Cô [[N:Hà]] thấy tôi quên thẻ bảo hiểm còn gọi về nhà nhờ cháu [[N:Linh]] chụp gửi qua Zalo.
Ngày [[D:6/3]] bà ra viện, đã tự đi được. Tôi xin ghi số bệnh án [[R:25.017634]] để bệnh viện biết đúng người mà khen thưởng các cháu."
— Bình luận —
[[N:Thắng Lê Đình]]: Cháu cảm ơn bác, chúc bác gái mau khỏe, nhớ tái khám [[D:6/4]] nhé bác.
[[N:Hien Nguyen]]: bs [[N:Thang]] khoa dot quy tot lam, bo em cung dc bs cuu hoi [[D:thang 8]] nam ngoai
[[N:Tùng Lê]]: Con trai bà [[N:Xoan]] đây ạ, cảm ơn trang đã đăng thư của bố em 🙏
[[N:Thu Trang Trịnh]]: ❤️ bác [[N:Xoan]] hợp tác tốt lắm ạ.
[[N:Mạnh Hoàng]]: Dạ cháu là [[N:Mạnh]] điều dưỡng ạ, được bác nhắc tên cháu vui cả tuần 😄
[[N:Lan Anh Bùi]]: Mẹ em cũng vừa được cứu ở khoa này hôm [[D:9/3]], các bác sĩ rất tận tâm. Mẹ em là bà [[N:Đỗ Thị Tuyết]], [[A:phường Đông Vệ, TP Thanh Hóa]].
[[N:Xoan Nguyễn]]: Bác cảm ơn các cháu, bác giờ đi chợ được rồi 😊`,
  ],
  // 17
  [
    'news',
    `⚠️ CẢNH BÁO LỪA ĐẢO: GIẢ DANH BÁC SĨ GỌI BÁO NGƯỜI NHÀ ĐANG CẤP CỨU – MỌI NGƯỜI CHIA SẺ ĐỂ NGƯỜI GIÀ BIẾT
Sáng [[D:7/6]], mẹ tôi là bà [[N:Đỗ Thị Hạnh]], 68 tuổi, ở [[A:thôn Tả Thanh Oai, xã Tả Thanh Oai, huyện Thanh Trì]], nhận cuộc gọi từ số [[P:0587 331 904]]. Người này xưng là "bác sĩ [[N:Hoàng]] khoa Cấp cứu Bệnh viện Bạch Mai", nói em trai tôi là [[N:Đỗ Quang Hưng]] bị tai nạn ở [[A:huyện Mê Linh]], đang mổ, phải chuyển gấp 45 triệu tiền "tạm ứng" vào tài khoản [[R:8866 0129 3345]] MB Bank tên [[N:NGUYEN VAN TRUONG]].
Hắn còn đọc đúng tên, năm sinh của em tôi và cả số căn cước [[ID:001092014736]] nên mẹ tôi tin ngay, chuyển 20 triệu. Sau đó có thêm số [[P:0589 112 076]] gọi, xưng là "điều dưỡng [[N:Thảo]]", đòi chuyển thêm tiền máu.
Lúc 10h em tôi gọi về, vẫn đang làm ca ở [[A:KCN Quang Minh]], không hề bị gì. Gia đình đã trình báo Công an [[A:huyện Thanh Trì]], giấy tiếp nhận tin báo số [[R:1247/TB-CAH]] ngày [[D:7/6]].
Mọi người lưu ý: bệnh viện KHÔNG BAO GIỜ yêu cầu chuyển khoản tạm ứng qua điện thoại.
— 1,2K chia sẻ —
[[N:Thao Nguyen Phuong]]: Nhà em cũng bị số [[P:0589 112 076]] gọi y hệt hôm [[D:5/6]], nói chồng em ngã giàn giáo 😡 may em gọi được chồng.
[[N:Linh Đỗ]]: Chị ơi tài khoản [[R:8866 0129 3345]] đó em vừa tố cáo lên app ngân hàng rồi.
[[N:Quang Hưng Đỗ]]: Em đây, em vẫn khỏe 😅 mọi người đừng lo, cảm ơn mn đã share.
Bac Si [[N:Hoang]] That: 😂 tên tôi bị lấy đi lừa, tôi là [[N:Nguyễn Huy Hoàng]] thật ở khoa Cấp cứu, tôi không gọi ai đòi tiền bao giờ.
[[N:Mai Phương Vũ]]: Bà ngoại em ở [[A:xã Tả Thanh Oai]] cũng bị gọi hôm [[D:6-6]], mất 10 triệu 😢 đã báo công an xã, cán bộ [[N:Đinh Văn Hòa]] tiếp nhận.
[[N:Tuấn Kiệt]]: Bọn này mua dữ liệu nên biết hết số căn cước, số điện thoại, mọi người cẩn thận.`,
  ],
  // 18
  [
    'news',
    `Nhóm "Mẹ và bé tim bẩm sinh – chia sẻ & đồng hành" · [[N:Thảo Nguyễn]] · [[D:8 tháng 8]]
Chào cả nhà 🥹 em là mẹ bé [[N:Bơ]] (tên thật [[N:Trịnh Gia Bảo]], sinh [[D:12/1/2024]]). Bé bị tứ chứng Fallot, được mổ sửa toàn bộ tại Bệnh viện Nhi Trung ương ngày [[D:25/7]], ê-kíp của bác sĩ [[N:Đặng Văn Thức]]. Sau mổ bé nằm hồi sức 9 ngày, có 2 hôm phải dùng thuốc vận mạch liều cao, em tưởng mất con rồi.
Hôm qua [[D:7/8]] bé được ra viện, mã ra viện [[R:NTW-RV-24.08.0713]], hẹn tái khám siêu âm tim [[D:7/9]]. Em viết bài này để các mẹ đang chờ mổ có thêm niềm tin. Ai ở xa ra Hà Nội chưa có chỗ ở thì có thể ở nhà trọ cô [[N:Hương]] [[A:ngõ 18 Chùa Láng, phường Láng Thượng, quận Đống Đa]], cô lấy rẻ cho bệnh nhi, số cô [[P:0904 712 559]].
Nhà em ở [[A:xã Quảng Phú, huyện Lương Tài]], Bắc Ninh, mẹ nào gần thì kết bạn với em nha, Zalo [[P:0345 617 880]].
—
[[N:Huyền Trang Lê]]: Chúc mừng em 😭 con chị cũng Fallot, đang chờ lịch mổ [[D:tháng 10]].
Mẹ [[N:Sóc]]: Bé [[N:Bơ]] giỏi quá! [[N:Sóc]] nhà mình mổ shunt Blalock-Taussig từ hồi [[D:tháng 5]], bs hẹn mổ toàn bộ khi đủ 10kg.
Bố [[N:Cún]]: Cho mình hỏi mổ hết tổng bao nhiêu, BHYT trái tuyến có được không ạ?
↳ [[N:Thảo Nguyễn]]: @Bố [[N:Cún]] em có giấy chuyển viện từ Bắc Ninh số [[R:318/GCT-BVĐK]] nên được đúng tuyến anh ạ, tự túc thêm khoảng 35 triệu.
[[N:Ngoc Anh Pham]]: Nhà trọ cô [[N:Hương]] mình ở rồi, sạch sẽ lắm, có bếp nấu cháo.
[[N:Hà Vi]]: Mẹ [[N:Bơ]] ơi cho em xin số bs [[N:Thức]] được không, con em 5 tháng mới phát hiện.
↳ [[N:Thảo Nguyễn]]: @[[N:Hà Vi]] em inbox chị nhé, chị gửi lịch khám của bác, không tiện công khai số.
[[N:Lê Minh Nguyệt]]: 🙏 cầu cho tất cả các con khỏe mạnh.`,
  ],
  // 19
  [
    'news',
    `🔴 TÌM CON ĐI LẠC – CHÁU BỊ TỰ KỶ, KHÔNG BIẾT NÓI – XIN MỌI NGƯỜI CHIA SẺ GẤP
Cháu [[N:Nguyễn Hoàng Minh Quân]] (ở nhà gọi là [[N:Bi]]), 14 tuổi, cao 1m58, gầy, mặc áo thun vàng có hình khủng long, quần đùi xanh, đeo đồng hồ trẻ em màu đỏ. Nhà ở [[A:42/7 hẻm 88 đường Nguyễn Văn Quá, phường Đông Hưng Thuận, quận 12]].
Khoảng 16h thứ Bảy [[D:27/9]], cháu đi lạc ở bến xe Miền Đông mới, [[A:phường Long Bình, TP Thủ Đức]], lúc mẹ đang xếp hàng mua vé về Quảng Ngãi. Trên cổ cháu có thẻ ghi số điện thoại mẹ là [[P:0902 715 338]]. Cháu đang điều trị tại Bệnh viện Nhi đồng 2, mã [[R:NĐ2-24-051177]], cháu rất sợ tiếng còi xe, hay bịt tai và đi lòng vòng.
Ai thấy xin giữ cháu lại, cho cháu uống nước và gọi: mẹ [[N:Lê Thị Kim Loan]] [[P:0902 715 338]], cậu [[N:Lê Văn Hòa]] [[P:0356 219 804]], hoặc Công an [[A:phường Long Bình]].
— Bình luận (203) —
[[N:Tiên Huỳnh]]: Em làm ở nhà xe Phương Trang trong bến, để em báo loa liền.
[[N:Bảo Ngọc Trần]]: Share rồi, mong bé [[N:Bi]] sớm về 🙏
[[N:Khang Võ]]: 18h em thấy 1 bé áo vàng đi dọc xa lộ hướng về [[A:phường Tân Phú]], bịt tai, em chạy lại thì bé chạy mất.
[[N:Hoa Lê Kim]]: Em của chị [[N:Loan]] đây, cả nhà đang đi dọc xa lộ, ai ở khu đó giúp với 😭
[[N:Quốc Anh Nguyễn]]: Grab bike khu Thủ Đức để ý giúp, em đã đăng vào nhóm anh em tài xế.
CẬP NHẬT 21h15 [[D:27/9]]: ĐÃ TÌM THẤY BÉ [[N:BI]]! Chú [[N:Ba Khánh]] chạy xe ôm ở ngã tư Thủ Đức thấy bé ngồi dưới gầm cầu vượt, nhận ra nhờ bài share, mua sữa cho bé rồi gọi mẹ. Bé đang được khám lại tại Trạm Y tế [[A:phường Linh Trung]], không bị thương. Cảm ơn chú [[N:Ba]] và mọi người rất nhiều!
[[N:Ba Khánh]] Xe Ôm: Thằng nhỏ ngoan lắm, chú đưa cái đồng hồ có số điện thoại là nó đưa tay cho chú nắm liền.`,
  ],
  // 20
  [
    'news',
    `[Livestream – bản ghi lời] Nhóm thiện nguyện "Cơm có thịt Huế" trao quà cho bệnh nhân chạy thận · [[D:15/1]] · 1.204 người xem
[[N:Trương Thị Thu Hà]] (trưởng nhóm): Xin chào cả nhà, hôm ni tụi em có mặt ở khoa Thận nhân tạo, Bệnh viện Trung ương Huế, trao 60 phần quà Tết cho bà con chạy thận ca chiều. Còn 2 tuần nữa là Tết rồi đó cả nhà.
(bước vô phòng 3) Đây là mệ [[N:Hoàng Thị Gái]] nè, mệ [[AGE:chín mươi]] tuổi rồi, nhà ở [[A:kiệt 45 đường Kim Long, phường Kim Long]], bữa mô cũng đi xích lô vô nuôi con trai là anh [[N:Nguyễn Văn Tuấn]] chạy thận thứ 2-4-6. Mệ nói: "Mệ còn sống ngày mô thì mệ nuôi hắn ngày nớ."
Ôn [[N:Nguyễn Văn Lợi]], 72 tuổi, [[A:thôn Diêm Trường, xã Vinh Hưng, huyện Phú Lộc]], chạy thận 8 năm, mỗi tuần ba lần đi xe buýt hơn 50 cây số. Ôn kể hôm [[D:mùng 10 tháng Chạp]] xe hư giữa đường, ôn đứng đón xe tới 9 giờ tối.
Còn o [[N:Hường]] đây, o [[N:Trần Thị Hường]], chạy thận 12 năm rồi, o đang làm hồ sơ ghép thận, người cho là em ruột của o, [[N:Trần Văn Sỹ]], đã xét nghiệm HLA từ [[D:tháng 11]].
Eng [[N:Tâm]] nhỏ nhất phòng, 19 tuổi, quê [[A:xã Phong Hiền, huyện Phong Điền]], nghỉ học từ năm lớp 10.
Bình luận trực tiếp:
[[N:Hoa Tran]]: thương mệ quá 😭
[[N:Nguyen Van Phuoc]]: O [[N:Hà]] ơi cho con xin stk quỹ với
↳ [[N:Thu Hà Trương]]: STK nhóm: [[R:0161 0012 77890]] Vietcombank Huế, chủ TK [[N:TRUONG THI THU HA]], nội dung "chay than"
[[N:Bích Ngọc Lê]]: Em là hàng xóm ôn [[N:Lợi]] nè, cảm ơn nhóm nhiều 🙏
[[N:Ti Na]]: mệ ơi con thương mệ, giữ sức khỏe mệ hí
[[N:Trương Thị Thu Hà]]: Mai [[D:16/1]] nhóm còn trao quà ở Bệnh viện Đa khoa tỉnh, ai muốn đi cùng gọi em [[P:0935 406 117]] nghe. Đặc biệt cảm ơn anh [[N:Lê Quang Vinh]] chở quà bằng xe tải [[VP:75C-069.31]] miễn phí 🚚`,
  ],
  // 21
  [
    'chat',
    `nhom zalo "TRUC DEM NOI TH - KHU B 🌙" · dem [[D:18-4]]
[[N:thu trang]] dd: 22h14 ae oi bn [[N:nguyen van loc]] g12 p304 sot 39 do r, cay mau chua a
[[N:Tuấn]] Bs: cay r, sid [[R:2504180377]] gui lab luc 21h. cho para 1g truyen tm nha
[[N:ha]] ktv: sid [[R:2504180377]] crp 186, bc 17.2, pct mai 7h moi co
[[N:thu trang]] dd: ok a. vk bn [[N:loc]] la co [[N:lien]] hoi may h bs ra noi chuyen, sdt co [[P:0976 203 118]]
[[N:Tuấn]] Bs: h nay k dc, mai bs [[N:hai]] giao ban xong ra gap. dan co dung cho an chao nong qua
[[N:my]] dd: p306 g3 bn [[N:tran thi hoa]] 85t tut ha 80/50, da bao bs r
[[N:Tuấn]] Bs: dang xuong. p306 g5 cu [[N:pham van tam]] [[AGE:92]]t ho ra mau lai ko
[[N:my]] dd: co a, 2 lan, moi lan 1 thia. ma bn [[R:25.0041872]], bhyt [[BH:ht2797922154036]], con trai la chu [[N:toan]] o [[A:hem 31 ly thuong kiet, p7, q10]], sdt [[P:0918 447 230]]
[[N:ha]] ktv: c [[N:my]] oi ong nghiem p306 g5 ghi [[N:pham van tam]] ma p308 cung co ong [[N:pham van tam]] 47t, sid [[R:2504180391]] va [[R:2504180392]], ktra giup e dan nham ko
[[N:my]] dd: dung r, cu [[N:tam]] [[AGE:92]]t la [[R:2504180391]], a [[N:tam]] 47t p308 la [[R:2504180392]]. ghi them ngay sinh cho chac: cu [[N:tam]] [[D:3/2/1933]], a [[N:tam]] [[D:19.8.1978]]
[[N:Tuấn]] Bs: ok. 2 ng cung ten thi deo them vong do nhe, sang bao dd truong
[[N:thu trang]] dd: 1h20 bn moi vao g8 p304 [[N:lam van ut]] 58t xhth, cc chuyen len, ma cc [[R:cc250419-007]], bhyt het han tu [[D:t3]] nen dang tu tuc
[[N:Tuấn]] Bs: vk bn dau
[[N:thu trang]] dd: ong nay o 1 minh a, chi co dua chau ten [[N:ti]] chay xe om, sdt [[P:0707 155 942]]. ck j dau ma hoi 😅
[[N:Tuấn]] Bs: 🙃 ok, cho pantoloc 80mg tmc, xn nhom mau, du tru 2 dv
[[N:my]] dd: 2h05 [[N:loc]] sot lai 39.5, cay mau lan 2 sid [[R:2504190012]]
[[N:my]] dd: e xin ve som 30p nha ae, con e sot 😥
[[N:thu trang]] dd: ok [[N:my]], de c lam cho
[[N:Tuấn]] Bs: 5h30 ban giao: [[N:loc]] g12 sot, cho kq cay; [[N:hoa]] g3 ha on 110/70; cu [[N:tam]] g5 ho mau giam, ct nguc hom [[D:12]] nghi lao, mai moi bs [[N:hai]] hoi chan; [[N:ut]] g8 noi soi 8h. het 🙏`,
  ],
  // 22
  [
    'handover',
    `[Ghi âm → văn bản tự động, chưa chỉnh sửa] giao ban khoa ngoại chấn thương sáng thứ hai ngày [[D:hai mươi mốt tháng bảy]]
bác sĩ trực đêm qua là bác sĩ [[N:nguyễn văn hùng]] điều dưỡng trực chị [[N:vũ thị ngát]] với em [[N:mai]] tổng số bệnh nhân bốn mươi hai vào mới bảy chuyển đi hai
bệnh nhân thứ nhất anh [[N:lương văn kiên]] ba mươi hai tuổi ở [[A:thôn đông bái xã nam thịnh huyện tiền hải]] tai nạn xe máy lúc hai mươi ba giờ ngày [[D:hai mươi tháng bảy]] chấn thương sọ não kín máu tụ ngoài màng cứng thái dương phải đã mổ lúc một giờ sáng mã bệnh nhân [[R:hai lăm không không bốn một chín tám]] hiện glasgow mười ba
xe của bệnh nhân biển số [[VP:mười bảy bê một năm hai ba sáu bảy]] đang gửi ở bãi công an [[A:huyện tiền hải]] đã vào lập biên bản cán bộ là anh [[N:đặng quang]] số điện thoại [[P:không chín tám ba hai một bốn không sáu năm]] ai cần thì gọi
bệnh nhân thứ hai cụ bà [[N:phạm thị nụ]] [[AGE:chín mươi tư]] tuổi ngã trong nhà vệ sinh hôm [[D:mười chín]] gãy liên mấu chuyển xương đùi phải dự kiến mổ kết hợp xương ngày [[D:hai ba tháng bảy]] con gái cụ là cô [[N:hằng]] xin chuyển lên việt đức nhưng gia đình chưa thống nhất anh [[N:hùng]] đã giải thích
bệnh nhân thứ ba cháu [[N:bùi minh đức]] mười lăm tuổi sinh ngày [[D:mười hai tháng ba năm hai nghìn không trăm mười]] ngã xe đạp gãy hai xương cẳng tay trái học sinh trường thcs đông hải bố là anh [[N:bùi văn thịnh]] làm ở [[A:xã đông hải huyện quỳnh phụ]] đã bó bột
bệnh nhân thứ tư anh [[N:tô văn tám]] bốn mươi tám tuổi bị máy cắt cỏ văng vào cẳng chân đứt gân gót đã khâu nối chiều qua kháng sinh cefazolin một gam ngày hai lần
bệnh nhân thứ năm ông [[N:đào xuân trường]] bảy mươi mốt tuổi chuyển viện lên tuyến trên lúc bốn giờ giấy chuyển tuyến số [[R:một trăm hai mươi tư trên bê vê]] đi cùng điều dưỡng [[N:mai]]
bệnh nhân thứ sáu chị [[N:lê thị thu]] hẹn mổ tháo phương tiện kết hợp xương ngày mai nhưng chưa nhịn ăn đề nghị lùi sang ngày [[D:hai mươi tư]]
hết giao ban trưởng khoa bác sĩ [[N:phạm đức long]] nhắc trực tối nay là bác sĩ [[N:hải]] và điều dưỡng [[N:thơm]] nhớ cập nhật hồ sơ bảo hiểm trước ngày [[D:ba mươi mốt tháng bảy]]`,
  ],
  // 23
  [
    'chat',
    `Zalo OA – Nhà thuốc Minh Châu (chi nhánh Gò Vấp) · hộp thư ngày [[D:5/11]]
[[N:Ngọc Trâm Lê]]: shop ơi e gửi hình toa bs kê, có đủ thuốc ko ạ? đơn điện tử mã [[R:79031k7h3m9q2-c]]
Nhà thuốc (DS [[N:Khánh Linh]]): Dạ chị, toa có Augmentin 1g x 14 viên, Medrol 16mg x 10 viên, Efferalgan 500mg x 10 viên, bên em đủ hết ạ. Chị nhận tại quầy hay ship?
[[N:Ngọc Trâm Lê]]: ship giúp e về [[A:18/3A đường Lê Đức Thọ, phường 17, quận Gò Vấp]], sđt [[P:0903 418 265]], tên người nhận [[N:Lê Ngọc Trâm]]
Nhà thuốc (DS [[N:Khánh Linh]]): Dạ, đơn [[R:MC-GV-251105-031]], tổng 486.000đ, tầm 30p tới nha chị.
[[N:Bảy Trần]]: con ơi chú lấy như tháng rồi, amlodipin 5mg với losartan 50/12,5, mỗi thứ 1 hộp, xuất hóa đơn đỏ tên [[N:Trần Văn Bảy]] nghen
Nhà thuốc (DS [[N:Khánh Linh]]): Dạ chú [[N:Bảy]], hóa đơn số [[R:0001874]] con gửi kèm túi thuốc ạ. Huyết áp chú đo sáng nay nhiêu?
[[N:Bảy Trần]]: 150/90, hôm [[D:2/11]] có 135 thôi
mẹ [[N:Su]]: con e 2 tuổi 12kg sốt 38,5 từ tối qua, cho uống hapacol 250 được ko ạ, bé [[N:Su]] bị dị ứng amoxicillin hồi [[D:tháng 6]]
Nhà thuốc (DS [[N:Minh Châu]]): Dạ bé 12kg uống Hapacol 150 mỗi lần 1 gói, cách 4-6 tiếng. Sốt quá 2 ngày hoặc li bì thì chị đưa bé đi khám nha, đừng tự mua kháng sinh.
[[N:Kim Ji-hye]]: hello, I need eye drops for allergy, I stay at [[A:Cityland Park Hills, phường 10, quận Gò Vấp]], my number [[P:+82 10 4417 2098]]
Nhà thuốc (DS [[N:Khánh Linh]]): Hi, we have Alegysal 0.1%, 85.000đ. We can deliver in 20 minutes.
[[N:Hoàng Phúc]]: shop có thuốc ngủ seduxen ko bán e 1 vỉ
Nhà thuốc (DS [[N:Minh Châu]]): Dạ thuốc này phải có đơn bác sĩ anh ạ, bên em không bán lẻ.
— nhóm nội bộ "NT Minh Châu GV" —
[[N:Khánh Linh]] DS: @[[N:Hậu]] giao đơn chị [[N:Trâm]] nha, thu 486k
[[N:hau]] giao hang: e toi roi, c [[N:tram]] ko nghe may, gui co [[N:sau]] ban nuoc ben canh nha
[[N:Minh Châu]] DS: hộp Medrol lô này date tới [[D:tháng 3]] năm sau thôi, kiểm hàng lại nhe. Chiều [[D:6/11]] đoàn Sở kiểm tra, nhớ treo CCHN của chị số [[L:04521/HCM-CCHND]] ngay quầy
[[N:Khánh Linh]] DS: dạ chị 👌`,
  ],
  // 24
  [
    'email',
    `HỘP THƯ CHUNG – Phòng khám Đa khoa Tâm An (Đà Nẵng) – tổng hợp fanpage, Zalo, form web, email ngày [[D:9/6]] – lễ tân trực: [[N:Diệu]], [[N:Nhi]]
#1 Form đặt lịch 07:42 | Họ tên: [[N:Nguyễn Thị Bích Ngọc]] | SĐT: [[P:0905 664 218]] | Email: [[E:bichngoc.nt92@gmail.com]] | Dịch vụ: khám phụ khoa | Ngày muốn khám: [[D:11/6]] | IP: [[IP:14.241.88.107]]
#2 Messenger 08:15 | [[N:Hoàng Long]]: ad ơi kq xn của ba em có chưa ạ, mã phiếu [[R:TA2506070184]], ba em tên [[N:Hoàng Văn Bửu]], sinh [[D:12/7/1958]]
   → Lễ tân [[N:Diệu]]: Dạ có rồi anh, anh xem tại [[U:https://ketqua.tamanclinic.vn/r/TA2506070184]], mật khẩu là ngày sinh của bác ạ.
#3 Email 08:31 | từ [[E:minh.tran.kr@naver.com]] | "Chào phòng khám, tôi là [[N:Trần Quang Minh]], đang làm việc ở Hàn Quốc, về phép từ [[D:20/6 - 5/7]], muốn khám tổng quát gói B. Hộ chiếu của tôi số [[PP:C4417206]], số Hàn của tôi [[P:+82 10 7723 0419]]. Nhà ở [[A:K52/14 Hoàng Diệu, phường Phước Ninh, quận Hải Châu]]."
#4 Zalo 09:02 | mẹ [[N:Bắp]]: bé nhà e bị tay chân miệng hôm [[D:7-6]], nay còn sốt nhẹ, mai cho đi học lại đc ko bs
   → Lễ tân [[N:Nhi]]: Dạ bé cần nghỉ đủ 10 ngày chị ơi, em đặt lịch bs [[N:Phương]] khám lại chiều mai cho chị nha.
#5 Form đặt lịch 10:17 | Họ tên: [[N:Lê Hữu Tài]] | SĐT: [[P:0236 3712 405]] | Địa chỉ: [[A:tổ 27, phường Hòa Thọ Đông, quận Cẩm Lệ]] | Ghi chú: đau lưng, có BHYT [[BH:GD4484821365907]] | IP: [[IP:113.176.64.22]]
#6 Messenger 11:40 | [[N:Thư Phan]]: cho e hỏi gói khám tiền hôn nhân 2 người bao nhiêu ạ, e với ck sắp cưới là [[N:Đạt]], cưới [[D:mùng 8 tháng 8]] âm
#7 Email 13:05 | từ [[E:sang.vt@baoviet.com.vn]] | "Đề nghị phòng khám bổ sung hồ sơ bồi thường số [[R:BVDN-2506-11873]] cho khách hàng [[N:Phan Thị Mỹ Lệ]], số thẻ bảo hiểm sức khỏe [[BH:BV-PA-0098812]], lần khám ngày [[D:28/5]]. Người liên hệ: [[N:Võ Thanh Sang]], [[P:0914 002 381]]."
#8 Zalo 15:22 | chú [[N:Tư Hòa]]: con ơi chú tái khám tiểu đường như hẹn [[D:t6]] mà quên ngày, chú tên [[N:Đặng Văn Hòa]] nè
   → Lễ tân [[N:Diệu]]: Dạ chú [[N:Tư]] hẹn sáng [[D:12/6]] nha chú, nhớ nhịn ăn sáng.
#9 Form 21:48 | Họ tên: "test" | SĐT: (bỏ trống) | IP: [[IP:45.141.215.77]] (spam, đã chặn)
Ghi chú bàn giao: [[N:Nhi]] đã gọi lại #1, #3, #6. #7 chuyển kế toán chị [[N:Quyên]].`,
  ],
  // 25
  [
    'chat',
    `Nhóm Zalo "Nhà Má [[N:Bảy]] ❤️" · thứ Ba [[D:8/4]]
[[N:Út Nhỏ]]: Cả nhà ơi bs [[N:Quí]] nói má suy tim độ 3 rồi, EF còn 30%, đang truyền Lasix. Má nằm khoa Tim mạch Bệnh viện Đa khoa Trung ương Cần Thơ, giường 21 phòng 7 nha.
[[N:Hai Hùng]] Cà Mau: Trời, má có mệt nhiều hông [[N:Út]]? Ghe anh [[VP:CM-91187-TS]] đang ngoài khơi, mốt mới vô bờ, anh nhờ chị [[N:Hai]] lên trước.
[[N:Ba Lan]]: Để [[N:Ba]] lên nuôi má tối nay, [[N:Út]] về nghỉ đi. Mà thẻ bảo hiểm của má ai giữ?
[[N:Út Nhỏ]]: Em giữ nè, em chụp gửi luôn: mã thẻ [[BH:HT3969621584037]], tên [[N:Nguyễn Thị Bảy]], sinh năm 1947, địa chỉ [[A:ấp Tân Điền, xã Tân Hưng Đông, huyện Cái Nước]]. Căn cước má [[ID:096147003281]].
[[N:Tư]] Sài Gòn: Mai em đi xe giường nằm Phương Trang về, vé số [[R:PT-2504-88731]], 5h sáng tới bến xe Cần Thơ. Ai rước em với.
Rể [[N:Tâm]]: Để anh [[N:Tâm]] chạy ra rước cho, xe anh [[VP:65B1-338.09]] nha [[N:Tư]].
[[N:Ba Lan]]: [[N:Út]] ơi má hỏi thằng [[N:Bin]] đâu, má nhớ nó.
[[N:Út Nhỏ]]: Thằng [[N:Bin]] đi học ở [[A:phường An Khánh, quận Ninh Kiều]], chiều nó ghé. Còn con [[N:Bé Na]] xin nghỉ học thêm để nuôi ngoại.
[[N:Hai Hùng]] Cà Mau: Anh gửi 5 triệu qua stk của [[N:Út]]: [[R:0711 0004 51328]] Vietcombank nha, thiếu thì nói.
[[N:Út Nhỏ]]: Dạ em nhận rồi anh [[N:Hai]]. Mà bs nói phải chụp mạch vành thứ 5, không có BHYT thì hơn 20 triệu.
[[N:Tư]] Sài Gòn: Có thẻ mà, đúng tuyến hông [[N:Út]]? Giấy chuyển viện của má số [[R:215/GCV-TTYT]] ở Cái Nước ký hôm [[D:6/4]] đó.
[[N:Ba Lan]]: Có giấy chuyển rồi thì đúng tuyến. Thím [[N:Sáu]] bên nhà ông [[N:Cả]] gọi hỏi thăm, thím gửi 1 triệu.
[[N:Út Nhỏ]]: 10h tối: má ngủ được rồi, thở êm. Bs [[N:Quí]] hẹn nếu ổn ra viện [[D:15-4]], tái khám [[D:25/4]].
[[N:Hai Hùng]] Cà Mau: Cảm ơn mấy em. Má mà khỏe thì [[D:rằm tháng Tư]] nhà mình làm mâm cơm cúng ông bà.
Rể [[N:Tâm]]: 👍`,
  ],
  // 26
  [
    'chat',
    `nhom zalo "Y TE THON BAN - XA SUNG TRA" · [[D:3.5]]
[[N:Lầu Mí Sính]] (ytt Sủng Pờ A): bao cao tram, [[A:thon sung po a]] co [[N:sung thi my]] 19t co thai lan 2 khoang 7 thang, dau bung ra mau tu sang, chong la [[N:giang a po]] di lam ben trung quoc chua ve
[[N:Hoàng Thị Thu]] (TYT [[A:xã Sủng Trà]]): a [[N:Sính]] cho c [[N:My]] nam nghieng trai, ko cho uong thuoc la nhe. tram goi xe TTYT [[A:huyen meo vac]] len ngay
[[N:Lầu Mí Sính]]: nha c [[N:my]] ko co xe, em trai chong la [[N:giang mi chu]] sdt [[P:0389 742 516]] dang cho xuong duong lon
[[N:Ly Van Duong]] (lai xe TTYT): xe cap cuu [[VP:23A-029.87]] 40p nua toi ngã ba Sủng Pờ, dan nguoi nha mang so kham thai + cccd
[[N:Hoàng Thị Thu]]: @[[N:Lầu Mí Sính]] so kham thai c [[N:My]] ghi du sinh [[D:18-6]], cccd [[ID:002306007452]], bhyt dtts [[BH:dt2020217304658]]
[[N:Thào Thị Dợ]] (ytt Sủng Pờ B): bao cao them: chau [[N:thao mi chu]] 3t, con a [[N:thao mi sinh]] [[A:thon sung po b]], sot 3 ngay phat ban tu mat xuong co, mat do, chua tiem soi mui 2
[[N:Hoàng Thị Thu]]: nghi soi, cach ly o nha, ko cho di nha tre. chieu nay c [[N:thu]] xuong lay mau. ds tre chua tiem soi [[A:thon sung po b]] gui len gap
[[N:Thào Thị Dợ]]: ds chua tiem: 1. [[N:thao mi chu]] sn [[D:14.2.2022]]; 2. [[N:giang thi sua]] sn [[D:12.3.2023]]; 3. [[N:vang mi say]] sn [[D:30.9.2022]], bo me di lam xa, o voi ba [[N:lau thi ma]]; 4. [[N:sung thi pang]] sn [[D:5.1.2023]]
[[N:Hoàng Thị Thu]]: ok. lich tiem bu soi dot [[D:t5]] tai diem tiem [[A:thon sung po b]], dan ba con. con [[N:giang thi sua]] hom [[D:12]] c thay ho nhieu, theo doi them
[[N:Lầu Mí Sính]]: 16h c [[N:My]] da xuong TTYT, bs [[N:Vũ Đức Hiếu]] kham bao rau tien dao, chuyen tiep BVĐK tinh Ha Giang. a [[N:Po]] ben trung quoc goi ve [[P:+86 139 7726 0481]] hoi thang
[[N:Hoàng Thị Thu]]: tram da bao TYT [[A:xa pai lung]] vi ba ngoai c [[N:My]] o ben do. ai co tin gi bao tiep nhe 🙏`,
  ],
];
