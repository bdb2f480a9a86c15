// Held-out set 20, documents 31–40 (see index.ts for the conventions): clinical texts — a Jrai
// interpreter chat, an ICU hand-over, an Ê Đê referral chain with forwarded messages, an
// international clinic's e-mails, a Hoa family group, a cross-border medical summary, a
// delivery-ward hand-over, a pharmacy group with quoted replies, a death review, a flood chat
// of a commune health station. Written blind.
export const PART3: Array<[string, string]> = [
  // 31
  [
    'chat',
    `Zalo nhóm: NHI 2 – TTYT CHƯ SÊ (có phiên dịch Jrai)
[[D:11/5]]
ĐD [[N:Nguyễn Thị Hồng Vân]]: Giường 7 mới vào, bé [[N:Siu Thuyên]] 2 tuổi, sốt co giật. Mẹ là [[N:Rơ Lan H'Bim]] ko nói đc tiếng Việt. Ai gọi chị [[N:Ksor H'Yăm]] giúp em
Mạch 142 l/p, T 39,3 độ, SpO2 96%
Cân nặng 11 kg
[[N:Ksor H'Yăm]] (phiên dịch): Dạ chị xuống liền
Bs [[N:Đỗ Văn Hưng]]: Cho bé hạ sốt, nằm nghiêng, lấy ven. Hỏi mẹ co giật mấy lần, bao lâu
[[N:Ksor H'Yăm]] (phiên dịch): Mẹ nói giật 1 lần ở nhà khoảng 3-4 phút, sốt từ hôm qua, có cho uống lá thuốc của bà [[N:Nay H'Phin]] trong plei
Bs [[N:Đỗ Văn Hưng]]: Lá gì hỏi giúp a, có mang theo ko
[[N:Ksor H'Yăm]] (phiên dịch): Chị ấy mang theo 1 bó. Em chụp hình gửi anh
[Hình ảnh]
Bs [[N:Đỗ Văn Hưng]]: Ok chắc là lá sả + lá bưởi nấu xông, ko sao. Địa chỉ nhà bé?
[[N:Ksor H'Yăm]] (phiên dịch): [[A:Plei Ơi, xã Ia Ko, huyện Chư Sê]]. Bố là [[N:Siu Blơk]] đi làm cà phê ở Đắk Lắk chưa về
ĐD [[N:Nguyễn Thị Hồng Vân]]: Mã BN [[R:CS25-04417]]. Bé ko có thẻ BHYT, mẹ ko mang giấy tờ
Bs [[N:Đỗ Văn Hưng]]: Gọi phòng CTXH c [[N:Thảo]] hỗ trợ làm thẻ trẻ em dưới 6 tuổi nhé
[[N:Lê Phương Thảo]] CTXH: Dạ em nhận. Em cần giấy chứng sinh hoặc khai sinh, nhờ chị [[N:H'Yăm]] hỏi giúp
[[N:Ksor H'Yăm]] (phiên dịch): Mẹ nói giấy khai sinh để ở nhà bà ngoại [[N:Rơ Lan H'Ngơ]], ngày mai người em [[N:Rơ Lan Đức]] mang lên
Tin nhắn đã được thu hồi
[[D:12/5]]
ĐD [[N:Phan Thị Yến]]: Bé [[N:Thuyên]] G7 đêm qua ko sốt lại, ăn cháo được
Bs [[N:Trần Hữu Phúc]]: Kết quả DNT bình thường, chẩn đoán co giật do sốt. Cho ra viện mai nếu ổn
[[N:Rơ Lan Đức]]: em là cậu của bé [[N:thuyên]], em đem giấy khai sinh lên rồi, gặp ai ạ
[[N:Lê Phương Thảo]] CTXH: Em lên phòng CTXH tầng 1 gặp chị nhé
Đã làm xong thẻ BHYT bé, mã số [[BH:TE1646422090318]]
[Hình ảnh]
[[N:Ksor H'Yăm]] (phiên dịch): Mẹ bé nói ơ kơ (cảm ơn) cả khoa 🙏
Bs [[N:Đỗ Văn Hưng]]: 👍 dặn mẹ khi sốt trên 38.5 cho hạ sốt, giật lại đi trạm ngay.
TYT [[A:xã Ia Ko]] có bs [[N:Rah Lan Hiếu]] là người Jrai, gọi a ấy [[P:0914 603 218]]
[[D:13/5]]
ĐD [[N:Nguyễn Thị Hồng Vân]]: Bé [[N:Siu Thuyên]] ra viện 9h. G7 trống
[[N:Ksor H'Yăm]] (phiên dịch): Chiều nay có 2 ca ở khoa Sản cần em, em qua đó nha mọi người`,
  ],
  // 32
  [
    'handover',
    `BÀN GIAO CA – KHOA HỒI SỨC TÍCH CỰC – BVĐK TỈNH NGHỆ AN
Ca đêm [[D:19/10]] → sáng [[D:20/10]]. Trực: BS [[N:Phan Đình Quý]], BS [[N:Hồ Thị Ngọc Ánh]]; ĐD [[N:Lê Thị Thu]], [[N:Nguyễn Văn Hậu]], [[N:Cao Thị Nga]]
Buồng 1
- G1: [[N:Lương Văn Thoong]], 46t, Thái, [[A:bản Piêng Cu, xã Châu Thôn, huyện Quế Phong]]. Viêm não Nhật Bản? Thở máy ngày 6. Đêm sốt 39, cấy máu lại 3h (mã [[R:HS-VS-1029]]). Anh trai [[N:Lương Văn Bình]] ở ngoài, nói tiếng Việt được.
- G2: [[N:Vi Văn Phanh]], 29t, Khơ Mú, TNGT xe máy ngày [[D:17/10]], CTSN, mở sọ giải áp ngày [[D:18/10]]. GCS 7. Đồng tử 2 bên 3 mm. BKS xe gây tai nạn [[VP:37C-218.90]] (CA [[A:huyện Tương Dương]] đã ghi). Vợ: [[N:Xồng Y Pheng]] (người Mông), phiên dịch qua anh [[N:Lầu Bá Chò]], SĐT [[P:0374 992 610]].
- G3: bà [[N:Phan Thị Bình]], [[AGE:90]] tuổi, sốc nhiễm khuẩn đường mật. Noradrenalin 0,2 mcg/kg/phút. Con trai ông [[N:Trần Văn Hiệp]] xin không đặt NKQ nếu ngừng tim, đã ký cam kết (biên bản [[R:BB-HSTC-341]]).
Buồng 2
- G4: [[N:Nguyễn Thị Hoài Thương]], 33t, sau mổ lấy thai ngày [[D:15/10]], băng huyết, TOCC. Rút ống 4h sáng, thở oxy kính. Chồng [[N:Đậu Văn Trung]].
- G5: [[N:Kha Văn Thái]], 54t, Thái, ngộ độc thuốc diệt cỏ paraquat. Uống lúc 14h ngày [[D:19/10]] ở [[A:bản Khe Nạn, xã Châu Phong, huyện Quỳ Châu]]. Đã rửa dạ dày tại TTYT, vào khoa 21h. Tiên lượng rất nặng, đã giải thích cho gia đình (vợ [[N:Lô Thị Hoa]], con [[N:Kha Văn Dũng]]).
- G6: trống – chuẩn bị nhận BN từ Cấp cứu: ông [[N:Hoàng Đình Sâm]], 67t, NMCT thành dưới, sau can thiệp.
Việc tồn:
- Gửi mẫu máu G1 ra Viện Pasteur? chờ BS [[N:Quý]] quyết định sau giao ban.
- Công văn của CA [[A:huyện Tương Dương]] số [[R:205/CV-CSGT]] xin giấy chứng nhận thương tích của G2: đã chuyển P.KHTH.
- G3: con gái bà [[N:Bình]] là chị [[N:Trần Thị Thủy]] ở TP.HCM về lúc 10h, muốn gặp BS.
Người giao: BS [[N:Hồ Thị Ngọc Ánh]]     Người nhận: BS [[N:Nguyễn Trọng Khánh]]`,
  ],
  // 33
  [
    'chat',
    `Zalo nhóm: CHUYỂN TUYẾN KRÔNG BÔNG – BUÔN MA THUỘT 🚑
[[D:22/8]]
[[N:H'Xíu Mlô]] TYT Cư Pui: Em gửi thông tin ca chuyển: BN [[N:Y Duăn Buôn Yă]], 12t, [[A:buôn Khanh, xã Cư Pui, huyện Krông Bông]]. Sốt 5 ngày, vàng da, tiểu sẫm màu. Test KSTSR âm tính
Bố là [[N:Y Kô Buôn Yă]] chở bằng xe máy ra TTYT, xe cấp cứu đang đi ca khác
[[N:Trần Quốc Bảo]] TTYT Krông Bông: ok e, a nhận. Vào đến a gọi
Đã nhận bé lúc 11h. Bilirubin 180, men gan 1.200, tiểu cầu 60
Nghi leptospira. Chuyển BVĐK vùng Tây Nguyên
[Hình ảnh]
[[N:Trần Quốc Bảo]] TTYT Krông Bông: ↪ Chuyển tiếp tin nhắn từ "[[N:H'Xíu Mlô]] TYT Cư Pui": "BN [[N:Y Duăn Buôn Yă]], 12t, [[A:buôn Khanh, xã Cư Pui, huyện Krông Bông]]. Sốt 5 ngày, vàng da…"
[[N:Nguyễn Thị Hải Yến]] BVTN-Nhi: Nhận thông tin a [[N:Bảo]]. Giấy chuyển tuyến số bao nhiêu a
[[N:Trần Quốc Bảo]] TTYT Krông Bông: [[R:0387/GCT-TTYT]]. BHYT bé [[BH:TE 1 66 66 21013 07754]]
[[N:Nguyễn Thị Hải Yến]] BVTN-Nhi: ok, cho xe đi, có ĐD đi kèm ko a
[[N:Trần Quốc Bảo]] TTYT Krông Bông: ĐD [[N:Y Khiêm Niê]] đi kèm, SĐT [[P:0978.224.091]]
[[N:Y Khiêm Niê]]: Xe xuất phát 12h10, BKS [[VP:47A-003.81]]
Đến Buôn Ma Thuột 13h35, đã bàn giao cho khoa Nhi
[Hình ảnh]
[[N:Nguyễn Thị Hải Yến]] BVTN-Nhi: Đã nhận bé. Mã BA [[R:TN25-118206]]. Mẹ bé tên gì ạ, đang đi sau
[[N:H'Xíu Mlô]] TYT Cư Pui: Mẹ là [[N:H'Loan Êban]], ko biết chữ, đi xe khách ra. E đã dặn xuống bến gọi c [[N:Yến]]
(tin nhắn hệ thống, [[D:23/8]]) [[N:Ama Duăn]] đã được [[N:Trần Quốc Bảo]] thêm vào nhóm
[[N:Ama Duăn]]: Cảm ơn các bác sĩ. Con tôi đỡ chưa
[[N:Nguyễn Thị Hải Yến]] BVTN-Nhi: Chào anh, bé được truyền dịch, kháng sinh, hôm nay đã bớt sốt
> [[N:Ama Duăn]]: "Con tôi đỡ chưa"
[[N:H'Xíu Mlô]] TYT Cư Pui: Anh [[N:Y Kô]] ơi, bé đỡ rồi, ko lo nha 💪
[Sticker]
[[D:25/8]]
[[N:Nguyễn Thị Hải Yến]] BVTN-Nhi: Kết quả PCR leptospira dương tính. Đề nghị TYT điều tra ổ dịch ở [[A:buôn Khanh]]: có ai tắm suối, làm ruộng bị sốt ko
[[N:H'Xíu Mlô]] TYT Cư Pui: Dạ chiều nay e cùng anh [[N:Y Sim]] (CTV dân số) đi buôn. Có 2 người sốt: [[N:H'Ngơn Niê]] 34t và cậu bé [[N:Y Thái]] 9t
[[N:Trần Quốc Bảo]] TTYT Krông Bông: lấy mẫu gửi TTYT, a báo khoa KSBT
[[N:Phạm Văn Lâm]] KSBT: Đã nhận. Mai [[D:26/8]] đội KSBT xuống buôn
[[D:29/8]]
[[N:Nguyễn Thị Hải Yến]] BVTN-Nhi: Bé [[N:Y Duăn]] ra viện hôm nay, tái khám [[D:12/9]] 👍`,
  ],
  // 34
  [
    'email',
    `From: Hanoi Family Medical Practice – Patient Services <[[E:patientservices@hfmp-hanoi.vn]]>
To: [[N:Pierre Lefèvre]] <[[E:p.lefevre74@orange.fr]]>
Date: Mon, [[D:3 Mar 2025]] 18:06
Subject: Your father's admission – update / Mise à jour

Dear Mr. [[N:Lefèvre]],

Following our phone call this afternoon, here is a short update on your father, Mr. [[N:Jean-Claude Lefèvre]] (DOB [[D:14 Jan 1948]], file [[R:HFMP-0067724]]).
He was brought in by his friend Mr. [[N:Nguyễn Văn Thuận]] at 10:40 from his apartment at [[A:Tower B, Sky City, 88 Láng Hạ, Đống Đa]], with shortness of breath and swollen legs. Dr. [[N:Laura Bennett]] diagnosed acute heart failure. His oxygen is now 95% on 2 L, and he is resting.
He asked that you also inform your sister, Mme [[N:Isabelle Moreau]]. Please note his Vietnamese phone ([[P:0912 774 039]]) is with our nurse, Ms. [[N:Đặng Thu Trang]].
If you wish to talk to the doctor, Dr. [[N:Bennett]] will call you tomorrow at 9:00 Paris time. Our French-speaking coordinator, Ms. [[N:Mai Anh Leroux]], is available on WhatsApp [[P:+84 98 315 6620]].

Kind regards,
[[N:Vũ Hồng Nhung]]
Patient Services Coordinator

> On [[D:3 Mar 2025]], at 12:51, [[N:Pierre Lefèvre]] <[[E:p.lefevre74@orange.fr]]> wrote:
> Bonjour, je suis le fils de M. [[N:Jean-Claude Lefèvre]]. Son ami [[N:Thuận]] m'a dit qu'il est hospitalisé chez vous. Pouvez-vous me rappeler au [[P:+33 6 41 28 90 17]] ? Il a un pacemaker depuis [[D:juin 2019]] et il prend du Sintrom.
> Merci, [[N:Pierre]]

---
From: Dr. [[N:Laura Bennett]] <[[E:l.bennett@hfmp-hanoi.vn]]>
To: [[N:Vũ Hồng Nhung]]; [[N:Mai Anh Leroux]]
Date: [[D:4 Mar 2025]] 08:02
Subject: RE: Lefèvre – family call
Hi both – INR 4.1 this morning, holding Sintrom. Echo booked at 11:00. [[N:Mai Anh]], please join the call with the son at 15:00 Hanoi time. Insurance is MSH International, member no. [[R:MSH-FR-3320981]] – [[N:Hằng]] at billing has the GOP form.
[[N:Laura]]`,
  ],
  // 35
  [
    'chat',
    `Zalo nhóm: 🏮 NHÀ HỌ LƯƠNG – CHỢ LỚN 🏮
[[D:6/2]]
[[N:Lương Gia Vĩ]]: Cả nhà ơi, ba té trong nhà tắm sáng nay, em đưa vô BV Nguyễn Tri Phương rồi. BS nói gãy cổ xương đùi
[Hình ảnh]
[[N:Tiểu Phụng 🌸]]: Trời ơi 😱 ba có sao ko anh [[N:Hai]]
[[N:Lương Gia Vĩ]]: Ba tỉnh, đau nhiều. Đang ở khoa Chấn thương, lầu 4
Chú [[N:Tám Quý]]: 阿爸今年幾多歲？ nhớ là 88 hả con
[[N:Lương Gia Vĩ]]: Dạ chú [[N:Tám]], ba 89, qua Tết này [[AGE:90]] rồi
[[N:Lý Mỹ Lan]]: Em là vợ [[N:Vĩ]] nè, BS [[N:Trịnh Công Danh]] hẹn 2h chiều nói chuyện với gđ, ai vô được thì vô
[[N:Tiểu Phụng 🌸]]: Em xin nghỉ làm vô liền
[[N:Kenny Luong]]: I'm in Houston, can someone call me after the doctor talks? [[P:+1 713 558 2047]]
Chú [[N:Tám Quý]]: Ba con có uống thuốc tim, nhớ nói BS nha. Toa của BS [[N:Huỳnh]] phòng khám [[A:đường Hải Thượng Lãn Ông]]
[[N:Lý Mỹ Lan]]: Dạ con mang theo sổ khám rồi chú
[[N:Lương Gia Vĩ]]: BS nói ba mổ thay khớp được, nhưng phải khám tim mạch, gây mê trước. Dự kiến mổ [[D:9/2]]
[[N:Kenny Luong]]: How much is the surgery? I can send money
[[N:Lương Gia Vĩ]]: Khoảng 70-80 triệu, BHYT trả một phần. Mã hồ sơ của ba [[R:NTP-2502-06731]]
[[N:Tiểu Phụng 🌸]]: Anh [[N:Hai]] ơi số thẻ BHYT của ba để em làm giấy: [[BH:HT3797922113564]] đúng ko
[[N:Lương Gia Vĩ]]: đúng rồi
Chú [[N:Tám Quý]]: Để chú nói bà [[N:Sáu Hường]] bên hội đồng hương Triều Châu ở [[A:đường Lão Tử, phường 11, quận 5]] gửi người vô thăm
[[D:9/2]]
[[N:Lý Mỹ Lan]]: Ba vô phòng mổ 8h15 rồi
[[N:Lương Gia Vĩ]]: Ba mổ xong 10h40, BS [[N:Danh]] nói tốt 👍
[[N:Kenny Luong]]: 🙏🙏 thank god
[[N:Tiểu Phụng 🌸]]: Ba kêu đói, đòi ăn hủ tiếu 😂
[Sticker]
Tin nhắn đã được thu hồi
Chú [[N:Tám Quý]]: 好！Ba con mạnh lắm
[[D:12/2]]
[[N:Lương Gia Vĩ]]: Ba tập đi khung rồi cả nhà. BS cho ra [[D:14/2]]
[Video]
[[N:Lý Mỹ Lan]]: ông [[N:Lương Thiện Phát]] hôm nay còn ghẹo cô điều dưỡng [[N:Trang]] nữa 😅
[[N:Tiểu Phụng 🌸]]: Ba dễ thương quá. [[N:Phụng]] về nhà nấu cháo chờ ba`,
  ],
  // 36
  [
    'letter',
    `BỆNH VIỆN ĐA KHOA TỈNH AN GIANG
MEDICAL SUMMARY FOR TRANSFER / TÓM TẮT BỆNH ÁN CHUYỂN VIỆN
No. / Số: [[R:0912/TTBA-BVAG]]
To / Kính gửi: Calmette Hospital, Phnom Penh, Kingdom of Cambodia
Patient / Người bệnh: [[N:CHHEANG SOKHA]]          Sex: M          Date of birth: [[D:17/04/1979]]
Nationality: Cambodian       Passport: [[PP:N01772536]]
Address in Cambodia: [[A:Phum Preaek Ta Kov, Khum Kaoh Khael, Srok Sa'ang]], Kandal Province
Address in Việt Nam (temporary): [[A:ấp Vĩnh Lợi, xã Vĩnh Xương, thị xã Tân Châu]], An Giang
Hospital number / Mã BN: [[R:AG25-077319]]
Admission / Vào viện: [[D:02/09/2025]]       Discharge for transfer / Chuyển viện: [[D:11/09/2025]]
History: Fisherman, admitted after a fall on a boat at the border river with a deep laceration of the right forearm. Wound infection on day 3 with Aeromonas hydrophila (culture [[R:VS-AG-25-4418]]). Debridement on [[D:05/09]] and [[D:08/09]].
Diagnosis / Chẩn đoán: necrotizing soft tissue infection of the right forearm (M72.6); type 2 diabetes (E11.9).
Treatment: ceftazidime 2 g q8h, ciprofloxacin 400 mg q12h, insulin glargine 14 UI at night.
Condition at transfer: conscious, afebrile, BP 120/80, HR 84. Wound clean, granulating.
Reason for transfer: the family's request to continue treatment in Cambodia.
Accompanied by: wife Mrs. [[N:Ouk Sreypov]], phone [[P:+855 12 447 930]]; interpreter Mr. [[N:Néang Sa Phone]], Tịnh Biên.
Physician in charge / Bác sĩ điều trị: BSCKI [[N:Trần Minh Triết]]
Head of department / Trưởng khoa: ThS.BS [[N:Lê Thị Ngọc Mai]]
Date / Ngày: [[D:11 September 2025]]
(stamp) Vice Director / Phó Giám đốc: BSCKII [[N:Phan Văn Hoàng]]`,
  ],
  // 37
  [
    'nursing',
    `SỔ BÀN GIAO – KHOA SẢN – TTYT [[A:HUYỆN MƯỜNG LÁT]] (Thanh Hóa)
Ngày [[D:28/6]] – ca chiều → ca đêm
Người giao: NHS [[N:Hà Thị Liên]]. Người nhận: NHS [[N:Lò Thị Nhung]], NHS [[N:Vi Thị Thương]]
1. SP [[N:Lò Thị Ính]], 22t, Thái, [[A:bản Lát, xã Tam Chung]], con lần 2, sinh thường 13h20 bé gái 3,0 kg. Sau đẻ 5h, co hồi tốt, máu ra ít. Chồng [[N:Lương Văn Pằn]] ở cùng. Bà [[N:Lò Thị Khăm]] (mẹ đẻ) chỉ nói tiếng Thái – nhờ chị [[N:Lò Thị Nhung]] nói hộ.
2. SP [[N:Giàng Thị Xá]], 17t, Mông, [[A:bản Pù Quăn, xã Pù Nhi]], thai 38 tuần chuyển dạ, CTC 4 cm lúc 17h. Tim thai 140. Chưa có thẻ BHYT, chưa có CCCD. Chồng [[N:Thào A Vư]] (18t) đi cùng, SĐT mượn của anh [[N:Lầu Văn Dình]] [[P:0394 825 113]]. Phiên dịch: anh [[N:Vừ Bá Tếnh]] (cán bộ xã), đã về lúc 16h, nếu cần gọi [[P:0978 440 296]].
   → Báo cáo: SP chưa đủ 18 tuổi, đã báo bs [[N:Hùng]] và CTXH.
3. SP [[N:Phạm Thị Thanh Nga]], 31t, Kinh, giáo viên trường [[A:xã Trung Lý]], mổ lấy thai lần 2 lúc 10h, ngày 1 sau mổ, đã trung tiện. Con: bé trai [[N:Bin]] 3,4 kg, bú tốt. Chồng anh [[N:Hoàng Văn Trường]] xin ra viện [[D:2/7]].
4. Trẻ sơ sinh con SP [[N:Ính]]: tiêm VGB lúc 15h, Vit K1 1 mg. Mã sơ sinh [[R:SS-ML-25-0218]].
Thuốc tồn: oxytocin 10 UI × 6 ống; MgSO4 15% × 4 ống.
Việc cần làm: lấy máu XN cho SP [[N:Xá]] (nhóm máu, HIV, HBsAg). Hẹn bs [[N:Lê Văn Hùng]] khám lúc 20h.
Ghi chú ca đêm (NHS [[N:Vi Thị Thương]]): 23h50 SP [[N:Giàng Thị Xá]] sinh thường bé trai 2,7 kg, khóc ngay. Rách tầng sinh môn độ 1, khâu 3 mũi. Ngày sinh của bé [[D:28/6/2025]] ghi giấy chứng sinh số [[R:006417]]. Anh [[N:Vư]] mừng lắm, gọi ngay về bản báo cho bà nội [[N:Sùng Thị Chá]].`,
  ],
  // 38
  [
    'chat',
    `Zalo nhóm: KHOA DƯỢC – BVĐK TỈNH HÀ GIANG 💊
[[D:10/11]]
[[N:Nguyễn Thị Thu Hiền]] (TK Dược): Các khoa lưu ý: từ hôm nay albumin 20% chỉ cấp khi có phiếu hội chẩn, theo Thông tư 30/2018/TT-BYT
Mẫu phiếu hội chẩn đính kèm.
[File: Phieu_HC_albumin.docx]
[[N:Dương Văn Tùng]] (Ngoại CT): C ơi ca đèo Mã Pì Lèng hôm qua, bé [[N:Vàng Mí Sính]] cần albumin, BS [[N:Nhung]] đã hội chẩn rồi
[[N:Nguyễn Thị Thu Hiền]] (TK Dược): ok e gửi phiếu lên, số phiếu lĩnh bao nhiêu
[[N:Dương Văn Tùng]] (Ngoại CT): [[R:PL-NCT-11-0392]] c nhé
↪ [[N:Nguyễn Thị Thu Hiền]] (TK Dược) đã chuyển tiếp: "[[N:Dương Văn Tùng]] (Ngoại CT): [[R:PL-NCT-11-0392]] c nhé" tới [[N:Hoàng Thị Vân]] (kho)
[[N:Hoàng Thị Vân]] (kho): Đã xuất 2 lọ albumin 20% 50ml cho Ngoại CT, người nhận đd [[N:Lù Thị Dinh]]
Bs [[N:Giàng Seo Phử]] (Nội): Kho ơi khoa Nội hết insulin glargine rồi, bn [[N:Ly Thị Xúa]] G12 đang dùng 20UI tối
[[N:Hoàng Thị Vân]] (kho): a [[N:Phử]] ơi kho còn 3 bút, chiều e gửi lên
Tin nhắn đã được thu hồi
> Trả lời [[N:Hoàng Thị Vân]] (kho): "a [[N:Phử]] ơi kho còn 3 bút"
[[N:Trần Đức Mạnh]] (DLS): Nhắc: bn [[N:Sùng Thị Mỷ]] G3 HSTC đang vancomycin 1g q12h, nồng độ đáy hôm qua 24 mg/L → giảm liều, đã ghi vào HSBA [[R:25.014328]]
[[N:Đỗ Thị Hồng Nhung]] (Ngoại CT): Cảm ơn a [[N:Mạnh]]. Bé [[N:Sính]] hôm nay rút dẫn lưu rồi
[[D:11/11]]
[[N:Hoàng Thị Vân]] (kho): Lô paracetamol 1g/100ml số lô 240915 hạn dùng [[D:09/2026]], các khoa kiểm tra tủ trực
Các khoa trả lại kho trước 16h thứ Sáu
[Hình ảnh]
[[N:Dương Văn Tùng]] (Ngoại CT): Khoa em còn 12 chai c [[N:Vân]] ạ
[[N:Nguyễn Thị Thu Hiền]] (TK Dược): Thông báo: đơn thuốc điện tử ra viện của bà [[N:Giàng Thị Dợ]] (mã đơn [[R:0382FA7K1Q-c]]) bị lỗi liên thông, BS [[N:Nhung]] kê lại giúp
[[N:Đỗ Thị Hồng Nhung]] (Ngoại CT): ok c, e kê lại rồi
[Sticker]
[[N:Lù Thị Dinh]]: C ơi e là đd [[N:Dinh]] Ngoại CT. Bà [[N:Dợ]] ko biết tiếng Việt, ai hướng dẫn uống thuốc bằng tiếng Mông giúp e
Bs [[N:Giàng Seo Phử]] (Nội): Để a xuống nói cho bà
[[N:Nguyễn Thị Thu Hiền]] (TK Dược): 👍 cảm ơn a [[N:Phử]]
[[N:Trần Đức Mạnh]] (DLS): Báo cáo ADR: bn [[N:Lò Văn Thào]] (Nội) nổi mẩn sau ceftriaxon lúc 9h, đã ngừng thuốc. Mẫu báo cáo ADR gửi Trung tâm DI&ADR Quốc gia
Thuốc nghi ngờ: ceftriaxon 1g, số lô 2407118
Xử trí: methylprednisolon 40 mg TM, theo dõi
[Sticker]`,
  ],
  // 39
  [
    'minutes',
    `SỞ Y TẾ TỈNH HÀ GIANG
BỆNH VIỆN ĐA KHOA TỈNH
BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Số: [[R:12/BB-KĐTV]]
Hôm nay, 14h00 ngày [[D:20/11/2025]], tại phòng họp giao ban, Bệnh viện tổ chức kiểm điểm tử vong người bệnh:
Họ tên: [[N:Lý Thị Chúa]]     Giới: Nữ     Tuổi: 54     Dân tộc: Mông
Địa chỉ: [[A:thôn Sủng Trà, xã Sủng Trà, huyện Mèo Vạc]]
Mã người bệnh: [[R:HG2511-00873]]     Số CCCD: [[ID:002154006337]]
Vào viện: 17h35 ngày [[D:08/11/2025]]. Tử vong: 3h20 ngày [[D:16/11/2025]].
Chẩn đoán tử vong: đa chấn thương (tai nạn xe khách trên đèo), chấn thương ngực kín, dập phổi hai bên, ARDS, sốc nhiễm khuẩn.
Thành phần: Chủ tọa BSCKII [[N:Lê Văn Khang]] – Giám đốc; thư ký BS [[N:Nông Thị Hà]]; các BS [[N:Nguyễn Thị Hồng Nhung]] (Ngoại CT), [[N:Vũ Mạnh Cường]] (HSTC), [[N:Giàng Seo Phử]] (Nội), [[N:Trần Đức Mạnh]] (Dược lâm sàng); ĐD trưởng [[N:Hà Thị Thanh]].
Tóm tắt diễn biến (BS [[N:Vũ Mạnh Cường]] trình bày): người bệnh là hành khách trên xe BKS [[VP:23F-004.17]]; vào viện tỉnh, SpO2 88%, gãy 5 xương sườn trái. Đặt dẫn lưu màng phổi ngày [[D:8/11]]. Ngày [[D:10/11]] suy hô hấp tăng, đặt NKQ thở máy. Ngày [[D:13/11]] sốt, cấy đờm (mã mẫu [[R:VS-HG-25-2217]]) mọc Acinetobacter baumannii đa kháng. Dùng colistin theo hội chẩn ngày [[D:14/11]]. Tử vong sáng [[D:16/11]].
Ý kiến:
- BS [[N:Nhung]]: dẫn lưu đúng chỉ định, không có biến chứng thủ thuật.
- BS [[N:Mạnh]]: liều colistin phù hợp; cần tăng cường vệ sinh tay ở khoa HSTC.
- ĐD trưởng [[N:Hà Thị Thanh]]: ngày [[D:12/11]] khoa thiếu 2 điều dưỡng do nghỉ ốm.
- Người nhà (con trai [[N:Sùng Mí Tủa]], qua phiên dịch anh [[N:Sùng Seo Chử]]): gia đình không có khiếu nại, xin nhận thi thể về [[A:thôn Sủng Trà]] làm ma theo phong tục.
Kết luận: Tử vong do bệnh quá nặng, nhiễm khuẩn bệnh viện là yếu tố góp phần. Giao khoa Kiểm soát nhiễm khuẩn rà soát vệ sinh tay trước [[D:30/11]].
Giấy báo tử số [[R:078/GBT]] đã cấp ngày [[D:16/11/2025]].
Thư ký: [[N:Nông Thị Hà]]               Chủ tọa: [[N:Lê Văn Khang]]`,
  ],
  // 40
  [
    'chat',
    `Zalo nhóm: TYT [[A:XÃ TRƯỜNG SƠN]] – ỨNG PHÓ LŨ 2025 (Quảng Ninh, Quảng Bình)
[[D:27/10]]
[[N:Hồ Thị Lan]] (Trạm trưởng): Nước lên nhanh lắm rồi, sân trạm ngập 40cm. Mọi người chuyển thuốc, vắc xin lên tầng 2 ngay
[[N:Nguyễn Văn Đức]] YS: Dạ em tới rồi c. Tủ lạnh vắc xin nặng quá, e gọi thêm a [[N:Tuấn]] dân quân
[[N:Hồ Thị Lan]] (Trạm trưởng): Trạm đang có 2 người lưu: cụ [[N:Hồ Văn Bốc]] người Bru-Vân Kiều, [[AGE:92]]t, viêm phổi, đang thở oxy bình; và chị [[N:Đinh Thị Na]] (Khùa) 6 tháng thai, dọa sảy
[[N:Nguyễn Văn Đức]] YS: c ơi đường ra xã bị ngập rồi, xe cấp cứu ko vào dc
[[N:Hồ Thị Lan]] (Trạm trưởng): Chị gọi đồn Biên phòng xin xuồng. Ai có số a [[N:Cường]] đồn ko
[[N:Trần Thị Mơ]] NHS: Số anh [[N:Phan Văn Cường]] đây c: [[P:0915 208 763]]
[[N:Đinh Văn Hòa]] (y tế thôn): Ở [[A:bản Rìn Rìn]] có bà [[N:Hồ Thị Pay]] đang lên cơn hen, nhà ngập tới bậc thang, em đang ở đó
[[N:Trần Thị Mơ]] NHS: a [[N:Hòa]] cho bà xịt ventolin 2 nhát, ngồi dậy, báo c nếu ko đỡ
[[N:Đinh Văn Hòa]] (y tế thôn): dạ. bà đỡ rồi, SpO2 93
[[N:Hồ Thị Lan]] (Trạm trưởng): 19h40 xuồng Biên phòng tới trạm rồi. Chở cụ [[N:Bốc]] với chị [[N:Na]] trước, em [[N:Mơ]] đi theo
[[N:Trần Thị Mơ]] NHS: dạ e mang theo bình oxy nhỏ + bộ đỡ đẻ
[[N:Hồ Văn Sơn]]: Tôi là con trai cụ [[N:Bốc]]. Nhà tôi ở [[A:bản Mới, xã Trường Sơn]], tôi đi theo xuồng được ko
[[N:Hồ Thị Lan]] (Trạm trưởng): Được anh, mặc áo phao vào
[[N:Nguyễn Văn Đức]] YS: 20h30 đã tới TTYT Quảng Ninh an toàn. BS trực [[N:Trương Quang Huy]] nhận
[[N:Trương Quang Huy]] TTYT: Đã nhận 2 BN. Cụ [[N:Bốc]] SpO2 90 với oxy 3l. Chị [[N:Na]] thai ổn, tim thai 148
[[D:28/10]]
[[N:Hồ Thị Lan]] (Trạm trưởng): Báo cáo sáng: trạm ngập 1,2m tầng 1. Vắc xin an toàn trên tầng 2. Hồ sơ sổ sách tầng 1 bị ướt hết
[Hình ảnh]
[Hình ảnh]
[[N:Nguyễn Văn Đức]] YS: Tạm khám ở nhà văn hóa [[A:bản Đá Chát]] nha mọi người, sđt trực [[P:0232 3875 219]]
[[N:Trần Thị Mơ]] NHS: Có 3 trẻ bị tiêu chảy ở điểm sơ tán trường Tiểu học Trường Sơn, e đã cho oresol: bé [[N:Nhâm Thị Lài]], bé [[N:Hồ Văn Tí]], bé [[N:Bin]] con chị [[N:Thanh]] bán tạp hóa
[[N:Lê Thanh Bình]] (TTYT Quảng Ninh): Đã nhận, chiều nay TTYT gửi cloramin B, 500 viên Aquatabs
[[N:Đinh Văn Hòa]] (y tế thôn): c [[N:Lan]] ơi ông [[N:Hồ Văn Kiên]] [[A:bản Nước Đắng]] bị đứt chân do tôn, máu chảy nhiều
[Vị trí đã chia sẻ]
[[N:Hồ Thị Lan]] (Trạm trưởng): băng ép, kê cao, đưa ra nhà văn hóa a [[N:Đức]] khâu. Nhớ tiêm SAT
[[N:Nguyễn Văn Đức]] YS: đã khâu 6 mũi, tiêm SAT 1500 đv cho ông [[N:Kiên]]
[[D:30/10]]
[[N:Trương Quang Huy]] TTYT: Cụ [[N:Bốc]] ổn, hết sốt. Chị [[N:Na]] được chuyển BV Đa khoa tỉnh theo dõi thai, giấy chuyển tuyến số [[R:0715/GCT]]
[[N:Hồ Thị Lan]] (Trạm trưởng): Nước rút rồi, chiều nay cả trạm dọn dẹp. Ai rảnh 14h có mặt nha 💪`,
  ],
];
