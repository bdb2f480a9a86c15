// Held-out set 36, documents 27–40 (see index.ts for the conventions): clinical texts — a
// discharge paper for a Lao patient, an incident report about two patients with similar
// names, social-work notes, a commune health-station Zalo group, tele-consultation minutes, a
// family group in Nghệ An speech, psychiatric nursing notes in Southern speech, a letter to an
// embassy with a Chinese passage, an English WhatsApp thread, a voice-to-text hand-over in Huế
// speech, an admission note for a Filipino teacher, a dialysis Zalo group, a reply to the
// police and an English e-mail thread. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'discharge',
    `SỞ Y TẾ NGHỆ AN                                    MS: 01/BV-01
BỆNH VIỆN HỮU NGHỊ ĐA KHOA NGHỆ AN                  Số lưu trữ: [[R:25/08217]]
Khoa Phẫu thuật Thần kinh                           Mã y tế: [[R:40.25.118364]]
GIẤY RA VIỆN
- Họ tên người bệnh: [[N:PHOMMACHANH SOUKSAVANH]] ([[N:ສຸກສະຫວັນ ພົມມະຈັນ]])   Tuổi: 47   Giới: Nam
- Dân tộc: Lào   Quốc tịch: Lào   Nghề nghiệp: Lái xe tải
- Hộ chiếu: [[PP:P1854279]]   Mã thẻ BHYT: không có
- Bảo hiểm tư nhân: AGL (Lào), hợp đồng số [[R:AGL-MTR-00418837]]
- Địa chỉ: [[A:bản Sikhay, huyện Sikhottabong]], thủ đô Viêng Chăn, CHDCND Lào
- Nơi ở tạm khi điều trị: nhà nghỉ Hoa Hồng, [[A:18 Lê Mao, phường Lê Mao, TP Vinh]]
- Vào viện lúc: 21 giờ 40 phút, ngày [[D:02/6/2025]]
- Ra viện lúc: 9 giờ 00 phút, ngày [[D:11/6/2025]]
- Chẩn đoán: Chấn thương sọ não kín – máu tụ ngoài màng cứng thái dương phải đã phẫu thuật (S06.4); gãy kín 1/3 giữa xương đòn phải (S42.0).
- Phương pháp điều trị: Mổ mở sọ lấy máu tụ ngày [[D:03/6]]; cố định xương đòn bằng đai số 8; kháng sinh Cefuroxim 1,5g; giảm đau Paracetamol 1g.
- Ghi chú: Người bệnh tỉnh, Glasgow 15 điểm, vết mổ khô. Em trai người bệnh là ông [[N:Phommachanh Khamla]] (ĐT [[P:+856 20 5561 7783]]) đưa người bệnh về nước qua cửa khẩu Cầu Treo bằng xe riêng. Đề nghị tái khám tại Bệnh viện Mittaphab (Viêng Chăn) sau 2 tuần, cắt chỉ ngày [[D:14/6]]. Kèm theo: bản tóm tắt bệnh án bằng tiếng Anh, phim CT (2 tấm). Phiên dịch tiếng Lào: [[N:Vi Thị Hoa]].
Ngày [[D:11 tháng 6 năm 2025]]
Trưởng khoa: BSCKII [[N:Hồ Sỹ Thắng]]             KT. Giám đốc – Phó Giám đốc: TS.BS [[N:Nguyễn Đình Hùng]]
(Ghi tay của ĐD [[N:Phan Thị Hằng]] ở mặt sau: "Ông [[N:Khamla]] đã nhận đủ hồ sơ, hóa đơn số [[R:0012847]] đã thanh toán bằng tiền mặt. Eng nớ dặn gửi lời cảm ơn cả khoa.")`,
  ],
  // 28
  [
    'incident',
    `BÁO CÁO SỰ CỐ Y KHOA (tự nguyện)          Mã sự cố: [[R:SC-2025-0137]]
Đơn vị báo cáo: Khoa Nội tổng hợp – Bệnh viện Đa khoa tỉnh Đắk Lắk
Ngày xảy ra sự cố: [[D:18/4/2025]]   Thời điểm: khoảng 5h50 – 6h10
Người bệnh 1: [[N:H'Nga Niê]], nữ, sinh ngày [[D:05/5/1967]], mã BN [[R:25.04.11921]], P.3 G.7. Trong khoa thường gọi là [[N:Ami Nguyên]].
Người bệnh 2: [[N:H'Nga Êban]], nữ, sinh năm 1964, mã BN [[R:25.04.12037]], P.3 G.8. Thường gọi là [[N:Ami Hoa]].
Mô tả sự cố: Ca đêm, ĐD lấy máu xét nghiệm sáng cho 2 người bệnh nằm cạnh nhau, cùng tên gọi "[[N:H'Nga]]". Ống máu của người bệnh 2 bị dán nhãn barcode SID [[R:2504180633]] (của người bệnh 1) và ngược lại SID [[R:2504180634]]. Kết quả K+ 2,8 mmol/L (thực của người bệnh 2) được trả vào hồ sơ người bệnh 1. Lúc 9h, BS trực [[N:Y Dlei Mlô]] y lệnh bù Kali clorid 10% 20 ml pha truyền cho người bệnh 1.
Phát hiện: 9h40, con gái người bệnh 1 là chị [[N:H'Lan Niê]] thắc mắc "mẹ em bình thường có bệnh thận, sao truyền chai này". ĐD kiểm tra lại, ngừng truyền (đã vào khoảng 40 ml). Lấy lại máu cả 2 người bệnh lúc 10h: người bệnh 1 K+ 5,1; người bệnh 2 K+ 2,7.
Xử trí: Theo dõi monitor người bệnh 1 trong 6 giờ, điện tim không có sóng T cao; bù Kali cho người bệnh 2 theo kết quả mới. Thông báo cho gia đình hai người bệnh, có phiên dịch tiếng Ê Đê là ĐD [[N:H'Xuân Ayŭn]].
Phân loại: NC2 – sự cố đã xảy ra, chưa gây tổn hại. Nguyên nhân: không đối chiếu đủ 2 thông tin nhận dạng (họ tên đầy đủ và ngày sinh), máy in barcode in sẵn nhãn cho cả phòng.
Khuyến nghị: in nhãn tại giường; với người bệnh dân tộc thiểu số trùng tên gọi, ghi thêm họ mẹ hoặc tên theo con lên bảng đầu giường; phổ biến lại quy trình theo Thông tư 43/2018/TT-BYT.
Người báo cáo: ĐD [[N:Phạm Thị Kim Oanh]] – ĐT nội bộ 2214   Ngày báo cáo: [[D:18/4/2025]]`,
  ],
  // 29
  [
    'social-work',
    `PHÒNG CÔNG TÁC XÃ HỘI – BỆNH VIỆN ĐA KHOA TRUNG ƯƠNG QUẢNG NAM
PHIẾU GHI CHÉP CA CÔNG TÁC XÃ HỘI          Mã ca: [[R:CTXH-25-0289]]
Người bệnh: [[N:Bhling Thị Dưới]], nữ, 9 tuổi, dân tộc Cơ Tu. Khoa điều trị: Bỏng – Tạo hình.
Địa chỉ: [[A:thôn Ating, xã Sông Kôn, huyện Đông Giang]]. Hộ nghèo, giấy chứng nhận số [[R:127/GCN-UBND]].
Người chăm sóc: mẹ là chị [[N:Zơrâm Thị Vẻ]] (32 tuổi), ít nói tiếng Kinh; cha là anh [[N:Bhling Hôi]] ở nhà trông 3 em nhỏ.
[[D:02/6]]: Tiếp nhận ca từ khoa Bỏng. Bé bị đổ nồi nước sôi lúc nấu cám heo tối [[D:31/5]], bỏng độ II–III 25% diện tích cơ thể. Gia đình chưa có tiền đặt cọc mua thuốc ngoài BHYT, mẹ ăn bánh mì 2 ngày.
[[D:03/6]]: Kết nối bếp cơm từ thiện cho mẹ (suất ăn 2 bữa/ngày). Liên hệ Hội Liên hiệp Phụ nữ [[A:xã Sông Kôn]], chị [[N:Alăng Thị Bốn]] (ĐT [[P:0905 772 316]]) để xác minh hoàn cảnh.
[[D:05/6]]: Nhóm thiện nguyện "Cùng em đến trường" chuyển 10.000.000 đồng vào tài khoản của mẹ bé, STK [[R:4010 2051 77342]] Agribank Đông Giang. Chị họ của bé, [[N:Bhling Thị Ngân]], đang làm điều dưỡng ở Nhật Bản theo chương trình EPA, gửi 50.000 yên qua Western Union, mã MTCN [[R:418 227 9065]]; đã hướng dẫn chị [[N:Vẻ]] nhận tại bưu điện.
[[D:10/6]]: Ghép da lần 1. Bé đau nhiều, không chịu ăn. Mời ông [[N:A Rất Blúi]], người cùng thôn đang làm bảo vệ ở Đà Nẵng, vào nói chuyện bằng tiếng Cơ Tu với bé; bé ăn được nửa suất.
[[D:17/6]]: Họp gia đình. Thống nhất: khi ra viện, liên hệ Trường PTDTBT Tiểu học Sông Kôn để bé học bù; cán bộ y tế thôn theo dõi sẹo, nhắc mặc áo áp lực.
Kế hoạch: thăm nhà sau ra viện 1 tháng (dự kiến [[D:tháng 8]]), phối hợp Trạm Y tế [[A:xã Sông Kôn]].
Cán bộ CTXH: [[N:Trần Thị Thanh Nhàn]]`,
  ],
  // 30
  [
    'chat',
    `[Zalo] TYT [[A:XÃ ĐĂK RƠ WA]] – PHÒNG CHỐNG SỞI (15 thành viên)
[[N:Y Thanh]] TYT: 📋 DS tiếp xúc ca sởi [[N:A Lên]] (3t, [[A:làng Kon Jơ Ri]]), phát ban từ [[D:6/4]], đã lấy mẫu huyết thanh mã [[R:KT-S25-041]] gửi CDC tỉnh:
1. [[N:Y Mai]] – mẹ, 24t, chưa rõ tiền sử tiêm
2. [[N:A Hyôk]] – bố, 27t
3. [[N:Y Nga]] – chị gái, 6t, MR 2 mũi
4. [[N:A Pin]] – em họ, 14 tháng, CHƯA tiêm MR ❗
5. [[N:Y Blông]] – bà nội, 61t
[[N:A Ưng]] YTTB: dạ e đã qua nhà bok [[N:A Jar]] rồi, bé [[N:A Pin]] là cháu ông, mẹ bé đi làm mì ở Sa Thầy chưa về
[[N:Y Thanh]] TYT: ok, mai [[D:9/4]] tiêm MR cho bé [[N:Pin]] tại nhà, e hẹn giúp c nha
[[N:Nguyễn Văn Đức]] Trạm trưởng: @[[N:Y Thanh]] nhớ báo cáo trên phần mềm trước 16h, CDC tỉnh nhắc rồi. Tiêm vét cả làng ngày [[D:15-16/4]], đợt 2/2025
[[N:A Ưng]] YTTB: 🎤 tin nhắn thoại (0:42)
[[N:Y Thanh]] TYT: (chuyển văn bản) "dạ chị ơi nhà ya [[N:Y Blông]] không cho chích, nói con nít chích xong sốt, để em nhờ già làng [[N:A Khưa]] nói giúp"
[[N:Y Thanh]] TYT: ok e. Già làng nói thì dân nghe 👍 nhớ mang phiếu đồng ý tiêm nhé
[[N:Đinh Thị Hoa]] CDC: ca [[N:A Lên]] IgM dương tính rồi nha trạm. Mã ca [[R:SOI-KT-25-018]]. Ghi nhận thêm ca nghi ở [[A:làng Kon Rơ Wang]] chưa?
[[N:Y Thanh]] TYT: dạ chưa ạ. Bình thường [[A:làng Kon Rơ Wang]] tiêm đủ, tháng này em mới đi 1 lần
[[N:Nguyễn Văn Đức]] Trạm trưởng: Thứ Hai tuần sau đi lại, đem theo nhiệt kế với vitamin A 200.000 IU`,
  ],
  // 31
  [
    'minutes',
    `BIÊN BẢN HỘI CHẨN TỪ XA
Bệnh viện Nhi Trung ương – Bệnh viện Đa khoa tỉnh Hà Giang
Mã phiên hội chẩn: [[R:TLH-NHP-25-0417]]   Thời gian: 15h00, thứ Năm, [[D:06/3/2025]]
Điểm cầu Hà Nội: PGS.TS [[N:Nguyễn Thị Mai Hương]] (Trung tâm Gan mật), TS [[N:Đào Trung Kiên]] (Ngoại Gan mật), BS [[N:Lê Phương Thảo]] (thư ký).
Điểm cầu Hà Giang: BSCKII [[N:Hoàng Văn Tấn]] (Trưởng khoa Nhi), BS [[N:Nông Thị Lụa]] (trình bệnh).
Người bệnh: [[N:Triệu Hữu Phúc]], nam, sinh ngày [[D:09/01/2025]] (56 ngày tuổi), dân tộc Dao. Mẹ: [[N:Nông Thị Thơm]] (dân tộc Tày); bố: [[N:Triệu Văn Sành]]. Địa chỉ: [[A:thôn Khuổi Vài, xã Tân Thành, huyện Bắc Quang]]. Mã BN: [[R:HG25-003174]].
Tóm tắt: Vàng da từ ngày thứ 10 sau sinh, phân bạc màu (thẻ màu phân số 2) từ khoảng [[D:20/2]]. Gan to 3 cm dưới bờ sườn, lách không to. Bilirubin TP 182 µmol/L, TT 128 µmol/L; GGT 640 U/L. Siêu âm: không thấy túi mật, dấu hiệu dải xơ tam giác (+). Nhóm máu O+.
Ý kiến:
- PGS [[N:Hương]]: hình ảnh phù hợp teo đường mật bẩm sinh, cần phẫu thuật Kasai càng sớm càng tốt, lý tưởng trước 60 ngày tuổi (trước [[D:10/3]]).
- TS [[N:Kiên]]: đề nghị chuyển ngay, không chờ xét nghiệm thêm; Trung tâm sắp xếp giường ngày [[D:07/3]], mổ dự kiến [[D:08/3]].
- BS [[N:Tấn]]: gia đình hộ nghèo, bố bé mới 19 tuổi, chưa đi Hà Nội bao giờ; khoa đề nghị Phòng CTXH hai bên hỗ trợ đón. Bé ở nhà được gọi là [[N:Cún]].
Kết luận: Theo dõi teo đường mật bẩm sinh (Q44.2). Chuyển Bệnh viện Nhi Trung ương bằng xe cấp cứu sáng [[D:07/3]]; người liên hệ: anh [[N:Sành]] [[P:0838 552 901]]. Bổ sung Vitamin K1 1mg tiêm bắp trước chuyển; duy trì sữa mẹ.
Thư ký: [[N:Lê Phương Thảo]]   Chủ trì: [[N:Nguyễn Thị Mai Hương]]`,
  ],
  // 32
  [
    'chat',
    `👨‍👩‍👧‍👦 NHÀ MÌNH 🏠 (Zalo, 9 thành viên)
[[N:Cao Thị Thủy]]: bọ ơi ông nội vô phòng 512 khu B rồi, bác sĩ [[N:Tuệ]] nói nhồi máu não, may đưa vô sớm nên tiêm thuốc tan máu đông kịp
[[N:Cao Xuân Hùng]]: rứa à. tau đang trên xe về, 7h tới. mệ có ở đó khôn
[[N:Cao Thị Thủy]]: mệ ở nhà bọ ơi, mệ năm ni [[AGE:90]] rồi cho đi răng được. o [[N:Lan]] ở nhà với mệ
[[N:Tú Cao]]: ông chừ nói được chưa ả
[[N:Cao Thị Thủy]]: nói ngọng ngọng eng ạ, tay phải còn yếu. hỏi có phải [[N:Tú]] về chưa 😢
[[N:Tú Cao]]: mai eng xin nghỉ về. ả nhớ chụp thẻ bhyt với cccd của ông gửi vô đây, bên khoa hỏi
[[N:Cao Thị Thủy]]: [Hình ảnh] thẻ BHYT số [[BH:HT3404021837562]], CCCD [[ID:040037001573]]
[[N:Hà Cao]]: em ở sài gòn chưa về được 😭 em chuyển 5 triệu cho ả [[N:Thủy]] rồi nha. ông nằm khoa mô rứa ả
[[N:Cao Thị Thủy]]: khoa Thần kinh đó [[N:Hà]], đợt ni khoa đông lắm, nằm ghép 2 người
Dượng [[N:Toàn]]: dượng với o [[N:Lan]] chiều mai lên thay cho [[N:Thủy]] về nghỉ. [[N:Thủy]] gửi dượng số giường với
[[N:Cao Thị Thủy]]: giường 14 dượng nờ. giấy hẹn chụp MRI số [[R:MR-2506-4471]] sáng [[D:21/6]] lúc 7h, nhớ cho ông nhịn ăn
[[N:Cao Xuân Hùng]]: ông thở khò khè từ tối [[D:20/6]] rồi, tau tưởng cảm. bữa ni nỏ nói được mới sợ
[[N:Cao Thị Thủy]]: bác sĩ dặn nhà mình mai ra trạm y tế [[A:xã Nghi Thạch]] xin giấy chuyển tuyến bổ sung thì BHYT mới trả đủ bọ nờ
[[N:Cao Xuân Hùng]]: ok. cả nhà bình tĩnh, ông sống lâu lắm, ông mới 88 thôi mà 💪`,
  ],
  // 33
  [
    'nursing',
    `BỆNH VIỆN TÂM THẦN TP CẦN THƠ – KHOA NAM
PHIẾU THEO DÕI VÀ CHĂM SÓC (trích)
Họ tên: [[N:Trương Văn Bảy]] (ở nhà kêu [[N:Bảy Ròm]])   Nam   34t   Số BA: [[R:25/TT-1184]]
Địa chỉ: [[A:ấp Thới Hòa B, xã Thới Xuân, huyện Cờ Đỏ]]. Vào viện [[D:01/8]], do Công an [[A:xã Thới Xuân]] và gia đình đưa đến, kèm biên bản số [[R:14/BB-CAX]].
CĐ: Tâm thần phân liệt thể paranoid (F20.0), tái phát do bỏ thuốc.
[[D:02/8]] 07:00 – BN ngủ được khoảng 4 tiếng, sáng dậy đi lòng vòng, nói "ông [[N:Tư]] hàng xóm bỏ bùa" nhà BN. Ăn 1/2 suất. Thuốc: Olanzapin 10mg 1v tối, Haloperidol 5mg TB khi kích động (chưa dùng). ĐD [[N:Kim Thị Sóc Ly]].
[[D:02/8]] 21:30 – BN la lớn, đòi về "coi ruộng cho má". Giải thích, BN chịu nằm. Mạch 92, HA 130/80. ĐD [[N:Huỳnh Văn Út]].
[[D:03/8]] 10:00 – BN kể với ĐD: BN là con út trong nhà 5 anh chị em, anh [[N:Hai]] đi làm ở Bình Dương, chị [[N:Ba]] lấy chồng ở Sóc Trăng, chỉ có chị [[N:Út Nhỏ]] ở gần. Má BN là bà [[N:Sáu]] (bà [[N:Lê Thị Sáu]]), 71t. Thang BPRS: 52 điểm.
[[D:04/8]] 08:00 – Sáng thứ Hai anh [[N:Hai]] lên thăm, mang theo đơn thuốc cũ của Bệnh viện Tâm thần Trung ương 2, số đơn [[R:0813/2024]]. Anh [[N:Hai]] nói BN bỏ thuốc từ hồi [[D:tháng 5]] vì "uống vô mập, ngủ hoài". Báo BS điều trị [[N:Lâm Thị Ngọc Trâm]].
[[D:05/8]] 16:00 – BN tiếp xúc được, hết nói chuyện một mình, tham gia sinh hoạt nhóm. Ăn hết suất. Bình thường hóa giấc ngủ 6–7 tiếng. ĐD [[N:Sóc Ly]].
Kế hoạch: giáo dục tuân thủ thuốc cho BN và chị [[N:Út Nhỏ]] (SĐT [[P:0767 238 915]]); cân nhắc thuốc tiêm tác dụng kéo dài trước ra viện; hẹn khám lại tại TTYT Cờ Đỏ.`,
  ],
  // 34
  [
    'letter',
    `SỞ Y TẾ LÀO CAI                             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN ĐA KHOA TỈNH LÀO CAI                Độc lập - Tự do - Hạnh phúc
Số: [[R:1126/BV-KHTH]]                       Lào Cai, ngày [[D:24 tháng 5 năm 2025]]
V/v thông báo tình hình công dân Trung Quốc bị tai nạn giao thông
Kính gửi: Đại sứ quán nước Cộng hòa Nhân dân Trung Hoa tại Việt Nam
Hồi 16 giờ 20 phút ngày [[D:23/5/2025]], trên tỉnh lộ 152 đoạn qua [[A:xã Tả Van, thị xã Sa Pa]], xe khách biển số [[VP:24B-011.58]] chở đoàn du khách Trung Quốc bị lật xuống taluy dương. Bệnh viện Đa khoa tỉnh Lào Cai đã tiếp nhận 4 công dân Trung Quốc, cụ thể:
1. [[N:王建国]] ([[N:Wang Jianguo]]), nam, sinh năm 1961, hộ chiếu [[PP:EJ4827163]]: gãy 3 xương sườn trái, tràn máu màng phổi, đã dẫn lưu; đang điều trị tại khoa Ngoại chấn thương.
2. [[N:李秀英]] ([[N:Li Xiuying]]), nữ, sinh năm 1958, hộ chiếu [[PP:EH1937506]]: gãy 2 xương cẳng tay trái, đã phẫu thuật ngày [[D:24/5]].
3. [[N:陈志明]] ([[N:Chen Zhiming]]), nam, sinh năm 1990, hộ chiếu [[PP:E87216045]]: chấn thương sọ não, Glasgow 10 điểm, đang thở máy tại khoa Hồi sức tích cực.
4. [[N:张婷]] ([[N:Zhang Ting]]), nữ, sinh năm 2019, giấy thông hành [[PP:T02874419]]: xây xát phần mềm, theo dõi tại khoa Nhi, dự kiến ra viện ngày [[D:26/5]].
Hướng dẫn viên của đoàn là ông [[N:刘洋]] ([[N:Liu Yang]]), điện thoại [[P:+86 139 8712 4406]]. Người nhà của người bệnh số 3 là bà [[N:陈美华]], địa chỉ 云南省[[A:昆明市五华区人民中路28号]], đề nghị Quý Đại sứ quán hỗ trợ thị thực nhập cảnh khẩn.
致中华人民共和国驻越南大使馆：[[D:2025年5月23日]]16时20分，一辆载有中国游客的客车在[[A:沙坝市]]发生翻车事故。我院收治中国公民4名，其中[[N:陈志明]]先生伤势严重，目前在重症监护室使用呼吸机治疗。请贵馆协助联系其家属。
Đầu mối liên hệ: ThS [[N:Lý Thị Hoa]], Phòng Công tác xã hội, điện thoại [[P:0912 630 418]], email [[E:lythihoa.ctxh@gmail.com]].
Nơi nhận: – Như trên; – Sở Ngoại vụ tỉnh; – Công an [[A:thị xã Sa Pa]]; – Lưu VT, KHTH.
KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC: BSCKII [[N:Hoàng Văn Chính]]`,
  ],
  // 35
  [
    'chat-en',
    `WhatsApp · "Amma – Hanoi hospital" (4 participants)
[[D:12 February 2025]]
[[N:Rahul Nair]]: Good morning Ms [[N:Linh]]. How is Amma today? Did the fever come down?
[[N:Linh]] IPS: Good morning Mr [[N:Nair]]. Mrs [[N:Lakshmi Nair]] had 38.1°C at 6 am, lower than yesterday. Her oxygen is 95% on 2 L. Dr [[N:Hoang]] will see her at 10.
[[N:Rahul Nair]]: Thank you 🙏 Star Health asked for her passport copy and the admission note again. Passport is [[PP:Z4917263]]. Policy [[R:P/161100/01/2025/004217]].
[[N:Linh]] IPS: Received. We sent the pre-authorisation yesterday, claim ref [[R:CLI/2025/161100/0387245]]. Are you still reachable on [[P:+91 98470 31562]]?
[[N:Rahul Nair]]: Yes, or my Dubai number [[P:+971 50 316 4428]] after tomorrow.
[[N:Sreedevi Menon]]: ചേച്ചിക്ക് ഇപ്പോൾ എങ്ങനെ ഉണ്ട്? [[N:രാഹുൽ]], please ask if she can eat rice
[[N:Rahul Nair]]: Aunty is asking if Amma can eat rice and curd
[[N:Linh]] IPS: Yes, soft diet is fine. Pneumonia is improving, CRP went from 148 to 62. The tour group hotel at [[A:28 Hang Bac, Hoan Kiem]] has kept her luggage.
[[D:14 February 2025]]
[[N:Linh]] IPS: Dear Mr [[N:Nair]], Dr [[N:Hoang]] plans discharge on [[D:16 Feb]] if the X-ray is good. She is fit to fly on [[D:17 Feb]] with a wheelchair at the airport.
[[N:Arjun Nair]]: This is her husband. We booked VN 983 for that day. Is that ok?
[[N:Linh]] IPS: That is fine, sir. We will give you the fit-to-fly letter and the discharge summary, ref [[R:IPS-25-0219]].
[[N:Rahul Nair]]: ❤️ Thank you Ms [[N:Linh]] and the nurses. Amma says the Vietnamese nurse [[N:Hương]] is like her daughter now 😊`,
  ],
  // 36
  [
    'voice-handover',
    `[Ghi âm chuyển văn bản – bàn giao ca chiều – khoa Chấn thương chỉnh hình – BV Trung ương Huế – [[D:15/7]]]
rồi em giao nghe. giường mười một là mệ [[N:Trần Thị Sen]] [[AGE:chín mươi bốn]] tuổi hỉ, gãy liên mấu chuyển xương đùi phải, đang chờ mổ, bác sĩ [[N:Thiện]] hẹn mổ sáng [[D:mười bảy tháng bảy]]. mệ lú lẫn về đêm, con gái là o [[N:Thu]] ở [[A:kiệt 15 Kim Long]] trực chừ, số o [[N:Thu]] là [[P:không chín không năm, bốn hai ba, sáu tám bảy]]. mệ đang truyền kháng sinh, nhớ xoay trở hai giờ một lần, mông mệ đỏ rồi.
giường mười hai là ôn [[N:Lê Văn Cu]] tám mươi mốt tuổi, thay khớp gối trái ngày hôm qua, dẫn lưu ra năm mươi mi li, ôn đau nhiều, đã tiêm giảm đau lúc ba giờ. ôn hay hỏi o [[N:Hà]] là ai, o [[N:Hà]] là con dâu ôn đó, ôn nhận không ra.
giường mười ba là bệnh nhân người Nhật tên [[N:Suzuki Haruka]], hai mươi chín tuổi, khách du lịch, té xe đạp ở [[A:đường Lê Lợi]] gãy đầu dưới xương quay tay trái, mổ sáng nay rồi. cô ni nói tiếng Anh được, hướng dẫn viên là anh [[N:Phúc]] bên công ty du lịch, hộ chiếu em để trong tủ hồ sơ. bên bảo hiểm Tokio Marine gửi thư bảo lãnh rồi nghe, mã bệnh án [[R:25 0 7 1 8 8 3]].
giường mười bốn trống, chiều ni có bệnh từ TTYT Phong Điền chuyển lên, ôn [[N:Tư]] chi đó, gãy cổ xương đùi, em chưa biết họ.
à còn mệ [[N:Sen]], bảo hiểm y tế của mệ hết hạn cuối tháng, o [[N:Thu]] nói mai mang thẻ mới vô. rứa thôi, hết rồi. bình thường ca tối không có chi thêm.`,
  ],
  // 37
  [
    'admission',
    `BỆNH VIỆN BỆNH NHIỆT ĐỚI TRUNG ƯƠNG – KHOA CẤP CỨU
BỆNH ÁN NỘI KHOA   Mã BN: [[R:2409060418]]   Số vào viện: [[R:24/NĐ-11206]]
I. HÀNH CHÍNH
1. Họ tên: [[N:DELA CRUZ MARIA CRISTINA]]   2. Ngày sinh: [[D:14/02/1989]]   3. Giới: Nữ
4. Nghề nghiệp: Giáo viên tiếng Anh   5. Quốc tịch: Philippines
6. Hộ chiếu: [[PP:P7781320C]]   PhilHealth ID: [[BH:12-050318774-6]]
7. Địa chỉ tại Việt Nam: [[A:P.1708 tòa S2.03, Vinhomes Ocean Park, xã Đa Tốn, huyện Gia Lâm]], Hà Nội
   Địa chỉ tại Philippines: [[A:Blk 5 Lot 12, Brgy. Pulang Lupa Uno, Las Piñas City]], Metro Manila
8. Khi cần báo tin: anh trai [[N:Jonathan Dela Cruz]] – [[P:+63 917 845 2210]]; đồng nghiệp [[N:Nguyễn Thị Ngọc Ánh]] – [[P:0986 327 114]]
9. Bảo hiểm: Pacific Cross Vietnam, hợp đồng số [[R:PCV-HN-2024-07731]]; không có BHYT Việt Nam.
10. Vào viện: 22h15 ngày [[D:06/9/2024]]
II. LÝ DO VÀO VIỆN: Sốt ngày 5, đau bụng, chảy máu chân răng.
III. BỆNH SỬ: Khởi phát từ [[D:02/9]] với sốt cao 39–40°C, đau mỏi cơ, đau sau hốc mắt. Ngày [[D:05/9]] khám tại một phòng khám tư ở Gia Lâm, test NS1 dương tính, được cho về theo dõi. Tối nay đau bụng vùng hạ sườn phải, nôn 3 lần, chảy máu chân răng. Tiền sử: sốt xuất huyết năm 2019 ở Cebu. Dị ứng: Penicillin (nổi mề đay).
Dịch tễ: sống cùng căn hộ với một đồng nghiệp người Ấn Độ là anh [[N:Anand Krishnamurthy]], sốt từ [[D:31/8]], đang điều trị ngoại trú. Khu căn hộ có nhiều ca sốt xuất huyết trong [[D:tháng 8]].
IV. KHÁM: Tỉnh, mạch 108 l/ph, HA 90/70 mmHg, chi ấm. Gan to 2 cm, ấn đau. Hct 48%, tiểu cầu 23 G/L, AST 410 U/L, ALT 286 U/L.
Chẩn đoán: Sốt xuất huyết Dengue có dấu hiệu cảnh báo (A97.1), ngày 5 của bệnh.
Xử trí: Ringer lactat 6 ml/kg/h, theo dõi Hct mỗi 4 giờ; báo bảo hiểm; bệnh nhân đồng ý điều trị, có phiên dịch là đồng nghiệp [[N:Ngọc Ánh]].
BS khám: [[N:Trịnh Thị Thu Hằng]]`,
  ],
  // 38
  [
    'chat',
    `[Zalo] CHẠY THẬN NT – BVĐK TỈNH LẠNG SƠN 🩺 (64 thành viên)
[[N:Hoàng Thị Nhung]] (ĐD trưởng TNT): 📢 Lịch tuần [[D:1 - 6/9]]: ngày [[D:2/9]] nghỉ lễ Quốc khánh, các bác ca sáng thứ Ba chuyển sang chiều thứ Hai [[D:1/9]]. Ca 1 đến trước 6h30, ca 4 đến trước 17h nhé.
[[N:Lăng Thị Mì]]: chị ơi bố em là [[N:Lăng Văn Sìn]] ca 3 t3 t5 t7, giờ đó xe khách Đồng Đăng chưa có, cho bố lùi sang ca 4 đc ko ạ
[[N:Hoàng Thị Nhung]] (ĐD trưởng TNT): @[[N:Lăng Thị Mì]] ok chị xếp bác ca 4 máy 12 nhé
[[N:Nông Văn Slam]]: tôi quên sổ chạy thận số [[R:TNT-0217]] ở nhà, hôm nay có lọc được không
[[N:Hoàng Thị Nhung]] (ĐD trưởng TNT): vẫn lọc bác ạ, mang CCCD là được
[[N:Chu Thị Hiền]]: ad ơi mẹ em [[N:Chu Thị Lìn]] hôm qua lọc xong về bị chuột rút, HA tụt 80/50, hôm nay ăn ko được
[[N:Dương Văn Khải]] bs: @[[N:Chu Thị Hiền]] bác tăng cân giữa 2 kỳ lọc 3,5 kg là nhiều, hôm nay đến sớm để khám trước. Bác hạn chế nước dưới 700 ml/ngày nhé. Kt/V tháng trước 1.2 là đạt
[[N:Vi Văn Páo]]: thẻ bhyt mới của tôi đây ad [[BH:HT3202018456731]], cái cũ hết hạn [[D:31/8]] rồi
[[N:Hoàng Thị Nhung]] (ĐD trưởng TNT): nhận rồi bác [[N:Páo]], để chị gửi phòng BHYT
[[N:Lăng Thị Mì]]: bác [[N:Páo]] ở tận [[A:thôn Bản Chắt, xã Đào Viên, huyện Tràng Định]], đi xe ôm mỗi buổi 200k, mấy chị em mình góp tiền xe cho bác đc ko mn
[[N:Nông Văn Slam]]: tôi góp 100k. Bình tĩnh thôi ai cũng khổ như nhau 😄
[[N:Dương Văn Khải]] bs: 📌 [[D:15/9]] có đoàn BV Bạch Mai lên hỗ trợ mổ thông động tĩnh mạch (FAV), bác nào có tên trong danh sách chờ thì báo ĐD [[N:Nhung]] trước [[D:10/9]]
[[N:Chu Thị Hiền]]: dạ mẹ em có tên ạ. cảm ơn bs [[N:Khải]] 🙏
[[N:Hoàng Thị Nhung]] (ĐD trưởng TNT): đã ghi ✅ bác [[N:Lìn]] ca sáng [[D:15/9]] máy số 7`,
  ],
  // 39
  [
    'letter',
    `SỞ Y TẾ TP. HỒ CHÍ MINH                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN NGUYỄN TRI PHƯƠNG                   Độc lập - Tự do - Hạnh phúc
Số: [[R:842/BVNTP-KHTH]]                      TP. Hồ Chí Minh, ngày [[D:03 tháng 4 năm 2025]]
V/v cung cấp thông tin người bệnh theo yêu cầu của Cơ quan điều tra
Kính gửi: Cơ quan Cảnh sát điều tra Công an [[A:Quận 11]]
Phúc đáp Công văn số [[R:1527/CV-CSĐT]] ngày [[D:29/3/2025]] của Quý Cơ quan đề nghị cung cấp thông tin về người bệnh [[N:Lư Quốc Hùng]] (tên tiếng Hoa: [[N:呂國雄]]), sinh năm 1968, CCCD số [[ID:079068011842]], thường trú tại [[A:142/7 Lạc Long Quân, Phường 3, Quận 11]], TP. Hồ Chí Minh, Bệnh viện Nguyễn Tri Phương cung cấp như sau:
1. Người bệnh vào khoa Cấp cứu lúc 23 giờ 05 phút ngày [[D:21/3/2025]], do người dân và em ruột là ông [[N:Lư Quốc Vinh]] đưa đến. Người nhà khai người bệnh bị một nhóm thanh niên đánh bằng gậy tại quán nước trước nhà số [[A:86 Hàn Hải Nguyên, Phường 8, Quận 11]]. Người bệnh nói tiếng Quảng Đông, ông [[N:Vinh]] dịch lại.
2. Tình trạng lúc vào viện: tỉnh, Glasgow 14 điểm, vết thương vùng đỉnh trái dài 5 cm, bầm tím quanh hốc mắt phải. CT sọ não: máu tụ dưới màng cứng bán cầu trái dày 8 mm; gãy cung gò má phải.
3. Quá trình điều trị: Phẫu thuật lấy máu tụ ngày [[D:22/3/2025]]. Hậu phẫu ổn định, ra viện ngày [[D:02/4/2025]] (hồ sơ bệnh án số [[R:25.012.338]]).
4. Giấy chứng nhận thương tích số [[R:0391/GCNTT]] đã được cấp ngày [[D:31/3/2025]] cho người bệnh theo yêu cầu của gia đình; bệnh viện gửi kèm bản sao có chứng thực.
Bệnh viện không cung cấp thông tin về tình trạng tâm thần, tiền sử bệnh không liên quan đến thương tích theo quy định về bảo mật hồ sơ bệnh án.
Cán bộ đầu mối: CN [[N:Huỳnh Thị Mỹ Dung]], Phòng Kế hoạch tổng hợp.
Nơi nhận: – Như trên; – Lưu VT, KHTH.
KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC
BS.CKII [[N:Quan Thế Dân]]`,
  ],
  // 40
  [
    'email-en',
    `From: Dr [[N:Catherine Holloway]] <[[E:c.holloway@heartsforkids.org.au]]>
To: BS. [[N:Đinh Thị Thanh Mai]] <[[E:thanhmai.bvkt@gmail.com]]>
Cc: [[N:Y Nhung]] (interpreter) <[[E:ynhung.kontum@yahoo.com]]>
Date: [[D:14 February 2025]], 09:31 AEDT
Subject: [[N:A Khiêm]] – post-op review in Melbourne & paperwork
Dear Dr [[N:Mai]],
Thank you for the echo images of [[N:A Khiêm]] (DOB [[D:03/06/2019]], Bahnar, from [[A:Plei Kroong, Ngok Bay commune, Kon Tum City]]). The residual VSD looks tiny and the gradient across the RVOT is 18 mmHg, which we are very happy with.
Our cardiology team would still like to see him at the Royal Children's Hospital in [[D:June]], 12 months after the repair. His passport ([[PP:C9174562]]) and his father's ([[N:A Byưh]], passport [[PP:C9174563]]) arrived safely at our office.
They will stay with our volunteer host family, [[N:Greg]] and [[N:Linda Ashby]], at [[A:17 Albion Street, Brunswick]] VIC 3056 (mob. [[P:+61 412 803 557]]). [[N:Linda]] was a paediatric nurse for 30 years, so [[N:Khiêm]] will be in good hands.
Could you please send the discharge letter from Kon Tum (your reference [[R:KT-NHI-24-1187]]) and confirm that he is still on Aspirin 80mg once daily?
Warm regards,
[[N:Catherine]]
---
From: BS. [[N:Đinh Thị Thanh Mai]]
Date: [[D:15/02/2025]] 07:12
Dear Dr [[N:Catherine]],
Thank you so much. The discharge letter is attached. [[N:Khiêm]] stopped Aspirin on [[D:1 February]] as your team advised in [[D:December]]. His mother, [[N:Y Hiếu]], cannot travel because she is pregnant; she asked [[N:Y Nhung]] to tell you "Bơnê" – thank you in Bahnar.
Best regards,
[[N:Mai]]
Khoa Nhi – Bệnh viện Đa khoa tỉnh Kon Tum`,
  ],
];
