// Held-out set 25, documents 21–40 (see index.ts for the conventions): clinical texts —
// international clinic chats and e-mails with interpreters and insurers, English discharge
// summaries and referral letters, a WhatsApp thread with an assistance company, highland commune
// health station reports and referrals, a border-gate quarantine log, ethnic-minority family
// groups, mixed Vietnamese-English hand-overs, minutes, a Lao hospital's letter, a lab report.
// Written blind.
export const PART3: Array<[string, string]> = [
  // 21
  [
    'chat',
    `Nhóm Zalo "PK Quốc tế Sơn Trà – Lễ tân & Phiên dịch" – [[D:03/11/2025]]
[[N:Trần Minh Thư]] (lễ tân) 08:12: Sáng nay có 2 khách Hàn đặt lịch qua KakaoTalk nha chị [[N:Hana]]. 1) [[N:PARK Seo-yeon]] / [[N:박서연]], nữ, DOB [[D:1991.04.17]], hộ chiếu [[PP:M83027714]], đau bụng + sốt từ tối qua. 2) Bé [[N:CHOI Ji-an]] (4t) đi cùng mẹ [[N:YOON Mi-rae]].
[[N:Lee Hana]] (phiên dịch HQ) 08:15: Ok em. Chị [[N:Seo-yeon]] ở resort trên [[A:đường Trường Sa, phường Hòa Hải, quận Ngũ Hành Sơn]] nha, SĐT HQ [[P:+82 10-5528-1937]], số VN tạm [[P:0779 418 226]].
[[N:Trần Minh Thư]] 08:17: Mã BN em tạo rồi: [[R:STI-25-004471]] ([[N:Park]]), [[R:STI-25-004472]] ([[N:Choi]]).
BS [[N:Đinh Quang Huy]] 09:40: Khám xong chị [[N:Park]]: nghi viêm ruột thừa, McBurney (+), Murphy (-), BC 15,2 G/L, CRP 86 mg/L. Cần CT, chuyển Vinmec. [[N:Hana]] báo bảo hiểm giúp anh.
[[N:Lee Hana]] 09:46: Chị ấy có bảo hiểm du lịch Samsung Fire & Marine, số hợp đồng [[R:SFM-TRV-2510-887214]], mã thành viên [[BH:SF88721403]]. Em gửi form GOP qua mail [[E:hana.lee.interp@gmail.com]] nhé.
[[N:Trần Minh Thư]] 09:52: Chồng chị ấy là [[N:KIM Tae-woo]] ([[N:김태우]]) vừa gọi từ Seoul, bay chuyến sớm nhất, đến ĐN khoảng 22h [[D:3/11]]. SĐT anh ấy [[P:+82 10-3306-7718]].
BS [[N:Đinh Quang Huy]] 10:05: Bé [[N:Ji-an]]: viêm tai giữa cấp bên P, Augmentin 250/62,5 ngày 2 lần x 7 ngày, tái khám [[D:6/11]]. Mẹ bé xin giấy khám cho trường mẫu giáo bên HQ, [[N:Hana]] dịch giúp dòng "đã khám ngày [[D:2025년 11월 3일]]" nha.
[[N:Lee Hana]] 10:11: Dạ. Địa chỉ nhà bé ở HQ để ghi giấy: 부산광역시 [[A:해운대구 센텀중앙로 48, 1203호]]. Bố bé là [[N:최성민]] ([[N:CHOI Sung-min]]), SĐT [[P:+82 10-9104-2287]].
[[N:Trần Minh Thư]] 13:30: Xe chuyển chị [[N:Park]] đi Vinmec lúc 13h20, giấy chuyển số [[R:CT-0311/25]]. [[N:Hana]] đi theo phiên dịch nha.
[[N:Lee Hana]] 13:31: 👍 đi rồi. Samsung gửi GOP về mã [[R:GOP-SF-25110317]], em forward cho Vinmec rồi.
[[N:Trần Minh Thư]] 17:02: Vinmec báo mổ nội soi xong lúc 16h40, ok hết. Mai [[D:4/11]] em gọi hỏi thăm.`,
  ],
  // 22
  [
    'email',
    `From: [[N:Yuki Mori]] <[[E:yuki.mori@tmn-assist.co.jp]]>
To: [[N:Phạm Thị Ngọc Trâm]] <[[E:tram.ptn.ips@gmail.com]]>
Cc: [[N:Suzuki Hiroto]] <[[E:h.suzuki@nks-vietnam.com]]>
Date: [[D:2025/11/04]] 10:22 JST
Subject: Re: GOP request – [[N:TANAKA Kenji]] / [[N:田中健二]] – DOB [[D:1978/06/22]] – Case [[R:TMN-VN-251102-0417]]

Dear Ms. [[N:Pham]],
Thank you for the medical report dated [[D:3 Nov]]. We confirm that Mr. [[N:Tanaka]] (policy no. [[R:OS-7730-118842]], member no. [[BH:TMN-0418-772-61]], passport [[PP:TZ1184027]]) is covered under his company's overseas travel plan.
We hereby issue Guarantee of Payment no. [[R:GOP-25-0048817]] up to USD 15,000 for the admission from [[D:2 Nov 2025]] (acute biliary pancreatitis, K85.1). Please send the itemized bill and the discharge summary before discharge.
His wife, Mrs. [[N:Tanaka Keiko]] ([[N:田中恵子]]), will arrive on [[D:Nov 5]] on the morning flight from Narita; her mobile is [[P:+81 90-3318-2274]]. She does not speak English, so we have arranged a Japanese interpreter, Ms. [[N:Hasegawa Rie]] ([[P:0903 611 284]]).
Best regards,
[[N:Yuki Mori]] ([[N:森由紀]])
Medical Assistance Dept.

-----Original Message-----
From: [[N:Phạm Thị Ngọc Trâm]]
Sent: Monday, [[D:3 November 2025]] 18:47
Subject: GOP request – [[N:TANAKA Kenji]]

Dear [[N:Mori]]-san,
Patient [[N:TANAKA Kenji]], male, 47, employee of a Japanese company in [[A:KCN VSIP, phường Bình Hòa, TP Thuận An]], residing at [[A:Apt 18.05, Sunrise City, 27 Nguyen Huu Tho, Tan Hung Ward, District 7]], Ho Chi Minh City, was admitted via our ER on [[D:02/11/2025]] at 23:40, MRN [[R:HC-2511-078214]].
Findings: epigastric pain radiating to the back, lipase 1,240 U/L, CT on [[D:3/11]] Balthazar C, gallstones. Plan: conservative treatment, ERCP if bilirubin rises, cholecystectomy before discharge. Estimated cost VND 95,000,000 for 5–7 days.
Home address in Japan (for your file): [[A:2-11-3 Meguro, Meguro-ku]], Tokyo 153-0063. Japanese health insurance card: [[BH:06139814-2271]].
Employer contact: Mr. [[N:Suzuki Hiroto]], HR manager, [[P:0913 552 804]].
Kind regards,
[[N:Phạm Thị Ngọc Trâm]]
International Patient Services`,
  ],
  // 23
  [
    'discharge',
    `KHANH HOA PROVINCIAL GENERAL HOSPITAL – INTERNATIONAL WARD
DISCHARGE SUMMARY (English copy for insurer)
Hospital No.: [[R:25.084417]]   Admission No.: [[R:NV-2510-3391]]
Patient: [[N:GRANT, Olivia Jane]]   Sex: F   DOB: [[D:14 Feb 1994]]   Nationality: Australian
Passport: [[PP:PB4419072]]   Visa: e-visa [[R:EV2510288417]]
Local address: [[A:Apartment 1705, Panorama Tower, 02 Nguyen Thi Minh Khai, Loc Tho Ward, Nha Trang City]]
Home address: [[A:27 Harbour Street, Fremantle]] WA 6160, Australia
Next of kin: [[N:Sam Grant]] (husband), [[P:+61 412 338 905]], [[E:samgrant.au@outlook.com]]
Insurer: Cover-More Travel Insurance – policy [[R:CMT-3318-7742-01]], assistance case [[R:CMA/25/104471]]
Admitted: [[D:29/10/2025]] 16:20 via ER      Discharged: [[D:03/11/2025]] 10:00
Diagnosis: Dengue with warning signs progressing to dengue shock (A91) on day 5 of illness; mild transaminitis.
History: Fever, headache and myalgia from [[D:25 Oct]]; travelled from Ho Chi Minh City to Nha Trang on [[D:27 Oct]]. NS1 positive at a private clinic on [[D:28 Oct]].
Course: On [[D:30/10]] haematocrit rose from 42% to 51%, platelets fell to 18 G/L, BP 90/70 mmHg with cold extremities. Managed with crystalloid and colloid boluses according to the Ministry of Health dengue guideline (Decision 2760/QĐ-BYT). No bleeding, no transfusion. Haemodynamically stable from [[D:1/11]]; platelets 96 G/L on the day of discharge, AST 188 U/L, ALT 142 U/L.
Discharge medication: Paracetamol 500 mg every 6 hours as needed (max 3 g/day); oral rehydration salts.
Follow-up: Repeat full blood count in Ho Chi Minh City on [[D:5 Nov]]. Not fit to fly before [[D:8 Nov]]; fit-to-fly certificate no. [[R:FTF-25-0112]] will be issued after that test.
Interpreter during stay: [[N:Võ Hoàng Yến]] (Vietnamese–English).
Attending physician: Dr. [[N:Lê Thị Mỹ Duyên]], practising certificate [[L:002417/KH-CCHN]]
Head of department: Dr. [[N:Nguyễn Văn Phước]]
Signed at Nha Trang, [[D:03 Nov 2025]]`,
  ],
  // 24
  [
    'referral',
    `PHU QUOC INTERNATIONAL CLINIC
REFERRAL LETTER AND MEDICAL REPORT FOR AIR EVACUATION
Ref.: [[R:PQIC/REF/25/0331]]      Date: [[D:2025-11-06]]
To: International Medical Coordination Office, Bumrungrad International Hospital, Bangkok, Thailand
Attn: Dr. [[N:Somchai Rattanakul]], Orthopaedic Surgery
Patient: [[N:Lukas BECKER]]      DOB: [[D:03.11.1988]]      Passport (D): [[PP:C4J7M2X91]]
Home address: [[A:Schillerstraße 14, 80336 München]], Germany
Address in Vietnam: [[A:Villa B12, Sonasea Residences, Bai Truong, Duong To Commune, Phu Quoc City]]
Clinic ID: [[R:PQ-IC-25-03318]]
Insurer: Allianz Care – policy [[R:P-2210947]], member no. [[BH:AC-90447218-01]]; GOP [[R:GOP/AC/25/118204]] issued on [[D:5 Nov]]

Dear Dr. [[N:Somchai]],
I am referring Mr. [[N:Becker]], 37, who was thrown from a jet ski off Ong Lang beach on [[D:4 Nov 2025]] at about 15:30 and struck his left knee on the hull.
Findings: swollen, deformed left knee, distal pulses present, no neurological deficit. X-ray and CT on [[D:4/11]]: displaced fracture of the left tibial plateau, Schatzker IV, with a depressed fragment of 8 mm. No other injury; haemoglobin 13.1 g/dL.
Management: long leg splint, enoxaparin 40 mg daily, analgesia. He has been nil by mouth from midnight on [[D:6 Nov]] in view of surgery.
He and his insurer have requested definitive fixation in Bangkok. Air ambulance booking no. [[R:AA-SEA-77140]], estimated arrival at Suvarnabhumi on [[D:7 Nov]] at 11:00, with our nurse [[N:Trần Thị Diễm My]] as escort.
He will be accompanied by his wife, Mrs. [[N:Anna Becker]] (passport [[PP:C7R2K9L03]], mobile [[P:+49 151 2233 8840]]). His general practitioner in Germany is Dr. [[N:Martina Hoffmann]], [[E:praxis.hoffmann@t-online.de]].
Yours sincerely,
Dr. [[N:Phan Minh Khoa]], MD
Practising licence [[L:000942/KG-CCHN]] – [[E:khoa.phan.pqic@gmail.com]] – mobile [[P:+84 913 207 558]]`,
  ],
  // 25
  [
    'chat',
    `WhatsApp group "MV Pacific Orchid – crew medical – VT" ([[D:Nov 3 – 6, 2025]])
[[D:03/11/2025]], 07:41 - [[N:Jerome Santos]]: Good morning. Our 2/O [[N:Renato MANALO]] has had chest pain since 0400, vessel at anchor Vung Tau. Agent arranging launch boat.
[[D:03/11/2025]], 07:44 - [[N:Ngô Thị Kim Oanh]]: Dạ em BV Lê Lợi, ER ready. Pls send passport + seaman book.
[[D:03/11/2025]], 07:50 - [[N:Jerome Santos]]: Passport [[PP:P7741203B]], SIRB [[R:C0418827]], DOB [[D:21 Aug 1979]]. Maxicare member ID [[BH:MXC-1004718823]].
[[D:03/11/2025]], 08:32 - [[N:Ngô Thị Kim Oanh]]: Pt arrived 08:25. ECG: anterior STEMI. Going to cath lab, need GOP USD 12k.
[[D:03/11/2025]], 08:40 - [[N:Mei Ling Tan]]: Hi all, I'm the case manager at Asia Assist SG. Case ref [[R:AAS-25-VN-33817]]. GOP will come from the shipowner's P&I club, club ref [[R:SKL/PI/25/04471]].
[[D:03/11/2025]], 09:05 - [[N:Mei Ling Tan]]: GOP no. [[R:GOP-AAS-771902]] sent to [[E:oanh.ntk.leloi@gmail.com]]
[[D:03/11/2025]], 11:58 - [[N:Ngô Thị Kim Oanh]]: PCI done, 1 stent LAD, serial [[R:XN4471820-09]] as insurer requested. Troponin I 12,4 ng/mL. Pt stable, ICU bed 4.
[[D:03/11/2025]], 12:10 - [[N:Jerome Santos]]: Thank you doc. His wife [[N:Jocelyn Manalo]] [[P:+63 917 448 2130]], she speaks Tagalog & English only.
[[D:04/11/2025]], 09:15 - [[N:Jocelyn Manalo]]: Good morning po, this is [[N:Jocelyn]]. How is my husband? Address for the documents: [[A:Blk 7 Lot 22, Phase 2, Brgy. San Isidro, Cainta]], Rizal.
[[D:04/11/2025]], 09:30 - [[N:Ngô Thị Kim Oanh]]: Hi ma'am, he is stable, EF 45%, walking in the room. Video call at 15:00 ok?
[[D:04/11/2025]], 09:31 - [[N:Jocelyn Manalo]]: Yes po thank you. Our son [[N:Paolo]] will join from Dubai [[P:+971 55 318 2746]].
[[D:06/11/2025]], 14:02 - [[N:Mei Ling Tan]]: Repatriation to MNL on [[D:12 Nov]], escort nurse [[N:Ramon Villanueva]]. PNR [[R:K7XQ2M]].
[[D:06/11/2025]], 14:05 - [[N:Jerome Santos]]: Noted w/ thanks. Crew change approval no. [[R:VT-CC-1106-02]] from the port authority received.
[[D:06/11/2025]], 14:09 - [[N:Ngô Thị Kim Oanh]]: Discharge paper no. [[R:LL-RV-25-11871]] will be ready [[D:11/11]] pm. Dr [[N:Lương Quốc Việt]] will sign fit-to-fly.`,
  ],
  // 26
  [
    'report',
    `TRUNG TÂM Y TẾ [[A:HUYỆN ĐỨC CƠ]]
TRẠM Y TẾ [[A:XÃ IA DOM]]
Ia Dom, ngày [[D:31 tháng 10 năm 2025]]
BÁO CÁO
Tình hình sốt rét và giám sát người lao động qua lại biên giới trong tháng
1. Tình hình chung: Trong tháng, trạm lấy 214 lam máu, phát hiện 6 ca dương tính (4 P. falciparum, 2 P. vivax), trong đó 5 ca nhiễm tại tỉnh Ratanakiri (Campuchia). Không có ca sốt rét ác tính, không có tử vong.
2. Danh sách ca bệnh:
STT | Họ tên | Năm sinh | Dân tộc | Địa chỉ | Thẻ BHYT / giấy tờ | Ngày phát hiện | KST | Nơi nhiễm | SĐT
1 | [[N:Rơ Mah Hlan]] | 1994 | Jrai | [[A:làng Ia Lâm]] | [[BH:DT2646402184471]] | [[D:03/10]] | P.f | [[A:phum Pa Tang]] (CPC) | [[P:0387 220 615]]
2 | [[N:Ksor H'Lê]] | 2001 | Jrai | [[A:làng Dơ Nâu]] | [[BH:DT2646402291037]] | [[D:07/10]] | P.v | rẫy cao su O Yadav (CPC) | [[P:0356 118 942]]
3 | [[N:Kpă Thuyên]] | 1987 | Jrai | [[A:làng Mook Đen]] | [[BH:DT2646401877305]] | [[D:09/10]] | P.f | [[A:phum Pa Tang]] (CPC) | không có
4 | [[N:Sok Vanna]] | 1990 | Khmer (quốc tịch Campuchia) | [[A:phum Ka Chanh, huyện O Yadav]] | hộ chiếu [[PP:N01183027]] | [[D:12/10]] | P.f | tại chỗ | [[P:+855 97 602 3318]]
5 | [[N:Nguyễn Văn Hậu]] | 1979 | Kinh | [[A:thôn Thanh Tân, xã Ia Dom]] | [[BH:GD4646411039285]] | [[D:20/10]] | P.f | rẫy điều bên kia biên giới | [[P:0978 441 207]]
6 | [[N:Rơ Mah H'Yuh]] | 2016 | Jrai | [[A:làng Ia Lâm]] | [[BH:TE1646402733190]] | [[D:27/10]] | P.v | không đi xa (điều tra ổ bệnh) | mẹ là [[N:Rơ Mah Hlan]]
3. Điều trị: Ca P.f dùng Pyramax 3 ngày và Primaquine 0,25 mg/kg liều duy nhất; ca P.v dùng Chloroquine 3 ngày và Primaquine 14 ngày sau khi thử G6PD bình thường. Ca số 4 điều trị tại trạm từ [[D:12 - 14/10]], đã về nước.
4. Giám sát: Ngày [[D:15/10]], trạm phối hợp với Đồn Biên phòng Cửa khẩu quốc tế Lệ Thanh xét nghiệm cho 86 người lao động trở về; tẩm màn cho 42 hộ ở [[A:làng Ia Lâm]] và [[A:làng Dơ Nâu]] từ [[D:20 đến 22/10]].
5. Kiến nghị: Đề nghị Trung tâm Y tế [[A:huyện Đức Cơ]] cấp bổ sung 200 test nhanh; ca số 6 là ca nghi lây truyền tại chỗ, đề nghị điều tra côn trùng trong [[D:tháng 11]].
Người lập: Y sĩ [[N:Siu H'Nga]] – Trưởng trạm, ĐT [[P:0914 702 336]]`,
  ],
  // 27
  [
    'referral',
    `SỞ Y TẾ KON TUM – TRUNG TÂM Y TẾ [[A:HUYỆN SA THẦY]]
TRẠM Y TẾ [[A:XÃ MÔ RAI]]
Số: [[R:18/2025/GCT]]      Số hồ sơ: [[R:MR-0418]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Trung tâm Y tế [[A:huyện Sa Thầy]]
Trạm Y tế [[A:xã Mô Rai]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:Y LIÊN]]      Nam/Nữ: Nữ      Ngày sinh: [[D:12/08/2003]]
- Dân tộc: Rơ Măm      Quốc tịch: Việt Nam      Nghề nghiệp: Làm rẫy
- Số CCCD: [[ID:062303004418]]
- Địa chỉ: [[A:làng Le, xã Mô Rai, huyện Sa Thầy]], tỉnh Kon Tum
- Số thẻ BHYT: [[BH:DT2626202174093]]      Thời hạn sử dụng: đến [[D:31/12/2025]]
- Người nhà: [[N:A Blưm]] (chồng), CMND [[CM:233 418 072]], SĐT [[P:0395 226 170]]
Đã được khám bệnh, điều trị tại Trạm từ [[D:08/11/2025]] đến [[D:09/11/2025]].
TÓM TẮT BỆNH ÁN
- Dấu hiệu lâm sàng: Thai lần 2, 38 tuần (dự kiến sinh [[D:20/11/2025]]). Đau bụng từng cơn từ 2 giờ sáng [[D:08/11]], ra nước âm đạo. Mạch 96 lần/phút, HA 140/90 mmHg, nhiệt độ 37,6 độ C. Tim thai 168 lần/phút. Lần sinh trước tại nhà ngày [[D:3/4/2022]], băng huyết.
- Kết quả xét nghiệm: Protein niệu (++); test nhanh sốt rét (-); HIV (-); HBsAg (-).
- Chẩn đoán: Ối vỡ non giờ thứ 30; Tiền sản giật (O14.9).
- Phương pháp, thủ thuật, thuốc đã sử dụng: Truyền Ringer lactat 500 ml; Ampicillin 1 g tiêm tĩnh mạch; Nifedipin 10 mg.
- Tình trạng người bệnh lúc chuyển tuyến: tỉnh, co tử cung 3 cơn/10 phút.
- Lí do chuyển tuyến: Vượt quá khả năng chuyên môn của trạm.
- Chuyển tuyến hồi: 10 giờ 15 phút, ngày [[D:09/11/2025]]
- Phương tiện vận chuyển: xe máy của gia đình biển số [[VP:82H1-093.27]] đến ngã ba Rờ Kơi, xe cấp cứu của Trung tâm Y tế đón tiếp.
- Người hộ tống: Y sĩ [[N:A Đức]], chứng chỉ hành nghề số [[L:001284/KT-CCHN]]
- Phiên dịch tiếng Rơ Măm: [[N:Y Thương]] (y tế thôn)
Mô Rai, ngày [[D:09 tháng 11 năm 2025]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ: [[N:Nguyễn Thị Hồng Vân]]      TRƯỞNG TRẠM: [[N:A Tiến]]`,
  ],
  // 28
  [
    'log',
    `TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH LÀO CAI
ĐỘI KIỂM DỊCH Y TẾ QUỐC TẾ – CỬA KHẨU QUỐC TẾ ĐƯỜNG BỘ SỐ II KIM THÀNH
SỔ THEO DÕI HÀNH KHÁCH NHẬP CẢNH CÓ TRIỆU CHỨNG – ca sáng [[D:07/11/2025]]
Người ghi: [[N:Tẩn Thị Chiêm]] (nhân viên kiểm dịch)
Giờ | Họ tên | QT | Giấy tờ | T° | Triệu chứng | Điện thoại | Nơi đến / lưu trú | Xử lý
07:42 | [[N:ZHANG Haoran]] [[N:张浩然]] | TQ | HC [[PP:EA7718203]] | 38,6 | sốt, ho, đau họng | [[P:+86 187 0873 4412]] | [[A:số 15 Hoàng Liên, phường Cốc Lếu, TP Lào Cai]] | test cúm A (+), mẫu [[R:LC-KD-25-1107-01]], cách ly tại phòng khám cửa khẩu, báo CDC
08:05 | [[N:Lý Láo San]] | VN (Dao) | CCCD [[ID:010089007312]] | 37,9 | sốt nhẹ, phát ban sau tai | [[P:0974 812 330]] | [[A:thôn Phìn Hồ, xã Y Tý, huyện Bát Xát]] | nghi sởi, mẫu [[R:LC-KD-25-1107-02]], chuyển BVĐK tỉnh
08:31 | [[N:WANG Xiumei]] [[N:王秀梅]] | TQ | GTH [[PP:T04188731]] | 38,2 | sốt, tiêu chảy 4 lần | [[P:+86 139 8873 0215]] | về lại [[A:河口瑶族自治县河口镇人民路22号]] | ORS, khuyên quay về khám tại Hà Khẩu, ký cam kết
09:10 | [[N:Hoàng Văn Dũng]] | VN (Tày) | HC [[PP:C7742018]] | 39,1 | sốt cao, đau cơ, về từ Côn Minh ngày [[D:5/11]] | [[P:0915 607 448]] | [[A:tổ 12, phường Kim Tân, TP Lào Cai]] | NS1 (-), chuyển khám BVĐK tỉnh
09:48 | [[N:Tom ERIKSEN]] | Na Uy | HC [[PP:36021847]] | 38,0 | sốt, đau đầu, đi xe đạp từ Côn Minh | [[P:+47 917 22 408]] | homestay [[A:thôn Cát Cát, xã San Sả Hồ, thị xã Sa Pa]] | lam máu KSTSR (-), theo dõi tại nơi lưu trú, hẹn đo lại [[D:8/11]]
10:20 | [[N:Chảo Mùi Chản]] | VN (Dao) | CCCD [[ID:010197001845]] | 38,4 | ho, sốt; đi cùng xe khách [[VP:24B-017.93]] với [[N:Lý Láo San]] | [[P:0366 415 907]] | [[A:thôn Nậm Giàng, xã Y Tý]] | mẫu [[R:LC-KD-25-1107-03]], hướng dẫn tự cách ly
GHI CHÚ: Mẫu [[R:LC-KD-25-1107-01]] đến [[R:LC-KD-25-1107-03]] gửi khoa Xét nghiệm CDC lúc 11:30. Đã báo phía Hà Khẩu về trường hợp bà [[N:Wang]] qua đường dây nóng kiểm dịch.
Giao ca 13:00: [[N:Tẩn Thị Chiêm]] → [[N:Vũ Đức Mạnh]]`,
  ],
  // 29
  [
    'chat',
    `Nhóm Zalo "Gia đình [[N:Amí Điêt]] – [[A:buôn Kô Siêr]]"
[[D:10 tháng 11]]
[[N:H'Ly Niê]] 06:05: Cả nhà ơi, [[N:Amí Điêt]] bị té ở bếp lúc 5h sáng, con đưa vô BV Thiện Hạnh rồi. Bác sĩ nói gãy cổ xương đùi trái.
[[N:Y Suôn Niê]] 06:11: Trời, mẹ năm nay [[AGE:91]] rồi mà còn dậy nấu cơm 😢
[[N:H'Ly Niê]] 06:30: Mã BN của mẹ [[R:TH2511-20437]], phòng 304 giường 2. Khoa cần CCCD của mẹ: [[ID:066134001872]]. Thẻ BHYT [[BH:BT2666601872044]], ai giữ bản gốc thì đem lên giùm.
[[N:Ama Kiên]] 06:42: Anh đang ở buôn, trưa lên. Thẻ gốc anh cất trong tủ.
[[N:Y Khuê Niê]] 07:15: Con ở bên Hàn nghe tin lo quá. Con gửi 5 triệu về tk chị [[N:H'Ly]] nha. Ai cần gọi con số [[P:+82 10-4419-2706]], KakaoTalk cũng được.
[[N:H'Ly Niê]] 07:18: Tk chị Vietcombank [[R:0471 0009 82316]], tên [[N:NIE H LY]].
[[N:Y Khuê Niê]] 07:40: Đã chuyển, mã GD [[R:FT25314772108]].
[[N:H'Ly Niê]] 10:20: BS [[N:Trần Quốc Vinh]] nói mổ thay khớp háng bán phần ngày [[D:12/11]], chi phí ngoài BHYT khoảng 45tr vì khớp nhập khẩu. Mẹ bị tim, tiểu đường nên phải hội chẩn.
[[N:Ama Kiên]] 10:33: Mẹ uống Gliclazid 30 mg sáng 1 viên, Concor 2,5 mg. Nhớ mang sổ khám của Trạm Y tế [[A:phường Tân Lợi]] cho bác sĩ coi.
[[N:H'Yơn Niê]] 11:02: Con với [[N:Duyên]] trực đêm nay cho. Ama ơi mang cái chăn thổ cẩm của mẹ lên nha.
[[N:Y Khuê Niê]] 11:05: Hồi [[D:tháng 6]] con về phép mẹ còn khỏe lắm mà 😭
[[D:12 tháng 11]]
[[N:H'Ly Niê]] 15:47: Mổ xong rồi nha cả nhà 🙏 Mẹ tỉnh, hỏi [[N:Khuê]] có về không.
[[N:Y Khuê Niê]] 16:10: Con xin công ty ở [[A:Gimhae-si]] cho về [[D:20/11]], mã đặt chỗ [[R:QH7T2K]]. Số hộ chiếu con [[PP:C8827410]] để chị đăng ký khách cho phòng.
[[N:Ama Kiên]] 16:30: Ok. [[N:Ama Hlin]] bên [[A:buôn Ale A]] cũng đòi lên thăm, anh chở ông bằng xe [[VP:47B1-663.08]].`,
  ],
  // 30
  [
    'chat',
    `Nhom Zalo "Ho Giang - [[A:ban Huoi Cha, xa Chung Chai]]"
[[D:14/11]] 05:12
[[N:Giang A Chu]]: [[N:Lu]] oi, [[N:dua]] dau bung tu dem qua, ra mau, bung moi 7 thang. Ba [[N:Mua Thi Sua]] noi phai di tram y te ngay
[[N:Giang A Lu]]: e dang lam thue ben Trung Quoc, [[A:huyen Giang Thanh]], Van Nam, khong ve kip. a dua [[N:Dua]] di tram [[A:xa Chung Chai]] giup e, e chuyen tien. so e [[P:+86 150 8792 3316]]
[[N:Giang A Chu]]: xe may a hong roi, muon xe cua [[N:Sung A Pao]] bien [[VP:27B1-305.62]]
[[N:Giang Thi Mai]]: e dang truc o TTYT [[A:huyen Muong Nhe]]. e goi xe cap cuu len tram luon, a cho chi [[N:Dua]] xuong tram truoc
[[N:Giang Thi Mai]]: nho mang CCCD chi [[N:Dua]] [[ID:011301003857]] voi the BHYT [[BH:DT2111100418257]], giay chung sinh lan truoc nua
[[N:Giang A Chu]]: 6h45 xe cap cuu toi tram roi, [[N:Dua]] di cung ba [[N:Sua]]
[[N:Giang Thi Mai]]: bs [[N:Lo Van Thang]] kham: rau tien dao chay mau, phai chuyen BV tinh Dien Bien. giay chuyen vien so [[R:214/CV-TTYT]]
[[N:Giang A Lu]]: e chuyen 3 trieu qua a [[N:Chu]] roi, ma giao dich [[R:420015118873306]]
[[D:15/11]] 07:30
[[N:Giang Thi Mai]]: chi [[N:Dua]] mo luc 23h [[D:14/11]], be trai 1,7 kg nam long ap so 3 BV tinh. chi on roi, ma BN [[R:DB25-093318]]
[[N:Mua Thi Sua]] (giong noi chuyen thanh chu): con [[N:Dua]] noi cam on co [[N:Mai]], cam on bac si [[N:Thang]]
[[N:Giang A Lu]]: cam on [[N:Mai]]. e ve ngay [[D:18/11]] qua cua khau A Pa Chai, giay thong hanh [[PP:DB0457712]]
[[N:Giang A Chu]]: ok, a don e o cua khau luc 10h. [[N:Pao]] cho muon xe tiep
[[N:Sung A Pao]]: ok a, xe de o nha [[N:Chu]] nhe`,
  ],
  // 31
  [
    'handover',
    `HANDOVER – Ward 6B (International Inpatient) – Night → Day, [[D:05/11/2025]] 07:00
Người giao: RN [[N:Trương Mỹ Linh]] → Người nhận: RN [[N:Jessica Tran]]
Bed 601 – [[N:LEE Jung-ho]] ([[N:이정호]]), M, 58, MRN [[R:IH-0922417]]. Dx: NSTEMI, s/p PCI [[D:4/11]]. Đêm ổn, đau ngực 0/10, HA 128/76, P 72. Plan: echo 9h, ?discharge [[D:6 Nov]]. Vợ là bà [[N:SONG Mi-kyung]] ở lại đêm, KR mobile [[P:+82 10-8813-5027]]. Hyundai Marine GOP [[R:HM-GOP-25-110419]] cover tới KRW 20M. Interpreter [[N:Kim Yoo-na]] vào lúc 9h.
Bed 603 – [[N:Ananya IYER]], F, 34, MRN [[R:IH-0923081]]. Dx: typhoid fever (A01.0), blood culture [[R:BC-25-18842]] S. Typhi, nhạy Ceftriaxone. Sốt 38,9 lúc 2h, đã cho Paracetamol 1 g. Chồng là anh [[N:Karthik Iyer]], làm ở công ty IT tại [[A:364 Cộng Hòa, phường 13, quận Tân Bình]], SĐT [[P:0938 204 517]]. Ăn chay, nói English/Hindi. Insurer cần địa chỉ India: [[A:Flat 4C, Prestige Lakeside, Koramangala 5th Block, Bengaluru]], Karnataka 560095 – đã gửi.
Bed 605 – [[N:Daniel WHITAKER]], M, 71, US, MRN [[R:IH-0923117]], DOB [[D:1954-03-09]]. Dx: CAP (J18.9) + AF, on Apixaban 5 mg x 2. Fall risk Morse 55 – bed alarm ON. Con gái là chị [[N:Sarah Whitaker-Nguyen]] ([[P:0909 771 284]]) xin bản sao hồ sơ – consent ký [[D:4/11]], request no. [[R:MR-REQ-25-0417]]; chờ QLCL duyệt. IT báo có login portal BN của ông từ IP lạ [[IP:14.161.20.98]] lúc 01:12 – đã khóa tài khoản, chờ chị [[N:Sarah]] xác nhận.
Bed 607 – trống; ER báo sẽ nhận BN Thái [[N:Somsak Chaiyaporn]], 45, nghi sốt mò, ER code [[R:CC-251105-0032]], bạn đi cùng [[N:Anong]] nói được tiếng Việt.
Pending: SID [[R:2511050034]] (troponin, [[N:Lee]]) kết quả 8h; CXR của [[N:Whitaker]] 8h30; [[N:Iyer]] cấy máu lần 2 SID [[R:2511050041]].
Note: Mr [[N:Lee]] hỏi xin giấy xác nhận nằm viện gửi công ty ở [[A:KCN Yên Phong, huyện Yên Phong]] – đã chuyển phòng KHTH, số giấy [[R:XN-25-3318]].
Signed: [[N:Trương Mỹ Linh]] / [[N:Jessica Tran]]`,
  ],
  // 32
  [
    'minutes',
    `BỆNH VIỆN NHI ĐỒNG 1 – KHOA TIM MẠCH
BIÊN BẢN HỘI CHẨN LIÊN VIỆN (TRỰC TUYẾN)
Số: [[R:HC-412/2025]]
Thời gian: 14 giờ 00, ngày [[D:07/11/2025]]. Hình thức: trực tuyến với Bệnh viện Calmette (Phnom Penh).
Chủ trì: BS.CKII [[N:Lâm Quốc Thái]]. Thư ký: BS [[N:Nguyễn Ngọc Bảo Trân]].
Thành phần: BS [[N:Hem Sovannara]], BS [[N:Chum Sokunthea]] (BV Calmette); BS [[N:Võ Minh Tuấn]] (Gây mê hồi sức); phiên dịch tiếng Khmer: [[N:Thạch Thị Sa Ly]] (Phòng Công tác xã hội).
NGƯỜI BỆNH: [[N:VANNA Sreypich]] ([[N:វណ្ណា ស្រីពេជ្រ]]), nữ, sinh ngày [[D:18/03/2022]], quốc tịch Campuchia. Mã BN: [[R:25-118402]]. Số vào viện: [[R:25.44187]]. Hộ chiếu: [[PP:N01987734]].
Địa chỉ: [[A:Phum Chrey, Khum Prek Ta Kov, Srok Khsach Kandal]], tỉnh Kandal, Campuchia.
Người nhà: mẹ [[N:Sok Chenda]], SĐT [[P:+855 15 338 920]]; cậu [[N:Sok Vireak]] làm công nhân tại [[A:KCN Tân Tạo, quận Bình Tân]], SĐT [[P:0903 418 557]].
TÓM TẮT: Bé 3 tuổi 7 tháng, tím từ nhỏ, được chẩn đoán tứ chứng Fallot tại BV Calmette ngày [[D:12/09/2025]]. Nhập viện [[D:03/11/2025]] vì cơn tím thiếu oxy. SpO2 72%, Hb 18,4 g/dL, Hct 56%. Siêu âm tim ngày [[D:04/11]]: thông liên thất phần quanh màng 12 mm, hẹp đường ra thất phải, vòng van động mạch phổi Z-score -2,1. CT mạch máu ngày [[D:05/11]]: nhánh động mạch phổi phải, trái đủ lớn.
Ý KIẾN: BS [[N:Hem Sovannara]] cho biết gia đình đã được tư vấn tại Phnom Penh từ [[D:tháng 9]], đồng ý phẫu thuật tại Việt Nam. BS [[N:Võ Minh Tuấn]] đề nghị truyền dịch trước mổ, tránh mất nước.
KẾT LUẬN: Phẫu thuật sửa chữa toàn phần, dự kiến ngày [[D:12/11/2025]]. Chi phí do gia đình và quỹ "Trái tim cho em" hỗ trợ theo hồ sơ số [[R:TTCE-25-0788]].
THỦ TỤC: Thị thực của mẹ bé (số [[R:VD8841207]]) hết hạn ngày [[D:20/11/2025]]; đề nghị Phòng CTXH liên hệ Tổng Lãnh sự quán Campuchia hỗ trợ gia hạn.
Biên bản kết thúc lúc 15 giờ 10 cùng ngày.
THƯ KÝ: [[N:Nguyễn Ngọc Bảo Trân]]      CHỦ TRÌ: [[N:Lâm Quốc Thái]]`,
  ],
  // 33
  [
    'letter',
    `CỘNG HÒA DÂN CHỦ NHÂN DÂN LÀO – Hòa bình, Độc lập, Dân chủ, Thống nhất, Thịnh vượng
SỞ Y TẾ TỈNH ATTAPEU – BỆNH VIỆN TỈNH ATTAPEU
Số: [[R:0418/BVT.ATP]]      Attapeu, ngày [[D:03/11/2025]]
(Bản dịch tiếng Việt do phiên dịch viên [[N:Vilayphone Sisomphone]] thực hiện)
Kính gửi: Ban Giám đốc Bệnh viện Đa khoa tỉnh Kon Tum, nước CHXHCN Việt Nam
V/v: Đề nghị tiếp nhận, điều trị bệnh nhân chấn thương sọ não
Căn cứ Biên bản ghi nhớ hợp tác y tế giữa hai tỉnh ký ngày [[D:15/6/2023]], Bệnh viện tỉnh Attapeu trân trọng đề nghị Quý Bệnh viện tiếp nhận bệnh nhân:
- Họ tên: [[N:Thongphet KEOMANY]] ([[N:ທອງເພັດ ແກ້ວມະນີ]]), nam, sinh ngày [[D:21/04/1986]]
- Nghề nghiệp: lái xe tải
- Hộ chiếu số [[PP:P1893047]], cấp ngày [[D:07/02/2024]] tại Viêng Chăn
- Địa chỉ: [[A:bản Xaysomboun, huyện Samakkhixay]], tỉnh Attapeu
- Số hồ sơ bệnh án tại Bệnh viện tỉnh Attapeu: [[R:ATP-25-3317]]
Tình trạng: Khoảng 21 giờ ngày [[D:01/11/2025]], bệnh nhân bị tai nạn giao thông trên Quốc lộ 18B khi điều khiển xe tải biển số [[VP:ອປ 2581]]. Vào viện lúc 22 giờ 30, Glasgow 12 điểm, sau đó giảm còn 10 điểm; CT sọ não ngày [[D:02/11]]: máu tụ dưới màng cứng bán cầu trái dày 11 mm, đường giữa lệch 6 mm. Bệnh viện chúng tôi chưa có chuyên khoa phẫu thuật thần kinh.
Người nhà đi cùng: vợ là bà [[N:Noy INTHAVONG]], hộ chiếu [[PP:P1893112]], điện thoại [[P:+856 20 2287 4419]]; anh trai là ông [[N:Bounmy Keomany]], điện thoại [[P:+856 20 9935 1106]].
Bệnh nhân được chuyển bằng xe cấp cứu của Bệnh viện qua cửa khẩu quốc tế Phu Kưa – Bờ Y, dự kiến đến nơi lúc 16 giờ ngày [[D:03/11/2025]]. Bác sĩ hộ tống: BS [[N:Souksavanh Phommachanh]], điện thoại [[P:+856 20 5512 0983]].
Chi phí điều trị do gia đình và Công ty Bảo hiểm Lào – Việt chi trả theo hợp đồng số [[R:LVI-ATP-25-00417]].
Trân trọng cảm ơn.
GIÁM ĐỐC – BS [[N:Khamla Vongphachanh]] (đã ký, đóng dấu)
Ghi chú tiếp nhận của Bệnh viện Đa khoa tỉnh Kon Tum: Tiếp nhận lúc 17 giờ 20 ngày [[D:03/11]], mã BN [[R:BVKT-25-221804]], mổ lấy máu tụ lúc 19 giờ; người nhận: BS [[N:Phạm Quang Trung]], Khoa Ngoại thần kinh.`,
  ],
  // 34
  [
    'email',
    `From: [[N:Hannah Wells]] <[[E:hannah.wells@globaltravelassist.co.uk]]>
Sent: [[D:05 November 2025]] 09:14 GMT
To: Dr [[N:Nguyễn Hoài Nam]] <[[E:nam.nh.hoian@gmail.com]]>
Subject: Claim [[R:GTA-CLM-2511-08873]] – [[N:Oliver REEVES]] – DOB [[D:17/09/1967]]

Dear Dr [[N:Nam]],
Further to our call, please find below what we need for the claim of our policyholder Mr [[N:Oliver Reeves]] (policy [[R:GTA-SIL-7718204]], passport [[PP:548821970]]), who was seen at your clinic on [[D:2 November]] after falling from a bicycle in [[A:Cam Thanh Commune, Hoi An City]].
1. The X-ray report of [[D:2/11]] and of the follow-up visit.
2. The itemised invoice no. [[R:HAM-INV-25-04418]] and the card receipt.
3. A fit-to-fly statement dated no earlier than [[D:10 Nov]].
His UK address for correspondence is [[A:Flat 3, 22 Elm Road, Headingley, Leeds]] LS6 2AB. His partner, Ms [[N:Clare Donnelly]], can be reached on [[P:+44 7700 900 418]].
Kind regards,
[[N:Hannah Wells]] | Medical Claims Handler

-----Original Message-----
From: Dr [[N:Nguyễn Hoài Nam]]
Sent: [[D:04 November 2025]] 17:40 ICT
To: [[N:Hannah Wells]]
Dear [[N:Hannah]],
Mr [[N:Reeves]], 58, presented on Sunday [[D:2/11]] at 16:10 with pain and deformity of the right wrist. X-ray: Colles fracture (S52.5), extra-articular. Closed reduction under haematoma block and a below-elbow cast were done the same day. He is staying at a homestay at [[A:41 Trần Nhân Tông, phường Cẩm Phô]].
A follow-up X-ray is booked for [[D:9 Nov]]. He plans to fly home on [[D:12/11]] via Singapore (booking ref [[R:8XK4QP]]).
Patient ID [[R:HAM-25-11207]]. Invoice total VND 8,450,000, paid by card; receipt [[R:HAM-RC-25-03391]].
Best regards,
Dr [[N:Nguyễn Hoài Nam]], MD – practising licence [[L:003318/QNA-CCHN]] – mobile [[P:0935 448 127]]`,
  ],
  // 35
  [
    'lab',
    `BỆNH VIỆN BỆNH NHIỆT ĐỚI – KHOA XÉT NGHIỆM
PHIẾU KẾT QUẢ XÉT NGHIỆM VI SINH
Họ tên: [[N:NATTAPONG SRISAWAT]] ([[N:ณัฐพงษ์ ศรีสวัสดิ์]])   Năm sinh: 1990   Giới: Nam   Quốc tịch: Thái Lan
Hộ chiếu: [[PP:AC4418207]]   SĐT: [[P:+66 89 114 7720]]
Địa chỉ: [[A:88/12 Soi Sukhumvit 31, Khlong Tan Nuea, Watthana]], Bangkok 10110
Mã BN: [[R:NĐ25-047718]]   Khoa: Cấp cứu – giường 12   BS chỉ định: [[N:Võ Thị Kim Ngân]]
SID: [[R:2511041187]]   Số tiếp nhận mẫu: [[R:VS-25-33802]]
Bệnh phẩm: máu (2 chai cấy), nước tiểu   Lấy mẫu: 08:20 [[D:04/11/2025]]   Nhận mẫu: 08:55 [[D:04/11/2025]]
KẾT QUẢ
- Cấy máu chai 1 (hiếu khí), mã cấy [[R:HC25-11872]]: mọc Burkholderia pseudomallei sau 48 giờ. Chai 2: mọc cùng vi khuẩn.
- Kháng sinh đồ: Ceftazidime S (MIC 2), Meropenem S (MIC 0,5), Co-trimoxazole S, Amoxicillin/clavulanate S, Gentamicin R, Colistin R.
- Leptospira IgM ELISA: âm tính. Dengue NS1: âm tính. Cấy nước tiểu: không mọc.
Ghi chú: Kết quả nguy hiểm đã báo BS [[N:Ngân]] lúc 10:12 [[D:06/11]]; người nhận: ĐD [[N:Huỳnh Thị Ngọc Hân]]. Người bệnh làm việc tại trang trại ở [[A:xã Lộc Ninh, huyện Dương Minh Châu]], Tây Ninh, từ [[D:tháng 8]].
KTV thực hiện: [[N:Lê Minh Trí]]   Trưởng khoa duyệt: [[N:Đặng Thanh Phong]], ngày [[D:06/11/2025]]
––––––––––––––––––––
PHIẾU KẾT QUẢ XÉT NGHIỆM KÝ SINH TRÙNG
Họ tên: [[N:ĐÀNG THỊ MỸ HẠNH]]   Ngày sinh: [[D:05/07/1998]]   Dân tộc: Chăm   CCCD: [[ID:058198002417]]
Thẻ BHYT: [[BH:GD4585820418876]]
Địa chỉ: [[A:thôn Hiếu Lễ, xã Phước Hậu, huyện Ninh Phước]], tỉnh Ninh Thuận; tạm trú [[A:hẻm 218 Lý Thường Kiệt, phường 7, quận 10]]
Mã BN: [[R:NĐ25-047802]]   SID: [[R:2511041203]]   Lấy mẫu: 09:40 [[D:04/11/2025]]
KẾT QUẢ: Lam máu: Plasmodium vivax (+), mật độ 1.840 KST/µL, có thể giao bào. Test nhanh SD Bioline Malaria Ag P.f/P.v: P.v (+). G6PD định lượng: 9,8 U/g Hb (bình thường).
Ghi chú dịch tễ: Người bệnh đi làm rẫy ở [[A:huyện Xiêm Pang]], tỉnh Stung Treng (Campuchia) từ [[D:05/9 đến 20/10]] cùng chồng là anh [[N:Thuận Văn Hòa]], SĐT [[P:0865 330 712]]; đề nghị xét nghiệm cho anh [[N:Hòa]].
KTV thực hiện: [[N:Lê Minh Trí]]   Trưởng khoa duyệt: [[N:Đặng Thanh Phong]]`,
  ],
  // 36
  [
    'discharge',
    `SỞ Y TẾ SÓC TRĂNG                                        MS: 01/BV-01
BỆNH VIỆN ĐA KHOA TỈNH SÓC TRĂNG              Số lưu trữ: [[R:2025/18834]]
Khoa: Nội thần kinh                                        Mã y tế: [[R:94001-25-117203]]
GIẤY RA VIỆN
- Họ tên người bệnh: [[N:SƠN THỊ SÔ PHOL]]      Ngày sinh: [[D:14/09/1962]]      Nữ
- Dân tộc: Khmer      Nghề nghiệp: Làm ruộng
- Mã thẻ BHYT: [[BH:HN2949420117853]]      Giá trị từ [[D:01/01/2025]] đến [[D:31/12/2025]]
- Số CCCD: [[ID:094162000873]]
- Địa chỉ: [[A:ấp Tà Lim, xã Tham Đôn, huyện Mỹ Xuyên]], tỉnh Sóc Trăng
- Vào viện lúc: 21 giờ 35 phút, ngày [[D:28/10/2025]]
- Ra viện lúc: 9 giờ 00 phút, ngày [[D:07/11/2025]]
- Chẩn đoán: Nhồi máu não bán cầu phải (I63.5); Tăng huyết áp (I10); Đái tháo đường típ 2 (E11.9).
- Phương pháp điều trị: Nội khoa. Aspirin 81 mg, Atorvastatin 40 mg, Amlodipin 5 mg, Insulin Mixtard 30/70 sáng 14 đơn vị – chiều 10 đơn vị; tập vận động sớm. Sức cơ tay trái từ 2/5 cải thiện lên 4/5.
- Ghi chú: Tái khám ngày [[D:07/12/2025]] tại Phòng khám Thần kinh hoặc khám định kỳ tại Trạm Y tế [[A:xã Tham Đôn]]. Người bệnh không nói được tiếng Việt; phiên dịch trong thời gian nằm viện là con gái [[N:Thạch Thị Kim Hương]], SĐT [[P:0946 227 813]]. Con trai [[N:Sơn Văn Rết]] làm việc tại [[A:KCN Tân Bình, quận Tân Phú]], SĐT [[P:0387 512 046]].
- Người đưa vào viện: sư [[N:Lý Sóc Kha]], chùa Tà Lim; xe máy biển số [[VP:83P1-224.71]].
Sóc Trăng, ngày [[D:07 tháng 11 năm 2025]]
Người bệnh / người nhà ký: [[N:Thạch Thị Kim Hương]] (CMND số [[CM:365207118]])
Trưởng khoa: BS.CKII [[N:Lâm Thị Sa Quênh]]      KT. Giám đốc – Phó Giám đốc: [[N:Kim Sà Phel]]`,
  ],
  // 37
  [
    'chat',
    `Nhóm Zalo "DH Electronics – Y tế & Nhân sự (Yên Phong)" – [[D:11/11/2025]]
[[N:Nguyễn Thị Thu Trang]] (HR) 14:05: Báo cáo nhanh: công nhân [[N:Đỗ Văn Lực]], mã NV [[R:DH-YP-20417]], bị kẹt tay phải vào máy dập line 3 lúc 13:40. Đã sơ cứu, xe công ty đưa đi BV Đa khoa tỉnh Bắc Ninh.
[[N:Nguyễn Thị Thu Trang]] 14:07: CCCD anh [[N:Lực]]: [[ID:027095004417]], BHYT [[BH:DN4272720981163]].
[[N:정민수]] 14:10: 상황 어때요? 병원 어디예요?
[[N:Phạm Hà My]] (phiên dịch) 14:12: Em dịch cho giám đốc [[N:Jung]] rồi ạ: 환자는 박닌성 종합병원 응급실에 있습니다.
BS [[N:Ngô Văn Tài]] (BVĐK tỉnh) 15:20: Anh [[N:Lực]] dập nát ngón 2, 3 tay phải, gãy hở đốt 2 ngón 3. Mổ cấp cứu lúc 16h. Mã BN [[R:BN25-338104]]. Người nhà ký cam kết là vợ, chị [[N:Nguyễn Thị Hoa]], SĐT [[P:0386 204 771]].
[[N:정민수]] 15:24: 오늘 수술? 회사가 비용 다 부담합니다. 본사 보고서 번호 [[R:SR-2025-1111-03]].
[[N:Phạm Hà My]] 15:25: Giám đốc nói công ty chịu toàn bộ chi phí, đã báo cáo về trụ sở Hàn Quốc.
[[N:Nguyễn Thị Thu Trang]] 15:40: Biên bản tai nạn lao động số [[R:07/BB-TNLĐ]] lập lúc 15:30, sẽ gửi Sở LĐTBXH theo Nghị định 39/2016/NĐ-CP.
[[N:Hoàng Minh Đức]] (an toàn) 15:52: Thêm: trưởng line 3 là anh [[N:PARK Jun-young]] ([[N:박준영]]) bị choáng khi thấy máu, ngất 1 phút, đang nằm phòng y tế công ty, HA 90/60. Hộ chiếu [[PP:M70214488]], thẻ tạm trú [[R:TT-BN-2504417]].
[[N:Phạm Hà My]] 16:03: Anh [[N:Park]] muốn về nhà nghỉ, địa chỉ [[A:căn 1502, tòa CT2, khu đô thị Hòa Long, phường Vạn An, TP Bắc Ninh]]. Vợ anh ấy là chị [[N:Han So-hee]], SĐT [[P:+82 10-2281-6604]].
[[D:12/11/2025]]
[[N:Nguyễn Thị Thu Trang]] 08:15: Sáng nay anh [[N:Lực]] tỉnh, nói chuyện được. Vợ anh ấy về [[A:thôn Phú Mẫn, xã Đông Phong, huyện Yên Phong]] lấy đồ. Em đề xuất hỗ trợ 10 triệu theo quy chế.
[[N:정민수]] 08:20: OK 승인.
[[N:Phạm Hà My]] 08:21: Giám đốc duyệt rồi ạ 👍`,
  ],
  // 38
  [
    'report',
    `TRUNG TÂM Y TẾ [[A:HUYỆN KỲ SƠN]] – KHOA KIỂM SOÁT BỆNH TẬT
PHIẾU ĐIỀU TRA CA BỆNH BẠCH HẦU
Mã ca bệnh: [[R:NA-BH-25-007]]
Ngày điều tra: [[D:16/11/2025]]      Người điều tra: [[N:Xồng Bá Dìa]], [[N:Lô Thị Hằng]]
I. THÔNG TIN CA BỆNH
Họ tên: [[N:Mùa Thị Pà]]      Giới: Nữ      Ngày sinh: [[D:02/05/2016]]      Dân tộc: Mông
Địa chỉ: [[A:bản Phà Khốm, xã Nậm Cắn, huyện Kỳ Sơn]]
Bố: [[N:Mùa Bá Tu]], SĐT [[P:0388 714 205]]; mẹ: [[N:Vừ Y Xia]]
Tiêm chủng: không rõ, sổ tiêm chủng thất lạc; mã định danh tiêm chủng [[R:4017201608329]].
Khởi phát: [[D:10/11/2025]]; vào Trung tâm Y tế [[D:13/11]]; chuyển Bệnh viện Nhi Nghệ An [[D:14/11]], mã BN [[R:NNA-25-22147]].
Triệu chứng: sốt 38,5 độ C, đau họng, giả mạc trắng xám hai amidan lan lưỡi gà, hạch cổ sưng. Mẫu ngoáy họng [[R:BH-KS-1114-01]], PCR C. diphtheriae (+) ngày [[D:15/11]].
II. YẾU TỐ DỊCH TỄ
Từ [[D:28/10 đến 5/11]], cháu theo mẹ sang dự đám cưới tại [[A:bản Phà Xẻng, huyện Noọng Hét]], tỉnh Xiêng Khoảng (Lào), qua cửa khẩu Nậm Cắn.
III. DANH SÁCH TIẾP XÚC GẦN (uống Azithromycin dự phòng, lấy mẫu ngày [[D:16/11]])
1. [[N:Mùa Bá Tu]] (bố), 38 tuổi – mẫu [[R:BH-KS-1116-01]] (-)
2. [[N:Vừ Y Xia]] (mẹ), 33 tuổi – mẫu [[R:BH-KS-1116-02]] (-)
3. [[N:Mùa A Chống]] (anh), 12 tuổi, học sinh Trường PTDTBT THCS Nậm Cắn – mẫu [[R:BH-KS-1116-03]] (+), người lành mang trùng, điều trị tại Trung tâm Y tế.
4. [[N:Ly Nou]] (quốc tịch Lào), 40 tuổi, chủ nhà đám cưới, về Lào ngày [[D:8/11]] – đã thông báo phía Lào qua Đồn Biên phòng Nậm Cắn; điện thoại [[P:+856 20 9127 4403]].
5. [[N:Lầu Y Mỷ]], 9 tuổi, [[A:bản Huồi Pủng, xã Nậm Cắn]], bạn cùng lớp – mẫu [[R:BH-KS-1116-04]] (-)
6. [[N:Lương Thị Thúy]] (người Thái), giáo viên chủ nhiệm – mẫu [[R:BH-KS-1116-05]] (-), tiêm Td ngày [[D:16/11]].
IV. BIỆN PHÁP: Tiêm vét vắc xin Td cho 312 người tại [[A:xã Nậm Cắn]] từ [[D:17 - 19/11]]; khử khuẩn trường học; giám sát tiếp xúc đến [[D:30/11]].
Người báo cáo: [[N:Xồng Bá Dìa]], ĐT [[P:0349 116 820]]      Lãnh đạo khoa: [[N:Lô Văn Toàn]]`,
  ],
  // 39
  [
    'minutes',
    `BIÊN BẢN BÀN GIAO NGƯỜI BỆNH QUA CỬA KHẨU QUỐC TẾ HỮU NGHỊ
病人交接记录（友谊关口岸）
Số: [[R:07/BBBG-2025]]
Hồi 10 giờ 30 ngày [[D:08/11/2025]] ([[D:2025年11月8日]] 11 giờ 30 giờ Bắc Kinh), tại khu vực kiểm dịch y tế cửa khẩu quốc tế Hữu Nghị, chúng tôi gồm:
Bên giao: Bệnh viện Nhân dân Bằng Tường (Trung Quốc)
- BS [[N:Lu Jianming]] ([[N:卢建明]]), khoa Cấp cứu, điện thoại [[P:+86 135 0781 4426]]
- Điều dưỡng [[N:Nong Lijuan]] ([[N:农丽娟]]), người Choang, phiên dịch
Bên nhận: Bệnh viện Đa khoa tỉnh Lạng Sơn
- BS [[N:Hoàng Văn Sơn]], khoa Hồi sức tích cực
- Đại diện Đội Kiểm dịch y tế quốc tế: [[N:Lương Thị Huyền]]
Cùng bàn giao người bệnh: [[N:Vi Văn Tình]], người Nùng, sinh ngày [[D:19/07/1975]], CCCD [[ID:020075003318]], trú tại [[A:thôn Nà Pài, xã Tân Mỹ, huyện Văn Lãng]], nhập cảnh Trung Quốc bằng giấy thông hành số [[PP:B03318774]].
Tóm tắt: Ngày [[D:05/11/2025]], người bệnh ngã từ giàn giáo tại công trường ở [[A:凭祥市友谊镇]] ([[A:thị trấn Hữu Nghị, thành phố Bằng Tường]]). Mã bệnh nhân phía Trung Quốc: [[R:PX20251105-0447]]. Chẩn đoán: chấn thương cột sống cổ C5–C6, liệt tứ chi không hoàn toàn (ASIA C), đã cố định cổ, chưa phẫu thuật theo nguyện vọng gia đình.
Tài liệu bàn giao: phim CT 6 tấm, tóm tắt bệnh án tiếng Trung, giấy ra viện số [[R:PXRM-CY-2025-3318]], hóa đơn viện phí số [[R:45020125110847]] (12.860 NDT, gia đình cam kết thanh toán).
Người nhà đi cùng: vợ là bà [[N:Hoàng Thị Mấy]], SĐT [[P:0915 338 206]]; cai thầu [[N:Huang Zhiqiang]] ([[N:黄志强]]) lái xe biển số [[VP:桂F·2B739]] chở đồ đạc của người bệnh tới cửa khẩu.
Tình trạng lúc bàn giao: tỉnh, mạch 88 lần/phút, HA 110/70 mmHg, SpO2 97% (oxy 3 lít/phút), sức cơ hai tay 2/5, hai chân 3/5, có sonde tiểu.
Biên bản lập thành 4 bản (2 bản tiếng Việt, 2 bản tiếng Trung), kết thúc lúc 11 giờ 05 cùng ngày.
BÊN GIAO: [[N:Lu Jianming]] [[N:卢建明]]      BÊN NHẬN: [[N:Hoàng Văn Sơn]]      KIỂM DỊCH: [[N:Lương Thị Huyền]]`,
  ],
  // 40
  [
    'chat',
    `Nhóm Zalo "Gia đình họ Quách 郭家"
[[D:13/11/2025]]
[[N:Quách Mỹ Linh]] 06:40: Bà nội sáng nay ho nhiều, sốt 38,7. Con chở bà vô BV Nguyễn Tri Phương rồi nha cả nhà.
[[N:Quách Chí Cường]] (Đài Loan) 06:52: 阿嫲怎么样？Bà năm nay [[AGE:93]] rồi, coi chừng viêm phổi.
[[N:Quách Mỹ Linh]] 08:15: Bác sĩ nói viêm phổi (J18.9), nhập khoa Lão, phòng 302 giường 14. Mã BN [[R:NTP-25-338210]]. BHYT của bà [[BH:BT2797904417281]], CCCD [[ID:079132004418]].
[[N:Trương Huệ Anh]] (dì út HK) 09:03: 我明天飞过去。Dì đặt vé CX767 ngày [[D:14/11]], mã đặt chỗ [[R:6X2KQ9]]. Số HK của dì [[P:+852 9418 2276]].
[[N:Quách Mỹ Linh]] 09:10: Dì tới thì ở nhà mình [[A:số 41/7 Trần Hưng Đạo, phường 6, quận 5]] nha, gần bệnh viện.
[[N:Quách Chí Cường]] 10:22: 我转了两万台币给[[N:美玲]]. Anh chuyển qua Western Union, mã MTCN [[R:418 772 3306]].
[[N:Quách Mỹ Linh]] 10:40: Nhận rồi anh.
[[N:Lâm Gia Hào]] (rể) 11:05: Mai tui chạy xe [[VP:51K-418.27]] đón dì ở Tân Sơn Nhất nha.
[[N:Quách Mỹ Linh]] 20:15: BS [[N:Châu Quốc Khang]] nói SpO2 91%, thở oxy 2 lít, Ceftriaxone 2 g/ngày. Bà cứ đòi về ăn cháo ở tiệm [[A:hẻm 184 Lương Nhữ Học]].
[[N:Quách Chí Cường]] 20:31: Năm ngoái bà cũng nằm viện đúng [[D:mùng 3 Tết]], lần đó cũng đòi cháo 😅
[[D:14/11/2025]]
[[N:Trương Huệ Anh]] 15:20: 到了 ✈️ đang qua hải quan. Hộ chiếu HK [[PP:K41877203]].
[[N:Lâm Gia Hào]] 15:48: Đón dì rồi, đang về.
[[N:Quách Mỹ Linh]] 16:30: Bà thấy dì là khóc 🥹 BS hẹn chụp lại phim ngày [[D:17/11]], nếu đỡ thì cho về [[D:19/11]].`,
  ],
];
