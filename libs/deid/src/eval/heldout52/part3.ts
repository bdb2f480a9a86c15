// Held-out set 52, documents 28–40 (see index.ts for the conventions): clinical texts — an English
// discharge summary for a Korean patient, an English e-mail thread with a French patient's insurer,
// a paediatric parents' group chat, a pathology accession book, a narcotics prescription, a police
// request with an injury certificate, a geriatric nursing hand-over, tele-consultation minutes for
// a Jrai patient, a transfer paper for a Tày patient, death-review minutes, a dialysis group chat
// in Southern speech, a hand-over of a Chinese patient at the border and a Xơ Đăng patient's
// identity check. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'discharge-english',
    `INTERNATIONAL MEDICAL CENTRE – DA NANG
DISCHARGE SUMMARY

Patient name: [[N:PARK JI-HOON]] ([[N:박지훈]])          Sex: M          DOB: [[D:1971-06-22]]
Nationality: Republic of Korea          Passport No.: [[PP:M47823916]]
MRN: [[R:IMC-25-00918237]]          Admission No.: [[R:IP2511-0442]]
Admitted: [[D:04 Nov 2025]]          Discharged: [[D:11 Nov 2025]]
Local address: [[A:Room 1815, Sea Horizon Hotel, 200 Vo Nguyen Giap Street, Phuoc My Ward, Son Tra District]]
Home address: [[A:302-1104, 45 Teheran-ro 8-gil, Gangnam-gu]], Seoul
Emergency contact: wife, [[N:Kim Soo-yeon]] ([[N:김수연]]), [[P:+82 10-4417-2095]]
Travel insurer: Samsung Fire & Marine, policy [[R:SFM-TRV-2025-1187734]]; guarantee of payment [[R:GOP/25/VN/04471]]

Attending physician: Dr. [[N:Nguyen Hoang Anh Thu]] (Internal Medicine)
Consultants: Dr. [[N:Le Duc Minh]] (Cardiology); Dr. [[N:Ho Thi Kim Oanh]] (Endocrinology)
Interpreter: Ms. [[N:Lee Min-ji]]

Presenting complaint: Brought in at 23:10 on [[D:Nov 4]] by his tour guide, Mr. [[N:Tran Quoc Dat]] ([[P:0905 117 468]]), and a golf partner, Mr. [[N:Jung Hae-sung]], after chest tightness and sweating during dinner.

Diagnoses:
1. Non-ST-elevation myocardial infarction (I21.4)
2. Type 2 diabetes mellitus, poorly controlled, HbA1c 9.8% (E11.65)
3. Hypertension (I10)

Hospital course: hs-Troponin T rose from 48 to 612 ng/L. Coronary angiography on [[D:Nov 5]] by Dr. [[N:Minh]] showed 90% stenosis of the proximal LAD; one drug-eluting stent was placed without complication. Echocardiography on [[D:Nov 6]]: LVEF 52%, mild anterior hypokinesia. Insulin was started and switched to oral agents by Dr. [[N:Oanh]] before discharge. Mr. [[N:Park]] walked 200 m without symptoms on [[D:Nov 10]].

Medications on discharge: aspirin 100 mg daily; ticagrelor 90 mg twice daily for 12 months; rosuvastatin 20 mg nightly; bisoprolol 2.5 mg daily; perindopril 5 mg daily; metformin/sitagliptin 50/1000 mg twice daily.

Fitness to fly: fit to fly on a commercial flight from [[D:Nov 14]] with a medical escort; a wheelchair has been requested with the airline under booking reference [[R:KE-6VQ2TD]].
Follow-up: Dr. [[N:Choi Young-woo]], Samsung Medical Center, Seoul, on or around [[D:Nov 20]]. Records and CD sent via the insurer's case manager, Ms. [[N:Han Yu-na]] ([[E:yuna.han.case@gmail.com]]).

Signed: Dr. [[N:Nguyen Hoang Anh Thu]]          Date: [[D:11/11/2025]]`,
  ],
  // 29
  [
    'email-english',
    `From: [[N:Sophie Lefèvre]] <[[E:sophie.lefevre.assist@outlook.fr]]>
To: International Patient Services, Hue Central Hospital
Cc: Dr. [[N:Pierre Garnier]] (medical coordinator)
Date: Fri, [[D:14 Nov 2025]] 09:12 (Paris)
Subject: Case [[R:MA-25-FR-771043]] – [[N:MOREAU Jean-Baptiste]] – request for medical report and estimate

Dear colleagues,
We are the assistance company of Mr. [[N:Jean-Baptiste Moreau]], born [[D:3 March 1958]], French passport no. [[PP:19AV24871]], who we understand was admitted to your hospital on [[D:12 November]] with abdominal pain. His wife, Mrs. [[N:Catherine Moreau]], can be reached on [[P:+33 6 71 24 88 15]]; the couple were staying at [[A:12 Nguyen Cong Tru Street, Phu Hoi Ward]], Hue.
Could you please send us the admission note, the diagnosis and an estimate of costs? Upon receipt we will issue a guarantee of payment.
Kind regards,
[[N:Sophie Lefèvre]] – case manager, direct line [[P:+33 1 84 88 30 27]]

----- Reply -----
From: [[N:Nguyễn Thị Bảo Ngọc]] <[[E:baongoc.ips.hue@gmail.com]]>
Date: [[D:14/11/2025]] 16:40 (Hue)
Dear Ms. [[N:Lefèvre]],
Mr. [[N:Moreau]] (hospital number [[R:TW.25.2211906]]) was admitted via the emergency department at 20:30 on [[D:12 Nov 2025]]. Ultrasound and CT showed acute calculous cholecystitis with a 2 cm stone in the gallbladder neck. He underwent laparoscopic cholecystectomy on [[D:13 Nov]] under Dr. [[N:Tôn Thất Bảo]] (Department of Digestive Surgery). He is recovering well, afebrile, eating soft food.
Estimated total cost: VND 68,500,000 (surgery, 4 nights in a private room, medicines, tests). Expected discharge: [[D:16 Nov]]. The medical report signed by Dr. [[N:Bảo]] and invoice draft [[R:HĐ-IPS-25-0318]] are attached.
Best regards,
[[N:Bảo Ngọc]] – International Patient Services

----- Reply -----
From: [[N:Sophie Lefèvre]]
Date: [[D:15 Nov 2025]] 08:05
Dear [[N:Ngoc]],
Thank you. GOP no. [[R:GOP-FR-25-11-0884]] for up to VND 75,000,000 is attached. Dr. [[N:Garnier]] asks whether Mr. [[N:Moreau]] may fly Hue–Hanoi–Paris on [[D:21 November]] as booked; his daughter, [[N:Élodie Moreau-Tran]], will fly in from Lyon to accompany him ([[E:elodie.moreautran@gmail.com]]).
Best,
[[N:Sophie]]`,
  ],
  // 30
  [
    'chat-parents',
    `Nhóm Zalo "Phòng 305 – Nhi Tiêu hóa (BV Sản Nhi Quảng Ninh)"
[[D:12/11]]
ĐD [[N:Hương]] (phụ trách phòng): Chào các bố mẹ, chị là [[N:Hương]], điều dưỡng phụ trách phòng 305 tuần này. Có gì cần cứ nhắn vào nhóm nhé.
Mẹ [[N:Bin]]: Dạ em chào chị [[N:Hương]]. Bé [[N:Bin]] nhà em giường 1 ạ, tên là [[N:Vũ Gia Bảo]], sáng nay vẫn đi ngoài 4 lần, phân lỏng ạ.
ĐD [[N:Hương]]: Chị ghi nhận rồi, em cho [[N:Bảo]] uống oresol theo hướng dẫn, giữ bỉm lại để bác sĩ [[N:Tuấn]] xem lúc đi buồng nhé.
Bố [[N:Cún]]: Chị ơi giường 2 bé [[N:Cún]] ([[N:Đỗ Minh Khôi]]) hết dịch truyền rồi ạ. Mã bệnh nhân của cháu là [[R:SN25.118402]] chị nhé.
ĐD [[N:Hương]]: Chị qua ngay. Nhà mình nuôi cún thật à mà đặt tên con là [[N:Cún]] 😄
Bố [[N:Cún]]: Dạ không ạ, bà nội đặt cho dễ nuôi 😄
Bà ngoại [[N:Su]]: Cô ơi cho tôi hỏi bé [[N:Su]] (tên thật [[N:Nguyễn Ngọc Bảo Anh]]) có được ăn cháo su su không. Nhà tôi ở [[A:xã Quảng Chính, huyện Hải Hà]], mai con bé [[N:Nhung]] mẹ cháu mới xuống được.
ĐD [[N:Hương]]: Dạ bà cho cháu ăn cháo loãng được ạ, rau su su nấu nhừ cũng được, chưa ăn tôm cua, sữa tươi nhé bà.
Mẹ [[N:Tôm]] (giường 4): Thế bé nhà em tên [[N:Tôm]] có phải kiêng tôm không chị 😂. Bé [[N:Trần Hải Đăng]], 18 tháng, BHYT [[BH:TE1222221057743]] ạ. Hôm qua làm thủ tục chị ở quầy bảo thẻ chưa cập nhật.
ĐD [[N:Hương]]: Haha không liên quan em nhé. Thẻ của [[N:Đăng]] để chị nhờ phòng BHYT kiểm tra lại, em gửi chị ảnh giấy khai sinh với CCCD của mẹ.
Mẹ [[N:Tôm]] (giường 4): Dạ CCCD em là [[ID:022195006118]], em là [[N:Phạm Thu Trang]], nhà ở [[A:tổ 3, khu 5, phường Hà Lầm, TP Hạ Long]] ạ.
Bố [[N:Mít]]: Cho em hỏi chiều nay mấy giờ có kết quả xét nghiệm phân của bé [[N:Mít]] ([[N:Lương Khánh Linh]]) ạ. Mã phiếu [[R:XN2511120377]].
ĐD [[N:Hương]]: Khoảng 15h em nhé. À bé [[N:Mít]] có tiền sử dị ứng mít không? Phiếu khám ghi "dị ứng mít" mà chị chưa rõ.
Bố [[N:Mít]]: Có chị ạ, cháu ăn mít bị nổi mẩn, thế nên nhà em mới gọi đùa là [[N:Mít]] 😅
BS [[N:Tuấn]]: Chào các gia đình, anh là BS [[N:Lê Anh Tuấn]]. Chiều nay bé [[N:Bin]] và bé [[N:Tôm]] có thể xuất viện nếu hết tiêu chảy. Bé [[N:Su]] theo dõi thêm đến [[D:14/11]]. Bé [[N:Gạo]] giường 3 chờ kết quả Rotavirus.
Mẹ [[N:Gạo]]: Dạ em cảm ơn bác sĩ. Nhà em hết gạo nếp rồi mà bé lại tên [[N:Gạo]] 🤣. Bé là [[N:Chíu Thị Mai Anh]], người Sán Dìu ạ, nhà ở [[A:thôn 7, xã Đồng Lâm, huyện Hoành Bồ]].
ĐD [[N:Hương]]: Mai là [[D:13/11]], bố mẹ nào cho bé xuất viện nhớ mang thẻ BHYT gốc xuống quầy thanh toán tầng 1 gặp chị [[N:Lụa]] nhé.
Mẹ [[N:Bin]]: Dạ chồng em là anh [[N:Vũ Văn Hiếu]] sẽ xuống làm, sđt anh ấy [[P:0904 228 615]] nếu cần ạ.`,
  ],
  // 31
  [
    'specimen-log',
    `BỆNH VIỆN K – KHOA GIẢI PHẪU BỆNH
SỔ TIẾP NHẬN BỆNH PHẨM MÔ BỆNH HỌC – Ngày [[D:10/11/2025]]
Người tiếp nhận ca sáng: KTV [[N:Đinh Thị Ngân]]; ca chiều: KTV [[N:Mạc Văn Trường]]

STT | Số GPB | Họ tên người bệnh | Tuổi | Mã người bệnh | Khoa gửi | Bệnh phẩm | BS gửi
1 | [[R:B25-18874]] | [[N:Đinh Thị Thu]] | 54 | [[R:K25.0067215]] | Ngoại vú | Khối u vú phải | [[N:Toàn]]
2 | [[R:B25-18875]] | [[N:Hoàng Văn Lương]] | 61 | [[R:K25.0068120]] | Ngoại tiêu hóa | Đoạn đại tràng phải | [[N:Khải]]
3 | [[R:B25-18876]] | [[N:Sùng Thị Dua]] | 38 | [[R:K25.0068344]] | Phụ khoa | Sinh thiết cổ tử cung | [[N:Hà]]
4 | [[R:B25-18877]] | [[N:Nguyễn Thị Hồng]] | 47 | [[R:K25.0068391]] | Đầu cổ | Tuyến giáp toàn bộ | [[N:Bình]]
5 | [[R:B25-18878]] | [[N:Lò Văn Doan]] | 56 | [[R:K25.0068402]] | Nội soi | Sinh thiết dạ dày | [[N:Phương]]
6 | [[R:B25-18879]] | [[N:Trần Văn Xuân]] | [[AGE:91]] | [[R:K25.0068415]] | Ngoại tiết niệu | Mảnh cắt đốt u bàng quang | [[N:Khải]]
7 | [[R:B25-18880]] | [[N:Bùi Thị Mơ]] | 66 | [[R:K25.0068420]] | Ngoại vú | Hạch cửa sinh thiết tức thì | [[N:Toàn]]
8 | [[R:B25-18881]] | [[N:Phạm Văn Hải]] | 59 | [[R:K25.0068433]] | Phổi | Sinh thiết xuyên thành ngực | [[N:Đông]]
9 | [[R:B25-18882]] | [[N:Vi Thị Thảo]] | 29 | [[R:K25.0068451]] | Phụ khoa | Khối u buồng trứng trái | [[N:Hà]]
10 | [[R:B25-18883]] | [[N:Nông Đức Mạnh]] | 44 | [[R:K25.0068460]] | Đầu cổ | Sinh thiết vòm họng | [[N:Bình]]
11 | [[R:B25-18884]] | [[N:Châu Mỹ Linh]] | 35 | [[R:K25.0068477]] | Ngoại vú | Khối u vú trái | [[N:Toàn]]
12 | [[R:B25-18885]] | [[N:Kiều Thị Nhàn]] | 72 | [[R:K25.0068489]] | Nội soi | Polyp đại tràng | [[N:Phương]]
13 | [[R:B25-18886]] | [[N:Lê Minh Đông]] | 50 | [[R:K25.0068502]] | Phổi | Thùy trên phổi phải | [[N:Đông]]
14 | [[R:B25-18887]] | [[N:Đào Thị Sinh]] | [[AGE:90]] | [[R:K25.0068510]] | Da – phần mềm | Khối u da vùng má | [[N:Thắng]]

GHI CHÚ TRONG NGÀY
– 08:40: Bệnh phẩm số [[R:B25-18881]] phiếu ghi "[[N:Phạm Văn Hài]]", mã người bệnh khớp với [[N:Phạm Văn Hải]]; đã gọi BS [[N:Đông]] khoa Phổi xác nhận, sửa lại tên trên phiếu (người sửa: [[N:Ngân]]).
– 10:15: Mẫu của bà [[N:Sùng Thị Dua]] do chồng là anh [[N:Giàng A Thào]] mang xuống, chưa có phiếu thu; đã hướng dẫn nộp tiền tại quầy 3.
– 14:05: BS [[N:Khải]] đề nghị đọc nhanh mẫu của cụ [[N:Xuân]] trong ngày [[D:11/11]] vì cụ tuổi cao, gia đình muốn về sớm.
– 15:30: Sinh thiết tức thì của bà [[N:Mơ]]: kết quả hạch âm tính, BS đọc [[N:Nguyễn Thị Thanh Tâm]] báo phòng mổ lúc 15:42.
– Block và tiêu bản của [[N:Đinh Thị Thu]] trả về theo yêu cầu hội chẩn tại Bệnh viện Bạch Mai, người nhận là con trai [[N:Trịnh Quốc Hưng]], CCCD [[ID:035096007713]], phiếu mượn số [[R:MTB-25-0412]].
Ký: [[N:Ngân]] / [[N:Trường]]`,
  ],
  // 32
  [
    'prescription',
    `BỆNH VIỆN UNG BƯỚU ĐÀ NẴNG
ĐƠN THUỐC "N"          Mã đơn thuốc: [[R:48027GN2511120084-n]]
(Bản lưu tại cơ sở khám bệnh, chữa bệnh)

Họ tên người bệnh: [[N:Trần Thị Ngọc Sương]]          Ngày sinh: [[D:08/08/1961]]          Giới tính: Nữ
Số định danh cá nhân: [[ID:049161000873]]
Địa chỉ: [[A:tổ 37, phường Hòa Minh, quận Liên Chiểu]], TP Đà Nẵng
Mã người bệnh: [[R:UBĐN-19-0037761]]          Số thẻ BHYT: [[BH:HT3484820117395]]
Chẩn đoán: Ung thư tụy di căn gan (C25.0; C78.7) – đau mạn tính do ung thư.

Thuốc điều trị:
1. Morphin sulfat 30 mg (viên giải phóng kéo dài) × 28 viên. Ngày uống 2 lần, mỗi lần 1 viên, lúc 8 giờ và 20 giờ.
2. Morphin hydroclorid 10 mg/ml × 10 ống. Tiêm dưới da 5 mg khi đau đột xuất, cách nhau ít nhất 4 giờ, tối đa 4 lần/ngày.
Cộng khoản: 02 khoản.
Lời dặn: Uống thêm thuốc nhuận tràng theo đơn thường; nếu lơ mơ, thở chậm dưới 10 lần/phút thì ngừng thuốc và báo ngay cho bác sĩ.

                                            Ngày [[D:12 tháng 11 năm 2025]]
Bác sĩ khám bệnh: BSCKII [[N:Đoàn Thị Minh Thư]] (chứng chỉ hành nghề số [[L:003417/ĐNA-CCHN]])
Họ tên người nhận thuốc: [[N:Nguyễn Văn Tám]] (chồng)          CCCD: [[ID:049058004129]]
Người cấp phát: DS [[N:Lê Thị Kiều Diễm]]          Trưởng khoa Dược: DSCKI [[N:Phan Đức Toàn]]

PHIẾU THEO DÕI CỦA KHOA CHĂM SÓC GIẢM NHẸ
[[D:12/11]]: Bà [[N:Sương]] đau 7/10 về đêm, ngủ 3 tiếng. Tăng liều morphin giải phóng kéo dài từ 20 mg lên 30 mg (BS [[N:Thư]]). Người chăm chính là con gái [[N:Nguyễn Thị Ngọc Hà]] ([[P:0935 440 617]]), đã được hướng dẫn tiêm dưới da, ghi sổ đau. Ông [[N:Tám]] trả lại 6 vỏ ống đã dùng của đơn trước (mã đơn [[R:48027GN2510290041-n]]); biên bản thu hồi vỏ ống số [[R:THV-25-0311]] do DS [[N:Diễm]] và ĐD [[N:Trương Thị Hiền]] ký.
Lịch lĩnh thuốc lần sau: ngày [[D:26/11]]. Nhân viên công tác xã hội [[N:Lê Hoàng Vy]] sẽ liên hệ Hội Chữ thập đỏ [[A:phường Hòa Minh]] hỗ trợ xe đưa đón.`,
  ],
  // 33
  [
    'police-request',
    `CÔNG AN THÀNH PHỐ HÀ NỘI                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG AN [[A:HUYỆN GIA LÂM]]                          Độc lập – Tự do – Hạnh phúc
CƠ QUAN CẢNH SÁT ĐIỀU TRA
Số: [[R:1562/CV-CSĐT]]                         Gia Lâm, ngày [[D:03 tháng 11 năm 2025]]
V/v đề nghị cung cấp hồ sơ bệnh án

Kính gửi: Bệnh viện Đa khoa Đức Giang

Cơ quan Cảnh sát điều tra Công an [[A:huyện Gia Lâm]] đang thụ lý tin báo về tội phạm số [[R:412/TB-CSĐT]] về việc chị [[N:Nguyễn Thị Thu Trà]] (SN 1990, trú [[A:thôn Kiêu Kỵ, xã Kiêu Kỵ, huyện Gia Lâm]]) bị [[N:Lê Văn Dũng]] (tức "[[N:Dũng Sẹo]]", SN 1987, trú [[A:thôn Đa Tốn, xã Đa Tốn]]) dùng gậy đánh gây thương tích hồi 21 giờ ngày [[D:28/10/2025]].
Để có căn cứ giải quyết, đề nghị Bệnh viện cung cấp bản sao bệnh án (số vào viện [[R:DG25-115284]]) và cấp giấy chứng nhận thương tích cho chị [[N:Trà]].
Cán bộ liên hệ: Thượng úy [[N:Đỗ Văn Hiệp]], điều tra viên, ĐT [[P:0988 427 155]].
                                            KT. THỦ TRƯỞNG – PHÓ THỦ TRƯỞNG
                                            Trung tá [[N:Trần Mạnh Cường]]

────────────────────────────
BỆNH VIỆN ĐA KHOA ĐỨC GIANG
GIẤY CHỨNG NHẬN THƯƠNG TÍCH
Số: [[R:287/2025/GCNTT]]

Họ tên: [[N:NGUYỄN THỊ THU TRÀ]]          Sinh ngày: [[D:17/06/1990]]          Giới: Nữ
CCCD: [[ID:001190021337]]
Địa chỉ: [[A:thôn Kiêu Kỵ, xã Kiêu Kỵ, huyện Gia Lâm]], TP Hà Nội
Vào viện: 21 giờ 50 phút, ngày [[D:28/10/2025]]          Ra viện: ngày [[D:04/11/2025]]
Lý do vào viện: bị đánh (theo lời khai của người bệnh và người nhà).
Tình trạng thương tích lúc vào viện: vết thương vùng đỉnh trái dài 4 cm, bờ nham nhở; sưng nề, biến dạng 1/3 giữa cẳng tay trái; bầm tím quanh hốc mắt phải 3 × 4 cm. X-quang: gãy kín 1/3 giữa xương trụ trái. CT sọ não ngày [[D:28/10]] (phim số [[R:CT25-44017]]): không thấy tổn thương nội sọ.
Phương pháp điều trị: khâu vết thương vùng đỉnh; phẫu thuật kết hợp xương trụ trái bằng nẹp vít ngày [[D:29/10]] (phẫu thuật viên: BS [[N:Hà Quang Vinh]]).
Tình trạng lúc ra viện: vết mổ khô, liền tốt; cử động cổ tay còn hạn chế.
Giấy này cấp theo đề nghị tại công văn số [[R:1562/CV-CSĐT]] ngày [[D:03/11/2025]] của Cơ quan CSĐT Công an [[A:huyện Gia Lâm]].
                                            Hà Nội, ngày [[D:05/11/2025]]
Trưởng phòng Kế hoạch tổng hợp              KT. Giám đốc
[[N:Bùi Thị Lan Phương]]                          [[N:Nghiêm Xuân Trường]]
Người nhận: [[N:Nguyễn Văn Thuận]] (anh trai), CCCD [[ID:001086009472]], ký nhận ngày [[D:06/11/2025]].`,
  ],
  // 34
  [
    'nursing-handover',
    `KHOA LÃO KHOA – BỆNH VIỆN THỐNG NHẤT
BÀN GIAO CA CHIỀU → CA ĐÊM, Thứ Tư [[D:19/11/2025]]
ĐD giao: [[N:Nguyễn Thị Thanh Xuân]]          ĐD nhận: [[N:Phan Văn Đông]], [[N:Lý Ngọc Hà]]
BS trực: BS [[N:Huỳnh Công Minh]]

Phòng 8 – 4 giường:
• G1 – Cụ [[N:Trương Văn Lễ]], [[AGE:95]] tuổi (mã BN [[R:TN25-204117]]). Viêm phổi hít, đang ceftriaxon ngày 4; ăn qua sonde 6 cữ, cữ cuối 22h. Con gái bà [[N:Trương Thị Mỹ Dung]] ([[P:0903 318 442]]) xin ngủ lại; ký cam kết chống té ngã. Cụ hay gọi tên "[[N:Năm Hoa]]" (vợ cụ, đã mất), đừng hoảng.
• G2 – Cụ bà [[N:Nguyễn Thị Tư]], [[AGE:102]] tuổi. Loét cùng cụt độ 2, thay băng 20h. Nằm nệm hơi, xoay trở 2 giờ/lần. Cháu nội là anh [[N:Tín]] trực, nhà ở [[A:hẻm 46 Nguyễn Văn Công, phường 3, quận Gò Vấp]].
• G3 – Ông [[N:Phan Thanh Liêm]], 88 tuổi, suy tim, cân nặng sáng 58,2 kg; hạn chế nước 1 lít/ngày. Đo nước tiểu 24h đến 6h sáng [[D:20/11]].
• G4 – Bà [[N:Hứa Ngọc Quế]] ([[N:許玉桂]]), [[AGE:91]] tuổi, người Hoa, chỉ nói tiếng Quảng Đông. Sảng chiều tối, đêm qua rút kim truyền 2 lần. Y lệnh quetiapin 12,5 mg 20h. Cháu ngoại là chị [[N:Lư Mỹ Lệ]] phiên dịch, số [[P:0938 556 207]].

Phòng 9:
• G1 – Ông [[N:Đinh Công Trứ]], [[AGE:97]] tuổi, cựu chiến binh, BHYT [[BH:CC1797920110348]]. Rung nhĩ, đang apixaban. Hẹn siêu âm tim sáng [[D:20/11]]. Con trai ông [[N:Đinh Công Thành]] từ Hà Nội vào, bay chuyến tối, khoảng 23h tới.
• G2 – Bà [[N:Sáu Nhỏ]] (tên giấy tờ [[N:Lê Thị Nhỏ]]), 86 tuổi. Tiểu đường, đường huyết 18h: 14,2 mmol/L, đã tiêm insulin theo thang. Người chăm nuôi thuê là chị [[N:Ba Mến]].
• G3 – Trống (ông [[N:Quan Văn Phước]] chuyển khoa Hồi sức lúc 15h30, phiếu chuyển khoa số [[R:CK-25-11190]]).

Lưu ý chung: Phòng 8 có hai cụ tên [[N:Lễ]] và [[N:Liêm]] đọc gần giống, đối chiếu vòng tay trước khi cho thuốc. Ca đêm [[D:18/11]] có sự cố té ngã của bà [[N:Nhỏ]] đã báo cáo (mã [[R:SC-LK-25-019]]).
Ký giao: [[N:Xuân]]          Ký nhận: [[N:Đông]]`,
  ],
  // 35
  [
    'teleconsult',
    `BIÊN BẢN HỘI CHẨN TỪ XA
Bệnh viện Đa khoa tỉnh Gia Lai – Trung tâm Y tế [[A:huyện Krông Pa]]
Thời gian: 10 giờ 30 ngày [[D:07/10/2025]]. Hình thức: trực tuyến qua phần mềm hội chẩn.

Đầu cầu BVĐK tỉnh: BSCKII [[N:Nguyễn Văn Thịnh]] (Trưởng khoa Hồi sức tích cực, chủ trì); ThS.BS [[N:Rơ Châm Hiền]] (Nhiễm); BS [[N:Trần Thị Thảo Nguyên]] (Sản).
Đầu cầu TTYT: BS [[N:Ksor Tuyết]] (Hồi sức cấp cứu, trình bệnh); ĐD [[N:Kpă H'Ngoan]]; thư ký BS [[N:Lê Văn Ka]].

Người bệnh: [[N:RAH LAN H'YƠN]], nữ, 17 tuổi, dân tộc Jrai
Địa chỉ: [[A:buôn Ma Giai, xã Chư Rcăm, huyện Krông Pa]], Gia Lai
Mã người bệnh: [[R:KP25-016273]]          Thẻ BHYT: [[BH:DT 2 64 6420918336]]
Vào viện: 06 giờ 10 ngày [[D:07/10/2025]]

Tóm tắt (BS [[N:Tuyết]] trình): Sốt cao rét run 4 ngày, lơ mơ từ đêm qua. Mang thai khoảng 24 tuần, chưa khám thai lần nào. Chồng là [[N:Siu Đin]] (19 tuổi) đi rẫy ở [[A:xã Ia Rmok]] 3 tuần trước, cũng sốt và tự khỏi. Lam máu số [[R:KP-SR-25-117]]: P. falciparum thể vô tính mật độ 3++++. Hb 7,4 g/dL, tiểu cầu 38 G/L, bilirubin toàn phần 68 µmol/L, đường máu 3,1 mmol/L. Đã cho artesunat tĩnh mạch liều 1 lúc 7 giờ, glucose 30%.
Ý kiến:
– ThS [[N:Hiền]]: Sốt rét ác tính thể não ở phụ nữ mang thai. Tiếp tục artesunat giờ 12 và giờ 24, sau đó chuyển thuốc uống phối hợp. Cần xét nghiệm người nhà và hàng xóm; đề nghị y tế thôn [[N:Nay H'Bơm]] lập danh sách những người đi rẫy cùng [[N:Đin]].
– BS [[N:Nguyên]]: Tim thai 150 lần/phút. Theo dõi cơn co, không dùng thuốc giảm co khi chưa cần.
– BS [[N:Thịnh]]: Chuyển tuyến tỉnh sau liều artesunat thứ hai nếu huyết động ổn; truyền khối hồng cầu trước khi chuyển.
Kết luận: Chuyển BVĐK tỉnh lúc 19 giờ cùng ngày bằng xe cấp cứu [[VP:81A-009.37]], ĐD [[N:H'Ngoan]] đi kèm. Người nhà: mẹ là bà [[N:Rah Lan H'Nga]], phiên dịch là ông [[N:Ksor Y Ben]] (trưởng buôn, [[P:0349 716 052]]). Giấy chuyển tuyến số [[R:1036/GCT-TTYT]].
Thư ký: [[N:Lê Văn Ka]]          Chủ trì: [[N:Nguyễn Văn Thịnh]]`,
  ],
  // 36
  [
    'transfer',
    `SỞ Y TẾ CAO BẰNG
BỆNH VIỆN ĐA KHOA TỈNH CAO BẰNG
Số: [[R:0931/2025/GCT]]

GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Trung ương Thái Nguyên

Họ và tên người bệnh: [[N:NÔNG THỊ MỈN]]          Nữ          Năm sinh: 1962
Dân tộc: Tày          Nghề nghiệp: Làm ruộng
Địa chỉ: [[A:xóm Bản Khuông, xã Đàm Thủy, huyện Trùng Khánh]], tỉnh Cao Bằng
Số thẻ BHYT: [[BH:DT2040412277561]]          Hạn sử dụng: [[D:31/12/2025]]
Mã người bệnh: [[R:CB.25.0377204]]
Đã điều trị tại khoa Ngoại tổng hợp từ ngày [[D:20/10/2025]] đến ngày [[D:24/10/2025]].

Tóm tắt bệnh án: Người bệnh vàng da tăng dần 3 tuần, ngứa, sụt cân. Siêu âm và CT ngày [[D:21/10]]: giãn đường mật trong và ngoài gan, nghi u vùng rốn gan (Klatskin). Bilirubin toàn phần 286 µmol/L, CA 19-9 > 1.000 U/mL.
Chẩn đoán: Tắc mật do u đường mật rốn gan, theo dõi (C24.0).
Lý do chuyển tuyến: Cần dẫn lưu mật qua da/nội soi mật tụy ngược dòng và đánh giá phẫu thuật, vượt khả năng chuyên môn.
Chuyển tuyến hồi: 07 giờ 00 ngày [[D:24/10/2025]], xe cứu thương [[VP:11A-002.59]].
Người hộ tống: ĐD [[N:Bế Thị Hoa]]. Người nhà đi cùng: con trai [[N:Hoàng Văn Pằn]] ([[P:0373 552 190]]) và con dâu [[N:Lý Thị Nọi]].
Bác sĩ điều trị: BS [[N:Lục Văn Thái]]          Giám đốc: BSCKII [[N:Đàm Văn Slam]]

Ghi chú của bác sĩ điều trị: Bà [[N:Mỉn]] chỉ nói tiếng Tày, nghe tiếng Kinh ít; anh [[N:Pằn]] phiên dịch. Con gái lớn là chị [[N:Hoàng Thị Mây]] làm ở [[A:khu công nghiệp Yên Phong]], Bắc Ninh, sẽ xuống Thái Nguyên tối [[D:24/10]], số [[P:0966 120 483]], e-mail [[E:hoangmay.bnc@gmail.com]]. Chồng bà là ông [[N:Hoàng Văn Tình]] mất [[D:tháng 5]] năm ngoái. Gia đình được trưởng xóm [[N:Nông Văn Hìn]] và Hội Phụ nữ [[A:xã Đàm Thủy]] hỗ trợ 3 triệu đồng đi đường.

PHẦN TIẾP NHẬN (BV Trung ương Thái Nguyên): tiếp nhận 11 giờ 20 ngày [[D:24/10/2025]], khoa Ngoại tiêu hóa, mã vào viện [[R:TNG-2510-309915]], BS tiếp nhận [[N:Dương Minh Khuê]].`,
  ],
  // 37
  [
    'death-review',
    `BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH
BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Số: [[R:KĐTV-025/2025]]

Thời gian: 14 giờ 00 ngày [[D:03/10/2025]]. Địa điểm: phòng họp khoa Hồi sức tích cực.
Chủ trì: TS.BS [[N:Nguyễn Đình Tuấn]], Phó Giám đốc
Thư ký: BS [[N:Thái Thị Thu Hiền]]
Thành phần: BSCKII [[N:Phan Văn Tý]] (Trưởng khoa HSTC), BS [[N:Hoàng Văn Lâm]] (khoa Cấp cứu), BS [[N:Trần Quốc Nhật]] (Tim mạch), ThS.BS [[N:Lê Thị Kim Oanh]] (Phòng KHTH), ĐD trưởng [[N:Đặng Thị Phúc]], ĐD [[N:Võ Thị Lài]] (trực ca đêm).

Người bệnh: [[N:TRẦN ĐÌNH LỢI]], nam, 57 tuổi
Địa chỉ: [[A:thôn Trung Lương, xã Thạch Hội, huyện Thạch Hà]], Hà Tĩnh
Mã người bệnh: [[R:HT25-0918336]]          Số lưu trữ: [[R:TV-2509-044]]
Vào viện: 19 giờ 45 ngày [[D:29/9/2025]]. Tử vong: 02 giờ 40 ngày [[D:01/10/2025]].

1. Tóm tắt (BS [[N:Lâm]] trình bày): Người bệnh đau ngực trái lan ra lưng 3 giờ, HA tay phải 180/100, tay trái 140/90 mmHg. Điện tâm đồ không có ST chênh lên. CT mạch chủ lúc 21 giờ 10 (phim số [[R:CT-2509-31188]]): tách thành động mạch chủ type A, từ gốc đến quai. Đã liên hệ Bệnh viện Hữu nghị Đa khoa Nghệ An và Bệnh viện Tim Hà Nội để chuyển mổ; người nhà (vợ là bà [[N:Nguyễn Thị Thủy]], con trai [[N:Trần Đình Lực]]) xin cân nhắc do chi phí, đến 23 giờ 30 mới đồng ý chuyển.
2. Diễn biến: 23 giờ 50, trước khi lên xe, người bệnh tụt huyết áp, tràn dịch màng ngoài tim ép tim trên siêu âm tại giường; BS [[N:Tý]] chọc hút dịch màng tim, bóp bóng, hồi sinh tim phổi. Tiếp tục hồi sức đến 02 giờ 40 ngày [[D:01/10]] không kết quả.
3. Ý kiến:
– BS [[N:Nhật]]: Chẩn đoán đúng và sớm; tách thành type A tử vong rất cao nếu không mổ cấp cứu.
– ThS [[N:Oanh]]: Thời gian từ chẩn đoán đến quyết định chuyển 2 giờ 20 phút, chủ yếu do chờ người nhà. Đề nghị quy trình "chuyển tuyến khẩn" cho phép liên hệ tuyến trên song song khi gia đình đang cân nhắc.
– ĐD [[N:Lài]]: Ghi chép theo dõi đầy đủ. Con gái người bệnh là chị [[N:Trần Thị Hoài]] đến lúc 1 giờ, đã được BS [[N:Tý]] giải thích.
– ĐD trưởng [[N:Phúc]]: Đề nghị bổ sung xe và kíp chuyển viện trực sẵn ban đêm.
4. Kết luận (TS [[N:Tuấn]]): Nguyên nhân tử vong: ép tim cấp do vỡ túi phình tách thành động mạch chủ type A. Chẩn đoán đúng, xử trí phù hợp; rút kinh nghiệm về thời gian quyết định chuyển tuyến. Đã cấp giấy báo tử số [[R:311/GBT]] cho gia đình; anh [[N:Lực]] (CCCD [[ID:042091003358]]) nhận.
Biên bản kết thúc lúc 15 giờ 20.
Thư ký (đã ký)          Chủ trì (đã ký)`,
  ],
  // 38
  [
    'chat-dialysis',
    `Nhóm Zalo "Chạy thận ca 3 – BVĐK Vĩnh Long"
[[N:Út Hiền]] (ĐD trưởng đơn vị): Thông báo bà con ca 3 (thứ 2–4–6): tuần sau máy số 5, số 7 bảo trì, ca chiều thứ 2 ngày [[D:24/11]] dời sớm 30 phút nha. Ai kẹt xe đò thì nhắn em.
Con gái cô [[N:Năm]]: Dạ cô [[N:Năm Lựu]] nhà em đi được, em [[N:Thảo]] chở. Mà bữa [[D:18]] cô bị vọp bẻ quá trời, có cần báo bác sĩ hông chị?
[[N:Út Hiền]]: Có nha, bữa đó cô rút 3,2 ký, hơi nhiều. Lần này em giảm mục tiêu rút. Cô [[N:Lựu]] về nhà ăn bớt mặn, uống nước ít thôi.
Chú [[N:Bảy]]: [[N:Út]] ơi, chú [[N:Bảy Tửng]] đây, chú đọc hông rõ chữ, thằng [[N:Tèo]] con chú nhắn dùm. Bữa nay ở chỗ lỗ dò nghe hết rung rồi, có sao hông con?
[[N:Út Hiền]]: Chú [[N:Bảy]] ơi, vậy là có thể tắc cầu nối. Chú vô khoa liền nha, em báo BS [[N:Khánh]] siêu âm. Anh [[N:Tèo]] chở chú vô cổng cấp cứu, đưa mã bệnh nhân [[R:VL.17.0093512]] cho bảo vệ.
[[N:Tèo]] (con chú [[N:Bảy]]): Dạ em chở ổng đi liền, 20 phút tới.
BS [[N:Khánh]]: Đã nhận. [[N:Út]] chuẩn bị sẵn bộ catheter tạm nha, nếu tắc thật thì mai hội chẩn với Ngoại mạch máu.
Anh [[N:Hai Lúa]]: Cho anh hỏi, anh [[N:Hai Lúa]] ([[N:Nguyễn Văn Lúa]]) thẻ BHYT hết hạn [[D:31/12]], gia hạn ở đâu vậy em?
[[N:Út Hiền]]: Anh [[N:Hai]] gia hạn ở bưu điện [[A:xã Long Phước]] hoặc trên VssID cũng được. Số thẻ anh là [[BH:HN2868621004357]] đúng hông, em xem giùm cho.
Anh [[N:Hai Lúa]]: Đúng rồi em. Cảm ơn [[N:Út]] nha, ruộng lúa nhà anh mới gặt xong, bữa nào anh đem lên khoa ít gạo mới.
Bà [[N:Tám]]: [[N:Tám Huê]] nè, tui ở [[A:ấp Phú Thạnh, xã Phú Đức, huyện Long Hồ]]. Tui muốn chuyển qua ca sáng được hông, chiều tui về tới nhà tối thui.
[[N:Út Hiền]]: Dì [[N:Tám]] ơi, ca sáng hết máy rồi dì, em ghi tên dì vô danh sách chờ, có máy trống em gọi số [[P:0939 804 512]] của dì liền.
Ông [[N:Sáu Đờn]]: [[N:Sáu Đờn]] nè mấy đứa. Tuần rồi ông [[N:Chín Mập]] chạy cạnh giường tui mất rồi, đám ma bữa [[D:20]] ở [[A:ấp Tân Vĩnh, xã Tân Ngãi]]. Ai đi thì đi chung.
[[N:Út Hiền]]: Dạ khoa cũng hay tin rồi chú. Chú [[N:Chín]] ([[N:Trần Văn Chín]]) chạy thận ở đây 9 năm, khoa có gửi vòng hoa. Thành thật chia buồn với gia đình.
Chị [[N:Ba Thu]]: Chị [[N:Ba Thu]] ca 3 nè, hôm bữa em có nói chị làm giấy xác nhận chạy thận để xin trợ cấp, em làm giùm chị nha. CCCD của chị là [[ID:086180011274]].
[[N:Út Hiền]]: Dạ chị [[N:Ba]], thứ 6 em đưa giấy cho chị, phòng KHTH ký rồi. Số giấy là [[R:XN-TNT-25-1187]].`,
  ],
  // 39
  [
    'handover-foreign',
    `TRUNG TÂM Y TẾ [[A:THÀNH PHỐ MÓNG CÁI]]
BIÊN BẢN BÀN GIAO NGƯỜI BỆNH NƯỚC NGOÀI QUA CỬA KHẨU
Số: [[R:027/BB-BGNB]]

Hôm nay, hồi 15 giờ 20 ngày [[D:09/11/2025]], tại cầu Bắc Luân II, chúng tôi gồm:
Bên giao – Trung tâm Y tế [[A:thành phố Móng Cái]]: BS [[N:Phạm Văn Khương]] (Phó khoa Hồi sức cấp cứu), ĐD [[N:Trần Thị Thoa]]; phiên dịch: anh [[N:Tằng Văn Sáng]] (người Hoa, [[A:phường Hải Hòa]]).
Bên nhận – Bệnh viện Nhân dân [[A:thành phố Đông Hưng]] (Trung Quốc): bác sĩ [[N:Huang Lei]] ([[N:黄磊]]), điều dưỡng [[N:Mo Xiaoling]] ([[N:莫小玲]]).
Đại diện Đồn Biên phòng cửa khẩu quốc tế Móng Cái: Thiếu tá [[N:Vi Văn Quyết]].

Người bệnh: [[N:WANG JIANGUO]] ([[N:王建国]]), nam, sinh ngày [[D:15/03/1968]], quốc tịch Trung Quốc
Hộ chiếu số: [[PP:EJ4471928]]
Nơi lưu trú tại Việt Nam: [[A:số 55 đường Hùng Vương, phường Trần Phú]] (khách sạn Hải Yến), vào viện từ [[D:06/11/2025]]
Địa chỉ tại Trung Quốc: [[A:số 18 đường Bắc Luân, trấn Đông Hưng]], Quảng Tây
Mã người bệnh: [[R:MC25-0087163]]

Tóm tắt: Người bệnh đột ngột yếu nửa người trái, nói khó lúc 7 giờ sáng [[D:06/11]] khi đang ăn sáng tại khách sạn. CT sọ não: chảy máu bao trong phải khoảng 18 ml (phim số [[R:CT-MC-2511-0512]]). Điều trị nội khoa, kiểm soát huyết áp. Hiện tỉnh, Glasgow 14 điểm, liệt nửa người trái 2/5, HA 150/90.
Lý do bàn giao: theo nguyện vọng của gia đình, đưa về nước điều trị tiếp.
Người nhà: vợ là bà [[N:Li Meifang]] ([[N:李美芳]]), hộ chiếu [[PP:EK0392716]], điện thoại [[P:+86 138 7702 4415]]; con trai [[N:Wang Hao]] ([[P:+86 177 7081 2236]]). Công ty lữ hành: hướng dẫn viên [[N:Chương A Phúc]] ([[P:0912 703 558]]).
Giấy tờ bàn giao: tóm tắt bệnh án (tiếng Việt và tiếng Trung), 01 đĩa CT, đơn thuốc, biên lai viện phí số [[R:BL-25-11-00418]] (đã thanh toán đủ).
Phương tiện: xe cứu thương [[VP:14A-041.76]] đến cầu Bắc Luân II, chuyển sang xe cứu thương phía Trung Quốc biển số [[VP:桂P·A1203]].
Tình trạng lúc bàn giao: tỉnh, HA 146/88, SpO2 97% khí trời.
Bên giao: [[N:Phạm Văn Khương]]          Bên nhận: [[N:Huang Lei]]          Phiên dịch: [[N:Tằng Văn Sáng]]
Người nhà ký: [[N:李美芳]]`,
  ],
  // 40
  [
    'identity-check',
    `BỆNH VIỆN ĐA KHOA TỈNH KON TUM
PHÒNG CÔNG TÁC XÃ HỘI
BIÊN BẢN XÁC MINH NHÂN THÂN NGƯỜI BỆNH KHÔNG CÓ GIẤY TỜ

Hôm nay, ngày [[D:22/10/2025]], tại khoa Hồi sức tích cực – Chống độc, chúng tôi gồm:
– Bà [[N:Nguyễn Thị Thu Hoài]], Trưởng phòng Công tác xã hội;
– BS [[N:Trương Văn Cường]], bác sĩ điều trị;
– Ông [[N:A Blươi]], công an viên, Công an [[A:xã Đăk Hà, huyện Tu Mơ Rông]];
– Người đến nhận: anh [[N:A Khuyên]], sinh năm 1990, dân tộc Xơ Đăng, CCCD [[ID:062090004471]], trú [[A:thôn Tu Mơ Rông, xã Đăk Hà, huyện Tu Mơ Rông]], điện thoại [[P:0375 019 628]].

Nội dung:
Ngày [[D:19/10/2025]], một người đàn ông khoảng 35 tuổi được người đi đường phát hiện nằm bất tỉnh bên Quốc lộ 40B, đoạn qua [[A:xã Đăk Tờ Kan]], đưa vào viện lúc 17 giờ 05, không có giấy tờ, được cấp mã tạm [[R:KT-VD-2510-012]] ("Nam vô danh 12"). Chẩn đoán: chấn thương sọ não, máu tụ dưới màng cứng bán cầu phải, đã phẫu thuật ngày [[D:19/10]].
Qua thông báo của Đài Phát thanh – Truyền hình tỉnh ngày [[D:21/10]], anh [[N:A Khuyên]] đến nhận người bệnh là anh ruột của mình, tên [[N:A Thu]], sinh năm 1988, dân tộc Xơ Đăng, cùng thôn. Anh [[N:Khuyên]] nhận dạng qua vết sẹo bỏng ở cẳng tay trái và hình xăm chữ "[[N:Y Lân]]" trên vai phải — tên vợ anh [[N:Thu]] là chị [[N:Y Lân]]. Công an viên [[N:A Blươi]] đối chiếu dữ liệu dân cư: [[N:A Thu]], số định danh [[ID:062088001937]], thẻ BHYT [[BH:DT2626220417385]] còn hạn đến [[D:31/12/2025]].
Theo anh [[N:Khuyên]], chiều [[D:19/10]] anh [[N:Thu]] chở cà phê bằng xe máy biển số [[VP:82B1-337.20]] xuống [[A:thị trấn Đăk Tô]] bán; xe này hiện Công an [[A:huyện Đăk Tô]] đang tạm giữ theo biên bản số [[R:76/BB-CSGT]].
Kết luận: Xác định người bệnh mã tạm [[R:KT-VD-2510-012]] là anh [[N:A Thu]]. Hồ sơ được chuyển sang mã chính thức [[R:KT25-0611094]], hưởng BHYT từ ngày vào viện.
Người nhà ở lại chăm sóc: anh [[N:A Khuyên]] và chị [[N:Y Lân]] (sẽ đến ngày [[D:23/10]] cùng con gái [[N:Y Thương]]). Phòng CTXH hỗ trợ suất ăn miễn phí trong thời gian điều trị; nhà hảo tâm là ông [[N:Đinh Văn Giáo]] hỗ trợ 2 triệu đồng.
Biên bản lập xong lúc 10 giờ 30 cùng ngày, đọc lại cho anh [[N:A Khuyên]] nghe bằng tiếng Xơ Đăng qua phiên dịch là cô [[N:Y Nhàn]], nhân viên khoa, và cùng ký tên.
[[N:Nguyễn Thị Thu Hoài]]          [[N:Trương Văn Cường]]          [[N:A Blươi]]          [[N:A Khuyên]]`,
  ],
];
