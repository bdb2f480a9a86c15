// Held-out set 32, documents 1–13 (see index.ts for the conventions): news-style reports about
// patients — national and provincial papers, a hospital fan page with comments, a charity
// appeal, a police item and a court item, TV and radio scripts, a health-department press
// release, an English-language paper, a news digest. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `TUỔI TRẺ ONLINE › Sức khỏe
Cứu sống nam công nhân bị xe ben cán dập hai chân
Sáng [[D:14-3]], Bệnh viện Đa khoa khu vực Thủ Đức cho biết vừa phẫu thuật thành công cho anh [[N:Trần Văn Lực]] (34 tuổi, ngụ [[A:khu phố 6, phường Linh Trung, TP Thủ Đức]]), bị xe ben cán qua hai chân trên [[A:đường Phạm Văn Đồng]] chiều [[D:12-3]].
Theo người chứng kiến, khoảng 16h40, anh [[N:Lực]] chạy xe máy biển số [[VP:59X2-417.83]] hướng về nút giao Gò Dưa thì va chạm với xe ben [[VP:61C-284.19]] do ông [[N:Huỳnh Tấn Lộc]] (52 tuổi, quê [[A:xã Tam Quan Bắc, thị xã Hoài Nhơn]], Bình Định) điều khiển. Xe ben chở đất từ một công trình trên [[A:đường Tô Ngọc Vân]] ra.
[[N:Lực]] được đưa vào viện trong tình trạng sốc mất máu, huyết áp 70/40 mmHg, gãy hở hai xương cẳng chân độ IIIB, Hb còn 6,8 g/dL.
BS.CKII [[N:Đoàn Minh Khang]], trưởng khoa Chấn thương chỉnh hình, cho biết bệnh viện đã kích hoạt quy trình báo động đỏ, truyền 6 đơn vị máu và mổ liên tục 5 giờ. "Rất may anh [[N:Lực]] được garô đúng cách ngay tại hiện trường nên giữ được chân phải, chân trái phải cắt cụt 1/3 dưới cẳng chân", BS [[N:Khang]] nói.
Người garô cho anh là chị [[N:Võ Thị Ngọc Hân]], nhân viên nhà thuốc Long Châu gần đó. [[N:Hân]] kể chị dùng dây thun buộc tóc và cây bút bi xoắn chặt phía trên vết thương, giữ nguyên như vậy 15 phút đến khi xe cấp cứu 115 tới.
Đến [[D:20-3]], bệnh nhân đã tỉnh, ăn uống được, dự kiến chuyển sang khoa Phục hồi chức năng. Công an [[A:TP Thủ Đức]] đang làm rõ vụ việc.
Vợ anh [[N:Lực]] là chị [[N:Lê Thị Thu]], đang mang thai tháng thứ 7. Bạn đọc muốn chia sẻ với gia đình có thể liên hệ chị [[N:Thu]] qua số [[P:0938 471 205]].
[[N:XUÂN MAI]]`,
  ],
  // 2
  [
    'news',
    `BÁO NGHỆ AN – Sức khỏe
CỤ BÀ [[N:LANG THỊ ÓNG]] [[AGE:102]] TUỔI ĐƯỢC MỔ ĐỤC THỦY TINH THỂ
Bài: [[N:Hồ Phương]] – [[N:Vi Thảo]] | Ảnh: [[N:H.P]]
(Baonghean) – Sau gần 10 năm không nhìn rõ mặt con cháu, cụ bà người Thái [[N:Lang Thị Óng]] ở [[A:bản Hốc, xã Châu Bình, huyện Quỳ Châu]] đã có thể tự đi lại trong nhà sau ca mổ đục thủy tinh thể.
Ngày [[D:18/6]], đoàn y, bác sĩ Bệnh viện Mắt Nghệ An phối hợp với Hội Chữ thập đỏ [[A:huyện Quỳ Châu]] khám sàng lọc miễn phí cho 312 người cao tuổi tại Trạm Y tế [[A:xã Châu Bình]]. Cụ [[N:Óng]] là người cao tuổi nhất được khám.
Con trai cụ là ông [[N:Vi Văn Thái]] (71 tuổi) cho biết, theo sổ hộ khẩu, mẹ sinh năm 1923, thời trẻ từng đi dân công hỏa tuyến. "Bình thường mẹ chỉ ngồi bên bếp lửa, ai vào nhà cũng phải nói to mẹ mới biết là ai", ông [[N:Thái]] kể.
Sáng [[D:20-6]], cụ được mổ mắt phải bằng phương pháp Phaco, đặt thể thủy tinh nhân tạo. ThS.BS [[N:Nguyễn Thị Hồng Vân]], người trực tiếp phẫu thuật, cho biết: "Ca mổ chỉ khoảng 15 phút nhưng chúng tôi phải chuẩn bị rất kỹ vì bệnh nhân đã [[AGE:102]] tuổi, huyết áp lúc vào phòng mổ 160/90 mmHg, thị lực trước mổ chỉ còn đếm ngón tay 0,5 m".
Mắt trái của cụ dự kiến được mổ vào [[D:tháng 8]]. Cùng đợt, cụ ông [[N:Lô Văn Piêng]] ([[AGE:94]] tuổi, ở [[A:bản Bìn, xã Châu Hạnh]]) và bà [[N:Lương Thị Nọi]] (88 tuổi) cũng được mổ thành công.
Con dâu cụ, bà [[N:Lương Thị Xuân]], cho biết chi phí phẫu thuật được BHYT chi trả, phần còn lại do chương trình "Ánh sáng cho người cao tuổi" hỗ trợ. [[N:Xuân]] cười: "Mổ xong mẹ nhìn thấy con gà mái trong sân là đòi ra cho ăn".
Người dân cần đăng ký khám mắt miễn phí có thể liên hệ y sĩ [[N:Lò Thị Hoan]], Trạm Y tế [[A:xã Châu Bình]], số [[P:0868 204 571]].`,
  ],
  // 3
  [
    'fanpage',
    `Bệnh viện Đà Nẵng
[[D:2 tháng 9]] lúc 20:15 · 🌏
🚑 72 GIỜ GIÀNH GIẬT SỰ SỐNG CHO NGƯ DÂN BỊ ĐIỆN GIẬT GIỮA BIỂN
Rạng sáng [[D:29/8]], ngư dân [[N:Phan Văn Tý]] (41 tuổi, trú [[A:thôn Tân Thái, xã Tam Thanh, TP Tam Kỳ]], Quảng Nam) bị điện giật khi sửa máy phát trên tàu cá [[VP:QNa-90517-TS]], cách bờ khoảng 40 hải lý. Thuyền trưởng [[N:Lê Tấn Sang]] cùng các bạn thuyền thay nhau ép tim trong lúc tàu quay vào bờ.
Khi vào đến cảng cá Tam Quang, anh [[N:Tý]] được chuyển thẳng tới Khoa Cấp cứu. Tại đây, người bệnh ngừng tuần hoàn lần 2, rung thất, được sốc điện 3 lần và đặt ECMO VA lúc 9h40.
Ê-kíp Khoa Hồi sức tích cực do BS [[N:Trương Công Duy]] phụ trách theo dõi liên tục 72 giờ. Ngày [[D:1/9]], anh [[N:Tý]] được rút ECMO, đến sáng nay đã tự thở, tiếp xúc tốt, men tim CK-MB giảm từ 312 xuống 41 U/L.
Bệnh viện khuyến cáo bà con ngư dân: khi gặp người bị điện giật cần ngắt nguồn điện, ép tim 100–120 lần/phút và gọi 115 hoặc kênh liên lạc của Bộ đội Biên phòng.
#BVĐN #ECMO #ChuỗiSống
💬 Bình luận
[[N:Thanh Huyền Trần]]
Em là em gái anh [[N:Tý]] đây ạ, cả nhà em biết ơn các bác sĩ lắm lắm 🙏🙏
[[N:Mạ Bi]]
Bác sĩ [[N:Duy]] khoa HSTC dễ thương lắm, năm ngoái ba em cũng nằm ở đó 2 tuần
[[N:Nguyễn Hữu Phước]]
Tàu [[VP:QNa-90517-TS]] là tàu bạn của tui, anh [[N:Sang]] bữa đó gọi về mà run hết tiếng 😢
[[N:Bin Bin]]
Bình An nha anh ơi, mau khỏe về đi biển tiếp
↳ Bệnh viện Đà Nẵng
Cảm ơn chị [[N:Thanh Huyền]]. Gia đình cần hỗ trợ thủ tục BHYT hoặc chi phí điều trị vui lòng liên hệ Phòng Công tác xã hội, tầng 1 Khu nhà Điều trị kỹ thuật cao ạ.`,
  ],
  // 4
  [
    'appeal',
    `DÂN TRÍ › Nhân ái
Bé gái người Jrai 7 tuổi mang trái tim "hở van" chờ ca mổ 200 triệu đồng
Mã số [[R:2025.241]]
(Dân trí) – Nằm co ro trên giường bệnh ở Trung tâm Tim mạch, Bệnh viện Trung ương Huế, bé [[N:Siu H'Nguyên]] thở dốc sau mỗi cơn ho. Em mới 7 tuổi nhưng đã có 3 năm sống chung với bệnh hẹp hở van hai lá.
[[N:Nguyên]] là con út của chị [[N:Rơ Mah H'Lih]] (29 tuổi, trú [[A:làng Ia Ring, xã Ia Dêr, huyện Ia Grai]], Gia Lai). Năm 2022, chồng chị là anh [[N:Siu Pluih]] mất trong một tai nạn khi đi làm thuê ở Bình Dương. Từ đó, ba mẹ con sống dựa vào 5 sào cà phê của ông bà ngoại.
Chị [[N:H'Lih]] nói tiếng Việt chưa sõi, nhờ cháu là [[N:Rơ Châm Tuyết]] dịch: "Con mình đau tim lâu rồi. Bác sĩ nói phải mổ thay van, mình không có tiền. Mình chỉ mong con được đi học như bạn".
Ngày [[D:3/10]], bé được chuyển từ Bệnh viện Đa khoa tỉnh Gia Lai ra Huế. Kết quả siêu âm tim ngày [[D:6/10]] cho thấy hở van hai lá 3/4, áp lực động mạch phổi 58 mmHg. ThS.BS [[N:Hồ Hữu Thạch]], khoa Phẫu thuật Tim mạch, cho biết ca mổ dự kiến vào [[D:20 - 22/10]]; chi phí sau khi BHYT chi trả vẫn còn khoảng 200 triệu đồng.
Ông [[N:Ksor Blơi]], trưởng thôn, xác nhận gia đình thuộc hộ nghèo của xã nhiều năm nay.
Mọi sự giúp đỡ xin gửi về Quỹ Nhân ái của báo, ghi rõ mã số [[R:2025.241]], hoặc chuyển trực tiếp cho chị [[N:Rơ Mah H'Lih]], số tài khoản [[R:6211 2050 482 917]] tại Agribank Ia Grai. Người hỗ trợ gia đình làm thủ tục: anh [[N:Ksor Y Đức]], điện thoại [[P:0352 618 094]].
[[N:Thiện Nhân]]`,
  ],
  // 5
  [
    'police',
    `CAND.COM.VN › Pháp luật
Truy tìm tài xế ô tô tông cụ bà rồi bỏ chạy
Khoảng 22h ngày [[D:17/5]], trên [[A:đường Trần Hưng Đạo, phường Đông Hòa, TP Dĩ An]], một ô tô 7 chỗ màu trắng tông vào bà [[N:Đinh Thị Lượm]] (67 tuổi, ngụ [[A:khu phố Tân Hòa, phường Đông Hòa]]) khi bà đang băng qua đường, rồi bỏ chạy về hướng Làng Đại học.
Bà [[N:Lượm]] được người dân đưa vào Bệnh viện Đa khoa tỉnh Bình Dương, sau đó chuyển Bệnh viện Chợ Rẫy trong tình trạng chấn thương sọ não, tụ máu dưới màng cứng, Glasgow 7 điểm; hiện vẫn thở máy tại khoa Hồi sức ngoại thần kinh.
Qua trích xuất camera của các hộ dân, Công an [[A:TP Dĩ An]] xác định chiếc xe có biển số [[VP:51K-386.04]] hoặc [[VP:51K-388.04]] do hình ảnh không rõ. Chủ sở hữu xe [[VP:51K-386.04]] là ông [[N:P.V.H]] (45 tuổi, ngụ [[A:phường Hiệp Phú, TP Thủ Đức]]), nhưng ông [[N:H.]] trình báo đã bán xe từ [[D:tháng 2]] cho một người đàn ông tên [[N:Tùng]], chưa làm thủ tục sang tên.
Ngày [[D:20/5/2025]], Cơ quan CSĐT Công an [[A:TP Dĩ An]] đã ra quyết định khởi tố vụ án hình sự số [[R:87/QĐ-CSĐT]] về tội "Vi phạm quy định về tham gia giao thông đường bộ" theo Điều 260 Bộ luật Hình sự.
Con trai nạn nhân là anh [[N:Phạm Văn Tuấn]] cho biết mẹ anh đi bộ sang tiệm tạp hóa đối diện mua đường để sáng hôm sau nấu chè cúng. "Má tui đi có chút xíu, năm phút sau hàng xóm chạy qua kêu", anh [[N:Tuấn]] nghẹn giọng.
Cơ quan Công an đề nghị ai chứng kiến vụ việc hoặc có camera ghi lại hình ảnh liên hệ Thượng úy [[N:Lê Quốc Thịnh]], Đội CSGT – TT Công an [[A:TP Dĩ An]], số điện thoại [[P:0967 215 804]].
[[N:Nguyễn Vũ]]`,
  ],
  // 6
  [
    'court',
    `BÁO THANH HÓA – Pháp luật & Đời sống
3 năm tù cho kẻ hành hung nữ bác sĩ trực cấp cứu
Ngày [[D:24/9]], TAND [[A:huyện Hoằng Hóa]] mở phiên tòa hình sự sơ thẩm xét xử bị cáo [[N:Lê Đình Quang]] (SN 1991, trú [[A:thôn Bút Cương, xã Hoằng Quỳ]]) về tội "Cố ý gây thương tích" theo khoản 2 Điều 134 Bộ luật Hình sự.
Theo cáo trạng số [[R:62/CT-VKS]] của VKSND [[A:huyện Hoằng Hóa]], khoảng 23h30 ngày [[D:2/4]], [[N:Quang]] đưa bố là ông [[N:Lê Đình Nghĩa]] (68 tuổi) đến Trung tâm Y tế [[A:huyện Hoằng Hóa]] cấp cứu vì khó thở. Cho rằng bác sĩ chậm xử lý, [[N:Quang]] chửi bới rồi dùng mũ bảo hiểm đánh vào đầu BS [[N:N.T.H]] (36 tuổi), đồng thời đẩy ngã điều dưỡng [[N:L.V.T]] khiến anh này bị trật khớp vai.
Kết luận giám định pháp y số [[R:318/25/TgT]] xác định BS [[N:H.]] bị tổn hại 11% sức khỏe do chấn thương vùng đầu, vỡ xương chính mũi.
Tại tòa, [[N:Quang]] thừa nhận hành vi, khai do "nóng ruột vì bố thở không được". Ông [[N:Nghĩa]] sau đó được chuyển lên Bệnh viện Đa khoa tỉnh Thanh Hóa nhưng đã tử vong ngày [[D:5/4]] do nhồi máu cơ tim cấp.
Đại diện Trung tâm Y tế cho biết, trong đêm [[D:2/4]], khoa Cấp cứu chỉ có 1 bác sĩ và 3 điều dưỡng trực nhưng tiếp nhận 11 ca, trong đó có 2 ca đa chấn thương do tai nạn giao thông trên quốc lộ 10.
HĐXX nhận định hành vi của bị cáo mang tính côn đồ, gây bức xúc dư luận, tuyên phạt [[N:Lê Đình Quang]] 3 năm tù, buộc bồi thường cho bị hại 46,5 triệu đồng (bản án số [[R:71/2025/HS-ST]]). Bị cáo có 15 ngày để kháng cáo.
[[N:Đình Minh]]`,
  ],
  // 7
  [
    'tv',
    `KỊCH BẢN PHÓNG SỰ – CHUYÊN MỤC "SỨC KHỎE CỘNG ĐỒNG"
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SƠN LA
Phát sóng: 19h45 thứ Bảy, [[D:9/8]] | Thời lượng: 6'30"
BTV: [[N:Quàng Thị Hương]] | PV: [[N:Lò Văn Dũng]], [[N:Giàng A Sử]] | Dịch tiếng Mông: [[N:Thào Thị Dua]]
DẪN (BTV): Tỷ lệ phụ nữ vùng cao sinh con tại nhà vẫn còn cao. Đêm [[D:27/7]], một sản phụ ở [[A:bản Páo Của, xã Tà Xùa, huyện Bắc Yên]] đã suýt mất mạng vì băng huyết sau sinh.
HÌNH: đường đất đỏ lầy lội, cáng tre, đuốc.
LỜI BÌNH: Sản phụ là chị [[N:Mùa Thị Dế]], 19 tuổi. Sinh con thứ hai tại nhà lúc nửa đêm, chị mất máu nhiều, ngất lịm. Trưởng bản [[N:Mùa A Chư]] huy động 12 thanh niên khiêng cáng vượt 9 km đường dốc ra đến Trạm Y tế [[A:xã Tà Xùa]].
PHỎNG VẤN (tiếng Mông, phụ đề): Anh [[N:Hờ A Lử]], chồng chị [[N:Dế]]: "Mưa to quá, đường trơn, mình sợ vợ mình chết trên đường."
LỜI BÌNH: Nữ hộ sinh thôn bản [[N:Sồng Thị Mỷ]] tiêm Oxytocin 10 đơn vị, truyền dịch rồi gọi xe cấp cứu của Trung tâm Y tế [[A:huyện Bắc Yên]].
PHỎNG VẤN: BS [[N:Hà Văn Tuấn]], khoa Sản: "Lúc vào viện, huyết sắc tố của bệnh nhân chỉ còn 5,2 g/dL, huyết áp 80/50. Nếu chậm khoảng 30 phút nữa thì rất khó cứu."
LỜI BÌNH: Sau 7 ngày điều trị, từ [[D:28/7 đến 3/8]], chị [[N:Dế]] đã hồi phục và bế con về bản. Cháu bé nặng 2,7 kg, được đặt tên là [[N:Hờ A Páo]].
Theo ngành Y tế Sơn La, 6 tháng đầu năm, tỷ lệ sinh con tại cơ sở y tế ở [[A:huyện Bắc Yên]] mới đạt 64%. Tà Xùa nổi tiếng với "biển mây" nhưng nhiều bản vẫn cách trạm y tế cả buổi đi bộ.
KẾT (BTV): Mời quý vị đón xem chuyên mục vào 19h45 thứ Bảy hằng tuần.
Thực hiện: [[N:Lò Văn Dũng]] – [[N:Giàng A Sử]]`,
  ],
  // 8
  [
    'radio',
    `VOV TÂY NGUYÊN – CHƯƠNG TRÌNH PHÁT THANH TIẾNG Ê ĐÊ
Bản tiếng Việt của bản tin thời sự 6h00 ngày [[D:5/11]]
Biên tập: [[N:H'Ngơn Byă]] – Biên dịch: [[N:Y Phôn Ênuôl]]
Thưa quý thính giả, già làng [[N:Y Kuăl Niê]], người bà con trong buôn vẫn gọi là [[N:Ama Hiếu]], năm nay đã [[AGE:97]] tuổi. Ông sống ở [[A:buôn Kô Siêr, phường Tân Lợi, TP Buôn Ma Thuột]].
Sáng [[D:1/11]], trong lúc ngồi uống rượu cần ở lễ mừng lúa mới, ông đột ngột nói khó, yếu nửa người bên phải. Cháu nội ông là anh [[N:Y Thoan Mlô]] chở ông bằng xe máy đến thẳng Bệnh viện Đa khoa vùng Tây Nguyên.
Bác sĩ [[N:Trần Quang Huy]], Khoa Thần kinh, cho biết ông được chụp cắt lớp, xác định nhồi máu não và được dùng thuốc tiêu sợi huyết trong "giờ vàng". "Người bệnh đã [[AGE:97]] tuổi nên nguy cơ chảy máu não rất cao, chúng tôi phải trao đổi kỹ với gia đình", bác sĩ [[N:Huy]] nói.
Đến chiều [[D:4/11]], ông [[N:Y Kuăl]] đã nói được, tự ngồi dậy ăn cháo. Vợ ông, bà [[N:H'Blong Êban]], 89 tuổi, ngày nào cũng ngồi bên giường.
Y sĩ Trạm Y tế [[A:phường Tân Lợi]] cho biết từ đầu năm, trong buôn đã có 3 người cao tuổi bị đột quỵ, một người tử vong vì gia đình mời thầy cúng trước rồi mới đi viện.
Bác sĩ khuyến cáo bà con: khi thấy người nhà méo miệng, nói khó, yếu tay chân phải đưa ngay đến bệnh viện, không cúng bái hay cạo gió. Bà con có thể gọi cấp cứu 115 hoặc đến trạm y tế gần nhất.
Tin: [[N:H'Ngơn]], [[N:Y Phôn]] – VOV Tây Nguyên.`,
  ],
  // 9
  [
    'press-release',
    `SỞ Y TẾ TỈNH QUẢNG NAM
THÔNG CÁO BÁO CHÍ
Về 4 trường hợp nghi ngộ độc botulinum sau khi ăn pate chay
Tam Kỳ, ngày [[D:16 tháng 8 năm 2024]]
Trong các ngày từ [[D:10 - 14/8]], Trung tâm Y tế [[A:huyện Núi Thành]] và Bệnh viện Đa khoa Trung ương Quảng Nam tiếp nhận 4 người bệnh có biểu hiện sụp mi, khó nuốt, yếu cơ tiến triển, cùng ăn một loại pate chay đóng hộp mua qua mạng, cụ thể:
1. Người bệnh [[N:N.T.L]] (nữ, 38 tuổi, trú [[A:thôn Thạnh Mỹ, xã Tam Xuân 1, huyện Núi Thành]]), nhập viện ngày [[D:10/8]], hiện đang thở máy.
2. Người bệnh [[N:T.V.B]] (nam, 42 tuổi, chồng bà [[N:L.]]), nhập viện ngày [[D:11/8]].
3. Người bệnh [[N:T.N.A]] (nữ, 10 tuổi, con bà [[N:L.]]), nhập viện ngày [[D:12/8]].
4. Người bệnh [[N:P.Đ]] (nam, 63 tuổi, trú [[A:thôn Đông Yên, xã Tam Anh Bắc]]), hàng xóm, ăn cùng bữa tối [[D:8/8]], nhập viện ngày [[D:14/8]].
Sở Y tế đã báo cáo Cục Quản lý Khám, chữa bệnh và được Bộ Y tế điều phối 2 lọ thuốc giải độc Botulism Antitoxin Heptavalent (BAT) từ Bệnh viện Chợ Rẫy, truyền cho người bệnh [[N:N.T.L]] và [[N:T.N.A]] trong đêm [[D:14/8]].
Mẫu sản phẩm thu tại nhà người bệnh có nhãn "Pate chay nấm hương", lô sản xuất 240625, hạn sử dụng [[D:25/12/2025]], đã được gửi Viện Pasteur Nha Trang xét nghiệm.
Sở Y tế khuyến cáo người dân không sử dụng sản phẩm trên; khi có biểu hiện sụp mi, nhìn mờ, nói khó, khó thở sau khi ăn đồ hộp cần đến ngay cơ sở y tế gần nhất.
Người phát ngôn: ông [[N:Trần Văn Tân]], Phó Giám đốc Sở Y tế, điện thoại [[P:0905 318 427]].`,
  ],
  // 10
  [
    'news-en',
    `VnExpress International › News › Traffic
Australian backpacker survives crash on Ha Giang loop, mother flies in
By [[N:Hoang Phong]]   [[D:October 14, 2025]] | 05:32 pm GMT+7
An Australian man is recovering at Tuyen Quang General Hospital after his rented motorbike plunged off a bend on the Ma Pi Leng Pass on Sunday afternoon.
[[N:Liam O'Sullivan]], 26, from Brisbane, was riding behind his tour group in [[A:Meo Vac Commune]], Tuyen Quang Province (formerly part of Ha Giang), when he lost control on a wet downhill curve around 3 p.m. on [[D:Oct. 12]], according to local police.
His guide, [[N:Vang Mi Sinh]], 31, a Hmong "easy rider" from [[A:Lung Cu Commune]], said he heard the crash and found the bike, plate [[VP:23B1-567.02]], wedged in bushes about eight meters below the road. "[[N:Liam]] was talking but he could not move his left leg," [[N:Sinh]] said.
Dr [[N:Nguyen Thi Thu]], deputy head of the hospital's emergency department, said the patient had a fractured left femur, three broken ribs and a Glasgow Coma Scale score of 14 on arrival. He underwent surgery on [[D:Oct. 13]].
Because his phone was smashed, the hospital posted his name and Australian passport number, [[PP:PA4417283]], on its Facebook page to reach his relatives. His travel companion, [[N:Chloe Bennett]], 24, who had stayed behind in [[A:Ha Giang 1 Ward]], contacted the hospital within an hour.
His mother, [[N:Siobhan O'Sullivan]], landed in Hanoi on [[D:Oct. 14]] and plans to arrange a medical evacuation to Australia once he is stable.
The loop has become one of Vietnam's most popular backpacker routes. Provincial statistics show at least 37 foreign tourists were treated for motorbike injuries there between [[D:January 1 and September 30]] this year. Police have reminded visitors that riding without a valid Vietnamese or international driving permit is illegal and may void travel insurance.`,
  ],
  // 11
  [
    'digest',
    `BÁO LAO ĐỘNG – TIN NHANH Y TẾ NGÀY [[D:21/3]]
HÀ NỘI – Bé trai [[N:N.M.K]] (4 tuổi, ở [[A:phường Yên Nghĩa, quận Hà Đông]]) được Bệnh viện Nhi Trung ương nội soi gắp 12 viên bi nam châm nằm rải rác trong dạ dày và ruột non. Mẹ bé kể con nuốt bi từ khoảng [[D:15/3]], đến [[D:18/3]] mới đau bụng, nôn.
NGHỆ AN – Ông [[N:H.V.T]] (56 tuổi, trú [[A:xóm 7, xã Nghi Phong, huyện Nghi Lộc]]) tử vong tại nhà sau khi uống rượu ngâm rễ cây mà gia đình tưởng là ba kích. Hai người uống cùng là ông [[N:Tr.]] và ông [[N:L.]] đang điều trị tại Bệnh viện Đa khoa Hữu nghị Nghệ An. Công an [[A:huyện Nghi Lộc]] đã lấy mẫu rượu, nghi có lá ngón.
ĐỒNG NAI – Sáng [[D:20/3]], 17 công nhân một công ty may trong [[A:KCN Thạnh Phú, huyện Vĩnh Cửu]] bị ngất, khó thở nghi do rò rỉ khí gas. Các công nhân được đưa đến Bệnh viện Đa khoa Thống Nhất, đến trưa đã có 15 người xuất viện.
CẦN THƠ – Cụ bà [[N:T.]] ([[AGE:93]] tuổi, ở [[A:phường An Khánh, quận Ninh Kiều]]) bị chó nhà cắn vào mặt khi cho chó ăn, được tiêm huyết thanh kháng dại tại Trung tâm Kiểm soát bệnh tật TP Cần Thơ. Con chó đã chết sau 4 ngày theo dõi.
ĐẮK NÔNG – Anh [[N:Điểu K'Lương]] (32 tuổi, người Mnông, [[A:bon Bu Sốp, xã Quảng Tân, huyện Tuy Đức]]) bị cây đổ đè khi đang phát rẫy chiều [[D:19/3]], được Trung tâm Y tế [[A:huyện Tuy Đức]] sơ cứu rồi chuyển Bệnh viện Đa khoa tỉnh trong tình trạng vỡ thân đốt sống L1.
THÁI BÌNH – Hai mẹ con chị [[N:Phạm Thị Hiền]] (31 tuổi) và cháu [[N:Minh Anh]] (3 tuổi) ở [[A:xã Vũ Tây, huyện Kiến Xương]] nhập viện do ngộ độc khí CO khi đốt than sưởi trong phòng kín đêm [[D:19/3]]. Nồng độ HbCO của người mẹ lúc vào viện là 28%.
Nhóm PV`,
  ],
  // 12
  [
    'news',
    `BÁO CÀ MAU – Xã hội
Đưa ngư dân bị đột quỵ trên biển vào bờ cấp cứu
Bài, ảnh: [[N:Huỳnh Lâm]]
Chiều [[D:7-1]], Bộ đội Biên phòng tỉnh phối hợp với Trung tâm Y tế [[A:huyện Ngọc Hiển]] đưa ngư dân [[N:Danh Út]] (48 tuổi, người Khmer, ngụ [[A:ấp Rạch Gốc A, xã Tân Ân, huyện Ngọc Hiển]]) vào bờ cấp cứu.
Anh [[N:Út]] là thuyền viên tàu cá [[VP:CM-94217-TS]] do ông [[N:Lâm Văn Bé Năm]] làm thuyền trưởng. Tàu xuất bến từ [[D:3/1]], đánh bắt ở ngư trường cách Hòn Khoai khoảng 60 hải lý về hướng Tây Nam. Sáng [[D:7/1]], anh [[N:Út]] đột ngột ngã quỵ trên boong, yếu nửa người bên trái, nói đớt.
Ông [[N:Bé Năm]] liên lạc qua máy ICOM về bờ. Thiếu tá [[N:Nguyễn Thanh Toàn]], Đồn trưởng Đồn Biên phòng Tân Ân, cho biết đơn vị đã điều xuồng cao tốc ra đón, chạy liên tục 2 giờ 40 phút.
Bác sĩ [[N:Trần Thị Cẩm Nhung]], Trung tâm Y tế [[A:huyện Ngọc Hiển]], cho biết khi vào đến nơi bệnh nhân đã qua "giờ vàng", huyết áp 210/120 mmHg, được xử trí hạ áp rồi chuyển tiếp lên Bệnh viện Đa khoa Cà Mau.
Vợ anh [[N:Út]] là chị [[N:Thạch Thị Sa Ri]], ở nhà với 3 con nhỏ. "Ảnh đi biển 20 năm nay, chưa bệnh gì nặng. Nghe tin tui chỉ biết lạy Phật", chị [[N:Sa Ri]] nói.
Đến ngày [[D:10/1]], sức khỏe anh [[N:Út]] đã ổn định, có thể tự ngồi dậy. Ngư dân cần hỗ trợ y tế trên biển có thể gọi 115 hoặc liên lạc kênh 16 VHF.`,
  ],
  // 13
  [
    'news',
    `BÁO HẢI DƯƠNG – Người tốt việc tốt
Anh thợ điện 52 lần hiến máu, tiểu cầu
[[N:Thanh Chung]]
Gần 20 năm qua, anh [[N:Phạm Văn Chiến]] (45 tuổi, ở [[A:thôn Tràng Kỹ, xã Tân Trường, huyện Cẩm Giàng]]) đã 52 lần hiến máu và tiểu cầu. Anh có nhóm máu O, Rh dương, nên thường được Bệnh viện Đa khoa tỉnh Hải Dương gọi mỗi khi thiếu máu cấp cứu. Anh tham gia đều đặn Lễ hội Xuân hồng, Hành trình Đỏ và Chủ nhật Đỏ.
Lần hiến tiểu cầu đáng nhớ nhất của anh là đêm [[D:28 Tết]] cách đây hai năm, khi bé [[N:Vũ Bảo Ngọc]] (khi đó 7 tuổi, ở [[A:phường Hải Tân, TP Hải Dương]]) bị xuất huyết giảm tiểu cầu nặng, tiểu cầu chỉ còn 3 G/L.
Mẹ bé là chị [[N:Đào Thị Liên]] nhớ lại: "Gần nửa đêm anh [[N:Chiến]] vẫn chạy xe từ Cẩm Giàng lên, áo còn dính sơn. Đến giờ mỗi lần con tái khám, tôi vẫn nhắn tin báo cho anh".
Hiện [[N:Bảo Ngọc]] đã học lớp 4, sức khỏe ổn định. Bé gọi anh là "bố [[N:Chiến]]".
Vợ anh, chị [[N:Nguyễn Thị Hoa]], công nhân may, kể lúc đầu cũng lo: "Nhưng bác sĩ giải thích hiến máu đều đặn không ảnh hưởng sức khỏe, mỗi lần cách nhau ít nhất 12 tuần là được".
Ngày [[D:14/6]] vừa qua, anh [[N:Chiến]] là một trong 10 cá nhân được UBND tỉnh tặng bằng khen vì thành tích tiêu biểu trong phong trào hiến máu tình nguyện. [[N:Chiến]] nói giản dị: "Mình khỏe thì mình cho, có mất gì đâu".`,
  ],
];
