// Held-out set 13, documents 28–40 (see index.ts for the conventions): chats — pharmacy,
// delivery ward, a voice-to-text hand-over, an outbreak line list, a death certificate, a
// Khmer ward without accents, paediatric parents, a highland referral chain, telehealth
// with foreign patients, a consultation group, students on the ward, an incident, a family
// group with a charity transfer. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'chat',
    `Zalo – "Khoa Dược – Cấp phát nội trú"
[[N:Lưu Thị Thanh Nhàn]] (DS lâm sàng): Đơn điện tử mã [[R:79031KT8Q2-c]] của bn [[N:Võ Thị Bé Năm]] kê Augmentin 875/125 x 2 viên/ngày kèm Ceftriaxone 1g x 2 lọ, trùng nhóm kháng sinh, nhờ khoa Nội 1 xem lại.
[[N:Khánh]] (Nội 1): Dạ bs [[N:Toàn]] đổi rồi ạ, bỏ Augmentin. Bn dị ứng penicillin nữa, mới khai hôm qua.
[[N:Lưu Thị Thanh Nhàn]] (DS lâm sàng): Ok. Thêm bn [[N:Hồ Văn Ngọt]] ([[AGE:90]] tuổi) đang Digoxin 0,25 mg, kali 3,1 – cảnh báo nhé. Amlodipin 5/5 đúng không?
[[N:Khánh]] (Nội 1): Dạ Amlodipin 5 mg sáng 1 viên thôi, ghi 5/5 là đã uống đủ 5 trên 5 ngày. Còn Morphin 10 mg cho bn [[N:Ngọt]], sổ gây nghiện trang 47, phiếu lĩnh số [[R:GN-2512-0031]].
[[N:Tạ Quang Vinh]] (Kho): Lô Meropenem 1g hạn dùng [[D:tháng 2]] nha các khoa, dùng trước. Hóa đơn nhập của công ty dược đã về.
[[N:Lưu Thị Thanh Nhàn]] (DS lâm sàng): BN [[N:Năm]] ở giường 8, tủ thuốc số 3. Người nhà là chị [[N:Thơm]], sđt [[P:0779 021 384]], hỏi thuốc mang về.
[[N:Khánh]] (Nội 1): Dạ e hẹn c [[N:Thơm]] chiều [[D:4/12]] lên lấy thuốc, ra viện sáng [[D:5/12]]. Toa ra viện số [[R:TRV-25-11802]].`,
  ],
  // 29
  [
    'chat',
    `Zalo – "Phòng sinh – Khoa Sản TTYT Tủa Chùa"
[[N:Lò Thị Hương]] (NHS): Sản phụ [[N:Mùa Thị Pà]], 17 tuổi, con so, ở [[A:bản Háng Đề Dê, xã Sín Chải]] vào lúc 3h sáng [[D:2/12]], cổ tử cung 6 cm.
[[N:Vừ Thị Xua]] (phiên dịch): chồng là [[N:Hạng A Lồng]] nói tiếng Mông, em dịch rồi, đồng ý mổ nếu cần.
[[N:Lò Thị Hương]] (NHS): Sinh thường lúc 7h20, bé gái 2,6 kg, APGAR 8/9. Bầm [[N:Dê]] (mẹ chồng) xin bế về bản luôn hôm nay 😥
BS [[N:Tòng Văn Sơn]]: Không được, bé cần tiêm vitamin K và viêm gan B, theo dõi 24h. Hẹn ra viện [[D:3-12]].
[[N:Vừ Thị Xua]] (phiên dịch): u [[N:Pà]] hỏi làm giấy chứng sinh. Tên bé đặt là [[N:Hạng Thị Mỷ]].
[[N:Lò Thị Hương]] (NHS): Giấy chứng sinh số [[R:0218/2025/GCS]], quyển số 04. Ngày sinh ghi [[D:02/12/2025]]. CCCD mẹ chưa có, dùng định danh [[ID:011308003518]] theo VNeID.
[[N:Cầm Văn Tiến]] (Khoa Nhi): Bé sơ sinh giường 2 lồng ấp số 1 mã SS [[R:SS25-0144]]. Bé bú tốt.
[[N:Vừ Thị Xua]] (phiên dịch): Nhà ông [[N:Lồng]] ở xa, không có sđt, có thể liên lạc qua trưởng bản [[N:Mùa A Di]] [[P:0827 113 906]].`,
  ],
  // 30
  [
    'voice',
    `[Ghi âm chuyển văn bản – giao ca Ngoại thần kinh, 6h50 sáng ngày [[D:mùng bốn tháng mười hai]]]
ok em giao ca nha giường một bệnh nhân [[N:nguyễn văn hòa]] sáu mươi hai tuổi chấn thương sọ não mổ máu tụ ngoài màng cứng hôm [[D:hai tháng mười hai]] glasgow mười trên mười lăm sáng nay tỉnh hơn rồi
mã bệnh nhân là [[R:hai lăm không không bốn tám một bảy]] nhớ cái đó để lĩnh thuốc
giường ba bà [[N:h'bia]] người đồng bào bahnar con trai là [[N:a blưn]] gọi số [[P:không ba tám chín, bốn hai một, sáu không bảy]] nếu cần ký giấy
giường năm anh [[N:tư mập]] á à anh [[N:trần văn tư]] đó tai nạn xe máy biển số [[VP:năm chín x một hai ba bốn năm sáu]] công an đã lấy lời khai rồi
à quên giường bảy cụ [[N:nông văn mạc]] [[AGE:chín mươi sáu]] tuổi người tày ở [[A:xóm nà pài xã quang trung huyện hòa an]] thở oxy hai lít
bác sĩ [[N:kiên]] dặn chiều chụp lại ct cho giường một
hết rồi em [[N:nga]] nhận ca nha cảm ơn chị [[N:thủy]]`,
  ],
  // 31
  [
    'chat',
    `Zalo – "SXH – Đội đáp ứng nhanh [[A:TP Biên Hòa]]" (tuần 48)
[[N:Trịnh Ngọc Ánh]] (CDC): Danh sách ca mới từ [[D:25/11 - 1/12]]:
1. [[N:Đoàn Gia Huy]], 8t, [[A:tổ 5, khu phố 3, phường Trảng Dài, TP Biên Hòa]], khởi phát [[D:26-11]], NS1 (+).
2. [[N:Phan Thị Ngọc Mai]], 34t, [[A:tổ 7, phường Trảng Dài]], khởi phát [[D:27/11]], nhập BV Đồng Nai [[D:29/11]].
3. [[N:KIM MIN JI]] ([[N:김민지]]), 29t, Hàn Quốc, [[A:căn 12A-08, tháp B, chung cư Tân Phong, phường Tân Phong]], khởi phát [[D:28/11]], sđt [[P:+82 10 2271 9036]].
4. [[N:Võ Văn Đẩu]], 71t, [[A:tổ 2, ấp Thiên Bình, xã Tam Phước, huyện Long Thành]], khởi phát [[D:30.11]], IgM (+).
[[N:Huỳnh Văn Lộc]] (TYT [[A:phường Trảng Dài]]): Ca 1 với ca 2 cùng xóm trọ của bà [[N:Tư]], đã phun hóa chất sáng [[D:1/12]].
[[N:Trịnh Ngọc Ánh]] (CDC): Ca 3 bạn [[N:Min Ji]] làm ở [[A:KCN Amata]], hộ chiếu [[PP:M44012958]]. Công ty nhờ chị [[N:Park]] phiên dịch, [[P:0938 552 104]].
[[N:Lộc]] (TYT): ok c. Ông [[N:Đẩu]] là ông [[N:Ba Đẩu]] bán vé số đó, nhà không có ai, e đi xác minh.
Đã ghim: Báo cáo theo Thông tư 54/2015/TT-BYT, hạn 24h.`,
  ],
  // 32
  [
    'chat',
    `Zalo – "KHTH – Hồ sơ tử vong"
[[N:Nông Thị Duyên]] (KHTH): Bn [[N:Lê Đình Khải]], SN 1959, tử vong lúc 4h10 ngày [[D:28/11]] tại khoa HSTC, chẩn đoán sốc nhiễm khuẩn (A41.9). Giấy báo tử số [[R:0127/2025/GBT]] đã ký.
[[N:Đinh Quang Huy]] (HSTC): Dạ, con gái bn là chị [[N:Lê Thị Thu]] xin thêm bản trích lục, CCCD của chị [[ID:038181 002 694]], hộ chiếu [[PP:C7291044]] (để gửi bản sao sang Úc).
[[N:Nông Thị Duyên]] (KHTH): Ok. Còn ca [[N:Nguyễn Văn Ba]] ([[A:thôn Trung, xã Đông Hưng, huyện Đông Sơn]]) tử vong trên đường đến viện ngày [[D:29-11]], công an có Quyết định trưng cầu giám định pháp y số [[R:139/QĐ-CSHS]] ngày [[D:30/11]].
[[N:Lương Văn Chính]] (Pháp y): Bên mình nhận tử thi lúc 10h ngày [[D:30-11]], biên bản khám nghiệm số [[R:PY-25-0412]]. Người nhà là anh [[N:Ba Còi]] (em trai, tên thật [[N:Nguyễn Văn Còi]]).
[[N:Đinh Quang Huy]] (HSTC): Xe chở tử thi về quê biển số [[VP:36B-059.27]], tài xế [[N:Bình]] [[P:0983 447 210]].
[[N:Nông Thị Duyên]] (KHTH): Nhắc mọi người: mẫu giấy báo tử theo Thông tư 24/2020/TT-BYT, không tự sửa mẫu.
[[N:Lương Văn Chính]] (Pháp y): Kết luận giám định số [[R:412/2025/KLGĐ-PY]] dự kiến trả ngày [[D:12/12]].`,
  ],
  // 33
  [
    'handover',
    `giao ca noi tong hop – sang [[D:3/12]] (go khong dau)
giuong 1: ba [[N:thach thi sa ri]] 67t o [[A:soc ben bo, xa hoa thuan, huyen chau thanh]], dtd typ 2, duong huyet sang 14 mmol. con gai la [[N:thach thi dary]] nuoi, sdt [[P:0868441903]].
giuong 2: ong [[N:son ngoc khiem]], copd dot cap, tho oxy 3l. ma bn [[R:TVH.25.07731]]. vo la ba [[N:kim thi phol]] ko biet tieng viet, nho anh [[N:danh sophal]] (ho ly) dich.
giuong 3: [[N:chau sam nang]] 45t, sot ret tu campuchia ve [[D:28/11]], so dien thoai ben kia [[P:+855 12 604 381]] (anh trai [[N:chau ra]]).
giuong 4: ba [[N:lam thi sa phen]] ([[AGE:98]]t) lo loet cung cut do 2, cho an qua sonde.
giuong 5: [[N:ut ven]] (ten thuong goi cua ong [[N:thach ven]]), cho ra vien [[D:4/12]] neu het sot.
bs [[N:hoang]] dan: giuong 3 xet nghiem ky sinh trung sot ret lai luc 14h.
nguoi giao: [[N:kim thi loan]] – nguoi nhan: [[N:son tuyet]]`,
  ],
  // 34
  [
    'chat',
    `Zalo – "Phụ huynh phòng 402 – Nhi Hô hấp"
Má [[N:Bắp]]: Mấy chị ơi bé nhà em chiều nay sốt lại 39 độ, bác sĩ [[N:Hiền]] nói chụp lại phim.
Tía [[N:Cốm]]: Bé [[N:Cốm]] giường 3 đỡ ho rồi nè, chắc [[D:5/12]] ra viện.
[[N:Trương Thị Ngọc Hân]]: Ai có số chị điều dưỡng [[N:Loan]] không ạ, em cần hỏi giờ khí dung.
Má [[N:Bắp]]: [[P:0909 71 30 28]] đó chị.
U [[N:Bin]] (bé [[N:Đỗ Gia Bảo]]): Cháu nhà em mã bệnh nhân [[R:NĐ2-25-0099812]], nằm viện từ [[D:28-11]], sao BHYT chưa trừ ạ?
Bầm [[N:Mít]]: em ở [[A:xóm Đồng Bụt, xã Ngọc Hòa, huyện Chương Mỹ]] lên, mai về, nhờ các mẹ trông bé [[N:Mít]] giường 6 giúp buổi sáng với 🙏
[[N:Trương Thị Ngọc Hân]]: ok chị. Bé [[N:Su]] nhà em hôm qua đo SpO2 94, nay 97 rồi.
Tía [[N:Cốm]]: Ai biết chỗ gửi xe gần [[A:ngõ 18 phố Chùa Láng, phường Láng Thượng, quận Đống Đa]] không?
Má [[N:Bắp]]: @Tía [[N:Cốm]] gửi trong ngõ nhà bà [[N:Nụ]] đó anh, 5k một lượt.`,
  ],
  // 35
  [
    'chat',
    `Zalo – "Chuyển tuyến Krông Ana – BVĐK vùng Tây Nguyên"
[[N:H'Xíu Byă]] (TYT [[A:xã Dur Kmăl]]): Em chuyển lên TTYT bn [[N:Y Thắt Êban]], 3 tuổi, [[A:buôn Drai Sim, xã Dur Kmăl]], sốt 5 ngày, phát ban, mắt đỏ, môi nứt. Nghi Kawasaki ạ.
[[N:Ama Ni]] (cha bé, nhờ máy cô [[N:Xíu]]): bs oi con toi co nguy hiem ko
BS [[N:Nguyễn Quốc Trí]] (TTYT Krông Ana): Nhận rồi. Bé cần siêu âm tim, e làm giấy chuyển tuyến số [[R:361/GCT-TTYT]] ngày [[D:3/12]], chuyển thẳng lên vùng Tây Nguyên.
[[N:Ama Ni]] (cha bé, nhờ máy cô [[N:Xíu]]): the bhyt cua con [[BH:TE1 66 66 220 41850]]
BS [[N:Ksor Y Nhuê]] (Nhi TM vùng TN): Anh nhận. Siêu âm giãn ĐMV phải 4 mm. Truyền IVIG 2 g/kg tối nay. Bệnh Kawasaki điển hình, mã M30.3.
[[N:H'Xíu Byă]] (TYT): Dạ mẹ bé là chị [[N:H'Ngơn Êban]], sđt [[P:0342 90 55 17]]. Gia đình nghèo, có sổ hộ nghèo số [[R:HN-0087]].
BS [[N:Ksor Y Nhuê]] (Nhi TM vùng TN): Ok, báo CTXH hỗ trợ. Hẹn siêu âm lại ngày [[D:17/12]].`,
  ],
  // 36
  [
    'chat',
    `Zalo – "Quốc tế – Phòng khám đa khoa Sài Gòn" (phiên dịch và điều phối)
[[N:Phạm Hà My]] (điều phối): Khách hàng [[N:이지훈]] ([[N:LEE JI HOON]]), 44 tuổi, đau ngực từ tối [[D:1/12]]. Passport [[PP:M20963318]], ở [[A:phòng 1208, tòa Sky 2, Sunrise City, quận 7]].
[[N:Choi Eun Young]] (phiên dịch): 환자 아내 [[N:박수진]] 씨 연락처 [[P:+82 10-5538-1147]]. Chị [[N:Soo Jin]] hỏi có cần bay về Seoul không.
BS [[N:Lương Anh Khoa]]: Troponin âm tính 2 lần, ECG bình thường, nghĩ trào ngược dạ dày (K21.9). Không cần. Pantoprazol 40 mg x 1.
[[N:Phạm Hà My]] (điều phối): Khách thứ hai: anh [[N:Somchai Wongsakul]], người Thái, kỹ sư, sốt 3 ngày, dengue NS1 (+). SĐT anh ấy [[P:+66 81 774 2096]], vợ ở Bangkok [[P:+66 89 205 3317]].
[[N:王丽华]] ([[N:Wang Lihua]]) (phiên dịch tiếng Trung): Bà [[N:Chen Mei]] ([[N:陈梅]]) hẹn tái khám [[D:6/12]] nha, hộ chiếu [[PP:EJ7730412]].
BS [[N:Lương Anh Khoa]]: ok. Anh [[N:Somchai]] tiểu cầu 62 G/L, theo dõi thêm, tái khám [[D:3-12]] và [[D:4-12]].
[[N:Phạm Hà My]] (điều phối): Anh [[N:Lee]] đã thanh toán hóa đơn [[R:SGC-25-118044]]. Bảo hiểm bên Hàn yêu cầu giấy ra viện, gửi qua email anh [[N:Lee]] [[E:leejh.1981@naver.com]].`,
  ],
  // 37
  [
    'chat',
    `Zalo – "Hội chẩn liên khoa – BV Đa khoa tỉnh Lào Cai" ([[D:4/12]], 14h)
[[N:Hoàng Văn Chiến]] (chủ trì, PGĐ): Hội chẩn bn [[N:Sần Seo Phủ]], 52t, người Mông, [[A:thôn Sín Chải, xã Tả Van, thị xã Sa Pa]], mã BN [[R:LC.2025.083416]]. Mời khoa Nội trình bày.
[[N:Lù Thị Mai]] (Nội): Bn vào [[D:26/11]] vì khó thở, ho ra máu. CT ngực: khối u thùy trên phổi phải 4 cm, nghi ung thư phổi (C34.1). Sinh thiết xuyên thành ngực ngày [[D:1/12]], block GPB [[R:LC-B25-1177]].
[[N:Giàng Seo Vần]] (Ngoại): Chưa có di căn xa, có thể mổ. Nhưng bn uống rượu, hút thuốc lào 30 năm, FEV1 55%.
[[N:Hoàng Văn Chiến]] (chủ trì, PGĐ): Đề nghị chuyển Bệnh viện K, làm PET-CT. Con trai bn là anh [[N:Sần Seo Lử]] đồng ý, CCCD [[ID:010 099 004 958]].
[[N:Lù Thị Mai]] (Nội): Đã giải thích, anh [[N:Lử]] xin đi ngày [[D:8/12]] vì nhà còn lo đám cưới em gái. Đề nghị cho hóa trị theo phác đồ Quyết định 2549/QĐ-BYT nếu không mổ.
Thư ký: [[N:Nguyễn Thu Phương]]. Biên bản hội chẩn số [[R:231/BB-HC]].`,
  ],
  // 38
  [
    'chat',
    `Zalo – "Tổ SV Y4 – Khoa Tim mạch – đợt 2/4"
BS [[N:Mạc Thị Thu]] (giảng viên): Các em phân bệnh nhân: em [[N:Hiếu]] MSSV [[R:2153010442]] nhận bn [[N:Lò Văn Pẩng]] giường 4; em [[N:Ly]] MSSV [[R:2153010517]] nhận bà [[N:Ngô Thị Cúc]] giường 6.
[[N:Nguyễn Minh Hiếu]]: Dạ c, bn [[N:Pẩng]] ở [[A:bản Phiêng Luông, xã Mường Sang, huyện Mộc Châu]], THA độ 3, huyết áp vào viện 190/110.
[[N:ly tran]]: c ơi bà [[N:Cúc]] [[AGE:95]] tuổi, suy tim NYHA III, EF 30%. bà kể ông [[N:Bốn]] chồng bà mất năm 2019.
BS [[N:Mạc Thị Thu]] (giảng viên): Ok. Chiều nay thầy [[N:Tiến]] giảng bệnh án lúc 14h. Mã nhân viên của thầy [[R:NV-0314]] để đăng ký phòng học.
[[N:Đào Quang Vinh]] (ĐD trưởng): Các em SV nhớ rửa tay, ký sổ ra vào. Thẻ SV hết hạn thì nộp lại phòng đào tạo trước [[D:15/12]].
[[N:Nguyễn Minh Hiếu]]: Dạ. Em xin nghỉ chiều [[D:5-12]] để thi lại môn dược lý ạ.
BS [[N:Mạc Thị Thu]] (giảng viên): Được. Nhớ trả bài bệnh án [[N:Pẩng]] vào [[D:6/12]].`,
  ],
  // 39
  [
    'chat',
    `Zalo – "QLCL – Báo cáo sự cố" (sự cố mức 2, [[D:2/12]])
[[N:Tô Minh Châu]] (QLCL): Khoa Ngoại báo cáo: suýt truyền nhầm máu giữa 2 bn cùng tên [[N:Nguyễn Thị Hoa]]. Bn 1 SN 1962, mã [[R:25-071188]], nhóm máu O; bn 2 SN 1985, mã [[R:25-071203]], nhóm máu A.
[[N:Hoa]] (ĐD Ngoại): Dạ em là ĐD trực, em đối chiếu vòng tay thì phát hiện túi máu số [[R:TM251202-3317]] ghi nhầm mã. Chưa truyền ạ.
[[N:Tô Minh Châu]] (QLCL): Tốt. Ai ký phiếu lĩnh máu?
[[N:Vương Đức Anh]] (BS Ngoại): Em ký lúc 22h ngày [[D:1/12]]. Lỗi do em đọc mã trên màn hình. Em xin nhận.
[[N:Tô Minh Châu]] (QLCL): Cả 2 bn đều an toàn. Bn 2 là người nhà của chị [[N:Hoa]] ĐD luôn đúng ko?
[[N:Hoa]] (ĐD Ngoại): Dạ không, trùng tên thôi ạ. Bn 2 ở [[A:tổ 9, phường Quyết Thắng, TP Lai Châu]].
[[N:Tô Minh Châu]] (QLCL): Ok. Phiếu báo cáo sự cố số [[R:SC-2025-0148]]. Nhắc toàn viện dán cảnh báo "trùng tên" theo Thông tư 43/2018/TT-BYT. Họp rút kinh nghiệm sáng [[D:4/12]] phòng giao ban.`,
  ],
  // 40
  [
    'chat',
    `Messenger – nhóm "Gia đình [[N:Bh'riu]] – lo cho ba"
[[N:Bh'riu Thị Lan]]: ba [[N:Pơloong]] mổ xong rồi nha cả nhà, bs nói u gan đã cắt được.
[[N:Alăng Văn Sơn]]: tạ ơn trời. Tiền mấy bạn Đà Nẵng gửi vô tài khoản [[R:0041000771239]] của c [[N:Lan]] đủ chưa?
[[N:Bh'riu Thị Lan]]: được 63 triệu rồi. hóa đơn viện phí số [[R:HĐ-25-0089221]], còn nợ 12 triệu.
[[N:Kelly Nguyen]] (Houston): Em gửi thêm 500 USD qua Western Union, mã MTCN [[R:3381049275]]. Ai nhận thì gọi em [[P:+1 (713) 555-0148]].
[[N:Bh'riu Thị Lan]]: ok e [[N:Kelly]]. a [[N:Sơn]] chở ba về bằng xe [[VP:92A-317.06]] hay thuê xe?
[[N:Alăng Văn Sơn]]: thuê xe của [[N:Zơrâm Bhơ]] ở [[A:thôn Aur, xã Lăng, huyện Tây Giang]], cậu ấy lên ngày [[D:9/12]].
[[N:Clâu Thị Nhi]]: ba nằm phòng 612 giường 3 phải không c, mai con qua. bhyt của ba [[BH:DT 2 49 49 101 55432]] con giữ nha.
[[N:Bh'riu Thị Lan]]: đúng. Ngày [[D:12-12]] tái khám, nhớ mang giấy ra viện số [[R:2511/GRV]].`,
  ],
];
