// Held-out set 10, documents 25–36 (see index.ts for the conventions): death-review minutes,
// an infection-control cluster report, an ICU chat with a Chinese patient, a commune health
// station's referral chat, an oncology day-care chat, a transfusion log, a parents' ward
// chat, a certificate of injury, a Khmer patient's hand-over, an e-mail thread with a
// foreign insurer, automated SMS and home-care notes, and a departmental on-call sheet. Written blind.
export const PART3: Array<[string, string]> = [
  // 25
  [
    'minutes',
    `BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Khoa: Hồi sức tích cực        Thời gian kiểm điểm: 14h ngày [[D:12/02/2025]]
Người bệnh: [[N:Kpă Thị Hương]], nữ, 52 tuổi, dân tộc Jrai
Địa chỉ: [[A:plei Ia Gri, xã Ia Rtô, thị xã Ayun Pa]], Gia Lai
Số HSBA: [[R:ICU-25-000184]]; Mã BHYT: [[BH:DT 2 64 6401297355]]; CCCD: [[ID:064172 003 915]]
Vào viện: 20h15 ngày [[D:08/02/2025]] (chuyển từ TTYT [[A:thị xã Ayun Pa]], giấy chuyển tuyến số [[R:45/2025/GCT-TTYT]])
Tử vong: 04h50 ngày [[D:11/02/2025]]
Chủ trì: TS.BS [[N:Đoàn Thái Sơn]] - Phó Giám đốc; thư ký BS [[N:Rah Lan Hiếu]]
Thành viên: BSCKII [[N:Phùng Thị Thu]] (TK HSTC), BS [[N:Siu Hen]] (bs điều trị), BS [[N:Lê Khắc Duy]] (Khoa Nội tiết), ĐD [[N:Rơ Mah H'Yơn]], ĐD [[N:Nguyễn Thị Nhung]]
Diễn biến: BN ĐTĐ không điều trị, vào viện hôn mê toan ceton (pH 6,9; glucose 38 mmol/L), sốc nhiễm khuẩn từ áp xe gan. Từ [[D:8 - 10/2]] điều trị insulin truyền, kháng sinh Meropenem + Metronidazol, vận mạch. Ngày [[D:10/2]] chọc hút áp xe (mẫu dịch [[R:VS-2502-0377]]: K. pneumoniae). 03h40 ngày [[D:11/2]] ngừng tuần hoàn, CPR 70 phút không kết quả.
BS [[N:Siu Hen]]: gia đình (chồng [[N:Rơ Lan Thuk]], ĐT [[P:0364 772 915]]) được báo nặng lúc 22h ngày [[D:10/2]], có mặt khi BN tử vong. Đã cấp giấy báo tử số [[R:0058/GBT]].
Ý kiến TS [[N:Sơn]]: chẩn đoán, xử trí đúng phác đồ; nguyên nhân tử vong: sốc nhiễm khuẩn không hồi phục / nhiễm toan ceton (E11.1, K75.0, R57.2). Rút kinh nghiệm: chậm chọc hút ổ áp xe ~20 giờ.
Thư ký [[N:Rah Lan Hiếu]]                 Chủ trì [[N:Đoàn Thái Sơn]]`,
  ],
  // 26
  [
    'outbreak',
    `BÁO CÁO NHANH CHÙM CA NHIỄM KHUẨN (Khoa KSNK gửi Ban Giám đốc) - ngày [[D:19/10/2025]]
Tác nhân: Klebsiella pneumoniae sinh carbapenemase (KPC), 4 ca tại Khoa Ngoại Tiêu hóa, phòng 508-510.
1. [[N:Đồng Văn Hào]], 63t, mã BN [[R:25.100.3318]], phòng 508; mẫu nước tiểu [[R:MB-251012-044]] ngày [[D:12/10]]; nhà ở [[A:P.1708, tòa CT2, chung cư Ecohome 3, phường Đông Ngạc]].
2. [[N:Ninh Thị Huế]], 70t, mã BN [[R:25.100.3402]], phòng 508; mẫu dịch dẫn lưu [[R:MB-251014-009]] ngày [[D:14/10]]; nhà ở [[A:số 6 ngõ 99 Định Công Hạ, phường Định Công]].
3. [[N:Khổng Minh Tuấn]], 45t, mã BN [[R:25.100.3455]], phòng 510; mẫu máu [[R:MB-251016-031]] ngày [[D:16/10]]; nhà ở [[A:thôn Yên Vĩnh, xã Kim Chung, huyện Hoài Đức]].
4. [[N:Bạch Thị Quyên]], 58t, mã BN [[R:25.100.3471]], phòng 509; mẫu đờm [[R:MB-251017-112]] ngày [[D:17/10]]; nhà ở [[A:khu đô thị Văn Phú, tòa Victoria, căn 12A05, phường Phú La]].
Điểm chung: cùng được chăm sóc bởi nhóm ĐD ca đêm (ĐD [[N:Lều Thị Thanh]], [[N:Âu Văn Trí]]) và cùng dùng máy hút đờm di động số 3.
Biện pháp: cách ly tiếp xúc, tăng cường vệ sinh tay; lấy mẫu sàng lọc trực tràng toàn bộ BN phòng 508-510 (đợt 1 ngày [[D:20/10]]); tạm dừng nhận BN mới vào 3 phòng đến [[D:27/10]].
Người báo cáo: ThS [[N:Kiều Thanh Bình]] (KSNK) - [[P:0912 448 607]] - [[E:binhkt.ksnk@benhvien.org.vn]]
Đã báo cáo miệng PGĐ [[N:Lại Thế Hưng]] lúc 9h.`,
  ],
  // 27
  [
    'chat',
    `Nhóm Zalo "ICU - phiên dịch - phòng Đối ngoại"
Bs [[N:Khúc Thừa Dụ]]: Gửi phòng Đối ngoại: BN nước ngoài vào lúc 3h, tên trên hộ chiếu [[N:WANG Jianguo]], TQ, hộ chiếu [[PP:EK3095514]], ngã giàn giáo tại công trường [[A:KCN Đình Vũ]], CTSN, thở máy. Mã BN tạm [[R:NN-251102-01]].
[[N:Chu Mỹ Lệ]] (phiên dịch): Em gọi được công ty rồi ạ. Tên tiếng Trung là [[N:王建国]], sinh [[D:1979年3月8日]]. Vợ [[N:李秀兰]] ([[N:Li Xiulan]]) ở Quảng Tây, SĐT [[P:+86 138 7715 2046]].
Bs [[N:Dụ]]: nhờ em nói gia đình chụp lại giấy tờ, BV cần người đại diện ký cam kết mổ.
[[N:Chu Mỹ Lệ]] (phiên dịch): Công ty cử anh [[N:Trương Vĩ]] ([[N:张伟]]), quản lý người Hoa, sđt VN [[P:0901 557 328]], đang ở [[A:khu nhà ở công nhân, tổ dân phố số 4, phường Đông Hải 2]].
Đối ngoại - [[N:Vân Anh]]: Đã báo Sở Ngoại vụ + Tổng lãnh sự quán TQ. Số công văn [[R:1096/BV-ĐN]] ngày [[D:02/11/2025]]. Bảo hiểm: ping an, số hợp đồng [[R:PA-GZ-2025-00871632]].
Bs [[N:Dụ]]: ok. BN mổ lấy máu tụ xong lúc 6h40, PTV [[N:Hoàng Cầm]]. Người nhà dự kiến sang qua cửa khẩu Móng Cái ngày [[D:4/11]].
[[N:Chu Mỹ Lệ]] (phiên dịch): Dạ em sẽ đón chị [[N:Lý]] ở bến xe, e cho chị ấy số bs [[N:Dụ]] được không ạ?
Bs [[N:Dụ]]: được em, [[P:0934 112 806]]`,
  ],
  // 28
  [
    'chat',
    `Nhóm Zalo "Hội chẩn TYT - TTYT Mường Tè"
YS [[N:Lò Văn Inh]] (TYT Ka Lăng): Báo cáo a chị, trạm em có bn [[N:Lỳ Go Chừ]], nam 24t, dân tộc Hà Nhì, ở [[A:bản Pa Ủ, xã Pa Ủ]], bị gấu cào ở rẫy chiều qua ([[D:26-6]]), vết rách da đầu 12cm và cẳng tay P, đã sơ cứu băng ép.
Bs [[N:Tòng Văn Hưởng]] (TTYT): tiêm SAT chưa e, huyết động ổn k
YS [[N:Lò Văn Inh]] (TYT Ka Lăng): M 98, HA 100/60. Đã tiêm SAT 1500 đv. Bn k có thẻ BHYT, chỉ nhớ số định danh [[ID:012101004386]]
Bs [[N:Tòng Văn Hưởng]] (TTYT): chuyển ngay xuống TTYT, cần khâu + kháng sinh, có dại không? Gấu hay chó?
YS [[N:Inh]]: dạ gấu ngựa, người đi cùng là anh trai [[N:Lỳ Xá Phù]] sđt [[P:0354 108 862]] (sóng yếu)
[[N:Pờ Thị Xuyến]] (ĐD TTYT): xe cấp cứu xuất phát 7h, lái xe [[N:Lù Văn Hải]], BKS [[VP:25A-002.71]], khoảng 3 tiếng mới tới bản
Bs [[N:Hưởng]]: e chuẩn bị vaccine dại luôn nhé. Báo Kiểm lâm, đây là ca thứ 2 từ đầu [[D:tháng 6]] (ca trước bà [[N:Chu Thị Mé]], [[A:bản Nậm Pục]], bị ngày [[D:3/6]])
YS [[N:Inh]]: dạ. Mã bn bên trạm em ghi [[R:TYT-KL-25-0117]] a nhé
[[N:Pờ Thị Xuyến]] (ĐD TTYT): 10h15 đã đón bn, chú [[N:Xá Phù]] đi theo`,
  ],
  // 29
  [
    'chat',
    `Nhóm "Hóa trị ngày - K3 Tân Triều" (Messenger)
ĐD [[N:Tiêu Thị Ngọc Ánh]]: Lịch hóa trị ngày mai thứ Năm [[D:18/12]]
- [[N:Trịnh Văn Phúc]] (K đại tràng), FOLFOX chu kỳ 5/12, mã BN [[R:K3-240811-07]]
- [[N:Hà Thị Thu Lan]] (K vú), AC chu kỳ 3/4, mã BN [[R:K3-250402-31]], hẹn 7h lấy máu
- [[N:Phí Quốc Toàn]] (K phổi), Carboplatin/Pemetrexed chu kỳ 2/6 + Pembrolizumab 200mg
Bs [[N:Mạc Đăng Khoa]]: chị [[N:Thu Lan]] BC hạt tuần trước 1,2 - nếu ngày mai <1,5 thì hoãn 1 tuần nhé. Anh [[N:Toàn]] nhớ xét nghiệm TSH + cortisol.
ĐD [[N:Ngọc Ánh]]: dạ. Anh [[N:Phúc]] nhắn xin đổi sang [[D:19/12]] vì con gái ([[N:Trịnh Thùy Dương]]) cưới [[D:18/12]] ạ
Bs [[N:Mạc Đăng Khoa]]: ok, dời sang thứ 6. Ai có số chị [[N:Lan]]? Hệ thống ghi [[P:0983 61 22 70]] thuê bao
ĐD [[N:Ngọc Ánh]]: số mới chị ấy [[P:0357 690 412]], chồng chị ấy anh [[N:Vi Văn Quyết]] [[P:0356 770 129]]
[[N:Nguyễn Hồng Nhung]] (dược lâm sàng): pha Oxaliplatin 85mg/m2 cho a [[N:Phúc]], BSA 1,72 → 146mg. Em lưu phiếu pha chế số [[R:PC-251219-014]]
Bs [[N:Khoa]]: tks em. Phiếu lĩnh thuốc BHYT a [[N:Toàn]] thẻ [[BH:GD4010103412076]], pembro BHYT chi trả 50%, cần đơn xin thanh toán ký trước [[D:20/12]]`,
  ],
  // 30
  [
    'lab',
    `SỔ THEO DÕI TRUYỀN MÁU & SỰ CỐ - Khoa Huyết học - Truyền máu (trích [[D:3-5/8/2025]])
[[D:03/08]] 10:20 | NB [[N:Triệu Văn Dũng]], mã [[R:HH-25-06114]], nhóm A Rh+ | KHC 350ml túi số [[R:0825-A-114732]] | phát cho ĐD [[N:Tường]] (Ngoại CT) | không phản ứng
[[D:03/08]] 15:05 | NB [[N:Âu Thị Lan Chi]], mã [[R:HH-25-06130]], nhóm O Rh+ | TC gạn tách 250ml túi số [[R:0825-O-090416]] | phát cho ĐD [[N:Quyên]] (Nhi) | không phản ứng
[[D:04/08]] 08:40 | NB [[N:Lê Thị Nguyệt]], mã [[R:HH-25-06142]], nhóm B Rh+ | KHC 250ml x2, túi [[R:0825-B-077219]], [[R:0825-B-077230]] | phát cho ĐD [[N:Đàm Văn Ước]] (Sản) | 09:15 sốt rét run 38,9, ngừng truyền, báo BS [[N:Hầu Minh Chính]]
    -> Báo cáo sự cố số [[R:SCTM-08/2025]]: kiểm tra lại tại giường phát hiện túi thứ 2 ghi tên NB [[N:Lê Thị Nguyện]] (Khoa Nội, mã [[R:HH-25-06145]]), cùng nhóm B, tên gần giống. Đã lấy mẫu làm lại phản ứng chéo, Coombs trực tiếp âm tính. Mẫu lưu [[R:TM250804-21]].
    -> Người nhà NB [[N:Nguyệt]] (chồng [[N:Tô Văn Hải]], [[P:0838 227 514]]) đã được giải thích; ký biên bản lúc 11h.
[[D:05/08]] 13:30 | NB [[N:Nguyễn Hữu Lâm]], mã [[R:HH-25-06160]], thẻ [[BH:TN4010104527716]], nhóm AB Rh- (hiếm) | gọi người hiến dự bị: anh [[N:Cù Văn Tiến]] ([[P:0912 004 731]], CCCD [[ID:001096 027 335]]) đến hiến lúc 16h | ĐD [[N:Tường]]
Người kiểm tra sổ: BSCKI [[N:Hầu Minh Chính]]`,
  ],
  // 31
  [
    'chat',
    `Zalo "Phụ huynh phòng 6 - Khoa Nhi Tiêu hóa" (do ĐD [[N:Quế]] lập)
ĐD [[N:Quế]]: Chào các mẹ, nhóm để thông báo lịch khám, xét nghiệm của các bé phòng 6 ạ. Không gửi ảnh bé lên nhóm nhé.
Mẹ [[N:Bin]]: dạ em là mẹ bé [[N:Nguyễn Minh Khang]] (bé [[N:Bin]]) giường 1 ạ. Bé nhà em sáng nay đi ngoài 5 lần
ĐD [[N:Quế]]: mẹ [[N:Bin]] giữ lại bỉm cho bs [[N:Hạnh]] xem nhé
[[N:Thu Trang]]: mình là mẹ bé [[N:Su]] ([[N:Lê Bảo Ngọc]]) giường 3, kq xét nghiệm phân của bé có chưa ạ, mã phiếu [[R:2410150226]]
ĐD [[N:Quế]]: có rồi chị, Rotavirus dương tính, bs [[N:Hạnh]] sẽ giải thích ạ
Bố [[N:Tôm]]: bé [[N:Tôm]] nhà mình giường 4 xuất viện được chưa cô, nhà ở tận [[A:xã Thanh Văn, huyện Thanh Oai]], đi lại xa
ĐD [[N:Quế]]: bé [[N:Tôm]] ([[N:Đỗ Gia Huy]]) hẹn ra viện thứ 7 ([[D:19/10]]) ạ
Bố [[N:Tôm]]: ok cảm ơn cô. À bà nội bé muốn vào thay, bà tên [[N:Nguyễn Thị Cúc]], cô ghi thêm vào giấy ra vào giúp, CCCD bà [[ID:034163 008 127]]
ĐD [[N:Quế]]: dạ ghi rồi, thẻ người nhà số [[R:N6-0412]]
Mẹ [[N:Bin]]: cô ơi bé nhà e sinh [[D:20/3/2024]] mà trên giấy ghi [[D:02/3/2024]], sửa giúp e với. SĐT e [[P:0968 302 417]]
ĐD [[N:Quế]]: em báo KHTH sửa, mai mẹ [[N:Bin]] mang giấy khai sinh bé lên nhé`,
  ],
  // 32
  [
    'certificate',
    `SỞ Y TẾ QUẢNG NINH
BỆNH VIỆN BÃI CHÁY
Số: [[R:0452/2025/GCNTT]]
GIẤY CHỨNG NHẬN THƯƠNG TÍCH
GIÁM ĐỐC BỆNH VIỆN BÃI CHÁY CHỨNG NHẬN:
Họ và tên: [[N:Bùi Thế Hiển]]                Giới: Nam        Sinh ngày: [[D:25/12/1987]]
Số CCCD: [[ID:022087000658]]  cấp ngày [[D:10/7/2021]] tại Cục CS QLHC về TTXH
Địa chỉ: [[A:tổ 5, khu 4, phường Hà Khẩu, TP Hạ Long]]
Vào viện lúc: 22 giờ 10 phút, ngày [[D:16/3/2025]]        Ra viện: ngày [[D:21/3/2025]]
Số bệnh án: [[R:2503-07715]]        Số lưu trữ: [[R:NCT/2025/1188]]
Lý do vào viện: bị người khác dùng gậy đánh vào đầu và tay trái (theo lời khai của bệnh nhân và người đưa vào viện là anh [[N:Vũ Văn Sinh]], CCCD [[ID:022090 001 247]])
Tình trạng thương tích lúc vào viện: vết thương vùng đỉnh T dài 6cm, bờ nham nhở; sưng nề, biến dạng 1/3 dưới cẳng tay T.
Chẩn đoán: Vết thương phần mềm vùng đầu (S01.0); Gãy kín 1/3 dưới xương quay T (S52.5)
Điều trị: khâu vết thương, kết xương nẹp vít xương quay T ngày [[D:17/3/2025]]
Tình trạng ra viện: vết mổ liền kỳ đầu, vận động cổ tay hạn chế.
Giấy này cấp theo đề nghị của Công an [[A:phường Hà Khẩu]] tại công văn số [[R:57/CAP-ĐTTH]].
                                        Quảng Ninh, ngày [[D:24 tháng 3 năm 2025]]
Bác sĩ điều trị: BS [[N:Phạm Văn Kiệm]]            KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC: BSCKII [[N:Đinh Thị Như Quỳnh]]`,
  ],
  // 33
  [
    'handover',
    `Ban giao ca - Khoa Noi tong hop BVDK Soc Trang - chieu [[D:14/1]] (viet khong dau vi may loi bo go)
- P4 G2: ba [[N:Thach Thi Sa Phol]] 67t, nguoi Khmer, nha o [[A:soc Ba Xuyen, phuong 2, TP Soc Trang]], hen phe quan. Con trai [[N:Son Ngoc Thanh]] phien dich (ba chi noi tieng Khmer), sdt [[P:0939 055 718]]. Dang SABA 4 lan/ngay.
- P4 G5: ong [[N:Lieu Van Chanh]] 74t, [[A:ap Tam Soc, xa My Tu]], XHTH, Hb 78, da xin 1 don vi KHC, cho khoa Huyet hoc, phieu [[R:TM-0114-02]].
- P5 G1: ong [[N:Danh Hoi]] 59t, viem phoi, BHYT [[BH:HN2949430077514]], nguoi nha chua den, co [[N:Kim Thi Sa Rinh]] (chau) o [[A:khom 3, phuong Vinh Phuoc, thi xa Vinh Chau]] hua chieu len.
- P5 G3: BN moi [[N:Lam Thi Hong Dao]] 45t, nghi lao, cach ly, da lay dom AFB 2 mau ([[R:AFB-2501-0093]], [[R:AFB-2501-0094]]).
- P6: chua CCCD cua ong [[N:Chanh]] de o tu truc, so [[ID:094051 002 871]], nho tra cho ba [[N:Lieu Thi Ut]] (vo).
Nguoi ban giao: DD [[N:Trieu Thi Kim Loan]]. Nguoi nhan: DD [[N:Ly Huynh Bao]].
BS truc: [[N:Thach Sophal]] (sdt noi bo 2208)`,
  ],
  // 34
  [
    'email',
    `From: Claims Desk <[[E:claims.vn@lumina-health.co.kr]]>
To: [[E:qhqt@bvdktw-dn.vn]]
Date: Tue, [[D:9 Sep 2025]] 16:02 +0900
Subject: Re: GOP request - [[N:PARK Ji-hoon]] / policy [[R:LH-KR-0098124577]] / case [[R:VN25-3317]]

Dear International Patient Office,
We confirm the Guarantee of Payment for Mr. [[N:PARK Ji-hoon]] ([[N:박지훈]]), born [[D:1985.02.17]], passport [[PP:M72604431]], up to USD 8,000 for admission starting [[D:7 September 2025]] (appendectomy).
Please send the itemised invoice with hospital number [[R:DN25-0091142]] and the discharge report to this address. Our medical officer Dr. [[N:Choi Seung-min]] is available at [[P:+82 2-3479-5512]].
Best regards,
[[N:Kang Min-ji]] | Claims Coordinator

> From: Phòng Quan hệ Quốc tế <[[E:qhqt@bvdktw-dn.vn]]>
> Kính gửi / Dear Lumina Health,
> BN [[N:Park Ji-hoon]], nhập viện 21h ngày [[D:07/09/2025]] tại Khoa Cấp cứu, chẩn đoán viêm ruột thừa cấp (K35.8), mổ nội soi lúc 1h ngày [[D:08/09]]. Người liên lạc: bạn đồng nghiệp [[N:Lee Sang-woo]], [[P:+82 10-5528-0917]] / VN [[P:0935 661 084]]. Patient stays at [[A:Monarchy Tower B, 12.15, Trần Hưng Đạo, phường An Hải]], Đà Nẵng.
> Người phụ trách: [[N:Huỳnh Ngọc Thảo Vy]], ext. 1123`,
  ],
  // 35
  [
    'sms',
    `TIN NHAN TU DONG - BV MAT TP.HCM
[[D:12/11]] 07:00 -> [[P:0903 885 142]]: BV MAT TPHCM NHAC LICH KHAM: BN [[N:DUONG VAN KHOI]] MA BN [[R:MAT2405113]] HEN TAI KHAM NGAY [[D:14/11/2025]] LUC 08:00 PHONG 12. MANG THEO THE BHYT VA CCCD. HUY LICH BAM PHIM 2.
[[D:12/11]] 07:00 -> [[P:0344 017 623]]: BV MAT TPHCM NHAC LICH MO: BN [[N:HUYNH THI NGOC LE]] MA BN [[R:MAT2507772]] NHAP VIEN NGAY [[D:13/11/2025]], NHIN AN TU 22H.
[[D:12/11]] 07:01 -> [[P:0816 930 227]]: KET QUA OCT CUA BN [[N:TRAN QUOC BAO]] DA CO. TRA CUU TAI [[U:https://kq.bvmat.vn/r/TQB7713]] MA TRA CUU [[R:Q8K2-7713]].
---
Ghi chú chăm sóc tại nhà (ĐD [[N:Lữ Thị Kiều]], đội CSSK tại nhà):
[[D:13/11]] thăm ông [[N:Dương Văn Khôi]] tại [[A:123/45/6 Lạc Long Quân, phường 3, quận 11]]: nhỏ thuốc Cosopt 2 lần/ngày, nhãn áp theo giấy hẹn 28/26 mmHg. Con gái [[N:Dương Mỹ Tiên]] ([[P:0703 118 940]]) hứa đưa đi tái khám [[D:14/11]].
[[D:13/11]] thăm bà [[N:Lâm Kim Phụng]] (mẹ vợ ông [[N:Khôi]]), [[AGE:93]] tuổi, cùng địa chỉ: loét tì đè độ 2 vùng gót, thay băng; thẻ BHYT [[BH:HT 3 79 7920663051]].
Phí dịch vụ chuyển khoản TK Vietcombank của ông [[N:Khôi]], nội dung "CSTN [[R:HD-1113-08]]".`,
  ],
  // 36
  [
    'minutes',
    `GIAO BAN KHOA CẤP CỨU - [[D:30/6/2025]] - ghi nhanh (ĐDT [[N:Lê Thị Mai Phương]])
Trực đêm: bs [[N:Trần Khôi Nguyên]], bs [[N:Hà Bích Ngọc]], ĐD [[N:Sơn]], [[N:Lụa]], [[N:Khánh]]. Tiếp nhận 48 lượt, 6 vàng, 2 đỏ.
- Đỏ 1: anh [[N:Park Sung-ho]] (Hàn), 42t, đau ngực cấp, STEMI thành trước, chuyển DSA lúc 0h40. Hộ chiếu [[PP:M48170293]]. Phiên dịch là chị [[N:Kim Hye-jin]] đi cùng, sđt [[P:+82 10 7731 4408]].
- Đỏ 2: cháu [[N:Hà Anh Thư]] 9t, đuối nước tại hồ bơi [[A:khu phố 3, phường Phú Mỹ, quận 7]], ngừng thở ~3p, đã hồi tỉnh, chuyển Nhi Đồng 1. Mẹ là chị [[N:Tôn Nữ Diệu Hiền]].
- BN không danh tính: nam ~60t, vào lúc 4h do người đi đường ([[N:Nguyễn Thành Công]], [[P:0909 661 250]]) gọi 115, mã tạm [[R:VD-300625-02]], đã báo Công an [[A:phường Tân Phong]].
- Phàn nàn: người nhà BN [[N:Lò Thị Thúy]] (mã [[R:CC25-018832]], BHYT [[BH:GD4797914408352]]) phản ánh chờ lâu; bs [[N:Ngọc]] đã giải thích.
Danh sách liên lạc trực tháng 7 (dán bảng):
| bs [[N:Trần Khôi Nguyên]] | [[P:0918 442 076]] | bs [[N:Hà Bích Ngọc]] | [[P:0977 305 118]] |
| bs [[N:Võ Minh Trí]] | [[P:0383 116 554]] | ĐDT [[N:Mai Phương]] | [[P:0907 224 603]] |
| tổng đài BV | máy lẻ 2201 | cấp cứu | 115 |
Nhắc: báo cáo sự cố ca nhầm tên ngày [[D:28/6]] gửi QLCL trước [[D:5/7]] (người viết: ĐD [[N:Khánh]]).`,
  ],
];
