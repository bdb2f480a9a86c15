// Held-out set 24, documents 1–13 (see index.ts for the conventions): news-style texts about
// patients as they circulate on social media — fan-page posts with comments, missing-person and
// blood appeals, a district radio script, a charity vlog transcript, an unaccented share, a news
// digest of initials, a TikTok appeal for an unknown patient, a livestream. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `Bệnh viện Đa khoa Trung tâm Tiền Giang
[[D:23/6]] lúc 20:15 · 🌏
🚑 CỨU SỐNG NGƯ DÂN BỊ CÁ ĐUỐI ĐÂM XUYÊN NGỰC
Khoảng 22h đêm [[D:14/6]], anh [[N:Lê Văn Tài]] (32 tuổi, ngụ [[A:ấp Hòa Thơm, xã Tân Thành, huyện Gò Công Đông]]) được người nhà chở bằng xe máy biển số [[VP:63B5-412.08]] vào Khoa Cấp cứu trong tình trạng khó thở, ngực trái còn ghim mẩu gai đuôi cá dài khoảng 7 cm. Trước đó anh [[N:Tài]] cùng em rể là anh [[N:Trương Văn Hên]] đặt lú ở bãi bồi thì bị cá đuối quất trúng.
Ê-kíp trực gồm BS CKII [[N:Trần Minh Khoa]], BS [[N:Nguyễn Thị Bích Vân]] (Gây mê hồi sức) và điều dưỡng [[N:Phạm Hữu Lộc]] kích hoạt báo động đỏ, đưa thẳng người bệnh lên phòng mổ số 3. Kết quả: thủng phổi trái, tràn máu màng phổi, mất khoảng 1.200 ml máu. Sau 8 ngày điều trị, sáng [[D:22-6]] anh [[N:Tài]] đã được xuất viện.
Chị [[N:Huỳnh Thị Mỹ Lệ]], vợ anh [[N:Tài]], nhắn cho trang: "Nhà em nghèo, thẻ bảo hiểm của ảnh hết hạn từ [[D:tháng 4]] mà bệnh viện vẫn mổ liền, em cảm ơn mấy bác sĩ nhiều lắm".
#BVĐKTTTG #CapCuu #CaDuoi
👍❤️ 2,3K · 186 bình luận · 74 lượt chia sẻ

[[N:Tuan Anh Pham]]
bs [[N:Khoa]] mổ cho ba e hồi [[D:tháng 3]] năm ngoái, bs hiền lắm nha mn
Thích · Phản hồi · 2 ngày
[[N:Hương Lê]]
Anh [[N:Tài]] ở [[A:xóm Giồng]] nhà em nè 😢 hôm [[D:15]] cả xóm lên thăm, giờ khỏe rồi mừng quá
[[N:Út Nhỏ Gò Công]]
@[[N:Hương Lê]] ủa [[N:Hên]] là em rể ảnh hả, [[N:Hên]] học chung tui hồi cấp 2 nè
[[N:Ngoc Tran]]
cá đuối ghê thiệt, năm 2019 tía em cũng bị, nằm giường 7 khoa Ngoại Lồng ngực, mổ xong còn đau tới giờ
[[N:Khánh Linh Võ]]
Cho em hỏi hết BHYT thì đóng viện phí bao nhiêu vậy ad? Em ở [[A:phường 5, TP Mỹ Tho]]
Bệnh viện Đa khoa Trung tâm Tiền Giang
Chào bạn [[N:Khánh Linh Võ]], bạn vui lòng gọi đường dây nóng của bệnh viện trong giờ hành chính để được tư vấn cụ thể nhé.
[[N:Lê Hoàng Phúc]]
Chúc anh [[N:Tài]] mau khỏe, ra bãi nhớ mang giày cao su nha anh 🙏`,
  ],
  // 2
  [
    'news',
    `🆘 TÌM NGƯỜI THÂN ĐI LẠC – MONG CẢ NHÀ CHIA SẺ GIÚP 🆘
[[N:Đặng Thu Hà]] đã chia sẻ bài viết của [[N:Quốc Huy Đặng]].
Ông nội mình là [[N:Đặng Văn Thước]], sinh năm 1934 ([[AGE:91]] tuổi), nhà ở [[A:số 14 ngõ 58 phố Trần Bình, phường Mai Dịch, quận Cầu Giấy]]. Ông bị Alzheimer 3 năm nay, đang khám định kỳ tại Viện Sức khỏe Tâm thần – Bệnh viện Bạch Mai (mã người bệnh [[R:2309114572]]).
Khoảng 15h chiều thứ Ba [[D:7/10]], ông tự mở cổng đi bộ ra ngoài, đến nay chưa về. Camera nhà dân ghi lại lúc 16h12 ông đi ngang cổng Bến xe Mỹ Đình theo hướng ra cầu Thăng Long.
Đặc điểm: cao khoảng 1m60, gầy, tóc bạc, mặc áo sơ mi kẻ xanh, quần kaki nâu, đi dép tổ ong; tay trái đeo vòng nhựa trắng ghi "[[N:Thước]] – [[P:0983 217 446]]". Ông hay nói mình ở "[[A:làng Đại Mỗ]]" vì đó là quê cũ.
Ai nhìn thấy xin báo giúp:
– anh [[N:Đặng Quốc Huy]] (bố mình): [[P:0904.56.78.12]]
– chị [[N:Đặng Thu Hà]]: [[P:036 8891 207]]
– hoặc Công an [[A:phường Mai Dịch]] và công an nơi gần nhất.
Gia đình xin hậu tạ. Mọi người đọc được xin đừng lướt qua 🙏

CẬP NHẬT 21h40 [[D:8/10]]: ĐÃ TÌM THẤY ÔNG. Ông đi bộ tới tận [[A:thôn Yên Nhân, xã Tiền Phong, huyện Mê Linh]], được chú [[N:Nguyễn Văn Khởi]] chạy xe ôm thấy ông lả đi bên đường nên chở vào Trạm Y tế [[A:xã Tiền Phong]]. Y sĩ [[N:Kiều Thị Nguyệt]] đo huyết áp 90/60, truyền dịch rồi gọi số trên vòng tay. Ông bị xây xát nhẹ, tối nay đã về nhà. Cảm ơn chú [[N:Khởi]], cô [[N:Nguyệt]] và hơn 4 nghìn lượt chia sẻ ❤️

Bình luận
[[N:Minh Thu Đỗ]]: Tạ ơn trời, bà nội em cũng lạc hồi [[D:tháng 8]], may mà có vòng tay ghi số điện thoại
[[N:Hoang Long]]: chú [[N:Khởi]] chạy xe ôm ở đầu [[A:xóm Yên Nhân]] đúng không ạ, chú tốt lắm
[[N:Quốc Huy Đặng]]: Cảm ơn [[N:Long]] nhé, đúng chú ấy đấy 🙏
[[N:Hằng Nguyễn]]: nhà em ở [[A:ngõ 58 Trần Bình]] đây, sáng mai em mang ít cháo sang ông`,
  ],
  // 3
  [
    'news',
    `‼️ KHẨN CẤP – CẦN MÁU NHÓM O Rh(-) ‼️
Nhóm Máu hiếm Cần Thơ · [[D:19 tháng 5]] lúc 23:47
Sản phụ [[N:Lâm Thị Kim Ngân]] (27 tuổi, quê [[A:ấp Kinh Giữa, xã Kế Thành, huyện Kế Sách]], Sóc Trăng) sinh mổ bé thứ hai lúc 19h tối nay tại Bệnh viện Phụ sản TP Cần Thơ, sau mổ bị băng huyết, đã truyền hết 4 đơn vị máu dự trữ. Hiện chị nằm Hồi sức sản, mã BN [[R:25019833]], cần thêm ít nhất 3 đơn vị máu O Rh(-) trước 6h sáng mai.
Ai cùng nhóm máu, đủ 18–60 tuổi, nặng trên 45 kg, không mắc bệnh truyền nhiễm xin vào thẳng khoa Truyền máu (lầu 2) và báo hiến cho ca "[[N:Kim Ngân]] – Hồi sức sản".
Liên hệ: anh [[N:Trần Văn Phong]] (chồng) [[P:0907 38 1562]] · admin [[N:Tú]] [[P:0388.120.947]]

Bình luận
[[N:Duy Khang Nguyen]]: em O- nè anh [[N:Tú]], em đang chạy xe vô, 15p tới
[[N:Bảo Ngọc Trịnh]]: Em cũng O âm, em ở [[A:phường An Khánh, quận Ninh Kiều]], em đi liền
[[N:Sơn Thị Chanh Đa]]: Tui ở Kế Sách lên, hiến lần thứ 12 rồi, tui vô liền nha
[[N:Ngân Trần]]: chị [[N:Ngân]] ơi cố lên 😭
[[N:Phong Trần]]: Cảm ơn mọi người, vợ tui nằm giường 3, ai tới thì gọi tui ra đón

Nhóm Máu hiếm Cần Thơ: CẬP NHẬT 4h15 [[D:20-5]]: Đã đủ 3 đơn vị từ các bạn [[N:Nguyễn Duy Khang]], [[N:Trịnh Bảo Ngọc]] và cô [[N:Sơn Thị Chanh Đa]] (túi máu số [[R:CT2505-0417]], [[R:CT2505-0418]], [[R:CT2505-0421]]). 7h sáng chị [[N:Ngân]] đã ngưng chảy máu, bé trai tên ở nhà là [[N:Bo]] nặng 3,1 kg đang nằm lồng ấp số 6 khoa Sơ sinh.
Ai còn muốn đăng ký hiến máu hiếm dự phòng, điền form ở trang nhóm, hoặc nhắn Zalo cho [[N:Tú]] theo số trên. Lần gần nhất nhóm kêu gọi là ca của em [[N:Danh Thị Sóc Khum]] ở [[A:xã Vĩnh Hải, thị xã Vĩnh Châu]] hôm [[D:02/4]].`,
  ],
  // 4
  [
    'radio',
    `ĐÀI TRUYỀN THANH – TRUYỀN HÌNH [[A:HUYỆN CHỢ GẠO]]
CHƯƠNG TRÌNH PHÁT THANH CHIỀU [[D:11/7]] – Chuyên mục: Sức khỏe cộng đồng
Biên tập: [[N:Nguyễn Thị Thanh Thảo]] · Đọc: [[N:Lê Hoàng Vũ]] – [[N:Thanh Thảo]]
(Nhạc hiệu)
NAM: Kính thưa bà con, từ đầu [[D:tháng 6]] đến nay, toàn huyện ghi nhận 47 ca sốt xuất huyết, trong đó riêng [[A:xã Thanh Bình]] có 19 ca, tập trung ở [[A:ấp Thạnh Hóa]] và [[A:ấp Bình Thạnh]].
NỮ: Trường hợp nặng nhất là em [[N:Võ Thị Ngọc Hân]], 12 tuổi, học sinh Trường THCS Thanh Bình, nhà ở [[A:tổ 8, ấp Thạnh Hóa]]. Em sốt từ [[D:2/7]], tới [[D:5/7]] thì chảy máu cam, tiểu cầu còn 18 G/L, được chuyển lên Bệnh viện Nhi đồng 2. Mẹ em, chị [[N:Nguyễn Thị Hồng]], chia sẻ: "Tui cứ tưởng con sốt siêu vi, tới hôm ói ra máu mới hoảng". Sáng [[D:10-7]] em đã qua cơn nguy hiểm.
NAM: Ông [[N:Huỳnh Văn Tám]], 68 tuổi, ở [[A:ấp Bình Thạnh]], cũng phải nhập Bệnh viện Đa khoa Trung tâm Tiền Giang ngày [[D:6/7]] vì sốc sốt xuất huyết trên nền đái tháo đường.
NỮ: Theo y sĩ [[N:Trần Thị Mỹ Duyên]], Trạm trưởng Trạm Y tế [[A:xã Thanh Bình]], trạm sẽ phối hợp Trung tâm Y tế [[A:huyện Chợ Gạo]] phun hóa chất diệt muỗi hai đợt: từ [[D:12 đến 14/7]] và từ [[D:19 - 21/7]]. Nhà nào vắng nhà xin gửi chìa khóa cho tổ trưởng.
NAM: Bà con ấp nào chưa được phun xin liên hệ cộng tác viên dân số là chị [[N:Sáu Hà]] ([[A:ấp Thạnh Hóa]]) số [[P:0919 07 33 52]], hoặc anh [[N:Ba Mến]] ([[A:ấp Bình Thạnh]]) số [[P:0376-118-604]].
NỮ: Bà con lưu ý: sốt cao liên tục 2 đến 7 ngày, đau bụng, nôn, chảy máu chân răng thì phải đến ngay cơ sở y tế, không tự cạo gió, không tự truyền dịch tại nhà. Úp lu, lật úp vỏ dừa, thả cá bảy màu vào bể nước.
NAM: Chương trình phát lại lúc 5h30 sáng mai. Xin cảm ơn bà con đã lắng nghe.
(Nhạc kết)`,
  ],
  // 5
  [
    'vlog',
    `[Bản ghi lời thoại video] "Về Long An thăm bé [[N:Na]] bị u não – mọi người giúp bé với" – kênh [[N:Tâm Xe Ôm]] Thiện Nguyện, đăng [[D:16-8]]
(00:00) Xin chào cả nhà, [[N:Tâm]] đây! Hôm nay là [[D:mười lăm tháng tám]], [[N:Tâm]] đang ở [[A:ấp 3, xã Mỹ Lạc, huyện Thủ Thừa]] nè, trời mưa quá trời mưa.
(00:35) Đây là bé [[N:Phan Ngọc Na]], năm nay 7 tuổi. Bé phát hiện u não từ [[D:tháng 2]], mổ lần đầu ở Bệnh viện Nhi đồng 1 ngày [[D:3/3]], giờ đang xạ trị đợt 2/3 ở Bệnh viện Ung bướu TP.HCM, mã hồ sơ [[R:U25-004187]].
(01:20) Mẹ bé là chị [[N:Lê Thị Diễm]] kể nè: "Ba nó đi làm thuê ở Đồng Nai, tháng gửi về được ba triệu. Hôm [[D:mười hai]] con nó ói quá trời, em chở lên Sài Gòn lúc hai giờ sáng".
(02:10) Bà ngoại bé, bà [[N:Năm Lựu]], 74 tuổi, bị tai biến nằm một chỗ, cả nhà trông vô có mỗi chị [[N:Diễm]].
(03:05) [[N:Tâm]] để số tài khoản của mẹ bé ở đây luôn nha: Agribank [[R:6305 2054 17892]], chủ tài khoản [[N:LE THI DIEM]], số điện thoại chị [[N:Diễm]] là [[P:0386 045 219]]. Mọi người gửi giúp bé thì ghi nội dung "[[R:TXO0825]] be [[N:Na]]" để [[N:Tâm]] dễ sao kê nha.
(03:50) Cảm ơn anh [[N:Khoa Nguyễn]] bên Úc gửi trước 5 triệu, chị [[N:Mai Hồng]] ở Bình Dương 2 triệu, bạn [[N:Phúc Lộc Trần]] 500 ngàn, cô [[N:Tư Bến Lức]] gửi 20 ký gạo.
(04:30) Ai muốn ghé thăm thì nhà bé ở [[A:ấp 3, xã Mỹ Lạc]], gần chùa Phước Long, hỏi nhà ông [[N:Sáu Đực]] ai cũng biết. Lịch tái khám của bé là [[D:28/8]], [[N:Tâm]] sẽ chở hai mẹ con lên.
(05:10) Facebook của [[N:Tâm]]: [[U:facebook.com/tamxeom.thiennguyen]], Zalo [[P:0911 22 80 47]]. Nhớ bấm đăng ký kênh nha cả nhà. Hẹn gặp lại!`,
  ],
  // 6
  [
    'news',
    `CHIA SE GIUP BE NHA MOI NGUOI 🙏🙏 (minh go ko dau vi dien thoai hu ban phim)
be [[N:Nguyen Gia Bao]] 4 tuoi, con cua chi [[N:Tran Thi Kieu]] va anh [[N:Nguyen Van Lanh]], nha o [[A:ap Phu Hoa, xa Phu Thanh B, huyen Tam Nong]] (Dong Thap). Be phat hien benh bach cau cap dong lympho hom [[D:12-6]], dang dieu tri tai BV Truyen mau Huyet hoc tp hcm, ma ho so [[R:thh-2506-0193]], giuong 14 phong 5 khoa Nhi.
Ba be lam thue, me be o nha giu em, ba noi be la ba [[N:Tu Thoi]] thi nam liet giuong tu [[D:thang 3]].
Chi phi hoa tri dot 1 het hon 80 trieu, the BHYT cua be ([[BH:TE1878724519036]]) chi tra duoc mot phan.
Moi nguoi giup be xin chuyen vao STK [[R:0071000845123]] Vietcombank, chu TK [[N:TRAN THI KIEU]], noi dung: "giup be [[N:Bao]]". Sdt chi [[N:Kieu]]: [[P:0939 46 52 81]], hoac lien he co [[N:Hai Nga]] truong [[A:ap Phu Hoa]] sdt [[P:09 18 27 36 45]].
CAP NHAT [[D:3.7]]: be da xong dot 1, tuy do lui benh, [[D:15/7]] vao lai dot 2. Cam on moi nguoi, tong da nhan 63.450.000d, chi [[N:Kieu]] se gui sao ke sau.
Binh luan:
[[N:Thanh Tam Le]]: da ck 500k, be mau khoe nha
[[N:Hieu Nguyen]]: ib chi roi a
[[N:Bich Tram]]: [[A:ap Phu Hoa]] gan nha em, mai em ghe tham be
[[N:Tuấn Trần]]: chi [[N:Kieu]] oi cho e xin so giuong, e gui sua cho be
[[N:Tran Thi Kieu]]: @[[N:Tuấn Trần]] giuong 14 phong 5 a, cam on em nhieu
[[N:Nguyen Thi Kieu Oanh]]: share roi, cau cho be qua dot 2 😢
[[N:Lanh Nguyen]]: cam on ae da giup con toi, toi o [[A:to 6 ap Phu Hoa]] ai ghe thi goi [[P:0868 12 40 73]]`,
  ],
  // 7
  [
    'news',
    `ĐIỂM TIN SÁNG [[D:28/9]] – Y TẾ & PHÁP LUẬT
1. Quảng Nam: Chiều [[D:26/9]], bé gái [[N:L.T.N.]] (6 tuổi, ngụ [[A:thôn 4, xã Quế Lâm, huyện Nông Sơn]]) bị chó cắn vào mặt khi đi học về. Bé được chuyển Bệnh viện Đa khoa Quảng Nam tiêm huyết thanh kháng dại. Con chó của nhà ông [[N:H.V.S.]] (hàng xóm) đã bị tiêu hủy, mẫu não gửi Viện Pasteur Nha Trang dương tính với virus dại.
2. Hà Tĩnh: Công an [[A:huyện Hương Khê]] đang điều tra vụ ông [[N:Ng.V.Th.]] (58 tuổi, [[A:xóm 7, xã Phúc Đồng]]) tử vong sau khi uống rượu tự nấu tối [[D:25-9]]. Hai người cùng uống là anh [[N:T.Q.K]] và ông [[N:Ph.V.L]] đang cấp cứu tại TTYT [[A:huyện Hương Khê]], nồng độ methanol máu lần lượt 42 và 37 mg/dL.
3. TP.HCM: Sở Y tế xác minh phản ánh của chị [[N:N.T.M.H.]] về việc con chị 3 tuổi (mã BN [[R:N25-118904]]) bị "bỏ quên" ở phòng chờ chụp CT của Bệnh viện Nhi đồng Thành phố đêm [[D:24/9]]. Giám đốc bệnh viện, BS [[N:Ph.M.T]], đã gặp gia đình sáng [[D:27-9]] và xin lỗi.
4. Đắk Lắk: Cụ bà [[N:H'B.Ê.]] ([[AGE:102]] tuổi, [[A:buôn Kô Siêr, phường Tân Lợi, TP Buôn Ma Thuột]]) được mổ thay khớp háng thành công. Con trai cụ, ông [[N:Y K.Niê]], cho biết cụ đã tập đi với khung từ [[D:20/9]].
5. Gia Lai: TAND [[A:huyện Chư Sê]] xử vụ [[N:R.M.Th.]] (29 tuổi) đánh trọng thương bác sĩ trực TTYT huyện; bản án số [[R:47/2025/HS-ST]] tuyên 30 tháng tù. Bác sĩ bị hại, anh [[N:Đ.V.Q.]], đã trở lại làm việc từ [[D:tháng 7]].
6. Cần Thơ: Người phụ nữ nhập viện ngày [[D:22/9]] với tên khai "[[N:Hai Lúa]]" đã được người thân nhận, tên thật là bà [[N:T.T.B.]] (86 tuổi, [[A:khu vực Thới Thuận, phường Thới An]]).
P.V. – Tổng hợp: [[N:Minh Khang]] · Ảnh: [[N:Q.Đ]]`,
  ],
  // 8
  [
    'news',
    `[[N:Phan Thị Diệu Hiền]] ▶ Bệnh viện Trung ương Huế – Trang thông tin
[[D:5 tháng 9]] · 🌏
Em viết mấy dòng ni để cảm ơn ê-kíp Trung tâm Đột quỵ. Mạ em là [[N:Tôn Nữ Thị Lài]], 78 tuổi, nhà ở [[A:kiệt 24 Chi Lăng, phường Phú Cát]]. Sáng [[D:29/8]] mạ đang nấu chè thì méo miệng, nói ngọng. Eng em là [[N:Phan Văn Thuận]] chở mạ lên viện bằng xe [[VP:75F1-083.27]], tới nơi lúc 6h40, vừa kịp giờ vàng.
BS [[N:Hồ Đắc Khiêm]] và chị điều dưỡng [[N:Ny]] tiêm thuốc tiêu sợi huyết, rồi BS [[N:Trần Kim Phụng]] lấy huyết khối lúc 8h. Mã bệnh án của mạ là [[R:HUE-25-083341]], em ghi ra đây để ai cần xác minh thì hỏi. Tới [[D:3/9]] mạ đã ngồi dậy ăn cháo, hôm qua [[D:4-9]] ra viện, tái khám [[D:18/9]].
Ôn em (ôn [[N:Phan Văn Lợi]], [[AGE:93]] tuổi) ở nhà cứ hỏi "mụ đi mô rồi", tụi em không dám nói mạ bị tai biến. Cảm ơn bệnh viện nhiều lắm!

Bình luận
[[N:Hien Phan]]: Bài này em đăng lại cho bà con trong xóm đọc nghe
[[N:Bảo Trân Tôn Nữ]]: Mệ [[N:Lài]] mau khỏe nghe mệ 😘 con ở Sài Gòn về liền
[[N:Thuận Phan]]: [[N:Ny]] dễ thương lắm, tối mô cũng ghé hỏi mạ ăn chưa
[[N:Hoàng Khiêm]]: BS [[N:Khiêm]] nhà mình là thầy em hồi đi thực tập 🤗
[[N:Minh Châu Lê]]: Cho em hỏi đột quỵ thì gọi số mô để bệnh viện đưa xe xuống [[A:phường Thủy Xuân]]? Ba em ở một mình
[[N:Phan Thị Diệu Hiền]]: @[[N:Minh Châu Lê]] gọi 115 em nghe, đừng chờ
O [[N:Hoa Vỹ Dạ]]: Rứa là may lắm, năm ngoái ôn [[N:Tùng]] bên [[A:xóm Cồn]] tới trễ, giờ liệt nửa người`,
  ],
  // 9
  [
    'news',
    `📢 TÌM TRẺ LẠC – BÉ BỊ TỰ KỶ, KHÔNG BIẾT NÓI TÊN
Hội Phụ huynh có con tự kỷ TP.HCM · [[D:13 tháng 4]]
Bé [[N:Huỳnh Minh Khang]] (tên ở nhà là [[N:Cún]]), 11 tuổi, nhà ở [[A:hẻm 281/15 Lê Văn Sỹ, phường 1, quận Tân Bình]]. Khoảng 10h sáng nay [[D:13/4]], mẹ bé là chị [[N:Võ Thị Thu Thủy]] dẫn bé đi khám ở Bệnh viện Nhi đồng 2 (mã số khám [[R:NĐ2-25-071256]]). Lúc mẹ đóng tiền thì bé đi mất.
Bé mặc áo thun vàng hình Pikachu, quần jean ngắn, đeo thẻ tên có ghi số [[P:0932 78 15 09]]. Bé không nói được, hay vỗ tay và đi nhón chân, rất thích xe buýt.
Ai thấy xin gọi chị [[N:Thủy]] [[P:0932 78 15 09]] hoặc ba bé là anh [[N:Huỳnh Tấn Lực]] [[P:0778.456.213]]. Đã báo Công an [[A:phường Bến Nghé]].

CẬP NHẬT 17h20: Camera cho thấy bé lên xe buýt số 152 biển số [[VP:51B-298.14]] ở trạm Lê Lai. Tài xế là anh [[N:Đoàn Văn Sang]] cho biết bé ngồi tới bến cuối.
CẬP NHẬT 21h05: ĐÃ TÌM THẤY BÉ tại Bến xe Miền Tây. Chị [[N:Lê Ngọc Bích]] bán vé ở quầy 9 thấy bé ngồi khóc nên đưa vào Trạm Y tế [[A:phường An Lạc]]. Bé bị mất nước nhẹ, đã về nhà.
Cảm ơn anh [[N:Sang]], chị [[N:Bích]], các chú Công an [[A:phường An Lạc, quận Bình Tân]] và 12 nghìn lượt chia sẻ.

Bình luận
Mẹ [[N:Su]]: Trời ơi mừng quá, con em cũng từng lạc ở Nhi đồng 1 hồi [[D:tháng 10]]
[[N:Thu Thuy Vo]]: Cảm ơn mọi người nhiều lắm 😭 [[N:Cún]] về tới nhà là ngủ liền
[[N:Khoa Huỳnh]]: nên làm vòng tay có định vị cho bé chị ơi, em có mã giảm giá ib em nha
[[N:Nguyễn Hải Đăng]]: chị [[N:Bích]] bán vé ở quầy 9 đúng ko, chị ấy tốt bụng lắm`,
  ],
  // 10
  [
    'news',
    `@thongtin.cuchi.247 · TikTok · [[D:2-11]]
🔴 TÌM NGƯỜI THÂN CHO BỆNH NHÂN KHÔNG RÕ DANH TÍNH – ai biết xin share 🙏
Khoảng 4h sáng [[D:1/11]], một người đàn ông khoảng 40–45 tuổi bị tai nạn giao thông trên tỉnh lộ 8 đoạn qua [[A:ấp Bàu Tre, xã Tân An Hội, huyện Củ Chi]], được người dân là anh [[N:Lâm Quốc Bảo]] đưa vào Bệnh viện Đa khoa khu vực Củ Chi.
Bệnh nhân hôn mê, đang thở máy ở khoa Hồi sức, mã tạm [[R:VD-011125-02]], giường H5. Trên người có hình xăm chữ "[[N:Thương Hậu]]" ở cẳng tay trái, sẹo mổ ruột thừa. Xe máy Wave đỏ biển số [[VP:61K1-437.90]] (đăng ký ở Bình Dương) hiện giữ tại Công an [[A:xã Tân An Hội]].
Trong túi quần có tờ giấy ghi "cô [[N:Bảy]] [[P:0977-31-02-58]]" nhưng gọi không liên lạc được, và một biên lai cầm đồ số [[R:CĐ 2510/4471]] của tiệm ở [[A:phường Phú Lợi, TP Thủ Dầu Một]].
Người nhà xin liên hệ phòng Công tác xã hội bệnh viện, gặp cô [[N:Trịnh Thị Hạnh]] [[P:0907 551 238]] hoặc điều tra viên [[N:Lê Văn Dũng]].
#timnguoithan #cuchi #tainangiaothong

💬 Bình luận
[[N:Hau Thuong]]: ủa chú này giống chú [[N:Tư]] làm hồ ở [[A:khu phố 3 phường Phú Lợi]] quá, mn để em hỏi
[[N:Ngọc Hân Lâm]]: Anh [[N:Bảo]] nhà em chở ổng vô viện đó, người ổng máu me quá trời
[[N:Bảy Mập Bình Dương]]: số đt trong giấy là số cũ của tui nè, người này là [[N:Nguyễn Văn Tư]] ở trọ nhà tui tháng trước, tui đang chạy lên viện
[[N:Trịnh Hạnh]]: Cảm ơn chị [[N:Bảy Mập Bình Dương]], chị tới thì gặp em ở tầng trệt nha
CẬP NHẬT 15h [[D:2/11]]: Gia đình đã nhận người. Bệnh nhân tên [[N:Nguyễn Văn Tư]], sinh năm 1982, quê [[A:xã Xuân Lộc, thị xã Sông Cầu]] (Phú Yên), CCCD [[ID:054082006713]].`,
  ],
  // 11
  [
    'news',
    `Hội Đồng hương [[A:xã Gành Dầu]] – Phú Quốc 💙
Admin: [[N:Nguyễn Thị Diễm My]] · [[D:08/03]]
KÊU GỌI GIÚP ANH [[N:SÁU ĐẶNG]] – TÀU BỊ NỔ MÁY NGOÀI KHƠI
Tối [[D:5/3]], tàu cá [[VP:KG-93417-TS]] do anh [[N:Đặng Văn Sáu]] (47 tuổi, [[A:ấp Gành Dầu, xã Gành Dầu]]) làm thuyền trưởng bị cháy hầm máy cách bờ 40 hải lý. Anh [[N:Sáu]] bị bỏng 35% độ II–III, được tàu [[VP:KG-90775-TS]] của anh [[N:Lê Văn Rớt]] cứu, chuyển về Bệnh viện Đa khoa Phú Quốc rồi bay vô Bệnh viện Chợ Rẫy sáng [[D:6/3]]. Thuyền viên [[N:Danh Hiếu]] (19 tuổi) bị gãy chân, đang nằm ở Phú Quốc.
Mã bệnh án của anh [[N:Sáu]] ở khoa Bỏng là [[R:CR25-031744]]. Thẻ BHYT [[BH:HN2919126003418]] (hộ cận nghèo) chi trả 95%, nhưng tiền thuốc ngoài danh mục, da nhân tạo lên tới cả trăm triệu.
Vợ anh, chị [[N:Trần Thị Bé Năm]], đang ở viện nuôi chồng, 3 đứa nhỏ gửi bà nội ở nhà.
Bà con giúp xin chuyển khoản:
👉 STK [[R:1040 2233 5518]] – Vietinbank – [[N:TRAN THI BE NAM]]
👉 hoặc gửi tiền mặt cho chú [[N:Tám Hưng]], trưởng [[A:ấp Gành Dầu]] (nhà gần bến tàu), đt [[P:0913.970.264]]
Sao kê sẽ đăng vào [[D:15/3]].

Bình luận
[[N:Rớt Lê]]: Tối đó tui thấy lửa là chạy qua liền, anh [[N:Sáu]] nhảy xuống biển ôm can nhựa, tội lắm
[[N:Kim Yến Đặng]]: em gái anh [[N:Sáu]] đây, cảm ơn bà con, có gì gọi em [[P:0349 662 018]]
[[N:Út Hiền]]: Đã ck 300k, nội dung "giup ghe [[VP:KG-93417-TS]]" nha chị [[N:Bé Năm]]
[[N:Hiếu Danh]]: e là [[N:Hiếu]] nè, chân e mổ rồi, cảm ơn cô chú, thứ 6 này e về`,
  ],
  // 12
  [
    'radio',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TRÀ VINH – CHƯƠNG TRÌNH TIẾNG KHMER (bản dịch tiếng Việt)
Chuyên mục "Sức khỏe cho mọi nhà" – phát sóng [[D:21/10]]
Biên dịch: [[N:Thạch Thị Sa Rết]] · Phát thanh viên: [[N:Kim Sô Phia]]
Thưa quý thính giả, tối [[D:17/10]], chị [[N:Sơn Thị Mỹ Linh]], 34 tuổi, ở [[A:ấp Sóc Cụt, xã Đôn Xuân, huyện Trà Cú]], bị rắn lục cắn vào bàn chân khi đi gặt lúa. Người nhà đã buộc garô và đắp lá thuốc theo lời một thầy lang, đến sáng [[D:18/10]] chân sưng tới đùi, chảy máu chân răng.
Chị được chồng là anh [[N:Thạch Sà Quol]] chở bằng xe máy [[VP:84E1-216.35]] đến Trạm Y tế [[A:xã Đôn Xuân]], rồi chuyển lên Bệnh viện Đa khoa tỉnh Trà Vinh. Bác sĩ [[N:Kiên Thị Sa Vết]], khoa Hồi sức tích cực – Chống độc, cho biết chị được truyền 6 lọ huyết thanh kháng nọc rắn lục tre. Đến [[D:20/10]] chị đã hết chảy máu.
Cũng trong tuần này, ông [[N:Danh Chanh]], 71 tuổi, ở [[A:phum Tà Rom]] (nay là [[A:ấp Tà Rom A, xã Ngãi Xuyên]]) bị rắn cạp nong cắn khi ngủ, phải thở máy 5 ngày.
Sư cả [[N:Thạch Sóc Hên]], trụ trì chùa Kompong, kêu gọi bà con không đắp lá, không rạch vết cắn mà đưa ngay đến trạm y tế gần nhất.
Bác sĩ [[N:Kiên Thị Sa Vết]] dặn: bất động chi bị cắn, tháo nhẫn vòng, băng ép nhẹ, ghi nhớ hình dạng con rắn, gọi 115.
Bà con cần hỏi thêm, liên hệ y sĩ [[N:Lâm Văn Sóc]], cộng tác viên Trạm Y tế [[A:xã Ngãi Xuyên]], điện thoại [[P:0335 240 981]] (gọi giờ nào cũng được).
(Nhạc dân tộc Khmer – kết thúc chương trình)`,
  ],
  // 13
  [
    'news',
    `[LIVESTREAM] "Hỏi đáp sỏi thận cùng bác sĩ" – Fanpage Phòng khám Tiết niệu Sài Gòn · [[D:20 tháng 7]] · bản ghi tự động
BS [[N:Nguyễn Hữu Thắng]]: Chào cả nhà, tối nay mình trả lời câu hỏi nha. Bạn [[N:Hồng Nhung Phạm]] hỏi: ba bạn 62 tuổi, sỏi niệu quản 9 mm, có cần mổ không... Với 9 mm thì thường phải tán sỏi nội soi rồi bạn.
💬 [[N:Hồng Nhung Phạm]]: dạ ba em tên [[N:Phạm Văn Đức]], em gửi phim ib bác sĩ rồi ạ, mã phim [[R:PK25-07-1183]]
BS [[N:Nguyễn Hữu Thắng]]: Ok, anh thấy rồi. [[N:Nhung]] cho ba vô khám thứ 5 này nha.
💬 [[N:Tâm Nguyễn 1985]]: bs ơi em mổ sỏi hôm [[D:10/6]] ở BV Bình Dân mà giờ còn tiểu máu
BS [[N:Nguyễn Hữu Thắng]]: [[N:Tâm]] đặt JJ chưa em? Thường 2–4 tuần mới rút sonde JJ, còn ít máu là bình thường.
💬 [[N:Anh Thư Lâm]]: bác sĩ cho em xin địa chỉ phòng khám ạ
💬 Phòng khám Tiết niệu Sài Gòn: @[[N:Anh Thư Lâm]] địa chỉ có trong phần giới thiệu của trang nha bạn
💬 Chú [[N:Ba Cà Mau]]: bs ơi tui 70 tuổi, sỏi san hô thận trái, BHYT tui số [[BH:CK2969612004517]] có được dùng ở phòng khám ko
BS [[N:Nguyễn Hữu Thắng]]: Chú [[N:Ba]] ơi, phòng khám tư không nhận BHYT, chú lên BV Chợ Rẫy hoặc BV Đa khoa Cà Mau khám theo tuyến cho đỡ tiền.
💬 [[N:Vy Trần]]: con em 8 tuổi cũng bị sỏi, tên [[N:Bắp]], cháu nó khám ở [[A:phường 7, TP Cà Mau]] họ nói uống nước nhiều là được?
BS [[N:Nguyễn Hữu Thắng]]: Sỏi ở trẻ phải tìm nguyên nhân chuyển hóa nha [[N:Vy]], em đặt hẹn qua số hotline, nhắn mã [[R:LS2007-14]] để được miễn phí khám.
💬 [[N:Đức Phạm]]: cám ơn bs [[N:Thắng]], tui là ba của [[N:Nhung]] nè, thứ 5 tui lên 😄
BS [[N:Nguyễn Hữu Thắng]]: Hẹn chú [[N:Đức]] sáng thứ 5 nha. Cảm ơn cả nhà, tuần sau [[D:27/7]] mình live tiếp.`,
  ],
];
