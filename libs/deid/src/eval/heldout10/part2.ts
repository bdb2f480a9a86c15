// Held-out set 10, documents 13–24 (see index.ts for the conventions): a Mekong transfer
// letter, tele-consult minutes from the Central Highlands, a delivery-ward chat, a dialysis
// roster, a pharmacy chat, an emergency-department police request, a measles contact list,
// an English discharge summary for a Japanese patient, psychiatric nursing notes in Southern
// speech, a Huế family chat, a records-desk request and a voice-to-text hand-over. Written blind.
export const PART2: Array<[string, string]> = [
  // 13
  [
    'referral',
    `BỆNH VIỆN ĐA KHOA TỈNH VĨNH LONG
Khoa Cấp cứu
GIẤY CHUYỂN VIỆN
Số: [[R:2231/GCV-BV]]        Mã BN: [[R:VL25.0047719]]
Kính gửi: Bệnh viện Chợ Rẫy - Khoa Ngoại Thần kinh
Họ tên: [[N:Thạch Thị Sa Rươne]]        Tuổi: 41        Nữ        Dân tộc: Khmer
Địa chỉ: [[A:ấp Trà Ốt, xã Thuận Thới, huyện Trà Ôn]], Vĩnh Long
Nơi làm việc: lò gạch ông [[N:Sáu Lợi]], [[A:ấp Mỹ Thạnh, xã Thới Hòa]]
Thẻ BHYT số: [[BH:HN 4 86 8613042277]]        CCCD: [[ID:086182 009 317]]
Thân nhân: chồng [[N:Danh Sóc Hên]], ĐT [[P:0939.812.406]]; em ruột [[N:Thạch Thị Phol]] [[P:0387 006 543]]
Tóm tắt bệnh: Khoảng 19g ngày [[D:14/8/2025]] BN đi xe đạp bị xe máy BS [[VP:64E1-098.33]] va quẹt, té đập đầu. Vào viện GCS 14, sau 3 giờ giảm còn 10, đồng tử T 4mm. CT sọ não (phim số [[R:CT250814-0981]]): máu tụ ngoài màng cứng thái dương T dày 18mm, đè đẩy đường giữa 6mm.
Chẩn đoán: Máu tụ ngoài màng cứng thái dương T (S06.4) / TNGT
Xử trí: đặt NKQ, Manitol 20% 250ml, chống phù não; BVĐK tỉnh không có PTV thần kinh trực.
Chuyển lúc 23g10 ngày [[D:14/8/2025]]. Người đưa đi: ĐD [[N:Nguyễn Thị Bé Năm]], BS [[N:Trần Minh Luân]] (ĐT [[P:0919 664 108]])
Ghi chú: CA [[A:huyện Trà Ôn]] đang giữ xe, người gây tai nạn là [[N:Lê Văn Út]], CCCD [[ID:086098 011 240]], địa chỉ [[A:khóm 2, thị trấn Trà Ôn]].
Trưởng khoa Cấp cứu: BSCKII [[N:Huỳnh Văn Đực]]`,
  ],
  // 14
  [
    'consult',
    `BIÊN BẢN HỘI CHẨN TỪ XA (Telemedicine) - Bệnh viện Đa khoa vùng Tây Nguyên ↔ TTYT [[A:huyện Krông Búk]]
Thời gian: 15h00 ngày [[D:21/5/2025]]. Hình thức: phần mềm hội chẩn trực tuyến, phòng số [[R:HCTX-0521-07]].
Đầu cầu chủ trì: BSCKII [[N:Y Ngông Niê Kdăm]] (Khoa Nhi), ThS.BS [[N:H' Lim Ayun]] (Khoa Sơ sinh), BS [[N:Rơ Châm Blưu]]
Đầu cầu tuyến dưới: BS [[N:Ksor Y Thương]], ĐD [[N:H' Hen Mlô]]
Bệnh nhi: [[N:Y Bliêng Êban]], nam, sinh ngày [[D:02/3/2025]] (2,5 tháng tuổi), mã BN [[R:KB-2505-00316]]
Mẹ: [[N:H' Djuê Êban]], 19 tuổi, ở [[A:buôn Ea Siêng, xã Cư Né]]; bố: [[N:Y Khu Mlô]], làm rẫy. Hai vợ chồng không có điện thoại, liên hệ qua già làng [[N:Ama Thuôl]] ([[P:0262 3578 014]]) hoặc y tế thôn bản [[N:H' Zen Knul]] [[P:0355 920 641]].
Tóm tắt: ho 5 ngày, sốt 2 ngày, thở rút lõm ngực, SpO2 86% khí trời, phổi ran ẩm 2 bên. XQ: thâm nhiễm 2 phế trường. Cân nặng 4,1 kg (<-2SD).
BS [[N:Y Ngông]]: viêm phổi rất nặng/suy dinh dưỡng, cần thở oxy, kháng sinh Ampicillin + Gentamicin, chuyển tuyến khi ổn định.
ThS.BS [[N:H' Lim]]: kiểm tra lại tiêm chủng - theo sổ chưa tiêm mũi lao, hẹn tiêm tại trạm ngày [[D:25/5]].
BS [[N:Ksor Y Thương]]: gia đình xin về vì mùa rẫy, nhờ cán bộ xã vận động.
Kết luận: điều trị tại TTYT, hội chẩn lại 8h sáng [[D:22/5]]. Nếu SpO2 <90% với oxy 2 l/ph chuyển ngay lên tuyến tỉnh.
Thư ký: CN [[N:Nay H' Blơi]]`,
  ],
  // 15
  [
    'chat',
    `Nhóm Zalo "Khoa Sản - phòng sinh"
NHS [[N:Bế Thị Ngọc]]: BS ơi, sản phụ [[N:Triệu Thị Hồng]] 27t, PARA 1001, thai 39 tuần, CTG nhóm II, cổ tử cung 7cm, vào lúc 2h
Bs [[N:Mông Đức Lâm]]: ok e theo dõi sát tim thai 15p/lần, a xuống ngay
NHS [[N:Ngọc]]: 3h20 sinh thường 1 bé gái 3100g, Apgar 8/9. Ghi hồ sơ sơ sinh: con bà [[N:Triệu Thị Hồng]], sinh [[D:07/7/2025]] lúc 3h20, mã sơ sinh [[R:SS-2507-0143]]
Bs [[N:Lâm]]: mẹ mất máu ~350ml, ổn. Chồng là ai e?
NHS [[N:Ngọc]]: chồng [[N:Hoàng Văn Khánh]] ([[P:0372 445 918]]), đang ở [[A:thôn Nà Tồng, xã Hòa Chung]] đi xuống. Tên cháu bé bố mẹ đặt là [[N:Hoàng Ngọc Bảo Hân]] ạ
ĐD [[N:Nông Thu Hà]] (Sơ sinh): e cần CCCD của mẹ để làm giấy chứng sinh nhé
NHS [[N:Ngọc]]: CCCD [[ID:004191 002 766]] ạ
ĐD [[N:Nông Thu Hà]] (Sơ sinh): ok giấy chứng sinh số [[R:0287/2025/GCS]], quyển 03. Tiêm VitK1 + viêm gan B mũi sơ sinh lúc 4h
Bs [[N:Lâm]]: ca tiếp: sản phụ [[N:Đàm Thị Mai]] G6, BHYT [[BH:DN4040420119583]], mổ lấy thai chủ động [[D:8/7]] 7h30 (vết mổ cũ 2 lần)
NHS [[N:Ngọc]]: dạ em báo chị [[N:Thương]] phòng mổ`,
  ],
  // 16
  [
    'roster',
    `LỊCH CHẠY THẬN NHÂN TẠO - Đơn nguyên Lọc máu - tuần [[D:15/9 - 20/9/2025]]
(Ca 1: 6h-10h, Ca 2: 10h30-14h30, Ca 3: 15h-19h; máy 01-24)
Ca | Máy | Người bệnh | Mã LM | Thứ | SĐT liên hệ
1 | 03 | [[N:Phan Văn Bình]] | [[R:LM-0127]] | 2-4-6 | [[P:0988 330 157]]
1 | 07 | [[N:Ông Thị Xuân]] | [[R:LM-0214]] | 2-4-6 | [[P:0912.557.046]] (con [[N:Khoa]])
1 | 11 | [[N:Đinh Công Tráng]] | [[R:LM-0098]] | 3-5-7 | [[P:0243 8252 114]]
2 | 02 | [[N:Lạc Văn Tám]] | [[R:LM-0301]] | 2-4-6 | [[P:0965 218 730]]
2 | 15 | [[N:Chu Thị Duyên]] | [[R:LM-0155]] | 3-5-7 | [[P:0867 401 992]]
2 | 19 | [[N:Hứa Vĩnh Khang]] | [[R:LM-0288]] | 3-5-7 | [[P:0903 116 482]] (vợ [[N:Tăng Mỹ Linh]])
3 | 05 | [[N:Vương Đình Dũng]] | [[R:LM-0176]] | 2-4-6 | [[P:0325-774-650]]
3 | 22 | [[N:Kha Thị Phượng]] | [[R:LM-0322]] | 3-5-7 | [[P:0789 005 318]]
Ghi chú:
- BN [[N:Lạc Văn Tám]] HBsAg (+) chạy máy 02 riêng, cuối ca khử khuẩn.
- BN [[N:Đinh Công Tráng]] ([[AGE:90]]t) nghỉ [[D:17/9]] đi mổ thông động tĩnh mạch, ca bù [[D:18/9]] ca 3.
- BN mới từ [[D:22/9]]: [[N:Lý Thị Thanh Hà]], mã LM [[R:LM-0331]], nhà [[A:số 18 ngách 41/12 Trần Quang Diệu, phường Ô Chợ Dừa]], thẻ [[BH:HC4010103377410]].
Điều dưỡng trưởng đơn nguyên: [[N:Quan Thị Nhàn]] - [[P:0983 002 617]]`,
  ],
  // 17
  [
    'chat',
    `Nhóm "Nhà thuốc BV - Phòng khám" (Zalo)
DS [[N:Tống Hải Yến]]: Chị ơi đơn thuốc điện tử mã [[R:79031a8c2f7b-c]] của bn [[N:Kim Sơn Hải]] kê Insulin Mixtard 30/70 nhưng liều ghi 30 UI/ngày không ghi sáng/tối, bs nào kê vậy?
ĐD [[N:Phúc]] (PK Nội tiết): bs [[N:Nghiêm Thị Khánh Ly]] kê ạ, số CCHN [[L:003912/HCM-CCHN]]
Bs [[N:Khánh Ly]]: 20 sáng - 10 chiều nhé em, chị sửa lại trên hệ thống rồi, mã đơn mới [[R:79031a8c3e11-c]]
DS [[N:Tống Hải Yến]]: ok chị. Bn [[N:Hải]] hỏi có lấy thêm que thử đường huyết được không, BHYT [[BH:CB2797920552180]] không chi trả
Bs [[N:Khánh Ly]]: e tư vấn mua ngoài nhé
ĐD [[N:Phúc]] (PK Nội tiết): ca nữa ạ: bà [[N:La Thị Mười]] [[AGE:94]] tuổi, đơn gây nghiện Morphin 10mg/ml, bs [[N:Thạch Phước Lộc]] kê, người lĩnh thuốc là cháu nội [[N:La Quốc Trung]], CCCD [[ID:079204 005 516]]
DS [[N:Tống Hải Yến]]: đơn gây nghiện cần sổ, số sổ [[R:GN-0412/25]] đúng không, và giấy tờ bản chính người lĩnh
ĐD [[N:Phúc]] (PK Nội tiết): dạ đúng, sổ cấp [[D:02/4/2025]]. Cháu [[N:Trung]] sđt [[P:0764 118 092]], ở [[A:hẻm 128/7 Bùi Minh Trực, phường 5, quận 8]]
DS [[N:Tống Hải Yến]]: ok e cấp 7 ngày, hẹn tái khám thứ Sáu [[D:19/9]]`,
  ],
  // 18
  [
    'letter',
    `CÔNG AN [[A:PHƯỜNG VĨNH HẢI]]                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: [[R:318/CV-CAP]]                          Khánh Hòa, ngày [[D:02 tháng 02 năm 2025]]
V/v đề nghị cung cấp thông tin người bị thương
Kính gửi: Bệnh viện Đa khoa tỉnh Khánh Hòa (Khoa Cấp cứu)
Vào khoảng 23 giờ 30 phút ngày [[D:31/01/2025]] ([[D:mùng 3 Tết Ất Tỵ]]), tại trước số nhà [[A:47 Đường 2 Tháng 4, phường Vĩnh Hải]] xảy ra vụ xô xát giữa nhóm thanh niên, hậu quả anh [[N:Phạm Nhật Trường]], sinh năm 2003, HKTT [[A:tổ 9, thôn Võ Cang, xã Vĩnh Trung]], bị thương vùng đầu và được đưa vào Quý bệnh viện cấp cứu.
Đối tượng liên quan: [[N:Đoàn Văn Tý]] (tự "[[N:Tý Sẹo]]"), sinh năm 1998, CCCD [[ID:056098 012 634]]; [[N:Lê Minh Quang]] sinh năm 2005, điều khiển xe mô tô BKS [[VP:79-H1 247.90]].
Để phục vụ công tác điều tra, Công an phường đề nghị Quý bệnh viện cung cấp:
1. Tình trạng thương tích của anh [[N:Trường]] lúc nhập viện (hồ sơ cấp cứu số [[R:CC-2501-3310]]).
2. Kết quả nồng độ cồn trong máu (nếu có).
Cán bộ thụ lý: Thượng úy [[N:Nguyễn Hoài Nam]], ĐT [[P:0905 417 330]].
TRƯỞNG CÔNG AN PHƯỜNG
Trung tá [[N:Võ Đình Thọ]]
---
Ghi chú của phòng KHTH (tay): đã trả lời bằng văn bản số [[R:77/BV-KHTH]] ngày [[D:05/2]]; BN ra viện [[D:04/02]], mã BN [[R:KH25-0026815]]. Người ký: [[N:Nguyễn T. Thanh Xuân]].`,
  ],
  // 19
  [
    'outbreak',
    `DANH SÁCH TIẾP XÚC GẦN CA SỞI (ca chỉ điểm: [[N:Chảo Thị Mây]], 4 tuổi, mã ca [[R:SOI-LC-25-0412]])
Ngày phát ban của ca: [[D:11/4/2025]]; điều tra ngày [[D:14/4]] bởi [[N:Lù Văn Chiến]] và [[N:Sùng Thị Dua]] (TYT)
TT | Họ tên | Tuổi | Quan hệ | Địa chỉ | Tiêm chủng | Điện thoại
1 | [[N:Chảo Láo Sử]] | 31 | bố | [[A:thôn Phìn Hồ, xã Bản Xèo]] | ? | [[P:0377 920 135]]
2 | [[N:Tẩn Thị Mẩy]] | 28 | mẹ | như trên | 1 mũi | -
3 | [[N:Chảo Láo Tả]] | 7 | anh | như trên | chưa | -
4 | [[N:Chảo A Sình]] | 2 | em | như trên | chưa, sốt [[D:13/4]] | -
5 | [[N:Lý Thị Cói]] | 45 | bà ngoại | [[A:thôn Sín Chải, xã Bản Xèo]] | ? | [[P:0352 114 709]]
6 | [[N:Phàn Thị Lìu]] | 5 | bạn cùng lớp | [[A:thôn Phìn Hồ]] | 2 mũi | (cô giáo [[N:Hà Thị Thủy]] [[P:0915 730 221]])
7 | [[N:Vàng A Páo]] | 6 | bạn cùng lớp | [[A:thôn Cốc Pục]] | chưa | -
8 | [[N:Nguyễn Thị Thanh Tâm]] | 24 | giáo viên mầm non điểm Phìn Hồ | [[A:tổ 3, thị trấn Bát Xát]] | 2 mũi | [[P:0981 665 403]]
Hẹn theo dõi đến hết [[D:02/5]] (21 ngày). Trẻ số 3, 4, 7 tiêm vét MR tại điểm trường ngày [[D:16/4]].
Người lập: [[N:Lù Văn Chiến]]. Gửi: TTYT [[A:huyện Bát Xát]], khoa KSBT (chị [[N:Hoa]]).`,
  ],
  // 20
  [
    'discharge',
    `DISCHARGE SUMMARY - Family Medical Practice Hanoi (inpatient unit)
Patient: [[N:TANAKA Hiroshi]] ([[N:田中 浩]])        Sex: M        DOB: [[D:1958-09-14]]
Nationality: Japan        Passport: [[PP:TR8841207]]        Hospital No.: [[R:FMP-HN-0031877]]
Admitted: [[D:2025-01-06]]        Discharged: [[D:2025-01-11]]
Travel insurer: Tokio Marine, policy [[R:TM-JP-77401829]], GOP ref [[R:GOP/FMP/250107/12]]
Address in Hanoi: [[A:Room 905, Somerset West Point, 2 Tay Ho Street, Quang An Ward, Tay Ho District]]
Emergency contact: [[N:TANAKA Yumiko]] (wife), [[P:+81 90-4417-2285]]; company [[N:Sato Kenji]] [[P:+84 24 3928 7711]]
Attending: Dr. [[N:Pascal Moreau]]; co-signed Dr. [[N:Nguyễn Thu Hằng]]
Diagnoses: NSTEMI (I21.4); T2DM (E11.9); hypertension (I10).
Course: Presented [[D:6 Jan]] with chest pain after a business dinner; troponin I 1.8 ng/mL. Coronary angiogram on [[D:7 Jan]] (performed at Vinmec Times City, report no. [[R:VMTC-CATH-25-0032]]): 90% LAD stenosis, 1 DES. Uneventful after.
Discharge meds: aspirin 81 mg, ticagrelor 90 mg bid, atorvastatin 40 mg, metformin 500 mg bid, bisoprolol 2.5 mg.
Interpreter: Ms. [[N:Đỗ Phương Linh]] (JP-VN) [[P:0977 215 066]].
Follow-up: cardiology clinic [[D:20 January 2025]]; fit to fly after [[D:Jan 25]] per insurer's medical officer Dr. [[N:Yamamoto]].
Copy sent to [[E:h.tanaka.1958@ezweb.ne.jp]] with patient consent.`,
  ],
  // 21
  [
    'nursing',
    `Khoa Tâm thần - Sổ theo dõi người bệnh (ĐD ghi tay, chép lại)
BN: [[N:Nguyễn Văn Út]] (ở nhà kêu [[N:Út Lì]]), 38t, mã BA [[R:TT-24-11902]], buồng 2, BHYT [[BH:CK 2 87 8712069334]].
[[D:03/12]] sáng: BN la hét, đòi về [[A:ấp 4, xã Tân Phú Trung]] "coi vườn", nói có người tên [[N:Hai Rô]] muốn hại ổng. Bs [[N:Lưu Văn Chín]] cho Haloperidol 5mg TB. ĐD [[N:Bảy]].
[[D:03/12]] chiều: BN ngủ. Má BN là bà [[N:Ba Nhỏ]] ([[N:Trần Thị Nhỏ]]) lên thăm, gửi đồ, nói thằng [[N:Út]] bỏ thuốc từ hồi [[D:tháng 10]] sau đám giỗ. SĐT bà [[P:0907 318 642]], đứa cháu [[N:Tí]] hay nghe máy.
[[D:04/12]] sáng: BN ăn hết phần, hợp tác uống thuốc Olanzapin 10mg. ĐD [[N:Tám]] ([[N:Huỳnh Thị Tám]]).
[[D:04/12]] tối: BN gây gổ với BN giường bên ([[N:Chín Mập]]), tách buồng, báo bs trực [[N:Sơn]].
[[D:05/12]]: ổn. Em trai [[N:Nguyễn Văn Tư]] xin gặp bs hỏi chuyện làm giấy khám sức khỏe tâm thần cho tòa (giấy mời số [[R:152/GM-TA]] của TAND [[A:huyện Châu Thành]]).
[[D:06/12]]: Bs [[N:Chín]] hội chẩn với BSCKII [[N:Dương Thanh Phong]], tiếp tục điều trị, dự kiến ra [[D:15 - 16/12]].`,
  ],
  // 22
  [
    'chat',
    `Zalo cá nhân - Bs [[N:Tôn Thất Minh Quân]] ↔ người nhà bệnh nhân
[[N:Hoàng Thị Mộng Cầm]]: Dạ thưa bác sĩ, con là cháu của mệ [[N:Lài]] nằm phòng 3 khoa Lão, mệ [[N:Nguyễn Thị Lài]] [[AGE:96]] tuổi ấy ạ. Mệ con chừ có đỡ chưa bác sĩ?
Bs [[N:Minh Quân]]: Chào em. Mệ đỡ sốt rồi, nhưng ăn uống còn kém. Ai là người chăm chính hả em?
[[N:Hoàng Thị Mộng Cầm]]: Dạ o [[N:Hường]] con út của mệ chăm, o ở [[A:kiệt 64 Phan Chu Trinh, phường Phước Vĩnh]], o không rành điện thoại. Số o là [[P:0234 3812 540]] (máy bàn) ạ
Bs [[N:Minh Quân]]: Ok. Mai ([[D:28/2]]) anh muốn họp gia đình về chuyện đặt sonde dạ dày. Dượng [[N:Thuận]] có về được không?
[[N:Hoàng Thị Mộng Cầm]]: Dượng con đi Sài Gòn rồi, để con gọi ôn [[N:Khiêm]] (em mệ) ở [[A:làng Kim Long]] ra thay. Ôn [[N:Khiêm]] năm ni cũng 88 rồi bác sĩ.
Bs [[N:Minh Quân]]: Được em. Nhớ mang theo CCCD của mệ, số trên hồ sơ [[ID:046150 000 821]] bị mờ số cuối.
[[N:Hoàng Thị Mộng Cầm]]: Dạ đúng rồi ạ. À bác sĩ ơi, mệ có thẻ BHYT người cao tuổi số [[BH:CT 2 46 4604122780]], ghi nơi ĐK KCB ban đầu là trạm y tế [[A:phường Phước Vĩnh]], có được hưởng không ạ?
Bs [[N:Minh Quân]]: Được em, đúng tuyến rồi. Chào em.`,
  ],
  // 23
  [
    'records',
    `PHÒNG KẾ HOẠCH TỔNG HỢP - Sổ tiếp nhận yêu cầu sao chép hồ sơ bệnh án (năm 2025, quyển 2)
[[D:01/7]] - Người YC: [[N:Quách Thị Thu Hà]], CCCD [[ID:001187 031 552]], là vợ NB [[N:Kim Văn Đông]] (đã mất [[D:18/5/2025]]).
    Mục đích: bồi thường bảo hiểm nhân thọ (Manulife, HĐ số [[R:2800417735]]).
    Hồ sơ: HSBA số [[R:25.05.007712]] + giấy báo tử số [[R:0341/GBT-BV]]; thẻ BHYT của NB [[BH:HC 4 01 0120448193]].
    Giấy ủy quyền chứng thực tại UBND [[A:phường Khương Trung]] ngày [[D:28/6]]. ĐT [[P:0904 870 316]]. Trả: [[D:08/7]].
[[D:02/7]] - Người YC: Luật sư [[N:Đặng Quốc Bảo]] (Đoàn LS TP Hà Nội, thẻ LS số [[L:11294/LS]]) đại diện cho NB [[N:Mai Văn Lượng]].
    Hồ sơ: HSBA [[R:24.11.021930]] và [[R:25.01.001208]]; kèm quyết định trưng cầu số [[R:85/QĐ-VKS]] của VKSND [[A:quận Thanh Xuân]].
    Email: [[E:dqbao.law@gmail.com]]. Trả: chờ Giám đốc duyệt (chị [[N:Huệ]] trình [[D:03/7]]).
[[D:03/7]] - NB tự yêu cầu: [[N:Lê Thị Ánh Tuyết]], hộ chiếu [[PP:C4927715]] (đang ở Đức, về nước tạm).
    Hồ sơ: HSBA sinh con năm 2019, số lưu trữ [[R:SAN-2019-04418]].
    Địa chỉ nhận bưu điện: [[A:P.1204, tòa HH2A, KĐT Linh Đàm, phường Hoàng Liệt]]. ĐT Đức [[P:+49 1523 7784012]].
[[D:07/7]] - Người YC: BHXH [[A:quận Hoàng Mai]] (công văn [[R:412/BHXH-GĐ]]) giám định hồ sơ NB [[N:Tạ Đình Phúc]], thẻ [[BH:HT3010108863275]].
    Ghi chú: NB [[N:Phúc]] đã chuyển hộ khẩu về [[A:xóm Chùa, xã Tam Hiệp, huyện Thanh Trì]].
Người tiếp nhận: [[N:Văn Thị Huệ]]; người duyệt: TP KHTH [[N:Trịnh Xuân Bách]].`,
  ],
  // 24
  [
    'handover',
    `(ghi âm giao ban chuyển chữ tự động, chưa sửa)
[00:00:04] ca đêm qua khoa mình có 3 ca nặng
[00:00:09] ca thứ nhất là bệnh nhân [[N:lê văn hưng]] năm mươi tám tuổi giường số 4 vào viện lúc 1 giờ sáng vì nôn ra máu hb 72
[00:00:21] đã truyền hai đơn vị máu nhóm o mã túi máu [[R:25TM08712]] và [[R:25TM08713]] nội soi cầm máu lúc 3 giờ bác sĩ [[N:giang]] làm
[00:00:35] ca thứ hai là bà [[N:phùng thị thơm]] tám mươi mốt tuổi ở [[A:xóm đồng bông xã ninh hải]] ngã ở nhà gãy cổ xương đùi
[00:00:47] con trai là anh [[N:tùng]] số điện thoại [[P:không chín tám bảy bốn năm một hai ba sáu sáu]] nhờ bác sĩ [[N:hậu]] gọi lại
[00:00:58] bà chưa có thẻ bảo hiểm anh [[N:tùng]] đọc số căn cước của bà là [[ID:không ba bảy một năm một không không chín tám hai bốn]]
[00:01:10] ca thứ ba là cháu [[N:đinh nhật minh]] mười sáu tuổi ngộ độc thuốc lá mạ ngày [[D:hai mươi hai tháng tám]] đã rửa dạ dày đang theo dõi ở hồi sức
[00:01:24] mẹ là chị [[N:oanh]] xin chuyển bệnh viện bạch mai bác sĩ [[N:trần quốc hậu]] đã giải thích
[00:01:33] ngoài ra ông [[N:vũ]] giường 9 mã bệnh nhân [[R:hai năm không tám hai hai không bốn một]] xin ra viện sáng nay điều dưỡng [[N:nhàn]] làm thủ tục nhé
[00:01:41] thẻ bảo hiểm của ông [[N:vũ]] là [[BH:hờ tê hai ba bảy ba bảy không một hai tám năm bốn chín một sáu]] hết hạn cuối tháng
[00:01:50] hết`,
  ],
];
