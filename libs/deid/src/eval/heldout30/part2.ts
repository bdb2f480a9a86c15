// Held-out set 30, documents 14–26 (see index.ts for the conventions): news-style posts (14–20:
// an unaccented missing-teen share, a highland group share, a blood-bank appeal, a radio item, a
// Northern vlog, a digest with initials, a doctor's post with comments) and clinical chats
// (21–26). Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news',
    `[[N:ngoc bich tran]] da chia se bai viet cua [[N:Tran Van Cuong]]
TIM CON GAI MAT TICH - XIN CAC ANH CHI SHARE GIUP
Con gai toi la [[N:Tran Thi Kim Ngan]], sinh ngay [[D:14/02/2010]], hoc lop 9A truong THCS Vinh Thanh, nha o [[A:ap Hoa Loi, xa Vinh Thanh, huyen Cho Lach]]. Chau bi tram cam dang dieu tri o Benh vien Tam than tinh Ben Tre (ma benh nhan [[R:BT2504-00213]]), uong thuoc Sertraline 50mg moi ngay.
Sang [[D:3-4]] chau noi di hoc nhung khong toi truong. Camera o ben xe Ben Tre quay duoc chau len xe khach di Sai Gon luc 7h15. Chau mac ao khoac hong, deo balo den, dien thoai so [[P:0387 602 159]] da tat may tu trua hom do.
Nick facebook cua chau: [[U:facebook.com/kimngan.tran.1402]], zalo ten "[[N:Ngan Kim]]".
Gia dinh da trinh bao Cong an [[A:huyen Cho Lach]] ngay [[D:3/4/2025]].
Ai thay xin bao giup:
- ba chau [[N:Tran Van Cuong]] [[P:0919 275 048]]
- me chau [[N:Le Thi Hong Dao]] [[P:0366 904 731]]
- co chu nhiem [[N:Pham Thuy Linh]] [[P:0903 115 682]]
binh luan
[[N:Hieu Nguyen]]: hom qua [[D:4/4]] minh thay 1 ban giong vay o ben xe Mien Tay luc 10h toi
[[N:Tran Van Cuong]]: @[[N:Hieu Nguyen]] cam on em, anh da bao cong an [[A:quan Binh Tan]]
[[N:Thuy Linh Pham]]: ca lop 9A cau nguyen cho [[N:Ngan]] 🙏
[[N:Tran Van Cuong]]: [[D:5/4]] 16h: DA TIM THAY CHAU tai nha ban o [[A:phuong 13, quan 6]], chau khoe. Cam on tat ca moi nguoi!!!`,
  ],
  // 15
  [
    'news',
    `Nhóm Facebook "Người Buôn Ma Thuột" · bài viết của [[N:H'Lim Niê]]
Em xin phép admin ạ 🙏
Mẹ em là [[N:H'Blơ Êban]], 61 tuổi, ở [[A:buôn Kô Tam, xã Ea Tu, TP Buôn Ma Thuột]], bị u não, bác sĩ Bệnh viện Đa khoa vùng Tây Nguyên hẹn mổ ngày [[D:28/5]]. Mẹ em có thẻ BHYT hộ nghèo [[BH:HN 4 66 66 21 403 517]] nhưng phải mua thêm vít và vật tư ngoài danh mục khoảng 45 triệu.
Ba em là [[N:Y Kông Mlô]] (mọi người trong buôn gọi là [[N:Ama Lim]]) bị tai biến nằm một chỗ từ [[D:tháng 10]] năm 2023. Em là con gái út, đang làm công nhân cà phê.
Bác sĩ điều trị là BS [[N:Y Thuyên Ktla]] và BS [[N:Nguyễn Duy Hưng]], khoa Ngoại thần kinh, mã hồ sơ [[R:TN-2505-06619]].
Ai giúp được xin chuyển về TK BIDV [[R:6301 0002 448 912]], tên [[N:NIE H LIM]], hoặc gọi em [[P:0262 3.812.604]] / [[P:0947 552 081]]. Già làng [[N:Y Bhiông Niê]] và trưởng buôn [[N:Y Nuê Êban]] có thể xác nhận hoàn cảnh nhà em.
Bình luận (86):
[[N:Linh Ngọc Trần]]: mình ở [[A:phường Tân Lợi]], mai mình qua gửi chị ít tiền mặt
[[N:Hồng Nhung]] Y Sĩ: chị [[N:H'Lim]] ơi mang giấy xác nhận của UBND [[A:xã Ea Tu]] qua phòng CTXH tầng 1 nha, bên em hỗ trợ thêm
[[N:H'Lim Niê]]: dạ em cảm ơn chị [[N:Nhung]] 🥺
[[N:Y Phôn Buôn Yă]]: mẹ [[N:H'Blơ]] nấu rượu cần ngon nhất buôn, cố lên mẹ ơi
CẬP NHẬT [[D:29/5]]: Mẹ em mổ xong lúc 14h hôm qua, đã tỉnh, gọi được tên em rồi mọi người ơi ❤️`,
  ],
  // 16
  [
    'news',
    `Viện Huyết học – Truyền máu Trung ương · Thông báo
CẦN GẤP NGƯỜI HIẾN TIỂU CẦU NHÓM B CHO BỆNH NHI [[N:NGUYỄN GIA BẢO]]
Bé [[N:Nguyễn Gia Bảo]], 7 tuổi, mã bệnh nhân [[R:HH-24-0095512]], đang điều trị bạch cầu cấp dòng lympho tại khoa Nhi, đang ở giai đoạn hóa trị củng cố 3/6 theo phác đồ. Sau đợt truyền ngày [[D:11/12]], tiểu cầu của bé giảm còn 6 G/L, có xuất huyết chân răng.
Bé cần 2 khối tiểu cầu gạn tách nhóm B, Rh(+), trong [[D:13 – 14/12]].
Người hiến: 18–60 tuổi, nặng trên 50 kg, không uống aspirin trong 5 ngày. Đăng ký tại nhà hiến máu tầng 1 của Viện, mang CCCD.
Liên hệ: bố bé anh [[N:Nguyễn Văn Đạt]] [[P:0983.556.742]] hoặc chị [[N:Trần Bích Ngọc]] (mẹ bé) [[P:0347-612-980]].
Anh [[N:Đạt]] chia sẻ: "Nhà em ở [[A:thôn Đông Khê, xã Song Phương, huyện Hoài Đức]], em và vợ đều nhóm O nên không hiến cho con được. Cả nhà cảm ơn các anh chị."
Bình luận:
[[N:Tuấn Minh Đỗ]]: em nhóm B+, 8h mai em đến, đã đăng ký online mã [[R:DK-HM-771264]]
[[N:Ngọc Bích Trần]]: em thay mặt bố mẹ bé cảm ơn anh [[N:Tuấn]] nhiều ạ
Chi Hội Chữ Thập Đỏ Hoài Đức: Chi hội đã cử 3 tình nguyện viên nhóm B lên Viện sáng [[D:13/12]].
[[N:Khánh Hòa Lê]]: mình B+ mà mới hiến [[D:20/11]], chưa đủ 12 tuần, tiếc quá
CẬP NHẬT 17h [[D:13/12]]: Bé đã được truyền đủ 2 khối tiểu cầu từ anh [[N:Đỗ Minh Tuấn]] và chị [[N:Lương Thu Hằng]]. Xin cảm ơn!`,
  ],
  // 17
  [
    'news',
    `ĐÀI PHÁT THANH – TRUYỀN HÌNH [[A:THỊ XÃ HƯƠNG TRÀ]] – Chuyên mục "Sức khỏe cộng đồng" phát ngày [[D:24/3]]
Biên tập: [[N:Hoàng Trọng Nghĩa]] | Đọc: [[N:Ngô Thị Ni Na]]
(Nhạc hiệu)
Thưa quý thính giả! Sáng [[D:20/3]], Trạm Y tế [[A:phường Hương Chữ]] phối hợp với Hội Người cao tuổi tổ chức khám bệnh cho các cụ trên 80 tuổi. Năm nay có 64 cụ được khám, trong đó cao tuổi nhất là mệ [[N:Trần Thị Lạc]] [[AGE:101]] tuổi ở [[A:tổ dân phố Thanh Lương 2]] và ôn [[N:Lê Văn Cư]] [[AGE:97]] tuổi ở [[A:tổ dân phố An Thuận]].
Mệ [[N:Lạc]] vẫn minh mẫn, đi lại được, chỉ bị đục thủy tinh thể hai mắt. Bác sĩ [[N:Phan Văn Đông]] đã lập danh sách đề nghị mổ mắt miễn phí cho mệ vào [[D:tháng 4]] tại Bệnh viện Mắt Huế.
Ôn [[N:Cư]] thì khác, ôn bị tăng huyết áp, huyết áp đo được 170/100, đã được kê thuốc Amlodipin 5 mg. Con gái ôn là o [[N:Lê Thị Hường]] kể: "Ôn nhà tui không chịu uống thuốc, cứ nói ăn rau má là khỏi."
Trạm cũng phát hiện 3 cụ nghi đái tháo đường, gồm mệ [[N:Nguyễn Thị Sen]] ở [[A:tổ dân phố Thanh Lương 1]], ôn [[N:Hồ Đắc Lộc]] và mệ [[N:Tôn Nữ Thị Cúc]] ở [[A:tổ dân phố Giáp Ba]]. Các cụ được hẹn xét nghiệm lại vào [[D:27 và 28/3]].
Theo y sĩ [[N:Trương Thị Kim Hoa]], trạm có số trực [[P:0234 3557 019]]; con cháu có thể gọi y sĩ qua số [[P:0905 336 718]] khi cụ nhà mình mệt.
Thưa quý vị, chuyên mục xin tạm dừng. Hẹn gặp lại vào ngày [[D:7/4]].`,
  ],
  // 18
  [
    'news',
    `[Bóc băng vlog] "Một ngày chăm bà nội [[AGE:92]] tuổi nằm viện" – kênh [[N:Ngọc Mai]] Vlog
Chào cả nhà! [[N:Mai]] đây ạ. Hôm nay là [[D:mùng 6 Tết]], tức là [[D:3/2]] dương lịch, mà [[N:Mai]] vẫn đang ở viện với bà nội. Bà tên là [[N:Đỗ Thị Gái]], năm nay [[AGE:92]] tuổi, nhà ở [[A:xóm Chùa, thôn Lỗ Khê, xã Liên Hà, huyện Đông Anh]].
[[D:Mùng 2 Tết]] bà bị ngã trong nhà tắm, gãy cổ xương đùi. Bố [[N:Mai]] là [[N:Nguyễn Văn Thụ]] với chú Út [[N:Nguyễn Văn Toàn]] đưa bà lên Việt Đức, bà nằm khoa Chấn thương chỉnh hình, giường 22 phòng 504.
Đây là bác sĩ [[N:Quang]], bác sĩ trẻ lắm mà hiền cực. Bác bảo bà mổ thay khớp háng vào [[D:mùng 8]], tức thứ Tư tuần này.
(cảnh quay) Bà: "[[N:Mai]] ơi bà muốn về, ở đây cái gì cũng đắt."
[[N:Mai]]: "Bà ơi bà ở lại, mổ xong rồi về bà nhé."
Cô em họ [[N:Mai]] là [[N:Thùy Dương]] hôm nay từ [[A:phường Đồng Tâm, quận Hai Bà Trưng]] sang trực thay cho [[N:Mai]] ngủ một tí.
Chi phí: thay khớp loại không xi măng khoảng 60 triệu, BHYT của bà ([[BH:HT 3 01 01 205 44871]]) trả được phần lớn.
Hẹn cả nhà video sau, mong bà nội mổ thành công ạ 🥰
— Bình luận —
[[N:Hanh Dao]]: bà giống bà ngoại em quá, chúc bà mau khỏe
[[N:Trung Kiên Nguyễn]]: Đông Anh đây, Lỗ Khê nhà mình ngay cạnh 🥰
[[N:Ngọc Mai]]: cập nhật: bà mổ xong sáng [[D:5/2]] rồi cả nhà ơi, bs [[N:Quang]] bảo ổn lắm ạ`,
  ],
  // 19
  [
    'news',
    `BẢN TIN 24H – SỨC KHỎE (số ra [[D:9/9]])
• Ninh Bình: Bé [[N:N.T.B.A]] (14 tháng tuổi, ở [[A:xã Gia Vân, huyện Gia Viễn]]) nuốt viên pin cúc áo, được nội soi gắp dị vật tại Bệnh viện Sản Nhi Ninh Bình tối [[D:7/9]]. Mẹ bé, chị [[N:Đ.T.H]], cho biết viên pin rơi từ điều khiển ti vi.
• Lạng Sơn: Ông [[N:H.V.S]] (71 tuổi, người Nùng, [[A:thôn Nà Thâm, xã Hoàng Văn Thụ, huyện Văn Lãng]]) bị ong vò vẽ đốt hơn 50 nốt trên nương ngày [[D:6-9]], được lọc máu cấp cứu.
• Cần Thơ: Bệnh viện Đa khoa Trung ương Cần Thơ ghép thận thành công cho anh [[N:T.Q.K]] (33 tuổi), người hiến là mẹ ruột bà [[N:L.T.Ch.]]; ca ghép thực hiện ngày [[D:3 - 4/9]].
• TP.HCM: Bà [[N:Ng.]] (64 tuổi) ở [[A:phường Linh Trung, TP Thủ Đức]] bị tổn thương gan sau khi uống "thuốc nam" mua trên mạng của một người tự xưng là "thần y [[N:T.]]". Công an [[A:TP Thủ Đức]] đang xác minh.
• Bình Định: Ngư dân [[N:L.V.Nh]] trên tàu [[VP:BĐ 96718 TS]] bị say nắng, sốc nhiệt trên biển ngày [[D:5/9]], được tàu kiểm ngư đưa về Quy Nhơn.
• Điện Biên: Cụ [[N:L.T.Ph]] [[AGE:104]] tuổi ở [[A:bản Mển, xã Thanh Nưa, huyện Điện Biên]] — người cao tuổi nhất tỉnh — được Chủ tịch UBND tỉnh đến thăm, tặng quà ngày [[D:8/9]].
(Nhóm PV y tế – [[N:K.L]], [[N:Th.Tr]])`,
  ],
  // 20
  [
    'news',
    `[[N:Lê Đình Phương]] · Bác sĩ cấp cứu · 5 giờ
Tối qua trực, nhận một bệnh nhân người Hàn Quốc, ông [[N:PARK JONG-SU]] (박종수), 67 tuổi, được taxi chở vào lúc 23h40 sau khi gục ở quầy lễ tân khách sạn trên [[A:đường Võ Nguyên Giáp, phường Phước Mỹ, quận Sơn Trà]]. Ông đi du lịch một mình, hộ chiếu số [[PP:M71304428]], không nói được tiếng Anh.
Điện tim: nhồi máu cơ tim cấp thành dưới. Kíp can thiệp của anh [[N:Tuấn]] đặt 1 stent lúc 1h15 sáng [[D:18/7]]. Mã bệnh nhân [[R:25071800419]].
Khó nhất là tìm người nhà. Nhờ bạn phiên dịch [[N:Kim Eun-ji]] (김은지) bên Hội người Hàn Đà Nẵng, tụi mình liên lạc được con gái ông là chị [[N:Park Min-young]] ở Seoul qua số [[P:+82 10-4471-2086]]. Bảo hiểm du lịch của ông bên Hyundai Marine, số hợp đồng [[R:HM-TRV-2025-0738815]], đã gửi thư bảo lãnh viện phí sáng nay, số GOP [[R:GOP-DN-25-0412]].
Cảm ơn các em điều dưỡng [[N:Thảo]], [[N:Nhi]], [[N:Hải]] đã thức cùng mình.
Chị [[N:Min-young]] bay sang chuyến sớm nhất, dự kiến đến [[D:19/7]].
💬 Bình luận
[[N:Eunji Kim]]: 선생님 감사합니다! Cảm ơn bác sĩ [[N:Phương]] rất nhiều 🙏
[[N:Thao Nguyen Phuong]]: anh [[N:Phương]] trực đêm nào cũng có ca khó 😅
[[N:Hải Đăng]]: ông cụ sáng nay ăn được cháo rồi anh nhé
[[N:Lan Vy]]: bác sĩ viết bài nhớ che mặt người bệnh nha anh
[[N:Lê Đình Phương]]: @[[N:Lan Vy]] cảm ơn em, anh đã được gia đình đồng ý rồi ạ.`,
  ],
  // 21
  [
    'chat',
    `nhom zalo "hscc truc dem" – t5 [[D:18-4]]
[[N:thu trang]]: ae oi bn giuong 6 [[N:le van hung]] spo2 tut 85, dang bop bong, bs [[N:khoa]] len gap
[[N:khoa]] bs: ok 2p a len. goi ktv [[N:tuan]] chup xq tai giuong luon
[[N:tuan]] ktv: dc r, a dang day may len
[[N:thu trang]]: vk bn hoi sao chua dat ong, e noi doi bs
[[N:khoa]] bs: dat ong r. ma bn [[R:2504170662]], ghi lai vao phieu, thuoc an than midazolam 5mg/h
[[N:hoa]] dd: giuong 9 ba [[N:nguyen thi lien]] [[AGE:91]] tuoi, ck ba goi hoi bao gio chuyen khoa, sdt ck [[P:0912443 708]]
[[N:khoa]] bs: nói mai giao ban moi tinh, ko chuyen dem dc
[[N:hoa]] dd: k ok a, ong [[N:thanh]] (ck ba) noi se khieu nai. ong o [[A:thon ha hoi xa van ha huyen thuong tin]], di xe may len toi 1h sang
[[N:thu trang]]: ra noi ong ve di, cho ngu o hanh lang cung dc, kiem tra cccd ong [[ID:001052014387]] roi cho vao
[[N:tuan]] ktv: xq bn [[N:hung]] xong, ma phim [[R:xq25-041809]], tran dich mp nhe
[[N:khoa]] bs: ok. 3h a xuong phong kham cap cuu, co ca ngo doc nam o [[A:xom 2 xa tan uoc]] chuyen len
[[N:mai anh]] hl: a [[N:khoa]] oi bn [[N:dinh van tu]] o cc sdt con trai [[P:0358 602 715]], ma tam [[R:cc-180425-03]], ng nha bao da uong nam 2 hom, tu [[D:hom 16]]
[[N:khoa]] bs: cho tam nam hoi suc bed 12, lay mau gui xn doc chat
[[N:hoa]] dd: 5h sang [[D:19-4]] ba [[N:lien]] tinh, an dc chao, cho a [[N:khoa]] ngu 1 tieng nha 😴`,
  ],
  // 22
  [
    'handover',
    `[Bản ghi giọng nói – tự động chuyển văn bản – Khoa Nội tim mạch – giao ca sáng ngày [[D:hai mươi ba tháng tư]]]
ờ em [[N:Ngọc Ánh]] giao ca cho chị [[N:Diệp]] nha. Bệnh nhân phòng ba giường năm là bà [[N:Phùng Thị Xuân]] [[AGE:chín mươi ba]] tuổi à không [[AGE:chín mươi tư]] tuổi, nhà ở [[A:thôn Phù Lưu, xã Phù Lưu Tế, huyện Mỹ Đức]], vào viện từ [[D:mười tám tháng tư]] vì suy tim mất bù. Mã bệnh án là [[R:hai lăm không bốn một tám không ba ba bảy]]. Đêm qua bà khó thở lúc hai giờ sáng, bác sĩ [[N:Hiếu]] cho tiêm furosemid hai ống, sau đó đỡ.
Người nhà là con trai ông [[N:Khuất Văn Lâm]], số điện thoại [[P:không chín tám ba bốn năm sáu một hai bảy]], ông bảo ngày [[D:hăm lăm]] sẽ xin cho bà về.
Giường sáu là ông [[N:Ngô Đức Thuận]], bảy hai tuổi, đặt máy tạo nhịp hôm [[D:hai mươi tháng tư]], số sê ri máy là [[R:pê ê ích bốn bảy không không một hai chín]], ghi vào sổ giúp em nha chị. Chiều nay bác sĩ [[N:Quỳnh Anh]] kiểm tra vết mổ.
Giường tám là cậu [[N:Tùng]] hai mươi tám tuổi, biển số xe máy của cậu bị giữ ở bãi là [[VP:hai chín ích một năm hai không ba tám]], công an [[A:phường Láng Hạ]] có gọi lên hỏi, anh [[N:Phạm Văn Khôi]] bên công an số [[P:không chín sáu sáu một không hai bốn tám chín]].
Ờ còn nữa, bà [[N:Xuân]] bảo hiểm số [[BH:hát tê hai không một không một hai ba bốn năm sáu bảy tám chín]] hết hạn ngày [[D:ba mươi tháng sáu]], nhắc người nhà gia hạn nha. Hết. Em [[N:Ánh]] về đây.`,
  ],
  // 23
  [
    'chat',
    `Zalo "Khoa Nội tổng hợp – BVĐK Cao Lãnh" [[D:3.5]]
[[N:Út Thảo]] ĐD: Chị [[N:Hai]] ơi, bn giường 14 là ông [[N:Tư Mẫn]] (tên khai sinh [[N:Nguyễn Văn Mẫn]]) bữa nay đòi dìa, con rể ổng là anh [[N:Sáu Lợi]] nói để chiều [[N:Sáu]] rước
[[N:Hai Nguyệt]] (ĐD trưởng): ổng mới chọc dò màng bụng hôm [[D:1/5]] mà, nói bs [[N:Thuận]] coi lại đi em
[[N:Thuận Bs]]: để anh khám lại 9h. Mã bn [[R:2505010097]] đúng hông em
[[N:Út Thảo]] ĐD: dạ đúng. Ổng ở [[A:ấp Bình Hòa, xã Bình Hàng Trung, huyện Cao Lãnh]], sđt anh [[N:Sáu]] [[P:0939 405 118]]
[[N:Bé Ba]] HL: chị [[N:Hai]] ơi bà [[N:Bảy Sương]] giường 3 than chóng mặt, HA 90/60, con gái bả là chị [[N:Hồng]] mới đi chợ rồi
[[N:Hai Nguyệt]] (ĐD trưởng): cho nằm đầu thấp, báo bs liền, đo lại dextro
[[N:Thuận Bs]]: dextro bao nhiêu [[N:Ba]]?
[[N:Bé Ba]] HL: 3.1 anh ơi, bả nhịn đói từ hôm [[D:2.5]] để mai nội soi
[[N:Thuận Bs]]: cho truyền glucose 10% liền, hoãn nội soi qua [[D:6.5]]
[[N:Út Thảo]] ĐD: má ơi ông [[N:Tư]] giận quá xé giấy cam kết rồi 😭 ổng nói "tao 80 tuổi rồi tụi bây giữ tao làm chi"
[[N:Hai Nguyệt]] (ĐD trưởng): thôi để chị gọi thằng [[N:Lợi]], nó nghe lời chị. Giấy chuyển viện của ổng từ TYT [[A:xã Bình Hàng Trung]] số [[R:58/GCT]] ghi sai năm sinh, nhớ nhắc sửa nha
[[N:Út Thảo]] ĐD: dạ. thẻ BH ổng [[BH:CK2878701234591]]
[[N:Thuận Bs]]: ok cho ổng dìa chiều nay, hẹn tái khám [[D:17/5]], kê toa 14 ngày`,
  ],
  // 24
  [
    'chat',
    `Nhóm "Nhà mình – con cháu ôn mệ" (Messenger)
O [[N:Hạnh]]: bây ơi mệ vô viện Trung ương Huế rồi, khoa Lão, giường 17, chiều ni mệ té trong bếp
[[N:Khoa Trần]]: răng rứa o? mệ có bị chi nặng không
O [[N:Hạnh]]: bác sĩ [[N:Thảo]] nói nứt xương chậu, mệ [[AGE:96]] tuổi rồi nên không mổ được, nằm bất động 4 tuần
Eng [[N:Bin]]: con ở Đà Nẵng, mai con ra. mã bệnh nhân của mệ là chi o để con đóng tiền online
O [[N:Hạnh]]: [[R:TWH-25-0664108]], tên mệ đăng ký là [[N:Tôn Nữ Thị Huệ]], sinh [[D:12/3/1929]]
Dượng [[N:Thành]]: để dượng chở ôn ra thăm, ôn [[N:Cảnh]] cứ hỏi mệ đâu mệ đâu
Ả [[N:Mai]]: chị dâu ơi ôn [[N:Cảnh]] cũng [[AGE:98]] rồi, đi xe máy lạnh lắm, đừng chở ôn ra
O [[N:Hạnh]]: ừ. O [[N:Lài]] nhà [[A:kiệt 42 Hàn Mặc Tử, phường Vỹ Dạ]] gần viện, tối ni o [[N:Lài]] trực với mệ
[[N:Lài Tôn]]: dạ tui trực được, mà mai 5h tui phải đi chợ Đông Ba bán hàng
[[N:Khoa Trần]]: thẻ BHYT mệ [[BH:HT3464602100873]] con chụp gửi vô nhóm rồi, hạn tới [[D:31/12]]
Eng [[N:Bin]]: bs [[N:Thảo]] sđt [[P:0914 073 226]] phải không o, con muốn hỏi thêm
O [[N:Hạnh]]: đừng gọi bs ban đêm, sáng mai 8h đi khám buồng hỏi
Dượng [[N:Thành]]: tui gửi 5 triệu vô tk O [[N:Hạnh]] rồi, Vietin [[R:1024 0051 7733]]
Ả [[N:Mai]]: [[D:mùng 10 tháng 3]] âm là giỗ ôn nội, mệ nằm viện thì dời lại nghe`,
  ],
  // 25
  [
    'chat',
    `Zalo "Nhà thuốc Minh Châu – đặt thuốc" [[D:12-8]]
Chị [[N:Hằng]] (khách): shop ơi e gửi toa, mẹ e ([[N:Võ Thị Mười]], 78t) ra viện Bệnh viện Đa khoa Hà Đông hôm [[D:10-8]], mã đơn thuốc điện tử [[R:01XH2508A41773c]]
DS [[N:Quang Minh]]: dạ chị, toa gồm Metformin 850, Gliclazid 30mg MR, Amlodipin 5 mg, Atorvastatin 20, đủ 30 ngày. Tổng 486k ạ
Chị [[N:Hằng]] (khách): ship giúp e về [[A:số 9 ngách 21/4 ngõ Văn Hương, phường Văn Chương, quận Đống Đa]]
DS [[N:Quang Minh]]: dạ, shipper [[N:Đạt]] biển [[VP:30L5-716.03]] sđt [[P:0865 201 377]] sẽ giao trong 1h ạ
[[N:Thanh Tùng]] (khách): shop có Augmentin 1g ko, bs [[N:Khải]] kê cho con trai e là [[N:Bơ]] 5 tuổi, đơn số [[R:DT-24081-9920]]
DS [[N:Quang Minh]]: Augmentin 1g không dùng cho bé 5 tuổi đâu anh, anh chụp lại toa giúp e. Chắc là Augmentin 250mg/31,25 gói
[[N:Thanh Tùng]] (khách): à đúng r, 250mg gói. e nhầm 😅
Chị [[N:Hằng]] (khách): shop xuất hóa đơn cho e tên mẹ e, CCCD [[ID:001147008629]] để bảo hiểm PVI trả lại tiền
DS [[N:Quang Minh]]: dạ e xuất hóa đơn số [[R:0021847]] gửi chị qua email [[E:hangvt.1982@gmail.com]] ạ
Bà [[N:Sáu]] Chợ Hôm: con ơi bà lấy thuốc huyết áp như tháng trước, bà tên [[N:Lưu Thị Sáu]]
DS [[N:Quang Minh]]: dạ bà, Losartan 50 với Bisoprolol 2.5, e để sẵn, chiều [[N:Minh]] mang qua nhà bà ở [[A:số 12 ngõ 44 phố Huế]] nha`,
  ],
  // 26
  [
    'email',
    `Hộp thư: phongkham@nhakhoasaigonsmile.vn – 6 thư chưa đọc
---
Từ: [[N:Nguyễn Hoàng Yến Nhi]] <[[E:yennhi.ng96@gmail.com]]>
Ngày: [[D:14/10/2025]] 21:47
Tiêu đề: doi lich nieng rang
Chao phong kham, em la [[N:Yen Nhi]] ma khach hang [[R:SS-2023-01877]], lich tai kham cua em la [[D:18/10]] nhung em ve que o [[A:xa Tam Xuan 1, huyen Nui Thanh]] dam gio ong noi, cho em doi qua [[D:25-10]] dc k a. sdt em [[P:0772 339 410]]. Cam on a!
---
Từ: "[[N:Tran Minh Duc]]" <[[E:duc.tm@fpt.com.vn]]>
Ngày: [[D:15/10/2025]] 07:12
Tiêu đề: Re: Báo giá implant cho bố em
Chào bác sĩ [[N:Vy]], bố em là ông [[N:Trần Văn Hải]], 68 tuổi, chụp CT Conebeam ngày [[D:11/10]] mã phim [[R:CB-251011-044]]. Bố em có bảo hiểm sức khỏe Bảo Việt An Gia, số thẻ [[BH:BV-AG-220719845]], nhờ phòng khám gửi hồ sơ qua email bảo hiểm giúp em ạ. Địa chỉ nhận hóa đơn: [[A:48/12 Lê Văn Sỹ, phường 14, quận Phú Nhuận]].
---
Từ: BS [[N:Huỳnh Thảo Vy]] <[[E:vy.huynh@nhakhoasaigonsmile.vn]]>
Ngày: [[D:15/10/2025]] 08:30
Tiêu đề: Re: Re: Báo giá implant cho bố em
Chào anh [[N:Đức]], em đã chuyển hồ sơ bác [[N:Hải]] sang Bảo Việt, số hồ sơ bồi thường [[R:BVAG-CL-25-118406]]. Lịch cắm implant dự kiến [[D:22/10]] lúc 9h.
---
Từ: [[N:Kathy Nguyen]] <[[E:kathynguyen.dds@yahoo.com]]>
Ngày: [[D:Oct 15, 2025]]
Subject: my mom's crown
Hi, my mother [[N:Lam Thi Thu]] (DOB [[D:03/07/1955]]) got a crown on [[D:Sep 30]]. She flies back to San Jose on [[D:Oct 20]]. Please call me at [[P:+1 (408) 555-0173]] or her Vietnamese number [[P:0903 660 281]]. Thanks, [[N:Kathy]]`,
  ],
];
