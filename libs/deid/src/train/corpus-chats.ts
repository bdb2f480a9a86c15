// Hand-written annotated TRAINING texts for the PERSON labeller, in chat and hand-over form
// (markup.ts; NAME spans are what matters for training, the other kinds are annotated for
// completeness). Written for training in round 13 by a helper who read only
// libs/deid/src/eval/markup.ts, libs/deid/src/train/corpus.ts and the header comments of
// heldout9/index.ts and heldout10/index.ts (the conventions) — no held-out text, no detector
// source. Not evaluation data. All people, numbers and addresses are invented (place names are
// real or plausible units, used freely). Genres: Zalo / Messenger / WhatsApp / SMS ward groups, night-duty
// chats without accents in lower case, family groups in Huế, Nghệ An and Southern speech,
// parents of a paediatric ward, commune health station groups, voice-to-text hand-overs,
// nursing hand-over notes, chats with foreign patients and interpreters, with many traps that
// are not names (capitalised ordinary words, departments, facilities, drugs, diseases, places,
// words that look like given names used as ordinary words).
export const CHAT_TRAINING_TEXTS: readonly string[] = [
  `Nhóm "Nội Tim mạch - Trực đêm" (Zalo)
[[N:Trần Thị Minh Thư]] (ĐD trưởng): Cả nhà lưu ý, BN [[N:Lê Văn Phước]] giường 12 tối nay chuyển Hồi sức tích cực. Con trai là anh [[N:Hậu]] đang ở căng tin, [[N:Ngân]] gọi giúp chị số [[P:0905 318 274]] nhé.
[[N:Ngân]]: Dạ em gọi rồi, anh [[N:Hậu]] lên liền.
Bs [[N:Võ Quốc Khánh]]: Bình thường men tim bn này đã cao, giờ thêm rung nhĩ. [[N:Ngân]] cho chị [[N:Thư]] bản điện tim lúc 21h.
[[N:Phan Hoài Nam]]: Giường 7 bà [[N:Huỳnh Thị Lụa]] than tức ngực, em đo HA 160/95, đã báo bs [[N:Khánh]].
Bs [[N:Võ Quốc Khánh]]: Ok [[N:Nam]], cho Amlodipin 5mg, theo dõi 30 phút báo lại.
[[N:Trần Thị Minh Thư]]: An toàn là trên hết, mai giao ban chị nhắc lại ca bà [[N:Lụa]].`,
  `ca dem noi 2
[[N:thao]] dd: giuong 4 ong [[N:nguyen van sau]] sot 39 do, e cho paracetamol 1g truyen roi
bs [[N:tung]]: ok [[N:thao]], cay mau chua
[[N:thao]]: chua a, de e goi [[N:linh]] ben xet nghiem
[[N:linh]] xn: c [[N:thao]] gui mau xuong di, e nhan lien
[[N:thao]]: giuong 9 ba [[N:do thi nguyet]] con ngu, nguoi nha la con gai [[N:tuyet]] xin ve som
bs [[N:tung]]: mai a kham lai roi tinh. binh thuong ba [[N:nguyet]] on ma
[[N:thao]]: da. con bn [[N:sau]] thi vo ong la ba [[N:tam]] ngoi canh ne a`,
  `Mệ [[N:Tôn Nữ Thị Bông]] (gia đình Huế)
[[N:Bảo Trâm]]: Mạ ơi, mệ ăn được chén cháo chưa? Bữa ni con đi trực, o [[N:Liên]] vô với mệ nghe.
Mạ [[N:Trâm]]: Mệ ăn được nửa chén. Ôn [[N:Thuận]] nhà bên qua thăm, ôn nói mệ răng mà ốm rứa.
O [[N:Liên]]: Tau tới rồi. Mệ ngủ, eng [[N:Khoa]] nớ mới đi mua thuốc ở nhà thuốc bệnh viện Trung ương Huế.
[[N:Bảo Trâm]]: Dạ o. Bác sĩ [[N:Nhơn]] dặn mệ uống Concor buổi sáng, đừng quên nghe o.
[[N:Khoa]]: Thuốc mua rồi, 2 hộp. Mấy bữa ni mệ hoa mắt, chắc thiếu máu.
O [[N:Liên]]: Rứa thì nói bác sĩ [[N:Nhơn]] cho xét nghiệm máu luôn.`,
  `Nhà mình (Nghệ An)
Eng [[N:Thắng]]: Bọ mệt rứa răng mạ? Chiều ni eng về chở bọ đi viện [[A:huyện Thanh Chương]].
Mạ: Bọ mi ho cả đêm, tức ngực. Ả [[N:Hương]] nói đưa ra Vinh cho chắc.
Ả [[N:Hương]]: Em hỏi rồi, Bệnh viện Hữu nghị Đa khoa Nghệ An khám phổi tốt. Bác sĩ [[N:Lê Đình Thái]] quen chồng em.
Cu [[N:Tý]]: Con xin nghỉ học chiều ni đi với ông nội nha.
Eng [[N:Thắng]]: Thôi mi đi học, có eng với ả [[N:Hương]] rồi.
Mạ: Nhớ mang thẻ bảo hiểm của bọ, số [[BH:HT2404012345678]], với căn cước nữa nghe.`,
  `Messenger - Gia đình ba [[N:Tư]]
[[N:Út Hiền]]: Anh [[N:Hai]] ơi, ba [[N:Tư]] xỉu ở ngoài ruộng, em chở ra trạm y tế [[A:xã Long Hậu]] rồi.
Anh [[N:Hai Lộc]]: Trời, ba có sao hông? Chị [[N:Ba Mến]] đang ở Cần Thơ, để anh gọi.
Chị [[N:Ba Mến]]: [[N:Út]] ơi, đường huyết ba bao nhiêu? Ba bỏ thuốc tiểu đường cả tuần rồi đó.
[[N:Út Hiền]]: Cô y sĩ [[N:Thắm]] đo thấy 2.8, cho uống nước đường rồi, giờ tỉnh.
Anh [[N:Hai Lộc]]: Lộc lá gì đâu, tháng này anh gửi tiền mua thuốc mà ba không chịu uống.
[[N:Út Hiền]]: Thôi anh, cô [[N:Thắm]] nói chuyển bệnh viện đa khoa Cần Giuộc kiểm tra, em đi liền.`,
  `Phụ huynh phòng 304 - Khoa Nhi
Mẹ [[N:Bin]]: Mấy chị ơi, bé [[N:Bin]] nhà em hết sốt rồi, cảm ơn chị [[N:Trúc]] cho mượn nhiệt kế nha.
[[N:Trúc]] (mẹ [[N:Sóc]]): Không có gì em. [[N:Sóc]] nhà chị vẫn còn ho, bác sĩ [[N:Hà]] nói viêm tiểu phế quản.
Ba [[N:Na]]: Bé [[N:Na]] nay được tháo kim luồn, mai ra viện rồi.
Mẹ [[N:Bin]]: Hay quá. Ai biết điều dưỡng [[N:Quyên]] ca tối không? Em muốn hỏi giờ khí dung.
[[N:Trúc]] (mẹ [[N:Sóc]]): Chị [[N:Quyên]] đó, 8h tối khí dung Ventolin. Nhớ giữ bé ngồi thẳng.
Bà ngoại [[N:Tí]]: Cho bà hỏi, bé [[N:Tí]] ăn cháo Hải sản được không mấy đứa?
Ba [[N:Na]]: Bà hỏi bác sĩ [[N:Hà]] cho chắc bà ơi, bé đang dị ứng.`,
  `TYT [[A:xã Ea Tiêu]] - nhóm công tác
[[N:H'Nhung Niê]] (YS): Sáng nay [[A:buôn Kmang]] có 3 cháu sốt. Cháu [[N:Y Khoa Êban]] 5 tuổi sốt cao, mẹ cháu là chị [[N:H'Liên Mlô]].
[[N:Y Nguyên Byă]] (trưởng trạm): [[N:H'Nhung]] test sốt rét cho cháu chưa?
[[N:H'Nhung Niê]]: Dạ âm tính anh. Y lệnh hạ sốt, bù nước. [[N:Ama Khoa]] (ba cháu) đi rẫy chưa về.
[[N:Nguyễn Thị Hằng]] (NHS): Cháu thứ 2 là [[N:H'Ruth Kpă]], nhà ở [[A:buôn Cuê]], em đã cho về theo dõi.
[[N:Y Nguyên Byă]]: Y tá thôn nhắc dân ngủ màn. Chiều nay anh với [[N:Hằng]] xuống [[A:buôn Kmang]].`,
  `Bàn giao ca sáng [[D:14/3]] - Khoa Ngoại tổng hợp (ghi giọng nói)
Người giao: điều dưỡng [[N:Nguyễn Thanh Tâm]]. Người nhận: điều dưỡng [[N:Đặng Mỹ Duyên]].
Giường một bệnh nhân [[N:Hồ Văn Cường]] sau mổ ruột thừa ngày thứ hai, ống dẫn lưu ra ít dịch hồng, đã trung tiện. Giường ba bệnh nhân [[N:Trương Thị Lan Anh]] mổ sỏi mật, đau nhiều, bác sĩ [[N:Kha]] cho thêm Morphin theo y lệnh, tâm lý lo lắng. Giường năm cụ [[N:Phạm Đình Sửu]] [[AGE:91]] tuổi, gãy cổ xương đùi, con dâu là chị [[N:Thoa]] chăm, cần lật trở mỗi hai giờ. Cường giáp chưa loại trừ ở bệnh nhân giường sáu, chờ kết quả. Hết bàn giao.`,
  `[[N:Phạm Quốc Hưng]]: Anh [[N:Dũng]] ơi, máy X quang phòng 2 lỗi nữa rồi.
[[N:Dũng]] (KTV CĐHA): Anh báo [[N:Sơn]] kỹ thuật rồi, chiều có người của hãng Fujifilm xuống.
[[N:Phạm Quốc Hưng]]: Bn [[N:Lý Thị Kim Loan]] cần chụp phổi gấp, khoa Cấp cứu giục.
[[N:Sơn]]: Em đang ở phòng mổ, 10 phút em qua. Chuyển tạm bn qua máy di động nhé.
[[N:Dũng]]: Ok. Còn bé [[N:Gia Huy]] khoa Nhi chụp cổ tay, mẹ bé là chị [[N:Kiều Oanh]] đang chờ.
[[N:Phạm Quốc Hưng]]: Quang cảnh hôm nay đông quá, ai rảnh phụ [[N:Dũng]] với.`,
  `SMS
Từ: Con [[N:Tuấn]]
Mẹ ơi, con đặt khám cho mẹ ở BV Bạch Mai sáng thứ 5 ([[D:20/3]]), mã đặt hẹn [[R:BM250320-0417]]. Bác sĩ [[N:Nguyễn Hồng Hạnh]] khoa Cơ xương khớp. Mẹ mang sổ khám cũ nhé.
Từ: Mẹ
Ừ con. Bố [[N:Quế]] có đi cùng được không?
Từ: Con [[N:Tuấn]]
Được mẹ. Con nhờ chú [[N:Vinh]] lái xe đưa, biển số [[VP:29A-538.17]]. Chú gọi từ số [[P:0983.221.604]].`,
  `WhatsApp - International patient desk
[[N:Đỗ Minh Châu]] (Interpreter): Good morning Mr [[N:Hendriks]], this is [[N:Châu]] from the hospital. Dr [[N:Lâm Quang Vũ]] will see you at 9.
[[N:Pieter Hendriks]]: Thanks [[N:Châu]]. My wife [[N:Sanne]] will come too. Is my passport needed? It is [[PP:NXK7P2R41]].
[[N:Đỗ Minh Châu]]: Yes please bring it, and the insurance letter from Allianz, claim [[R:AZ-2025-883016]].
[[N:Sanne Hendriks]]: [[N:Pieter]] had fever again last night, 38.6. Should we go to Emergency?
[[N:Đỗ Minh Châu]]: If it is above 39 or he feels worse, yes. Dr [[N:Vũ]] is on duty until 5 pm.`,
  `Trạm y tế [[A:xã Pả Vi]] (nhóm Zalo)
[[N:Giàng Thị Mỷ]] (YS): Sáng nay chị [[N:Sùng Thị Dợ]] [[A:thôn Pả Vi Hạ]] đau bụng đẻ, chồng là anh [[N:Lầu A Chứ]] đưa xuống.
[[N:Nguyễn Văn Đoàn]] (trưởng trạm): Thai mấy tuần [[N:Mỷ]]?
[[N:Giàng Thị Mỷ]]: Dạ 38 tuần, con thứ 4. Cô đỡ thôn bản [[N:Vàng Thị Sính]] đi cùng.
[[N:Nguyễn Văn Đoàn]]: Chuyển TTYT Mèo Vạc cho an toàn. Gọi xe, báo chị [[N:Hạnh]] phòng đẻ ở trung tâm.
[[N:Giàng Thị Mỷ]]: Anh [[N:Chứ]] sợ tốn tiền, em giải thích có bảo hiểm rồi. Mẹ chồng là bà [[N:Thào Thị Pà]] cũng đồng ý.`,
  `nhom truc ngoai than kinh
[[N:minh khoa]]: a [[N:huy]] oi bn nam 25t tnmtd, glasgow 9d, dang o cap cuu
bs [[N:huy]]: ct so chua [[N:khoa]]
[[N:minh khoa]]: chup roi a, mau tu ngoai mang cung thai duong phai
bs [[N:huy]]: bao phong mo, goi [[N:hieu]] gay me. ten bn la gi
[[N:minh khoa]]: [[N:tran duc phong]], nguoi nha la anh trai [[N:tran duc phuong]], sdt [[P:0367 442 915]]
[[N:hieu]] gm: e o phong mo 3 roi a, nhin an 6 tieng chua
[[N:minh khoa]]: bn an luc chieu, khong ro`,
  `Bàn giao ca trực Khoa Sản (sổ giao ca)
- Sản phụ [[N:Lò Thị Ban]] (Thái), 22 tuổi, G1P0, chuyển dạ giai đoạn 1, CTG bình thường. Chồng [[N:Lò Văn Pâng]] ở ngoài.
- Sản phụ [[N:Quàng Thị Hoa]] sau mổ lấy thai giờ thứ 8, bé trai 3200 g, Apgar 8/9, mẹ chồng là bà [[N:Cầm Thị Xuân]] chăm. Cầm máu tốt.
- Hậu sản [[N:Nguyễn Thị Thanh Thủy]] G2P2, con bị vàng da, chuyển Nhi chiếu đèn.
Người giao: NHS [[N:Điêu Thị Khánh]]. Người nhận: NHS [[N:Lường Thị Ơn]]. Mai tiếp tục theo dõi sản phụ [[N:Ban]].`,
  `Hội cha mẹ Khoa Ung bướu Nhi
Mẹ [[N:Khôi]]: Chị [[N:Diệp]] ơi, [[N:Nấm]] hôm nay truyền hóa chất đợt mấy rồi?
[[N:Diệp]] (mẹ [[N:Nấm]]): Đợt 4 em. Bé mệt, nôn nhiều. Bs [[N:Thảo Nguyên]] cho Ondansetron rồi.
Bố [[N:Su]]: Bé [[N:Su]] nhà mình mai xét nghiệm tủy. Ai đi qua nhà thờ Đức Bà thì thắp giúp cây nến.
Mẹ [[N:Khôi]]: Tụi mình cầu cho [[N:Su]] với [[N:Nấm]]. [[N:Thu]] ơi, bảo [[N:Khôi]] nhà chị đợi con nha.
[[N:Thu]] (mẹ [[N:Bơ]]): Dạ chị, hai đứa chơi lego ở phòng sinh hoạt. Hạnh phúc nhất là thấy tụi nhỏ cười.
[[N:Diệp]] (mẹ [[N:Nấm]]): Ai có số cô công tác xã hội [[N:Phương Linh]] không?`,
  `Group "Gia đình bác [[N:Bảy]]"
[[N:Bảy Hùng]]: Cả nhà ơi, cô [[N:Sáu Mai]] mổ xong rồi, bác sĩ [[N:Trần Chí Thiện]] nói mổ tốt.
[[N:Kim Ngân]]: Tạ ơn trời. Cô [[N:Sáu]] nằm phòng nào vậy bác?
[[N:Bảy Hùng]]: Phòng 512 khu B Bệnh viện Chợ Rẫy. Dượng [[N:Tám Lành]] đang trực bên ngoài.
[[N:Tám Lành]]: Bà xã tui tỉnh rồi, kêu khát nước. Ai mai lên thay tui được không?
[[N:Kim Ngân]]: Con lên dượng [[N:Tám]]. Mai con nghỉ làm.
[[N:Út Nhỏ]]: Con gửi 2 triệu qua tài khoản dượng nha. Cô [[N:Sáu]] mau khỏe.`,
  `Zalo nhóm "Dược - cấp phát nội trú"
[[N:Lê Thị Ngọc Bích]] (DS): Khoa Nội thận hết Kali clorid 10%. [[N:Tiến]] kiểm kho giúp chị.
[[N:Tiến]]: Còn 2 thùng chị. Tiến triển đơn hàng Imipenem chưa có, cty Phúc Lộc hẹn thứ 2.
[[N:Mạc Văn Hòa]] (khoa Nội thận): Bn [[N:Ngô Thị Sen]] cần Kali gấp, K máu 2.6.
[[N:Lê Thị Ngọc Bích]]: Anh [[N:Hòa]] cho người xuống lấy nhé. Ký sổ thuốc gây nghiện với [[N:Thùy Dung]].
[[N:Thùy Dung]]: Dạ em ở quầy 2. Hòa tan trong 500 ml NaCl nha anh, không tiêm thẳng.`,
  `Tin nhắn Messenger
[[N:Hoa Nguyễn]]: Chào bác sĩ, em là [[N:Hoa]], vợ anh [[N:Trịnh Văn Khải]] nằm khoa Thần kinh giường 18. Bác sĩ cho em hỏi kết quả MRI ạ.
[[N:Đinh Trọng Nghĩa]]: Chào chị [[N:Hoa]]. Anh [[N:Khải]] bị nhồi máu não nhỏ vùng bao trong trái. Chưa cần can thiệp.
[[N:Hoa Nguyễn]]: Dạ anh ấy yếu tay phải, nói ngọng. Bao lâu hồi phục ạ?
[[N:Đinh Trọng Nghĩa]]: Tập phục hồi chức năng sớm. Chị gặp KTV [[N:Bùi Văn Lực]] ở tầng 3, anh [[N:Lực]] sẽ hướng dẫn.
[[N:Hoa Nguyễn]]: Em cảm ơn bác sĩ [[N:Nghĩa]] nhiều ạ.`,
  `Phòng khám Đa khoa Ninh Phước - nhóm
[[N:Đàng Năng Thọ]] (BS): Sáng nay có bà [[N:Thiên Sanh Thị Hường]] ở [[A:thôn Phước Lập, xã Phước Hậu]] đến khám, đường huyết 18.
[[N:Quảng Thị Kim Loan]] (ĐD): Bà đi cùng cháu là [[N:Bá Văn Tài]]. Địa chỉ bà ghi [[A:thôn Phước Lập, xã Phước Hậu, huyện Ninh Phước]].
[[N:Đàng Năng Thọ]]: Cho bà Insulin Mixtard, hẹn tái khám [[D:28/4]]. Nhờ [[N:Loan]] hướng dẫn cháu [[N:Tài]] cách tiêm.
[[N:Quảng Thị Kim Loan]]: Dạ. Người Chăm trong thôn nhiều người bỏ khám lắm, em nhờ ông [[N:Châu Văn Sa]] trưởng thôn nhắc.`,
  `ca dem hscc
[[N:phuong]]: a [[N:dat]] oi giuong 3 spo2 tut 85
bs [[N:dat]]: tang oxy len, goi [[N:khanh]] chuan bi dat noi khi quan
[[N:khanh]]: e toi roi
[[N:phuong]]: bn ten [[N:vu thi hoai]] 67t, viem phoi, con trai [[N:vu dinh tam]] ngoai cua
bs [[N:dat]]: tam ly nguoi nha ok ko, bao anh [[N:tam]] vao ky cam ket
[[N:phuong]]: anh [[N:tam]] ky roi. xong em bao chi [[N:huong]] truong khoa luon
[[N:huong]]: chi biet roi. dat noi xong chup xquang phoi kiem tra nha`,
  `Trạm Y tế [[A:xã Trà Cú]] - nhóm (Khmer)
[[N:Thạch Sô Phia]] (YS): Chị [[N:Kim Thị Sa Rươne]] ở [[A:ấp Chợ]], con 2 tháng, chưa tiêm lao. Em hẹn thứ 4.
[[N:Sơn Thị Chanh Thu]] (CTV dân số): Để chị nhắn ông [[N:Danh Sến]] ấp trưởng nhắc giùm.
[[N:Lâm Văn Đức]] (trưởng trạm): Danh sách tiêm chủng tháng này thiếu 6 cháu. Kim tiêm còn đủ không [[N:Phia]]?
[[N:Thạch Sô Phia]]: Còn 200 cây anh. Ngày mai em đi [[A:ấp Tha La]] với anh [[N:Thạch Ra]] phiên dịch.
[[N:Sơn Thị Chanh Thu]]: Cháu [[N:Thạch Sa Ly]] nhà bà [[N:Lâm Thị Mênh]] sốt xuất huyết mới ra viện, nhắc bà dọn lu nước.`,
  `Nhóm Zalo "Lớp mẹ bầu tháng 7"
NHS [[N:Tô Thị Phương Dung]]: Chào các mẹ, buổi học thứ 7 này nói về chăm sóc rốn. Mẹ [[N:Khánh Vy]] và mẹ [[N:Hồng Nhung]] đăng ký rồi.
[[N:Hồng Nhung]]: Dạ cô ơi, chồng em [[N:Quân]] đi cùng được không ạ?
NHS [[N:Tô Thị Phương Dung]]: Được em. Bố [[N:Quân]] nhớ mang khẩu trang nhé.
[[N:Mai Anh]]: Cô ơi em bị phù chân, mai đi khám được không ạ?
NHS [[N:Tô Thị Phương Dung]]: [[N:Mai Anh]] mai vào khoa Sản, gặp bác sĩ [[N:Phùng Thị Kiều]] đo huyết áp nhé. Phù nhiều dễ tiền sản giật.
[[N:Khánh Vy]]: Em cũng muốn hỏi bác sĩ [[N:Kiều]] về tiểu đường thai kỳ.`,
  `tin nhan cho bac si
[[N:Chi Nguyen]]: bs oi em la [[N:chi]], me cua be [[N:Tom]] kham hom qua. be van sot 38.5, uong ha sot ko giam
bs [[N:tran khanh linh]]: chao [[N:chi]]. be co phat ban, co giat hay lo mo khong em?
[[N:Chi Nguyen]]: da ko, be van choi. ba noi be la ba [[N:Nam]] doi cho be uong la thuoc nam
bs [[N:tran khanh linh]]: dung cho uong la nhe. neu sot qua 3 ngay thi dua be vao vien Nhi Dong 2 hoac gap bs [[N:hai yen]] o phong kham
[[N:Chi Nguyen]]: da em cam on bs [[N:linh]]`,
  `Giao ban ca Khoa Hồi sức ngoại (biên bản chat)
BS [[N:Mai Xuân Trường]]: Đêm qua có 2 ca. Ca 1: anh [[N:Nông Văn Thiện]] (Tày) 34 tuổi, tai nạn lao động ở [[A:xã Quang Trung]], đa chấn thương, đang thở máy.
BS [[N:Hoàng Thị Tuyết Mai]]: Người nhà anh [[N:Thiện]] là vợ, chị [[N:Ma Thị Ngọt]], không biết tiếng Kinh nhiều, em nhờ anh [[N:Hoàng Văn Pủng]] dịch.
BS [[N:Mai Xuân Trường]]: Ca 2: ông [[N:Vi Văn Sình]] (Nùng) xuất huyết tiêu hóa, đã nội soi cầm máu.
ĐD [[N:Nông Thị Hải Yến]]: Ông [[N:Sình]] có tiền sử Basedow, em đã báo Nội tiết.`,
  `Messenger
[[N:Lisa Tran]]: Hi bác sĩ [[N:Phong]], mình là [[N:Lisa]], Việt kiều Mỹ. Ba mình là ông [[N:Trần Văn Kiệt]] đang nằm BV Nguyễn Tri Phương.
BS [[N:Nguyễn Thanh Phong]]: Chào chị [[N:Lisa]]. Ông [[N:Kiệt]] bị suy tim độ III, đang đáp ứng lợi tiểu.
[[N:Lisa Tran]]: Em trai mình [[N:Kevin]] bay về thứ 6. Chồng mình [[N:Mark Wilson]] hỏi có cần ký giấy gì không.
BS [[N:Nguyễn Thanh Phong]]: Không cần chị. Khi anh [[N:Kevin]] về, chị cho ảnh gặp điều dưỡng trưởng [[N:Hồng Đào]] ở khoa.
[[N:Lisa Tran]]: Cảm ơn bác sĩ nhiều.`,
  `Nhóm "Trạm Y tế [[A:phường An Hòa]]"
[[N:Hồ Thị Kim Phượng]] (trưởng trạm): Tuần này [[A:phường An Hòa]] có 5 ca sốt xuất huyết. Ca mới: cháu [[N:Lưu Gia Bảo]] 9 tuổi, [[A:tổ 7, khu vực 3, phường An Hòa]].
[[N:Châu Minh Tú]] (YS): Mẹ cháu [[N:Bảo]] là chị [[N:Ngọc Hân]], số [[P:0939 004 617]]. Em đã phun thuốc quanh nhà.
[[N:Hồ Thị Kim Phượng]]: [[N:Tú]] báo luôn cho bên TTYT quận, anh [[N:Khôi]] phụ trách dịch.
[[N:Khôi]] (TTYT): Anh ghi nhận. An Hòa là ổ dịch cũ, ưu tiên diệt lăng quăng trước ngày [[D:15/7]].`,
  `Zalo - "Ông bà nội"
Bà nội: [[N:Hưng]] ơi, ông nội mày bị té trong nhà tắm.
[[N:Hưng]]: Trời ơi bà, ông có đau đầu không? Con gọi 115 liền.
Bà nội: Ông kêu đau hông, không đứng dậy được. Thím [[N:Năm]] qua rồi.
Thím [[N:Năm]]: Chú [[N:Hưng]] ơi, xe cấp cứu tới rồi, chở ông vô Bệnh viện Trưng Vương.
[[N:Hưng]]: Con chạy tới liền. Thím cầm dùm con cái thẻ bảo hiểm của ông, tên [[N:Trương Văn Mùi]], có để trong tủ.
Thím [[N:Năm]]: Có rồi. Con bé [[N:Hai]] nhà thím theo xe luôn.`,
  `Bàn giao (chuyển giọng nói thành văn bản) khoa Hồi sức, 6 giờ sáng
"Em [[N:Thơ]] giao cho anh [[N:Quốc]] nha. Giường số hai bệnh nhân [[N:Park Ji-hoon]] người Hàn Quốc, viêm tụy cấp, hôm qua phiên dịch chị [[N:Kim Yu-na]] có ghi số điện thoại công ty là [[P:0283 822 6619]]. Giường số bốn là bà [[N:Hà Thị Chín]] [[AGE:92]] tuổi, sốc nhiễm khuẩn, đang chạy Noradrenalin. Con gái bà là cô [[N:Ngà]] ngủ ở hành lang. Giường sáu anh [[N:Lâm Chấn Huy]] ngộ độc rượu, vợ là chị [[N:Quách Mỹ Linh]] nói tiếng Quảng Đông, hỏi bác sĩ [[N:Tạ Minh Luân]] nếu cần. Hết."`,
  `Nhóm Zalo "Thận nhân tạo ca 3"
ĐD [[N:Phó Thị Thanh Hương]]: Danh sách ca chiều thứ 3-5-7: anh [[N:Khổng Minh Tiến]], chị [[N:Mã Thị Hạnh]], ông [[N:Lục Văn Bình]], bà [[N:Hứa Thị Phúc]].
[[N:Khổng Minh Tiến]]: Chị [[N:Hương]] ơi thứ 5 em xin đổi ca sáng được không, em đi làm.
ĐD [[N:Phó Thị Thanh Hương]]: Để chị hỏi anh [[N:Lợi]] điều phối. Bình thường ca sáng kín rồi em.
[[N:Lợi]]: Em [[N:Tiến]] đổi với bà [[N:Phúc]] được, bà thích đi chiều. Em nhắn con bà là chị [[N:Mẫn]] giúp anh.
[[N:Mã Thị Hạnh]]: Tuần này em tăng cân nhiều, lọc thêm giờ được không ạ? Phúc lợi công đoàn có hỗ trợ xe đi lại không anh?`,
  `ĐĐ KHOA TÂM THẦN - GIAO CA ĐÊM
- BN [[N:Lê Hoàng Vũ]] (giường 5): kích động lúc 23h, gào gọi tên "[[N:Nhi]]" (bạn gái cũ). BS trực [[N:Cao Thị Yến]] cho Haloperidol tiêm bắp, ngủ lúc 0h30.
- BN [[N:Dương Thị Cẩm Tú]] (giường 8): mất ngủ, hỏi chừng nào mẹ (bà [[N:Sáu Hòa]]) lên thăm.
- BN nam tự xưng là "[[N:Tư Ếch]]", không giấy tờ, công an [[A:phường Tân Định]] đưa vào, cán bộ [[N:Huỳnh Tấn Phát]] ký biên bản số [[R:127/BB-CAP]].
Người giao: [[N:Kiều]]. Người nhận: [[N:Mỹ Hạnh]]. Tâm trạng khoa ổn.`,
  `Zalo "Trạm y tế [[A:xã A Vương]]"
[[N:Bh'riu Thị Hồng]] (YS): Sáng nay chị [[N:Alăng Thị Dung]] [[A:thôn Bhơ Hôồng]] sinh non 32 tuần, đã cấp cứu ban đầu.
[[N:Zơrâm Bốt]] (trưởng trạm): Chồng chị là anh [[N:Arất Blúi]] à? Báo anh ấy chuẩn bị đi Bệnh viện Đa khoa Quảng Nam.
[[N:Bh'riu Thị Hồng]]: Dạ anh [[N:Blúi]] đang lên rẫy, em nhờ già làng [[N:Clâu Nhâm]] gọi rồi.
[[N:Trần Văn Tín]] (lái xe): Xe [[VP:92A-031.44]] chờ ở cổng trạm. Đường đèo Tây Giang trơn, đi chậm.
[[N:Zơrâm Bốt]]: [[N:Hồng]] đi theo xe, mang túi đỡ đẻ. Anh ở lại trạm với [[N:Pơloong Thị Mai]].`,
  `tin nhan dien thoai (danh ba: "Co [[N:Hai]] BV Cho Ray")
Co [[N:Hai]] BV Cho Ray: [[N:Tien]] oi, co [[N:Hai]] day. Kq sinh thiet cua ba con co roi, ung thu da day giai doan 2.
[[N:Tien]]: Da co, vay mo duoc khong co
Co [[N:Hai]] BV Cho Ray: Mo duoc con. Bs [[N:Truong Cong Thanh]] hen thu 2 hoi chan. Con keu em con la [[N:Nhan]] dan ba di
[[N:Tien]]: Da. Ba con ten [[N:Nguyen Van Ut]], so ho so [[R:2507-118432]]. Con cam on co [[N:Hai]] nhieu`,
  `Nhóm "Phụ huynh phòng 5 - Khoa Truyền nhiễm Nhi"
Mẹ [[N:Cún]]: Các mẹ ơi, bé [[N:Cún]] nhà em nổi bóng nước ở tay chân, bs nói tay chân miệng độ 2a.
[[N:Lan Phương]]: Bé [[N:Mèo]] nhà chị cũng vậy, hôm qua giật mình 3 lần. Bs [[N:Đức Anh]] cho Phenobarbital.
Bố [[N:Tin]]: Bé [[N:Tin]] nhà mình thủy đậu, nằm phòng cách ly. Có ai thấy điều dưỡng [[N:Nhung]] không?
Mẹ [[N:Cún]]: Chị [[N:Nhung]] đi giao ban rồi anh. Anh gọi [[N:Thủy]] trực thay.
Bố [[N:Tin]]: [[N:Thủy]] nào em? Thủy đậu lây không chị?
[[N:Lan Phương]]: Chị [[N:Thủy]] điều dưỡng đó anh, tóc ngắn. Thủy đậu lây, anh đừng cho bé [[N:Tin]] ra hành lang.`,
  `Trạm y tế [[A:xã Đạ Sar]] - trao đổi
[[N:K'Brơi]] (YS): Có ông [[N:Cil Mup]] 70 tuổi ở [[A:thôn Đưng K'Si]] bị rắn cắn ở chân, sưng to.
[[N:Ka Huệ]] (ĐD): Em đã garo, rửa vết thương. Con trai ông là anh [[N:K'Đim]] nói rắn lục xanh.
Bs [[N:Nguyễn Đình Quảng]] (TTYT Lạc Dương): Chuyển ngay lên Bệnh viện Đa khoa Lâm Đồng, có huyết thanh. [[N:Huệ]] đi theo.
[[N:K'Brơi]]: Dạ. Cháu [[N:Ka Hoa]] đang sốt cũng cần khám, em cho uống Paracetamol trước.
Bs [[N:Nguyễn Đình Quảng]]: Ok [[N:Brơi]]. Nhớ ghi giờ bị cắn cho anh.`,
  `SMS tự động
BENH VIEN DA KHOA TINH: KINH GUI [[N:NGUYEN THI HOA]], LICH TAI KHAM CUA BAN LA [[D:08/05/2025]] LUC 7H30, PHONG 12, BS [[N:LE VAN HOANG]]. MA HEN [[R:TK2505-00981]]. HOTLINE 1900 9095.
Tra loi: Da con cam on. Me con la [[N:Hoa]] di kham duoc khong a, con la [[N:Thanh]].
BENH VIEN DA KHOA TINH: TIN NHAN TU DONG, VUI LONG KHONG TRA LOI.`,
  `Nhóm Zalo "Khoa Cấp cứu - bàn giao"
[[N:Hà Thị Thu Trang]]: Trang 2 sổ bàn giao em ghi rồi nhé. BN vô danh nam ~40 tuổi, TNGT trên [[A:đường Trần Phú]], CSGT đưa vào, chưa liên lạc được người nhà.
BS [[N:Nguyễn Bá Lâm]]: Lâm sàng bn ổn hơn, GCS 13. Có giấy phép lái xe trong túi ghi [[N:Võ Văn Tài]], số [[L:790154003218]].
[[N:Hà Thị Thu Trang]]: Vậy em báo công an phường. Anh [[N:Lâm]] kiểm tra lại ca giường 6, ông [[N:Kiên]].
[[N:Quách Bảo Ngọc]]: Chị [[N:Trang]] ơi em vừa liên lạc được vợ anh [[N:Tài]], chị [[N:Diễm]], đang xuống.
BS [[N:Nguyễn Bá Lâm]]: Tốt. Hồ sơ ghi lại tên thật, bỏ chữ "vô danh".`,
  `Nhóm gia đình "Bên ngoại" (Huế)
Ôn [[N:Thiện]]: Mạ mi khỏe chưa [[N:Hiền]]?
[[N:Hiền]]: Dạ mạ con mổ mắt đục thủy tinh thể xong rồi ôn, bác sĩ [[N:Hoàng Anh Tuấn]] mổ, mai cắt băng.
Mệ [[N:Đào]]: Rứa tốt rồi. Nói mạ mi kiêng bưng nước, kiêng cúi nghe. Con Cu [[N:Bi]] khỏi sốt chưa?
[[N:Hiền]]: [[N:Bi]] khỏi rồi mệ. O [[N:Thúy]] nói tuần sau về Kim Long thăm ôn mệ.
O [[N:Thúy]]: Tau về thứ 7, mang cho ôn thuốc huyết áp. Đừng mua thuốc ngoài chợ Đông Ba nghe ôn.
Ôn [[N:Thiện]]: Ừ. Thuốc ôn còn 3 vỉ.`,
  `Zalo "Khoa Sản - phòng sinh"
NHS [[N:Chu Thị Lệ]]: Sản phụ [[N:Vàng Thị Dung]] (Mông) vào lúc 1h, con so, CTC 4cm. Chồng [[N:Hạng A Tủa]] chỉ nói được ít tiếng Kinh.
BS [[N:Phạm Thế Hùng]]: Có ai phiên dịch không [[N:Lệ]]?
NHS [[N:Chu Thị Lệ]]: Dạ có em [[N:Sùng Mí Chua]] ở khoa Nhi biết tiếng Mông.
[[N:Sùng Mí Chua]]: Em qua liền. Chị [[N:Dung]] đăng ký ở [[A:bản Sín Chải, xã Tả Phìn]] ạ.
BS [[N:Phạm Thế Hùng]]: Hùng dũng lên, đêm nay đông sản lắm. Theo dõi biểu đồ chuyển dạ sát nha.`,
  `Nhắn riêng - bs trực và điều dưỡng
[[N:Hải Đăng]]: a [[N:Quân]] oi bn [[N:thai thi ngoc]] giuong 14 noi ngua khap nguoi sau truyen ceftriaxon
bs [[N:Quân]]: ngung thuoc ngay, cho methylpred 40mg, theo doi ha, spo2. co kho tho ko
[[N:Hải Đăng]]: khong a. chi [[N:ngoc]] noi hoi kho chiu thoi
bs [[N:Quân]]: ghi vao phieu di ung, bao chi [[N:Đông]] khoa duoc
[[N:Hải Đăng]]: da. dong mau cua bn [[N:ngoc]] sang nay binh thuong a
bs [[N:Quân]]: ok, a qua lien`,
  `Ghi chú giao ca điều dưỡng - Khoa Lão (viết tay, chép lại)
Cụ [[N:Nguyễn Thị Tý]] [[AGE:96]]t: lú lẫn về đêm, gọi "[[N:Thoan]] ơi" (con gái đã mất). Cháu nội [[N:Phú]] ở lại đêm nay.
Cụ ông [[N:Đinh Văn Lộc]]: loét cùng cụt độ 2, thay băng 2 lần/ngày. Vợ cụ là cụ bà [[N:Thìn]].
Bà [[N:Kha Thị Mến]]: tiểu không tự chủ, con dâu chị [[N:Hiếu]] xin mua tã.
Lộc ơi là lộc - cụ [[N:Lộc]] cứ hỏi lì xì Tết. Ghi chú: tết năm nay cho cụ về nhà [[D:mùng 2 Tết]] nếu ổn.
ĐD giao: [[N:V.T.Hằng]]. ĐD nhận: [[N:P.T.Nga]].`,
  `WeChat / Zalo - BV Đa khoa Móng Cái, phòng bệnh nhân nước ngoài
Phiên dịch [[N:Lý Tiểu Phượng]]: Bệnh nhân [[N:王建国]] ([[N:Wang Jianguo]]) 52 tuổi, đau bụng dữ dội từ chiều, hộ chiếu [[PP:EJ4417302]].
BS [[N:Vương Đình Khải]]: Hỏi ông có uống rượu không [[N:Phượng]].
Phiên dịch [[N:Lý Tiểu Phượng]]: Ông nói có, nửa chai Mao Đài. Vợ ông là bà [[N:刘美华]], đang ở Đông Hưng, số [[P:+86 138 7702 5519]].
BS [[N:Vương Đình Khải]]: Nghi viêm tụy cấp. Làm Amylase, siêu âm. Báo chị [[N:Hoa]] kế toán tạm ứng viện phí.`,
  `Nhóm Zalo "Bác sĩ gia đình - Phòng khám Tâm An"
[[N:Trịnh Thu Hà]] (BS): Bệnh nhân [[N:Châu Ngọc Ánh]] hỏi kết quả TSH, em trả lời là cường giáp nhẹ nhé [[N:Vy]].
[[N:Vy]] (lễ tân): Dạ chị [[N:Ánh]] hẹn chiều nay. Còn anh [[N:Tôn Thất Duy]] hỏi đổi lịch sang thứ 6.
[[N:Trịnh Thu Hà]]: Ok. Chị [[N:Hằng]] phòng siêu âm về chưa?
[[N:Hằng]]: Em về rồi ạ. Tâm An hôm nay đông, em kéo dài ca tới 7h.
[[N:Trịnh Thu Hà]]: Cảm ơn [[N:Hằng]]. Tâm lý bệnh nhân [[N:Duy]] không ổn, nhớ hỏi nhẹ nhàng.`,
  `Nhóm "TYT [[A:thị trấn Cửa Việt]] - phòng chống dịch"
[[N:Lê Thị Thu]] (trưởng trạm): Mùa thu năm nay dịch sởi quay lại. Danh sách trẻ chưa tiêm: cháu bé [[N:Mon]] (con chị [[N:Hà]] [[A:khu phố 4]]), cháu [[N:Minh Nhật]], cháu [[N:Tôm]] nhà anh [[N:Tuấn]] làm biển.
[[N:Hồ Văn Tám]] (YS): Anh [[N:Tuấn]] đi biển tàu [[VP:QT-91274-TS]] chưa về, vợ ảnh là chị [[N:Nga]] hẹn thứ 7.
[[N:Lê Thị Thu]]: Thu gom sổ tiêm chủng lại giúp chị, [[N:Tám]] nhé. Tám giờ sáng mai họp.
[[N:Hồ Văn Tám]]: Dạ chị [[N:Thu]].`,
  `khoa noi than kinh - nhom dieu duong
[[N:bich ngoc]]: chi [[N:diem]] oi giuong 3 ong [[N:phan van hai]] lai co giat
[[N:diem]]: goi bs [[N:khang]] chua em
[[N:bich ngoc]]: goi roi, a [[N:khang]] dang o cap cuu
bs [[N:khang]]: cho diazepam 10mg tmc, a toi lien. nguoi nha ong [[N:hai]] co o do ko
[[N:bich ngoc]]: co con gai la chi [[N:my]], sdt [[P:0914-662-308]]
[[N:diem]]: hai phut nua chi toi. [[N:ngoc]] chuan bi oxy nhe
bs [[N:khang]]: parkinson co kem dong kinh, nho ghi vao ho so`,
  `Zalo nhóm "Nhà mình" (miền Tây)
Má: [[N:Hai Thơm]] ơi, ba con đi tiểu ra máu, má sợ quá.
[[N:Hai Thơm]]: Má đừng lo, con đưa ba lên Bệnh viện Đa khoa Trung ương Cần Thơ. Thằng [[N:Út Lẹ]] chở giùm con.
[[N:Út Lẹ]]: Dạ chị [[N:Hai]], em lấy xe [[VP:65B1-327.90]] chở. Ba ở nhà [[A:ấp Thới Hòa, xã Thới Long]] hả má?
Má: Ừ, ba ngồi ngoài hiên. Dì [[N:Năm Sương]] qua rồi.
Dì [[N:Năm Sương]]: Anh [[N:Ba]] ổng đau bụng nữa đó tụi con. Đi lẹ đi.
[[N:Hai Thơm]]: Dạ dì [[N:Năm]]. Tới viện con gọi bác sĩ [[N:Thạch Minh Thuận]] khoa Tiết niệu, bạn học con.`,
  `Messenger - Phòng khám Nhật Bản
[[N:Suzuki Haruto]]: Xin chào, tôi muốn đặt lịch cho vợ tôi, [[N:鈴木 美咲]] ([[N:Suzuki Misaki]]), bị đau họng 3 ngày.
Lễ tân [[N:Ngô Thanh Trúc]]: Dạ chào anh [[N:Suzuki]]. Chiều nay bác sĩ [[N:Tanaka Kenji]] khám lúc 3h được không ạ?
[[N:Suzuki Haruto]]: OK. Con trai chúng tôi [[N:Ren]] cũng sốt nhẹ, khám cùng được không?
Lễ tân [[N:Ngô Thanh Trúc]]: Được ạ. Anh mang hộ chiếu của chị [[N:Misaki]] và bé [[N:Ren]] nhé. Phiên dịch [[N:Hoàng Mai Linh]] sẽ hỗ trợ.`,
  `Tổ chăm sóc tại nhà - [[A:phường Vĩnh Phúc]] (nhóm)
[[N:Nghiêm Thị Thu Huyền]]: Chiều nay em thay băng cho ông [[N:Khuất Văn Nhâm]], [[A:ngõ 68 Vĩnh Phúc]]. Vĩnh Phúc dạo này tắc đường lắm.
[[N:Lại Đức Thắng]]: Anh đi tiêm Insulin cho bà [[N:Kiều Thị Mão]] [[A:tổ 12]]. Cháu bà là [[N:Nhung]] nhờ xem giúp cái máy đo đường.
[[N:Nghiêm Thị Thu Huyền]]: Chị [[N:Nhung]] hay quên. Anh dặn lại nhé.
[[N:Lại Đức Thắng]]: Ok. Thắng lợi tháng này là không ai phải nhập viện.
[[N:Văn Thị Sao]] (trưởng nhóm): Mọi người nộp báo cáo trước [[D:30/6]] nhé.`,
  `Zalo "TYT [[A:xã Ia Băng]]"
[[N:Ksor H'Lúi]] (YS): Hôm nay có 2 ca tiêu chảy ở [[A:plei Ơi Nga]]: cháu [[N:Rơ Mah Thuân]] 3 tuổi và cháu [[N:Siu Đăm]] 5 tuổi.
[[N:Nay Blớt]] (trưởng trạm): Nay nước giếng ở plei có vấn đề không [[N:H'Lúi]]?
[[N:Ksor H'Lúi]]: Dạ em hỏi ông [[N:Rah Lan Chung]] trưởng thôn, ông nói giếng đục từ hôm mưa.
[[N:Kpă Y Dương]] (CTV): Mẹ cháu [[N:Thuân]] là chị [[N:Rơ Mah H'Ngân]], em đã hướng dẫn pha Oresol.
[[N:Nay Blớt]]: Lấy mẫu nước gửi TTYT Chư Prông. Nếu thêm ca thì báo anh [[N:Lê Quang Hải]] bên dịch tễ.
[[N:Ksor H'Lúi]]: Y lệnh rõ rồi anh.`,
  `Nhóm "BV Đa khoa khu vực Ngọc Hồi - Nhi"
BS [[N:Đinh Thị Hơ]]: Cháu [[N:A Thút]] (Xơ Đăng) 2 tuổi suy dinh dưỡng nặng, mẹ là chị [[N:Y Kem]], ở [[A:thôn Đăk Răng, xã Đăk Dục]].
ĐD [[N:A Dũng]]: Mẹ cháu không biết chữ, em đã hướng dẫn bằng tiếng Xơ Đăng. Ba cháu là anh [[N:A Tuấn]] đi làm thuê ở Lào.
BS [[N:Đinh Thị Hơ]]: Cho cháu ăn F75 theo phác đồ. [[N:Dũng]] theo dõi đường huyết mỗi 3h.
ĐD [[N:Y Nhi]]: Giường bên cạnh cháu [[N:Y Lan]] (Bahnar) đã hết sốt, bà ngoại [[N:Y Blăng]] xin cho ra viện.
BS [[N:Đinh Thị Hơ]]: Chiều chị khám lại rồi quyết định [[N:Nhi]] nhé.`,
  `nhom gia dinh (khong dau)
[[N:thuy duong]]: me oi ba o nha sao roi
me: ba con ho nhieu lam, ong [[N:ba]] hang xom chay qua xem roi, noi di kham phoi
[[N:thuy duong]]: de con hoi bac si [[N:khoa]] ban con o bv phoi
bac [[N:khoa]]: hi [[N:duong]], cu dua bac vao kham thu 2, gap a. mang theo phim cu
[[N:thuy duong]]: dạ em cam on a [[N:khoa]]. ba em ten [[N:le van tho]], 68 tuoi
me: con [[N:ti]] o nha nho cho ba uong thuoc nhe
[[N:ti]]: da ba noi ba uong roi me`,
  `Bệnh viện Đa khoa Nghệ An - nhóm "Bệnh nhân Lào"
Phiên dịch [[N:Vi Văn Khăm]]: Bệnh nhân [[N:Khamphone Sisavath]] 45 tuổi, người Lào, tai nạn giao thông ở cửa khẩu Nậm Cắn, gãy xương cẳng chân.
BS [[N:Lương Văn Thành]]: Người nhà có ai không [[N:Khăm]]?
Phiên dịch [[N:Vi Văn Khăm]]: Em gái ông là [[N:Bounmy]], đang trên đường từ Xiengkhouang, số [[P:+856 20 5581 2297]].
ĐD [[N:Lô Thị Hiền]]: Ông [[N:Khamphone]] chưa có giấy tờ, chỉ có thẻ đi đường [[PP:LA0093716]].
BS [[N:Lương Văn Thành]]: Ghi vào hồ sơ, báo phòng Kế hoạch tổng hợp chị [[N:Thái Thị Lành]]. Mổ chiều nay.`,
  `Bàn giao ca - Khoa Hồi sức sơ sinh (NICU)
1. Bé trai con mẹ [[N:Nguyễn Thị Phương Thảo]], sinh non 29 tuần, 1100 g, thở CPAP. Mẹ vắt sữa mang lên lúc 6h.
2. Bé gái con mẹ [[N:Hầu Thị Say]] (Mông), vàng da nặng, chiếu đèn, bố bé anh [[N:Thào A Dình]] ký giấy thay máu.
3. Bé [[N:Tí Nị]] (tên ở nhà, con mẹ [[N:Lan]]) bú kém, theo dõi nhiễm khuẩn.
4. Bé con mẹ [[N:Phan Thị Thu Hà]]: Apgar 5/7, đang kháng sinh Ampicillin + Gentamicin.
Người giao: ĐD [[N:Tạ Thị Xuân]]. Người nhận: ĐD [[N:Đoàn Thị Hồng Phúc]]. Tết này khoa đông quá, Xuân về mà chưa ai được nghỉ.`,
  `Nhóm "Văn phòng luật sư - vụ tai nạn"
LS [[N:Phạm Nhật Tân]]: Anh [[N:Cường]] ơi, bệnh án của thân chủ [[N:Đỗ Thị Hoài Thương]] xin ở BV Việt Đức có chưa?
[[N:Cường]] (trợ lý): Dạ có rồi anh, số bệnh án [[R:25.074312]], giấy chứng thương số [[R:318/GCT-VĐ]]. Bác sĩ [[N:Lương Khánh Toàn]] ký.
LS [[N:Phạm Nhật Tân]]: Quyết định khởi tố của công an [[A:quận Đống Đa]] số mấy?
[[N:Cường]]: Số [[R:76/QĐ-CSĐT]] ngày [[D:12/2/2025]]. Người gây tai nạn là [[N:Hồ Đức Mạnh]], xe [[VP:30K-118.62]].
LS [[N:Phạm Nhật Tân]]: Gửi cho chị [[N:Thương]] bản sao nhé. Thẻ luật sư anh số [[L:12458/TLS]] kèm theo.`,
  `Zalo "Xóm chạy thận Bạch Mai"
Bác [[N:Hùng]] Nam Định: Cả xóm ơi, bà [[N:Gái]] phòng 3 hôm nay lọc xong mệt, ai có cháo thì cho bà một bát.
[[N:Thanh Tâm]]: Em mang lên bác [[N:Hùng]] ơi. Bà [[N:Gái]] ăn được cháo sườn không?
Bác [[N:Hùng]] Nam Định: Được, nhưng ít muối. Con trai bà là [[N:Lưu]] đi làm thợ hồ chưa về.
[[N:Mạnh]] Thái Bình: Tối nay anh [[N:Đạt]] phát cơm từ thiện ở cổng Giải Phóng, mọi người xuống lấy nhé.
[[N:Thanh Tâm]]: Dạ anh [[N:Mạnh]]. Thái Bình dạo này mưa không anh?`,
  `ca dem sản - messenger (khong dau)
[[N:ha my]]: c [[N:loan]] oi sp giuong 11 [[N:tran thi hong nhung]] ra huyet do tuoi
[[N:loan]] nhs: em do mach ha chua
[[N:ha my]]: mach 110, ha 90/60 chi
[[N:loan]] nhs: goi bs [[N:vinh]] ngay, lay 2 duong truyen, xet nghiem nhom mau
bs [[N:vinh]]: a toi, nghi rau bong non. bao [[N:hai]] khoa gay me chuan bi mo
[[N:ha my]]: chong sp la anh [[N:khanh]] dang ky giay ne a
bs [[N:vinh]]: ok. vinh du lam moi dem ngay nao cung mo =))`,
  `Bàn giao (ghi âm tự động chuyển chữ) - Khoa Chấn thương chỉnh hình
"Giường mười, anh [[N:Nguyễn Hữu Thắng]], gãy hai xương cẳng chân trái, mổ đóng đinh hôm qua. Giường mười một, ông [[N:Lê Văn Bảy]] ờ [[N:Bảy]] chứ không phải bảy giờ nha, gãy cổ xương đùi, mai mổ thay khớp. Giường mười hai, bé [[N:Trần Gia Khang]] mười bốn tuổi, gãy trên lồi cầu, mẹ là chị [[N:Hồng]]. [[N:Thắng]] băng chưa? À thay băng cho anh [[N:Thắng]] lúc tám giờ. Bác sĩ [[N:Quý]] dặn theo dõi chèn ép khoang. Em [[N:Như]] giao cho chị [[N:Kim Anh]]."`,
  `Nhóm "Tày - Nùng Cao Bằng: Hỗ trợ người bệnh"
[[N:Nông Thị Hoa]]: Bà con ơi, anh [[N:Hoàng Văn Pủng]] [[A:xóm Bản Giốc]] bị tai biến, nằm Bệnh viện Đa khoa tỉnh Cao Bằng.
[[N:Lý Văn Sình]]: Có cần máu không chị [[N:Hoa]]? Tôi nhóm O.
[[N:Nông Thị Hoa]]: Bác sĩ [[N:Bế Văn Dương]] nói chưa cần. Vợ anh [[N:Pủng]] là chị [[N:Vi Thị Mày]] cần người trông cháu.
[[N:Đàm Thị Liên]]: Để em trông cháu [[N:Hoàng Văn Tùng]] cho chị [[N:Mày]] mấy hôm.
[[N:Lý Văn Sình]]: Hoa ban nở rồi, mong anh [[N:Pủng]] sớm khỏe về bản.`,
  `WhatsApp - Hội An clinic
Receptionist [[N:Trà My]]: Hello Ms [[N:O'Connor]], your lab results are ready. Dr [[N:Huỳnh Văn Mẫn]] wants to see you at 4 pm.
[[N:Siobhan O'Connor]]: Thanks [[N:Trà My]]. My partner [[N:Liam Byrne]] has the same diarrhoea, can he come too?
Receptionist [[N:Trà My]]: Yes, please bring both passports. Your room at An Hội hotel?
[[N:Siobhan O'Connor]]: Yes. [[N:Liam]]'s passport is [[PP:PX7716402]]. Our tour guide [[N:Tuấn]] will drive us.
Receptionist [[N:Trà My]]: Perfect. Dr [[N:Mẫn]] says drink ORS, not Imodium yet.`,
  `Zalo "Trạm y tế xã Bản Khoang"
[[N:Triệu Tòn Phin]] (YS, người Dao): Chị [[N:Bàn Thị Mẩy]] ở [[A:thôn Séo Mý Tỷ]] sốt cao, rét run, từ rừng về.
[[N:Đặng Phúc Lưu]] (trưởng trạm): Xét nghiệm sốt rét chưa [[N:Phin]]? Chồng chị [[N:Mẩy]] có đi cùng không?
[[N:Triệu Tòn Phin]]: Test dương tính P. falciparum. Chồng là anh [[N:Triệu Quẩy Vần]], đang đi rừng.
[[N:Tẩn Thị Xuân]] (ĐD): Em cho chị [[N:Mẩy]] uống Artesunat rồi. Con gái chị [[N:Triệu Mùi Chạn]] ở nhà với bà.
[[N:Đặng Phúc Lưu]]: Báo ngay TTYT Sa Pa, anh [[N:Sơn]] phụ trách sốt rét.`,
  `THONG BAO TU KHOA CAP CUU (SMS)
NGUOI NHA BN [[N:DANG VAN KHOI]] VUI LONG DEN QUAY THU NGAN TANG 1. LIEN HE DD [[N:NGUYEN THI LAN]] [[P:0912 733 480]]. BAC SI DIEU TRI: [[N:TRAN QUANG DIEU]].
Tra loi: Toi la [[N:Khoi]] con, [[N:Dang Minh Hieu]]. Me toi la [[N:Pham Thi Lan]] dang tren duong toi.`,
  `Nhóm "Phụ huynh Nhi Hô hấp - phòng 7"
Mẹ [[N:Bống]]: Sáng nay ai đi rửa mũi cho con ở phòng thủ thuật chưa?
[[N:Hà Linh]] (mẹ [[N:Bánh Bao]]): Chị đi rồi, cô [[N:Yến]] rửa nhẹ tay lắm. [[N:Bánh Bao]] không khóc.
Bố [[N:Ken]]: Hôm nay bác sĩ [[N:Trung Kiên]] nói [[N:Ken]] viêm phổi đỡ rồi, cai oxy.
Mẹ [[N:Bống]]: Tuyệt quá anh. Bé [[N:Bống]] nhà em còn khò khè. Ai đi siêu thị mua giùm em gói bỉm size M.
[[N:Hà Linh]] (mẹ [[N:Bánh Bao]]): Chị mua cho, chiều chị đưa. An toàn là đóng cửa sổ nha, lạnh lắm.`,
  `Nhóm chat "Cứu hộ - Cấp cứu 115 Đà Nẵng"
Điều phối [[N:Ngô Thị Thanh Hải]]: Tai nạn trên [[A:đường Nguyễn Tất Thành, phường Xuân Hà]], 2 người bị thương. Kíp 3 đi.
BS [[N:Phan Văn Nhật]] (kíp 3): Nhận. Lái xe anh [[N:Chương]].
BS [[N:Phan Văn Nhật]]: Nạn nhân 1: [[N:Trần Thị Mỹ Lệ]], chấn thương đầu. Nạn nhân 2: anh [[N:Kiều]], người đi đường, gãy tay.
Điều phối [[N:Ngô Thị Thanh Hải]]: Đưa về BV Đà Nẵng. Người báo tin là anh [[N:Văn Sĩ Hòa]], số [[P:0935 610 224]].
[[N:Chương]]: [[A:Đường Nguyễn Văn Linh]] kẹt, em đi vòng Hàm Nghi.`,
  `Tin nhắn - y tá trường học
Cô [[N:Hạ]] (y tế trường): Chị [[N:Mỹ Dung]] ơi, bé [[N:Khánh An]] lớp 2A3 bị chảy máu cam, em đã cầm máu, bé ổn.
[[N:Mỹ Dung]]: Cảm ơn cô [[N:Hạ]]. Ba bé là anh [[N:Quang]] chiều đón được không cô?
Cô [[N:Hạ]]: Dạ được. Bé [[N:An]] nói hôm qua cũng chảy. Chị cho bé khám tai mũi họng nhé.
[[N:Mỹ Dung]]: Dạ. Thầy hiệu trưởng [[N:Nguyễn Văn Tự]] có nhắn là lớp bé có ca thủy đậu, đúng không cô?
Cô [[N:Hạ]]: Dạ có 1 bạn, tên [[N:Bảo Long]], đã nghỉ học từ [[D:3/11]].`,
  `Nhóm bác sĩ "Hội chẩn online Tim mạch"
PGS [[N:Đoàn Minh Hiếu]]: BN [[N:Ngô Văn Quyền]] 58t, NMCT thành dưới, đặt stent RCA. [[N:Hiếu]] ơi, dòng chảy sau stent ổn không?
BS [[N:Trương Minh Hiếu]] (BV tỉnh): Dạ ổn thầy. Bn còn đau ngực nhẹ.
PGS [[N:Đoàn Minh Hiếu]]: Ha ha, hai [[N:Hiếu]]. Em cho Ticagrelor, hẹn siêu âm tim.
ThS [[N:Lục Thanh Bình]]: Anh [[N:Quyền]] có tiền sử đái tháo đường, HbA1c 9.2.
PGS [[N:Đoàn Minh Hiếu]]: Chuyển Nội tiết, nhờ [[N:Bình]] theo dõi.`,
  `zalo nhom "lop 12A1 - thang [[N:Duc]] nam vien"
[[N:Ngoc Han]]: tui vua vo tham [[N:Duc]] o bv Nhan dan 115, no mo ruot thua roi, dang ngu
[[N:Quoc Bao]]: co [[N:Thuy]] chu nhiem noi chieu nay co qua tham
[[N:Minh Tri]]: [[N:Duc]] ma biet ca lop toi chac no cuoi bung dau vet mo luon
[[N:Ngoc Han]]: me [[N:Duc]] la co [[N:Lien]] dan khong dem do an nhieu
[[N:Anh Thu]]: okk, chieu 5h tap trung o cong. an toan la tren het, di xe cham thoi`,
  `Trạm Y tế [[A:xã Hoằng Phụ]] - nhóm làm việc
[[N:Lê Thị Ngân]] (trưởng trạm): Chiều nay khám sức khỏe người cao tuổi [[A:thôn 3]]. Cụ [[N:Lê Văn Xuyến]] [[AGE:93]] tuổi, cụ [[N:Nguyễn Thị Nhỡ]] [[AGE:90]] tuổi ưu tiên khám trước.
[[N:Hoàng Văn Khuê]] (YS): Dạ em mang máy điện tim. Cụ [[N:Xuyến]] có con trai [[N:Lê Văn Thuận]] làm biển, đi vắng.
[[N:Phạm Thị Lài]] (NHS): Em đo đường huyết cho bà [[N:Nhỡ]]. Bà hay quên uống thuốc.
[[N:Lê Thị Ngân]]: [[N:Khuê]] ghi danh sách, tổng hợp gửi TTYT Hoằng Hóa trước [[D:20/10]].`,
  `Khoa Ung bướu - ghi chú giao ca (nhóm ĐD)
- BN [[N:Thái Bá Cẩn]]: hóa trị FOLFOX ngày 2, nôn 3 lần. Vợ là bà [[N:Dương Thị Thoa]] ở lại.
- BN [[N:Lộ Thị Hoa]]: đau xương, đang dùng Morphin bơm tiêm điện, BS [[N:Kiều Văn Định]] chỉnh liều 2mg/h.
- BN [[N:Ông Văn Thọ]] (họ Ông): sốt giảm bạch cầu, cách ly phòng 2. Con gái chị [[N:Ông Thị Mai Phương]] hỏi ăn gì.
- BN [[N:Tăng Quốc Cường]] (Hoa, nói tiếng Quảng): tư vấn tâm lý qua chị [[N:Lâm Mỹ Dung]] phiên dịch.
Giao: [[N:Tường Vi]]. Nhận: [[N:Bảo Ngọc]].`,
  `Messenger (Việt - Hàn) - [[A:KCN Yên Phong]]
[[N:Lee Seung-min]] (quản lý): Chào bác sĩ, công nhân của chúng tôi là [[N:Nguyễn Văn Hậu]] bị máy cắt vào tay.
BS [[N:Đào Duy Khánh]]: Chào anh [[N:Lee]]. Anh [[N:Hậu]] đã mổ nối gân, ổn định. Chị [[N:Thắm]] vợ anh ấy ở đây.
[[N:Lee Seung-min]]: Giám đốc [[N:이준호]] ([[N:Lee Jun-ho]]) muốn biết chi phí. Bảo hiểm Samsung Fire claim [[R:SF-VN-2025-04418]].
BS [[N:Đào Duy Khánh]]: Anh liên hệ phòng tài chính, chị [[N:Hương Giang]], số [[P:0222 3856 177]].`,
  `nhom gia dinh "ong ngoai" (Nam Bo, khong dau)
[[N:Tu Nhan]]: ong ngoai bi te o ngoai vuon chuoi, da dua vo tram y te
[[N:Ut Lan]]: troi oi ong co gay chan ko chi [[N:Tu]]
[[N:Tu Nhan]]: co [[N:Nguyet]] y si noi nghi gay, chuyen len bv Ben Tre
[[N:Sau Khanh]]: de anh chay xe cho. ong nam o khoa nao
[[N:Tu Nhan]]: khoa chan thuong, bs [[N:Huynh Tan Loc]]. hen mai mo
[[N:Ut Lan]]: em gui tien cho [[N:Sau]] mua thuoc nha`,
  `Khoa Truyền nhiễm - nhóm chat trực
BS [[N:Giáp Văn Hoàng]]: Ca mới: [[N:Somchai Boonmee]], khách du lịch Thái Lan, sốt xuất huyết ngày 4, tiểu cầu 28.
ĐD [[N:Kha Thị Lệ]]: Anh ấy đi với vợ là [[N:Malee]], tiếng Anh được. Hướng dẫn viên là anh [[N:Trần Thái]].
BS [[N:Giáp Văn Hoàng]]: Thái Lan cũng đang dịch sốt xuất huyết. Theo dõi sát, truyền dịch theo phác đồ.
ĐD [[N:Kha Thị Lệ]]: Dạ. Hộ chiếu anh [[N:Somchai]] số [[PP:AA4420918]], em đã photo cho phòng tài vụ.
BS [[N:Giáp Văn Hoàng]]: Cảm ơn [[N:Lệ]].`,
  `Biên bản bàn giao người bệnh chuyển khoa (nhắn qua Zalo)
Từ Khoa Cấp cứu ĐD [[N:Nguyễn Thị H.]] đến Khoa Nội tiêu hóa ĐD [[N:Trần V. Khoa]].
BN: [[N:LÊ THỊ HỒNG VÂN]], nữ, 61t, XHTH trên. Số vào viện [[R:CC25-118705]].
Người nhà: chồng ông [[N:Tôn Đức Bảo]], con trai anh [[N:Tôn Đức Phúc]] [[P:0988 015 727]].
Đã truyền 2 đơn vị máu, túi số [[R:HM250611-0033]] và [[R:HM250611-0034]]. Hạnh phúc là bn đã tỉnh, hết nôn máu.
ĐD nhận xác nhận: [[N:Khoa]].`,
  `Zalo "Hội người bệnh Parkinson - Hà Nội"
Bác [[N:Ngọc Lâm]]: Hôm nay tôi run nhiều hơn, có ai dùng Madopar thấy vậy không?
[[N:Kim Oanh]] (con bác [[N:Tùng]]): Bố cháu cũng vậy bác ạ. Bác sĩ [[N:Vũ Anh Nhị]] bảo chỉnh giờ uống.
Bác [[N:Ngọc Lâm]]: Cảm ơn cháu [[N:Oanh]]. Bố cháu là ông [[N:Tùng]] ở Kim Liên hả?
[[N:Kim Oanh]] (con bác [[N:Tùng]]): Dạ đúng ạ. Thứ 7 này CLB tập dưỡng sinh ở công viên Thống Nhất.
Admin [[N:Hải Yến]]: Bác [[N:Lâm]] nhớ mang sổ theo dõi nhé.`,
  `Nhóm "Ôn Mệ - Vỹ Dạ" (Huế)
[[N:Hoàng Bảo Ngọc]]: Ôn [[N:Tường]] bữa ni răng rồi mạ?
Mạ [[N:Ngọc]]: Ôn mệt, ăn không được. Ôn kêu Cu [[N:Ri]] về thăm.
Cu [[N:Ri]]: Con đặt vé rồi, mai ra Huế. Mai con tới thẳng bệnh viện luôn.
O [[N:Bé]]: Ôn nằm khoa Lão bệnh viện Trung ương Huế cơ sở 2, phòng 6. Bác sĩ [[N:Tôn Thất Minh]] dặn ôn giảm muối.
Mệ [[N:Lài]]: Mi nói với bác sĩ [[N:Minh]] là ôn hay đi tiểu đêm, ôn ngại nói.
[[N:Hoàng Bảo Ngọc]]: Dạ mệ, con nói rồi. Bác sĩ cho siêu âm tiền liệt tuyến, kết quả bình thường.
Mạ [[N:Ngọc]]: Bình thường thì tốt. Mệ đừng lo nghe.`,
  `ca dem noi tieu hoa (go nhanh)
[[N:thanh nga]]: a [[N:sang]] oi bn giuong 20 [[N:huynh van chau]] non ra mau bam
bs [[N:sang]]: ha bn nhiu
[[N:thanh nga]]: 100/60, mach 100
bs [[N:sang]]: truyen nacl, cho esomeprazol 80mg tmc, bao [[N:tuan]] noi soi san sang
[[N:tuan]] ns: e xuong lien a
[[N:thanh nga]]: vo bn la ba [[N:xuan]], dang khoc ngoai hanh lang
bs [[N:sang]]: [[N:nga]] noi chuyen voi ba [[N:xuan]] truoc giup a. bao ve dang tuấn tra khu b thi nho mo cua thang may`,
  `Zalo nhóm "Phòng khám sản phụ khoa - bác sĩ Chăm"
[[N:Thông Thị Lan]] (NHS): Chị [[N:Kiều Thị Mỹ Hạnh]] người Chăm ở [[A:thôn Chất Thường, xã Phước Hậu]] hẹn khám thai 20 tuần.
BS [[N:Phú Trung Hiếu]]: Cho chị siêu âm hình thái. Chồng chị [[N:Hạnh]] là anh [[N:Lưu Quang Tính]] phải không?
[[N:Thông Thị Lan]]: Dạ đúng. Anh [[N:Tính]] làm thợ gốm ở Bàu Trúc. Mẹ chị là bà [[N:Đạo Thị Thơm]] đi cùng.
BS [[N:Phú Trung Hiếu]]: Ok. Hẹn tái khám [[D:15/9]]. [[N:Lan]] nhắc chị uống viên sắt.`,
  `WhatsApp - VN host family
[[N:Maria Gonzalez]]: Hi cô [[N:Hằng]], my son [[N:Diego]] fell from his bike, his arm hurts a lot.
Cô [[N:Hằng]]: Oh no! Take him to Vinmec, I call Dr [[N:Lê Minh Hải]] now. My husband [[N:Phong]] can drive you.
[[N:Maria Gonzalez]]: Thank you!! [[N:Diego]]'s insurance is with Cigna, policy [[R:CG-88172045]].
[[N:Phong]]: I am outside with the car, plate [[VP:51H-327.08]]. Come down.
[[N:Maria Gonzalez]]: Coming. [[N:Carlos]] (my husband) is in Singapore, I told him.
Cô [[N:Hằng]]: Dr [[N:Hải]] waits at Emergency. Don't worry [[N:Maria]].`,
  `TYT [[A:xã Đông Sơn]] - nhóm (Nghệ An)
[[N:Hồ Thị Xoan]] (YS): Bà [[N:Nguyễn Thị Đào]] [[A:xóm 5]] bị tăng huyết áp, bữa ni HA 190/110.
[[N:Trần Văn Luận]] (trưởng trạm): Bà có uống thuốc không [[N:Xoan]]? Con bà là eng [[N:Hợi]] đi Hàn Quốc răng?
[[N:Hồ Thị Xoan]]: Bà nói hết thuốc rồi, eng [[N:Hợi]] đi Hàn, con dâu ả [[N:Thơm]] ở nhà chăm.
[[N:Trần Văn Luận]]: Cho bà Captopril ngậm, chuyển TTYT Đô Lương nếu không xuống. Đông Sơn mùa ni lạnh, nhắc bà giữ ấm.
Ả [[N:Thơm]]: Dạ em chở mạ đi liền.`,
  `Ghi chú bàn giao điều dưỡng - Khoa Nội A (Bệnh viện Đa khoa Cà Mau)
G1: [[N:Danh Sến]] (Khmer) 64t, COPD đợt cấp, thở oxy 2 l/p. Con gái [[N:Thị Sa Phon]] chăm.
G2: [[N:Lâm Văn Rọt]], viêm phổi, sốt 38.2, đã cấy máu.
G3: [[N:Trần Thị Út]] ([[N:Út]]), xơ gan, báng bụng, chọc dịch ngày mai.
G4: ông [[N:Sơn Nê]], suy tim, hạn chế nước. Cháu nội [[N:Sơn Thị Kim Hồng]] biết chữ, ký giấy thay.
Giao ca: ĐD [[N:Lý Thị Bích Tuyền]]. Nhận ca: ĐD [[N:Tô Quốc Việt]]. Lưu ý chị [[N:Út]] hay tự rút kim.`,
  `nhóm Zalo "Bố mẹ bé [[N:Mít]] - theo dõi sau phẫu thuật tim"
Bs [[N:Nguyễn Lý Thịnh Trường]]: Chào anh [[N:Thịnh]], chị [[N:Trâm]]. Bé [[N:Mít]] hậu phẫu ngày 3, rút ống dẫn lưu rồi.
[[N:Thịnh]] (bố [[N:Mít]]): Dạ cảm ơn bác sĩ [[N:Trường]]. Bé ăn được chưa ạ?
Bs [[N:Nguyễn Lý Thịnh Trường]]: Cho bú mẹ từ chiều nay. Điều dưỡng [[N:Hà Phương]] sẽ hướng dẫn.
[[N:Trâm]] (mẹ [[N:Mít]]): Dạ. Ông nội bé là ông [[N:Vượng]] hỏi bao giờ về được ạ.
Bs [[N:Nguyễn Lý Thịnh Trường]]: Nếu ổn thì thứ 6. Thịnh vượng cả nhà nhé.`,
  `Bàn giao nhanh khoa Cấp cứu Nhi (voice-to-text)
"Bé [[N:Bắp]] à tên thật là [[N:Phạm Gia Hưng]] hai tuổi nuốt đồng xu, đã nội soi gắp ra, mẹ là chị [[N:Tuyết Mai]] số điện thoại không chín không ba hai hai tám năm một bốn bảy tức là [[P:0903 228 5147]]. Bé [[N:Gấu]] là [[N:Lê Minh Khang]] sốt co giật lần đầu, đã cắt cơn, ba là anh [[N:Tiến]]. Bé [[N:Sữa]], tên [[N:Ngô Bảo Châu]] nha không phải ông giáo sư đâu, viêm ruột, bù dịch. Em [[N:Nhàn]] giao chị [[N:Diễm]]."`,
  `Tổ điều trị ARV - nhóm kín
Bác sĩ [[N:Vương Thu]]: Nhắc các anh chị lịch lấy thuốc [[D:tháng 8]]. Anh [[N:T.]] (mã [[R:ARV-0917]]) quá hẹn 5 ngày.
[[N:Giàng A Dế]] (đồng đẳng viên): Em gọi anh [[N:T.]] rồi, ảnh đi làm rẫy ở bản bên, mai về.
Bác sĩ [[N:Vương Thu]]: Cảm ơn [[N:Dế]]. Chị [[N:H.]] ([[R:ARV-1102]]) tải lượng virus dưới ngưỡng rồi, chúc mừng chị.
[[N:Thào Thị Mai]] (ĐD): Em phát thuốc ở TTYT huyện thứ 3 và thứ 5, ai không đi được nhắn em [[P:0368 770 213]].`,
  `Messenger - người nhà hỏi thăm
[[N:Khánh Huyền Lê]]: Chị [[N:Phượng]] ơi, chị ở khoa Hô hấp đúng không? Bố em là ông [[N:Lê Đăng Khoa]] vừa nhập viện.
[[N:Phượng Hồ]]: Đúng em. Ông [[N:Khoa]] giường 22, đang thở oxy, bs [[N:Tuấn Anh]] điều trị.
[[N:Khánh Huyền Lê]]: Em ở Sài Gòn chưa ra được. Anh trai em [[N:Đăng Khôi]] tối nay bay ra.
[[N:Phượng Hồ]]: Ok em. Hô hấp đông, chị dặn ĐD ca đêm [[N:Quyên]] để ý ông.
[[N:Khánh Huyền Lê]]: Em cảm ơn chị nhiều. Nhờ chị nhắn anh [[N:Khôi]] số [[P:0977 314 286]] khi tới.`,
  `Nhóm "Cán bộ y tế thôn bản - Mường Tè"
[[N:Pờ Thị Chừ]] (YTTB): Chị [[N:Lỳ Thị Xé]] [[A:bản Pa Ủ]] sinh con ở nhà, bé yếu.
[[N:Chu Văn Dũng]] (TYT): Chị đưa mẹ con [[N:Xé]] ra trạm ngay. Bà đỡ là ai?
[[N:Pờ Thị Chừ]]: Bà [[N:Lò Thị Sú]] đỡ. Chồng chị [[N:Xé]] là [[N:Pờ Xá Chừ]], không có xe.
[[N:Chu Văn Dũng]]: Anh gọi [[N:Lý Gia Trừ]] chạy xe máy vào. Dũng cảm lên, đường 2 tiếng thôi.
[[N:Pờ Thị Chừ]]: Dạ em đi với chị [[N:Xé]].`,
  `Zalo "Tổ y tế - Chung cư Hoàng Anh Gia Lai"
Ban quản lý: Cư dân căn [[A:B-12.07]] báo có người ngất ở sảnh.
[[N:Đoàn Thúy Vi]] (BS cư dân): Tôi xuống ngay. Ai biết tên người ngất?
[[N:Thảo Vy]] (căn [[A:B-09.02]]): Là bác [[N:Quang]] tầng 9, bố anh [[N:Hoàng Anh]] (không phải Hoàng Anh Gia Lai đâu nha).
[[N:Đoàn Thúy Vi]]: Bác [[N:Quang]] hạ đường huyết, đã cho uống nước đường. Gọi anh [[N:Hoàng Anh]] xuống.
[[N:Hoàng Anh]]: Em xuống đây chị [[N:Vi]], cảm ơn chị.`,
  `Nhóm "Gia đình bên nội" (Quảng Nam)
[[N:Thạnh]]: Ôn nội mệt rồi mấy đứa ơi, ôn đòi về Duy Xuyên.
[[N:Thùy Trang]]: Bác sĩ [[N:Võ Văn Mười]] nói chi anh [[N:Thạnh]]?
[[N:Thạnh]]: Bác sĩ nói ung thư gan giai đoạn cuối, chăm sóc giảm nhẹ. Mụ [[N:Ba]] khóc quá.
Mụ [[N:Ba]]: Tui muốn đưa ổng về nhà. Mười mấy năm ổng nằm viện hoài.
[[N:Thùy Trang]]: Dạ con về với mụ. Con gọi chú [[N:Lựu]] thuê xe cứu thương.
Chú [[N:Lựu]]: Chú gọi rồi, 2 giờ chiều xe tới [[A:thôn Chiêm Sơn]].`,
  `Nhóm kỹ thuật viên xét nghiệm - trực đêm
[[N:Kiều Anh]]: Mẫu máu của bn [[N:Trịnh Thị Sương]] (SID [[R:251104-0318]]) bị vỡ hồng cầu, cần lấy lại.
[[N:Khương]]: Khoa nào em? Để anh báo.
[[N:Kiều Anh]]: Khoa Sản. ĐD [[N:Mai Ly]] lấy.
[[N:Mai Ly]]: Em lấy lại rồi, gửi qua ống khí nén. Bn [[N:Sương]] đang chuyển dạ.
[[N:Khương]]: Nhận rồi. Kết quả công thức máu bình thường. [[N:Kiều Anh]] ơi kiểm tra máy hóa sinh giùm anh.
[[N:Kiều Anh]]: Dạ anh [[N:Khương]].`,
  `Nhóm "Khoa Y học cổ truyền" (Zalo)
BS lương y [[N:Nguyễn Văn Phúc]]: Bệnh nhân [[N:Tạ Thị Thanh]] châm cứu liệu trình 10 ngày, hôm nay ngày 4.
KTV [[N:Thu Hoài]]: Chị [[N:Thanh]] nói đỡ tê tay. Con trai chị là [[N:Bình]] đưa đi.
BS [[N:Nguyễn Văn Phúc]]: Phúc đức cho chị ấy. Cho thêm bài thuốc Độc hoạt tang ký sinh.
KTV [[N:Thu Hoài]]: Dạ. Còn anh [[N:Phùng Quốc An]] đau lưng, An thần có cần không thầy?
BS [[N:Nguyễn Văn Phúc]]: An thần thì không. Cho anh [[N:An]] xoa bóp bấm huyệt.`,
  `SMS
Tới: Anh [[N:Khoa]] (Bảo hiểm)
Em là [[N:Nguyễn Thị Kim Liên]], mẹ bé [[N:Phạm Minh Châu]]. Hồ sơ bồi thường nằm viện của bé từ [[D:2/4 - 9/4/2025]], số hợp đồng [[R:HĐ-PVI-2024-118830]]. Anh kiểm tra giúp em.
Từ: Anh [[N:Khoa]] (Bảo hiểm)
Chào chị [[N:Liên]]. Anh đã nhận. Cần thêm giấy ra viện bản gốc. Gửi về [[A:số 14 ngõ 85 Hạ Đình, phường Thanh Xuân Trung]] hoặc email [[E:boithuong.khoa@baohiemxyz.vn]].`,
  `Nhóm "Trạm y tế [[A:xã Yên Thịnh]] - tiêm chủng"
[[N:Ma Thị Huệ]] (YS): Sáng mai tiêm sởi - rubella. Danh sách: [[N:Ma Văn Tùng]], [[N:Hoàng Thị Diệp]], [[N:Nông Gia Bảo]], [[N:Triệu Thị Hà Vy]].
[[N:Lục Văn Thịnh]] (trưởng trạm): Yên Thịnh năm nay tỉ lệ tiêm đạt bao nhiêu [[N:Huệ]]?
[[N:Ma Thị Huệ]]: 94% anh. Còn bé [[N:Na]] nhà chị [[N:Hoàng Thị Mến]] chưa đủ tháng.
[[N:Lục Văn Thịnh]]: Ma túy xã mình giảm rồi, giờ lo tiêm chủng thôi. Mai anh đến từ 7h.`,
  `lop hoc tieng anh bac si - nhom chat
Dr. [[N:Lam]]: Hi class, tomorrow practice history taking. [[N:Vy]], you be the patient "Mrs [[N:Smith]]".
[[N:Vy Dinh]]: OK teacher. Can [[N:Huy]] be the doctor?
[[N:Huy Phan]]: Sure. Should "Mrs [[N:Smith]]" have chest pain or headache?
Dr. [[N:Lam]]: Chest pain. And [[N:Linh]] plays her husband [[N:John]].
[[N:Linh To]]: Haha OK. Mai em đi trễ 10 phút nha thầy [[N:Lâm]].`,
  `Nhóm "Hiến máu nhân đạo - [[A:Quận 10]]"
[[N:Lâm Ngọc Hân]] (điều phối): Khẩn! BV Chợ Rẫy cần 2 đơn vị máu O Rh(-) cho bn [[N:Trương Thị Bé Năm]], mổ tim chiều nay.
[[N:Huỳnh Khánh Duy]]: Mình O Rh(-), đang ở [[A:Quận 5]], 30 phút nữa tới.
[[N:Lâm Ngọc Hân]]: Cảm ơn [[N:Duy]]! Gặp anh [[N:Tùng]] ở Trung tâm truyền máu, tầng trệt.
[[N:Alex Nguyen]]: I'm O negative too. Can I donate? I'm Vietnamese-American, passport [[PP:A08813622]].
[[N:Lâm Ngọc Hân]]: Yes [[N:Alex]], please come with [[N:Duy]]. Con trai bà [[N:Bé Năm]] là anh [[N:Thành]] sẽ đón hai bạn.
[[N:Thành]]: Tui đứng cổng Thành Thái, áo xanh. Cảm ơn mọi người.`,
  `ca dem khoa nhi (khong dau, go vội)
dd [[N:yen nhi]]: c [[N:tram]] oi be [[N:na]] giuong 2 sot 40, co giat 1 lan 2 phut
[[N:tram]]: goi bs [[N:hung]] chua
dd [[N:yen nhi]]: bs [[N:hung]] dang kham be [[N:bo]] o cap cuu
bs [[N:hung]]: cho diazepam hau mon, chuom am, a qua lien. me be [[N:na]] dau
dd [[N:yen nhi]]: me la chi [[N:kieu]], dang hoang qua a
[[N:tram]]: de c noi chuyen voi chi [[N:kieu]]. mai c truc tiep nha
bs [[N:hung]]: hung hang gi dau, a toi roi =))`,
  `Zalo "Mạ và tụi con" (Nghệ An)
Mạ: Tụi bay ơi, bọ đau lưng cả tuần, bữa ni không dậy được.
[[N:Phan Thị Thanh Hà]]: Mạ chờ con, con nhờ eng [[N:Long]] chở bọ đi Bệnh viện Đa khoa [[A:thành phố Vinh]].
Eng [[N:Long]]: Eng về rồi. Bọ nói đau từ hôm gánh lúa. Ả [[N:Nga]] có biết bác sĩ nào không?
Ả [[N:Nga]]: Có bác sĩ [[N:Hồ Sỹ Hùng]] khoa Cột sống, em nhắn rồi, hẹn 2 giờ chiều.
[[N:Phan Thị Thanh Hà]]: Eng nhớ mang phim chụp năm ngoái. Long đờm thì bọ có thuốc rồi, đừng mua nữa.
Mạ: Ừ. Cu [[N:Bin]] nhà ả [[N:Nga]] ở nhà với mạ.`,
  `Bàn giao ca khoa Hồi sức tích cực (bản ghi giọng nói đã chỉnh)
Giường 1: BN [[N:KIM SUNG-HO]] ([[N:김성호]]), 61 tuổi, người Hàn, sốc tim sau nhồi máu cơ tim, đặt bóng đối xung. Con gái [[N:Kim Ji-woo]] ở khách sạn, số [[P:+82 10 4471 2093]].
Giường 2: BN [[N:Đinh Văn Hòa]], viêm phổi thở máy. Hòa bình ca đêm, SpO2 96%.
Giường 3: BN [[N:Y Bhiăng Niê]] (Ê Đê), ngộ độc thuốc diệt cỏ. Vợ chị [[N:H'Zim Ayun]], em trai [[N:Y Thơ Niê]].
Người giao: BS [[N:Trần Đình Phú]], ĐD [[N:Lê Hồng Nhạn]]. Người nhận: BS [[N:Ngô Quốc Đạt]], ĐD [[N:Hà Thị Yên]].`,
  `Nhóm "Nhà thuốc Minh Châu - khách quen"
DS [[N:Trần Minh Châu]]: Chú [[N:Sáu Sang]] ơi, thuốc huyết áp của chú về rồi nha.
[[N:Sáu Sang]]: Ừ con. Mai chú ghé. Bà xã chú là cô [[N:Hai Lành]] cũng hết thuốc tiểu đường.
DS [[N:Trần Minh Châu]]: Dạ con để sẵn Metformin cho cô [[N:Hai]]. Chú nhớ đo huyết áp nha.
[[N:Phạm Thanh Tâm]]: Chị [[N:Châu]] ơi có Augmentin không? Bé [[N:Su Su]] nhà em viêm tai.
DS [[N:Trần Minh Châu]]: Có em, nhưng phải có toa bác sĩ. Em đưa bé khám bác sĩ [[N:Lý]] ở trạm y tế nha.`,
  `Nhóm "Đoàn khám bệnh tình nguyện - Sóc Trăng"
[[N:Nguyễn Quang Minh]] (trưởng đoàn): Sáng nay khám ở chùa Som Rông. Danh sách bác sĩ: [[N:Phương]], [[N:Thiện]], [[N:Diệu Linh]].
Sư cả [[N:Lâm Sóc Kha]]: Chùa chuẩn bị nước, phiên dịch là thầy [[N:Thạch Sang]].
[[N:Diệu Linh]]: Bà [[N:Thị Nhăm]] 80 tuổi đục thủy tinh thể, cháu bà là [[N:Danh Thương]] đăng ký mổ ở BV Mắt.
[[N:Thiện]]: Ông [[N:Kim Sol]] tăng huyết áp, cho thuốc 1 tháng. Con trai ông, [[N:Kim Vũ Phong]], ký nhận.
[[N:Nguyễn Quang Minh]]: Thiện nguyện vất vả nhưng vui. Cảm ơn thầy [[N:Sang]].`,
  `Messenger - hỏi bác sĩ da liễu
[[N:Bảo Hân]]: Bác sĩ ơi, em bị nổi mẩn sau khi uống thuốc kháng sinh.
BS [[N:Hồ Ngọc Lan Anh]]: Em uống thuốc gì, ai kê đơn cho em?
[[N:Bảo Hân]]: Dạ Cefuroxim, bác sĩ [[N:Thắng]] ở phòng khám gần nhà kê.
BS [[N:Hồ Ngọc Lan Anh]]: Ngưng thuốc ngay, uống Cetirizin. Nếu sưng môi, khó thở thì vào Cấp cứu.
[[N:Bảo Hân]]: Dạ. Chị gái em là [[N:Ngọc Trâm]] cũng dị ứng thuốc này.
BS [[N:Hồ Ngọc Lan Anh]]: Có thể do di truyền. Em với chị [[N:Trâm]] ghi vào sổ dị ứng nhé.`,
  `Zalo "Bảo vệ - ĐD trực đêm tòa B"
Bảo vệ [[N:Cấn Văn Đức]]: Có anh thanh niên say rượu xưng là anh của BN [[N:Mẫn]] phòng 305, đòi vào thăm.
ĐD [[N:Nguyễn Thu Thảo]]: BN [[N:Lê Thị Mẫn]] không có người nhà tên đó. Anh ghi tên giúp em.
Bảo vệ [[N:Cấn Văn Đức]]: Ảnh xưng [[N:Lê Văn Tèo]], CCCD [[ID:001203014572]].
ĐD [[N:Nguyễn Thu Thảo]]: Chị [[N:Mẫn]] nói không quen. Anh mời ra giúp em.
Bảo vệ [[N:Phan Văn Toàn]]: [[N:Đức]] ơi để anh hỗ trợ. Tòa B an ninh ổn rồi.`,
  `Nhóm "Gia đình bé [[N:Tôm]] - sơ sinh non tháng"
Mẹ [[N:Tôm]] ([[N:Kiều Trang]]): Nay bé [[N:Tôm]] lên 1,5 kg rồi cả nhà ơi!
Bà nội ([[N:Nguyễn Thị Nụ]]): Tạ ơn trời phật. Bác sĩ [[N:Hạnh]] nói bao giờ được về?
Bố [[N:Tôm]] ([[N:Vĩnh Phúc]]): Bác sĩ [[N:Hạnh]] bảo 2 tuần nữa nếu bé bú tốt. Hạnh phúc quá mẹ ạ.
Cô út [[N:Tuyết]]: Nhà mình đặt tên khai sinh cho bé chưa anh [[N:Phúc]]?
Bố [[N:Tôm]] ([[N:Vĩnh Phúc]]): Tên [[N:Nguyễn Vĩnh An]], An toàn bình an. Giấy chứng sinh số [[R:0418/GCS]].`,
  `Nhóm "Khoa Nội tiết - giáo dục bệnh nhân"
ĐD [[N:Mạc Thị Thu Hương]]: Chiều nay lớp tiêm Insulin. Mời bà [[N:Trần Thị Hạnh]], ông [[N:Lê Văn Phúc]], anh [[N:Sùng A Páo]], chị [[N:Nguyễn Thị Ánh Tuyết]].
[[N:Lê Văn Phúc]]: Tôi mù chữ, cho con trai là [[N:Lộc]] đi thay được không?
ĐD [[N:Mạc Thị Thu Hương]]: Dạ được bác, bác đi cùng anh [[N:Lộc]] luôn ạ. Anh [[N:Páo]] cần phiên dịch tiếng Mông không?
[[N:Sùng A Páo]]: Không cần chị, tôi hiểu.
ĐD [[N:Mạc Thị Thu Hương]]: Tốt quá. Mọi người nhớ mang bút tiêm, Lantus hoặc Mixtard.`,
  `Nhóm "Trạm y tế [[A:xã Tân Phú Đông]] - [[A:ấp 3]]" (miền Tây)
[[N:Võ Thị Bé Sáu]] (YS): Sáng nay [[A:ấp 3]] có 2 người bị chó cắn: ông [[N:Tư Sáng]] và con [[N:Tí]] nhà chị [[N:Hồng]].
[[N:Lê Hữu Nghĩa]] (trưởng trạm): Chó nhà ai vậy [[N:Sáu]]? Đã tiêm vắc xin dại chưa?
[[N:Võ Thị Bé Sáu]]: Chó nhà ông [[N:Ba Bình]], chưa tiêm. Em chuyển 2 người lên TTYT huyện tiêm Verorab.
[[N:Lê Hữu Nghĩa]]: Báo ông [[N:Ba Bình]] nhốt chó theo dõi 10 ngày. Tư vấn bà con đừng đắp thuốc nam.`,
  `nhom ban than (messenger)
[[N:Khanh Vy]]: tui nhap vien roi, soi than
[[N:Bao Tran]]: troi, bv nao ma
[[N:Khanh Vy]]: bv Binh Dan, bs [[N:Tuan]] khoa Nieu. mai tan soi
[[N:Bao Tran]]: binh thuong ma u uong nuoc it qua. de tui voi [[N:Hieu]] toi tham
[[N:Hieu Le]]: t dem chao cho, [[N:Vy]] an dc ko
[[N:Khanh Vy]]: an dc. me tui la co [[N:Hong]] dang o day
[[N:Bao Tran]]: =)) ok chieu 4h nha`,
  `Hội chẩn qua Zalo - Bệnh viện huyện với tuyến tỉnh
BS [[N:Hà Văn Chiến]] (BV [[A:huyện Mường Lát]]): Bệnh nhân [[N:Lò Văn Hặc]] (Thái) 45 tuổi, đau bụng, sốt, bạch cầu 18 G/L, nghi viêm ruột thừa vỡ.
BS [[N:Lê Trọng Nghĩa]] (BV tỉnh Thanh Hóa): Siêu âm thế nào [[N:Chiến]]?
BS [[N:Hà Văn Chiến]]: Có dịch hố chậu phải. Vợ bệnh nhân là chị [[N:Lò Thị Ún]], không đủ tiền xe.
BS [[N:Lê Trọng Nghĩa]]: Mổ tại chỗ được không? Anh [[N:Phạm Ngọc Quang]] gây mê có ở đó?
BS [[N:Hà Văn Chiến]]: Có anh [[N:Quang]]. Em mổ ngay, có gì báo lại thầy [[N:Nghĩa]].`,
  `Ghi chú giao ca khoa Phục hồi chức năng
- Anh [[N:Bùi Quang Vinh]]: liệt nửa người phải sau đột quỵ, tập đi với khung. Vinh dự mà, tự đi được 10 m.
- Cháu [[N:Lê Hoàng Bảo]] (bại não) với mẹ [[N:Duyên]]: tập ngồi, chị [[N:Duyên]] cần được hướng dẫn thêm.
- Bà [[N:Cù Thị Ly]]: sau thay khớp gối, đau nhiều, KTV [[N:Khổng Văn Tài]] giảm cường độ tập.
- Ông [[N:Hồng]] (chỉ ghi tên thường gọi), tổn thương tủy, ngồi xe lăn.
Giao: KTV [[N:Phùng Minh]]. Nhận: KTV [[N:Thùy Linh]].`,
  `Nhóm "Đồng hương Thừa Thiên Huế ở Sài Gòn"
[[N:Tôn Nữ Hoàng Yến]]: Bà con ơi, mệ [[N:Nhơn]] bên Gò Vấp mới nhập Bệnh viện Thống Nhất, ai rảnh ghé thăm mệ nghe.
[[N:Công Tằng Tôn Nữ Diệu]]: Mệ [[N:Nhơn]] là mạ của o [[N:Thủy]] phải không chị?
[[N:Tôn Nữ Hoàng Yến]]: Đúng rồi. O [[N:Thủy]] đi Úc chưa về, eng [[N:Khải]] con mệ đang trông.
[[N:Nguyễn Phước Bửu Long]]: Chiều ni tui ghé, mang chè bột lọc cho mệ.
[[N:Tôn Nữ Hoàng Yến]]: Cảm ơn anh [[N:Bửu Long]]. Mệ thích chè mà bác sĩ [[N:Huy]] dặn kiêng đường đó.`,
  `Nhóm "Giám sát dịch - Khánh Hòa"
[[N:Võ Hồng Sơn]] (CDC): Ca cúm A/H5N1 nghi ngờ: anh [[N:Đặng Văn Quới]], [[A:thôn Phú Thọ, xã Ninh Đông]], nuôi gà.
[[N:Tạ Thị Bích Vân]] (TTYT Ninh Hòa): Vợ anh [[N:Quới]] là chị [[N:Lê Thị Sương]] và 2 con [[N:Bảo]], [[N:Bình]] đã lấy mẫu.
[[N:Võ Hồng Sơn]]: Sơn phết chuồng trại tiêu độc ngay. [[N:Vân]] gửi mẫu về Viện Pasteur Nha Trang.
[[N:Tạ Thị Bích Vân]]: Dạ, mẫu số [[R:NH-25-0412]] đến [[R:NH-25-0415]]. Hàng xóm ông [[N:Tám Khoa]] cũng có gà chết.`,
  `Tin nhắn giữa 2 bác sĩ nội trú
[[N:Quỳnh]]: [[N:Trí]] ơi, sáng nay thầy [[N:Nguyễn Gia Bình]] hỏi bệnh án bà [[N:Tống Thị Lựu]] chưa làm xong à?
[[N:Trí]]: Xong rồi, để ở phòng giao ban. Bà [[N:Lựu]] bị Guillain-Barré, thầy chắc hỏi về lọc huyết tương.
[[N:Quỳnh]]: Ừ. Cô [[N:Hằng]] cũng hỏi bệnh nhân Lupus của tớ, chị [[N:Phí Thị Diệu]].
[[N:Trí]]: Mai giao ban nhớ mang phim CT của chị [[N:Diệu]]. Tớ trực nên tớ nhờ [[N:Mạnh]] cầm hộ.`,
  `WeChat - phiên dịch tiếng Trung, BV Lào Cai
[[N:Hoàng Tiểu Mai]] (phiên dịch): Bệnh nhân [[N:LIU YANG]] ([[N:刘洋]]), lái xe tải Trung Quốc, đau ngực từ 3h sáng.
BS [[N:Vũ Thế Anh]]: Điện tim ST chênh lên. Hỏi xem anh ấy có bệnh gì trước không.
[[N:Hoàng Tiểu Mai]]: Anh [[N:Liu]] có tăng huyết áp, uống thuốc không đều. Công ty cử anh [[N:Zhang Wei]] sang, số [[P:+86 139 0871 4426]].
BS [[N:Vũ Thế Anh]]: Chuyển can thiệp mạch vành. Hộ chiếu anh [[N:Liu]]?
[[N:Hoàng Tiểu Mai]]: Số [[PP:EA3390127]], em đã gửi phòng Tài chính chị [[N:Giang]].`,
  `Nhóm "Chăm sóc giảm nhẹ tại nhà"
ĐD [[N:Mai Hương]]: Chiều nay em qua nhà cô [[N:Trịnh Thị Xuân Mai]], đau nhiều, cần chỉnh Morphin.
BS [[N:Đào Thị Mai]]: Mai chị qua cùng em được không? Hôm nay chị họp.
ĐD [[N:Mai Hương]]: Dạ mai cũng được chị. Chồng cô là chú [[N:Kha]], con gái [[N:Bích]] vừa từ Đức về.
BS [[N:Đào Thị Mai]]: Nhắn [[N:Bích]] chuẩn bị danh sách thuốc đang dùng. Nhà cô ở [[A:số 9 kiệt 27 Chi Lăng, phường Phú Hiệp]] đúng không?
ĐD [[N:Mai Hương]]: Đúng chị.`,
  `Hand-over (English, ward 5, international hospital)
Nurse [[N:Vanessa Cruz]]: Bed 1, Mr [[N:Robert HARRIS]], 72, COPD exacerbation, his daughter [[N:Emily]] calls every night.
Nurse [[N:Đặng Thu Hiền]]: Noted. Bed 2?
Nurse [[N:Vanessa Cruz]]: Bed 2 is Mrs [[N:Nguyễn Thị Lan]], Vietnamese, post-op hip, speaks little English. Her son [[N:Toàn]] translates.
Nurse [[N:Đặng Thu Hiền]]: OK. Dr [[N:Patel]] rounds at 8. Tomorrow morning [[N:Toàn]] brings her glasses.
Nurse [[N:Vanessa Cruz]]: Thanks [[N:Hiền]].`,
  `Nhóm Facebook Messenger "Cộng đồng bệnh nhân Thalassemia"
[[N:Ngọc Diễm Trương]]: Mọi người ơi, con em bé [[N:Cà Rốt]] tuần này truyền máu ở Viện Huyết học, ai đi cùng ngày không?
[[N:Hằng]] Mẹ [[N:Sóc]]: Mẹ con chị thứ 4. Bé [[N:Sóc]] nhà chị sắt huyết thanh cao, bác sĩ [[N:Bạch Quốc Khánh]] cho thải sắt.
[[N:Tuấn Anh Phạm]]: Em là bố bé [[N:Sumo]], em muốn hỏi chỗ làm hồ sơ miễn viện phí.
[[N:Ngọc Diễm Trương]]: Anh [[N:Tuấn Anh]] lên tầng 2, gặp cô [[N:Thoa]] công tác xã hội. Nhớ mang thẻ BHYT [[BH:TE1010123456789]] của bé.
[[N:Hằng]] Mẹ [[N:Sóc]]: Trang hội ở [[U:facebook.com/groups/thalas.vn.hotro]] có hướng dẫn đó anh.`,
  `Zalo "TYT [[A:xã Ba Điền]] - Hrê"
[[N:Đinh Thị Hương]] (YS): Cháu [[N:Đinh Văn Ước]] 4 tuổi ở [[A:thôn Làng Teng]] sốt, ho 5 ngày, thở nhanh.
[[N:Phạm Văn Sáu]] (trưởng trạm): Mẹ cháu là ai [[N:Hương]]? Có đưa xuống được không?
[[N:Đinh Thị Hương]]: Mẹ là chị [[N:Đinh Thị Bé]], ba là anh [[N:Đinh Văn Blăng]], nhà xa 8 km.
[[N:Phạm Văn Sáu]]: Sáu giờ sáng mai anh mượn xe ông [[N:Phạm Văn Hùng]] trưởng thôn đi đón. Viêm phổi trẻ nhỏ là không chờ được.
[[N:Đinh Thị Hương]]: Dạ, em gọi chị [[N:Bé]] qua số [[P:0347 229 501]].`,
  `Bàn giao ca đêm - Khoa Nội tổng hợp, Bệnh viện Đa khoa tỉnh Lào Cai (ghi giọng nói, đã sửa lỗi)
"Chị [[N:Vàng Thị Giang]] giao em [[N:Lù Văn Minh]] nhé. Giường một ông [[N:Hoàng Seo Páo]] người Giáy, xơ gan, hôm nay đi ngoài phân đen, đã báo bác sĩ [[N:Nguyễn Hữu Thọ]]. Con trai ông là [[N:Hoàng Văn Sử]], chứng minh nhân dân số [[CM:063418207]], ký cam kết truyền máu. Giường hai bà [[N:Lồ Thị Chía]] người Mông, lao phổi, đang chờ chuyển Bệnh viện Phổi. Giường ba chị [[N:Pờ Thị Mơ]] người Hà Nhì, viêm phổi, phiên dịch là anh [[N:Chu Thế Cường]] ở [[A:xã Y Tý]]. Giường bốn anh [[N:Thèn Văn Lìn]] người Nùng Dín, đau thượng vị. Hết."`,
  `KakaoTalk / Zalo - phiên dịch Hàn tại BV Đa khoa Quốc tế
[[N:Choi Min-seo]] ([[N:최민서]]): 안녕하세요. Chồng tôi [[N:Jung Dae-hyun]] ([[N:정대현]]) sốt 39 độ từ tối qua.
Phiên dịch [[N:Nguyễn Hà Vy]]: Chị [[N:Min-seo]] đưa anh [[N:Jung]] vào Cấp cứu, em báo bác sĩ [[N:Dương Quốc Việt]].
[[N:Choi Min-seo]]: Passport của anh ấy [[PP:M71823054]]. Con gái [[N:Ha-eun]] cũng ho.
BS [[N:Dương Quốc Việt]]: Nghi cúm. Làm test nhanh cho cả anh [[N:Jung]] và bé [[N:Ha-eun]].
Phiên dịch [[N:Nguyễn Hà Vy]]: Dạ. Công ty của anh [[N:Jung]] là LG Display, quản lý [[N:Kang Ho-sik]] sẽ bảo lãnh viện phí.`,
  `nhom zalo "it benh vien" (sự cố hệ thống)
[[N:duy khanh]] (IT): may chu HIS o khoa Cap cuu mat ket noi, ip [[IP:10.20.31.47]]
[[N:Phạm Thu Hà]] (KHTH): [[N:Khánh]] ơi bệnh nhân [[N:Trần Văn Lộc]] đang chờ in phiếu, số vào viện [[R:CC2509-004417]].
[[N:duy khanh]] (IT): e dang restart, 5p nua chi [[N:ha]] oi
[[N:Lộc Phan]] (IT trưởng): [[N:Khánh]] kiểm tra switch tầng 2, anh qua ngay. Mạng hỏng suốt.
[[N:Phạm Thu Hà]]: Dạ anh [[N:Lộc]]. Cấp cứu đang ghi tay tạm.`,
  `Nhóm Zalo "Mẹ con phòng 12 - Khoa Sơ sinh" (Nam Bộ)
[[N:Út Mập]]: Mấy chị ơi thằng Cu [[N:Tèo]] nhà em hết vàng da rồi, mai xuất viện!
[[N:Kim Thoa]]: Mừng quá em. Bé [[N:Gạo]] nhà chị còn chiếu đèn. Cô [[N:Tư Huệ]] điều dưỡng nói chắc 2 bữa nữa.
[[N:Út Mập]]: Cô [[N:Tư]] dễ thương lắm. Chị nhớ hỏi bác sĩ [[N:Sang]] chuyện chích ngừa viêm gan B nha.
[[N:Danh Thị Ngọc Hân]]: Em mới vô, bé nhà em tên [[N:Danh Thị Kim Ngân]], sinh non. Ở đây có ai người Khmer không chị?
[[N:Kim Thoa]]: Chị nè, chồng chị là [[N:Thạch Sô Ranh]]. Có gì em nhắn chị nha.`,
  `Tin nhắn SMS - theo dõi lao
TTYT: Kinh gui [[N:Nguyen Van Quang]]. Ban da bo lieu thuoc lao 3 ngay. Vui long den tram y te [[A:xa Hai Thuong]] gap YS [[N:Le Thi Minh]] truoc [[D:25/9]].
Tra loi: Toi dang di lam o Binh Duong, vo toi la [[N:Thao]] lay thuoc thay duoc khong
TTYT: Duoc. Chi [[N:Thao]] mang CCCD [[ID:045187005321]] cua anh va so dieu tri lao so [[R:L25-0318]].`,
  `Nhóm "Gia đình ôn mệ" (Quảng Trị - Huế)
Mệ [[N:Diệu]]: Tụi bay ơi, ôn [[N:Bốn]] lên cơn hen, mệ gọi o [[N:Hà]] chở vô viện rồi.
O [[N:Hà]]: Ôn nằm khoa Hô hấp bệnh viện Trung ương Huế. Bác sĩ [[N:Lê Văn Ân]] cho xông rồi.
[[N:Hồ Đăng Khoa]]: Dạ con ở Đà Nẵng, chiều con ra với ôn. Dì [[N:Mười]] có ra không o?
O [[N:Hà]]: Dì [[N:Mười]] đau chân. Ân cần lắm đó, bác sĩ [[N:Ân]] dặn ôn bỏ thuốc lào.
Mệ [[N:Diệu]]: Ôn không bỏ đâu. [[N:Khoa]] nói ôn nghe may ra.`,
];
