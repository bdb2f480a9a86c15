// Hand-written annotated TRAINING texts for the PERSON labeller, in chat and hand-over form
// (markup.ts; NAME spans are what matters for training, the other kinds are annotated for
// completeness). Written for training in round 13 by a helper who read only
// libs/deid/src/eval/markup.ts, libs/deid/src/train/corpus.ts and the header comments of
// heldout9/index.ts and heldout10/index.ts (the conventions) — no held-out text, no detector
// source. Not evaluation data. All people, numbers and addresses are invented (place names are
// real units, used freely). Genres: Zalo / Messenger / WhatsApp / SMS ward groups, night-duty
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
[[N:Cu Tý]]: Con xin nghỉ học chiều ni đi với ông nội nha.
Eng [[N:Thắng]]: Thôi mi đi học, có eng với ả [[N:Hương]] rồi.
Mạ: Nhớ mang thẻ bảo hiểm của bọ, số [[BH:HT2404012345678]], với căn cước nữa nghe.`,
  `Messenger - Gia đình ba [[N:Tư]]
[[N:Út Hiền]]: Anh [[N:Hai]] ơi, ba [[N:Tư]] xỉu ở ngoài ruộng, em chở ra trạm y tế [[A:xã Long Hậu]] rồi.
Anh [[N:Hai Lộc]]: Trời, ba có sao hông? Chị [[N:Ba Mến]] đang ở Cần Thơ, để anh gọi.
Chị [[N:Ba Mến]]: Út ơi, đường huyết ba bao nhiêu? Ba bỏ thuốc tiểu đường cả tuần rồi đó.
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
[[N:Sanne Hendriks]]: Pieter had fever again last night, 38.6. Should we go to Emergency?
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
Thím [[N:Năm]]: Có rồi. Con [[N:Bé Hai]] nhà thím theo xe luôn.`,
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
Bố [[N:Tin]]: Thủy nào em? Thủy đậu lây không chị?
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
Mệ [[N:Đào]]: Rứa tốt rồi. Nói mạ mi kiêng bưng nước, kiêng cúi nghe. Con [[N:Cu Bi]] khỏi sốt chưa?
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
[[N:Lê Thị Thu]] (trưởng trạm): Mùa thu năm nay dịch sởi quay lại. Danh sách trẻ chưa tiêm: cháu [[N:Bé Mon]] (con chị [[N:Hà]] [[A:khu phố 4]]), cháu [[N:Minh Nhật]], cháu [[N:Tôm]] nhà anh [[N:Tuấn]] làm biển.
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
];
