// Held-out set 33, documents 27–40 (see index.ts for the conventions): an English discharge
// summary, an outbreak report, an occupational-accident investigation, an injury certificate,
// a police hand-over of an unidentified patient, a maternal death review, the records desk's
// copy-request book, a driver's health certificate, a dialysis roster, a TB treatment card,
// a reply to a life insurer, a food-poisoning investigation, an ambulance run sheet and a
// student's certificate of inpatient treatment. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'discharge',
    `CITY INTERNATIONAL HOSPITAL – DEPARTMENT OF INTERNAL MEDICINE
DISCHARGE SUMMARY
Patient name: [[N:DUBOIS-LAURENT, Camille]]   Sex: F   DOB: [[D:14/02/1988]]
Nationality: French   Passport: [[PP:19AV28761]]
MRN: [[R:CIH-0258814]]   Admission no.: [[R:IP24-03391]]
Address in Vietnam: [[A:Apt 12.05, Tower 2, The Nassim, 23 Thảo Điền Street, Thảo Điền Ward, Thủ Đức City]], HCMC
Insurer: AXA Assistance, case ref. [[R:FR24-0391-7734]]. Employer: Lycée Français International Marguerite Duras (teacher, staff ID [[R:LFI-0419]])
Admission: [[D:Nov 8, 2024]]   Discharge: [[D:Nov 12, 2024]]
Attending: Dr. [[N:Lê Hoàng Minh]] (Internal Medicine)

Diagnosis: Dengue fever with warning signs (A97.1); mild transaminitis.
Course: Admitted on day 4 of fever with abdominal pain and persistent vomiting. Platelet nadir 18 x 10^9/L on [[D:Nov 9]], Hct peak 44%. IV crystalloids (Ringer's lactate 5 → 3 → 1.5 ml/kg/h), no transfusion. AST/ALT peaked at 412/288 U/L. Afebrile since [[D:Nov 10]]; platelets 96 x 10^9/L at discharge.
Discharge medications: Paracetamol 500mg 1 tab q6h PRN (max 3 g/day). Avoid NSAIDs and aspirin.
Follow-up: CBC and LFTs at the outpatient clinic on [[D:November 15]], room 108, with Dr. [[N:Minh]].
Fit to return to work from [[D:Nov 18, 2024]].
Emergency contact: [[N:Julien Laurent]] (husband), [[P:+33 6 12 48 77 90]]; local mobile [[P:0931 248 509]]
Signed: Dr. [[N:Lê Hoàng Minh]] – e-signature [[D:12/11/2024]] 10:42

Ghi chú điều dưỡng: Bà [[N:Camille]] ra viện 11h00, đi cùng chồng. Đã hướng dẫn dấu hiệu cảnh báo bằng tiếng Anh và tiếng Pháp; AXA bảo lãnh trực tiếp (GOP số [[R:GOP-AXA-241108-22]]). ĐD [[N:Nguyễn Thị Bích Trâm]].`,
  ],
  // 28
  [
    'outbreak',
    `TRUNG TÂM Y TẾ [[A:THÀNH PHỐ THUẬN AN]] - KHOA KIỂM SOÁT BỆNH TẬT
BÁO CÁO NHANH Ổ DỊCH TAY CHÂN MIỆNG
Mã ổ dịch: [[R:TCM-TA-24-017]]   Ngày báo cáo: [[D:22/10/2024]]
Nơi xảy ra: Trường Mầm non Hoa Mai, [[A:khu phố Bình Đức 2, phường Bình Hòa, TP Thuận An]], tỉnh Bình Dương. Hiệu trưởng: cô [[N:Phạm Thị Hồng Loan]], ĐT [[P:0918 226 014]].
Ca chỉ điểm: bé [[N:Nguyễn Hoàng Bảo Ngọc]] (55 tháng tuổi), lớp Chồi 2, khởi phát [[D:14/10/2024]].
Danh sách ca bệnh:
STT | Họ tên trẻ | Ngày sinh | Lớp | Nơi ở | Khởi phát | Độ | Nơi điều trị
1 | [[N:Nguyễn Hoàng Bảo Ngọc]] | [[D:05/03/2020]] | Chồi 2 | [[A:số 27/4 đường Bình Đức 2, phường Bình Hòa]] | [[D:14/10]] | 1 | ngoại trú
2 | [[N:Trần Gia Hân]] | [[D:19/08/2020]] | Chồi 2 | [[A:phòng trọ số 14, khu phố Bình Đức 3, phường Bình Hòa]] (trọ bà [[N:Sáu]]) | [[D:16/10]] | 2a | BV Nhi đồng 1
3 | [[N:Lê Minh Khôi]] | [[D:27/12/2020]] | Chồi 2 | [[A:khu phố Bình Đức 1, phường Bình Hòa]] | [[D:17/10]] | 1 | ngoại trú
4 | [[N:Danh Thị Kim Yến]] | [[D:02/06/2021]] | Mầm 1 | [[A:tổ 6, khu phố Bình Thuận 2, phường Thuận Giao]] | [[D:18/10]] | 1 | ngoại trú
5 | [[N:Danh Quốc Bảo]] (anh của ca 4) | [[D:11/01/2019]] | Lá 3 | như trên | [[D:18/10]] | 2b nhóm 1 | BV Nhi đồng 1
6 | [[N:Vương Tiểu Mẫn]] | [[D:30/04/2020]] | Chồi 1 | [[A:căn hộ A-09.12, chung cư Hòa Bình Plaza, phường Bình Hòa]] | [[D:19/10]] | 1 | ngoại trú

Tổng: 6 ca / 42 trẻ các lớp Chồi 1, Chồi 2, Lá 3 (tỷ lệ mắc 14,3%). Mẫu phân của ca 2 và ca 5 gửi Viện Pasteur TP.HCM (mã mẫu [[R:PAS-TCM-24-3318]], [[R:PAS-TCM-24-3319]]): EV71 dương tính ở ca 5.
Biện pháp: cho nghỉ học lớp Chồi 2 từ [[D:22 - 31/10]]; khử khuẩn bằng Cloramin B 2%; hướng dẫn phụ huynh theo Quyết định 292/QĐ-BYT; giáo viên lớp Chồi 2 là cô [[N:Thủy]] theo dõi trẻ hằng ngày.
Người báo cáo: CN [[N:Lương Thị Thúy Kiều]], ĐT [[P:0986.447.120]]          Trưởng khoa KSBT: BS [[N:Hồ Văn Tám]]`,
  ],
  // 29
  [
    'occupational',
    `BIÊN BẢN ĐIỀU TRA TAI NẠN LAO ĐỘNG (cấp cơ sở, theo Nghị định 39/2016/NĐ-CP)
1. Cơ sở xảy ra tai nạn: Công ty TNHH Giày Da Phú Lâm; địa chỉ: [[A:Lô C7, KCN Nam Sách, xã Ái Quốc, TP Hải Dương]], tỉnh Hải Dương; mã số doanh nghiệp 0801245377.
2. Người bị nạn: [[N:Phạm Văn Đông]]   Giới: Nam   Ngày sinh: [[D:07/07/1998]]
Mã nhân viên: [[R:PL-23117]]   CCCD: [[ID:030098004516]]   Mã số BHXH: [[BH:3017456620]]
Thường trú: [[A:thôn Lôi Xá, xã Đức Chính, huyện Cẩm Giàng]]; tạm trú: [[A:nhà trọ số 5, ngõ 112 đường Lê Thanh Nghị, phường Hải Tân]]
Nghề nghiệp: công nhân vận hành máy ép đế; tuổi nghề 4 năm; đã huấn luyện an toàn, vệ sinh lao động nhóm 3 ngày [[D:15/03/2024]] (thẻ an toàn số [[R:AT-PL-0917]]).
3. Diễn biến: khoảng 14 giờ 20 ngày [[D:09/10/2024]], tại xưởng ép số 2, anh [[N:Đông]] đưa tay vào khuôn để lấy đế giày bị kẹt trong khi công tắc chân chưa ngắt; khuôn ép sập xuống làm dập nát bàn tay phải. Tổ trưởng [[N:Nguyễn Thị Thu Hằng]] ngắt cầu dao, sơ cứu; xe công ty [[VP:34A-558.12]] do lái xe [[N:Vũ Đình Trọng]] chở đến Bệnh viện Đa khoa tỉnh Hải Dương lúc 14h50.
4. Hậu quả: cắt cụt 1/3 giữa ngón II, ngón III bàn tay phải (hồ sơ bệnh án [[R:HD24-117653]]); nghỉ điều trị từ [[D:09/10/2024]].
5. Nguyên nhân: người lao động vi phạm quy trình vận hành (lỗi 60%); máy ép số 07 thiếu tấm che chắn, cảm biến an toàn bị tắt (lỗi người sử dụng lao động 40%).
6. Người làm chứng: [[N:Trần Văn Bắc]] (MSNV [[R:PL-22840]]), [[N:Lò Thị Thắm]] (MSNV [[R:PL-24013]]).
Thành phần đoàn: ông [[N:Đỗ Mạnh Hùng]] – Phó Giám đốc, trưởng đoàn; bà [[N:Vương Thị Hà]] – Chủ tịch Công đoàn cơ sở; ông [[N:Nguyễn Văn An]] – cán bộ An toàn, vệ sinh lao động.
Biên bản lập hồi 9 giờ ngày [[D:12/10/2024]], đã đọc cho mọi người cùng nghe; người bị nạn ký tại giường bệnh, Khoa Chấn thương chỉnh hình, giường 21.
Gửi: Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương; Công an [[A:TP Hải Dương]]; BHXH tỉnh.`,
  ],
  // 30
  [
    'injury_certificate',
    `BỆNH VIỆN ĐA KHOA TỈNH BÌNH ĐỊNH
Số: [[R:276/GCNTT]]
GIẤY CHỨNG NHẬN THƯƠNG TÍCH
(Theo đề nghị tại Công văn số [[R:193/CSGT-TS]] ngày [[D:20/01/2025]] của Đội Cảnh sát giao thông - trật tự Công an [[A:huyện Tây Sơn]])
Họ tên: [[N:Đinh Văn Lự]]   Nam   Sinh năm: 1987   Dân tộc: Bahnar
CCCD: [[ID:052087009814]]
Địa chỉ: [[A:làng Hà Ri, xã Vĩnh Hiệp, huyện Vĩnh Thạnh]], tỉnh Bình Định
Vào viện lúc 18 giờ 05 phút ngày [[D:16/01/2025]]; ra viện ngày [[D:28/01/2025]]. Mã lưu trữ: [[R:BĐ25-NCT-01177]]
Lý do vào viện: tai nạn giao thông – va chạm giữa xe mô tô [[VP:77G1-305.19]] (người bị thương điều khiển) và xe ô tô tải [[VP:77C-118.06]] tại Km 12+300 Quốc lộ 19, đoạn qua [[A:thôn Phú Mỹ, xã Tây Xuân]].
Tình trạng thương tích lúc vào viện:
- Tỉnh, Glasgow 15 điểm; nồng độ cồn trong hơi thở 0,18 mg/L khí thở.
- Vết thương vùng đỉnh phải dài 5 cm, bờ nham nhở, đã khâu 6 mũi.
- Biến dạng đùi phải; X-quang: gãy kín 1/3 giữa thân xương đùi phải (S72.3).
- Xây xát da vùng khuỷu trái và gối trái, diện tích khoảng 3 x 4 cm.
Điều trị: đóng đinh nội tủy kín có chốt xương đùi phải ngày [[D:17/01/2025]]; kháng sinh, giảm đau.
Tình trạng ra viện: vết mổ liền tốt, đi lại bằng nạng, chưa tì chân phải.
                                  Quy Nhơn, ngày [[D:03 tháng 02 năm 2025]]
Người lập: BS [[N:Trương Mỹ Linh]]      KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC: BSCKII [[N:Nguyễn Tấn Đức]]
Ghi chú: Giấy chứng nhận cấp 01 lần. Bản sao cấp theo yêu cầu, người nhận: vợ là [[N:Đinh Thị Lam]], ngày [[D:04/02/2025]].`,
  ],
  // 31
  [
    'police_handover',
    `CÔNG AN THÀNH PHỐ ĐÀ NẴNG
CÔNG AN [[A:PHƯỜNG HÒA KHÁNH BẮC]]
BIÊN BẢN BÀN GIAO NGƯỜI CÓ BIỂU HIỆN RỐI LOẠN TÂM THẦN
Hôm nay, hồi 16 giờ 30 ngày [[D:03/03/2025]], tại Khoa Cấp cứu, Bệnh viện Tâm thần thành phố Đà Nẵng, chúng tôi gồm:
Bên giao: Thiếu tá [[N:Lê Văn Hùng]] – Phó Trưởng Công an phường; Trung úy [[N:Ngô Minh Nhật]] – cảnh sát khu vực.
Bên nhận: BS [[N:Trần Thị Thu Thủy]] – bác sĩ trực; ĐD [[N:Hồ Văn Nam]].
Tiến hành bàn giao 01 người chưa rõ nhân thân: nam, khoảng 45 - 50 tuổi, cao 1m65, gầy, râu dài; tự xưng tên là "[[N:Ba]]", quê "ở ngoài Quảng Trị"; người dân khu chợ gọi là [[N:Ba Râu]]. Phát hiện lúc 10h00 cùng ngày tại [[A:kiệt 45 Âu Cơ, tổ 32, phường Hòa Khánh Bắc, quận Liên Chiểu]], có hành vi đập phá tài sản, la hét, nói một mình.
Tư trang, giấy tờ kèm theo:
- 01 Giấy CMND số [[CM:197214886]] (rách, mờ ảnh) mang tên [[N:Lê Văn Ba]], sinh năm 1978, nguyên quán [[A:xã Triệu Phước, huyện Triệu Phong]], tỉnh Quảng Trị – chưa xác định được có phải của người được bàn giao hay không;
- 01 điện thoại Nokia 105 hết pin; 01 túi vải; tiền mặt 37.000 đồng.
Mã tạm của bệnh viện: [[R:VD-2503-007]] (người bệnh vô danh). Số hồ sơ vụ việc của Công an phường: [[R:27/BB-CAP]].
Tình trạng lúc bàn giao: kích động, không hợp tác, không có vết thương hở; mạch 96 l/p, HA 140/90 mmHg.
Công an phường tiếp tục xác minh nhân thân qua Công an [[A:huyện Triệu Phong]] và thông báo cho bệnh viện qua Trung úy [[N:Nhật]], ĐT [[P:0905 771 342]].
Biên bản lập thành 02 bản, mỗi bên giữ 01 bản, các bên đã đọc lại và ký tên.
BÊN GIAO                               BÊN NHẬN
[[N:Lê Văn Hùng]]                      [[N:Trần Thị Thu Thủy]]`,
  ],
  // 32
  [
    'maternal_death',
    `SỞ Y TẾ GIA LAI - HỘI ĐỒNG THẨM ĐỊNH TỬ VONG MẸ
BÁO CÁO THẨM ĐỊNH TỬ VONG MẸ
Mã ca: [[R:GL-TVM-2024-04]]   Ngày thẩm định: [[D:26/12/2024]]
1. Người mẹ: [[N:Siu H'Nhăm]], 27 tuổi, dân tộc Jrai, không biết chữ, làm rẫy. Thường trú: [[A:plei Ia Ring, xã Ia Phang, huyện Chư Pưh]], tỉnh Gia Lai. BHYT: [[BH:DT2646422871309]]. Chồng: [[N:Rơ Lan Thuih]], ĐT [[P:0348 906 221]]. PARA 2012; không khám thai lần nào.
2. Diễn biến (theo lời khai người nhà và hồ sơ):
- 17h00 ngày [[D:11/12/2024]]: chuyển dạ tại nhà; bà đỡ thôn bản [[N:Ksor H'Duen]] đỡ đẻ lúc 21h30, bé gái khoảng 3 kg. Sau đẻ 30 phút ra máu nhiều, rau chưa bong.
- 23h15: người nhà chở bằng xe máy đến TYT [[A:xã Ia Phang]]; NHS [[N:Rơ Châm H'Yơn]] bóc rau nhân tạo, tiêm Oxytocin 10 UI, truyền Ringer lactat; mạch 130 l/p, HA 70/40 mmHg.
- 00h20 ngày [[D:12/12/2024]]: chuyển TTYT [[A:huyện Chư Pưh]] bằng xe cấp cứu [[VP:81A-037.94]]; đến 00h55, HA không đo được; BS [[N:Nay Phai]] hồi sức, truyền 2 đơn vị khối hồng cầu nhóm O.
- 02h40: chuyển Bệnh viện Đa khoa tỉnh Gia Lai; tử vong trên đường lúc 03h25.
3. Nguyên nhân tử vong: Băng huyết sau đẻ do đờ tử cung / sót rau (O72.0).
4. Các chậm trễ: (1) chậm quyết định: đẻ tại nhà theo phong tục; (2) chậm tiếp cận: đường đất, trời mưa, 14 km; (3) chậm xử trí: TYT không có máu dự trữ, không có Misoprostol.
5. Kết luận: Tử vong mẹ có thể tránh được.
6. Khuyến nghị: cấp Misoprostol 200mcg cho bà đỡ thôn bản đã qua tập huấn; tư vấn khám thai ít nhất 4 lần; tập huấn xử trí băng huyết cho TYT [[A:xã Ia Phang]] trong [[D:tháng 1]].
Con: bé gái (gia đình dự định đặt tên [[N:Siu H'Mai]], theo họ mẹ), hiện do bà ngoại [[N:Siu H'Lan]] nuôi; đã được Hội Chữ thập đỏ [[A:huyện Chư Pưh]] hỗ trợ sữa.
Hội đồng: BSCKII [[N:Lê Thị Ngọc Diệp]] (Chủ tịch); BS [[N:Kpă Y Nhiên]]; CN [[N:Rah Lan H'Bơi]]; thư ký [[N:Đặng Văn Quý]].`,
  ],
  // 33
  [
    'records_log',
    `BỆNH VIỆN ĐA KHOA TỈNH NAM ĐỊNH - PHÒNG KẾ HOẠCH TỔNG HỢP
SỔ THEO DÕI CUNG CẤP BẢN SAO / TÓM TẮT HỒ SƠ BỆNH ÁN (Quyển 02/2025)

STT\tNgày\tNgười yêu cầu\tQuan hệ\tGiấy tờ xuất trình\tSố lưu trữ HSBA\tNội dung\tNgười giao
112\t[[D:03/03/2025]]\t[[N:Vũ Thị Thanh Nhàn]]\tchính chủ\tCCCD [[ID:036186003152]]\t[[R:NĐ24-NK-08812]]\tTóm tắt BA (nộp bảo hiểm)\t[[N:Thoa]]
113\t[[D:03/03/2025]]\t[[N:Trần Văn Khương]]\tcon trai bà [[N:Trần Thị Vân]] (đã mất)\tCCCD [[ID:036 079 011 604]]; trích lục khai tử số [[R:12/TLKT]]\t[[R:NĐ25-HS-00317]]\tBản sao toàn bộ BA\t[[N:Thoa]]
114\t[[D:04/03/2025]]\tLS [[N:Phạm Quốc Toản]]\tđại diện theo ủy quyền của ông [[N:Đinh Văn Sơn]]\tThẻ LS [[L:09221/LS]]; giấy ủy quyền công chứng số [[R:1147/2025]]\t[[R:NĐ24-CT-11460]]\tBản sao phiếu phẫu thuật, phim XQ số [[R:XQ24-30917]]\t[[N:Nguyễn Thị Thoa]]
115\t[[D:05/03/2025]]\t[[N:Lương Minh Châu]]\tchị gái bà [[N:Lương Thị Hạnh]], Việt kiều Úc\tHộ chiếu [[PP:C8830174]]; thư ủy quyền\t[[R:NĐ25-SP-00208]]\tTừ chối: người bệnh còn sống, ủy quyền chưa hợp pháp hóa lãnh sự\t[[N:Thoa]]
116\t[[D:06/03/2025]]\tPVI Nam Định – cán bộ [[N:Đào Thị Hiền]]\tbên bảo hiểm\tGiấy giới thiệu số [[R:88/PVI-NĐ]] kèm giấy đồng ý của ông [[N:Hoàng Văn Phú]]\t[[R:NĐ25-NT-00455]]\tTóm tắt BA\t[[N:Thoa]]

Ghi chú của Phòng KHTH ngày [[D:07/03/2025]]: phát hiện tài khoản HIS "ktv.xquang2" tra cứu HSBA [[R:NĐ25-SP-00208]] ngoài ca trực, lúc 23h12 ngày [[D:05/03/2025]], từ máy trạm IP [[IP:10.36.12.47]]. Đã khóa tài khoản, lập báo cáo sự cố an toàn thông tin số [[R:ATTT-25-003]], báo cáo Giám đốc, BS [[N:Trần Quang Vinh]].`,
  ],
  // 34
  [
    'health_certificate',
    `SỞ Y TẾ THÁI NGUYÊN - BỆNH VIỆN A THÁI NGUYÊN
GIẤY KHÁM SỨC KHỎE CỦA NGƯỜI LÁI XE
Số: [[R:00873/GKSKLX]]   Mã GKSK điện tử: [[R:GKS.19.25.0014822]]
Họ và tên: [[N:MA VĂN THẮNG]]   Giới: Nam   Ngày sinh: [[D:23/09/1990]]   Dân tộc: Nùng
Số CCCD: [[ID:019090007725]]   Cấp ngày: [[D:10/05/2021]]
Chỗ ở hiện tại: [[A:tổ 5, phường Quang Trung, TP Thái Nguyên]], tỉnh Thái Nguyên
Đề nghị khám sức khỏe để lái xe hạng: C (nâng hạng từ B2, GPLX số [[L:190112004337]])
I. TIỀN SỬ: không mắc bệnh tâm thần, động kinh, đái tháo đường; không dùng chất ma túy. Tôi xin cam đoan những điều khai trên đây hoàn toàn đúng sự thật. Ký tên: [[N:Ma Văn Thắng]]
II. KHÁM LÂM SÀNG
1. Tâm thần: Bình thường – BS [[N:Hà Thị Hồng]]
2. Thần kinh: Bình thường – BS [[N:Hà Thị Hồng]]
3. Mắt: thị lực nhìn xa không kính MP 10/10, MT 9/10; hai mắt 10/10. Sắc giác: bình thường. Thị trường ngang: bình thường – BS [[N:Lục Thị Vân Anh]]
4. Tai Mũi Họng: nghe nói thường 5 m mỗi bên – BS [[N:Triệu Văn Minh]]
5. Tim mạch: mạch 76 l/p, HA 125/80 mmHg – BS [[N:Đinh Đức Toàn]]
6. Hô hấp; 7. Cơ xương khớp: Bình thường – BS [[N:Đinh Đức Toàn]]
III. CẬN LÂM SÀNG: nồng độ cồn hơi thở 0 mg/L; test nhanh ma túy 4 chất (Morphin/Heroin, Amphetamin, Methamphetamin, Marijuana): âm tính (mẫu nước tiểu [[R:MT25-3318]]).
IV. KẾT LUẬN: Đủ điều kiện sức khỏe lái xe hạng C. Giấy có giá trị 12 tháng kể từ ngày ký.
                                  Thái Nguyên, ngày [[D:14 tháng 5 năm 2025]]
                                  NGƯỜI KẾT LUẬN
                                  BSCKI [[N:Nông Thị Thu Hiền]] – CCHN [[L:004215/TN-CCHN]]
Dữ liệu đã đẩy lên Cổng dữ liệu GKSK lái xe; tài xế tra cứu bằng số CCCD.`,
  ],
  // 35
  [
    'dialysis_roster',
    `KHOA THẬN NHÂN TẠO – BỆNH VIỆN ĐA KHOA TỈNH QUẢNG TRỊ
DANH SÁCH NGƯỜI BỆNH LỌC MÁU CHU KỲ – CA 2 (11h00 – 15h00), THỨ 3-5-7
Áp dụng từ [[D:03/02/2025]]. Người lập: ĐD trưởng [[N:Lê Thị Kim Chi]].

STT;Họ tên;Năm sinh;Mã BN;Số thẻ BHYT;Máy;Đường vào mạch máu;Ghi chú
1;[[N:Hồ Văn Kiên]] (Vân Kiều);1969;[[R:QT-TNT-0041]];[[BH:DT2454520093318]];Máy 01;FAV tay trái;HBsAg (+) – máy riêng
2;[[N:Nguyễn Thị Lụa]];1955;[[R:QT-TNT-0057]];[[BH:HT3454511087204]];Máy 02;FAV tay phải;
3;[[N:Trần Hữu Phước]];1948;[[R:QT-TNT-0063]];[[BH:CC1454512008337]];Máy 04;Catheter TM cảnh trong P (đặt [[D:22/01/2025]]);Heparin 3.000 UI khóa catheter
4;[[N:Lê Văn Bảy]];1961;[[R:QT-TNT-0070]];[[BH:GD4454520117735]];Máy 05;FAV tay trái;Nghỉ [[D:20 - 22/02]] về quê [[A:xã Hải Dương, huyện Hải Lăng]], hẹn chạy bù thứ Hai
5;[[N:Hồ Thị Xuân]] (Pa Kô);1979;[[R:QT-TNT-0074]];[[BH:DT2454522410019]];Máy 06;FAV tay trái;Chuyển từ ca 1 sang từ [[D:04/02]]
6;[[N:Phan Đình Thuận]];1972;[[R:QT-TNT-0081]];[[BH:DN4454524004581]];Máy 07;FAV tay phải;Trọng lượng khô 56,5 kg – Hb 82 g/L – EPO 4.000 UI x 2 lần/tuần
7;[[N:Kăn Thị Lài]] (Tà Ôi);1986;[[R:QT-TNT-0090]];[[BH:DT2454525731170]];Máy 08;FAV tay trái;Ở nhờ [[A:kiệt 8 Lê Lợi, phường 5, TP Đông Hà]] – liên hệ em trai [[N:Kăn Lai]] [[P:0975.318.642]]

Máy 03: bảo trì. Mục tiêu Kt/V ≥ 1,2; URR ≥ 65%. Quả lọc tái sử dụng tối đa 6 lần theo quy trình của khoa.
Lưu ý: ông [[N:Phước]] (STT 3) hay quên giờ, nhờ con gái [[N:Trần Thị Mỹ]] ([[P:0914 220 793]]) nhắc trước mỗi ca.`,
  ],
  // 36
  [
    'tb_card',
    `CHƯƠNG TRÌNH CHỐNG LAO QUỐC GIA
THẺ ĐIỀU TRỊ BỆNH LAO
Số ĐKĐT: [[R:0318/24]]   Đơn vị: Trung tâm Y tế [[A:thành phố Sơn La]]
Họ tên: [[N:LƯỜNG VĂN NGOAN]]   Nam   Tuổi: 44   Dân tộc: Thái
Địa chỉ: [[A:bản Hụm, xã Chiềng Ngần, thành phố Sơn La]], tỉnh Sơn La. ĐT: [[P:0826 451 093]]
Người hỗ trợ điều trị (DOT): [[N:Lò Thị Ính]] (vợ). Cán bộ y tế theo dõi: y sĩ [[N:Quàng Văn Hặc]], TYT [[A:xã Chiềng Ngần]].
Phân loại: Lao phổi AFB(+) mới. Xpert MTB/RIF: phát hiện MTB, không kháng RIF (mã mẫu [[R:XP24-0917]]). HIV: âm tính.
Phác đồ: 2RHZE/4RHE   Ngày bắt đầu điều trị: [[D:08/07/2024]]   Cân nặng ban đầu: 47 kg

Thời điểm | Ngày XN | Số XN | AFB | Cân nặng
Chẩn đoán | [[D:05/07/2024]] | [[R:212]] | 2+ | 47 kg
Cuối tháng thứ 2 | [[D:06/09/2024]] | [[R:348]] | âm | 49 kg
Cuối tháng thứ 5 | [[D:10/12/2024]] | [[R:611]] | âm | 52 kg
Cuối tháng thứ 6 | [[D:08/01/2025]] | [[R:27]] | âm | 52,5 kg

Kết quả điều trị: Khỏi, ngày [[D:08/01/2025]].
Người tiếp xúc: vợ [[N:Lò Thị Ính]] – XQ phổi bình thường; con [[N:Lường Thị Ngọc]] (12 tuổi) – điều trị lao tiềm ẩn 3HP; mẹ [[N:Cầm Thị Xuân]] ([[AGE:93]] tuổi) – XQ phổi tổn thương cũ, không điều trị.
Ghi chú: tháng thứ 3 người bệnh đi làm nương xa nhà 10 ngày, bỏ 6 liều, đã uống bù. Nhận thuốc tại TYT hằng tuần vào thứ Hai.
Cán bộ chống lao TTYT: [[N:Tòng Văn Ơn]]`,
  ],
  // 37
  [
    'insurance_reply',
    `BỆNH VIỆN ĐA KHOA TÂM ANH TP. HỒ CHÍ MINH
Số: [[R:415/2025/TA-KHTH]]
V/v phúc đáp yêu cầu cung cấp thông tin y tế
                                  TP. Hồ Chí Minh, ngày [[D:19 tháng 6 năm 2025]]
Kính gửi: Công ty TNHH Bảo hiểm Nhân thọ AIA (Việt Nam) – Phòng Giải quyết quyền lợi bảo hiểm
Bệnh viện nhận được Công văn số [[R:CL-2025-061144]] ngày [[D:09/6/2025]] của Quý Công ty đề nghị cung cấp thông tin điều trị của khách hàng [[N:Huỳnh Thị Bích Ngọc]] (sinh ngày [[D:21/12/1985]], CCCD [[ID:083185002677]]), hợp đồng bảo hiểm số [[R:U118-440-271]], hồ sơ yêu cầu bồi thường số [[R:AIA-CL-25-0061144]], kèm Giấy ủy quyền cung cấp thông tin y tế do khách hàng ký ngày [[D:30/5/2025]].
Căn cứ hồ sơ lưu trữ, Bệnh viện cung cấp như sau:
1. Khách hàng khám lần đầu tại Bệnh viện ngày [[D:14/3/2023]] (mã khách hàng [[R:TA23-118430]]), lý do: khám sức khỏe tổng quát. Siêu âm tuyến giáp: nhân thùy phải 8 x 6 mm, TI-RADS 3. Không có chẩn đoán bệnh lý tuyến giáp tại thời điểm này.
2. Lần khám ngày [[D:02/4/2025]]: nhân thùy phải 19 x 14 mm, TI-RADS 5; chọc hút tế bào kim nhỏ (tiêu bản số [[R:TB25-04221]]): Bethesda VI.
3. Nhập viện [[D:15/4/2025]], phẫu thuật cắt toàn bộ tuyến giáp ngày [[D:16/4/2025]], ra viện [[D:19/4/2025]]. Giải phẫu bệnh: Carcinôm tuyến giáp dạng nhú (C73), pT1bN0.
Bệnh viện không có thông tin về các lần khám, điều trị của khách hàng tại cơ sở y tế khác. Thông tin chỉ dùng cho mục đích giải quyết quyền lợi bảo hiểm.
Cán bộ phụ trách: [[N:Trịnh Gia Hân]], [[E:han.trinhgia@bvtamanh-hcm.vn]].
Nơi nhận:                                  KT. GIÁM ĐỐC
- Như trên;                                PHÓ GIÁM ĐỐC CHUYÊN MÔN
- Lưu: VT, KHTH.                           TS.BS [[N:Võ Thị Mỹ Hạnh]]`,
  ],
  // 38
  [
    'food_poisoning',
    `TRUNG TÂM Y TẾ [[A:HUYỆN BÁ THƯỚC]]
BÁO CÁO ĐIỀU TRA VỤ NGỘ ĐỘC THỰC PHẨM
Mã vụ: [[R:NĐTP-BT-2025-02]]
1. Thông tin chung: đám cưới tại gia đình ông [[N:Bùi Văn Thỏn]], [[A:thôn Mơ, xã Thành Lâm, huyện Bá Thước]], tỉnh Thanh Hóa, trưa [[D:mùng 9 tháng Giêng]] (tức [[D:06/02/2025]]).
Tổng số người ăn khoảng 320 (42 mâm). Số mắc: 57; nhập viện: 23; tử vong: 0. Thời gian ủ bệnh 4 - 18 giờ; ca đầu tiên khởi phát 21h00 ngày [[D:06/02/2025]].
Triệu chứng: tiêu chảy 93%, đau bụng 89%, nôn 61%, sốt 38 - 39°C 44%.
Thực phẩm nghi ngờ: tiết canh lợn, nộm hoa chuối. Người nấu cỗ: ông [[N:Hà Văn Thắng]], ĐT [[P:0917 284 556]].
Mẫu thực phẩm lưu và mẫu bệnh phẩm gửi Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa ngày [[D:07/02/2025]] (mã mẫu [[R:TP25-0411]] đến [[R:TP25-0419]]): phân lập Salmonella spp. ở 4/6 mẫu phân và mẫu tiết canh.
2. Người bệnh nhập viện (trích):
STT;Họ tên;Tuổi;Địa chỉ;Khởi phát;Nơi điều trị;Tình trạng
1;[[N:Quách Thị Nhộn]];[[AGE:92]];[[A:thôn Mơ, xã Thành Lâm]];22h ngày [[D:06/02]];TTYT huyện, Khoa Nội;nặng – mất nước độ III, suy thận cấp, chuyển BVĐK tỉnh ngày [[D:08/02]]
2;[[N:Bùi Thị Ngọc]];34;[[A:thôn Mơ, xã Thành Lâm]];23h ngày [[D:06/02]];TTYT huyện;ổn định
3;[[N:Bùi Văn Tú]];8;[[A:thôn Eo Kén, xã Thành Lâm]];02h ngày [[D:07/02]];TTYT huyện, Khoa Nhi;ổn định
4;[[N:Trương Văn Hải]];41;[[A:khu phố 3, thị trấn Cành Nàng]];04h ngày [[D:07/02]];Phòng khám ĐKKV Điền Lư;ra viện [[D:09/02]]
5;[[N:Hà Thị Lan]];65;[[A:bản Nán, xã Lũng Niêm]];05h ngày [[D:07/02]];TTYT huyện;ổn định
6;[[N:Phạm Bá Đạt]];27;[[A:số 22 phố Ba Đình, phường Ba Đình, thị xã Bỉm Sơn]];06h ngày [[D:07/02]];BVĐK Bỉm Sơn;đi ăn cưới về thì mệt
Ghi chú: cụ [[N:Nhộn]] là bà nội chú rể [[N:Bùi Văn Chiến]], năm nay [[AGE:chín mươi hai]] tuổi, có bệnh thận mạn.
Người điều tra: [[N:Trương Thị Hoa]], [[N:Quách Văn Dũng]] – Khoa Kiểm soát bệnh tật.`,
  ],
  // 39
  [
    'ambulance',
    `TRUNG TÂM CẤP CỨU 115 TP. HỒ CHÍ MINH – TRẠM VỆ TINH THỦ ĐỨC
PHIẾU VẬN CHUYỂN CẤP CỨU NGOẠI VIỆN
Số phiếu: [[R:115-2503-18844]]   Xe: [[VP:51B-664.27]]
Tiếp nhận cuộc gọi: 19:42 [[D:12/03/2025]] – người gọi: [[N:Nguyễn Thanh Tùng]] (người đi đường), ĐT [[P:0908 431 775]]
Địa điểm: vỉa hè trước [[A:số 221 đường Lê Văn Việt, phường Hiệp Phú, TP Thủ Đức]], gần trạm xe buýt.
Xuất xe 19:45 – đến hiện trường 19:58 – đến bệnh viện 20:19.
Ekip: BS [[N:Đặng Trung Kiên]]; ĐD [[N:Lâm Thị Tuyết Mai]]; lái xe [[N:Phan Văn Tới]].
Người bệnh: nam, khoảng 60 tuổi; trong ví có CCCD số [[ID:079060012448]] mang tên [[N:Hứa Văn Phát]] (ảnh trên CCCD khớp) và giấy phép lái xe hạng A1 số [[L:790113245581]].
Tại hiện trường: ngã gục khi đang đi bộ; không thở, không mạch cảnh; monitor: rung thất.
Xử trí: CPR; sốc điện 200J x 3 lần (19:59, 20:03, 20:07); Adrenalin 1mg TM x 2; Amiodaron 300mg TM. Có mạch trở lại (ROSC) lúc 20:09; HA 80/50 mmHg; SpO2 88% → 95% qua bóng; GCS 3 (E1V1M1). Đặt NKQ số 7,5, cố định mức 22 cm.
ECG 12 chuyển đạo sau ROSC: ST chênh lên V1 - V4.
Bàn giao: Khoa Cấp cứu – Bệnh viện Lê Văn Thịnh lúc 20:19; người nhận: BS [[N:Võ Thị Thu Trang]]; mã tiếp nhận tạm [[R:CC-250312-0311]].
Người nhà: con gái [[N:Hứa Mỹ Linh]], được cảnh sát khu vực gọi qua số điện thoại bàn nhà riêng [[P:028 3896 4412]].
Tư trang giao bệnh viện: ví, CCCD, GPLX, 02 chìa khóa, tiền mặt 1.250.000 đồng, 01 đồng hồ.
Ký giao: BS [[N:Đặng Trung Kiên]] – Ký nhận: BS [[N:Võ Thị Thu Trang]]`,
  ],
  // 40
  [
    'certificate',
    `BỆNH VIỆN ĐA KHOA TỈNH NINH THUẬN
KHOA NGOẠI TỔNG HỢP
Số: [[R:0588/XN-NTH]]
GIẤY XÁC NHẬN ĐIỀU TRỊ NỘI TRÚ
(Bổ sung hồ sơ xin hoãn thi và miễn giảm học phí)
Bệnh viện Đa khoa tỉnh Ninh Thuận xác nhận:
Sinh viên: [[N:ĐÀNG THỊ NGỌC HIỀN]]   Nữ   Ngày sinh: [[D:04/04/2004]]   Dân tộc: Chăm
MSSV: [[R:22116047]]   Lớp DH22TY – Khoa Chăn nuôi Thú y, Trường Đại học Nông Lâm TP. Hồ Chí Minh
Thẻ BHYT học sinh, sinh viên: [[BH:SV4797922008417]]
Thường trú: [[A:thôn Hữu Đức, xã Phước Hữu, huyện Ninh Phước]], tỉnh Ninh Thuận
Đã điều trị nội trú tại Khoa Ngoại tổng hợp từ [[D:27/12/2024]] đến [[D:03/01/2025]] (số vào viện [[R:NT24-55218]]).
Chẩn đoán: Viêm phúc mạc khu trú do viêm ruột thừa vỡ (K35.3). Phẫu thuật nội soi cắt ruột thừa, dẫn lưu ổ bụng ngày [[D:27/12/2024]].
Lời dặn: nghỉ ngơi, tránh lao động nặng, miễn học thể dục 30 ngày kể từ ngày ra viện; tái khám ngày [[D:10/01/2025]].
Người nhà chăm sóc: mẹ là bà [[N:Thập Thị Lài]], ĐT [[P:0834 917 662]].
Ghi chú: Sinh viên có lịch thi học kỳ I từ [[D:06 - 17/01/2025]]; đề nghị Nhà trường xem xét cho thi bổ sung. Bản scan gửi phòng Công tác sinh viên qua email của sinh viên: [[E:22116047@st.hcmuaf.edu.vn]].
                                  Ninh Thuận, ngày [[D:03 tháng 01 năm 2025]]
TRƯỞNG KHOA                                   TL. GIÁM ĐỐC
BSCKII [[N:Trượng Văn Thành]]                 TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP
                                              BSCKI [[N:Nguyễn Văn Định]]
Điều dưỡng trưởng khoa: [[N:Quảng Đại Thị Hoa]]. Kèm theo: bản sao Giấy ra viện số [[R:NT-GRV-24-5218]].`,
  ],
];
