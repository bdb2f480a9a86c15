// Held-out set 17, documents 15–27 (see index.ts for the conventions): the last six news-style
// reports (provincial papers, a police appeal, a fan page with comments, a charity follow-up),
// then ward group chats on Zalo and Messenger and a family group. Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'news',
    `BÁO ĐIỆN BIÊN PHỦ – Y tế
Mường Nhé: 14 trẻ mắc sởi trong một bản, một cháu phải thở oxy
Điện Biên – Ngày [[D:9/2]], Trung tâm Y tế [[A:huyện Mường Nhé]] cho biết đang điều trị 14 trẻ mắc sởi ở [[A:bản Huổi Lếch, xã Mường Toong]]. Ca đầu tiên là cháu [[N:Giàng A Sử]] (3 tuổi), sốt, phát ban từ [[D:28/1]].
Bà [[N:Vàng Thị Mai]], mẹ cháu [[N:Sử]], kể nghĩ con bị "ban lửa" nên cúng ở nhà 3 ngày. Đến [[D:1/2]], con trai thứ hai là [[N:Giàng A Lử]] (11 tháng) cũng sốt cao, khó thở, gia đình mới đưa ra trạm y tế.
Cháu [[N:Lử]] bị viêm phổi nặng, phải thở oxy, được chuyển lên Bệnh viện Đa khoa tỉnh Điện Biên ngày [[D:3-2]]. BS [[N:Lò Thị Thanh Hoa]], khoa Nhi, cho biết cháu đã qua giai đoạn nguy hiểm, dự kiến ra viện sau [[D:rằm tháng Giêng]].
Y sĩ [[N:Sùng A Dơ]], trưởng Trạm Y tế [[A:xã Mường Toong]], cho biết trong 14 trẻ mắc, chỉ 2 cháu đã tiêm đủ 2 mũi vắc xin sởi – rubella. Nhiều gia đình như nhà anh [[N:Thào A Chứ]], anh [[N:Mùa A Páo]] đi làm ăn ở Lai Châu nên trẻ lỡ lịch tiêm.
Từ [[D:10 - 20/2]], huyện tổ chức tiêm vét tại 6 bản. Ông [[N:Lý Văn Hồng]], Phó Chủ tịch UBND huyện, yêu cầu trưởng bản phối hợp, vận động từng hộ. Trưởng [[A:bản Huổi Lếch]] là ông [[N:Giàng A Thào]] cam kết đưa trẻ đi tiêm đủ.
Cô giáo [[N:Lầu Thị Dung]], điểm trường mầm non trong bản, cho 30 trẻ nghỉ học từ [[D:5/2]] để tránh lây lan.
Bài, ảnh: [[N:Thu Phương]] – [[N:Quang Hưng]]`,
  ],
  // 16
  [
    'news',
    `BÁO KHÁNH HÒA – Du lịch & Sức khỏe
Du khách Hàn Quốc được cứu sống sau khi bị sóng cuốn ở bãi biển Trần Phú
Nha Trang – Khoảng 15h ngày [[D:17/7]], ông [[N:Park Sung-min]] (58 tuổi, du khách Hàn Quốc) tắm biển đoạn trước công viên Yersin thì bị dòng chảy xa bờ cuốn ra xa. Con gái ông, cô [[N:Park Ji-yeon]], hô cứu.
Hai nhân viên cứu hộ là anh [[N:Nguyễn Văn Khoa]] và anh [[N:Lê Tấn Lực]] bơi ra đưa ông vào bờ. Ông [[N:Park]] đã ngừng thở, được hồi sức tim phổi tại chỗ rồi đưa đến Bệnh viện Đa khoa tỉnh Khánh Hòa.
Theo BS.CKII [[N:Đặng Thị Bích Ngọc]], Trưởng khoa Cấp cứu, bệnh nhân bị ngạt nước, phù phổi, được thở máy, hạ thân nhiệt chỉ huy. Ngày [[D:20/7]], ông đã tỉnh, rút ống.
Vì bệnh nhân không nói được tiếng Việt, bệnh viện nhờ phiên dịch viên [[N:Kim Hye-jin]] (một người Hàn sống tại [[A:phường Lộc Thọ]]) hỗ trợ. Ông [[N:Park]] nhập cảnh bằng hộ chiếu số [[PP:M48271936]]; thông tin đã được báo cho Tổng Lãnh sự quán Hàn Quốc.
Anh [[N:Khoa]] cho biết đây là người thứ 9 anh cứu trong mùa hè. Trong tháng trước, đội cứu hộ của anh [[N:Trần Minh Hậu]] đã cứu 2 du khách Nga là [[N:Olga Smirnova]] và con trai [[N:Dmitry]].
Sáng [[D:24/7]], ông [[N:Park]] xuất viện. Bà [[N:Choi Mi-kyung]], vợ ông, bay sang Nha Trang để đón chồng về nước.
"Cảm ơn Việt Nam", ông nói bằng tiếng Việt bập bẹ.
[[N:Phan Sông Ngân]]`,
  ],
  // 17
  [
    'news',
    `Trang fanpage Bệnh viện Trung ương Huế – bài đăng lại trên Báo Thừa Thiên Huế
Cặp song sinh nặng 900 gram và 1,1 kg được xuất viện sau 72 ngày nằm lồng ấp
Sáng [[D:16/10]], hai bé song sinh [[N:Hồ Bảo An]] và [[N:Hồ Bảo Ngọc]], con của anh [[N:Hồ Đăng Phúc]] và chị [[N:Tôn Nữ Thảo Nguyên]] (ngụ [[A:kiệt 42 Nguyễn Lộ Trạch, phường Xuân Phú]]), đã được xuất viện.
Hai bé chào đời ngày [[D:5/8]] khi mới 27 tuần tuổi thai. Bé [[N:An]] nặng 900 gram, bé [[N:Ngọc]] nặng 1,1 kg. Theo ThS.BS [[N:Nguyễn Thị Kiều Nhi]], Trung tâm Nhi, bé [[N:An]] bị suy hô hấp nặng, xuất huyết não độ II, phải thở máy 18 ngày, điều trị bệnh võng mạc trẻ sinh non.
Chị [[N:Thảo Nguyên]] kể hai tháng qua mỗi ngày đều vắt sữa gửi vào khoa, học cách "ấp Kangaroo" từ điều dưỡng [[N:Lê Thị Ngọc Hân]]. Mệ nội các bé, bà [[N:Hồ Thị Mận]], ngày nào cũng nấu cơm mang vào viện.
Hiện bé [[N:An]] nặng 2,2 kg, bé [[N:Ngọc]] 2,4 kg. Hai bé sẽ tái khám vào [[D:30/10]] và khám mắt ngày [[D:6-11]].

Bình luận
[[N:Thảo Nguyên Tôn]]: Cảm ơn các bác sĩ, điều dưỡng Trung tâm Nhi đã cứu con em ❤️ đặc biệt chị [[N:Hân]] và bs [[N:Nhi]].
[[N:Lê Hoàng Bảo Châu]]: Mừng quá, hồi 2023 con mình cũng nằm lồng ấp số 7 ở đây.
Mệ [[N:Mận Huế]]: Cảm ơn con [[N:Hân]] nghe, mệ nhớ ơn lắm.
[[N:Hoài Phương]] trả lời [[N:Lê Hoàng Bảo Châu]]: bé nhà chị giờ mấy tuổi rồi ạ?
[[N:Lê Hoàng Bảo Châu]]: [[N:Hoài Phương]] bé nhà c giờ 2 tuổi rưỡi rồi e, khỏe re 😊
Ảnh: [[N:Minh Tâm]] (Phòng CTXH)`,
  ],
  // 18
  [
    'news',
    `BÁO ĐỒNG NAI – An ninh trật tự
Công an tìm nhân chứng vụ tai nạn khiến nữ sinh nguy kịch rồi bỏ chạy
Đồng Nai – Công an [[A:TP Biên Hòa]] đang truy tìm người điều khiển xe ô tô gây tai nạn rồi bỏ trốn khiến em [[N:Đoàn Ngọc Tường Vi]] (17 tuổi, học sinh Trường THPT Ngô Quyền) bị thương nặng.
Khoảng 21h30 ngày [[D:2/3]], em [[N:Vi]] đi xe đạp điện trên [[A:đường Phạm Văn Thuận, phường Tam Hiệp]] thì bị một xe ô tô 7 chỗ màu trắng tông từ phía sau. Xe gây tai nạn bỏ chạy về hướng ngã tư Tân Phong. Theo camera của một cửa hàng, xe có biển số nghi là [[VP:60A-5xx.27]].
Em [[N:Vi]] được đưa vào Bệnh viện Đa khoa Đồng Nai, chấn thương sọ não, gãy xương chậu. BS [[N:Nguyễn Phúc Thịnh]], khoa Phẫu thuật thần kinh, cho biết bệnh nhân đã được mổ, còn hôn mê.
Mẹ em là chị [[N:Trần Thị Mỹ Hạnh]] (ngụ [[A:khu phố 4, phường Tân Hiệp]]) khóc: "Con đi học thêm về, cách nhà có mấy trăm mét".
Công an đề nghị ai chứng kiến vụ việc hoặc có camera hành trình liên hệ Đội CSGT-TT Công an [[A:TP Biên Hòa]], cán bộ thụ lý Đại úy [[N:Lê Hữu Phước]], điện thoại [[P:0913.702.458]], hoặc Trung tá [[N:Bùi Văn Sang]] [[P:0251 3822 117]].
Cập nhật lúc 16h ngày [[D:5/3]]: tài xế [[N:Phạm Quốc Thái]] (44 tuổi, ngụ [[A:phường Trảng Dài]]) đã đến cơ quan công an đầu thú. Xe ô tô biển số [[VP:60A-517.27]] đã bị tạm giữ. Anh này có giấy phép lái xe hạng B2 số [[L:750148392617]].
[[N:Khánh Hòa]] – [[N:Công Nghĩa]]`,
  ],
  // 19
  [
    'news',
    `BÁO NGƯỜI LAO ĐỘNG – Sức khỏe
Bị rắn lục đuôi đỏ cắn khi hái xoài, cụ ông được cứu nhờ huyết thanh kháng nọc
Tây Ninh – Sáng [[D:11/5]], ông [[N:Trần Văn Sáu]] (71 tuổi, ngụ [[A:ấp Tân Trung, xã Tân Hòa, huyện Tân Châu]]) đang hái xoài thì bị rắn lục đuôi đỏ cắn vào ngón tay. Con trai ông là anh [[N:Trần Văn Lợi]] đập chết rắn, bỏ vào bọc ni lông mang theo đến Trung tâm Y tế huyện.
Ông được chuyển lên Bệnh viện Đa khoa Tây Ninh, sau đó chuyển tiếp Bệnh viện Chợ Rẫy trong đêm vì máu không đông, tay sưng to. TS.BS [[N:Lê Văn Nam]], Trung tâm Chống độc, cho biết bệnh nhân được truyền 6 lọ huyết thanh kháng nọc, sau 24 giờ chỉ số đông máu về bình thường.
"Mang con rắn theo giúp bác sĩ nhận diện nhanh. Nhưng tuyệt đối không garo, không rạch vết cắn, không đắp thuốc lá", BS [[N:Nam]] nói. Ngày [[D:17/5]], ông [[N:Sáu]] được xuất viện. Chi phí điều trị khoảng 60 triệu đồng, phần lớn được bảo hiểm y tế chi trả.
Cùng thời điểm, Trung tâm còn điều trị cho chị [[N:Danh Thị Sa Ry]] (28 tuổi, người Khmer, Kiên Giang) bị rắn hổ mang chúa cắn, phải thở máy.

Bình luận (4)
[[N:Tư Ốc Đảo]]: Xứ tui mùa xoài rắn lục nhiều lắm, hồi tháng rồi ông [[N:Tám]] bên xóm cũng bị.
[[N:Nguyen Thanh Binh]]: nhớ ko được garo nha mọi người
[[N:Hồng Gấm]]: Chúc chú [[N:Sáu]] mau khỏe
[[N:Út Nhỏ Tân Châu]]: Anh [[N:Lợi]] bình tĩnh ghê, đập rắn mang theo luôn 😅
[[N:Ngọc Hân]] – [[N:Thanh Bình]]`,
  ],
  // 20
  [
    'news',
    `BÁO AN GIANG – Nhịp cầu nhân ái
Trao hơn 186 triệu đồng bạn đọc giúp bé bị bỏng nặng ở Tri Tôn
An Giang – Ngày [[D:20/12]], Ban Bạn đọc Báo An Giang phối hợp UBND [[A:xã Châu Lăng, huyện Tri Tôn]] trao số tiền 186.450.000 đồng bạn đọc giúp đỡ bé [[N:Chau Sóc Khom]] (6 tuổi, người Khmer) – nhân vật trong bài "Bé trai bỏng nước sôi cần giúp đỡ" (mã số [[R:AG-1125]]) đăng ngày [[D:28/11]].
Bé [[N:Sóc Khom]] bị bỏng 35% do té vào nồi nước sôi nấu thốt nốt ngày [[D:19-11]]. Bé đang điều trị tại Bệnh viện Chợ Rẫy, đã được ghép da 2 lần vào các ngày [[D:3/12]] và [[D:12/12]].
Nhận tiền thay con, chị [[N:Néang Sóc Phia]] xúc động: "Tôi không biết chữ nhiều, chỉ biết cảm ơn". Cha bé, anh [[N:Chau Ty]], làm thuê leo cây thốt nốt ở [[A:phum Sà Lôn]].
Đại diện Báo, nhà báo [[N:Trần Thị Kim Thoa]] cho biết số tiền gồm chuyển khoản vào tài khoản ban bạn đọc và tiền mặt bạn đọc gửi trực tiếp. Ông [[N:Chau Sơn Tha]], Phó Chủ tịch UBND xã, cam kết giám sát việc sử dụng số tiền đúng mục đích.
Danh sách một số bạn đọc: [[N:Lâm Thị Hoa]] (Long Xuyên) 2 triệu; nhóm thiện nguyện "Hạt Gạo Yêu Thương" của anh [[N:Nguyễn Tấn Phát]] 10 triệu; chị [[N:Trịnh Ngọc Lan]] (Úc) 100 đô la; bạn đọc giấu tên 5 triệu.

Bình luận
[[N:Phương Loan]]: Cầu mong bé mau lành, lần sau báo đăng số tài khoản rõ hơn nha.
[[N:Chau Sa Rinh]]: Cảm ơn tấm lòng mọi người với người Khmer tụi em 🙏
[[N:Võ Thành Đô]]: Mình gửi 500k rồi, ghi nội dung AG1125 [[N:Võ Thành Đô]].
[[N:Ngọc Bích]]`,
  ],
  // 21
  [
    'chat',
    `[Zalo] NỘI TỔNG HỢP - BVĐK TỈNH NINH BÌNH (38 thành viên)
BS [[N:Hùng]] trưởng khoa, 07:02
Chào cả nhà. Giao ban 7h30 nhé, trực đêm qua báo cáo ngắn gọn.
Bs [[N:Đạt]], 07:11
Đêm qua khoa nhận 6 bn mới. Đáng chú ý:
- bn [[N:Đinh Văn Sửu]] 78t, giường 12 phòng 305, COPD đợt cấp, SpO2 86% khí phòng, đã thở oxy kính 3l/p
- bn [[N:Nguyễn Thị Lụa]] 65t phòng 301 ĐTĐ type 2 đường máu 28 mmol, đã chỉnh insulin
- giường 15 nam 70t đau thượng vị, đang chờ xét nghiệm
BS [[N:Hùng]] trưởng khoa, 07:14
ok. Bà [[N:Lụa]] cho hội chẩn dinh dưỡng luôn
ĐD [[N:Mai]], 07:15
dạ e báo khoa dinh dưỡng r ạ
[[N:Trương Văn Nghĩa]] (P.KHTH), 07:20
Khoa Nội cho e xin hồ sơ bn [[N:Lê Văn Chiến]] mã BA [[R:2601.03417]] để làm giám định BHYT nhé
hồ sơ ra viện tuần trước ạ
[[N:Phạm Thị Hồng Nhung]], 07:21
a [[N:Nghĩa]] ơi hồ sơ đấy đang ở bàn bs [[N:Hoa]], trưa e mang xuống
đd [[N:Thơm]], 08:02
Giường 12 người nhà hỏi bao giờ được về ạ, con trai bác là a [[N:Tuấn]] sđt [[P:0916 224 870]] muốn gặp bs
Bs [[N:Đạt]], 08:04
Bảo a ấy 10h lên gặp bs trực nhé, e ra viện r
BS [[N:Hùng]] trưởng khoa, 08:40
@[[N:Vũ Thị Hoa]] chiều nay khám lại bn giường 15 [[N:Phùng Văn Tiến]] giúp a, nghi xuất huyết tiêu hóa
ĐD [[N:Mai]], 09:15
Bn giường 15 đi ngoài phân đen 2 lần, HA 95/60, M 104
Bs [[N:Vũ Thị Hoa]], 09:16
cho bù dịch NaCl 0.9% 500ml
báo nội soi cấp cứu
liên hệ khoa huyết học dự trù 2 đv khối hồng cầu
[[N:Phạm Thị Hồng Nhung]], 09:50
[Hình ảnh]
Kq nội soi: loét hành tá tràng Forrest IIa, đã kẹp clip
Bs [[N:Đạt]], 10:30
Nhắc cả nhà: từ [[D:15/1]] áp dụng bệnh án điện tử toàn khoa, ai chưa có tài khoản HIS thì gửi ngày sinh với số CCCD cho chị trưởng nhóm IT
ĐD [[N:Nguyễn Thị Hằng]], 10:40
[[D:12/4/1996]], [[ID:037196004581]]
đd [[N:Thơm]], 10:41
[[N:Trần Thị Thơm]] sn [[D:03/09/1998]] cccd [[ID:037 198 002 316]]
BS [[N:Hùng]] trưởng khoa, 11:20
Chiều nay 14h có đoàn Sở kiểm tra hồ sơ, trực: bs [[N:Đạt]], đd [[N:Mai]]
ĐD [[N:Mai]], 14:10
Bn COPD ra viện rồi ạ, người nhà gửi quà cảm ơn cả khoa 🍊🍊
Bs [[N:Vũ Thị Hoa]], 14:11
Cảm ơn gia đình, nhắc bác tái khám ngày [[D:10/2]] nhé
BS [[N:Hùng]] trưởng khoa, 16:30
Đoàn kiểm tra nhận xét tốt. Cảm ơn cả nhà 👏`,
  ],
  // 22
  [
    'chat',
    `Messenger – nhóm "Khoa Sản BV Hùng Vương – Phòng sinh ca B"
[[N:Ngọc Diệp]]
Ca B nhận 4 sản phụ chuyển dạ nha mọi người
G1 [[N:Lý Mỹ Linh]] 24t, con so 39w, CTC 4cm, ối còn
G2 [[N:Huỳnh Thị Bé Ba]] 36t, con rạ, VMC cũ 2019, đang theo dõi
G3 bn [[N:Sơn Thị Sô Phia]] 19t người Khmer, chưa khám thai lần nào, ko biết tuổi thai
chồng là a [[N:Thạch Sa Vuth]] sđt [[P:0367 912 504]], ko có bhyt
G4 31t, thai 38w ngôi mông, hẹn mổ chủ động [[D:20/6]] mà chuyển dạ trước
Hộ sinh [[N:Kim Cúc]]
chị [[N:Bé Ba]] đòi sanh thường, bs coi giùm e
2019 thì hơn 5 năm rồi c
BS [[N:Trúc]]
ừ vậy cho thử, monitor liên tục, báo c nếu có dấu hiệu dọa vỡ
G3 siêu âm ước lượng giúp c, XN HIV, VGB, giang mai nhanh
G4 báo bs trực mổ luôn, phòng mổ 3 trống
CTXH [[N:Minh Thư]]
Để e lên làm hồ sơ hỗ trợ cho G3 nha, bên e có quỹ Áo Trắng
Hộ sinh [[N:Kim Cúc]]
02:15 bé gái của G4 chào đời 3100g, apgar 8/9 ✨
03:40 mẹ [[N:Mỹ Linh]] sanh thường bé trai 3400g
> Trả lời [[N:Ngọc Diệp]]: "G2 ... 36t, con rạ"
c [[N:Bé Ba]] CTC 8cm rồi, tim thai 140 đều
[[N:Ngọc Diệp]]
04:55 c [[N:Bé Ba]] sanh bé trai 3700g, ko rách vết mổ cũ 🙏
CTXH [[N:Minh Thư]]
Quỹ duyệt hỗ trợ 3 triệu, mã hồ sơ [[R:HT-0619/AT]] nha
E gọi bé [[N:Kim Sóc Thy]] sv điều dưỡng người Trà Vinh lên phiên dịch tiếng Khmer
BS [[N:Trúc]]
ok, cho G3 nằm phòng chờ sanh 2
cảm ơn ca B, nghỉ ngơi đi mọi người 😴
[[N:Hạnh Nguyễn]]
Ok e, ca C nhận. Sản phụ Khmer có tiền sử gì ko
[[N:Ngọc Diệp]]
ko có gì c, chỉ chưa khám thai thôi, sđt chồng e ghi trên bảng rồi`,
  ],
  // 23
  [
    'chat',
    `Zalo: KHOA NHI – BV SẢN NHI BẮC GIANG 👶 (nhóm nội bộ)
[[N:Dương Thị Thu]] (ĐDT): Sáng nay khoa 61 bn, 4 bn nặng. Phòng cách ly tay chân miệng 3 bé.
  bé [[N:Bin]] ([[N:Nguyễn Đức Minh]] 2t) TCM độ 2a, giật mình 3 lần/đêm
  phòng 5 bé 14 tháng viêm phổi, đêm qua SpO2 91%, đã cho thở oxy gọng 1l/p, nay 96%
Bs [[N:Khánh]]: cho phenobarbital theo phác đồ, theo dõi mạch mỗi 3h nhé
  bé phòng 5 mai chọc dịch màng phổi, bố bé có lên ko
[[N:Lưu Thị Ngân]]: bố bé bảo mai 8h lên ạ, đang ở [[A:thôn Khuôn Thần, xã Kiên Lao, huyện Lục Ngạn]]
  mẹ bé [[N:Bin]] là chị [[N:Hà]] hỏi có lây cho em bé 4 tháng ở nhà ko ạ
Bs [[N:Khánh]]: Có thể lây. Dặn chị ấy rửa tay, ko cho bé nhỏ vào viện
  đồ chơi, bình sữa ngâm cloramin B
[[N:Trịnh Thị Lệ]]: [Chuyển tiếp tin nhắn]
  "Chị ơi em là mẹ bé [[N:Cốm]] phòng 3, con em nôn 4 lần từ 5h sáng, bác sĩ xem giúp em với – [[N:Thu Trang]]"
Bs [[N:Phan Văn Quang]]: bé [[N:Cốm]] là [[N:Lê Gia Hân]] 3 tuổi đúng ko, tiêu chảy cấp ngày 2
  cho oresol, đánh giá mất nước, e báo a kq điện giải
[[N:Trịnh Thị Lệ]]: dạ Na 131, K 3.2
  cân nặng 13kg
  bù kali đường uống được ko a
Bs [[N:Phan Văn Quang]]: ok, chiều xn lại
[[N:Dương Thị Thu]] (ĐDT): Nhắc: thứ 6 tuần này ([[D:14/11]]) tiêm vắc xin sởi bù cho bé trong khoa chưa đủ mũi
  e Ngân lập ds nhé
[[N:Lưu Thị Ngân]]: ds: bé [[N:Nguyễn Đức Minh]], bé [[N:Hoàng Bảo Ngọc]], bé [[N:Tít]] ([[N:Đào Quang Vinh]])
  bé phòng 5 viêm phổi hoãn ạ
[[N:Hoàng Bảo Ngọc]] 👩‍⚕️: ơ e trùng tên bé giường 8 😂
Bs [[N:Khánh]]: 13h bé phòng 5 chọc dịch được 80ml dịch vàng chanh, gửi XN mã [[R:XN251114-0386]]
[[N:Trịnh Thị Lệ]]: bé [[N:Cốm]] hết nôn, uống oresol tốt rồi ạ
  chiều nay mẹ bé xin về
  e báo bs viết giấy ra viện nhé
Bs [[N:Phan Văn Quang]]: 👍
  ok cho về, hẹn tái khám sau 1 tuần
  nhắc mẹ bé uống đủ oresol
[[N:Dương Thị Thu]] (ĐDT): Cả nhà chú ý: từ [[D:17/11]] khoa chuyển giờ giao ban sang 7h15
  ai nghỉ phép báo trước 2 ngày
  tủ thuốc trực kiểm tra lại cơ số chống sốc`,
  ],
  // 24
  [
    'chat',
    `[Zalo] CẤP CỨU BV 115 – TRỰC (52 thành viên)
[[N:Tấn Lộc]] ĐD: Xe 115 báo đưa về 2 nạn nhân TNGT ở [[A:đường Ba Tháng Hai, phường 12, quận 10]], 5p nữa tới
  NN1 nam khoảng 25t chưa rõ danh tính, GCS 8, mã tạm [[R:CC-2608-0117]]
  NN2 nữ tỉnh, tên [[N:Lâm Bội Nghi]] 22t, gãy tay T
Bs [[N:Hải]] ER: ok chuẩn bị 2 giường hồi sức, báo ngoại thần kinh
  NN1 đặt NKQ, CT sọ não ngay
  CT: máu tụ ngoài màng cứng thái dương P 35ml
BS [[N:Vĩnh]] NTK: mổ cấp, e cho lên phòng mổ 2
[[N:Ngô Kim Yến]] (thu ngân): bn NN1 chưa có người nhà, em tạm treo viện phí nha
[[N:Tấn Lộc]] ĐD: Công an phường báo NN1 tên [[N:Quách Minh Trí]], sinh năm 2001, ngụ [[A:hẻm 51 Thành Thái, phường 14]], xe máy [[VP:59X3-218.64]]
  người nhà là mẹ, đang tới, sđt [[P:0908-331-726]]
[[N:Ngô Kim Yến]] (thu ngân): đã đổi mã tạm sang mã BN [[R:25.108.447]]
CTXH [[N:Út Hiền]]: Em xuống đón người nhà NN1 nha
  NN2 nhờ gọi bạn trai, tên [[N:Wu Jia Hao]] người Đài Loan sđt [[P:+886 912 458 307]]
  e gọi rồi, anh ấy đang từ Bình Dương lên
Bs [[N:Hải]] ER: NN2 bó bột, cho về được nếu X quang ko di lệch
---
02:10 [[N:Tấn Lộc]] ĐD: Bn mới: bà [[N:Trần Thị Bảy]] [[AGE:91]]t đau ngực, người nhà ông [[N:Phạm Văn Cư]] (con rể)
  ECG ST chênh lên DII DIII aVF
02:12 Bs [[N:Hải]] ER: kích hoạt báo động tim mạch, gọi bs can thiệp
02:13 BS [[N:Lương Đức Thịnh]] TM: nhận, 20p lên. Hỏi gia đình có đồng ý can thiệp ở tuổi [[AGE:91]] ko
02:20 CTXH [[N:Út Hiền]]: ông [[N:Cư]] đồng ý, đang ký cam kết
  con gái bà ở Mỹ gọi video về
02:55 BS [[N:Lương Đức Thịnh]] TM: Tắc RCA đoạn giữa, đặt 1 stent, TIMI 3. Chuyển CCU
03:30 [[N:Tấn Lộc]] ĐD: NN1 [[N:Trí]] mổ xong chuyển ICU, bs [[N:Vĩnh]] báo tiên lượng dè dặt
  mẹ bạn ấy đang ở phòng chờ
05:45 [[N:Tấn Lộc]] ĐD: bàn giao ca sáng cho [[N:Kiều Trinh]] nha
04:30 Bs [[N:Hải]] ER: tủ thuốc cấp cứu ai dùng adrenalin nhớ bù nhé
  phòng hồi sức 2 máy thở số 3 báo lỗi, gọi vật tư sáng mai
05:10 CTXH [[N:Út Hiền]]: phòng chờ có 3 gia đình ngủ lại, em phát nước rồi
  sáng mai e hỗ trợ làm giấy tạm ứng viện phí cho NN1
06:00 Bs [[N:Hải]] ER: Ca đêm vất vả. Cảm ơn mọi người.
  giao ban 7h15 nhé`,
  ],
  // 25
  [
    'chat',
    `Zalo nhóm: HSTC – BV BẠCH MAI – trao đổi chuyên môn
TS [[N:Đăng]] · 21:40
Bn giường 4 [[N:Hà Văn Khương]] 54t sốc nhiễm khuẩn/ viêm tụy cấp, noradrenalin 0.3 mcg/kg/p, lactat 5.2
thêm vasopressin, cấy máu lần 2
ThS [[N:Nguyễn Thu Thủy]] · 21:45
đã lọc máu liên tục từ 22h, nước tiểu 15ml/h
ĐD [[N:Phương Anh]] · 21:50
e gửi cấy máu rồi a, mã mẫu [[R:VS26-004812]] và [[R:VS26-004813]]
BS nội trú [[N:Kha]] · 22:10
Giường 7 cụ [[N:Nông Văn Pắn]] (Tày, Cao Bằng) mai rút NKQ thử ạ, SBT 30p qua, RSBI 62
TS [[N:Đăng]] · 22:12
rút đi. Báo con gái cụ là chị [[N:Nông Thị Hiền]] vào thăm chiều
[[N:Lưu Minh Tú]] (dược LS) · 22:30
giường 4 đang vanco + mero, đề nghị TDM vanco trước liều 4
chỉnh liều mero theo CRRT 1g/8h
---
Trả lời ThS [[N:Nguyễn Thu Thủy]]: "nước tiểu 15ml/h"
BS nội trú [[N:Kha]] · 06:05
6h sáng nước tiểu 40ml/h rồi ạ, lactat 3.1
Bn mới: [[N:Lò Văn Thương]] 36t, ngộ độc lá ngón ở [[A:bản Pá Khoang, xã Pú Nhung, huyện Tuần Giáo]], chuyển từ BV tỉnh Điện Biên
tuyến trước rửa dạ dày rồi, đã dùng than hoạt
anh trai đi cùng ko nói tốt tiếng Kinh
ĐD [[N:Phương Anh]] · 06:20
e nhờ a [[N:Lường]] bên bảo vệ người Thái phiên dịch được
TS [[N:Đăng]] · 06:30
ok. Giảm nor dần
Mai hội chẩn với Trung tâm Chống độc, thầy [[N:Nguyễn Trung Nguyên]] đồng ý tham gia
ĐD [[N:Lê Phương Anh]] · 10:15
Cụ giường 7 rút NKQ xong, thở oxy kính, tỉnh, đòi về bản 😅
BS nội trú [[N:Kha]] · 14:00
Giường 4 huyết áp ổn, nor 0.1
ThS [[N:Nguyễn Thu Thủy]] · 16:40
tối nay e trực với bs [[N:Hoàng Thị Diệu Linh]] ạ
TS [[N:Đăng]] · 16:41
👍`,
  ],
  // 26
  [
    'chat',
    `[Zalo] NGOẠI TIÊU HÓA – BVĐK TRUNG ƯƠNG CẦN THƠ
Trưởng khoa [[N:Tín]]: Lịch mổ thứ 3 [[D:21/10]]:
  1. [[N:Nguyễn Văn Chín]] 66t – K dạ dày – cắt dạ dày bán phần – ê kíp a + [[N:Khải]]
  2. [[N:Lê Thị Nhị]] 48t – sỏi túi mật – cắt túi mật nội soi – [[N:Phụng]], [[N:Toàn]]
  3. nữ 39t – thoát vị bẹn – [[N:Khải]]
Bs [[N:Phụng]]: Ca 2 chị [[N:Nhị]] đang sốt nhẹ 37.8, có lùi ko anh
Trưởng khoa [[N:Tín]]: xn lại CRP, bạch cầu, nếu ổn mổ bình thường
  ca 1 nhớ dự trù 2 đv máu
ĐD [[N:Kim Thoa]]: Bn ca 1 người nhà chưa ký giấy cam kết phẫu thuật ạ. Con trai ông là anh [[N:Nguyễn Văn Mười]] đang ở Sóc Trăng
  sđt ảnh [[P:0939 774 152]], đã hẹn trước 6h sáng mai
[[N:Toàn]] nội trú: a ơi ca 2 CRP 8, BC 9.2
  >> Chuyển tiếp từ nhóm "P.KHTH – BV":
  >> [[N:Diệp Quốc Thái]] (KHTH): Đề nghị khoa Ngoại TH gửi biên bản hội chẩn bn [[N:Nguyễn Văn Chín]] số [[R:HC-4471/2025]] trước 16h để duyệt phẫu thuật loại đặc biệt
  đã gửi P.KHTH ạ
---
08:10 Bs [[N:Khải]]: ca 1 bắt đầu
10:42 Bs [[N:Khải]]: ca 1 xong, giải phẫu bệnh mã [[R:GPB25-10937]], bn về hồi tỉnh
10:45 ĐD [[N:Kim Thoa]]: con trai ông hỏi kết quả, em nói bs ra gặp nha
11:30 Bs [[N:Phụng]]: ca 2 xong, túi mật viêm mạn, sỏi 2 viên
  ca 3 đang gây tê tủy sống
12:15 Bs [[N:Khải]]: xong ca 3 👍
  lưới 10x15, ko biến chứng
  chiều cho bn đi lại được
13:00 ĐD [[N:Kim Thoa]]: Cả khoa ăn trưa ạ, cô [[N:Sáu]] nấu cơm tấm 🍚
14:20 ĐD [[N:Huỳnh Kim Thoa]]: Bn ca 1 tỉnh, đau ít, dẫn lưu 50ml dịch hồng
  đã cho ngồi dậy tại giường
15:40 [[N:Toàn]] nội trú: Bn mới nhập: [[N:Trần Minh Luân]] 19t đau HCP 12h, nghi VRT, ở [[A:ấp Thới Thạnh, xã Thới Thạnh, huyện Thới Lai]]
  SA: ruột thừa 9mm, thâm nhiễm mỡ xung quanh
16:30 Bs [[N:Phụng]]: VRT chưa vỡ, mổ nội soi tối nay. [[N:Toàn]] phụ a
  báo phòng mổ chuẩn bị dàn nội soi số 2
  cho bn nhịn ăn, truyền dịch
19:50 [[N:Toàn]] nội trú: mổ xong bn [[N:Luân]] 👌
  hậu phẫu ổn, kháng sinh theo phác đồ`,
  ],
  // 27
  [
    'chat',
    `Zalo: 💗 GIA ĐÌNH ÔNG NỘI 💗 (12 thành viên)
[[N:Trần Quốc Tuấn]]
Cả nhà ơi, ông vừa nhập viện Thống Nhất rồi. Khó thở từ tối qua, bs bảo suy tim
Khoa Tim mạch, phòng 412 giường 3
[[N:Út Hằng]]
trời ơi, ông nằm khoa nào con
cô lên liền
[[N:Hai Lâm]]
Ông [[AGE:92]] rồi, có mổ gì ko con?
[[N:Trần Quốc Tuấn]]
ko mổ chú ạ. [[AGE:92]] tuổi rồi bs chỉ điều trị thuốc
Thím mang theo thẻ bhyt với CCCD của ông nhé, số [[ID:079033000417]]
mã thẻ [[BH:CC 4 79 7901234567]]
[[N:Phạm Thị Ngọc]]
ok con, để thím mang vô
[[N:Na Trần]]
con chiều đi học về vô thăm ông được ko ba
[[N:Nguyễn Thị Diệu]]
[[N:Na]] đi với mẹ, 5h mẹ chở
---
[[N:Út Hằng]]
Cô tới rồi. Ông hỏi thằng [[N:Khoa]] đâu, nhớ cháu đích tôn
[Video]
ông nói "thằng [[N:Khoa]] về thì ông khỏe"
[[N:Trần Đăng Khoa]]
con đang ở Hà Nội, mai con bay về cô ơi
ông ơi đợi con nha ❤️
[[N:Trần Quốc Tuấn]]
Bs [[N:Quyên]] dặn: ông ăn nhạt, uống nước ít, ko quá 1 lít/ngày
Ai trực đêm thì báo để con đăng ký thẻ người nuôi
[[N:Hai Lâm]]
đêm nay chú. Cổng nào mở khuya con?
[[N:Trần Quốc Tuấn]]
Chú đi cổng chính nhé, cổng kia đóng 21h
---
[[N:Trần Quốc Tuấn]]
Cập nhật: sáng nay bs [[N:Lý Thanh Quyên]] nói ông đỡ phù, giảm oxy rồi. Dự kiến ra viện khoảng [[D:28/3]]
[[N:Út Hằng]]
mừng quá. Đúng ngày giỗ bà ([[D:mùng 10 tháng 2]] âm) luôn
[[N:Trần Đăng Khoa]]
con về tới rồi, đang ở viện với ông đây
[Hình ảnh]
tái khám [[D:11/4]] chú ạ, bs dặn mang theo giấy ra viện số [[R:RV-2026/03187]]`,
  ],
];
