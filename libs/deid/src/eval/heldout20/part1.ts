// Held-out set 20, documents 1–20 (see index.ts for the conventions): news-style reports about
// patients from many communities — regional papers, TV scripts, a hospital's fan page with
// comments, police and charity items. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO HÀ GIANG ĐIỆN TỬ – Thời sự
Xe khách lao xuống taluy âm trên đèo Mã Pì Lèng, 14 người bị thương
[[N:Vương Thị Lan]] – [[N:Sùng Mí Chớ]]
Khoảng 15h30 ngày [[D:8/11]], xe khách BKS [[VP:23F-004.17]] do tài xế [[N:Trần Văn Thắng]] (41 tuổi, trú [[A:tổ 5, phường Nguyễn Trãi, TP Hà Giang]]) điều khiển, chở 27 hành khách theo chiều Mèo Vạc – Đồng Văn, khi đến khúc cua gần điểm dừng chân Mã Pì Lèng thì mất lái, lao xuống taluy âm sâu khoảng 12 m.
Ngay sau khi nhận tin, Trạm Y tế [[A:xã Pải Lủng]] và lực lượng Biên phòng đã cùng người dân dùng dây thừng đưa nạn nhân lên. Trong số 14 người bị thương có 9 người Mông, chủ yếu ở [[A:thôn Tả Lủng A, xã Tả Lủng]] và [[A:thôn Sà Lủng, xã Pải Lủng, huyện Mèo Vạc]], đi chợ phiên về.
Nặng nhất là bà [[N:Giàng Thị Dợ]] (68 tuổi) chấn thương cột sống và cháu [[N:Vàng Mí Sính]] (7 tuổi) chấn thương sọ não, được chuyển ngay về Bệnh viện Đa khoa tỉnh trong đêm. Ông [[N:Lù Seo Phừ]], bố cháu [[N:Sính]], gãy tay phải nhưng vẫn đòi đi theo con.
Bác sĩ CKII [[N:Nguyễn Thị Hồng Nhung]], Trưởng khoa Ngoại chấn thương, cho biết: "Cháu bé được mổ lấy máu tụ ngoài màng cứng lúc 0h40 ngày [[D:9/11]]. Hiện cháu đã tự thở, đáp ứng gọi hỏi". Anh [[N:Sùng Seo Chử]], phiên dịch tiếng Mông của bệnh viện, túc trực bên gia đình suốt hai ngày.
Đến sáng [[D:10-11]], 8 người đã ra viện. Chị [[N:Thào Thị Mai]] (29 tuổi) đang mang thai 32 tuần, được theo dõi tại khoa Sản; thai nhi ổn định.
Theo Đại tá [[N:Hoàng Văn Lợi]], Phó Giám đốc Công an tỉnh, cơ quan CSĐT đã thu giữ phương tiện, lấy lời khai tài xế [[N:Thắng]] và phụ xe [[N:Nguyễn Đức Hậu]]. Kết quả kiểm tra ban đầu cho thấy xe vẫn trong hạn kiểm định (đến [[D:15/3/2026]]), tài xế không có nồng độ cồn.
UBND tỉnh đã trích quỹ hỗ trợ mỗi người bị thương 3 triệu đồng. Ông [[N:Lầu Mí Vảng]], Chủ tịch UBND [[A:xã Pải Lủng]], cùng đoàn đã đến thăm từng gia đình. Người thân cần thông tin về bệnh nhân có thể gọi phòng Công tác xã hội của bệnh viện: chị [[N:Đặng Thu Hà]], [[P:0977 318 604]].`,
  ],
  // 2
  [
    'news',
    `ĐÀI PHÁT THANH – TRUYỀN HÌNH LÀO CAI | BẢN TIN TIẾNG DAO
Phát sóng 18h ngày [[D:22/9]] | BTV: [[N:Triệu Thị Xuân]] | QP: [[N:Bàn Văn Sểnh]]
DẪN: Một người đàn ông Dao đỏ ở [[A:huyện Bát Xát]] bị gấu tấn công khi đi lấy măng trong rừng già. Nhờ người dân kịp thời cõng ra, bệnh nhân đã qua cơn nguy kịch.
LỜI BÌNH: Chiều [[D:19/9]], ông [[N:Chảo Láo Lở]], 54 tuổi, ở [[A:thôn Ky Quan San, xã Y Tý]] cùng con rể là anh [[N:Tẩn Láo San]] vào rừng lấy măng đắng. Khi đi qua một khe đá, ông bị một con gấu ngựa lao ra cào vào mặt và ngực.
PHỎNG VẤN anh [[N:Tẩn Láo San]] (tiếng Dao, phụ đề): "Tôi hét to, đập dao vào đá thì con gấu mới bỏ đi. Bố vợ tôi máu chảy nhiều lắm."
LỜI BÌNH: Hơn 10 thanh niên trong thôn, trong đó có anh [[N:Phàn Văn Chòi]] và anh [[N:Lý Láo Sử]], thay nhau cõng ông [[N:Lở]] đi bộ gần 5 tiếng mới ra tới đường. Y sĩ [[N:Sần Thị Hoa]] của Trạm Y tế [[A:xã Y Tý]] sơ cứu, cầm máu rồi gọi xe cấp cứu 115.
HÌNH: phòng mổ Bệnh viện Đa khoa tỉnh Lào Cai.
PHỎNG VẤN BSCKII [[N:Phạm Quang Huy]], khoa Phẫu thuật hàm mặt: "Bệnh nhân rách da đầu, lộ xương gò má, tổn thương mắt trái. Chúng tôi mổ lúc 2 giờ sáng [[D:20/9]], khâu hơn 200 mũi. Bệnh nhân được tiêm phòng dại, uốn ván đầy đủ."
LỜI BÌNH: Bà [[N:Lý Thị Mẩy]], vợ ông [[N:Lở]], cho biết gia đình thuộc hộ nghèo, đi viện lần này chỉ mang theo 2 triệu đồng. Hội Chữ thập đỏ huyện đã hỗ trợ ban đầu 5 triệu đồng, Hạt Kiểm lâm cũng đến thăm vào ngày [[D:21-9]].
LỜI BÌNH: Theo ông [[N:Vàng Seo Dìn]], Hạt trưởng Hạt Kiểm lâm Bát Xát, từ đầu năm đến nay đã ghi nhận 3 lần gấu xuất hiện ở khu vực giáp biên. Người dân được khuyến cáo không đi rừng một mình, nhất là vào [[D:tháng 9]], [[D:tháng 10]] khi gấu đi ăn măng và quả dẻ.
KẾT: Thông tin: [[N:Triệu Thị Xuân]], [[N:Bàn Văn Sểnh]] – Đài PT-TH Lào Cai.`,
  ],
  // 3
  [
    'news',
    `BÁO SƠN LA – Sức khỏe
Cả gia đình người Thái ngộ độc vì uống rượu ngâm củ ấu tẩu tự chế
Bài, ảnh: [[N:Lò Thị Thu]]
Tối [[D:3/12]], ông [[N:Lò Văn Pánh]] (57 tuổi), vợ là bà [[N:Quàng Thị Ín]] (55 tuổi) và em trai là ông [[N:Lò Văn Sương]] (49 tuổi), cùng trú [[A:bản Hua Sát, xã Chiềng Xôm, TP Sơn La]], được đưa vào Bệnh viện Đa khoa tỉnh trong tình trạng tê bì môi, nôn, tụt huyết áp, loạn nhịp tim.
Theo lời con gái là chị [[N:Lò Thị Phương]], trước đó khoảng 1 giờ, cả ba uống rượu ngâm củ ấu tẩu do một người quen ở [[A:xã Chiềng Sinh]] mang đến để "chữa đau lưng". "Bố tôi uống hai chén, mẹ tôi chỉ một chén mà cũng ngã ra sân", chị [[N:Phương]] kể.
ThS.BS [[N:Đinh Thị Kim Oanh]], Trưởng khoa Hồi sức tích cực – Chống độc, cho biết ông [[N:Pánh]] có lúc ngừng tuần hoàn, được ép tim, sốc điện 2 lần, đặt nội khí quản và lọc máu liên tục. Bà [[N:Ín]] và ông [[N:Sương]] nhẹ hơn, được truyền dịch, theo dõi điện tim 48 giờ.
Chất độc aconitin trong củ ấu tẩu có thể gây tử vong chỉ với một lượng rất nhỏ. Từ đầu năm, khoa đã cứu chữa 11 ca tương tự, trong đó một ca tử vong hôm [[D:17/8]] là anh [[N:Cầm Văn Tuấn]] ở [[A:huyện Mai Sơn]].
Sáng [[D:6/12]], ông [[N:Pánh]] đã được rút ống, tỉnh táo. Ông nói qua phiên dịch là cháu nội [[N:Lò Văn Khánh]]: "Từ giờ không dám uống thuốc lá cây người ta cho nữa".
Người bán rượu là bà [[N:Hà Thị Nhuận]] ([[A:bản Noong Đúc, xã Chiềng Sinh]]) đã được Công an thành phố mời làm việc. Đội Quản lý thị trường số 4 cũng đã lấy mẫu rượu còn lại gửi Viện Kiểm nghiệm. Kết quả dự kiến có trước [[D:15/12]].
Đồng chí [[N:Tòng Văn Lả]], Phó Giám đốc Sở Y tế, đề nghị các xã tăng cường tuyên truyền bằng tiếng Thái trên loa truyền thanh, nhất là trong [[D:tháng Chạp]] khi người dân hay ngâm rượu đón Tết.`,
  ],
  // 4
  [
    'news',
    `BÁO ĐÀ NẴNG – Xã hội
Du khách Hàn Quốc ngừng tim khi đang tắm biển, được cứu sống ngoạn mục
[[N:Hoàng Minh Khang]]
Khoảng 6h45 sáng [[D:14/7]], ông [[N:Kim Dong-hyun]] (63 tuổi, quốc tịch Hàn Quốc, đến từ Daegu) đang tắm biển trước một khách sạn trên [[A:đường Võ Nguyên Giáp]] thì đột ngột gục xuống nước.
Nhân viên cứu hộ [[N:Lê Văn Trí]] và [[N:Phan Thanh Tùng]] đưa ông lên bờ, thấy ông ngừng thở, mất mạch nên lập tức ép tim. Một du khách là điều dưỡng người Úc, bà [[N:Megan O'Connor]], đã hỗ trợ thổi ngạt. Xe cấp cứu 115 đến sau 9 phút, sốc điện 3 lần thì tim đập trở lại.
Tại Bệnh viện Đà Nẵng, ông [[N:Kim]] được chụp mạch vành cấp cứu, phát hiện tắc hoàn toàn động mạch liên thất trước và được đặt 1 stent. TS.BS [[N:Trần Thị Thanh Vân]], Trưởng khoa Tim mạch can thiệp, cho biết bệnh nhân được hạ thân nhiệt chỉ huy 24 giờ để bảo vệ não.
Vợ ông là bà [[N:Park Mi-sook]] (박미숙) bay từ Daegu sang vào tối [[D:15/7]]. Qua phiên dịch viên [[N:Nguyễn Thị Bảo Ngọc]], bà xúc động: "Chồng tôi được cứu sống ở một đất nước xa lạ. Gia đình tôi mang ơn những người đã ép tim cho ông ấy".
Ngày [[D:20-7]], ông [[N:Kim Dong-hyun]] (김동현) đã tự đi lại, ăn uống bình thường. Công ty bảo hiểm của ông đã bảo lãnh toàn bộ chi phí, với mã hồ sơ [[R:KB-TRV-2507-88213]]. Bệnh viện dự kiến cho ông xuất viện ngày [[D:23/7]] để về nước điều trị tiếp.
Ông [[N:Nguyễn Văn Phước]], Đội trưởng Đội cứu hộ bãi biển, cho biết đây là ca thứ 4 trong năm lực lượng cứu hộ kịp thời ép tim cứu du khách. Đội đang đề xuất lắp thêm máy sốc điện tự động (AED) tại các chòi cứu hộ trên bãi biển [[A:phường Phước Mỹ]] và [[A:phường Mỹ An, quận Ngũ Hành Sơn]].
Tổng lãnh sự quán Hàn Quốc tại Đà Nẵng đã gửi thư cảm ơn đến đội cứu hộ và bệnh viện.`,
  ],
  // 5
  [
    'news',
    `BÁO QUẢNG TRỊ – Đối ngoại
Chuyển viện xuyên biên giới: Cứu sống nam thanh niên Lào bị tai nạn giao thông
[[N:Lê Phước Ngọc Anh]]
Chiều [[D:27/10]], tại Cửa khẩu Quốc tế Lao Bảo, xe cấp cứu của Bệnh viện tỉnh Savannakhet (Lào) đã bàn giao bệnh nhân [[N:Phouthone Sisavath]] (22 tuổi, trú [[A:bản Nongbouathong, huyện Kaysone Phomvihane]]) cho kíp cấp cứu của Trung tâm Y tế [[A:huyện Hướng Hóa]].
Anh [[N:Phouthone]] bị tai nạn xe máy tối [[D:25/10]], chấn thương sọ não, gãy xương đùi. Do bệnh viện bên bạn không có máy chụp cắt lớp hoạt động, gia đình xin chuyển sang Việt Nam. Thủ tục được hai bên phối hợp làm trong 4 giờ, hộ chiếu của bệnh nhân số [[PP:P2841067]], mẹ đi theo là bà [[N:Khamla Sisavath]], hộ chiếu [[PP:P1993254]].
BS [[N:Hồ Văn Ba]], Phó Giám đốc TTYT huyện, trực tiếp đi cùng xe về Bệnh viện Đa khoa tỉnh Quảng Trị. Tại đây, bệnh nhân được mổ kết hợp xương đùi ngày [[D:28/10]]; máu tụ dưới màng cứng được điều trị bảo tồn.
"Giao tiếp ban đầu rất khó vì bệnh nhân chỉ nói tiếng Lào. May có anh [[N:Hồ Văn Khăm]], người Vân Kiều ở [[A:xã Tân Long]], biết tiếng Lào, xin làm phiên dịch không lấy tiền", BSCKI [[N:Trương Thị Mỹ Hạnh]], khoa Ngoại tổng hợp, kể.
Bà [[N:Khamla]] nói qua phiên dịch: "Ở nhà, mọi người ai cũng lo con tôi không qua khỏi. Các bác sĩ Việt Nam chăm sóc con tôi như con của họ". Em gái bệnh nhân là [[N:Noy]] cũng sang thăm vào ngày [[D:2/11]].
Ngày [[D:7/11]], anh [[N:Phouthone]] đã chống nạng đi lại, được xe của bệnh viện đưa về đến cửa khẩu. Tổng chi phí điều trị hơn 46 triệu đồng; Công đoàn bệnh viện và các nhà hảo tâm đã hỗ trợ 30 triệu đồng. Giấy ra viện của bệnh nhân số [[R:2510/RV-NG]] được dịch sang tiếng Lào.
Theo ông [[N:Nguyễn Đức Cường]], Giám đốc Sở Y tế, từ năm 2023 tỉnh đã tiếp nhận 38 bệnh nhân Lào theo thỏa thuận hợp tác y tế với tỉnh Savannakhet.`,
  ],
  // 6
  [
    'news',
    `BÁO YÊN BÁI – Phòng chống thiên tai
Nước lũ tràn vào trạm y tế, cán bộ y tế chuyển bệnh nhân trong đêm
[[N:Hà Thị Thanh Tâm]] – [[N:Nông Văn Khoa]]
Khoảng 23h ngày [[D:9/9]], nước lũ trên suối Ngòi Hút dâng nhanh, tràn vào Trạm Y tế [[A:xã Đại Sơn]] ([[A:huyện Văn Yên]]). Lúc đó, trạm đang lưu 3 bệnh nhân và một sản phụ vừa sinh con được 6 giờ.
Trạm trưởng [[N:Hoàng Thị Nguyệt]] (người Tày) kể: "Nước lên đến đầu gối chỉ trong 20 phút. Chị em chúng tôi bọc thuốc, vắc xin vào túi ni lông, còn anh [[N:Sầm]] cõng sản phụ lên nhà văn hóa [[A:thôn Khe Hóp]]". Người được cõng là chị [[N:Triệu Thị Liên]] (24 tuổi, người Dao), bé gái chị mới sinh nặng 2,9 kg.
Y sĩ [[N:Sầm Văn Quý]] và điều dưỡng [[N:La Thị Huệ]] lần lượt đưa cụ [[N:Nông Văn Thìn]] ([[AGE:91]] tuổi, đang thở oxy vì suy tim) và cháu [[N:Hoàng Gia Bảo]] (3 tuổi, viêm phổi) đến nơi an toàn. Người bệnh thứ tư là ông [[N:Đặng Văn Kiểm]] bị rắn cắn chiều [[D:9/9]], được chuyển tiếp ra TTYT huyện bằng xuồng của Quân sự xã.
Sáng [[D:10/9]], toàn bộ tầng 1 của trạm ngập sâu 1,6 m; tủ lạnh bảo quản vắc xin, máy siêu âm và hồ sơ tiêm chủng bị hư hỏng. Hiện trạm tạm khám bệnh tại nhà văn hóa [[A:thôn Khe Hóp]], số điện thoại trực [[P:0368.221.457]].
Ông [[N:Lương Đức Tài]], Giám đốc TTYT [[A:huyện Văn Yên]], cho biết từ [[D:9 đến 12/9]] đã cử 2 đoàn mang thuốc, cloramin B lên hỗ trợ. Dự kiến đến cuối [[D:tháng 9]], trạm mới có thể hoạt động trở lại.
Chị [[N:Liên]] nói: "Nếu không có chị [[N:Nguyệt]], anh [[N:Quý]], mẹ con tôi không biết ra sao". Bé gái được đặt tên là [[N:Triệu Thị Bình An]].`,
  ],
  // 7
  [
    'news',
    `Bệnh viện Đa khoa vùng Tây Nguyên
[[D:24 tháng 11]] lúc 20:15 · 🌏
💐 CẢM ƠN NHỮNG "THIÊN THẦN ÁO TRẮNG" – LỜI CỦA MỘT GIA ĐÌNH Ê ĐÊ 💐
Bệnh viện xin chia sẻ bức thư tay mà chị [[N:H'Nhi Êban]] ở [[A:buôn Kô Siêr, phường Tân Lợi, TP Buôn Ma Thuột]] gửi tập thể khoa Hồi sức tích cực sau 19 ngày chồng chị, anh [[N:Y Thịnh Niê]] (36 tuổi), điều trị sốc nhiễm khuẩn do bệnh Whitmore.
Anh [[N:Y Thịnh]] nhập viện đêm [[D:2/11]], suy hô hấp, suy thận, phải thở máy và lọc máu. "Có lúc bác sĩ [[N:Khoa]] nói với em là phải chuẩn bị tinh thần. Em về buôn, cùng [[N:Ama Khu]] cúng cầu cho chồng. Nhưng các bác sĩ vẫn không bỏ cuộc", chị viết.
Ngày [[D:21/11]], anh [[N:Y Thịnh]] đã rời khoa, về nhà với hai con nhỏ.
Xin cảm ơn ThS.BS [[N:Võ Đăng Khoa]], điều dưỡng trưởng [[N:Nguyễn Thị Thúy]], điều dưỡng [[N:H'Len Byă]] – người thường dịch tiếng Ê Đê cho gia đình – và toàn thể ekip 💙
#BVTN #HồiSứcTíchCực #Whitmore
👍❤️ 1,2K · 146 bình luận · 37 lượt chia sẻ
Bình luận:
[[N:Ami Mlô]]: Anh [[N:Thịnh]] là hàng xóm em, hôm qua thấy anh ra vườn cà phê rồi, mừng quá 🥰
[[N:Trần Bảo Ngọc]]: Khoa HSTC là nơi vất vả nhất, cảm ơn các anh chị 🙏
[[N:Y Phôn Kbuôr]]: Amai [[N:H'Nhi]] mạnh mẽ lắm. Chúc gia đình bình an
↳ [[N:H'Nhi Êban]]: Cảm ơn em nhé. Nhờ cả buôn góp tiền cho anh đi viện
[[N:Lê Văn Sỹ]]: Bệnh Whitmore nguy hiểm thật, ở quê tôi năm ngoái có người chết vì nó
↳ Bệnh viện Đa khoa vùng Tây Nguyên: Dạ bệnh do vi khuẩn trong đất và nước, bà con làm nông nên mang ủng, găng tay và đi khám sớm khi sốt kéo dài ạ.
[[N:Ngọc Ánh Phạm]]: Điều dưỡng [[N:Thúy]] chăm mẹ em năm 2023, dễ thương lắm ạ
[[N:Mai Xuân Hòa]]: bs [[N:Khoa]] giỏi mà hiền, ba em cũng được bs cứu 😭
[[N:Hoàng Yến Nhi]]: Chúc anh [[N:Y Thịnh]] mau khỏe để đi rẫy lại nha
[[N:Rcom H'Dung]]: Ơ đây là anh họ em nè, cám ơn bệnh viện nhiều lắm ❤️
[[N:Bùi Quang Vinh]]: Mong bệnh viện đăng thêm những câu chuyện như thế này`,
  ],
  // 8
  [
    'news',
    `BÁO GIA LAI – Y tế
Bé trai người Jrai bị rắn lục cắn, được cứu sau 2 lần chuyển viện
[[N:Ksor H'Bơ Khăp]]
Khoảng 17h ngày [[D:5/6]], cháu [[N:Rơ Mah Thuân]] (6 tuổi, ở [[A:làng Ia Lang, xã Ia Piơr, huyện Chư Prông]]) đi theo bố mẹ lên rẫy điều thì bị rắn lục đuôi đỏ cắn vào mu bàn chân phải.
Bố cháu là anh [[N:Rơ Mah Khiêm]] buộc garô bằng dây rừng rồi chở con bằng xe máy ra Trạm Y tế [[A:xã Ia Piơr]]. Y sĩ [[N:Nay Thị H'Dim]] sơ cứu, tháo garô dần, cố định chân rồi liên hệ chuyển cháu lên TTYT [[A:huyện Chư Prông]].
Do chân sưng nề lan lên đùi, chảy máu chân răng, rối loạn đông máu nặng, tối cùng ngày cháu được chuyển tiếp lên Bệnh viện Đa khoa tỉnh Gia Lai. BSCKII [[N:Lưu Thị Thanh Hà]], Trưởng khoa Nhi, cho biết cháu được dùng 6 lọ huyết thanh kháng nọc rắn lục, truyền huyết tương và khối tiểu cầu.
Mẹ cháu, chị [[N:Siu H'Nguyên]], chỉ nói được ít tiếng Việt. Nhờ em trai chị là anh [[N:Siu Blom]] phiên dịch, các bác sĩ mới khai thác được bệnh sử chính xác: con rắn dài khoảng 50 cm, màu xanh, đuôi đỏ.
Đến ngày [[D:12/6]], các chỉ số đông máu của cháu [[N:Thuân]] đã về bình thường, vết cắn không hoại tử. Cháu được xuất viện ngày [[D:16-6]], hẹn tái khám sau 2 tuần.
Từ [[D:tháng 4]] đến nay, khoa Nhi đã điều trị 9 trẻ bị rắn cắn. BS [[N:Hà]] khuyến cáo không đắp lá, không rạch, không hút nọc, mà cần bất động chi bị cắn và đưa ngay đến cơ sở y tế.
Ông [[N:Ksor Tơ]], Trưởng [[A:làng Ia Lang]], cho biết làng đã vận động bà con đi rẫy mang ủng, cầm đèn khi về muộn. Theo ông, năm ngoái bà [[N:Rơ Châm H'Len]] trong làng cũng bị rắn cắn, may mắn được cứu sống.`,
  ],
  // 9
  [
    'news',
    `ĐÀI PT-TH KON TUM – CHUYÊN MỤC "SỨC KHỎE CHO BÀ CON" (phát tiếng Bahnar và tiếng Việt)
Phát sóng: [[D:17/10]] | Biên tập: [[N:Y Nhân]] | Phiên dịch: [[N:A Khoan]] | Quay phim: [[N:Đinh Ngọc Huân]]
DẪN: Sốt rét từng là nỗi ám ảnh của nhiều làng đồng bào Bahnar. Năm nay, sau nhiều năm không có ca bệnh, [[A:huyện Kon Rẫy]] lại ghi nhận một ca sốt rét ác tính.
LỜI BÌNH: Người bệnh là anh [[N:A Blui]], 33 tuổi, ở [[A:làng Kon Bưu, xã Tân Lập]]. Ngày [[D:30/9]], anh đi làm thuê trong rừng ở tỉnh Quảng Nam về thì sốt cao, rét run. Vợ anh, chị [[N:Y Thơm]], đưa anh đến thầy cúng trong làng trước, sau 3 ngày mới đi trạm y tế.
PHỎNG VẤN: Y sĩ [[N:Đinh Thị Nga]], Trạm Y tế [[A:xã Tân Lập]]: "Lúc vào trạm ngày [[D:3/10]], anh [[N:Blui]] đã li bì, vàng da. Test nhanh dương tính với P. falciparum, tôi gọi xe chuyển thẳng lên tỉnh."
LỜI BÌNH: Tại Bệnh viện Đa khoa tỉnh Kon Tum, anh được điều trị bằng artesunat tiêm tĩnh mạch, lọc máu 3 lần vì suy thận.
PHỎNG VẤN: BS [[N:Trần Văn Hưởng]], Trưởng khoa Truyền nhiễm: "Đây là ca sốt rét ác tính đầu tiên của tỉnh trong năm. Bệnh nhân đã qua giai đoạn nguy kịch vào ngày [[D:11/10]]. Chúng tôi đã lấy máu xét nghiệm cho cả 5 người cùng đi rừng với anh."
LỜI BÌNH: Trong 5 người đó có anh [[N:A Dũng]] và anh [[N:A Tiêu]] cũng dương tính, nhưng được phát hiện sớm nên chỉ điều trị uống tại TTYT huyện. Đội phòng chống sốt rét đã phun tồn lưu tại 62 hộ của [[A:làng Kon Bưu]] từ [[D:12 - 14/10]].
PHỎNG VẤN: Già làng [[N:A Jar]]: "Người đi rừng về mà sốt thì phải đi trạm ngay, không chờ cúng nữa. Tôi đã nói với cả làng rồi."
KẾT: Anh [[N:A Blui]] dự kiến ra viện vào cuối tuần này. Phóng sự: [[N:Y Nhân]] – [[N:A Khoan]].`,
  ],
  // 10
  [
    'news',
    `BÁO SÓC TRĂNG – Đời sống
Sư cả chùa Khmer [[AGE:92]] tuổi được mổ thay khớp háng thành công
[[N:Thạch Thị Sa Rươne]]
Ngày [[D:19/8]], Bệnh viện Đa khoa tỉnh Sóc Trăng cho biết vừa phẫu thuật thay khớp háng bán phần cho Đại đức [[N:Lý Sơn]], trụ trì chùa Prêk Chắk ở [[A:ấp Tà Lọt, xã Hòa Đông, thị xã Vĩnh Châu]], năm nay đã [[AGE:92]] tuổi.
Theo Achar [[N:Sơn Ngọc Thành]], người chăm sóc sư, sáng [[D:12/8]] sư bị trượt chân ở bậc thềm chánh điện. Các sư sãi trong chùa, do sư [[N:Thạch Rin]] dẫn đầu, đã thuê xe đưa sư lên tỉnh.
ThS.BS [[N:Kim Sa Muônl]], khoa Chấn thương chỉnh hình, là người trực tiếp mổ, cho biết sư bị gãy cổ xương đùi, kèm tăng huyết áp và suy thận độ 2. "Ở tuổi này mà nằm lâu thì rất dễ viêm phổi, loét. Hội chẩn ngày [[D:13/8]], chúng tôi quyết định mổ sớm", bác sĩ nói.
Ca mổ diễn ra chiều [[D:14/8]] trong 70 phút, gây tê tủy sống. Ngày thứ 3 sau mổ, sư đã ngồi dậy, tập đi với khung.
Trong thời gian sư nằm viện, Phật tử và bà con ấp luân phiên nấu cơm mang vào. Bà [[N:Danh Thị Sóc Khe]], 70 tuổi, ở [[A:ấp Prey Chóp, xã Vĩnh Hải]], kể: "Sư dạy chữ Khmer cho ba thế hệ nhà tôi. Nghe tin sư té, cả ấp ai cũng lo".
Sư [[N:Lý Sơn]] nói bằng tiếng Khmer, do anh [[N:Lâm Hoàng Phúc]] dịch lại: "Sư cảm ơn các bác sĩ. Về chùa sư sẽ tụng kinh cầu an cho các bác sĩ".
BS [[N:Kim Sa Muônl]] cũng là người Khmer, quê [[A:xã Lai Hòa]]. Anh cho biết mỗi tháng khoa tiếp nhận khoảng 30 ca gãy cổ xương đùi ở người cao tuổi, phần lớn là bà con Khmer ở vùng biển. Chi phí ca mổ của sư được BHYT chi trả, phần còn lại do Ban Trị sự Phật giáo và bà con đóng góp.
Sư dự kiến về chùa trước lễ Sene Dolta, tức ngày [[D:29 tháng 8 âm lịch]].`,
  ],
  // 11
  [
    'news',
    `BÁO NINH THUẬN – Y tế
Sản phụ người Chăm vỡ tử cung được cứu sống nhờ "báo động đỏ" liên viện
[[N:Đàng Năng Thọ]]
Rạng sáng [[D:2/4]], sản phụ [[N:Thập Thị Mỹ Dung]] (35 tuổi, mang thai lần thứ 5, trú [[A:thôn Phước Lợi, xã Phước Hải, huyện Ninh Phước]]) chuyển dạ tại nhà. Sau 6 giờ không sinh được, chồng chị là anh [[N:Quảng Văn Thành]] đưa chị đến Trạm Y tế [[A:xã Phước Hải]].
Nữ hộ sinh [[N:Lưu Thị Hạnh]] nhận thấy sản phụ đau bụng dữ dội, tim thai chậm, nghi vỡ tử cung nên báo ngay lên TTYT huyện và kích hoạt quy trình báo động đỏ với Bệnh viện Đa khoa tỉnh.
Khi xe cấp cứu đến Bệnh viện lúc 7h15, kíp mổ gồm BSCKII [[N:Phú Thị Hiền]], BS gây mê [[N:Nguyễn Hữu Lộc]] đã chờ sẵn. Sản phụ bị vỡ tử cung đoạn dưới, mất hơn 2 lít máu, được truyền 8 đơn vị máu. Em bé nặng 3,4 kg, ngạt, được hồi sức và thở máy ở khoa Sơ sinh.
BS [[N:Hiền]] cho biết: "Đây là sản phụ đa sản, có vết mổ cũ năm 2019 nhưng không khám thai định kỳ. Nếu chậm 15 phút nữa thì khó giữ được cả mẹ lẫn con".
Trong những ngày đầu, nhiều người thân theo đạo Bàni và Bà-la-môn ở thôn vào hiến máu. Anh [[N:Thành]] kể, cả bà nội [[N:Bá Thị Nghị]] cũng đòi đi hiến nhưng bác sĩ không cho vì tuổi đã cao.
Ngày [[D:12/4]], mẹ con chị [[N:Dung]] xuất viện. Bé trai được đặt tên [[N:Quảng Đại Phúc]]. Trước khi về, chị [[N:Dung]] nhờ cô giáo [[N:Thông Thị Kiều]] ở thôn viết giúp thư cảm ơn bằng chữ Chăm và tiếng Việt.
Theo Sở Y tế tỉnh, trong năm qua, tỷ lệ phụ nữ Chăm khám thai đủ 4 lần chỉ khoảng 60%. Ngành y tế đang phối hợp với các chức sắc tôn giáo, như ông Cả sư [[N:Đạo Văn Thanh]], để vận động bà con đi khám thai sớm.`,
  ],
  // 12
  [
    'news',
    `BÁO SÀI GÒN GIẢI PHÓNG (bản tiếng Hoa đưa lại) – Sức khỏe
Cụ bà người Hoa [[AGE:96]] tuổi được lấy huyết khối não trong "giờ vàng"
[[N:Lâm Gia Huy]]
Khoảng 5h sáng [[D:30/3]], con cháu phát hiện cụ [[N:Trần Tú Anh]] (陳秀英, [[AGE:96]] tuổi, ngụ [[A:hẻm 127 đường Trần Hưng Đạo, phường 11, quận 5]]) nói đớ, yếu nửa người phải khi đang ngồi uống trà.
Cháu nội cụ là anh [[N:Quách Vĩnh Khang]] gọi 115 và đưa cụ đến Bệnh viện Chợ Rẫy lúc 5h50. Chụp CT mạch máu cho thấy cụ bị tắc động mạch não giữa bên trái.
Theo TS.BS [[N:Huỳnh Văn Châu]], Khoa Bệnh lý mạch máu não, tuổi cao không phải là chống chỉ định tuyệt đối. "Cụ trước đó vẫn tự đi chợ Bình Tây, tự nấu ăn. Gia đình, đứng đầu là ông [[N:Trần Khải Minh]], con trai trưởng, đồng ý can thiệp", bác sĩ nói. Cụ được lấy huyết khối bằng dụng cụ cơ học lúc 7h20, sau 25 phút dòng chảy được tái thông hoàn toàn.
Sau 48 giờ, cụ nói lại được tiếng Quảng Đông, cử động tay phải. Con gái cụ là bà [[N:Trần Lệ Hoa]] (陳麗華) từ Đài Bắc về ngày [[D:1/4]] để chăm mẹ.
Anh [[N:Khang]] chia sẻ trên trang cá nhân: "Bà nội thường kể hồi trẻ bán bánh bao ở chợ Kim Biên. Nay bà đã gọi được tên từng đứa cháu". Bài viết được bạn bè như [[N:Mã Tiểu Linh]], [[N:Lý Thành Đạt]] chia sẻ rộng.
Ngày [[D:8-4]], cụ xuất viện, về tập vật lý trị liệu tại nhà. Hội tương tế người Hoa Triều Châu [[A:phường 11]] do ông [[N:Hứa Bỉnh Nam]] làm trưởng ban đã đến tặng quà.
Các bác sĩ nhấn mạnh dấu hiệu "BE FAST" và khuyên người nhà đưa người bệnh đến bệnh viện có khả năng can thiệp trong vòng 6 giờ đầu.`,
  ],
  // 13
  [
    'news',
    `BÁO BẮC NINH – Công nghiệp
Kỹ sư người Nhật bị điện giật khi sửa máy, được đồng nghiệp ép tim cứu sống
[[N:Nguyễn Thu Hằng]]
Khoảng 14h ngày [[D:11/3]], anh [[N:Takahashi Ryota]] (高橋亮太, 38 tuổi, kỹ sư bảo trì của một công ty điện tử trong [[A:KCN Yên Phong]]) bị điện giật khi kiểm tra tủ điện dây chuyền số 3.
Công nhân [[N:Ngô Thị Lựu]] và tổ trưởng [[N:Phạm Văn Đông]] ngắt cầu dao, ép tim liên tục theo cách đã được tập huấn. Y tá nhà máy [[N:Đỗ Thị Minh Phương]] dùng máy AED sốc điện một lần, tim anh đập lại trước khi xe cấp cứu tới.
Tại Bệnh viện Đa khoa tỉnh Bắc Ninh, anh [[N:Takahashi]] được thở máy, theo dõi bỏng điện độ II ở bàn tay phải. BS [[N:Lê Thành Trung]], khoa Hồi sức tích cực, cho biết men tim tăng nhẹ, không tổn thương thần kinh.
Vợ anh là chị [[N:Takahashi Yuki]] (高橋由紀) từ Osaka sang ngày [[D:13/3]]. Phiên dịch của công ty, chị [[N:Vũ Thị Hạnh]], cho biết anh [[N:Ryota]] đã sống ở Bắc Ninh 6 năm, thuê nhà ở [[A:khu đô thị Vinhomes, phường Hạp Lĩnh]] và nói được khá nhiều tiếng Việt.
Ngày [[D:17/3]], anh [[N:Ryota]] được chuyển sang Bệnh viện Việt Nam – Singapore ở Hà Nội theo yêu cầu của bảo hiểm, mã bảo lãnh [[R:TM-GOP-240317-0458]]. Trước khi lên xe, anh cúi chào từng nhân viên và nói "cảm ơn bác sĩ" bằng tiếng Việt.
Ông [[N:Sato Kenji]], Tổng giám đốc công ty, cho biết sẽ khen thưởng chị [[N:Lựu]], anh [[N:Đông]] và chị [[N:Phương]]. Ban Quản lý các KCN tỉnh đã đề nghị toàn bộ doanh nghiệp rà soát an toàn điện trước [[D:30/4]].`,
  ],
  // 14
  [
    'news',
    `BÁO QUẢNG NINH – Biên giới
Bệnh viện Móng Cái cứu sống công nhân Trung Quốc bị ngộ độc khí
[[N:Trịnh Tuấn Anh]]
Tối [[D:26/1]], BVĐK Khu vực Móng Cái tiếp nhận ông [[N:Wang Jianguo]] (王建国, 47 tuổi, quốc tịch Trung Quốc, quê Quảng Tây) và ông [[N:Liang Hui]] (梁辉, 39 tuổi) trong tình trạng hôn mê sau khi ngủ trong phòng đốt than sưởi ở [[A:khu 5, phường Hải Hòa]].
Cả hai là thợ xây của một công trình ở [[A:phường Trà Cổ]]. Người phát hiện là ông [[N:Phạm Văn Lực]], chủ nhà trọ, khi thấy cửa đóng kín gần trưa mà không ai ra.
BSCKI [[N:Đào Thị Ngọc Lan]], Trưởng khoa Cấp cứu, cho biết hai bệnh nhân có nồng độ HbCO rất cao. Ông [[N:Wang]] phải đặt nội khí quản, thở máy oxy 100%. Do bệnh viện chưa có buồng oxy cao áp, ngày [[D:27/1]] ông được chuyển lên Bệnh viện Bãi Cháy theo yêu cầu của gia đình.
Bên kia cửa khẩu, người nhà là bà [[N:Lu Meifang]] (陆美芳) được Đồn Biên phòng cửa khẩu quốc tế Móng Cái hỗ trợ làm thủ tục nhập cảnh trong ngày, hộ chiếu số [[PP:EJ4829176]]. Phiên dịch viên [[N:Hoàng A Sáng]], người Hoa ở [[A:xã Hải Xuân]], đi theo giúp gia đình.
Ông [[N:Liang Hui]] đã tỉnh sau 2 ngày, xuất viện ngày [[D:31/1]]. Ông [[N:Wang]] còn đau đầu, đi lại chậm, được chuyển về Đông Hưng qua cửa khẩu ngày [[D:5/2]], tức [[D:mùng 8 Tết]].
BS [[N:Lan]] cảnh báo mùa rét có nhiều ca ngộ độc khí CO do đốt than trong phòng kín; từ đầu [[D:tháng 1]], khoa đã cấp cứu 6 ca, trong đó có em [[N:Lương Thị Thu]] (11 tuổi) ở [[A:xã Quảng Nghĩa]].`,
  ],
  // 15
  [
    'news',
    `VIETNAM NEWS – Society
French backpacker rescued after motorbike crash on Hà Giang loop
By [[N:Thu Trang]] – [[N:Jack Whitman]]
A 27-year-old French woman has been discharged from Hà Giang General Hospital after a motorbike accident on the Mã Pì Lèng pass on [[D:October 2]].
[[N:Camille Dubois]], from Lyon, was riding a rented semi-automatic bike with her partner, [[N:Théo Martin]], when she lost control on a gravel bend near [[A:Pả Vi commune, Mèo Vạc district]] and slid into a ditch.
A local farmer, [[N:Sùng Mí Lử]], and his son [[N:Sùng Mí Páo]] carried her to their house and called the commune health station. "She was crying and holding her arm. We gave her water and covered her with a blanket," [[N:Lử]] said through an interpreter.
Doctor [[N:Nguyễn Thị Thanh Hương]] of the provincial hospital said [[N:Dubois]] suffered a fractured left radius and a mild concussion. She underwent surgery on [[D:Oct 3]] and was discharged on [[D:10 October]].
Her travel insurer, AXA Assistance, approved the costs under case number [[R:FR-25-774192]]. The rental shop owner, [[N:Trần Quang Dũng]], said the bike had been checked but the passes were "very dangerous after the rain".
[[N:Martin]] praised the nurses, especially [[N:Ly Thi Mai]], who spoke some French. "She translated everything for us at 3 a.m.," he said.
The couple plan to stay at a homestay in [[A:Đồng Văn town]] run by [[N:Vàng Thị Dính]] until [[D:Oct 15]] before flying home via Hà Nội.
Police in Mèo Vạc said seven foreign tourists were injured on the loop in [[D:September]] alone. Lieutenant Colonel [[N:Hoàng Văn Cường]] urged tourists without a Vietnamese licence to hire local "easy riders" instead of riding themselves.`,
  ],
  // 16
  [
    'news',
    `BÁO TÂY NINH – Đối ngoại y tế
Bệnh viện tuyến tỉnh mổ tim cho bé gái Campuchia
[[N:Nguyễn Tấn Phát]]
Ngày [[D:4/8]], Bệnh viện Đa khoa tỉnh Tây Ninh phối hợp với Bệnh viện Nhi đồng 1 phẫu thuật vá thông liên thất cho bé [[N:Sok Sreymom]] (4 tuổi, quê tỉnh Svay Rieng, Campuchia).
Bé [[N:Sreymom]] hay bị viêm phổi, chậm lớn, chỉ nặng 11 kg. Mẹ bé, chị [[N:Chea Sophal]], làm thuê ở [[A:xã Phước Chỉ, thị xã Trảng Bàng]], mang con qua Cửa khẩu Mộc Bài khám từ [[D:tháng 5]].
ThS.BS [[N:Võ Thị Ngọc Bích]], khoa Nhi, phát hiện tiếng thổi ở tim và mời PGS.TS [[N:Đỗ Nguyên Tín]] hội chẩn trực tuyến. Chi phí mổ khoảng 90 triệu đồng do Quỹ Trái tim cho em và nhà hảo tâm [[N:Lê Thị Kim Chi]] hỗ trợ.
Chị [[N:Sophal]] nói bằng tiếng Khmer, được anh [[N:Sơn Minh Tâm]], nhân viên công tác xã hội, dịch: "Ở quê tôi không có nơi mổ tim trẻ em. Tôi mong con được đi học như các bạn".
Sau mổ 9 ngày, ngày [[D:13/8]], bé đã chơi được với các cô điều dưỡng. Bố bé, anh [[N:Kim Rithy]], từ Campuchia sang đón hai mẹ con với giấy thông hành số [[PP:N00381625]].
Giám đốc bệnh viện, BSCKII [[N:Huỳnh Văn Tâm]], cho biết từ đầu năm đã khám cho hơn 1.200 lượt người Campuchia, nhiều nhất từ các tỉnh Svay Rieng, Prey Veng. Bệnh viện đã bố trí bàn tiếp đón có nhân viên biết tiếng Khmer, in tờ hướng dẫn song ngữ và phối hợp với Đồn Biên phòng cửa khẩu để xe cấp cứu bên bạn được đưa bệnh nhân vào thẳng khoa Cấp cứu.
Theo kế hoạch, cuối năm nay bệnh viện sẽ tổ chức đợt khám sàng lọc tim bẩm sinh miễn phí cho trẻ em ở các xã biên giới hai bên.`,
  ],
  // 17
  [
    'news',
    `BÁO LẠNG SƠN – Thiên tai
Sạt lở vùi nhà trong đêm, bé gái người Nùng được cứu sau 3 giờ
[[N:Hoàng Thị Mai Hương]] – [[N:Lăng Văn Đạt]]
Khoảng 1h30 rạng sáng [[D:11/9]], một khối đất lớn từ taluy dương sạt xuống, vùi một phần ngôi nhà của anh [[N:Vi Văn Thắm]] ở [[A:thôn Khòn Pát, xã Hồng Phong, huyện Cao Lộc]].
Anh [[N:Thắm]] và vợ là chị [[N:Lộc Thị Nhàn]] chạy ra được, nhưng con gái [[N:Vi Thị Ngọc Anh]] (9 tuổi) bị kẹt dưới dầm nhà. Hàng xóm là anh [[N:Nông Văn Tiến]], anh [[N:Mã Văn Sấn]] cùng Công an xã dùng tay, xẻng đào đất.
"Tôi nghe tiếng cháu khóc gọi 'mé ơi' nên cứ đào về phía đó", anh [[N:Tiến]] kể. Đến 4h40, cháu được đưa ra, tỉnh táo nhưng gãy xương cẳng chân trái.
Cháu được đưa về Bệnh viện Đa khoa tỉnh, mổ kết hợp xương trong ngày. BSCKI [[N:Chu Thị Lan]], khoa Chấn thương, cho biết cháu hồi phục tốt. Trong phòng bệnh, bà nội [[N:Hoàng Thị Sình]] ([[AGE:90]] tuổi) vẫn ngồi bên cháu dù chính bà cũng bị xây xát.
Cùng đêm, ở [[A:thôn Pò Nghiều, xã Xuân Long]], ông [[N:Lương Văn Cò]] bị tường đổ đè gãy xương đùi. Hai bệnh nhân được UBND huyện thăm hỏi ngày [[D:12/9]].
Chủ tịch UBND huyện, ông [[N:Phùng Văn Bảo]], cho biết huyện đã di dời khẩn cấp 41 hộ đến nơi an toàn, trong đó có gia đình anh [[N:Thắm]]. Chương trình nhắn tin ủng hộ qua Mặt trận huyện, tài khoản [[R:8888 2509 1107]].
Theo Ban Chỉ huy phòng chống thiên tai tỉnh, từ đầu mùa mưa đến nay toàn tỉnh đã xảy ra hơn 60 điểm sạt lở, làm 3 người bị thương. Cơ quan chức năng khuyến cáo người dân sống dưới chân taluy cao chủ động sơ tán khi mưa lớn kéo dài, nhất là vào ban đêm, và không quay lại nhà cũ khi chưa được kiểm tra an toàn.`,
  ],
  // 18
  [
    'news',
    `ĐÀI PT-TH CAO BẰNG | PHÓNG SỰ "CÔ ĐỠ BẢN"
Phát: [[D:8/3]] | Thực hiện: [[N:Bế Thị Hồng]], [[N:Đàm Văn Nguyên]]
DẪN: Ở [[A:xã Quảng Lâm, huyện Bảo Lâm]], nhiều năm nay, cô đỡ thôn bản [[N:Nông Thị Thìn]], người Tày, là người đầu tiên bà con gọi mỗi khi có sản phụ chuyển dạ.
HÌNH: Chị [[N:Thìn]] đi xe máy trên đường đất đỏ.
LỜI BÌNH: Đêm [[D:14/2]], chị nhận điện thoại của anh [[N:Lý Văn Sài]] ở [[A:xóm Nà Tậu]]: vợ anh, chị [[N:Hoàng Thị Nhìu]], đau bụng, ra máu nhiều. Đường từ xóm ra trạm y tế 12 km, trời mưa rét.
PHỎNG VẤN: chị [[N:Nông Thị Thìn]]: "Em đến thì cháu bé đã ra rồi nhưng rau chưa bong, máu ra nhiều lắm. Em xoa đáy tử cung, tiêm oxytocin, rồi gọi trạm trưởng [[N:Dương]] cho xe."
LỜI BÌNH: Trạm trưởng [[N:Dương Văn Khởi]] cùng anh [[N:Sài]] đưa sản phụ ra TTYT [[A:huyện Bảo Lâm]] lúc 3 giờ sáng [[D:15/2]]. Tại đây, BS [[N:Nông Văn Vĩnh]] bóc rau nhân tạo, truyền 2 đơn vị máu.
PHỎNG VẤN: BS [[N:Nông Văn Vĩnh]]: "Nếu không có cô đỡ xử trí ban đầu, sản phụ có thể đã tử vong vì băng huyết."
LỜI BÌNH: Bé trai của chị [[N:Nhìu]] được đặt tên là [[N:Lý Văn Khánh]]. Từ năm 2016, chị [[N:Thìn]] đã đỡ hơn 170 ca đẻ. Mỗi tháng chị nhận phụ cấp 0,5 mức lương cơ sở.
LỜI BÌNH: Ở nhiều xóm vùng cao của Cao Bằng, đường đến trạm y tế vẫn xa và khó đi, nhất là mùa mưa. Những cô đỡ thôn bản được đào tạo 6 tháng, biết tiếng Tày, Nùng, Mông, Dao, trở thành cầu nối giữa sản phụ và cán bộ y tế. Tỷ lệ bà mẹ sinh con tại nhà ở huyện đã giảm, nhưng vẫn còn cao hơn nhiều so với vùng xuôi.
KẾT: Phóng sự [[N:Bế Thị Hồng]] – [[N:Đàm Văn Nguyên]].`,
  ],
  // 19
  [
    'news',
    `BÁO CÔNG AN NGHỆ AN – Pháp luật
Khởi tố "thầy lang" bán thuốc nam trộn corticoid khiến nhiều người nhập viện
[[N:Đức Vũ]]
Ngày [[D:6/5]], Cơ quan CSĐT Công an [[A:huyện Quế Phong]] ra Quyết định khởi tố vụ án số [[R:58/QĐ-CSĐT]] và khởi tố bị can đối với [[N:Lang Văn Cường]] (51 tuổi, người Thái, trú [[A:bản Na Sai, xã Châu Kim]]) về tội Sản xuất, buôn bán hàng giả là thuốc chữa bệnh.
Trước đó, ngày [[D:21/3]], bà [[N:Vi Thị Chiên]] (62 tuổi, [[A:bản Piềng Pục, xã Mường Nọc]]) nhập viện vì suy thượng thận cấp, hội chứng Cushing sau khi uống thuốc nam của [[N:Cường]] suốt 8 tháng. Con trai bà là anh [[N:Lữ Văn Hùng]] đã làm đơn tố cáo.
Kết quả giám định số [[R:1187/KL-KTHS]] của Phòng Kỹ thuật hình sự xác định trong các gói "thuốc lá cây" có chứa dexamethason. Cơ quan điều tra xác định có ít nhất 23 người mua thuốc của [[N:Cường]], trong đó 4 người phải điều trị dài ngày tại Bệnh viện Đa khoa khu vực Tây Bắc Nghệ An.
BSCKII [[N:Lò Thị Hoa]], khoa Nội tiết, cho biết ông [[N:Lương Văn Sinh]] ([[A:xã Tiền Phong]]) bị xuất huyết tiêu hóa, loãng xương gãy lún đốt sống. "Bệnh nhân tưởng thuốc tốt vì uống vào thấy ăn ngon, hết đau khớp", bác sĩ nói.
Vụ án do Thượng úy [[N:Nguyễn Thế Anh]] thụ lý, Viện kiểm sát nhân dân huyện đã phê chuẩn. Luật sư bào chữa cho bị can là ông [[N:Phan Văn Hiếu]], thẻ luật sư số [[L:11284/LS]]. Ai từng mua thuốc của [[N:Cường]] đề nghị liên hệ điều tra viên qua số [[P:0988 147 902]].`,
  ],
  // 20
  [
    'news',
    `BÁO DÂN TRÍ – Nhân ái
MS [[R:2025.411]]: Bé gái người Mông mắc ung thư máu, bố mẹ vay nợ khắp bản
[[N:Nguyễn Hoàng]]
Trong phòng điều trị hóa chất của Viện Huyết học – Truyền máu Trung ương, bé [[N:Giàng Thị Mỷ]] (8 tuổi) ôm con gấu bông, đầu đã rụng hết tóc. Mẹ bé là chị [[N:Vừ Thị Sua]] ngồi lặng lẽ bên cạnh, thỉnh thoảng lại lau nước mắt.
Gia đình bé ở [[A:bản Tìa Ghếnh, xã Mường Lói, huyện Điện Biên]]. Từ [[D:tháng 6]], bé hay sốt, chảy máu cam. Ngày [[D:19/7]], bé được chẩn đoán bạch cầu cấp dòng lympho, phải điều trị ít nhất 2 năm.
Bố bé, anh [[N:Giàng A Tủa]], kể qua phiên dịch: "Nhà có 3 con, chỉ có nương ngô. Tôi đã vay 60 triệu của anh em trong bản mà không đủ". Trưởng bản [[N:Vừ A Chu]] xác nhận gia đình thuộc hộ nghèo.
ThS.BS [[N:Nguyễn Thị Thu Hà]], khoa Bệnh máu trẻ em, cho biết bé đáp ứng tốt sau đợt tấn công. "Nếu đủ điều kiện điều trị, khả năng khỏi bệnh của bé trên 80%", bác sĩ nói.
Mọi sự giúp đỡ xin gửi về: Quỹ Nhân ái, ghi rõ Mã số [[R:2025.411]] (bé [[N:Giàng Thị Mỷ]]), số tài khoản [[R:0011 0021 97113]] hoặc trực tiếp chị [[N:Vừ Thị Sua]], SĐT [[P:0329 561 887]].
Bình luận:
[[N:Thanh Tâm Lê]]: Đã chuyển 500k cho bé, mong con mau khỏi 🙏
[[N:Ly Nguyễn]]: con bé nhìn thương quá. ck mình vừa ck 300k rồi ạ
[[N:Mùa A Dình]]: Cảm ơn mọi người đã giúp người bản em 🙏
[[N:Phạm Đức Long]]: Báo ơi cho mình xin thêm thông tin về bệnh viện để đến thăm trực tiếp
↳ [[N:Nguyễn Hoàng]]: Bé đang ở khoa Bệnh máu trẻ em, tầng 5 nhé anh.
[[N:Huyền Trang]]: Đã ủng hộ 200k ạ. Cô [[N:Thu Hà]] khoa Nhi máu rất tận tâm, con em cũng được cô chữa`,
  ],
];
