// Held-out set 28, documents 14–26 (see index.ts for the conventions): news 14–20 (a charity
// follow-up, police and court items, a forged death paper, an unknown patient, an English
// item, a digest) and clinical 21–26 (lab, pathology, microbiology, imaging order, transfusion
// log, a hospital-information-system printout). Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news',
    `NHỊP CẦU NHÂN ÁI | Hồi âm
Trao hơn 300 triệu đồng bạn đọc ủng hộ ba hoàn cảnh khó khăn
[[N:Hải Yến]]

Ngày [[D:20/11]], phóng viên Nhịp cầu nhân ái phối hợp với Phòng Công tác xã hội các bệnh viện trao số tiền bạn đọc ủng hộ cho ba hoàn cảnh đã được giới thiệu trong [[D:tháng 10]]:

– MS [[R:2025.391]]: bé [[N:Phạm Gia Huy]] (14 tháng tuổi, [[A:xóm Đông, xã Nghĩa Lạc, huyện Nghĩa Hưng]], Nam Định), tứ chứng Fallot, số tiền 126.450.000 đồng. Bé đã được phẫu thuật sửa toàn bộ ngày [[D:12/11]] tại Bệnh viện Nhi Trung ương, mã người bệnh [[R:NTW25-0448216]]; mẹ bé là chị [[N:Vũ Thị Hường]] nhận tiền theo phiếu chi số [[R:PC-1108/25]].
– MS [[R:2025.402]]: ông [[N:Trần Văn Khải]] (64 tuổi, [[A:thôn Yên Phú, xã Liên Minh, huyện Đức Thọ]], Hà Tĩnh), ung thư thực quản, đang hóa xạ trị đồng thời tại Bệnh viện K cơ sở Tân Triều; số tiền 97.200.000 đồng, con trai là anh [[N:Trần Văn Hưng]] ký nhận theo phiếu chi số [[R:PC-1109/25]].
– MS [[R:2025.415]]: chị [[N:Nguyễn Thị Thu Hương]] (37 tuổi, [[A:tổ 12, phường Tân Thịnh, TP Thái Nguyên]]), suy thận mạn giai đoạn cuối, chạy thận 3 buổi/tuần; số tiền 88.900.000 đồng.

Một số bạn đọc gửi lời nhắn kèm theo. Bạn đọc [[N:Nguyễn Thị Huệ]] ([[A:quận Cầu Giấy]], Hà Nội) chuyển 2.000.000 đồng, mã giao dịch [[R:FT25321908817432]], nhắn: "Mong bé Huy sớm khỏe". Anh [[N:Lưu Đình Khôi]], kỹ sư đang làm việc tại Nhật Bản, chuyển 10.000.000 đồng từ tài khoản [[R:1903 4426 8810 17]], đề nghị không nêu tên nhưng gia đình ông [[N:Khải]] xin được cảm ơn.

Trường hợp bạn đọc ghi nhầm mã số, tòa soạn đã đối chiếu sao kê và chuyển đúng cho chị [[N:Hương]]. Chị [[N:Hương]] cho biết số tiền sẽ dùng để mổ làm cầu nối động – tĩnh mạch (FAV) thay cho catheter tạm thời.

Mọi thắc mắc về các khoản ủng hộ xin liên hệ phóng viên [[N:Hải Yến]], số [[P:0904 771 259]], e-mail [[E:haiyen.nhipcau@gmail.com]].`,
  ],
  // 15
  [
    'news',
    `BÁO BÌNH DƯƠNG – An ninh trật tự
Tài xế có nồng độ cồn gấp 5 lần mức vi phạm tông chết người đi bộ
[[N:Kim Hà]]

Ngày [[D:5/11]], Cơ quan CSĐT Công an [[A:TP Thủ Dầu Một]] đã ra Lệnh tạm giữ số [[R:142/LTG-CSĐT]] đối với [[N:Nguyễn Thành Đạt]] (SN 1989, trú [[A:số 17 đường D4, khu phố 2, phường Hòa Phú, TP Thủ Dầu Một]]) để điều tra về hành vi "Vi phạm quy định về tham gia giao thông đường bộ".

Khoảng 22h30 ngày [[D:3/11]], [[N:Đạt]] điều khiển ô tô biển số [[VP:61A-738.40]] lưu thông trên đại lộ Bình Dương, khi đến ngã tư Chợ Đình thì tông trúng ông [[N:Lương Văn Tám]] (63 tuổi, trú [[A:khu phố 3, phường Phú Lợi]]) đang đi bộ qua đường. Cú tông khiến ông [[N:Tám]] văng xa khoảng 15 m. Ô tô tiếp tục va chạm với xe máy biển số [[VP:61K1-220.79]] do anh [[N:Đoàn Quốc Bình]] điều khiển, làm anh [[N:Bình]] bị thương ở chân.

Ông [[N:Tám]] được đưa vào Bệnh viện Đa khoa tỉnh Bình Dương (mã người bệnh [[R:BD2511030982]]) nhưng đã tử vong lúc 0h20 ngày [[D:4/11]]. Kết quả đo nồng độ cồn của [[N:Đạt]] là 0,412 mg/l khí thở. Tài xế xuất trình giấy phép lái xe hạng B số [[L:740189004562]].

Cơ quan điều tra đã ra Quyết định trưng cầu giám định số [[R:88/QĐ-TCGĐ]]; Kết luận giám định pháp y tử thi số [[R:615/KL-KTHS]] ngày [[D:4/11]] xác định nguyên nhân tử vong là chấn thương sọ não. Bà [[N:Phạm Thị Lan]], vợ nạn nhân, cho biết ông [[N:Tám]] đi bộ ra tiệm thuốc tây mua thuốc hạ áp (Amlodipin 5 mg) như mọi tối.

Hiện vụ việc được thụ lý theo hồ sơ số [[R:VV-1103/CSĐT]]. Người có thông tin liên quan liên hệ điều tra viên [[N:Võ Thanh Tùng]], số điện thoại [[P:0918 533 062]].`,
  ],
  // 16
  [
    'news',
    `BÁO PHÁP LUẬT VIỆT NAM – Tòa án
Lĩnh án đường dây môi giới bán thận qua mạng xã hội
[[N:Thu Trang]]

Ngày [[D:19/11]], TAND TP Hà Nội tuyên phạt [[N:Trịnh Quang Tùng]] (SN 1990, trú [[A:xóm 3, xã Nghĩa Trung, huyện Việt Yên]], Bắc Giang) 9 năm tù và [[N:Bùi Thị Hồng Nhung]] (SN 1996, trú [[A:phường Đằng Lâm, quận Hải An]], Hải Phòng) 6 năm tù về tội "Mua bán bộ phận cơ thể người" theo Bản án số [[R:378/2025/HS-ST]].

Theo cáo trạng số [[R:241/CT-VKS-P1]] của VKSND TP Hà Nội, [[N:Tùng]] lập nhóm Facebook "Hiến thận cứu người" và tài khoản cá nhân [[U:facebook.com/tung.quang.7393]] để tìm người cần tiền. Khi có người đồng ý bán thận với giá 250–300 triệu đồng, [[N:Nhung]] làm giả căn cước và giấy xác nhận quan hệ huyết thống để hợp thức hóa hồ sơ "hiến thận cho người thân".

Trong vụ việc bị phát hiện, anh [[N:Đỗ Văn Toàn]] (23 tuổi, trú [[A:thôn Đông Lỗ, xã Đông Lỗ, huyện Hiệp Hòa]]) được khai là em trai của người nhận thận [[N:Lê Văn Quyết]] (51 tuổi). [[N:Nhung]] làm giả căn cước mang số [[ID:027094011382]] với tên "[[N:Lê Văn Toàn]]". Hồ sơ ghép thận số [[R:GT-2024-0316]] đã qua xét nghiệm HLA (mã mẫu [[R:HLA24-1187]] và [[R:HLA24-1188]]) trước khi hội đồng đạo đức của bệnh viện phát hiện bất thường ngày [[D:27/12/2024]].

Tiền được chuyển qua tài khoản số [[R:8800 1223 9075]] đứng tên [[N:Nhung]]. [[N:Tùng]] liên lạc với người bán thận qua số [[P:0868 402 115]], hẹn gặp tại một nhà nghỉ ở [[A:phường Phương Mai, quận Đống Đa]].

Tại tòa, anh [[N:Toàn]] khai vì nợ 180 triệu đồng tiền cờ bạc nên đồng ý bán thận. Anh [[N:Toàn]] và ông [[N:Quyết]] được xác định là bị hại, không bị truy cứu. Bị can [[N:Tùng]] từng bị khởi tố theo Quyết định khởi tố bị can số [[R:21/QĐ-PC02]] ngày [[D:6/1/2025]].`,
  ],
  // 17
  [
    'news',
    `BÁO LONG AN – Pháp luật
Làm giả giấy báo tử của mẹ chồng còn sống để nhận tiền bảo hiểm nhân thọ
[[N:Như Ý]]

Viện KSND tỉnh Long An vừa ban hành Cáo trạng số [[R:38/CT-VKS-P2]], truy tố [[N:Lê Thị Thùy Dương]] (SN 1986, trú [[A:ấp 4, xã Mỹ Lệ, huyện Cần Đước]]) về tội "Lừa đảo chiếm đoạt tài sản" và "Làm giả tài liệu của cơ quan, tổ chức".

Theo cáo trạng, mẹ chồng [[N:Dương]] là bà [[N:Phạm Thị Lài]] (SN 1950, căn cước số [[ID:080150003671]]) tham gia hợp đồng bảo hiểm nhân thọ số [[R:80061842]] từ năm 2012, người thụ hưởng là [[N:Dương]]. Cuối năm 2024, do nợ nần, [[N:Dương]] thuê làm giả Giấy báo tử số [[R:0127/GBT]] mang tên Trung tâm Y tế [[A:huyện Cần Đước]], ghi bà [[N:Lài]] tử vong ngày [[D:15/10/2024]] do nhồi máu cơ tim, cùng Trích lục khai tử số [[R:214/TLKT-BS]] của UBND [[A:xã Mỹ Lệ]].

Ngày [[D:2/12/2024]], [[N:Dương]] nộp hồ sơ yêu cầu giải quyết quyền lợi bảo hiểm số [[R:YC-2024-0090317]], nhận 420 triệu đồng vào tài khoản số [[R:6300205714388]] tại Agribank.

Khi thẩm định lại, công ty bảo hiểm gửi công văn cho Trung tâm Y tế [[A:huyện Cần Đước]]. Trung tâm trả lời bằng Công văn số [[R:612/TTYT-KHNV]] ngày [[D:14/1/2025]], khẳng định không có hồ sơ nhập viện, không cấp giấy báo tử số này; chữ ký của bác sĩ [[N:Nguyễn Văn Tới]] trên giấy là giả. Cán bộ công ty đến nhà thì gặp bà [[N:Lài]] đang ngồi đan lục bình.

Cơ quan điều tra đã thu hồi 380 triệu đồng. Người làm giả giấy tờ cho [[N:Dương]] là [[N:Huỳnh Văn Lâm]] (SN 1979, trú [[A:phường 6, TP Tân An]]) đang bị truy nã theo Quyết định số [[R:05/QĐ-TNBC]].`,
  ],
  // 18
  [
    'news',
    `BÁO THANH NIÊN – Đời sống
Bệnh viện tìm người thân cho cụ bà không nhớ tên, chỉ nhớ "nhà gần chợ"
[[N:Bảo Anh]]

Bệnh viện Nhân dân 115 vừa phát thông báo tìm thân nhân cho một cụ bà được người dân đưa vào cấp cứu lúc 5h45 sáng [[D:6/11]]. Cụ được một tài xế xe ôm công nghệ là anh [[N:Huỳnh Tấn Lộc]] (xe máy biển số [[VP:59X3-581.24]]) phát hiện nằm ngất trước [[A:hẻm 51 đường Nguyễn Thị Tần, phường 2, quận 8]].

Cụ tự nhận tên là "[[N:Tư]]", không nhớ năm sinh, tóc bạc, cao khoảng 1,45 m, mặc áo bà ba màu nâu, đeo vòng tay bằng bạc. Cụ bị tăng đường huyết (glucose 24 mmol/L), viêm phổi, thỉnh thoảng nói về "chợ Rạch Ông" và "thằng [[N:Bảy]]". Bệnh viện cấp mã người bệnh tạm thời [[R:VD-2511-004]] và hồ sơ bệnh án số [[R:25.115.08817]].

Người nhận ra cụ xin liên hệ Phòng Công tác xã hội, chị [[N:Trần Ngọc Hạnh]], số điện thoại [[P:0909 115 372]].

Cập nhật lúc 16h ngày [[D:8/11]]: Sau khi bài viết được chia sẻ, anh [[N:Ngô Văn Bảy]] (56 tuổi, [[A:số 12/3 đường Dương Bá Trạc, phường 1, quận 8]]) đến bệnh viện nhận mẹ. Cụ tên thật là [[N:Lê Thị Tư]], [[AGE:92]] tuổi, căn cước số [[ID:079133008143]], có thẻ BHYT số [[BH:BT2797920345816]]. Anh [[N:Bảy]] cho biết mẹ mắc Alzheimer, đã đi lạc từ tối [[D:5/11]], gia đình đã trình báo Công an [[A:phường 1]] theo tin báo số [[R:317/TB-CAP]].

Hồ sơ của cụ đã được cập nhật từ mã tạm thời sang mã người bệnh chính thức [[R:2511069315]] để thanh toán BHYT. Bệnh viện lưu ý gia đình có người cao tuổi sa sút trí tuệ nên may thông tin liên lạc vào áo hoặc đeo vòng tay có số điện thoại người thân.`,
  ],
  // 19
  [
    'news',
    `VnExpress International – News / Life
Korean tourist hurt in Da Nang scooter crash; insurer questions licence
By [[N:Nguyen Quy]]

A 27-year-old South Korean tourist is being treated for a fractured pelvis after crashing a rented scooter on Vo Nguyen Giap Street in Da Nang on the night of [[D:Nov. 14]], and his travel insurer has asked for proof that he was licensed to ride in Vietnam.

[[N:Kim Ji-hoon]], holder of passport [[PP:M71560428]], had rented the Honda Vision, plate number [[VP:43D1-562.18]], from a shop on [[A:An Thuong 4 street, My An ward, Ngu Hanh Son district]] on [[D:Nov. 12]]. Police of [[A:Ngu Hanh Son district]] said he lost control on a wet road around 11:40 p.m.

Da Nang Hospital confirmed he was admitted under patient ID [[R:25110614]] and operated on [[D:November 15]]. His friend, [[N:Lee Seo-yeon]], who was travelling with him, said the insurer, Hyundai Marine & Fire, opened claim no. [[R:HM-TRV-2511-30281]] but told the family on [[D:November 17]] that benefits might be refused because [[N:Kim]] only carries a Korean licence, no. [[L:11-19-402318-62]], and not an international driving permit.

"We only want him to be able to fly home," [[N:Lee]] said, reachable through the Korean consulate or at [[P:+82 10 4417 2093]]. [[N:Kim]]'s mother, [[N:Choi Mi-kyung]], is expected to arrive on [[D:Nov. 19]].

The rental shop owner, [[N:Tran Van Loc]], said he had photocopied the passport and a Korean national ID card but did not check for a permit. Under Vietnamese rules, foreigners need an IDP issued under the 1968 Vienna Convention or a converted Vietnamese licence to ride motorbikes above 50 cc.

Hospital deputy director [[N:Le Duc Nhan]] said the patient is stable and a medical escort flight is planned around [[D:Nov. 22]], pending a guarantee of payment.`,
  ],
  // 20
  [
    'news',
    `TIN NHANH PHÁP LUẬT NGÀY [[D:15/11]]

ĐỒNG NAI – Khởi tố chủ phòng khám nha khoa để bệnh nhân tử vong khi nhổ răng khôn. Cơ quan CSĐT Công an tỉnh Đồng Nai đã ra Quyết định khởi tố vụ án số [[R:155/QĐ-CSĐT]], khởi tố bị can [[N:N.V.H]] (SN 1980), chủ phòng khám ở [[A:phường Tân Hiệp, TP Biên Hòa]]. Nạn nhân là chị [[N:T.T.N]] (22 tuổi) bị sốc phản vệ sau tiêm thuốc tê chiều [[D:28/10]]; [[N:H.]] không có chứng chỉ hành nghề mà dùng chứng chỉ hành nghề số [[L:003318/ĐNAI-CCHN]] của một bác sĩ đã nghỉ hưu để xin phép hoạt động.

QUẢNG NINH – Ô tô tông 3 học sinh trước cổng trường. Sáng [[D:13/11]], ô tô biển số [[VP:14A-692.31]] do [[N:Bùi Văn Cường]] (SN 1976) điều khiển lao lên vỉa hè ở [[A:phường Cao Xanh, TP Hạ Long]]. Tài xế bị tạm giữ giấy phép lái xe số [[L:220085011426]]; ba em học sinh được đưa vào Bệnh viện Bãi Cháy, một em gãy xương cẳng tay.

HẢI PHÒNG – Thu giữ 12.000 viên kháng sinh giả. Đội QLTT số 4 kiểm tra kho hàng ở [[A:thôn 2, xã Lê Thiện, huyện An Dương]], phát hiện thuốc nhãn Augmentin 625 mg không rõ nguồn gốc. Chủ kho [[N:Phạm Thị Huế]] (căn cước số [[ID:031186004721]]) khai nhập hàng qua một người tên "[[N:Tí]]" ở Lạng Sơn.

GIA LAI – Bắt khẩn cấp người chồng đâm vợ trọng thương. Công an [[A:huyện Ia Grai]] đã thi hành Lệnh bắt người bị giữ trong trường hợp khẩn cấp số [[R:08/LBKC]] đối với [[N:Rơ Châm Thoang]] (SN 1992, trú [[A:làng Dơ Nâu, xã Ia Dêr]]). Nạn nhân là chị [[N:Ksor H'Bloanh]], đang điều trị tại Bệnh viện Đa khoa tỉnh Gia Lai, mã người bệnh [[R:GL25-118460]].

TP.HCM – Bảo vệ bệnh viện bị đánh khi nhắc nhở đậu xe. Tối [[D:14/11]], nhóm thanh niên đi xe máy biển số [[VP:59P2-774.05]] đánh bảo vệ [[N:Lê Văn Hòa]] tại cổng Bệnh viện Nhi Đồng 2. Công an [[A:phường Bến Nghé, quận 1]] đã tiếp nhận vụ việc theo tin báo số [[R:1124/TB]].`,
  ],
  // 21
  [
    'lab',
    `BỆNH VIỆN ĐA KHOA TỈNH BẮC GIANG – KHOA XÉT NGHIỆM
PHIẾU KẾT QUẢ XÉT NGHIỆM HÓA SINH – HUYẾT HỌC
Số phiếu: [[R:XN25-118406]]          Mã BN: [[R:2511003847]]          SID: [[R:251114-0217]]
Họ tên: [[N:NGUYỄN VĂN KHẢI]]          Năm sinh: 1962          Giới: Nam
Địa chỉ: [[A:Thôn Hạ, xã Tân Dĩnh, huyện Lạng Giang]], tỉnh Bắc Giang
Số thẻ BHYT: [[BH:HT2242420915567]]    Hạn thẻ: [[D:31/12/2025]]
Khoa/Phòng: Nội tiết – Buồng 3 – Giường 14
Chẩn đoán: E11.9 – Đái tháo đường typ 2; I10 – Tăng huyết áp vô căn
BS chỉ định: [[N:Dương Thị Hải Yến]]
Lấy mẫu: 06:42 [[D:14/11/2025]]   Nhận mẫu: 07:05   Trả kết quả: 09:31

HUYẾT HỌC                      Kết quả     Đơn vị      Giá trị tham chiếu
WBC                            9,8         G/L         4,0 – 10,0
NEU%                           72,4        %           45 – 75
RBC                            4,21        T/L         4,2 – 5,4
HGB                            118    L    g/L         130 – 170
PLT                            265         G/L         150 – 400
HÓA SINH
Glucose                        11,6   H    mmol/L      3,9 – 6,4
HbA1c                          8,7    H    %           4,0 – 6,0
Ure                            9,2    H    mmol/L      2,5 – 7,5
Creatinin                      132    H    µmol/L      62 – 106
eGFR (CKD-EPI 2021)            50          mL/ph/1,73m²
Cholesterol TP                 5,9    H    mmol/L      < 5,2
Triglycerid                    3,4    H    mmol/L      < 1,7
AST / ALT                      28 / 35     U/L         < 40
Na+ / K+ / Cl-                 136 / 4,8 / 101         mmol/L
Microalbumin niệu / Creatinin niệu: 42 mg/g (tăng nhẹ)

Ghi chú: Mẫu lần 2 (SID [[R:251114-0231]]) lấy lúc 10:15 để kiểm tra lại Kali do mẫu lần 1 vỡ hồng cầu nhẹ.
Tra cứu kết quả trực tuyến tại [[U:https://kq.bvdkbacgiang.vn/tra-cuu?ma=X7K2P9]] với mã tra cứu [[R:X7K2P9]].
Người thực hiện: KTV [[N:Lê Đình Tú]]          Trưởng khoa: BSCKII [[N:Ngô Quang Bình]]
Kết quả in lúc 09:33 [[D:14/11/2025]] từ hệ thống LIS phiên bản 4.2.7 – máy Cobas 6000, Sysmex XN-1000.`,
  ],
  // 22
  [
    'report',
    `BỆNH VIỆN UNG BƯỚU ĐÀ NẴNG – KHOA GIẢI PHẪU BỆNH
PHIẾU KẾT QUẢ XÉT NGHIỆM MÔ BỆNH HỌC VÀ HÓA MÔ MIỄN DỊCH
Số GPB: [[R:GP25-07731]]          Mã BA: [[R:25.112.0456]]          Mã BN: [[R:0087331290]]
Họ tên người bệnh: [[N:TRẦN THỊ MỸ DUYÊN]]     Ngày sinh: [[D:03/08/1978]]     Nữ
Địa chỉ: [[A:Tổ 41, phường Hòa Cường Bắc, quận Hải Châu]], TP Đà Nẵng
Điện thoại: [[P:0935 218 447]]
Khoa chỉ định: Ngoại vú – Phòng 402 – Giường 07     BS chỉ định: [[N:Lê Quang Minh]]
Bệnh phẩm: mô u vú phải (sinh thiết lõi kim 14G, 4 mẫu) — nhận [[D:10/11/2025]], trả [[D:17/11/2025]]
Số khối nến (block): [[R:GP25-07731-A1]] đến [[R:GP25-07731-A4]]; số tiêu bản HMMD: [[R:IHC25-2218]]

MÔ TẢ ĐẠI THỂ: 4 mẫu mô hình trụ, dài 0,8–1,5 cm, màu trắng ngà, chắc.
MÔ TẢ VI THỂ: Mô u gồm các đám, dây tế bào biểu mô không điển hình xâm nhập mô đệm xơ; nhân đa hình, hạt nhân rõ; nhân chia 12/10 vi trường có độ phóng đại lớn. Không thấy xâm nhập mạch trong mẫu sinh thiết.
CHẨN ĐOÁN: Ung thư biểu mô tuyến vú xâm nhập, type không đặc biệt (NST), độ mô học 2 theo Nottingham (điểm 3+2+2 = 7/9). ICD-O: 8500/3; ICD-10: C50.4.
HÓA MÔ MIỄN DỊCH:
ER: dương tính 90%, mạnh (Allred 8/8)
PR: dương tính 40%, trung bình (Allred 6/8)
HER2: 2+ (không xác định) — đề nghị lai tại chỗ (FISH/SISH)
Ki-67: 30%
Phân nhóm phân tử dự kiến: Luminal B (HER2 chưa xác định).

Ghi chú: Khối nến [[R:GP25-07731-A2]] và lam HE đã gửi Bệnh viện K làm SISH theo phiếu gửi mẫu số [[R:GM-2511-093]], mã nhận mẫu tại nơi đến [[R:K25-B-11829]]. Hội chẩn lại tiêu bản cũ năm 2021 (số GPB [[R:GP21-03318]]: bệnh tuyến xơ nang).

BS đọc kết quả: ThS.BS [[N:Phan Thanh Hà]]          BS kiểm tra: TS.BS [[N:Võ Minh Thư]]
Đà Nẵng, ngày [[D:17 tháng 11 năm 2025]]`,
  ],
  // 23
  [
    'lab',
    `BỆNH VIỆN ĐA KHOA TRUNG TÂM TIỀN GIANG – KHOA VI SINH
PHIẾU KẾT QUẢ NUÔI CẤY – ĐỊNH DANH – KHÁNG SINH ĐỒ
Số cấy: [[R:VS25-4417]]   Mã vạch mẫu: [[R:BC2511190038]] / [[R:BC2511190039]]   Mã BN: [[R:TG-25-0093184]]
Họ tên: [[N:HUỲNH VĂN TÂM]]   Ngày sinh: [[D:12/02/1955]]   Nam
Địa chỉ: [[A:Ấp Tân Quới, xã Tân Hòa Thành, huyện Tân Phước]], Tiền Giang
BHYT: [[BH:HT3828215044312]]          Khoa: Hồi sức tích cực – Giường HSTC-06
Chẩn đoán lâm sàng: Sốc nhiễm khuẩn / Nhiễm khuẩn đường mật (K83.0); Đái tháo đường typ 2
Bệnh phẩm: Máu (2 chai hiếu khí, 2 vị trí), lấy 21:10 [[D:19/11/2025]], trước kháng sinh
BS chỉ định: [[N:Lâm Quốc Huy]]

KẾT QUẢ:
– Cấy máu chai 1 và chai 2: mọc vi khuẩn sau 14 giờ ủ (máy BacT/ALERT 3D).
– Nhuộm Gram: trực khuẩn Gram âm.
– Định danh (VITEK 2 Compact, thẻ GN): Klebsiella pneumoniae, độ tin cậy 99%.
– ESBL: dương tính. Carbapenemase (mCIM): âm tính.

KHÁNG SINH ĐỒ (MIC, µg/mL – CLSI M100 2025):
Ampicillin             ≥ 32      R
Amoxicillin/clavulanic 16/8      I
Ceftriaxone            ≥ 64      R
Cefepime               8         R
Piperacillin/tazo.     16/4      S
Ertapenem              ≤ 0,12    S
Meropenem              ≤ 0,25    S
Amikacin               ≤ 2       S
Ciprofloxacin          ≥ 4       R
Trimethoprim/sulfa     ≥ 320     R

Báo giá trị nguy hiểm: lúc 11:25 [[D:20/11]] đã báo BS [[N:Huy]]; người nhận lệnh: ĐD [[N:Nguyễn Thị Kiều Trinh]].
Mẫu cấy lần trước: nước tiểu (số cấy [[R:VS25-3892]], [[D:2/10]]) – E. coli ESBL(+).
Chủng được lưu tại ngân hàng chủng của khoa với mã [[R:KP-25-118]] để giám sát kháng thuốc.
KTV thực hiện: [[N:Đặng Văn Hậu]]          Trưởng khoa Vi sinh: ThS [[N:Trương Thị Ngọc Bích]]`,
  ],
  // 24
  [
    'report',
    `BỆNH VIỆN C ĐÀ NẴNG – KHOA CẤP CỨU
PHIẾU CHỈ ĐỊNH CHỤP CẮT LỚP VI TÍNH
Accession: [[R:CT2511.30927]]      PID: [[R:0018457792]]      Số vào viện: [[R:25/CC/14418]]
Họ tên: [[N:ĐOÀN MINH TRIẾT]]      Tuổi: [[AGE:91]]      Giới: Nam      Năm sinh: 1934
CCCD: [[ID:048034001298]]          BHYT: [[BH:CK2484820117903]] (100%)
Địa chỉ: [[A:Tổ 27, phường Thạc Gián, quận Thanh Khê]], TP Đà Nẵng
Người liên hệ: [[N:Đoàn Thị Kim Cúc]] (con gái) – [[P:0914 282 076]]
Thời gian chỉ định: 15:48 [[D:21/11/2025]]      Mức độ: KHẨN (ưu tiên 1)

Yêu cầu: CT sọ não không tiêm thuốc cản quang + CT mạch máu não (CTA) nếu không có xuất huyết.
Lâm sàng: Ngã tại nhà lúc 14h, yếu nửa người phải, nói khó; Glasgow 13/15; HA 180/100 mmHg; đường máu mao mạch 8,2 mmol/L. Đang dùng Apixaban 2,5 mg x 2 lần/ngày (rung nhĩ), liều cuối 8h sáng.
Chẩn đoán sơ bộ: I63.9 – Nhồi máu não / theo dõi xuất huyết não; S06.0 – chấn động não.
Chức năng thận: Creatinin 118 µmol/L (eGFR 48) — chấp nhận tiêm cản quang theo quy trình, bù dịch NaCl 0,9% 500 ml.
Dị ứng: Không ghi nhận. Cân nặng: 54 kg. Máy tạo nhịp: không.

Bác sĩ chỉ định: [[N:Nguyễn Hoàng Long]] – CCHN số [[L:0003871/ĐNA-CCHN]]
Điều dưỡng đưa BN: [[N:Phan Thị Thu]]

KẾT QUẢ SƠ BỘ (BS CĐHA [[N:Trần Văn Định]], 16:20): Không thấy xuất huyết nội sọ. Tắc đoạn M1 động mạch não giữa trái; ASPECTS 9. Thông báo nhóm đột quỵ lúc 16:22, chuyển can thiệp lấy huyết khối (mã kích hoạt đột quỵ [[R:STK-251121-07]]).
Hình ảnh lưu PACS: Study UID [[R:1.2.840.113619.2.55.3.604688119.971.1732178901.118]] – máy SOMATOM go.Top 128 lát.`,
  ],
  // 25
  [
    'log',
    `KHOA HỒI SỨC TÍCH CỰC – BỆNH VIỆN ĐA KHOA TỈNH NINH BÌNH
SỔ THEO DÕI TRUYỀN MÁU VÀ CHẾ PHẨM MÁU (trích trang 142–143)

Ngày [[D:22/11/2025]]
1) 02:15 – BN [[N:Đinh Văn Thuận]], mã BN [[R:NB25-0417762]], nhóm máu O Rh(+), giường 04.
   Chỉ định: khối hồng cầu 350 ml × 2 đơn vị (BS [[N:Trần Quang Vinh]]). Hb trước truyền 62 g/L.
   Túi 1: mã túi [[R:25NB031882]], hạn dùng [[D:18/12/2025]], phát lúc 02:05, phản ứng chéo (ống 1, 2) hòa hợp.
   Túi 2: mã túi [[R:25NB031907]], hạn dùng [[D:19/12/2025]].
   Người truyền: ĐD [[N:Phạm Thị Ngọc Ánh]] – người kiểm tra: ĐD [[N:Lê Văn Chiến]]. Kết thúc 05:40, không phản ứng.
2) 08:30 – BN [[N:Vũ Thị Minh Nguyệt]], mã BN [[R:NB25-0418015]], nhóm máu A Rh(+), giường 09.
   Chỉ định: huyết tương tươi đông lạnh 250 ml × 4 đơn vị (INR 3,2; chuẩn bị đặt catheter).
   Mã túi: [[R:25NB-HT-11804]], [[R:25NB-HT-11805]], [[R:25NB-HT-11811]], [[R:25NB-HT-11812]].
   Người truyền: ĐD [[N:Hoàng Thị Thanh]]. 09:10 sốt 38,4°C, rét run, ngừng túi thứ 3 (còn 120 ml), báo BS [[N:Vinh]]; dùng Paracetamol 1 g TM, Methylprednisolon 40 mg TM. Gửi túi và mẫu máu về khoa Huyết học theo phiếu báo cáo sự cố truyền máu số [[R:SCTM-25-019]].
3) 14:00 – BN [[N:Bùi Đức Mạnh]], mã BN [[R:NB25-0417990]], nhóm máu B Rh(−) (âm tính – hiếm), giường 11.
   Khối tiểu cầu gạn tách 250 ml × 1 đơn vị, mã túi [[R:TC25-NIHBT-00417]] (nhận từ Viện Huyết học – Truyền máu TW, phiếu giao máu số [[R:PGM-2211-03]]).
   Người hiến tương ứng (mã người hiến [[R:HM-0912-2231]]) được lưu để truy xuất nếu có sự cố.
   Người truyền: ĐD [[N:Trịnh Thu Trang]]. Bắt đầu 14:10, kết thúc 14:55. Tiểu cầu sau truyền 1 giờ: 41 G/L.

Bàn giao ca lúc 19:00: còn 1 đơn vị khối hồng cầu O(+) mã [[R:25NB032004]] lưu tủ máu số 2, dự trù cho BN [[N:Thuận]] nếu Hb < 70 g/L.
Ký xác nhận trưởng ca: [[N:Phạm Thị Ngọc Ánh]]`,
  ],
  // 26
  [
    'his',
    `HIS – BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH | Phân hệ Nội trú | phiên bản 5.3.12
DANH SÁCH NGƯỜI BỆNH HIỆN DIỆN – KHOA NGOẠI TỔNG HỢP
In lúc 07:05 [[D:24/11/2025]] – Người in: [[N:Nguyễn Thị Hoa]] – Trang 1/2

STT | Mã BN      | Số vào viện   | Họ và tên             | Ngày sinh  | GT | Số thẻ BHYT        | Buồng-Giường | Ngày vào   | Chẩn đoán
1   | [[R:2500887412]] | [[R:25.NGT.03117]] | [[N:Nguyễn Văn Bình]]       | [[D:14/03/1968]] | Nam | [[BH:GD4424220113847]] | B2-05        | [[D:18/11/2025]] | K35.8 Viêm ruột thừa cấp
2   | [[R:2500887529]] | [[R:25.NGT.03124]] | [[N:Trần Thị Thanh Tâm]]    | [[D:02/09/1975]] | Nữ | [[BH:HC4424201387652]] | B2-08        | [[D:19/11/2025]] | K80.2 Sỏi túi mật
3   | [[R:2500888016]] | [[R:25.NGT.03139]] | [[N:Hồ Sỹ Lực]]             | [[D:27/01/1951]] | Nam | [[BH:HT3424219905512]] | B3-01        | [[D:20/11/2025]] | K56.7 Tắc ruột / C18.7
4   | [[R:2500888230]] | [[R:25.NGT.03146]] | [[N:Phan Thị Hoài]]         | [[D:11/11/1989]] | Nữ | (không BHYT – dịch vụ) | B3-04        | [[D:21/11/2025]] | K42.9 Thoát vị rốn
5   | [[R:2500888371]] | [[R:25.NGT.03152]] | [[N:Lê Đình Khánh]]         | [[D:30/06/2007]] | Nam | [[BH:HS4424225608931]] | B1-02 (cấp cứu) | [[D:23/11/2025]] | S36.0 Vỡ lách do TNGT

Ghi chú hệ thống:
– BN số 3: cảnh báo trùng hồ sơ với mã BN cũ [[R:2300651187]] (cùng họ tên, cùng ngày sinh) – đề nghị phòng KHTH gộp hồ sơ.
– BN số 4: tạm ứng theo biên lai số [[R:BL25-0041862]], số dư 1.250.000 đ.
– BN số 5: vào viện do tai nạn giao thông, Công an [[A:huyện Cẩm Xuyên]] đề nghị cung cấp thông tin theo Công văn số [[R:356/CAH-CSGT]]; người nhà [[N:Lê Đình Thọ]], ĐT [[P:0967 330 512]].
– Giường B2-06, B3-02 trống; giường B1-01 đang khử khuẩn.
– Điều dưỡng trưởng khoa: [[N:Nguyễn Thị Hoa]]; BS trực: [[N:Đặng Văn Quý]].

Tổng: 5 người bệnh (4 BHYT, 1 dịch vụ). Dữ liệu xuất từ HIS lúc 07:04:52.`,
  ],
];
