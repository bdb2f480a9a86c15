// Held-out set 27, documents 1–13 (see index.ts for the conventions): news-style texts about
// patients typed for social media — posts and shares with many comments, missing-person and
// blood-donation appeals, a commune loudspeaker script, a vlog transcript, an unaccented share,
// a news digest with initials, a charity appeal, a doctor's post, a district radio script, a
// residents' group, a reporter's post. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `Facebook · Nhóm "Cộng đồng Sóc Trăng 24h" · 2 giờ
[[N:Lâm Thị Kim Thoa]] đã chia sẻ bài viết của [[N:Thạch Sô Phia]].
Mọi người ơi giúp em với 😭😭 Con trai em là [[N:Thạch Minh Khang]] (bé [[N:Tí]]), 4 tuổi, bị đuối nước chiều [[D:16/4]] ở mương sau nhà tại [[A:ấp Trà Canh A, xã Viên An, huyện Trần Đề]]. Hàng xóm là chú [[N:Sơn Phước]] vớt lên, bé ngưng thở, được chở ra Trạm y tế [[A:xã Viên An]] rồi chuyển thẳng lên Bệnh viện Nhi đồng Cần Thơ tối [[D:16-4]].
Hiện bé đang thở máy ở khoa Hồi sức tích cực, bác sĩ nói phổi bé bị tổn thương nặng, phải dùng surfactant và kháng sinh đắt tiền, BHYT không chi hết. Ba bé là [[N:Thạch Sô Phia]] làm hồ ở Bình Dương, chạy xe suốt đêm về tới sáng [[D:17/4]]. Nhà em thuộc hộ cận nghèo, sổ số [[R:CN-VA/2024-0183]].
Ai có lòng giúp đỡ xin gửi về STK [[R:7810 2055 3318]] Agribank chi nhánh Trần Đề, chủ TK [[N:THACH SO PHIA]], hoặc gọi em số [[P:0387 224 915]]. Mã bệnh nhân của bé trên giấy nhập viện là [[R:NĐCT.25.018842]] để mọi người kiểm chứng ạ. Em cảm ơn nhiều lắm 🙏
👍❤️😢 1,4K · 126 bình luận · 308 lượt chia sẻ
[[N:Ngoc Han Tran]]: Chia sẻ rồi nha em, mong bé [[N:Khang]] mau khỏe 🙏
[[N:Sơn Thị Ry]]: Tui ở [[A:ấp Trà Canh B]] nè, mai tui ghé nhà gửi chút đỉnh cho bà nội bé.
[[N:Duong Van Lo]]: Em ơi ghi lại stk giùm, anh chuyển bị báo sai tên
↳ [[N:Lâm Thị Kim Thoa]]: [[N:Duong Van Lo]] dạ chủ tk là [[N:THACH SO PHIA]] anh nha, Agribank, em là dì của bé.
[[N:Hải Yến Huỳnh]]: Hôm [[D:17]] chị có lên Nhi đồng thăm rồi, bé còn yếu lắm mọi người ơi, mẹ bé là [[N:Kim Thị Sóc Na]] ngồi khóc ngoài hành lang.
[[N:Kim Chi Danh]]: 🙏🙏🙏
[[N:Nguyễn Hoàng Phúc]] (Quản trị viên): Nhóm đã xác minh với trưởng ấp là ông [[N:Lý Văn Sa]], hoàn cảnh đúng sự thật. Ai cần xác minh thêm gọi ấp trưởng [[P:0919 508 337]].
[[N:Thuy Duong]]: đã ck 200k, nd "ung ho be [[N:Khang]]" nha
[[N:Tâm Thạch]]: [[D:20/4]] bé rút ống được chưa chị [[N:Thoa]] ơi?
↳ [[N:Lâm Thị Kim Thoa]]: Dạ sáng [[D:21-4]] bé rút ống rồi, cảm ơn cả nhà ❤️`,
  ],
  // 2
  [
    'news',
    `📢 TÌM NGƯỜI THÂN ĐI LẠC – NHỜ MỌI NGƯỜI CHIA SẺ GIÚP
Bà [[N:Phùng Thị Nhài]], sinh năm 1933 ([[AGE:92]] tuổi), nhà ở [[A:số 14 ngõ 85 phố Ngọc Lâm, phường Ngọc Lâm, quận Long Biên]], Hà Nội. Bà bị sa sút trí tuệ, đi khỏi nhà khoảng 5h sáng [[D:mùng 3 tháng 3]] âm lịch (tức [[D:31/3]]) mà không ai hay.
Khi đi bà mặc áo cánh nâu, quần đen, đi dép tổ ong, tay trái đeo vòng nhựa ghi tên [[N:Nhài]] và số điện thoại [[P:0983 117 602]]. Bà đang điều trị tại Bệnh viện Lão khoa Trung ương, mã BN [[R:LK2211937]], hôm [[D:28/3]] mới tái khám.
Camera nhà dân ở [[A:phố Nguyễn Văn Cừ]] ghi lại bà đi bộ về hướng cầu Chương Dương lúc 5h40.
Ai nhìn thấy xin báo cho con trai bà là anh [[N:Đặng Văn Toàn]] [[P:0912 604 338]], cháu [[N:Đặng Thu Hà]] [[P:0345 880 219]], hoặc Công an [[A:phường Ngọc Lâm]]. Gia đình xin hậu tạ.
— 3.216 lượt chia sẻ —
[[N:Minh Thu Le]]: Khoảng 7h sáng nay em thấy một bà cụ giống vậy ngồi gần chợ Long Biên, đầu [[A:phố Hàng Đậu]], em có cho bà cái bánh mì mà không nghĩ bà đi lạc 😢
[[N:Hoang Anh Tuan]]: Anh em xe ôm khu vực Long Biên – Ba Đình để ý giúp nhé.
[[N:Trang Đặng]]: Bà nội em đó mọi người ơi, cảm ơn mn nhiều lắm 😭 bố em đang chạy xuống chợ.
[[N:Ngọc Ánh Phạm]]: Bà có hay đi về quê không chị? Hồi trước nhà bác em bị y vậy, bác đi bộ về tận quê.
↳ [[N:Trang Đặng]]: Quê bà ở [[A:xã Tráng Việt, huyện Mê Linh]] chị ạ, nhà em đã nhờ người dưới quê ra bến xe đón lõng.
[[N:Lê Văn Khải]]: Đã share vào nhóm "Hội Grab Hà Nội".
CẬP NHẬT 14h [[D:31/3]]: ĐÃ TÌM THẤY BÀ tại [[A:phường Phúc Xá, quận Ba Đình]]. Anh [[N:Vũ Quang]] chạy xe ôm công nghệ nhận ra bà nhờ chiếc vòng, đưa bà vào Công an [[A:phường Phúc Xá]], cán bộ [[N:Nguyễn Minh Hiếu]] gọi cho gia đình. Bà hơi mệt, đã về nhà an toàn. Gia đình cảm ơn tất cả mọi người!
[[N:Quang Vu]]: Dạ không có gì đâu ạ, bà hiền lắm, ngồi sau xe cứ hỏi em "có phải thằng [[N:Toàn]] không" 😅`,
  ],
  // 3
  [
    'news',
    `🆘 CẦN GẤP MÁU NHÓM O Rh(-) – BỆNH VIỆN PHỤ SẢN – NHI ĐÀ NẴNG
Sản phụ [[N:Trần Thị Mỹ Duyên]] (29 tuổi, quê [[A:thôn Hà Quang, xã Duy Hải, huyện Duy Xuyên]], Quảng Nam) sinh mổ chiều [[D:22/5]], bị băng huyết sau sinh, đã truyền 6 đơn vị máu. Kho máu hết O Rh âm, cần thêm ít nhất 4 người hiến trong tối nay.
Liên hệ: chồng là anh [[N:Phan Văn Tài]] [[P:0905 318 446]] hoặc điều dưỡng [[N:Nguyễn Thị Thanh Tâm]] khoa Gây mê hồi sức [[P:0935 772 014]].
Khi đến nhớ mang CCCD, báo mã bệnh nhân [[R:PSN-250522-0417]] tại Khoa Xét nghiệm tầng 2.
CLB Hiến máu nhóm máu hiếm Đà Nẵng xác nhận. Người đăng: [[N:Lê Hữu Phước]] (chủ nhiệm CLB).
— Bình luận —
[[N:Vy Nguyễn]]: Em O- nè, em ở [[A:Hòa Minh, Liên Chiểu]], chạy qua liền, 20p tới.
[[N:Phuoc Le Huu]]: @[[N:Vy Nguyễn]] cảm ơn em, vô báo tên chị [[N:Duyên]] nha.
[[N:Hồ Thị Thu Sương]]: Mình O- nhưng mới hiến hôm [[D:3.5]], chưa đủ 12 tuần 😢 share liền.
[[N:Đức Anh Trương]]: Đang chạy từ [[A:phường An Hải Bắc, quận Sơn Trà]] qua, ai O- ở Thanh Khê cần đi nhờ thì gọi em [[P:0777 205 913]].
[[N:Khoa Nguyen]]: O- có mặt, đang đứng ở cổng [[A:số 402 Lê Văn Hiến]]... à nhầm, đó là nhà em 🤣 5p nữa tới viện.
[[N:Thanh Tâm Nguyễn]]: Khoa Xét nghiệm đã nhận: [[N:Nguyễn Thành Vinh]] hiến lúc 21h10, túi máu [[R:DN25-0522-0093]]; [[N:Vy]] túi [[R:DN25-0522-0094]].
[[N:Mai Lê]]: Chị [[N:Duyên]] là em họ mình, cảm ơn mọi người rất nhiều 🙏
UPDATE 23h15: Đã đủ 4 người: [[N:Vy]], [[N:Vinh]], [[N:Đức Anh]], [[N:Khoa]]. Chị [[N:Duyên]] đã ổn định, bé gái 3,1kg khỏe mạnh. Bố bé dặn đặt tên con là [[N:Phan Ngọc Vy]] để nhớ ơn cô gái hiến máu đầu tiên ❤️
[[N:Vy Nguyễn]]: Trời ơi em khóc luôn 😭`,
  ],
  // 4
  [
    'news',
    `ĐÀI TRUYỀN THANH [[A:XÃ QUỲNH THẠCH]] – CHƯƠNG TRÌNH PHÁT THANH TỐI THỨ BẢY [[D:12/7]]
(Nhạc hiệu) Kính thưa bà con nhân dân trong xã! Sau đây là bản tin y tế.
Trạm Y tế xã thông báo: Trong tuần qua, trên địa bàn [[A:xóm 5]] và [[A:xóm 7]] đã ghi nhận 3 ca sốt xuất huyết, gồm ông [[N:Hồ Sỹ Đông]], 58 tuổi, [[A:xóm 5]]; cháu [[N:Hồ Thị Ngọc Ánh]], 11 tuổi, [[A:xóm 5]]; và anh [[N:Nguyễn Văn Lục]], 36 tuổi, [[A:xóm 7]], làm công nhân ở Bình Dương mới về quê hôm [[D:8/7]]. Cả ba đang điều trị tại Trung tâm Y tế [[A:huyện Quỳnh Lưu]], sức khỏe ổn định.
Lịch phun hóa chất diệt muỗi: sáng [[D:14/7]] tại [[A:xóm 5]], sáng [[D:15/7]] tại [[A:xóm 7]] và [[A:xóm 8]]. Đề nghị bà con đóng cửa, che đậy thức ăn, mở các lu, vại cho đội phun. Có người nhà sốt cao liên tục trên 2 ngày thì báo ngay nhân viên y tế xóm: [[A:xóm 5]] chị [[N:Hồ Thị Sen]], số máy [[P:0368 412 905]]; [[A:xóm 7]] anh [[N:Trần Đình Mạnh]], số máy [[P:0977 046 318]].
Tin thứ hai: Ngày [[D:20/7]], Hội Người cao tuổi xã phối hợp với Trạm Y tế khám sức khỏe miễn phí cho các cụ từ 90 tuổi trở lên. Nhân dịp này, xã tổ chức mừng thọ cụ bà [[N:Nguyễn Thị Lộc]], [[AGE:100]] tuổi, [[A:xóm 3]], và cụ ông [[N:Hồ Văn Cử]], [[AGE:95]] tuổi, [[A:xóm 9]].
Tin thứ ba: Lịch tiêm chủng mở rộng tháng này vào [[D:25/7]] tại Trạm Y tế. Phụ huynh nhớ mang theo sổ tiêm, trẻ sốt trên 38 độ thì hoãn tiêm.
Tin nhắn tìm đồ: Anh [[N:Phan Văn Hiếu]], [[A:xóm 2]], chiều [[D:10/7]] đánh rơi chiếc ví màu đen trên đường từ chợ Tuần về, trong có căn cước số [[ID:040093004517]], thẻ bảo hiểm y tế số [[BH:HN4404021558713]] và giấy hẹn mổ mắt của mẹ. Ai nhặt được xin báo về số [[P:0339 615 840]] hoặc mang đến nhà văn hóa [[A:xóm 2]]. Xin cảm ơn!
Phát thanh viên: [[N:Hồ Thị Thảo]]. Biên tập: [[N:Nguyễn Sỹ Cường]]. (Nhạc kết)`,
  ],
  // 5
  [
    'news',
    `[Transcript] VLOG #87 | Một ngày chở ngoại đi tái khám ở Chợ Rẫy 🏥 | Kênh "[[N:Út Mỡ]] Miền Tây" · 48 N lượt xem · [[D:21 thg 6]]
(00:00) Hello cả nhà, [[N:Út Mỡ]] đây! Hôm nay là [[D:19 tháng 6]], [[N:Út]] dậy từ ba giờ sáng để chở ngoại từ [[A:ấp Phú Hòa, xã Phú Nhuận, thành phố Bến Tre]] lên Sài Gòn tái khám nè.
(00:45) Ngoại con tên [[N:Lê Thị Hai]] nha, năm nay [[AGE:chín mươi mốt]] tuổi rồi mà còn đòi ngồi băng trước coi đường đó bà con 😂
(01:30) Xe là của chú [[N:Sáu Lành]], chạy xe 16 chỗ tuyến Bến Tre – Sài Gòn, biển số [[VP:71B-024.66]]. Ai cần đi chung thì gọi chú số [[P:0939 455 127]] nha, chú dặn [[N:Út]] quảng cáo dùm 🤣
(02:10) Tới Chợ Rẫy rồi nè. Mã hẹn khám của ngoại là [[R:HK2506190388]], [[N:Út]] đặt qua app từ hôm [[D:12]], nên hông phải bốc số.
(03:30) Bác sĩ [[N:Trâm]] khoa Nội tiết nói đường huyết của ngoại 9,6, HbA1c 8,1%, dặn ngoại bớt ăn bánh tét với chè. Ngoại cãi "Tết có mấy bữa mà con" 🤣
(05:12) Ngoại kể hồi [[D:mùng 5 Tết]] ngoại té ngoài hiên, may có thằng [[N:Bờm]] nhà bên đỡ kịp.
(06:40) Cậu [[N:Tư]] bên Mỹ gọi video nè, cậu hỏi ngoại có nhớ cậu hông, ngoại nói "nhớ thằng [[N:Tư Mập]] chớ sao hông nhớ".
(08:15) Ăn trưa cơm tấm ở [[A:đường Nguyễn Chí Thanh, phường 12, quận 5]], ngoại ăn hết nửa dĩa luôn.
(10:20) Về tới nhà 7 giờ tối. Lần tái khám tới là [[D:18/9]]. Cảm ơn cả nhà đã xem, nhớ like và đăng ký kênh nha!
BÌNH LUẬN NỔI BẬT
[[N:Thanh Truc Vo]]: ngoại dễ thương quá, chúc ngoại sống lâu trăm tuổi 🥰
[[N:Phương Lê]]: [[N:Út]] ơi cho xin số chú [[N:Sáu]] với, má mình cũng khám ở Chợ Rẫy.
↳ [[N:Út Mỡ]] Miền Tây: @[[N:Phương Lê]] số chú trong clip đó chị, [[P:0939 455 127]] nha.
[[N:Huỳnh Văn Tèo]]: Ngoại giống bà nội tui ở [[A:xã An Thủy, huyện Ba Tri]] quá, bả cũng [[AGE:93]] tuổi mà còn ra đồng 😆
[[N:Nguyen Thi Kieu]]: Chợ Rẫy giờ đặt hẹn qua app tiện ghê, hôm [[D:2/6]] mình đi cũng lẹ.`,
  ],
  // 6
  [
    'news',
    `CHIA SE GIUP: TIM NGUOI THAN CUA BENH NHAN VO DANH
benh vien da khoa tinh gia lai dang dieu tri 1 nam thanh nien khoang 20-25 tuoi, bi tai nan giao thong luc 23h dem [[D:14/8]] tren quoc lo 19 doan qua [[A:xa ia der, huyen ia grai]]. nguoi dan dua vao vien, tren nguoi ko co giay to, chi co 1 xe may wave mau do bien so [[VP:81K1-377.05]] va 1 dien thoai bi vo man hinh.
dac diem: cao khoang 1m65, da ngam, toc ngan, co hinh xam chu "[[N:Nhung]]" o canh tay trai, mac ao thun xanh co chu "cafe pho nui".
ma benh nhan tam: [[R:vd-0814-02]]. hien dang hon me tai khoa hoi suc tich cuc, bs [[N:nguyen thanh son]] dieu tri, da mo lay mau tu ngoai mang cung sang [[D:15-8]].
ai nhan ra xin lien he dd [[N:siu h'luyen]] [[P:0862 301 557]] hoac cong an [[A:xa ia der]] (a [[N:ksor tho]]) [[P:0975 116 029]]. moi nguoi share giup, biet dau nguoi nha dang di tim.
--- 512 chia se ---
[[N:tran thi hoa]]: da share
[[N:Puih Sinh]]: xe nay giong xe thang em ho cua toi, de toi goi ve lang hoi thu
[[N:Nguyen Van Duc]]: 81K1 la bien gia lai, chac nguoi gan do thoi
[[N:Hieu Rah]]: ae [[A:xa ia sao]] ai biet ko, nghe noi thang [[N:chung]] lang do di lam ve tre
[[N:Mai Anh Ksor]]: cau nguyen cho ban ay 🙏
CAP NHAT [[D:16-8]]: da co nguoi nha den nhan. ban ay ten la [[N:rah lan hieu]], 19 tuoi, o [[A:lang do, xa ia sao, huyen ia grai]], CCCD [[ID:064205000318]]. me ban ay la chi [[N:puih h'dip]] da vao vien luc 9h sang. cam on [[N:Puih Sinh]] va moi nguoi da chia se. xin moi nguoi go bai giup, ko share tiep nua.
[[N:Puih Sinh]]: thang [[N:hieu]] do la con cua chi ho toi, cam on bv nhieu lam
[[N:Dung Le]]: mung qua, mong ban [[N:hieu]] som tinh lai`,
  ],
  // 7
  [
    'news',
    `ĐIỂM TIN Y TẾ SÁNG [[D:18/4]] – Fanpage "Sức khỏe Cộng đồng mỗi ngày"
1. HÀ NỘI – Nam thanh niên [[N:N.V.T]] (24 tuổi, ở [[A:xã Minh Trí, huyện Sóc Sơn]]) nhập viện ngày [[D:16/4]] do ngộ độc methanol sau tiệc sinh nhật; hai người bạn là [[N:L.Q.H.]] và [[N:Đ.V.K]] cũng đang phải lọc máu tại Trung tâm Chống độc. Chủ quán rượu là bà [[N:T.]] đã bị Công an [[A:huyện Sóc Sơn]] mời làm việc.
2. TP.HCM – Bé gái [[N:P.N.A.T]] (3 tuổi, ngụ [[A:phường Bình Hưng Hòa A, quận Bình Tân]]) bị chó nhà hàng xóm cắn vào mặt chiều [[D:15-4]], đã được phẫu thuật tạo hình. Ông [[N:Tr.]], chủ con chó, đã đến xin lỗi gia đình.
3. NGHỆ AN – Cụ bà [[N:H.T.L]] ([[AGE:96]] tuổi, [[A:xã Diễn Kim, huyện Diễn Châu]]) bị gãy cổ xương đùi do trượt chân trong nhà tắm, được thay khớp háng bán phần thành công ngày [[D:17/4]].
4. ĐẮK LẮK – Ông [[N:Y K.]] (người Ê Đê, 52 tuổi, [[A:buôn Tơng Jú, xã Ea Kao, TP Buôn Ma Thuột]]) bị ong vò vẽ đốt hơn 30 nốt hôm [[D:14/4]], suy thận cấp, đã qua 3 lần lọc máu, dự kiến ra viện [[D:19-4]].
5. LONG AN – TAND [[A:huyện Cần Giuộc]] xử bị cáo [[N:L.V.B]] (31 tuổi) 18 tháng tù về tội cố ý gây thương tích cho điều dưỡng [[N:T.T.M.]] tại phòng cấp cứu đêm [[D:2/1]]. Bản án số [[R:47/2025/HS-ST]].
6. QUẢNG NINH – Thuyền viên [[N:V.V.Đ]] (45 tuổi) trên tàu cá [[VP:QN-90128-TS]] bị cuốn tay vào tời lưới sáng [[D:16/4]], được Biên phòng đưa vào bờ lúc 13h.
7. CẦN THƠ – Cháu [[N:Ng.]] (15 tuổi) bị điện giật khi sạc điện thoại hôm [[D:12/4]] đã tỉnh, gia đình cảm ơn bác sĩ [[N:Ph.]] và ê-kíp khoa Hồi sức.
Tổng hợp: [[N:H.L]] – Ảnh: [[N:M.T]], [[N:Q.Anh]]
💬 [[N:Lan Phương Đỗ]]: Tin số 1 kinh quá, uống rượu ở [[A:thôn Lai Cách, xã Minh Trí]] phải không ad?
💬 [[N:Hùng Nguyễn]]: Cụ [[AGE:96]] tuổi mà thay khớp được, giỏi thật.`,
  ],
  // 8
  [
    'news',
    `[Trang "Cùng nhau vượt khó"] MS [[R:2025.208]]: XIN GIÚP BÉ [[N:LÒ THỊ MAI]] MẮC BỆNH TIM BẨM SINH
Bé [[N:Lò Thị Mai]], sinh ngày [[D:02/9/2019]], người dân tộc Thái, nhà ở [[A:bản Nong Lay, xã Chiềng Pấc, huyện Thuận Châu]], Sơn La. Bé bị thông liên thất lỗ lớn kèm tăng áp phổi, các bác sĩ Bệnh viện Tim Hà Nội chỉ định mổ tim hở, dự kiến trong [[D:tháng 6]].
Bố bé là anh [[N:Lò Văn Xôm]] (CCCD [[ID:014089002716]]) đi làm thuê, mẹ bé là chị [[N:Quàng Thị Ưm]] ở nhà trông em nhỏ và ông nội [[N:Lò Văn Phăn]] bị liệt nửa người. Gia đình thuộc diện hộ nghèo, sổ số [[R:HN-CP/0417]]. Chi phí ca mổ khoảng 180 triệu, BHYT chi trả một phần, gia đình còn thiếu gần 70 triệu.
Xác nhận của UBND [[A:xã Chiềng Pấc]] do ông [[N:Cầm Văn Thiết]], Phó Chủ tịch, ký ngày [[D:14/5]].
Mọi đóng góp xin gửi trực tiếp cho bố bé: STK [[R:105 877 312 904]] VietinBank, chủ TK [[N:LO VAN XOM]], nội dung "MS [[R:2025.208]]". Hoặc liên hệ mẹ bé [[P:0398 207 664]] (nói tiếng Kinh được).
Cập nhật [[D:28/5]]: Bé đã nhập viện, mã BN [[R:TIM25-03318]], nằm khoa Nội tim mạch phòng 305 chờ mổ.
Bình luận
[[N:Hạnh Phạm]]: Đã gửi 500k ạ, mong bé [[N:Mai]] mổ thành công.
[[N:Linh Chi Nguyễn]]: Cho em hỏi bé nằm phòng nào để em đến thăm ạ?
↳ [[N:Thu Hà]] (Quản trị viên): Bé ở phòng 305 em nhé, đến thì gọi mẹ bé là chị [[N:Ưm]] số trên.
[[N:Minh Duc Vu]]: Thông liên thất mổ có được BHYT 100% ko ad? Con mình mổ hồi [[D:tháng 3]] năm ngoái được hỗ trợ 80% thôi.
[[N:Tú Anh]]: Em ở Thuận Châu, mai em qua bản Nong Lay đưa thêm gạo cho gia đình.
[[N:Quang Trung Lò]]: Cháu gái mình đó, cảm ơn các nhà hảo tâm nhiều 🙏 anh [[N:Xôm]] không dùng facebook nên mình cảm ơn thay.
[[N:Ha Thu]]: 🙏🙏`,
  ],
  // 9
  [
    'news',
    `[[N:Nguyễn Trọng Nghĩa]] · [[D:3 tháng 10]] lúc 22:14 · 🌏
Trực đêm thứ 3 liên tiếp ở khoa Nhi. 19h tối nay Trạm Y tế [[A:xã Ia Ka]] chuyển lên một bé gái 7 tháng tuổi tên [[N:Rơ Châm H'Nhi]], viêm phổi nặng, SpO2 lúc vào 78%, tím tái. Y sĩ [[N:Ksor Y Mơ]] của trạm ôm bé ngồi trên xe suốt 40 cây số.
Mẹ bé là [[N:Siu H'Mai]], mới 17 tuổi, ở [[A:làng Klăh, xã Ia Ka, huyện Chư Păh]], không nói được tiếng Kinh. Ông nội bé là [[N:Rơ Châm Tơk]] ngồi ngoài hành lang cả đêm, trên người chỉ có cái áo mỏng. Bé không có giấy khai sinh, nên bệnh viện phải làm mã tạm [[R:GL-TE-251003-19]] để kịp thở oxy, truyền kháng sinh.
22h bé đã hồng hào lại. Lúc đi ngang, ông [[N:Tơk]] nắm tay mình nói "ơ bác sĩ, cảm ơn" rồi quay đi lau mắt.
Ai có áo ấm trẻ em cũ, chăn mỏng thì gửi giúp về khoa Nhi, người nhận [[N:Nghĩa]], điện thoại [[P:0914 663 092]]. Mình sẽ chụp hình gửi lại từng món.
❤️ 2,3K · 341 bình luận
[[N:Hoa Pham]]: Thương quá anh ơi 😢
[[N:Kpă Thị Lan]]: Bác sĩ ơi em ở Ia Ka, em biết nhà bé, mai em mang đồ lên cho bé với ông [[N:Tơk]] luôn.
[[N:Quỳnh Nguyễn]]: Anh cho em xin địa chỉ khoa để gửi GHTK nha.
↳ [[N:Nguyễn Trọng Nghĩa]]: @[[N:Quỳnh Nguyễn]] em gửi về khoa Nhi BVĐK tỉnh Gia Lai, người nhận [[N:Nghĩa]] [[P:0914 663 092]] nhé, cảm ơn em.
[[N:Ksor Y Mơ]]: Cảm ơn anh [[N:Nghĩa]], mai em lên thăm bé. Mẹ bé bảo đặt thêm tên Kinh cho bé là [[N:Hy Vọng]] 😊
[[N:Trần Bảo Ngọc]]: Em là sinh viên Y4 thực tập ở [[A:phường Thắng Lợi, TP Pleiku]], em xin lên phụ khoa được không anh?
[[N:Thuy Vy Le]]: Bác sĩ vùng cao vất vả quá, mong anh giữ sức 🙏
[[N:Nguyễn Trọng Nghĩa]]: Cập nhật [[D:6/10]]: bé [[N:H'Nhi]] cai oxy rồi cả nhà ơi 🥰 quần áo nhận được 3 thùng, đã chia cho 5 bé khác trong phòng.`,
  ],
  // 10
  [
    'news',
    `ĐÀI TRUYỀN THANH – TRUYỀN HÌNH [[A:HUYỆN KRÔNG BÔNG]]
KỊCH BẢN CHƯƠNG TRÌNH TIẾNG Ê ĐÊ – phát sóng 17h30 thứ Tư [[D:23/7]], phát lại 6h sáng [[D:24/7]]
PTV tiếng Kinh: [[N:Lê Thị Hồng Nhung]] | PTV tiếng Ê Đê: [[N:H'Nhung Mlô]] | Biên dịch: [[N:Y Sim Byă]]
DẪN: Chiều [[D:19/7]], khi đi rẫy ở [[A:buôn Cư Drăm, xã Cư Drăm]], ông [[N:Y Thuôl Byă]], 61 tuổi, bị rắn lục đuôi đỏ cắn vào mu bàn chân phải.
LỜI: Người nhà đã buộc garô, đắp lá, đến tối mới đưa ông ra Trạm Y tế [[A:xã Cư Drăm]]. Y sĩ [[N:H'Ngơn Êban]] thấy chân ông sưng to, chảy máu chân răng nên cho chuyển ngay lên Trung tâm Y tế [[A:huyện Krông Bông]], rồi chuyển tiếp Bệnh viện Đa khoa vùng Tây Nguyên lúc 1h sáng [[D:20/7]].
PHỎNG VẤN: Bác sĩ [[N:H'Linh Niê]], khoa Hồi sức tích cực – Chống độc: "Bệnh nhân rối loạn đông máu nặng, phải dùng 6 lọ huyết thanh kháng nọc. Người dân bị rắn cắn tuyệt đối không buộc garô chặt, không đắp lá, phải đến cơ sở y tế sớm nhất."
PHỎNG VẤN: Con trai ông là anh [[N:Y Khoa Byă]] (tức [[N:Ama Thúy]]): "Từ hôm [[D:20]] tới giờ bố tôi đỡ nhiều rồi. Cảm ơn bác sĩ."
LỜI: Đến [[D:23-7]], ông [[N:Y Thuôl]] đã đi lại được, dự kiến ra viện vào cuối tuần. Từ đầu [[D:tháng 7]] đến nay, huyện ghi nhận 5 ca rắn cắn, trong đó một ca tử vong là bà [[N:H'Blưm Ktla]] ở [[A:buôn Kiêu, xã Yang Mao]] hôm [[D:4/7]].
KHUYẾN CÁO: Bà con đi rẫy mang ủng, đeo đèn pin. Khi cần, gọi Trạm Y tế xã hoặc y tế buôn: [[A:buôn Cư Drăm]] – [[N:H'Ngơn Êban]] [[P:0349 772 615]]; [[A:buôn Kiêu]] – [[N:Y Bơn Hwing]] [[P:0886 510 247]].
KẾT: Thực hiện: [[N:Hồng Nhung]] – [[N:H'Nhung]] – Đài TT-TH [[A:huyện Krông Bông]].`,
  ],
  // 11
  [
    'news',
    `🔴 CẦN TÌM GẤP – NGƯỜI NHÀ TỰ Ý RỜI KHỎI BỆNH VIỆN
Anh [[N:Võ Minh Trí]], 34 tuổi, nhà ở [[A:tổ 12, khu phố 3, phường Tam Hiệp, TP Biên Hòa]], Đồng Nai. Anh đang điều trị trầm cảm nặng tại Bệnh viện Tâm thần Trung ương 2 (mã BN [[R:BVTT2.25.11873]]), tự ý rời khoa khoảng 15h thứ Năm [[D:9/10]], lấy chiếc xe Air Blade màu đen biển số [[VP:60B3-915.42]] để ở bãi giữ xe.
Khi đi anh mặc áo sơ mi kẻ xanh, quần jean, không mang điện thoại. Trong túi có CMND cũ số [[CM:272618934]] và khoảng 200 nghìn.
Ai thấy xin giữ chân và báo giúp vợ anh là chị [[N:Lý Ngọc Hân]] [[P:0908 662 175]], em trai [[N:Võ Minh Tâm]] [[P:0367 014 552]], hoặc Công an [[A:phường Tam Hiệp]]. Xin đừng la mắng, anh đang rất hoảng.
— Bình luận (87) —
[[N:Phát Nguyễn]]: Chiều nay khoảng 17h em thấy xe biển [[VP:60B3-915.42]] đậu ở cây xăng [[A:xã Long Tân, huyện Nhơn Trạch]], người đứng cạnh giống hình lắm.
↳ [[N:Ngọc Hân Lý]]: @[[N:Phát Nguyễn]] em cảm ơn anh nhiều, em chạy xuống liền 😭
[[N:Bích Tuyền]]: Anh ấy hay qua phà Cát Lái không chị, em làm ở bến phà, để em dặn anh em.
[[N:Thanh Long Trần]]: Share rồi, bạn học cấp 3 của [[N:Trí]] đây, ae lớp 12A4 Ngô Quyền để ý giúp.
[[N:Hoàng Yến]]: chia sẻ 🙏
CẬP NHẬT 22h [[D:9/10]]: ĐÃ TÌM THẤY anh [[N:Trí]] tại quán nước của chú [[N:Tám Lượm]] ở [[A:ấp 3, xã Phú Hữu, huyện Nhơn Trạch]]. Chú [[N:Tám]] thấy anh ngồi một mình lâu quá nên hỏi chuyện, cho ăn tô hủ tiếu rồi gọi theo số trên bài. Anh đã được đưa trở lại viện. Gia đình cảm ơn tất cả mọi người ❤️
[[N:Tám Lượm]]: Có gì đâu con, thấy nó ngồi khóc thương quá. Có gì ghé quán chú ở ngay đầu [[A:đường Lý Thái Tổ, ấp 3]] nha.`,
  ],
  // 12
  [
    'news',
    `Nhóm Zalo "Cư dân Vinhomes Marina – tòa B2" (642 thành viên) · sáng [[D:21/12]]
[[N:Phạm Thu Hằng]] (BQL tòa B2): 📌 THÔNG BÁO: Khoảng 6h05 sáng nay, bác [[N:Bùi Văn Khánh]] ở [[A:căn 1204 tòa B2, khu đô thị Vinhomes Marina, phường Vĩnh Niệm, quận Lê Chân]] bị ngã quỵ trong thang máy số 3. Anh bảo vệ [[N:Đỗ Văn Tùng]] phát hiện qua camera, gọi 115 và ép tim cho đến khi xe cấp cứu tới lúc 6h19. Bác đã được đưa vào Bệnh viện Hữu nghị Việt Tiệp.
Trong lúc cấp cứu, xe ô tô biển [[VP:15K-227.84]] đỗ chắn lối ra của tầng hầm B1 khiến xe 115 phải vòng ra cổng sau. Đề nghị chủ xe liên hệ ngay chị [[N:Hằng]] BQL, số [[P:0904 331 780]].
[[N:Hằng Bùi]]: Bố em đó ạ 😭 em cảm ơn anh [[N:Tùng]] với các cô chú nhiều lắm. Bố em đang ở khoa Tim mạch, bác sĩ [[N:Vương]] nói nhồi máu cơ tim, đặt stent lúc 8h. Mã BN [[R:VT25-120871]] ai cần gửi gì cho bố em thì cứ ghi vậy ạ.
[[N:Minh Khoa Lê]]: Xe [[VP:15K-227.84]] là của căn 0907 hay sao ấy, tối nào cũng đỗ bừa.
↳ [[N:Nguyễn Đức Thịnh]]: Xe của em, em xin lỗi cả nhà, tối qua em về muộn đỗ tạm, em không biết có chuyện 🙏 em sẽ gửi bác [[N:Khánh]] giỏ quả.
Cô [[N:Lan]] tầng 12: Bác [[N:Khánh]] hôm [[D:18]] còn đánh cầu lông với các ông ở sân, khỏe lắm mà 😢
[[N:Tuấn Anh Vũ]]: Anh [[N:Tùng]] bảo vệ xứng đáng được khen thưởng. Đề xuất BQL gửi giấy khen.
[[N:Phạm Thu Hằng]] (BQL tòa B2): Dạ BQL đã báo Công ty, sẽ khen thưởng anh [[N:Tùng]] trong tuần. Lớp tập huấn sơ cứu cho cư dân tổ chức vào [[D:28/12]] tại sảnh tòa B2.
[[N:Hằng Bùi]]: Cập nhật 21h: bố em tỉnh rồi ạ, bố đòi gặp anh [[N:Tùng]] để cảm ơn 🥹`,
  ],
  // 13
  [
    'news',
    `[[N:Trần Văn Bốn]] – Phóng viên Báo Quảng Nam · [[D:28 tháng 10]] lúc 23:40
Chiều ni nước sông Trà Leng lên nhanh quá bà con ơi. Chị [[N:Hồ Thị Lép]] (24 tuổi, người Ca Dong, ở [[A:thôn 1, xã Trà Leng, huyện Nam Trà My]]) chuyển dạ con so từ trưa. Trạm y tế xã mất điện, y sĩ [[N:Hồ Văn Thắng]] gọi cho Trung tâm Y tế [[A:huyện Nam Trà My]] xin chuyển viện nhưng đường ĐT616 sạt ở hai chỗ.
Bảy thanh niên trong thôn, dẫn đầu là anh [[N:Hồ Văn Dũng]] và anh [[N:Hồ Văn Ngân]], làm cáng bằng võng, khiêng chị [[N:Lép]] lội qua suối Nước Xa. Chồng chị là anh [[N:Hồ Văn Bảy]] soi đèn đi trước. Qua suối rồi, xe bán tải của anh [[N:Nguyễn Văn Cường]] biển [[VP:92C-118.06]] chở tiếp ra trung tâm huyện.
2h sáng [[D:29/10]], chị [[N:Lép]] sinh bé trai 2,9 kg. Bác sĩ [[N:Lê Thị Mỹ Hạnh]] nói chậm thêm chút nữa là nguy cho cả mẹ lẫn con.
O [[N:Lép]] nói với mình: "Răng mà đau rứa, tui tưởng chết rồi, may có mấy đứa nhỏ." 😢
❤️ 5,1K · 412 bình luận
[[N:Thao Tran]]: Thương o quá, mấy anh giỏi thiệt.
[[N:Hồ Thị Hoa]]: Chị [[N:Lép]] là chị họ em, cảm ơn các anh nhiều ❤️
[[N:Phuc Nguyen Van]]: Anh [[N:Bốn]] ghi số trạm y tế đi, ae Tam Kỳ gom tiền gửi cái máy phát điện.
↳ [[N:Trần Văn Bốn]]: Số y sĩ [[N:Thắng]] [[P:0352 719 804]] nghe, gửi về Trạm Y tế [[A:xã Trà Leng]].
[[N:Minh Hieu Ho]]: Tui là [[N:Ngân]] đây, có chi mô, bà con trong thôn ai cũng rứa hết.
[[N:Kim Oanh Lê]]: Đặt tên bé là gì rứa anh?
↳ [[N:Trần Văn Bốn]]: Vợ chồng o [[N:Lép]] đặt tên bé là [[N:Hồ Văn Suối]] 😄 vì sinh sau khi qua suối.
[[N:Trinh Nguyen]]: Hôm [[D:3/11]] đoàn từ thiện bên em lên Trà Leng, em ghé thăm mẹ con o nha.`,
  ],
];
