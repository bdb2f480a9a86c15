// Held-out set 40, documents 27–40 (see index.ts for the conventions): a sick-leave
// certificate, a mass-casualty leadership group, a body hand-over record, a laboratory report,
// a consent form with an interpreter, a pharmacy narcotics group, an unknown-patient record, a
// psychiatric discharge paper, a tele-consultation group, an injury certificate, a health
// insurance claim, a diphtheria response group, a birth certificate for twins and an organ
// donation coordination group. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'sick-leave',
    `BỆNH VIỆN ĐA KHOA ĐỒNG NAI
GIẤY CHỨNG NHẬN NGHỈ VIỆC HƯỞNG BẢO HIỂM XÃ HỘI
Số seri: [[R:DN-25-0084172]]     Số KCB: [[R:00184/KCB]]
I. Thông tin người bệnh
Họ và tên: [[N:NGUYỄN THỊ KIỀU TRINH]]     Ngày sinh: [[D:19/11/1990]]
Mã số BHXH: [[BH:7521098834]]     CCCD: [[ID:075190008821]]     SĐT: [[P:0961 218 537]]
Đơn vị làm việc: Công ty TNHH May mặc Hòa Thịnh, [[A:KCN Amata, phường Long Bình, TP Biên Hòa]]
Địa chỉ thường trú: [[A:tổ 12, khu phố 4, phường Tam Hiệp, TP Biên Hòa]], Đồng Nai
II. Chẩn đoán và phương pháp điều trị
Dọa sảy thai 9 tuần (O20.0). Nghỉ ngơi tại giường, Progesteron 200mg đặt âm đạo mỗi tối, tái khám sau 2 tuần.
Số ngày nghỉ: 14 ngày (từ ngày [[D:03/11/2025]] đến ngày [[D:16/11/2025]])
III. Thông tin cha, mẹ (trường hợp người bệnh là trẻ em dưới 7 tuổi): không
Ghi chú: Giấy này thay thế giấy số [[R:00171/KCB]] cấp ngày [[D:31/10]] do ghi sai mã số BHXH (ghi nhầm [[BH:7521098843]]). Dữ liệu đã gửi lên Cổng tiếp nhận của BHXH Việt Nam, mã giao dịch [[R:GD-CT-251103-09912]].
Người hành nghề KBCB: BS [[N:Lê Thị Thùy Dương]], mã CCHN [[L:0041876/ĐNAI-CCHN]]
Ngày [[D:03 tháng 11 năm 2025]]
THỦ TRƯỞNG ĐƠN VỊ (ký, đóng dấu): [[N:Phan Huy Anh Vũ]]`,
  ],
  // 28
  [
    'chat-leadership',
    `Nhóm "Trực lãnh đạo BVĐK tỉnh Quảng Ninh"
[[D:02/12]]
BS [[N:Phạm Thế Anh]] - Trực lãnh đạo: Kích hoạt báo động đỏ. Xe khách [[VP:14B-025.39]] chở đoàn du khách Trung Quốc va chạm xe đầu kéo [[VP:14C-318.47]] trên cao tốc đoạn qua [[A:phường Đại Yên, TP Hạ Long]]. Dự kiến 9 nạn nhân.
[[N:Thùy Dung]] (Cấp cứu): 14h20 đã nhận 6 ca, mã tạm [[R:CC-0212-01]] đến [[R:CC-0212-06]]. Ca 01: [[N:WANG LEI]] ([[N:王磊]]), nam khoảng 50t, hộ chiếu [[PP:EJ4471093]], chấn thương sọ não GCS 9. Ca 02: [[N:ZHANG XIULAN]] ([[N:张秀兰]]), nữ [[AGE:91]] tuổi, gãy cổ xương đùi. Ca 03: lái xe [[N:Vũ Văn Thịnh]] 45t, ở [[A:tổ 5, khu 3, phường Hà Khẩu]], CCCD [[ID:022080004376]], chấn thương ngực.
BS [[N:Phạm Thế Anh]] - Trực lãnh đạo: Gọi phiên dịch tiếng Trung: anh [[N:Lục Văn Quang]] [[P:0936 271 884]]. Hướng dẫn viên đoàn là [[N:Chen Hao]], [[P:+86 138 0771 5623]], chị [[N:Thùy Dung]] lấy danh sách đoàn từ anh ấy.
ĐD [[N:Hiền]] (CĐHA): CT ưu tiên ca 01 (accession [[R:CT2512020519]]) và ca 04, máy CT 128 dãy phòng 2 đã dọn.
[[N:Lê Minh]] (Phòng CSGT Công an tỉnh): Đề nghị BV lấy mẫu máu xét nghiệm nồng độ cồn lái xe [[N:Thịnh]] và tài xế đầu kéo [[N:Nguyễn Đức Chiến]] (GPLX [[L:220091027744]]), theo biên bản số [[R:17/BB-PC08]].
BS [[N:Phạm Thế Anh]] - Trực lãnh đạo: Ok. Phòng TCKT mở tạm ứng cho đoàn; Tổng Lãnh sự quán Trung Quốc đã gọi. Ca 02 cụ bà [[N:Zhang]] con trai là [[N:LIU JUN]] ([[N:刘军]]), hộ chiếu [[PP:EH2290617]], đi cùng đoàn, không bị thương.
[[N:Thùy Dung]] (Cấp cứu): 15h10 thêm 2 ca: mã [[R:CC-0212-07]] và [[R:CC-0212-08]], đều nhẹ. Tổng 8 nạn nhân, 1 ca nặng chuyển mổ.
BS [[N:Phạm Thế Anh]] - Trực lãnh đạo: Mã tạm đổi sang mã chính khi xác định được danh tính. 17h họp rút kinh nghiệm tại phòng giao ban tầng 2.`,
  ],
  // 29
  [
    'body-handover',
    `BỆNH VIỆN ĐA KHOA TỈNH BÌNH ĐỊNH
Số: [[R:23/BB-NĐT]]
BIÊN BẢN BÀN GIAO TỬ THI VÀ HỒ SƠ
Hồi 7 giờ 30 ngày [[D:12/10/2025]] (tức ngày [[D:21 tháng 8 năm Ất Tỵ]]), tại Nhà tang lễ Bệnh viện Đa khoa tỉnh Bình Định.
Bên giao: ông [[N:Đặng Văn Lực]] (nhân viên nhà đại thể), ĐD [[N:Nguyễn Thị Hạnh]] (Khoa Cấp cứu).
Bên nhận: Trung tâm Pháp y tỉnh Bình Định, giám định viên [[N:Trần Quang Vinh]].
Chứng kiến: Điều tra viên [[N:Lê Đình Phúc]] (Công an [[A:TP Quy Nhơn]]); Kiểm sát viên [[N:Huỳnh Thị Ngọc]] (VKSND [[A:TP Quy Nhơn]]).
Tử thi: nam, đã xác định là [[N:Phan Văn Lượm]], sinh năm 1979, CCCD [[ID:052079011450]], trú tại [[A:khu vực 3, phường Nhơn Bình, TP Quy Nhơn]].
Mã BN: [[R:BD25-0417702]]; vào viện 23 giờ 50 ngày [[D:11/10/2025]] do người đi đường đưa đến, tử vong 0 giờ 35 ngày [[D:12/10/2025]].
Dấu hiệu bên ngoài: vết thương thấu ngực trái dài 2 cm bờ sắc gọn, vết xây xát mu tay phải.
Hồ sơ kèm theo: Quyết định trưng cầu giám định số [[R:331/QĐ-CSHS]]; bản sao bệnh án cấp cứu; túi niêm phong quần áo số [[R:NP-1012-01]] và [[R:NP-1012-02]]; ống máu có mã vạch [[R:TT251012-07]].
Tử thi được bảo quản tại ngăn lạnh số 4 từ 1 giờ 10 phút.
Người nhà có mặt: vợ là chị [[N:Võ Thị Bé Ba]], SĐT [[P:0905 317 662]]; anh ruột là ông [[N:Phan Văn Lành]].
Biên bản lập thành 04 bản, đọc lại cho các bên cùng nghe và ký tên.
Bên giao: [[N:Đặng Văn Lực]]     Bên nhận: [[N:Trần Quang Vinh]]     Điều tra viên: [[N:Lê Đình Phúc]]`,
  ],
  // 30
  [
    'lab-report',
    `BỆNH VIỆN ĐA KHOA HÀ ĐÔNG - KHOA XÉT NGHIỆM
PHIẾU KẾT QUẢ XÉT NGHIỆM
SID: [[R:2511270184]]     Mã phiếu chỉ định: [[R:CD25112707731]]
Họ tên: [[N:CHU THỊ MẬN]]     Tuổi: [[AGE:99]]     Giới: Nữ
Mã BN: [[R:HĐ.2025.088114]]     Số thẻ BHYT: [[BH:HT2010121998377]]
Địa chỉ: [[A:số 6 ngõ 2 phố Bà Triệu, phường Nguyễn Trãi, quận Hà Đông]]
Khoa: Nội tổng hợp - buồng 3 - giường 11     BS chỉ định: [[N:Nguyễn Văn Bình]]
Chẩn đoán: Suy tim mạn NYHA III (I50.0); Bệnh thận mạn giai đoạn 3b (N18.3)
Lấy mẫu: 06:10 [[D:27/11/2025]]; nhận mẫu 06:42; trả kết quả 08:15
Tổng phân tích tế bào máu: WBC 11.2 G/L; RBC 3.41 T/L; HGB 98 g/L; HCT 0.31 L/L; PLT 152 G/L; NEU% 81.4
Đông máu: PT 13,5 giây; tỷ lệ Prothrombin 86%; INR 1,15; APTT bệnh/chứng 30/29 giây
Sinh hóa: Urê 14,2 mmol/L; Creatinin 162 µmol/L; eGFR 25 ml/phút/1,73m2; Na+ 131; K+ 5,4 (H); Cl- 96; NT-proBNP 8.720 pg/mL; Troponin T hs 38 ng/L
Huyết áp lúc lấy mẫu (theo phiếu điều dưỡng): 12/8 cmHg
Giá trị cảnh báo: K+ 5,4 — đã báo BS trực [[N:Lý Hoàng Nam]] lúc 08:20 qua số nội bộ 2417.
Ghi chú: Mẫu lần 1 (SID [[R:2511270091]]) bị vỡ hồng cầu, đã lấy lại lúc 06:10. Người nhà ký nhận kết quả: cháu là [[N:Chu Văn Hiếu]], SĐT [[P:0345 672 901]].
KTV thực hiện: [[N:Đàm Thị Thu]]     Người duyệt kết quả: ThS [[N:Khuất Duy Mạnh]]
Kết quả chỉ có giá trị trên mẫu thử đã nhận.`,
  ],
  // 31
  [
    'consent-interpreter',
    `BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH - KHOA NGOẠI TỔNG HỢP
GIẤY CAM KẾT CHẤP THUẬN PHẪU THUẬT, THỦ THUẬT VÀ GÂY MÊ HỒI SỨC (có phiên dịch)
Mã BN: [[R:HT25-0319542]]     Số vào viện: [[R:25/NGTH-6418]]
Tên tôi là: [[N:SOUKSAVANH PHOMMACHANH]], 38 tuổi, quốc tịch Lào, hộ chiếu số [[PP:P1840276]].
Địa chỉ tại Lào: [[A:bản Nape, huyện Khamkeut]], tỉnh Bolikhamxay. Nhập cảnh qua cửa khẩu Cầu Treo ngày [[D:07/12/2025]].
Người đại diện: chị gái [[N:Vilayvanh Phommachanh]], SĐT [[P:+856 20 5571 3284]].
Tôi đã được bác sĩ [[N:Đậu Xuân Hòa]] giải thích bằng tiếng Việt, phiên dịch sang tiếng Lào bởi ông [[N:Hoàng Văn Bun]] (Phòng Công tác xã hội, CCCD [[ID:042075006338]]), về:
- Chẩn đoán: Viêm ruột thừa cấp (K35.8), Alvarado 8 điểm.
- Phương pháp: Phẫu thuật nội soi cắt ruột thừa; gây mê nội khí quản; ASA I.
- Nguy cơ: chảy máu, nhiễm trùng vết mổ, áp xe tồn dư, chuyển mổ mở, dị ứng thuốc mê.
- Chi phí: không có bảo hiểm; đã tạm ứng 10.000.000 đồng, biên lai số [[R:0045127]].
Tôi đồng ý để bác sĩ thực hiện phẫu thuật và chấp nhận các nguy cơ nêu trên.
Hà Tĩnh, 21 giờ 30 ngày [[D:09/12/2025]]
Người bệnh: [[N:Souksavanh]] (ký)     Người đại diện: [[N:Vilayvanh]] (ký)
Phiên dịch: [[N:Hoàng Văn Bun]]     Bác sĩ giải thích: [[N:Đậu Xuân Hòa]]
Ghi chú của Phòng CTXH: đã thông báo Lãnh sự quán Lào tại Vinh; người bảo lãnh tại Việt Nam là ông [[N:Trần Văn Khăm Phon]], ở [[A:xóm 4, xã Sơn Kim 1, huyện Hương Sơn]], SĐT [[P:0912 780 341]].`,
  ],
  // 32
  [
    'chat-pharmacy',
    `Nhóm "Khoa Dược - Thuốc GN, HTT, TC"
[[D:05/12]]
DS [[N:Hoàng Minh Nguyệt]]: Các khoa lưu ý kiểm kê thuốc gây nghiện, hướng thần cuối năm vào [[D:30/12]], 14h, đối chiếu sổ theo Thông tư 20/2017/TT-BYT.
[[N:Thắm]] (Khoa Ung bướu): Chị ơi BN [[N:Lại Văn Khôi]] (mã [[R:DG25.077318]]) ra viện hôm nay, kê Morphin sulfat 30mg viên giải phóng chậm, đơn thuốc "N" số [[R:N-UB-25/1142]], gia đình lĩnh ở quầy ngoại trú được không ạ?
DS [[N:Hoàng Minh Nguyệt]]: Được em, người lĩnh mang CCCD, đơn tối đa 30 ngày.
[[N:Thắm]] (Khoa Ung bướu): Người lĩnh là con gái [[N:Lại Thị Hằng Nga]], CCCD [[ID:001195027604]].
[[N:Đức Anh]] (Khoa GMHS): Báo cáo: phòng mổ 3 chiều qua vỡ 1 ống Fentanyl 0,1mg/2ml khi bẻ, đã lập biên bản số [[R:11/BB-GMHS]], chứng kiến KTV [[N:Tạ Quang Vũ]] và BS [[N:Mẫn Văn Thi]].
DS [[N:Hoàng Minh Nguyệt]]: Em gửi ảnh biên bản và vỏ ống lên đây. Người bệnh liên quan là ai?
[[N:Đức Anh]] (Khoa GMHS): BN [[N:Thân Thị Mai]], 61t, mã [[R:DG25.077402]], mổ nội soi cắt tử cung ngày [[D:04-12]].
[[N:Cường]] (Khoa HSTC): HSTC trả 4 ống Midazolam 5mg/1ml của BN [[N:Vi Văn Đoàn]] (tử vong ngày [[D:03/12]]), phiếu trả số [[R:TR-HSTC-0412]].
DS [[N:Hoàng Minh Nguyệt]]: Ok, mang xuống kho lẻ trước 16h. Khoa Nội A nhớ trả 2 miếng dán Fentanyl 25mcg/giờ của BN [[N:Kha]] ra viện tuần trước.
[[N:Lan Hương]] (Khoa Nội A): Dạ, BN [[N:Hồ Văn Kha]], mã [[R:DG25.076991]], em trả chiều nay kèm phiếu số [[R:TR-NA-0512]].`,
  ],
  // 33
  [
    'unknown-patient',
    `BỆNH VIỆN NHÂN DÂN GIA ĐỊNH - PHÒNG CÔNG TÁC XÃ HỘI
Số: [[R:38/BB-CTXH]]
BIÊN BẢN XÁC MINH VÀ BÀN GIAO NGƯỜI BỆNH VÔ DANH
Người bệnh vào viện lúc 19 giờ 15 ngày [[D:16/11/2025]] do xe cấp cứu 115 đưa đến từ khu vực ngã tư Hàng Xanh. Mã tạm: [[R:VD-20251116-014]]. Nữ, khoảng 80 tuổi, lú lẫn, mặc áo bà ba tím, đeo vòng bạc khắc chữ "[[N:Sáu Nhỏ]]".
Chẩn đoán: Mất nước, hạ natri máu (Na+ 118 mmol/L), sa sút trí tuệ (F03).
Quá trình xác minh: Phòng CTXH đăng thông tin tìm người nhà trên trang của bệnh viện ngày [[D:17/11]]. Lúc 10 giờ ngày [[D:18/11/2025]], ông [[N:Lê Văn Tài]] đến nhận là mẹ ruột.
Đối chiếu giấy tờ: người bệnh là bà [[N:Nguyễn Thị Sáu]] (ở nhà gọi là "[[N:Sáu Nhỏ]]"), sinh ngày [[D:mùng 5 tháng Giêng năm Giáp Tuất]] (1934), [[AGE:91]] tuổi, CCCD [[ID:079134001820]], thường trú [[A:số 112/4 đường Xô Viết Nghệ Tĩnh, phường 21, quận Bình Thạnh]].
Người nhận: ông [[N:Lê Văn Tài]], CCCD [[ID:079 062 008 547]], SĐT [[P:0909 774 125]]; có xác nhận của Công an [[A:phường 21]] do cán bộ [[N:Trần Quốc Việt]] ký.
Tình trạng lúc bàn giao: tỉnh, Na+ 129 mmol/L, tiếp tục điều trị tại Khoa Nội Thần kinh, giường 18. Đã đổi mã tạm sang mã chính [[R:GĐ25-1148805]], gia đình bổ sung thẻ BHYT [[BH:HT2797934100217]].
Người lập biên bản: CTV [[N:Ngô Thị Kim Quyên]]     Trưởng phòng CTXH: [[N:Lương Thanh Bình]]
Thân nhân: [[N:Lê Văn Tài]]`,
  ],
  // 34
  [
    'discharge-psychiatry',
    `BỆNH VIỆN TÂM THẦN TRUNG ƯƠNG 1
GIẤY RA VIỆN
Mã BN: [[R:TT1-25-03188]]     Số lưu trữ: [[R:2025/RV/1907]]
Họ tên người bệnh: [[N:BÙI VĂN KHỎE]]     Năm sinh: 1991     Nam     Dân tộc: Mường
Địa chỉ: [[A:xóm Cháu, xã Phong Phú, huyện Tân Lạc]], Hòa Bình
CCCD: [[ID:017091002644]]     Thẻ BHYT: [[BH:DN4171720018653]]
Vào viện: [[D:04/9/2025]], theo Quyết định áp dụng biện pháp bắt buộc chữa bệnh số [[R:12/2025/QĐ-TA]] của TAND [[A:huyện Tân Lạc]].
Ra viện: [[D:05/12/2025]]
Chẩn đoán: Tâm thần phân liệt thể paranoid (F20.0); Sử dụng rượu có hại (F10.1).
Phương pháp điều trị: Olanzapin 10mg 1 viên buổi tối; Haloperidol decanoat 50mg/ml tiêm bắp 1 ống mỗi 4 tuần, mũi tiếp theo ngày [[D:02/01/2026]] tại Trạm Y tế [[A:xã Phong Phú]]; tâm lý trị liệu nhóm 12 buổi; PANSS giảm từ 98 xuống 61.
Người nhận bàn giao: mẹ là bà [[N:Bùi Thị Lả]] và cán bộ Công an [[A:xã Phong Phú]] [[N:Quách Văn Tiến]], giấy giới thiệu số [[R:45/GGT-CAX]].
Lời dặn: Không uống rượu. Tái khám trong [[D:tháng 1]] tại Khoa Khám bệnh, phòng 5, hoặc ngay khi mất ngủ, nói một mình, đập phá đồ đạc. Gia đình giữ thuốc và cho uống trước mặt.
Ngày [[D:05 tháng 12 năm 2025]]
Trưởng khoa: BSCKII [[N:Nguyễn Văn Tuấn]]     Bác sĩ điều trị: BS [[N:Đinh Thị Lệ Thu]]
GIÁM ĐỐC (ký, đóng dấu)`,
  ],
  // 35
  [
    'chat-telehealth',
    `Nhóm "Telehealth Điện Biên - Bạch Mai"
Thứ Tư [[D:15/10/2025]]
[[N:Lò Thị Thanh]] (Phòng KHTH BVĐK Điện Biên): Kính gửi các thầy, 14h chiều nay hội chẩn 2 ca qua phòng Telehealth, link đã gửi qua email của Trung tâm.
BS [[N:Cầm Văn Thắng]] - HSTC Điện Biên: Ca 1: [[N:Lường Văn Pản]], 52t, Thái, [[A:bản Hua Pe, xã Chiềng Sơ, huyện Điện Biên Đông]], ngộ độc methanol nghi do rượu nấu từ dịp [[D:rằm tháng Tám]], uống ở đám giỗ ngày [[D:12/10]]. pH 6,92, HCO3- 4, khoảng trống thẩm thấu 48. Đã lọc máu CRRT 1 lần. Mã BN [[R:DB-25-0312117]].
TS [[N:Nguyễn Đăng Khoa]] - TT Chống độc Bạch Mai: Fomepizol nếu có, không có thì Ethanol 40% qua sonde 1,8 ml/kg tấn công. Chuyển sang thận nhân tạo ngắt quãng. Gửi mẫu methanol máu về Bạch Mai, mã mẫu [[R:CĐ-BM-25-1015-03]].
BS [[N:Cầm Văn Thắng]] - HSTC Điện Biên: Ca 2 cùng bản: [[N:Quàng Văn Ót]] 47t, nhìn mờ, mã BN [[R:DB-25-0312136]]. Trưởng bản là anh [[N:Lò Văn Hịa]] ([[P:0342 117 650]]) báo còn 4 người uống cùng mâm.
[[N:Lò Thị Thanh]] (Phòng KHTH BVĐK Điện Biên): CDC tỉnh đã cử đội đáp ứng nhanh vào bản sáng nay; mẫu rượu niêm phong số [[R:NP-CDC-1510-02]]. Trạm Y tế [[A:xã Chiềng Sơ]] lập danh sách: [[N:Lường Văn Xôm]], [[N:Quàng Thị Pọm]], [[N:Lò Văn Đôi]], [[N:Tòng Văn Lả]].
TS [[N:Nguyễn Đăng Khoa]] - TT Chống độc Bạch Mai: Cả 4 người chuyển xuống tỉnh ngay để đo khí máu. Biên bản hội chẩn từ xa số [[R:HCTX-1015/25]], anh ký số rồi.
BS [[N:Cầm Văn Thắng]] - HSTC Điện Biên: Dạ. Vợ BN [[N:Pản]] là chị [[N:Lò Thị Ín]] đã ký cam kết lọc máu, SĐT [[P:0386 994 217]]. Xe cấp cứu [[VP:27A-005.31]] đang vào bản đón.`,
  ],
  // 36
  [
    'injury-certificate',
    `BỆNH VIỆN ĐA KHOA TỈNH BẮC NINH
Số: [[R:0357/2025/GCNTT]]
GIẤY CHỨNG NHẬN THƯƠNG TÍCH
Theo đề nghị của Công ty TNHH Điện tử Hanam Vina (công văn số [[R:88/HNV-HR]] ngày [[D:24/11/2025]]),
Bệnh viện Đa khoa tỉnh Bắc Ninh chứng nhận:
Ông [[N:Hà Văn Thiện]], sinh ngày [[D:30/01/1998]], CCCD [[ID:002098007312]]
Quê quán: [[A:thôn Nà Ca, xã Xuân Giang, huyện Quang Bình]], Hà Giang
Tạm trú: [[A:nhà trọ số 14 ngõ 5 thôn Đông Xuyên, xã Yên Trung, huyện Yên Phong]], Bắc Ninh
Vào viện lúc 22 giờ 05 ngày [[D:18/11/2025]], mã BN [[R:BN25.0664102]], do tai nạn lao động tại xưởng dập số 3, [[A:KCN Yên Phong]].
Tình trạng thương tích lúc vào viện: dập nát đốt 2, 3 ngón III và vết thương đứt gân gấp ngón II bàn tay phải; máu chảy nhiều; không tổn thương xương bàn.
Chẩn đoán: Vết thương dập nát ngón tay phải (S67.0), đứt gân gấp ngón II (S66.0).
Điều trị: cắt lọc, cắt cụt đốt 2 ngón III, khâu nối gân gấp ngón II (Kessler), Cefuroxim 1,5g, SAT 1500 UI.
Tình trạng ra viện ngày [[D:26/11/2025]]: vết mổ khô, cử động gấp ngón II hạn chế.
Người đưa đến: quản đốc [[N:Lee Seung-woo]] ([[N:이승우]]), hộ chiếu [[PP:M51926407]], SĐT [[P:0981 224 507]], và đồng nghiệp [[N:Nông Văn Tú]].
Bắc Ninh, ngày [[D:27 tháng 11 năm 2025]]
KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC: [[N:Nguyễn Hữu Hiệp]]`,
  ],
  // 37
  [
    'insurance-claim',
    `GIẤY YÊU CẦU BỒI THƯỜNG BẢO HIỂM SỨC KHỎE
Kính gửi: Bảo hiểm An Tâm - Trung tâm Giải quyết bồi thường miền Trung
Số hồ sơ bồi thường: [[R:CLM-DNG-2510-0044871]]     Số hợp đồng: [[R:HĐ-SK/2025/009314]]     Số thẻ bảo hiểm: [[R:AT-0092-5517-04]]
Người được bảo hiểm: [[N:Thái Ngọc Bảo Châu]]     Ngày sinh: [[D:05/08/1992]]     CCCD: [[ID:048192003771]]
E-mail: [[E:baochau.tn92@gmail.com]]     SĐT: [[P:0935 602 188]]
Địa chỉ: [[A:K82/14 Hoàng Diệu, phường Phước Ninh, quận Hải Châu]], Đà Nẵng
Sự kiện bảo hiểm: điều trị nội trú tại Bệnh viện Hoàn Mỹ Đà Nẵng từ [[D:14 - 19/10/2025]]; chẩn đoán Sốt xuất huyết Dengue có dấu hiệu cảnh báo (A97.1).
Chứng từ kèm theo:
- Hóa đơn GTGT số [[R:00018734]], ký hiệu 1C25THM, ngày [[D:19/10/2025]]: 14.870.000 đồng;
- Giấy ra viện, số lưu trữ [[R:HM-DN-25/08121]]; phiếu xét nghiệm NS1 (SID [[R:2510140392]]);
- Bảng kê chi phí có phần BHYT chi trả (thẻ [[BH:DN4484820417736]]).
Số tiền yêu cầu: 8.420.000 đồng.
Hình thức nhận: chuyển khoản, số tài khoản [[R:0041000218893]] tại Vietcombank chi nhánh Đà Nẵng, chủ tài khoản [[N:THAI NGOC BAO CHAU]].
Đà Nẵng, ngày [[D:22/10/2025]]
Người yêu cầu (ký): [[N:Thái Ngọc Bảo Châu]]
PHẦN THẨM ĐỊNH: Thẩm định viên [[N:Trần Thị Như Ý]]; kết quả ngày [[D:29-10]]: chấp nhận 7.950.000 đồng; loại trừ 470.000 đồng (Vitamin C 500mg, Oresol) theo Điều 7 Quy tắc bảo hiểm sức khỏe 2024.`,
  ],
  // 38
  [
    'chat-outbreak',
    `Nhóm "Đáp ứng bạch hầu Kỳ Sơn 2025"
[[D:22/7/2025]]
BS [[N:Lương Thị Hạnh]] - CDC Nghệ An: Ca bạch hầu xác định: [[N:Xồng Y Pá]], nữ 11 tuổi, Mông, [[A:bản Huồi Khe, xã Nậm Cắn, huyện Kỳ Sơn]], PCR dương tính mẫu [[R:BH-NA-25-0073]]. Đang điều trị tại Khoa Truyền nhiễm BVĐK tỉnh, giường 8, đã dùng SAD 40.000 đơn vị.
[[N:Vi Văn Thuận]] (TTYT Kỳ Sơn): Tiếp xúc gần 14 người, đã uống Azithromycin dự phòng từ chiều [[D:21/7]]. Gồm bố [[N:Xồng Bá Chư]], mẹ [[N:Lầu Y Mỷ]], anh trai [[N:Xồng Bá Tòng]], và 11 học sinh cùng lớp.
ĐD [[N:Mùa Thị Sông]] (TYT Nậm Cắn): Em gửi file danh sách, 3 cháu chưa có CCCD, em ghi số định danh trên VNeID, cháu [[N:Pá]] là [[ID:040314002218]].
[[N:Vi Văn Thuận]] (TTYT Kỳ Sơn): Tiêm vét vắc xin Td cho cả bản từ [[D:23 - 25/7]], điểm tiêm tại nhà văn hóa bản.
BS [[N:Trần Đức Hải]] - Truyền nhiễm BVĐK Nghệ An: Cháu [[N:Pá]] đáp ứng tốt, hết giả mạc, ECG chưa thấy viêm cơ tim. Lấy lại mẫu họng [[R:BH-NA-25-0091]] ngày [[D:29/7]].
BS [[N:Lương Thị Hạnh]] - CDC Nghệ An: Phiên dịch tiếng Mông cho đoàn là anh [[N:Vừ Bá Lầu]], SĐT [[P:0379 406 852]]. Xe đoàn [[VP:37C-118.04]] xuất phát 6h sáng mai.
ĐD [[N:Mùa Thị Sông]] (TYT Nậm Cắn): Ông nội cháu là cụ [[N:Xồng Bá Giống]] [[AGE:93]] tuổi không chịu uống thuốc, xin ý kiến ạ.
BS [[N:Trần Đức Hải]] - Truyền nhiễm BVĐK Nghệ An: Cụ thì lấy mẫu họng, theo dõi 7 ngày, giải thích lại qua anh [[N:Lầu]]. Nhà cụ nếu ai sốt, đau họng báo ngay.`,
  ],
  // 39
  [
    'birth-paper',
    `BỆNH VIỆN HÙNG VƯƠNG
GIẤY CHỨNG SINH (song thai)
Trẻ thứ nhất - Số: [[R:5527/2025/GCS]]     Trẻ thứ hai - Số: [[R:5528/2025/GCS]]
Họ tên mẹ: [[N:ĐOÀN THỊ MỸ HẠNH]]     Ngày sinh: [[D:14/12/1993]]     CCCD: [[ID:079193014520]]
Nơi thường trú: [[A:căn hộ B2-17.05, chung cư Vinhomes Grand Park, phường Long Thạnh Mỹ, TP Thủ Đức]], TP.HCM
Họ tên cha: [[N:SATO HIROSHI]] ([[N:佐藤博]]), quốc tịch Nhật Bản, hộ chiếu [[PP:TR7734160]], SĐT [[P:+81 90-3318-2046]]
Đã sinh con lúc 07 giờ 12 và 07 giờ 15 ngày [[D:03 tháng 11 năm 2025]] tại Khoa Sanh, mổ lấy thai 35 tuần.
Trẻ 1: nam, 2.300 gram, dự định đặt tên [[N:Sato Kaito]] ([[N:佐藤海斗]]); mã sơ sinh [[R:HV-SS-25-11-0031]]; lồng ấp số 12.
Trẻ 2: nữ, 2.050 gram, dự định đặt tên [[N:Sato Mai]] ([[N:佐藤舞]]); mã sơ sinh [[R:HV-SS-25-11-0032]]; lồng ấp số 14.
Phẫu thuật viên: BS [[N:Mã Thanh Phong]]     Người ghi phiếu: NHS [[N:Ông Thị Kim Loan]]
Cấp ngày [[D:04/11/2025]]. Cấp lại ngày [[D:10/11/2025]] do giấy lần đầu ghi sai tên cha thành "[[N:SATOU HIROSI]]".
Ghi chú: Người cha đề nghị bản dịch tiếng Nhật để đăng ký với Tổng Lãnh sự quán Nhật Bản; ngày sinh theo lịch Nhật ghi [[D:令和7年11月3日]]. Phiên dịch tiếng Nhật: [[N:Huỳnh Ngọc Thảo Vy]]. Trẻ 2 chuyển Khoa Sơ sinh ngày [[D:05-11]] do hạ đường huyết, glucose 1,9 mmol/L.
GIÁM ĐỐC (ký, đóng dấu)`,
  ],
  // 40
  [
    'chat-transplant',
    `Nhóm "Điều phối hiến ghép tạng Huế - Chợ Rẫy - Việt Đức"
Chủ nhật [[D:14/12]]
[[N:Diệu Thúy]] (Điều phối ghép BVTW Huế): Thông báo người hiến chết não: nam 28t, [[N:Trần Công Định]], TNGT ngày [[D:11/12/2025]] trên QL1A đoạn qua [[A:xã Lộc Điền, huyện Phú Lộc]]; chẩn đoán chết não lần 2 lúc 8h sáng nay. Gia đình (mẹ là bà [[N:Lê Thị Mót]], vợ [[N:Hồ Thị Thanh Xuân]]) đồng ý hiến tim, gan, 2 thận, 2 giác mạc; đơn đồng ý hiến số [[R:HT-2025-0412]].
BS [[N:Lâm Quang Trí]] - Ghép tạng Chợ Rẫy: Chợ Rẫy nhận gan cho người nhận mã [[R:CR-LT-0917]], nhóm máu O, MELD 31. Đoàn 4 người bay chuyến 13h15.
BS [[N:Nghiêm Đức Thanh]] - Việt Đức: Việt Đức nhận tim cho anh [[N:Đào Văn Hợi]] 41t, mã [[R:VĐ-HT-25-058]], cross-match âm tính mẫu [[R:HLA-VĐ-1214-01]].
[[N:Diệu Thúy]] (Điều phối ghép BVTW Huế): Huế giữ 2 thận ghép cho [[N:Nguyễn Văn Hải]] (mã [[R:HUE-KT-0331]]) và [[N:Lê Thị Mỹ]] (mã [[R:HUE-KT-0342]]); giác mạc về Ngân hàng Mắt. Kẹp động mạch chủ dự kiến 17h30.
ĐD [[N:Tâm]] (Phòng mổ): Phòng mổ 1, 2, 3 sẵn sàng; thùng vận chuyển tạng số 2 và số 5 đã kiểm tra nhiệt độ.
[[N:Hồng Nhung]] (CTXH): Gia đình người hiến ở [[A:thôn Đông An, xã Lộc Điền, huyện Phú Lộc]]. Anh trai [[N:Trần Công Danh]] ([[P:0914 337 208]]) nhờ làm giấy tờ đưa em về sớm, xe của Hội Chữ thập đỏ [[A:huyện Phú Lộc]] biển [[VP:75B-011.08]]. Giấy báo tử số [[R:1151/GBT]] em đang trình ký.
[[N:Diệu Thúy]] (Điều phối ghép BVTW Huế): Lễ tri ân người hiến tại sảnh lúc 16h45. Nhắc mọi người giữ bí mật danh tính người hiến với người nhận theo Luật Hiến, lấy, ghép mô, bộ phận cơ thể người.`,
  ],
];
