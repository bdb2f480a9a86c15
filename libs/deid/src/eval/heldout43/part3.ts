// Held-out set 43, documents 28–40 (see index.ts for the conventions): a preterm baby's discharge
// summary, a dialysis group, tele-consultation minutes, a Tày family group, an ambulance sheet, a
// clinic's booking inbox, a private insurer's appraisal, the ER with the ward police, a
// microbiology report, home-care nurses, a social-work record about an unknown patient, a Chăm
// family group and an English medical report. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'discharge',
    `BỆNH VIỆN NHI ĐỒNG 2 — KHOA SƠ SINH
TÓM TẮT HỒ SƠ BỆNH ÁN RA VIỆN
Số hồ sơ: [[R:25/SS/04418]]          Mã NB: [[R:N2-25-117632]]
Người bệnh: con bà [[N:Trịnh Thị Ngọc Hân]] — tên khai sinh [[N:Lưu Gia Phúc]]     Giới: Nam
Ngày sinh: [[D:02/08/2025]], 28 tuần, CN lúc sinh 980g, sinh tại BV Hùng Vương, chuyển đến trong ngày.
Mẹ: [[N:Trịnh Thị Ngọc Hân]], CCCD [[ID:080195010447]], ĐT [[P:0707 213 556]]
Cha: [[N:Lưu Vĩnh Khang]], ĐT [[P:0931 440 829]]
Địa chỉ: [[A:248/17 đường 3 Tháng 2, phường Hòa Hưng]], TP.HCM
Thẻ BHYT trẻ em: [[BH:TE1797925098153]] (cấp theo giấy chứng sinh số [[R:2025/0813/GCS]])
Thời gian nằm viện: [[D:02/8 - 27/10/2025]] (86 ngày)
Diễn biến: Suy hô hấp do bệnh màng trong, bơm Curosurf 200mg/kg x 2 liều, thở máy 6 ngày, CPAP 19 ngày. Nằm lồng ấp số 7, sau chuyển lồng ấp số 12. Viêm ruột hoại tử độ IIA ngày thứ 14, điều trị nội. ROP giai đoạn 2 vùng II, tiêm Ranibizumab 0,1mg hai mắt ngày [[D:22/9]]. Nhiễm khuẩn huyết Klebsiella (cấy máu [[R:CM25-08831]]), Meropenem 40mg/kg x 3 lần.
Ra viện: 2.350g, bú mẹ hoàn toàn, thở khí trời.
Hẹn: khám mắt ROP ngày [[D:03/11/2025]]; tiêm Hexaxim theo lịch; khám phát triển lúc 3 tháng tuổi hiệu chỉnh.
Bác sĩ điều trị: [[N:Phù Thị Mỹ Xuân]]          Trưởng khoa: [[N:Lê Thanh Trúc]]`,
  ],
  // 29
  [
    'chat-dialysis',
    `Viber "THẬN NHÂN TẠO - BVĐK TỈNH AN GIANG"
ĐD trưởng [[N:Châu Thị Ngọc Hạnh]]: Lịch chạy thận tuần [[D:27/10 - 01/11]]: ca 1 (6h), ca 2 (10h30), ca 3 (15h). Nhóm T2-4-6 và T3-5-7 giữ nguyên.
- Máy số 14 hỏng bơm máu, BN [[N:Néang Sa Phal]] (mã CTN [[R:AG-TNT-0412]]) chuyển sang máy 9 ca 2.
[[N:Tâm]] ĐD trực: Ông [[N:Tư Nhỏ]] ([[N:Nguyễn Văn Tư]]) ca 1 sáng nay K 6.8, phù, tăng 4kg so với lần trước, đã báo BS [[N:Lợi]]
BS [[N:Trần Tấn Lợi]]: cho chạy 4h30, UF 3.5L, dịch lọc K thấp. Nhắc ông ăn ít trái cây. Ông có FAV tay trái, đừng đo HA tay đó.
[[N:Tâm]] ĐD trực: Dạ. Con gái ông là chị [[N:Út Hiền]] xin đổi ca vì nhà ở [[A:ấp Phú Hữu, xã Phú Hữu, huyện An Phú]], đưa ông lên không kịp ca 1
BS [[N:Lợi]]: ok xếp ca 2.
[[N:Kim]] ĐD: BN mới từ BV Chợ Rẫy về: [[N:Chau Sóc Kha]], 39t, [[A:phum Sray Skôth, xã Châu Lăng, huyện Tri Tôn]], BHYT [[BH:DT2898922074316]], mã [[R:AG-TNT-0527]]. Ảnh cần làm lại sổ chạy thận, sổ cũ bên Chợ Rẫy số [[R:CR-HD-18876]]
ĐD trưởng [[N:Hạnh]]: Nhắc xét nghiệm định kỳ HBsAg, anti-HCV quý này làm vào thứ Tư [[D:29/10]]. Ai nhận làm bảng?
[[N:Kim]] ĐD: em ạ
BS [[N:Lợi]]: Thứ Bảy này [[D:01/11]] BS [[N:Sơn]] trực thay tôi, có gì gọi [[P:0918 552 046]].`,
  ],
  // 30
  [
    'consult',
    `BIÊN BẢN HỘI CHẨN LIÊN VIỆN (TRỰC TUYẾN)
Số: [[R:HC-LV/2025/0093]]
Thời gian: 15h00 thứ Tư, ngày [[D:14/5/2025]]
Điểm cầu chủ trì: BV Chợ Rẫy — Khoa Ngoại Gan mật tụy
Điểm cầu tham gia: BVĐK tỉnh Kiên Giang; TTYT [[A:thành phố Phú Quốc]]
Thành phần: Chủ trì PGS.TS [[N:Thái Quang Nhựt]]; BSCKII [[N:Huỳnh Kim Chi]] (Chợ Rẫy); ThS [[N:Kha Minh Trí]] (BVĐK Kiên Giang); BS [[N:Lâm Thị Hồng Đào]] (TTYT).
Người bệnh: [[N:Danh Hoàng Em]], nam, 44 tuổi, ngư dân, ở [[A:ấp Cây Sao, xã Hàm Ninh, thành phố Phú Quốc]], mã BN [[R:KG25-051177]], vào viện ngày [[D:08/5/2025]].
Tóm tắt: Đau hạ sườn phải, sốt 39 độ, vàng da. CT: ổ áp xe gan (P) 9 x 8 cm, nghi Klebsiella. BC 24 G/L, PCT 18 ng/mL, HBsAg (-). Đã chọc hút dẫn lưu dưới siêu âm ngày [[D:10/5]], ra 350ml mủ, cấy mã [[R:VS25-2231]]: K. pneumoniae nhạy Ceftriaxon.
Kết luận: Tiếp tục điều trị tại BVĐK Kiên Giang, Ceftriaxon 2g x 2 lọ/ngày + Metronidazol 500mg x 3; giữ ống dẫn lưu. Nếu sau 72 giờ còn sốt, chuyển Chợ Rẫy, liên hệ BS trực [[N:Nhựt]].
Người nhà có mặt tại điểm cầu: vợ [[N:Thị Sa Rươl]], SĐT [[P:0397 021 664]], được giải thích và đồng ý.
Thư ký: BS [[N:Ôn Thị Kiều Trang]]          Chủ trì: [[N:Thái Quang Nhựt]]`,
  ],
  // 31
  [
    'chat-family',
    `Nhóm Zalo "Nhà ông [[N:Nông Văn Pảo]] - Nà Rị"
[[N:Hoàng Thị Thiêm]]: Ông đi cấp cứu BVĐK tỉnh Cao Bằng rồi, khó thở lắm, đang thở oxy
[[N:Nông Văn Tiến]]: con đang ở Bắc Ninh làm công ty, tối con về. Ông [[AGE:94]] rồi mẹ ạ, bác sĩ nói sao
[[N:Hoàng Thị Thiêm]]: bác sĩ [[N:Lương]] nói suy tim, nước vào phổi. Mẹ không đọc được chữ bác sĩ, em [[N:Mai]] đọc giúp
[[N:Nông Thị Mai]]: Giấy ghi: "Suy tim độ IV, rung nhĩ, tràn dịch màng phổi 2 bên". Mã bệnh nhân [[R:CB.25.10.006318]]. Ông nằm Hồi sức tích cực giường 2. Ông yếu từ [[D:tháng 7]] rồi mà không chịu đi khám
[[N:Nông Văn Tiến]]: ông có thẻ bhyt người cao tuổi ko?
[[N:Nông Thị Mai]]: có anh, [[BH:BT2040420100317]]
[[N:Lục Văn Hùng]] (con rể): anh em bên [[A:xã Hồng Việt, huyện Hòa An]] biết tin rồi, mai 6h xe anh [[N:Sầm]] biển [[VP:11A-045.62]] chở mọi người xuống
[[N:Hoàng Thị Thiêm]]: ông dặn nếu có mệnh hệ gì thì đưa về [[A:bản Pác Bó, xã Trường Hà]] chôn cạnh bà. Mai là [[D:mùng 9 tháng 9]] (âm), ngày tốt
[[N:Nông Thị Mai]]: Mẹ đừng nói vậy. Bác sĩ [[N:Lương Thị Hà]] bảo ổn hơn rồi, chiều [[D:30/10]] chụp phim lại. Ai về thì gọi em [[P:0399 824 015]]
[[N:Nông Văn Tiến]]: CÓ CẦN MANG TIỀN GÌ KHÔNG [[N:MAI]]
[[N:Nông Thị Mai]]: tạm ứng 5 triệu rồi, biên lai số [[R:0012874]]. Anh về mang theo sổ hộ khẩu cũ của ông nhé, phòng BHYT hỏi`,
  ],
  // 32
  [
    'ambulance',
    `TRUNG TÂM CẤP CỨU 115 HÀ NỘI — PHIẾU THEO DÕI NGƯỜI BỆNH TRÊN XE CẤP CỨU
Số phiếu: [[R:115HN-251102-0377]]     Trạm vệ tinh số 4     Xe: [[VP:29A-921.05]]
Kíp: BS [[N:Lê Hoàng Long]], ĐD [[N:Trương Thị Diệp]], lái xe [[N:Tạ Văn Bắc]]
Nhận cuộc gọi: 06:41 [[D:02/11/2025]] từ số [[P:0983 127 604]] (con dâu [[N:Phùng Thị Lý]])
Địa điểm đón: [[A:số 6 ngách 35/12 ngõ 35 Trần Quý Kiên, phường Dịch Vọng, quận Cầu Giấy]]
Người bệnh: [[N:Bùi Thị Xuyến]], nữ, [[AGE:98]] tuổi, số định danh [[ID:001927008155]], BHYT [[BH:HT2010100923661]]
Lý do gọi: khó thở, tím môi, ngã trong nhà vệ sinh.
Diễn biến trên xe: 06:58 SpO2 82%, mạch 124, HA 90/60, GCS 13 (E3V4M6), thở oxy mask 8 l/p; đường máu 9.2 mmol/L; ECG rung nhĩ đáp ứng thất nhanh. 07:05 đặt đường truyền kim 18G, NaCl 0,9% 500ml.
Tiền sử: THA 30 năm, đặt stent ĐMV năm 2019 tại BV Tim Hà Nội (sổ theo dõi [[R:THN-19-08830]]).
Nơi chuyển đến: BV E — Khoa Cấp cứu; bàn giao 07:19 cho BS [[N:Nguyễn Khắc Hiếu]], ĐD tiếp nhận [[N:Vân Anh]].
Người đi cùng: con trai [[N:Nguyễn Văn Thịnh]], CCCD [[ID:001062014773]].
Ký nhận: BS [[N:Lê Hoàng Long]]`,
  ],
  // 33
  [
    'chat-hotline',
    `Zalo OA "Thu Cúc TCI - Tư vấn đặt lịch"
[20:14] [[N:Hoàng Bích Ngọc]]: e muon dat lich kham phu khoa + sieu am tuyen vu cho e va me e sang chu nhat
[20:16] TVV [[N:Thảo My]]: Dạ em chào chị ạ. Chị cho em xin họ tên, năm sinh, SĐT của 2 người ạ
[20:19] [[N:Hoàng Bích Ngọc]]: 1. [[N:Hoàng Bích Ngọc]] 1994 sdt [[P:0345 961 208]]
2. Mẹ e [[N:Đỗ Thị Kim Oanh]] 1966 sdt [[P:0912 384 075]]. Mẹ e có bhyt [[BH:GD4010118254673]] dùng đc ko ạ
[20:21] TVV [[N:Thảo My]]: Dạ BHYT khám tại phòng khám bên em được thanh toán theo tỷ lệ trái tuyến ạ, chị mang thẻ + CCCD gắn chip. Sáng Chủ nhật [[D:26/10]] còn lịch 8h30 với BS [[N:Dương Thu Hương]] ạ
[20:24] [[N:Hoàng Bích Ngọc]]: ok ạ. PK O CHO NAO VAY EM
[20:25] TVV [[N:Thảo My]]: Dạ chị tìm "Thu Cúc TCI Thụy Khuê" trên Google Maps là ra ạ 🗺️
[20:26] TVV [[N:Thảo My]]: Em đã tạo lịch hẹn: mã [[R:TCI-HK-2510-88214]] và [[R:TCI-HK-2510-88215]]. Chị đưa mã khi đến quầy số 3.
[20:30] [[N:Hoàng Bích Ngọc]]: à e có kết quả sinh thiết vú năm ngoái ở BV K, mã GPB [[R:B24-27115]], mang theo nhé. e gửi ảnh qua fb [[U:facebook.com/bichngoc.hoang94]] được ko
[20:31] TVV [[N:Thảo My]]: Dạ chị gửi ảnh vào đây luôn ạ. Nếu đổi lịch chị nhắn em trước 17h thứ Bảy nha. Chúc chị buổi tối vui vẻ 🌸`,
  ],
  // 34
  [
    'insurance',
    `TỔNG CÔNG TY BẢO HIỂM BẢO VIỆT — TRUNG TÂM GIÁM ĐỊNH BỒI THƯỜNG SỨC KHỎE
TỜ TRÌNH GIÁM ĐỊNH HỒ SƠ BỒI THƯỜNG
Số hồ sơ: [[R:BVH-CL-25-1109847]]
Hợp đồng nhóm: [[R:2501-HN-NH-00418]] — Công ty TNHH Dệt may Phố Hiến (người lao động)
Người được bảo hiểm: [[N:Khúc Văn Đoàn]], sinh [[D:23/07/1988]], CCCD [[ID:033088002917]], mã thẻ [[R:BV-SK-0418-0271]]
Người yêu cầu: vợ [[N:Đoàn Thị Thắm]], [[P:0968 220 514]], email [[E:thamdoan.hy@gmail.com]]
Sự kiện: nằm viện tại BV Hữu nghị Việt Đức [[D:09 - 16/9/2025]], chẩn đoán gãy kín 1/3 giữa xương đùi (P) do TNGT (S72.3), mổ kết hợp xương đinh nội tủy.
Hồ sơ gồm: giấy ra viện số [[R:VD25-091624]], bảng kê chi phí, hóa đơn điện tử số [[R:00048215]], biên bản TNGT của CSGT [[A:huyện Văn Lâm]] số [[R:27/BB-TNGT]].
Giám định: người được BH điều khiển xe máy [[VP:89-H1 112.08]], nồng độ cồn 0 mg/L theo biên bản, có GPLX hạng A1 → không thuộc điểm loại trừ tại Điều 5 Quy tắc bảo hiểm sức khỏe.
Chi phí yêu cầu: 68.450.000đ; chấp nhận 52.000.000đ (giới hạn phẫu thuật/năm); không chấp nhận 1.200.000đ phòng dịch vụ vượt hạn mức.
Đề xuất: chi trả vào tài khoản [[R:108869923401]] VietinBank chủ tài khoản [[N:Khúc Văn Đoàn]].
Cán bộ giám định: [[N:Trịnh Hoài Nam]]          Hà Nội, ngày [[D:06/10/2025]]
Phê duyệt: Phó Giám đốc Trung tâm [[N:Lã Thị Minh Châu]]`,
  ],
  // 35
  [
    'chat-security',
    `Zalo "CẤP CỨU - AN NINH BVĐK TỈNH KHÁNH HÒA" — đêm [[D:15/6]]
[01:12] Bảo vệ [[N:Cao Văn Minh]]: Có 2 nhóm thanh niên đánh nhau trước cổng Cấp cứu, đã gọi CA phường
[01:14] BS [[N:Nguyễn Thị Ánh Tuyết]] trực CC: Nhận 1 BN vết thương vùng đầu chảy máu: [[N:Lê Quang Vũ]] 19t, [[A:tổ 4, thôn Phước Thượng, xã Phước Đồng, TP Nha Trang]]
[01:20] Trung úy [[N:Hà Minh Phong]] - CA [[A:phường Phước Hải]]: Đã tạm giữ 2 đối tượng [[N:Trần Văn Nhật]] ("[[N:Nhật Khùng]]") và [[N:Võ Thành Đạt]], 2 xe máy [[VP:79-C1 485.20]] và [[VP:79H1-337.61]]. Đề nghị BS ghi rõ thương tích.
[01:25] BS [[N:Ánh Tuyết]]: BN [[N:Vũ]] rách da đỉnh 6cm, GCS 15, cho chụp CT sọ. Mã BN [[R:KH25061600214]]. Thêm BN thứ 2: [[N:Nguyễn Hữu Phúc]] 20t gãy 2 xương cẳng tay (T), say rượu, la hét.
[01:27] Bảo vệ [[N:Minh]]: Người nhà BN [[N:Phúc]] đông lắm, 6-7 người ở sảnh, em xin hỗ trợ
[01:30] Trung úy [[N:Phong]]: tổ tuần tra tới trong 5 phút.
[01:48] ĐD [[N:Tôn Nữ Hạnh Dung]]: mẹ BN [[N:Vũ]] là cô [[N:Lê Thị Thanh]] [[P:0935 447 190]] đã tới, xin sao giấy chứng thương.
[01:50] BS [[N:Ánh Tuyết]]: Giấy chứng nhận thương tích chỉ cấp khi có văn bản yêu cầu của cơ quan điều tra hoặc khi NB ra viện. Anh [[N:Phong]] làm công văn giúp, ghi vụ việc ngày [[D:16/6/2025]] nhé.
[01:52] Trung úy [[N:Phong]]: Ok. Số tin báo [[R:TB-148/2025]], sáng mai có văn bản.`,
  ],
  // 36
  [
    'microbiology',
    `BỆNH VIỆN BỆNH NHIỆT ĐỚI TRUNG ƯƠNG — KHOA VI SINH
PHIẾU KẾT QUẢ NUÔI CẤY, ĐỊNH DANH VÀ KHÁNG SINH ĐỒ
Số XN: [[R:VS-2510-04471]]     Mã mẫu: [[R:251030-MAU-0117]]
Họ tên: [[N:Bế Văn Thuận]]     Nam     61 tuổi     Mã BN: [[R:2510280331]]
Địa chỉ: [[A:thôn Nà Pàn, xã Đồng Giáp, huyện Văn Quan]], Lạng Sơn
Khoa: Hồi sức tích cực — Giường HS-08
Bệnh phẩm: Máu (2 chai hiếu khí), lấy lúc 22:10 ngày [[D:28/10/2025]]
Chẩn đoán lâm sàng: Sốc nhiễm khuẩn - TD Melioidosis (A24.1), ĐTĐ típ 2
Kết quả: Burkholderia pseudomallei — mọc sau 38 giờ, 2/2 chai.
Kháng sinh đồ (MIC µg/mL):
Ceftazidim 2 (S) | Meropenem 0.5 (S) | Imipenem 0.25 (S)
Amoxicilin/Clavulanic 4/2 (S) | Cotrimoxazol 1/19 (S) | Doxycyclin 1 (S)
Gentamicin ≥16 (R) | Colistin ≥16 (R)
Ghi chú: Đã báo kết quả nguy hiểm cho BS [[N:Đặng Thu Trang]] lúc 12:05 ngày [[D:30/10]]. Chủng lưu số [[R:BP-25-019]] gửi Viện VSDTTW. Người bệnh làm ruộng, có tiếp xúc đất bùn sau lũ [[D:tháng 9]].
KTV: [[N:Trần Văn Khởi]]          Trưởng khoa: TS.BS [[N:Nghiêm Thị Liên]]`,
  ],
  // 37
  [
    'chat-homecare',
    `Zalo "ĐD CHĂM SÓC TẠI NHÀ - NHÓM SÀI GÒN TRUNG TÂM"
[07:02] Điều phối [[N:Kha Thị Yến Nhi]]: Lịch hôm nay [[D:31/10]]:
- ĐD [[N:Phương Vy]]: 8h cụ ông [[N:Trịnh Hữu Nghĩa]] [[AGE:96]]t, [[A:88/5 Trần Quang Diệu, phường 14, quận 3]], thay sonde tiểu, mã KH [[R:HC-0318]]
- ĐD [[N:Quốc Bảo]]: 9h30 bà [[N:Lâm Ngọc Bích]] 84t, [[A:căn 5.07 lô B chung cư Phú Nhuận, đường Hoàng Minh Giám, phường 9, quận Phú Nhuận]], thay băng loét gót độ 3, mã KH [[R:HC-0522]]
- ĐD [[N:Phương Vy]]: 14h ông [[N:George Whitaker]] 71t (người Úc), [[A:căn 12A05 tòa Sapphire 2, 6 Nguyễn Văn Thủ, phường Đa Kao, quận 1]], tiêm Enoxaparin 40mg TDD
[07:15] ĐD [[N:Phương Vy]]: chị ơi cụ [[N:Nghĩa]] đổi giờ sang 10h, con gái cụ là cô [[N:Trịnh Thị Bạch Tuyết]] nhắn em [[P:0903 448 216]]
[07:16] Điều phối [[N:Yến Nhi]]: ok đổi. @[[N:Quốc Bảo]] em đổi giờ với [[N:Vy]] nhé
[11:40] ĐD [[N:Quốc Bảo]]: vết loét bà [[N:Bích]] có mủ, mùi hôi, em chụp ảnh gửi BS [[N:Triều]]. Đề nghị cấy dịch, phiếu chỉ định [[R:CĐ-HC-2510-117]]
[11:52] BS [[N:Lữ Văn Triều]]: cho cấy, tạm Augmentin 1g x 2. Bà dị ứng gì không
[11:55] ĐD [[N:Quốc Bảo]]: dạ không ạ
[15:10] ĐD [[N:Phương Vy]]: xong ca ông [[N:George]]. Vợ ông, cô [[N:Hồ Thị Lan]], hỏi khi nào ngưng tiêm. Ông bay về Úc ngày [[D:20/11]], hộ chiếu [[PP:PA4471902]], cần giấy xác nhận y tế tiếng Anh. Số ông [[P:+61 412 558 903]]`,
  ],
  // 38
  [
    'social-work',
    `BỆNH VIỆN TRUNG ƯƠNG THÁI NGUYÊN — PHÒNG CÔNG TÁC XÃ HỘI
BIÊN BẢN XÁC MINH VÀ BÀN GIAO NGƯỜI BỆNH KHÔNG CÓ THÂN NHÂN
Số: [[R:27/BB-CTXH]]
Hồi 9h00 ngày [[D:04/11/2025]], tại Khoa Thần kinh, chúng tôi gồm:
1. Ông [[N:Dương Văn Chính]] — Trưởng phòng CTXH
2. Bà [[N:Ma Thị Hồng]] — Nhân viên CTXH
3. Thiếu tá [[N:Hoàng Quốc Khánh]] — Công an [[A:phường Phan Đình Phùng]]
Người bệnh vào viện lúc 23h50 ngày [[D:28/10/2025]] (mã tạm [[R:VD-251028-02]], nay là mã [[R:TN2510-44819]]), nam khoảng 70 tuổi, được người đi đường đưa đến sau khi ngã ở bến xe, hôn mê, không giấy tờ. Chẩn đoán: Nhồi máu não bán cầu (T) (I63.5).
Kết quả xác minh: sau thông báo trên trang của BV và Đài PT-TH tỉnh ngày [[D:31/10]], ông [[N:Triệu Văn Sềnh]], trưởng [[A:xóm Khuôn Vạc, xã Phú Đình, huyện Định Hóa]], nhận diện người bệnh là ông [[N:Triệu Văn Lìn]], dân tộc Dao, sinh năm 1954, CCCD [[ID:019054003621]] (tra trên VNeID), sống một mình.
Người thân: con gái [[N:Triệu Thị Mẩy]] lấy chồng ở Bách Sắc, Quảng Tây (Trung Quốc), SĐT [[P:+86 139 7765 2180]], đã liên lạc được.
Bàn giao: cháu ruột [[N:Bàn Văn Quý]], CCCD [[ID:019098007452]], SĐT [[P:0369 281 540]], nhận chăm sóc người bệnh từ hôm nay. Chi phí từ [[D:28/10 - 04/11/2025]] được Quỹ Bệnh nhân nghèo hỗ trợ 50%, phiếu hỗ trợ [[R:QBNN-25-0332]].
Biên bản lập thành 03 bản, các bên đã đọc lại và ký tên.`,
  ],
  // 39
  [
    'chat-family',
    `Nhóm Zalo "Gia đình [[A:Palei Phước Nhơn]] 🌺"
[[N:Đàng Thị Kiều]]: Ama ơi, con đưa Amaik vô BV tỉnh Ninh Thuận rồi, đau ngực dữ lắm
[[N:Đàng Năng Hòa]]: bác sĩ nói gì con
[[N:Đàng Thị Kiều]]: nhồi máu cơ tim cấp. BS [[N:Thông Thị Ngọc Anh]] nói can thiệp mạch vành tại BV tỉnh được, cần ký. Mã BN [[R:NT25-1103-0088]]. Tên Amaik trên giấy là [[N:Thuận Thị Bích]], sn [[D:12/5/1960]]
[[N:Quảng Đại Sơn]] (chồng [[N:Kiều]]): giấy tờ Amaik anh cầm: CCCD [[ID:058160000713]], thẻ BHYT [[BH:DT2585820111294]]. Nhà mình ở [[A:thôn Phước Nhơn 1, xã Phước Thái, huyện Ninh Phước]] ghi đúng rồi
[[N:Đàng Năng Hòa]]: Sắp Katê, người ta đông, con lo cho mẹ. Ama đi xe ông [[N:Lưu Quang Sang]] [[VP:85A-062.19]] xuống liền.
[[N:Đàng Thị Kiều]]: ĐẶT STENT XONG RỒI, 1 stent LAD, Amaik tỉnh. Nằm CCU giường 4. Stent BHYT trả, gia đình đóng thêm 18 triệu, biên lai [[R:BL-NT-25-07714]]
[[N:Phú Thị Mỹ Lệ]]: 🙏🙏 Po Ina Nagar phù hộ. mai con ra thăm, con đang trực ở Phan Rang
[[N:Đàng Thị Kiều]]: BS hẹn siêu âm tim lại ngày [[D:10-11]], uống Brilinta 90mg x 2 với Aspirin 81mg đủ 12 tháng, không được tự ngưng
[[N:Đàng Năng Hòa]]: Ama tới rồi, đang ở cổng, [[N:Sơn]] ra dắt Ama vô`,
  ],
  // 40
  [
    'report-en',
    `FAMILY MEDICAL PRACTICE DA NANG — MEDICAL REPORT
Report no.: [[R:FMP-DN-MR-25-1147]]          Date of report: [[D:07 November 2025]]
Patient: [[N:O'CONNELL, Liam Patrick]]     DOB: [[D:1958-03-22]]     Sex: M
Passport: [[PP:PB0916634]] (Australia)     Local phone: [[P:+84 776 031 849]]     Home (AU): [[P:+61 7 5531 2286]]
Local address: [[A:Villa 14, An Vien residential area, Hoa Hai Ward, Ngu Hanh Son District]], Da Nang
Next of kin: [[N:Maeve O'Connell]] (wife), [[E:maeve.oconnell58@bigpond.com]]
Interpreter: Ms [[N:Võ Thị Thanh Trúc]]
History: On [[D:Nov 2]] the patient fell from a rented motorbike ([[VP:43C1-566.70]]) on [[A:Truong Sa Street]] at about 18:30. He was taken to Hoan My Da Nang Hospital and admitted [[D:2–5 Nov 2025]] (MRN [[R:HMDN-2511-02217]]).
Findings: CT chest showed fractures of right ribs 5–7 and a small right pneumothorax (< 2 cm), managed conservatively; no surgery. Tetanus booster given. SpO2 97% on room air at discharge.
Discharge medication: paracetamol 1 g QID, oxycodone 5 mg PRN (12 tablets, prescription [[R:HMDN-RX-118742]]).
Fitness to fly: not before 14 days after radiological resolution; follow-up chest X-ray on [[D:12 Nov]] at this clinic.
Travel insurer: Cover-More, claim [[R:CM-AU-25-3381920]]. Please contact Dr [[N:Quân]] for any query.
Signed: Dr. [[N:Nguyễn Hoàng Quân]], MD — Practising certificate [[L:003318/ĐNA-CCHN]]`,
  ],
];
