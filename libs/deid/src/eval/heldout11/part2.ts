// Held-out set 11, documents 15–27 (see index.ts for the conventions): the last news-style
// items (a digest with initials, a border hospital, a missing-person share, English items,
// a charity follow-up, a press release), then the first chat-style clinical conversations.
// Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'news',
    `ĐIỂM TIN Y TẾ SÁNG [[D:02/12]]
• Quảng Trị: Một nam sinh lớp 11 là [[N:N.Q.H]] ([[A:khu phố 4, phường Đông Lương, TP Đông Hà]]) ngộ độc do uống rượu pha cồn công nghiệp tại sinh nhật bạn tối [[D:29-11]]. Em [[N:H.]] đang thở máy; hai bạn [[N:T.V.K]] và [[N:L.Đ.M.]] đã xuất viện.
• Bắc Giang: Bà [[N:Ng.]] (74 tuổi, [[A:thôn Đồng Mai, xã Quang Châu, thị xã Việt Yên]]) bị chó dại cắn ngày [[D:18-11]], đã tiêm đủ mũi. Con trai bà là ông [[N:T.]] được khuyến cáo theo dõi.
• Cần Thơ: Bé [[N:Su]] (tên ở nhà của cháu [[N:Nguyễn Hoàng Bảo Anh]], 3 tuổi) nuốt pin cúc áo, được Bệnh viện Nhi đồng Cần Thơ nội soi gắp dị vật ngày [[D:30/11]]. BS [[N:Trần Thanh Phong]] khuyến cáo phụ huynh cất pin xa tầm tay trẻ.
• Hà Nội: Từ [[D:24 - 28/11]], Bệnh viện Bạch Mai tiếp nhận 6 ca ngộ độc methanol, trong đó có anh [[N:P.V.Đ]] (41 tuổi) và chị [[N:Đ.T.H.]] (38 tuổi) cùng làm tại một xưởng ở [[A:ngõ 89 Lạc Long Quân, phường Nghĩa Đô]]. Theo PGS.TS [[N:Nguyễn Khắc Thành]] (lời khuyên chung), không dùng rượu không rõ nguồn gốc.
Tổng hợp: [[N:M.T]] – [[N:Hải Lam]]`,
  ],
  // 16
  [
    'news',
    `BÁO LẠNG SƠN – Biên giới
Cứu sống lái xe Trung Quốc bị nhồi máu cơ tim tại cửa khẩu
Khoảng 9h sáng [[D:18/10]], tài xế [[N:Vương Kiến Quốc]] ([[N:王建国]], 52 tuổi, quốc tịch Trung Quốc, quê [[A:thành phố Bằng Tường]], Quảng Tây) đang làm thủ tục tại cửa khẩu Hữu Nghị thì đau ngực dữ dội. Anh được đưa đến Bệnh viện Đa khoa tỉnh Lạng Sơn, can thiệp đặt stent trong vòng 90 phút.
Phiên dịch viên [[N:Hoàng Thị Mai]] (người Nùng, [[A:thôn Nà Phát, xã Tân Mỹ, huyện Văn Lãng]]) cho biết ông [[N:Vương]] đi cùng phụ xe là anh [[N:Lý Chí Minh]] ([[N:李志明]]). Vợ ông, bà [[N:陈秀英]] ([[N:Trần Tú Anh]]), sang Việt Nam ngày [[D:20/10]] bằng hộ chiếu số [[PP:EG7732105]] và liên lạc với bệnh viện qua số [[P:+86 139 7716 0248]].
TS.BS [[N:Nông Văn Thụ]], Trưởng khoa Tim mạch, cho biết xe container biển số [[VP:桂F·8C317]] của ông được đỗ tạm ở bãi [[A:phường Đông Kinh, TP Lạng Sơn]] chờ người nhà nhận.
Người dân [[N:Vi Văn Lả]] và [[N:Lương Thị Thơm]] đã giúp đưa ông lên xe cấp cứu. [[N:Lăng Hiếu]]`,
  ],
  // 17
  [
    'share',
    `[CHIA SE KHAN] tim nguoi than di lac
ba noi em la ba [[N:nguyen thi lanh]] 83t, bi lan (alzheimer), di khoi khoa noi benh vien da khoa [[A:huyen cu chi]] luc khoang 15h chieu [[D:28/11]], mac ao ba ba mau tim, quan den, dep to ong trang.
ba noi giong Quang Ngai, hay noi la muon ve "[[A:xom Lang, xa Tinh Hiep, huyen Son Tinh]]" nha cu cua ba.
ai thay xin goi giup em [[N:minh tuan]] [[P:0978 31 22 06]] hoac chu [[N:hai]] (con trai ba) [[P:0903.776.418]]. chi [[N:kieu]] dieu duong khoa noi cung dang tim, sdt [[P:0988 420 173]]
nha em o [[A:ap Cho, xa Phuoc Thanh, huyen Cu Chi]], ai gap ba dua ve giup em hau ta het long 🙏🙏
cap nhat 22h: da tim thay ba o [[A:ap Bau Tre, xa Tan An Hoi]], chu xe om ten [[N:Tam]] thay ba ngoi o tram xe bus va goi cho em. cam on chu [[N:Tam]], cam on anh [[N:Duy Khanh]] da chia se. ba da ve lai khoa, bs [[N:Phuong]] kham lai khong sao a`,
  ],
  // 18
  [
    'news-en',
    `The Saigon Times – Community
Australian veteran, [[AGE:93]], returns to Vung Tau for final visit — and lands in hospital
[[N:Raymond Ashcroft]], a [[AGE:93]]-year-old former RAAF mechanic, was admitted to a hospital in Vung Tau on [[D:3 December]] after a fall at his hotel on [[A:Thuy Van Street, Ward 2]].
His granddaughter [[N:Chloe Ashcroft-Nguyen]], who travelled with him from Melbourne, said her grandfather had been determined to see the beach where he had been stationed. "Pop wanted one last look," she said.
Dr. [[N:Le Minh Khoa]] said Mr. [[N:Ashcroft]] had a hairline pelvic fracture and would not need surgery. A Filipino nurse at the hotel, [[N:Maricel dela Cruz]], stayed with him until the ambulance arrived.
The family's travel insurer opened claim [[R:TIP-AU-2025-0886412]] and arranged a medical escort, nurse [[N:Hamish O'Brien]]. They hope to fly home on [[D:Dec. 11]].
Mr. [[N:Ashcroft]]'s old friend from Ba Ria, [[N:Tran Van Muoi]], 89, visited him with flowers. Contact for the family: [[P:+61 412 558 903]].
Photo: [[N:Quynh Nhu]]`,
  ],
  // 19
  [
    'fanpage',
    `Trang "Nối vòng tay ấm – Quảng Ngãi" · [[D:4/12]]
CẬP NHẬT HOÀN CẢNH MÃ SỐ [[R:NV-079]]: EM ĐINH THỊ HIỀN (DÂN TỘC HRÊ)
Sau 2 tuần kêu gọi, em [[N:Đinh Thị Hiền]] (16 tuổi, [[A:làng Gò Rộc, xã Ba Vinh, huyện Ba Tơ]]) đã được mổ tim tại Bệnh viện Đà Nẵng ngày [[D:01-12]]. Tổng số tiền nhận được 186.400.000đ; đã chuyển cho mẹ em là chị [[N:Đinh Thị Ngàng]] 150 triệu, phần còn lại chuyển tiếp cho bé [[N:Phạm Văn Khiêm]] ([[A:thôn Trà Ong, xã Trà Lãnh]]) theo ý người đóng góp.
Sao kê tài khoản [[R:1025 8874 3311]] (Vietinbank) đã đính kèm. Thủ quỹ: [[N:Trần Ngọc Yến Nhi]].
—
Bình luận
[[N:Hoa Sen Tím]]: em chuyển 200k hôm thứ 5 nd "[[N:Hiền]] mau khỏe" ạ
↳ Nối vòng tay ấm: dạ đã nhận, cảm ơn chị [[N:Sen]] ❤️
[[N:Phùng Thanh Tú]]: Cô [[N:Thư]] giáo viên chủ nhiệm cũ của [[N:Hiền]] gửi lời chúc em mau khỏe
[[N:dinh van ngang]]: cam on moi nguoi nhieu
[[N:Kiều Oanh Lê]]: @[[N:Trần Ngọc Yến Nhi]] chị ơi cho em xin stk để ủng hộ bé [[N:Khiêm]] luôn ạ
[[N:Anh Ba Bình Sơn]]: Cầu cho con mau khỏe 🙏`,
  ],
  // 20
  [
    'press',
    `THÔNG CÁO BÁO CHÍ – BỆNH VIỆN ĐA KHOA TỈNH NAM ĐỊNH
V/v ca ghép thận thứ 50 từ người cho sống
Ngày [[D:26/11/2025]], Bệnh viện đã thực hiện thành công ca ghép thận thứ 50. Người nhận là anh [[N:Trịnh Văn Khánh]] (35 tuổi, [[A:xóm 12, xã Hải Vân, huyện Hải Hậu]]), suy thận giai đoạn cuối, chạy thận từ năm 2021. Người hiến là em gái anh, chị [[N:Trịnh Thị Lụa]] (31 tuổi).
Kíp ghép gồm PGS.TS [[N:Đỗ Ngọc Quân]] (Bệnh viện Việt Đức, hỗ trợ chuyên môn), TS.BS [[N:Vũ Hồng Quang]], ThS.BS [[N:Mai Thị Thanh Bình]] (gây mê), ĐD [[N:Phạm Thùy Linh]].
Sau ghép 7 ngày, chức năng thận của anh [[N:Khánh]] trở về bình thường (creatinin 98 µmol/L). Bố mẹ anh là ông [[N:Trịnh Văn Đoan]] và bà [[N:Vũ Thị Nhàn]] bày tỏ biết ơn.
Bệnh viện xin đính chính: bản tin ngày [[D:28/11]] ghi nhầm tên người hiến là "[[N:Trịnh Thị Lúa]]".
Đầu mối báo chí: CN [[N:Lê Thu Trang]], Phòng Công tác xã hội, [[P:0912 058 647]], [[E:ctxh.bvdk@namdinh-example.vn]].`,
  ],
  // 21
  [
    'chat',
    `Nhóm Zalo "HSTC – BVĐK Quảng Trị"
[[N:Thanh Tâm]] (Khoa HSTC): cả nhà ơi giường 3 bn [[N:Hồ Văn Dũng]] sáng nay rút NKQ được rồi nhé, sp02 96% khí phòng
[[N:Đức Anh]] (Khoa Ngoại TH): ok e, chiều a xuống xem vết mổ. vợ bn có hỏi thăm chị [[N:Hoa]] không
[[N:Thanh Tâm]] (Khoa HSTC): dạ có, chị [[N:Hoa]] vợ bn cứ hỏi bao giờ chuyển khoa, e bảo đợi bs [[N:Đức Anh]] ạ
BS [[N:Lê Quang Vinh]] (Trưởng khoa HSTC): giường 5 bà [[N:Pả Kăn]] (người Vân Kiều, [[A:bản Xa Bai, xã Hướng Lập, huyện Hướng Hóa]]) người nhà chưa có BHYT bản cứng, mã thẻ chụp ảnh là [[BH:DT 4 45 45 21 003 871]], nhờ phòng KHTH tra giúp
[[N:Nhung]] (KHTH): dạ e tra rồi, thẻ còn hạn đến [[D:31/12/2025]] ạ. con trai bà là anh [[N:Hồ Văn Cu]] sđt [[P:0389 554 016]] đã ký cam kết
[[N:Thanh Tâm]] (Khoa HSTC): giường 7 cháu [[N:Kiên]] (con bs [[N:Quý]] khoa Nhi) chiều nay ra rồi ạ
BS [[N:Lê Quang Vinh]] (Trưởng khoa HSTC): ok. [[N:Tâm]] nhớ ghi hồ sơ [[R:BA-25.11.0871]] là ra viện [[D:5/12]] nhé
[[N:Thanh Tâm]] (Khoa HSTC): dạ vâng ạ 👍`,
  ],
  // 22
  [
    'chat',
    `nhom "truc dem noi tim mach"
[[N:hung]]: c [[N:nga]] oi g14 ong [[N:tu]] dau nguc lai, ecg st chenh len d2 d3 avf
[[N:nga]]: e goi bs [[N:khoa]] ngay, lay troponin, cho ngam nitro chua
[[N:hung]]: roi c, HA 100/60 nen e chua cho them
bs [[N:khoa]]: a xuong day. bao nguoi nha ong [[N:tu]], con gai la [[N:thuy]] so [[P:0915448203]] nhe, chuan bi chuyen dmv
[[N:nga]]: g9 ba [[N:le thi hanh]] 82t doi ve, noi con trai la [[N:ba tung]] dang o tren xe tu [[A:thon 3 xa cam thanh huyen cam lo]] xuong
bs [[N:khoa]]: de sang mai a noi chuyen, ghi vao ho so [[R:2511-0488]]
[[N:hung]]: ok a. ong [[N:tu]] mang cccd [[ID:045072 001389]] nhung chua co bhyt, de mai e bo sung
[[N:nga]]: [[N:hung]] nho lay mau lan 2 luc 3h nha, ma xn [[R:xn2512030061]]`,
  ],
  // 23
  [
    'referral',
    `Chat chuyển tuyến (nhóm "Sản nhi Bắc Hà – Lào Cai")
Y sĩ [[N:Thào Thị Dung]] (TYT [[A:xã Tả Van Chư]]): Em chào chị [[N:Quyên]], em xin chuyển sản phụ [[N:Giàng Thị Mai]] 20t, con so, thai 39 tuần, chuyển dạ từ 4h sáng nay, ối vỡ, nước ối xanh. Nhà ở [[A:thôn Sín Chải, xã Tả Van Chư]], chồng là [[N:Sùng Seo Lử]] đi cùng, sđt [[P:0342 118 906]].
Hộ sinh [[N:Quyên]] (TTYT Bắc Hà, khoa Sản): ok em, cho đi luôn, em gửi giấy chuyển tuyến số [[R:37/GCT-TYT]] với mã thẻ BHYT nhé
Y sĩ [[N:Thào Thị Dung]] (TYT [[A:xã Tả Van Chư]]): thẻ là [[BH:DT2101024008713]], CCCD của bạn ấy là [[ID:010306004512]]
Hộ sinh [[N:Quyên]] (TTYT Bắc Hà, khoa Sản): chị báo bs [[N:Vàng Văn Dũng]] chuẩn bị phòng mổ rồi
BS [[N:Vàng Văn Dũng]]: 11h20 mổ lấy thai bé trai 3,1kg, apgar 7/8, mẹ ổn. Cảm ơn [[N:Dung]] chuyển sớm.
Y sĩ [[N:Thào Thị Dung]] (TYT [[A:xã Tả Van Chư]]): dạ em cảm ơn anh [[N:Dũng]] ạ. Mẹ chồng bạn [[N:Mai]] là bà [[N:Lù Thị Sính]] nhờ em hỏi bao giờ được ra viện ạ
Hộ sinh [[N:Quyên]] (TTYT Bắc Hà, khoa Sản): khoảng [[D:8/12]] nhé em`,
  ],
  // 24
  [
    'telehealth',
    `Telehealth session – transcript (travel assistance, English)
Date: [[D:2025-11-21]] 14:05 (ICT)
Caller: [[N:Olivia Hartley]], UK national, staying at [[A:18 Phan Chau Trinh, Minh An Ward, Hoi An City]]
Assistance case no.: [[R:GA-UK-25-339018]]
Dr. [[N:Samuel Okafor]] (assistance doctor, London): Hello [[N:Olivia]], can you tell me what happened?
[[N:Olivia]]: I was bitten by a monkey near the Marble Mountains yesterday, on my left hand. My partner [[N:Tom Whitaker]] cleaned it with water.
Dr. [[N:Okafor]]: You need rabies post-exposure treatment today. We have a partner clinic; the coordinator, [[N:Nguyen Thi Bich Ngoc]], will call you from [[P:+84 905 221 647]].
[[N:Olivia]]: My passport number is [[PP:548213097]], do they need it?
Dr. [[N:Okafor]]: Yes, and your policy number [[R:TRV-8841-20217]]. Your second dose will be on [[D:24 November]], the third on [[D:28 November]]. If you fly home before that, your GP, Dr. [[N:Priya Raman]], can continue it. Your mother, [[N:Helen Hartley]], is listed as next of kin at [[P:+44 7700 900 418]] — shall I inform her?
[[N:Olivia]]: Yes please, thank you.`,
  ],
  // 25
  [
    'handover',
    `GIAO BAN ĐIỀU DƯỠNG – KHOA NHI TỔNG HỢP – sáng [[D:06/12]]
Người giao: ĐD [[N:Mai Phương]] – Người nhận: ĐD [[N:Khải]], ĐD [[N:Tuyết Lan]]
P.201 G1: bé [[N:Tí]] ([[N:Lò Văn Tiến]], 2 tuổi) viêm phổi, đêm sốt 39, đã hạ sốt. Mẹ bé là chị [[N:Lò Thị Én]] chỉ nói tiếng Thái, có dì [[N:Lò Thị Pằn]] phiên dịch.
P.201 G2: bé "[[N:Bơ]]" ([[N:Trần Gia Bảo]], 14 tháng) tiêu chảy, mất nước độ 2, còn 1 chai Oresol. Bố là anh [[N:Trần Văn Tiệp]] – đòi ra viện, đã báo bs [[N:Hương]].
P.203 G4: bé [[N:Na]] ([[N:Nguyễn Ngọc Diệp Na]]) sốt xuất huyết ngày 5, TC 42 G/L, theo dõi sát. Bà nội là bà [[N:Tám]] ở lại chăm.
P.203 G5: cháu [[N:Hai Lúa]] (tên thật [[N:Lê Hoàng Phúc]], 9 tuổi) gãy tay trái đã bó bột, chờ chuyển Ngoại, mã BN [[R:25.031.776]].
Lưu ý: bố bé [[N:Bơ]] có ý định quay video khoa, đã báo trưởng khoa [[N:Đinh Thị Thanh Hà]].`,
  ],
  // 26
  [
    'chat',
    `Nhóm "XN vi sinh – lâm sàng" (BV Đa khoa Trung ương Cần Thơ)
KTV [[N:Ngân]] – Vi sinh: báo động đỏ: cấy máu bn [[N:Thạch Sà Phol]] (khoa Nội tiết, G22) mẫu [[R:CM25-12-0317]] mọc Burkholderia pseudomallei sau 36h, đề nghị bs đổi kháng sinh
BS [[N:Tâm]] (Nội tiết): nhận rồi e, bn tiểu đường, ở [[A:ấp Sóc Ruộng, xã Lịch Hội Thượng, thị xã Trần Đề]], làm ruộng. Đổi ceftazidime nhé
KTV [[N:Ngân]] – Vi sinh: mẫu mủ [[R:MU-251204-09]] cùng bn cũng dương tính, còn mẫu [[R:MU-251204-10]] của bn [[N:Danh Út]] thì âm tính ạ
[[N:Hồng Vân]] (ĐD Nội tiết): dạ chị cảm ơn em, vợ bn [[N:Phol]] là chị [[N:Kim Thị Sa Rinh]] hỏi có lây cho con không
BS [[N:Tâm]] (Nội tiết): bảo chị [[N:Sa Rinh]] là không lây người sang người, nhưng nhà ai làm ruộng mang ủng. Gửi mẫu giải trình tự đi Viện Pasteur TP.HCM, mã gửi [[R:PAS-CT-1187]]
KTV [[N:Ngân]] – Vi sinh: ok chị, em gửi kèm phiếu [[R:25120400842]] ạ`,
  ],
  // 27
  [
    'chat',
    `Nhóm "Dược lâm sàng – Đơn thuốc ngoại trú"
DS [[N:Hoàng Yến]]: đơn điện tử mã [[R:79031k7x2bqh4-c]] bn [[N:Tạ Thị Kim Chi]] kê amlodipin 5mg + losartan 50mg + bisoprolol 2.5mg, hướng dẫn ghi ngày 1 viên nhưng số lượng 28 viên/loại cho 30 ngày, bs [[N:Thành]] xem lại giúp e
BS [[N:Nguyễn Chí Thành]] (PK Tim mạch 2): sửa thành 30 rồi e nhé, mã mới [[R:79031k7x2bqh5-c]]
DS [[N:Hoàng Yến]]: dạ ok ạ. Còn đơn thuốc gây nghiện của bn [[N:Lê Văn Hải]] (K phổi), sổ thuốc gây nghiện số [[R:GN-2025/0412]], người nhận thuốc là con trai [[N:Lê Hải Đăng]] CCCD [[ID:034 090 011 247]] ạ
BS [[N:Phan Thị Mỹ Dung]] (Ung bướu): đúng rồi em, morphin 10mg x 2 ống/ngày x 7 ngày
DS [[N:Bảo]]: anh [[N:Đăng]] gọi hỏi lấy thuốc ở quầy nào, sđt anh ấy [[P:0868 240 513]], e trả lời quầy 4 nhé
DS [[N:Hoàng Yến]]: ok [[N:Bảo]]. Nhắc luôn bn [[N:Chi]] tái khám [[D:5/1/2026]]`,
  ],
];
