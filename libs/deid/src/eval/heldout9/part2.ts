// Held-out set 9, documents 13–24 (see index.ts for the conventions): a Mekong-delta paper in
// southern speech with Khmer names, a Cơ Tu radio script, an English hospital release about a
// Korean patient, a health call-in show transcript, a court report on health-insurance fraud,
// a Huế obituary, a children's hospital fan page (Bahnar family), an appeal to find a casualty's
// relatives, an unaccented lower-case charity post, migrant workers in Korea, a news digest,
// a local TV report with initials only. Written blind.
export const PART2: Array<[string, string]> = [
  // 13
  [
    'news',
    `Cà Mau: Rắn hổ đất cắn, người đàn ông Khmer được cứu sống sau 6 ngày thở máy
(Báo Cà Mau) Tối [[D:21-6]], ông [[N:Danh Sà Rết]] (54 tuổi, ngụ [[A:ấp Tân Hưng, xã Tân Hưng Đông, huyện Cái Nước]]) đi soi ếch ngoài ruộng thì bị rắn hổ đất cắn vô cổ chân.
"Ổng về nhà còn nói cười, nói để đắp thuốc nam. Tới khuya thấy ổng sụp mí, nói đớ, tui mới kêu thằng [[N:Út]] chở đi", bà [[N:Thị Sa Vên]], vợ ông, kể.
Ông được chuyển đến Bệnh viện Đa khoa Cà Mau trong tình trạng liệt cơ hô hấp. BS.CKI [[N:Lý Thanh Phong]], khoa Hồi sức tích cực, cho biết bệnh nhân được đặt nội khí quản, thở máy và dùng 10 lọ huyết thanh kháng nọc rắn hổ đất. Ngày [[D:27/6]] ông được rút ống, ngày [[D:2/7]] ra viện.
Hàng xóm là anh [[N:Sơn Thanh Tùng]] nói: "Năm rồi ở ấp này cũng có cháu [[N:Thạch Ngọc Hân]] bị rắn lục cắn, may đi kịp."
Ông [[N:Danh]] nhà nghèo, có 5 người con; con trai út là [[N:Danh Văn Út]] đang học lớp 9 ở Trường THCS [[A:thị trấn Cái Nước]].
Bạn đọc muốn giúp đỡ xin liên hệ ông [[N:Lâm Văn Mến]], Trưởng [[A:ấp Tân Hưng]], ĐT [[P:0945 381 720]], hoặc phóng viên [[N:Huỳnh Lâm]], ĐT [[P:0916.288.053]].
Ảnh: Ông [[N:Sà Rết]] (giữa) cùng vợ và con trai [[N:Út]] ngày ra viện – [[N:H.L]]`,
  ],
  // 14
  [
    'radio-script',
    `ĐÀI TRUYỀN THANH – TRUYỀN HÌNH [[A:HUYỆN TÂY GIANG]]
Phóng sự phát ngày [[D:16/5]]: "Người y sĩ vượt rừng ở [[A:xã A Xan]]"
Nhạc hiệu lên – hạ nền.
Lời bình: Bốn giờ sáng, y sĩ [[N:Bh'riu Thị Liên]] đã đeo ba lô thuốc rời Trạm Y tế [[A:xã A Xan]]. Hôm nay chị phải vào [[A:thôn Ríh – Dô]] để tiêm vắc xin cho 23 cháu nhỏ.
Tiếng động hiện trường: suối chảy.
Phỏng vấn chị [[N:Liên]]: "Mùa mưa thì em ngủ lại nhà già làng [[N:Clâu Nhấp]] luôn, đường trơn không về được."
Lời bình: Tháng trước, đêm [[D:24 tháng 4]], cháu [[N:Alăng Thị Xuân]], 3 tuổi, con anh [[N:Alăng Bhơ]] và chị [[N:Zơrâm Thị Mai]], sốt cao co giật. Chị [[N:Liên]] cùng anh [[N:Bríu Pố]] – công an viên – cõng cháu 7 km ra trạm. Cháu được chuyển về Trung tâm Y tế huyện rồi ra Bệnh viện Đa khoa Trung ương Quảng Nam.
Phỏng vấn anh [[N:Alăng Bhơ]] (tiếng Cơ Tu, lồng tiếng): "Không có cô [[N:Liên]] thì con tôi không còn."
Lời bình: Bác sĩ [[N:Arất Blưu]], Giám đốc Trung tâm Y tế [[A:huyện Tây Giang]], cho biết cả huyện chỉ có 10 trạm y tế, nhiều thôn cách trạm trên 15 km.
Phóng viên [[N:Ating Thị Hồng]] – kỹ thuật [[N:Pơloong Rét]] thực hiện.`,
  ],
  // 15
  [
    'english-release',
    `PRESS RELEASE — Lotus International Medical Centre, [[A:District 7]], HCMC
For immediate release · [[D:24 February 2025]]
Korean tourist saved from major stroke with thrombectomy within 90 minutes
A 63-year-old Korean visitor, Mr. [[N:Park Jung-ho]] (박정호), collapsed at a restaurant on [[A:Nguyen Duc Canh Street, Tan Phong Ward]] on the evening of [[D:Feb. 21]]. His wife, Mrs. [[N:Lee Mi-sook]] (이미숙), noticed his face drooping and called the front desk of their hotel.
Hotel manager [[N:Tran Bao Ngoc]] and a Vietnamese-Korean interpreter, [[N:Kim Ha-eun]], accompanied him to the emergency department, where Dr. [[N:Ho Minh Quan]] recorded an NIHSS score of 18.
CT angiography confirmed a left middle cerebral artery occlusion. Interventional neuroradiologist Dr. [[N:Lam Quoc Viet]] removed the clot; door-to-groin time was 62 minutes.
"I cannot express how grateful we are," Mrs. [[N:Lee]] said. Their son, [[N:Park Seung-woo]], flew in from Busan on [[D:Feb 22]].
Mr. [[N:Park]] was discharged on [[D:28/2/2025]] and returned to Korea accompanied by a nurse arranged by his travel insurer (claim no. [[R:KB-TRV-2502-118374]]).
Media contact: [[N:Nguyen Thi Thu Thao]], Communications, [[P:+84 28 5411 3377]] ext. 112, [[E:thao.nguyen@lotusimc.vn]]
Family contact (with consent): [[P:+82 10-4721-8853]]`,
  ],
  // 16
  [
    'talkshow',
    `CHƯƠNG TRÌNH "BÁC SĨ TRẢ LỜI" – VOV GIAO THÔNG – phát trực tiếp thứ Năm, [[D:10/4]]
Khách mời: PGS.TS [[N:Đoàn Thu Hà]], Trưởng khoa Nội tiết – Đái tháo đường.
Dẫn chương trình ([[N:Minh Hằng]]): Chào chị [[N:Hà]]. Chúng ta có cuộc gọi đầu tiên ạ. Alo, xin mời!
Thính giả: Alo, em là [[N:Vân]] ở [[A:xã Vũ Lăng, huyện Tiền Hải]], Thái Bình. Bố em năm nay 69, bị tiểu đường mười năm, tháng trước bị hoại tử ngón chân, mổ ở huyện rồi, giờ đường huyết vẫn 15 …
PGS [[N:Hà]]: Chị cho tôi hỏi bác đang dùng thuốc gì?
Thính giả: Dạ, Metformin 850 ngày 2 viên với tiêm Mixtard 30/70, sáng 20 tối 14 ạ.
PGS [[N:Hà]]: … (tư vấn)
Dẫn chương trình: Cuộc gọi tiếp theo, anh [[N:Thắng]] ở [[A:phường Đông Hòa, TP Dĩ An]], mời anh.
Thính giả [[N:Thắng]]: Chị ơi em hỏi giùm ông già vợ em, ông [[N:Sáu Cọp]] ở Bến Tre, 80 tuổi rồi …
Dẫn chương trình: Vâng, xin lỗi anh [[N:Thắng]], đường truyền bị ngắt. Biên tập viên [[N:Quang Huy]] sẽ gọi lại cho anh theo số [[P:0967 402 155]] anh để lại.
Dẫn chương trình: Một tin nhắn từ số máy đuôi 318: "Em [[N:Ngọc Bích]], mẹ em vừa đo HbA1c 9,2% …"
Kết thúc: Quý vị có câu hỏi gửi về hộp thư [[E:bacsitraloi.vov@gmail.com]] hoặc Zalo của chương trình: [[P:0834 112 900]] (chị [[N:Hằng]]).`,
  ],
  // 17
  [
    'court',
    `TRỤC LỢI QUỸ BẢO HIỂM Y TẾ: NGUYÊN KẾ TOÁN PHÒNG KHÁM LÃNH 7 NĂM TÙ
(Báo Công an) Ngày [[D:9.10.2025]], TAND tỉnh Bắc Giang xét xử [[N:Ngô Thị Huyền Trang]] (SN 1990, trú [[A:thôn Tân Sơn, xã Song Mai, TP Bắc Giang]]), nguyên kế toán Phòng khám đa khoa Thiện Tâm, về tội "Gian lận bảo hiểm y tế".
Theo cáo trạng, từ [[D:tháng 3/2021]] đến [[D:tháng 8/2023]], [[N:Trang]] đã dùng thông tin thẻ BHYT của 1.204 người dân để lập khống hồ sơ khám bệnh. Trong số đó có thẻ [[BH:GD4242421356710]] của cháu [[N:Nguyễn Đức Minh]] (học sinh), thẻ [[BH:HT 3 24 2420 093 117]] của bà [[N:Thân Thị Sửu]] và thẻ [[BH:CK2242421887045]] của ông [[N:Hà Văn Lộc]].
Bà [[N:Sửu]], 79 tuổi, có mặt tại tòa, nói: "Tôi có đi khám ở đấy đâu mà thấy tên tôi khám 14 lần."
Quá trình điều tra, Cơ quan CSĐT đã thu giữ 2 USB, 1 máy tính và sổ ghi chép có thông tin CCCD của nhiều người, như số [[ID:024190007361]] và [[ID:024 085 013 528]].
Giám đốc phòng khám là bác sĩ [[N:Lương Văn Cường]] khai không biết việc làm của [[N:Trang]]; Cơ quan điều tra tách hành vi của ông [[N:Cường]] để xử lý sau (Quyết định số [[R:56/QĐ-CSKT]] ngày [[D:14/02/2025]]).
Tòa tuyên phạt [[N:Ngô Thị Huyền Trang]] 7 năm tù, buộc nộp lại hơn 2,1 tỷ đồng. Luật sư bào chữa: [[N:Nguyễn Khắc Thành]] (Đoàn Luật sư tỉnh Bắc Giang), thẻ luật sư số [[L:12947/LS]].
[[N:Phạm Thúy]]`,
  ],
  // 18
  [
    'obituary',
    `CÁO PHÓ
Gia đình chúng tôi đau đớn báo tin:
Mệ [[N:TÔN NỮ THỊ LỆ HẰNG]] – Pháp danh [[N:Tâm Hoa]]
Sinh năm 1929 tại [[A:làng Kim Long]]. Nguyên giáo viên trường Đồng Khánh.
Đã mãn phần lúc 4 giờ 30 sáng [[D:20-12-2025]] (nhằm [[D:mùng 1 tháng 11 năm Ất Tỵ]]), tại tư gia [[A:kiệt 48 Nguyễn Phúc Nguyên, phường Kim Long]], TP Huế. Hưởng thượng thọ [[AGE:97]] tuổi.
Lễ thành phục: 15 giờ ngày [[D:21/12]]. Lễ động quan: 7 giờ sáng [[D:23/12]] (nhằm [[D:mùng 4 tháng Mười Một]]), an táng tại nghĩa trang gia tộc [[A:làng Nguyệt Biều]].
Tang chủ:
- Trưởng nam: [[N:Nguyễn Phúc Bửu Lộc]] – dâu [[N:Hồ Thị Thanh Tâm]]
- O [[N:Nguyễn Phúc Tôn Nữ Diệu Hương]] (Canada) – rể [[N:Pierre Lavoie]]
- O [[N:Tôn Nữ Diệu Hiền]] (tức o [[N:Bé]]) – rể [[N:Lê Văn Cẩn]]
- Út nam: [[N:Nguyễn Phúc Bửu Châu]] (đã mất)
Cùng các cháu chắt nội ngoại.
Miễn phúng điếu. Liên lạc: [[N:Bửu Lộc]] [[P:0234 3525 811]] – o [[N:Hiền]] [[P:0905 660 742]].`,
  ],
  // 19
  [
    'fanpage',
    `Trang: Bệnh viện Đa khoa tỉnh Kon Tum · [[D:18 tháng 1]] ·
👶 "BÉ Y HOA" ĐÃ VỀ VỚI [[A:LÀNG KON KLOR]] 👶
Chào cả nhà! Còn nhớ bé sinh non 28 tuần, nặng 900 gram, mẹ là chị [[N:Y Nhiên]] (người Bahnar, 17 tuổi) sinh rơi trên đường đi rẫy ngày [[D:12/10/2024]] không ạ?
Sau gần 100 ngày nằm lồng ấp số 4 khoa Sơ sinh, hôm nay bé [[N:Y Hoa]] đã nặng 2,3 kg và được xuất viện 🥰
Bố bé là anh [[N:A Blui]] chia sẻ: "Cảm ơn cô [[N:Hạnh]], cô [[N:Trâm]], bác sĩ [[N:Tùng]]. Lúc đầu mình sợ lắm, muốn đưa con về làng."
Người giúp đỡ gia đình suốt thời gian qua là bà [[N:Y Khuyên]] (bà ngoại) và chị [[N:Đinh Thị Hlen]], nhân viên công tác xã hội.
ĐD trưởng [[N:Lê Thị Bích Hạnh]]: "Mẹ bé học được cách chăm con kangaroo. Giờ chị [[N:Nhiên]] còn dạy lại cho mấy mẹ khác trong phòng."
Bé sẽ tái khám vào [[D:15-2]] tại phòng khám Nhi (phòng 108).
Bài, ảnh: [[N:Phương Thảo]] – Tổ truyền thông.
💬 [[N:Y Lương]]: Bé dễ thương quá, [[A:làng Kon Klor]] mình vui lắm
💬 [[N:Nguyễn Khải]]: BS [[N:Tùng]] khoa Sơ sinh quá tuyệt vời`,
  ],
  // 20
  [
    'police',
    `THÔNG BÁO TÌM THÂN NHÂN NGƯỜI BỊ NẠN
Bệnh viện Đa khoa khu vực Củ Chi phối hợp Công an [[A:xã Tân Thạnh Đông]] thông báo:
Vào lúc 22h10 ngày [[D:15/3/2025]], tại [[A:đường Tỉnh lộ 15, ấp 3, xã Tân Thạnh Đông, huyện Củ Chi]] xảy ra tai nạn giữa xe máy biển số [[VP:59-X3 274.18]] và xe container biển số [[VP:51D-411.06]] do tài xế [[N:Lưu Văn Tấn]] (GPLX hạng FC số [[L:790156882310]]) điều khiển.
Người điều khiển xe máy là nam, khoảng 30–35 tuổi, cao 1m68, có hình xăm chữ "Mẹ" và ngày [[D:12.8.1992]] ở cánh tay trái, hiện hôn mê, đang điều trị tại khoa Hồi sức tích cực (giường 7). Trên người không có giấy tờ; trong ví có 1 thẻ học viên mang tên [[N:PHẠM VĂN KHÁNH]] và 1 mảnh giấy ghi "chị [[N:Ba]] [[P:0349 207 561]]" nhưng số không liên lạc được.
Xe máy đăng ký tên [[N:Trần Thị Ngọc Yến]], [[A:số 41/7 ấp Bến Đò 2, xã Tân Phú Trung]].
Ai là thân nhân hoặc biết thông tin xin liên hệ:
- Phòng Công tác xã hội bệnh viện: CN [[N:Nguyễn Thùy Dương]] – [[P:0283 7970 554]] – [[P:0938 550 216]]
- Công an xã: đồng chí [[N:Võ Hồng Phúc]] – [[P:0904 618 339]]
Mã bệnh nhân tạm: [[R:CC25-003417]]. Xin cảm ơn!`,
  ],
  // 21
  [
    'charity-post',
    `nhom tu thien "Ấm Lòng Miền Tây" · [[D:5/10]]
kêu gọi giúp đỡ
ma ca [[R:MT-57/2025]]: be [[N:nguyen tran bao ngoc]] 9 tuoi, o [[A:ap phu loc, xa long phu, huyen long phu]], soc trang. be bi u nguyen bao than kinh, mo lan 1 ngay [[D:22/8]] o bv ung buou tphcm, con phai xa tri 28 buoi.
ba be la anh [[N:nguyen van tien]] lam ho, ma be la chi [[N:tran thi thu]] ban ve so.
ong ngoai [[N:muoi tho]] 80 tuoi dang nam vien vi te nga.
moi dong gop xin gui:
- chi [[N:thu]] (ma be): [[P:0393.742.105]]
- stk [[R:19036641208011]] techcombank ten [[N:TRAN THI THU]]
- hoac lien he admin [[N:Tâm Phúc]] [[P:0868 314 292]] / zalo [[P:0868314292]]
danh sach ung ho dot 1 ([[D:1/10 - 4/10]]):
co [[N:sau]] ([[A:p.An Lac, Binh Tan]]) 500k
anh [[N:Luan]] (Can Tho) 1tr
nhom ban hoc cu ma be 2tr
[[N:Bảo Trâm]] 200k
mot nha hao tam giau ten 5tr
cam on ca nha da chia se!!! ❤️`,
  ],
  // 22
  [
    'news',
    `Lao động Việt Nam bị bỏng nặng tại nhà máy ở Hàn Quốc
(Báo Lao động) Theo thông tin từ Ban Quản lý lao động Việt Nam tại Hàn Quốc, sáng [[D:7/11]], một vụ nổ lò sấy tại nhà máy linh kiện ở [[A:thành phố Hwaseong]], tỉnh Gyeonggi khiến anh [[N:Nguyễn Văn Tài]] (31 tuổi, quê [[A:xã Quỳnh Lương, huyện Quỳnh Lưu]], Nghệ An) bị bỏng 45% cơ thể.
Anh [[N:Tài]] đang được điều trị tại Bệnh viện Đại học Hallym, khoa Bỏng. Đồng nghiệp người Hàn là anh [[N:Choi Dong-hyun]] (최동현) cũng bị bỏng tay.
Anh [[N:Hồ Sỹ Lâm]], bạn cùng phòng trọ, kể qua điện thoại: "Em nghe tiếng nổ thì chạy ra, thấy anh [[N:Tài]] đang lăn dưới đất."
Quản lý nhà máy là ông [[N:Jang Sung-min]] (장성민) cho biết công ty chịu toàn bộ chi phí điều trị.
Tại quê nhà, vợ anh [[N:Tài]] là chị [[N:Hồ Thị Thúy]] đang làm thủ tục xin visa để sang chăm chồng. Hộ chiếu của chị số [[PP:C8821476]], hồ sơ nộp ngày [[D:10/11]].
Ban Quản lý lao động đề nghị gia đình liên hệ cán bộ [[N:Phan Đức Thịnh]], ĐT [[P:+82 10 5530 2716]], hoặc Phòng LĐ-TB&XH [[A:huyện Quỳnh Lưu]]: [[P:0238 3864 127]].
Người thân anh [[N:Tài]] ở Hàn Quốc, anh họ [[N:Nguyễn Văn Sáng]], số [[P:010-8843-1207]], hiện đang túc trực tại viện.
[[N:Hoài Thu]]`,
  ],
  // 23
  [
    'digest',
    `TIN NGẮN Y TẾ – SỐ RA NGÀY [[D:3/12/2025]]
* BẮC NINH: Ngày [[D:1/12]], Bệnh viện Sản – Nhi Bắc Ninh tiếp nhận bé gái sơ sinh bị bỏ rơi trước cổng chùa [[A:thôn Đình Cả, xã Nội Duệ]]. Người phát hiện là sư cô [[N:Thích Đàm Hạnh]]. Bé nặng 3,1 kg, hiện khỏe; tạm đặt tên là [[N:Phúc An]].
* HÀ TĨNH: Cháu [[N:Trần Bảo Nam]] (8 tuổi, [[A:xóm 3, xã Cẩm Nhượng]]) hóc hạt nhãn, được anh [[N:Lê Hữu Tình]] – hàng xóm – làm thủ thuật Heimlich cứu sống chiều [[D:30/11]]. Anh [[N:Tình]] là nhân viên y tế thôn, vừa được tập huấn sơ cứu ngày [[D:20/11]].
* ĐÀ NẴNG: Sở Y tế xác nhận ca tử vong do bệnh dại thứ 3 trong năm: ông [[N:P.V.Đ]] (58 tuổi, trú [[A:phường Hòa Khánh Bắc, quận Liên Chiểu]]) bị chó nhà cắn từ [[D:tháng 8]] nhưng không tiêm vắc xin.
* CẦN THƠ: Thủ khoa bác sĩ nội trú năm 2025 là [[N:Trịnh Ngọc Bảo Hân]], quê [[A:huyện Phong Điền]]; cô gái được tặng học bổng ngày [[D:28/11]].
* KIÊN GIANG: Ngư dân [[N:Châu Văn Bé Hai]] (tàu [[VP:KG-90917-TS]]) bị gãy chân trên biển, được Bộ đội Biên phòng đưa vào bờ lúc 2h sáng [[D:2/12]]. Vợ ông, bà [[N:Sơn Thị Ngọc]], số [[P:0914 057 386]], cảm ơn các chiến sĩ Biên phòng.
* GIA LAI: Bệnh viện Đa khoa tỉnh cảnh báo 4 ca ngộ độc nấm từ [[D:25 - 29/11]]; bệnh nhân nặng nhất là ông [[N:Rơ Châm Blih]] ở [[A:plei Pông, xã Ia Kênh]].
Tổng hợp: [[N:Khánh Linh]] – [[N:Đức Anh]] · Liên hệ tác giả: [[E:khanhlinh.pv@gmail.com]]`,
  ],
  // 24
  [
    'tv-script',
    `THANH HÓA TV – CHUYÊN ĐỀ "NÓI KHÔNG VỚI BẠO LỰC GIA ĐÌNH" – phát sóng [[D:25/11]]
[MC [[N:Lê Hồng Nhung]]]: Kính chào quý vị. Câu chuyện hôm nay xảy ra ở một vùng quê yên bình …
[PV [[N:Cao Minh Đức]], lời bình]: Chị [[N:L.T.H]], 34 tuổi, ở [[A:thôn 6, xã Hoằng Quý, huyện Hoằng Hóa]], nhập viện lúc 1 giờ sáng ngày [[D:2/11]] với vết thương ở đầu và gãy xương cẳng tay.
(Che mặt, đổi giọng) Chị [[N:H.]]: "Anh ấy uống rượu về là đánh, đã 3 lần rồi. Lần này con em, cháu [[N:Na]], chạy sang gọi bác [[N:Ngữ]] nhà bên."
[PV]: Ông [[N:Lê Văn Ngữ]], người hàng xóm, nói: "Tôi chạy sang thì thấy [[N:Tr.]] đang cầm gậy, tôi với thằng [[N:Bình]] con tôi phải giữ lại."
[PV]: Người chồng – anh [[N:Tr.]] (chúng tôi xin được giấu tên đầy đủ) – đã bị Công an [[A:huyện Hoằng Hóa]] tạm giữ hình sự từ [[D:3.11]].
[BS.CKI [[N:Nguyễn Thị Thu Hà]], khoa Chấn thương, Bệnh viện Đa khoa [[A:huyện Hoằng Hóa]]]: "Bệnh nhân bị gãy 1/3 giữa xương trụ, đã mổ kết hợp xương."
[Bà [[N:Hoàng Thị Lan]], Chủ tịch Hội Phụ nữ xã]: "Từ đầu năm xã đã hòa giải 5 vụ…"
[PV]: Đường dây nóng hỗ trợ nạn nhân bạo lực gia đình của Hội Phụ nữ [[A:xã Hoằng Quý]]: chị [[N:Hằng]] [[P:0377 526 908]].`,
  ],
];
