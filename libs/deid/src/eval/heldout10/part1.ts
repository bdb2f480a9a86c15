// Held-out set 10, documents 1–12 (see index.ts for the conventions): clinical texts — ward
// chats, a referral letter, consultation and briefing minutes, an incident report, a
// discharge summary, nursing notes, a specimen log, an insurance-desk chat, English
// telehealth, a Nghệ An family chat and an unaccented night-duty chat. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat',
    `Nhóm Zalo "CTCH - BVĐK tỉnh TH - trực 24/24"
[[N:Lê Thị Hoài Thu]] đã thêm [[N:Trịnh Đình Khải]] và [[N:Mai Ngọc Bích]] vào nhóm.
[[N:Hoài Thu]] (ĐD trưởng): 2 bạn luân chuyển từ Nội tiết sang từ [[D:01/10]] nhé cả nhà, mọi người kèm giúp chị
[[N:Khải]]: e chào các a chị ạ 🙏
Bs [[N:Đỗ Quang Vinh]]: P205 G3 bn [[N:Hà Văn Luyến]] 34t, TNGT xe máy [[VP:36B5-271.44]] tối qua, gãy kín 1/3 giữa xương đùi T, mổ lịch chiều nay. Vợ ký cam kết chưa em?
[[N:Bích]]: dạ chị [[N:Sen]] (vợ bn) ký rồi ạ, sđt chị ấy [[P:0367 218 455]], nhà ở [[A:thôn Bái Thượng, xã Xuân Bái, huyện Thọ Xuân]]
Bs [[N:Vinh]]: ok. Nhắc chị ấy mang CCCD của bn lên, k có phòng mổ k nhận. Số CCCD a thấy trên phiếu là [[ID:038091004726]] mà thiếu 1 số hay sao ấy
[[N:Bích]]: dạ e check lại, đúng [[ID:038091004726]] ạ, 12 số đủ rồi a
[[N:Hoài Thu]] (ĐD trưởng): P207 G1 cụ [[N:Lê Văn Thự]] [[AGE:91]] tuổi gãy cổ xương đùi, con dâu là [[N:Phạm Thị Ngát]] gọi hỏi suốt [[P:0915-603-118]], bs nào rảnh gọi lại giúp chị
Bs [[N:Quang Vinh]]: để a gọi. Mai ([[D:15/10]]) hội chẩn thay khớp cho cụ nhé
[[N:Khải]]: anh ơi mã BA của cụ [[R:25.038.19472]] trên HIS báo trùng với bn [[N:Lê Văn Thụ]] P209 ạ, e sợ nhầm
Bs [[N:Vinh]]: báo KHTH chị [[N:Loan]] sửa ngay, dán lại vòng tay 2 cụ`,
  ],
  // 2
  [
    'referral',
    `SỞ Y TẾ NGHỆ AN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TTYT [[A:HUYỆN QUỲNH LƯU]]                         Độc lập - Tự do - Hạnh phúc
Số: [[R:1247/2025/GCT]]                              Nghệ An, ngày [[D:07 tháng 11 năm 2025]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Hữu nghị Đa khoa Nghệ An
TTYT [[A:huyện Quỳnh Lưu]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:HỒ THỊ THANH TÂM]]        Nam/Nữ: Nữ        Năm sinh: 1979
- Địa chỉ: [[A:xóm 7, xã Quỳnh Thạch, huyện Quỳnh Lưu]], tỉnh Nghệ An
- Dân tộc: Kinh        Nghề nghiệp: làm ruộng        Số CCCD: [[ID:040179002318]]
- Số thẻ BHYT: [[BH:HN 4 40 4012873356]]        Hạn sử dụng: [[D:01/01/2025]] - [[D:31/12/2025]]
- Đã được khám bệnh, điều trị tại TTYT [[A:huyện Quỳnh Lưu]] từ ngày [[D:03/11/2025]] đến ngày [[D:07/11/2025]]
TÓM TẮT BỆNH ÁN
- Dấu hiệu lâm sàng: đau bụng HSP 2 ngày, sốt 38,5 độ, Murphy (+), vàng da nhẹ
- Kết quả xét nghiệm, cận lâm sàng: BC 16,2 G/L, bilirubin TP 42 µmol/L; SA: túi mật căng, sỏi cổ túi mật 18 mm
- Chẩn đoán: Viêm túi mật cấp do sỏi (K80.0) / THA (I10)
- Thuốc đã sử dụng: Ceftriaxone 1g x 2 lọ/ngày, Metronidazol 500mg/100ml x 2 chai, Paracetamol 1g/100ml
- Tình trạng người bệnh lúc chuyển tuyến: tỉnh, M 96 l/p, HA 110/70 mmHg
- Lý do chuyển tuyến: vượt khả năng chuyên môn
- Thời gian chuyển tuyến: 14 giờ 20 phút, ngày [[D:07/11/2025]]
- Phương tiện vận chuyển: xe cấp cứu, BKS [[VP:37C-108.62]]
- Người hộ tống: ĐD [[N:Nguyễn Văn Hợi]], SĐT liên hệ [[P:0238 3866 115]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ                           GIÁM ĐỐC
BSCKI [[N:Phan Thị Huyền Trang]]                           BSCKII [[N:Trần Đăng Khoa]]`,
  ],
  // 3
  [
    'consult',
    `BỆNH VIỆN ĐA KHOA TỈNH BẮC GIANG
KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC
BIÊN BẢN HỘI CHẨN TOÀN VIỆN
Họ tên người bệnh: [[N:Ngô Văn Thạch]]        Tuổi: 67        Giới: Nam
Địa chỉ: [[A:thôn Đồng Quang, xã Tân Mỹ, TP Bắc Giang]]
Số vào viện: [[R:2511-04377]]        Mã người bệnh: [[R:BG0098314]]        BHYT: [[BH:HT2242420873195]]
Vào viện lúc 21h40 ngày [[D:18/11/2025]]. Hội chẩn lúc 10h00 ngày [[D:20/11/2025]].
Chủ trì: PGS.TS.BS [[N:Dương Minh Hải]] - Phó Giám đốc
Thư ký: ThS.BS [[N:Lương Thị Kim Oanh]]
Thành viên: BSCKII [[N:Nguyễn Hữu Tiến]] (TK HSTC-CĐ); BSCKI [[N:Thân Văn Lộc]] (Khoa Thận - Lọc máu); ThS.BS [[N:Giáp Thị Hằng]] (Khoa Bệnh nhiệt đới); DS [[N:Hoàng Anh Tú]] (Khoa Dược); ĐDT [[N:Vi Thị Mơ]]
Tóm tắt: BN tiền sử ĐTĐ typ 2, THA 10 năm. Ngày [[D:16/11]] ăn tiết canh lợn tại đám cưới ở nhà ông [[N:Thân Văn Bốn]] cùng thôn, ngày [[D:17/11]] sốt cao rét run, nôn, đi ngoài phân lỏng, ngày [[D:18/11]] xuất hiện ban xuất huyết hoại tử đầu chi, tụt HA.
Ý kiến BSCKII [[N:Tiến]]: nghĩ nhiều nhiễm khuẩn huyết do S. suis, sốc nhiễm khuẩn, suy đa tạng (SOFA 13). Đã dùng Noradrenalin 0,3 mcg/kg/ph.
BSCKI [[N:Lộc]]: creatinin 412, kali 6,1, đề nghị lọc máu liên tục CVVHDF.
ThS.BS [[N:Hằng]]: mẫu cấy máu [[R:VS.25.11.0862]] dương tính sau 16 giờ, đang định danh; đề nghị lấy DNT, gửi mẫu [[R:DNT-25-1139]] sang TTKSBT tỉnh làm PCR.
DS [[N:Tú]]: chỉnh liều Meropenem 1g/8h sau lọc, Vancomycin theo nồng độ đáy.
Kết luận: Sốc nhiễm khuẩn - nghi liên cầu lợn (A40.8), suy thận cấp. Điều trị tiếp tại HSTC, báo cáo ca bệnh truyền nhiễm.
Đại diện gia đình: con trai [[N:Ngô Văn Quân]], SĐT [[P:0988.175.203]], đã được giải thích và đồng ý.
THƯ KÝ                                  CHỦ TRÌ
[[N:Lương Thị Kim Oanh]]                     [[N:Dương Minh Hải]]`,
  ],
  // 4
  [
    'minutes',
    `BIÊN BẢN GIAO BAN KHOA NHI - sáng thứ Hai [[D:24/11/2025]]
Thành phần: TK [[N:Đinh Thị Thu Trà]], PTK [[N:Lã Văn Cường]], bs [[N:Hiền]], bs [[N:Dũng]] (trực), ĐDT [[N:Tạ Thị Minh]], 6 ĐD, 4 sv
1. Báo cáo trực (bs [[N:Dũng]]): tổng 62 bn, vào 9, ra 11, chuyển 1, nặng 3.
- Cháu [[N:Nguyễn Gia Bảo]] 14 tháng, mã BN [[R:25112400731]], sốt cao co giật lần 2, lúc 2h sáng SpO2 88%, đã cắt cơn diazepam 0,5mg/kg. Bố là anh [[N:Nguyễn Văn Toản]] ([[P:0977 061 839]]) xin ký cam kết không chọc DNT.
- Cháu [[N:Hoàng Minh Khôi]] 6 tuổi, sốt xuất huyết ngày 5, tiểu cầu 18 G/L, HCT 48%, phòng 4 giường 2. Nhà ở [[A:tổ 12, phường Quang Trung]], mẹ là [[N:Vũ Thị Lụa]].
- Con bà [[N:Đặng Thị Hảo]] sơ sinh 3 ngày, vàng da bilirubin 312 µmol/L, chiếu đèn 2 mặt.
- Chuyển viện Nhi TW: cháu [[N:Lương Tuệ An]] 3 tuổi nghi Kawasaki không điển hình, giấy chuyển số [[R:0519/GCT-NHI]], đi lúc 5h30.
2. TK [[N:Trà]] kết luận:
- Đợt dịch SXH: từ [[D:10 - 23/11]] khoa nhận 47 ca, 9 ca có dấu hiệu cảnh báo. Cảnh báo đỏ với [[N:Khôi]].
- Bs [[N:Hiền]] làm báo cáo ca sốt co giật gửi phòng KHTH trước [[D:26/11]].
- Lịch trực tuần tới: bs [[N:Cường]] thứ 3, bs [[N:Hiền]] thứ 5, bs [[N:Phùng Văn Tài]] ([[P:0836 552 904]]) thứ 7.
- ĐDT [[N:Minh]]: kiểm tra tủ thuốc cấp cứu, bổ sung adrenalin 1mg/1ml, hạn dùng [[D:tháng 12]] đã hết, trả khoa Dược.
Thư ký: bs [[N:Hiền]] (ghi)`,
  ],
  // 5
  [
    'incident',
    `BÁO CÁO SỰ CỐ Y KHOA (tự nguyện)        Mã số sự cố: [[R:SC-2025-0317]]
Đơn vị báo cáo: Khoa Nội Tiêu hóa
Người báo cáo: ĐD [[N:Trương Thị Yến Nhi]]   SĐT: [[P:0703 884 219]]   Email: [[E:yennhi.tt@bvdkld.vn]]
Ngày xảy ra: [[D:09/09/2025]]   Thời điểm: khoảng 16h15
Đối tượng xảy ra sự cố: Người bệnh
Họ tên NB: [[N:Trần Văn Tuấn]], sinh [[D:03/02/1962]], mã BN [[R:LD-2509-22115]], giường 14 phòng 6
Mô tả: Có 2 NB cùng tên [[N:Trần Văn Tuấn]] trong khoa (NB thứ 2 sinh năm 1980, mã BN [[R:LD-2509-22188]], giường 21 phòng 8). ĐD phát thuốc ([[N:Y Sa]], sv thực tập) đọc tên nhưng không đối chiếu năm sinh và mã trên vòng tay, đưa nhầm 1 viên Amlodipin 5mg của NB giường 21 cho NB giường 14. NB giường 14 chưa uống, vợ NB là bà [[N:Lê Thị Kim Liên]] phát hiện và báo.
Xử trí ban đầu: thu hồi thuốc, báo bs điều trị [[N:Phạm Hữu Nghĩa]], theo dõi HA/2h, không có tác hại.
Phân loại ban đầu: chưa xảy ra (NC0). Mức độ tổn thương: không tổn thương.
Người chứng kiến: ĐD [[N:Ka Hương]], hộ lý [[N:Tôn Nữ Bích]]
Đề xuất: dán nhãn "TRÙNG TÊN" đỏ trên bảng tên và bìa HSBA; nhắc quy trình 5 đúng.
Trưởng khoa: BSCKII [[N:Nguyễn Đình Khương]] - đã xem [[D:10/9]]`,
  ],
  // 6
  [
    'discharge',
    `BỆNH VIỆN ĐA KHOA KHU VỰC CỦ CHI
GIẤY RA VIỆN                                      Số lưu trữ: [[R:S.2025/08814]]
                                                  Mã y tế: [[R:79025 00 661 2207]]
- Họ tên người bệnh: [[N:VÕ THỊ NGỌC HÂN]]     Ngày sinh: [[D:17/08/1994]]     Giới tính: Nữ
- Dân tộc: Kinh     Nghề nghiệp: công nhân
- Mã số BHXH/Thẻ BHYT số: [[BH:CN3797925118042]]
- Địa chỉ: [[A:ấp Phú Lợi, xã Phú Hòa Đông, huyện Củ Chi]], TP.HCM
- Vào viện lúc: 07 giờ 35 phút, ngày [[D:02/10/2025]]
- Ra viện lúc: 09 giờ 00 phút, ngày [[D:08/10/2025]]
- Chẩn đoán: Viêm phổi do Mycoplasma (J15.7); Thai 21 tuần (Z33)
- Phương pháp điều trị: Azithromycin 500mg x 5 ngày, khí dung, theo dõi tim thai
- Ghi chú: tái khám khoa Sản sau 2 tuần (ngày [[D:22/10]]) mang theo sổ khám thai; nghỉ ngơi tại nhà 7 ngày (từ [[D:08 đến 14/10/2025]])
- Người đại diện hợp pháp: chồng [[N:Huỳnh Tấn Phát]], CCCD [[ID:079093 018 455]], SĐT [[P:0908 771 326]]
Ngày [[D:08 tháng 10 năm 2025]]
Trưởng khoa: BSCKI [[N:Lâm Ngọc Thạch]]
Người lập: BS [[N:Châu Thị Mỹ Duyên]]
Giám đốc ký thay: Phó GĐ BSCKII [[N:Nguyễn Thị Hồng Vân]]`,
  ],
  // 7
  [
    'nursing',
    `PHIẾU CHĂM SÓC (cấp 2) - Khoa Nội Thần kinh - NB [[N:Kiều Văn Chiến]], 72t, G11, mã NB [[R:2503110928]]
[[D:11/03]] 08h: NB tỉnh, liệt ½ người P, nói khó. Mạch 82, HA 160/90. Con gái [[N:Kiều Thị Lan]] chăm, đã hướng dẫn xoay trở 2h/lần. ĐD [[N:Thoa]].
[[D:11/03]] 14h: sốt 37,8. Báo bs [[N:Quách Văn Lực]], y lệnh paracetamol 500mg 1 viên uống. ĐD [[N:Thoa]].
[[D:11/03]] 22h: NB ngủ được, ống thông dạ dày cố định tốt, ăn sữa 200ml x 6 cữ. ĐD [[N:Khúc Văn Hòa]].
[[D:12/03]] 06h: HA 150/85, đường máu mao mạch 9,8 mmol/L. Lấy máu XN sáng, SID [[R:25031206655]]. ĐD [[N:Hòa]].
[[D:12/03]] 09h30: bs [[N:Lực]] khám, cho tập PHCN tại giường. Người nhà đổi: con trai [[N:Kiều Văn Thắng]] thay chị [[N:Lan]], SĐT [[P:0395 120 774]].
[[D:12/03]] 15h: loét tì đè độ 1 vùng cùng cụt 2x3cm, báo ĐDT [[N:Nông Thị Hiên]], đệm hơi.
[[D:13/03]] 07h: NB tỉnh, uống được ít nước, ho khạc đờm trắng. ĐD [[N:Thoa]].
[[D:13/03]] 10h: NB được chuyển sang Khoa Phục hồi chức năng phòng 3 (giường 3.07). Bàn giao cho ĐD [[N:Mạc Thị Duyên]]. Bàn giao đầy đủ hồ sơ, phim CT (số phim [[R:CT-2503-1187]]).`,
  ],
  // 8
  [
    'lab',
    `SỔ NHẬN MẪU XÉT NGHIỆM VI SINH - ca chiều [[D:05/06/2025]] (KTV: [[N:Đào Thu Phương]], [[N:Lưu Đức Anh]])
STT | SID | Họ tên | NS | Khoa | Loại mẫu | Giờ nhận | Ghi chú
1 | [[R:2506050412]] | [[N:Phí Văn Long]] | 1957 | HSTC | Cấy máu x2 | 13:05 |
2 | [[R:2506050419]] | [[N:Đoàn Thị Hoa]] | 1968 | Nội TH | Phân | 13:20 | mẫu ít, báo lại ĐD [[N:Chi]]
3 | [[R:2506050433]] | [[N:Mè Văn Sơn]] | 1990 | Truyền nhiễm | Đờm AFB | 13:42 |
4 | [[R:2506050440]] | [[N:BÙI THỊ THÚY]] | 2001 | Sản | Dịch âm đạo | 14:10 | ghi sai tên trên ống ("[[N:Bùi Thị Thủy]]"), đã đối chiếu vòng tay
5 | [[R:2506050457]] | [[N:Triệu Tòn Phin]] | 1975 | Nội A | Nước tiểu | 14:31 |
6 | [[R:2506050461]] | [[N:Lục Thị Hảo]] | 1949 | ICU | Dịch NKQ | 15:02 | từ chối - không nhãn, báo ĐD [[N:Cầm Thị Dịu]] [[P:0966 418 207]]
7 | [[R:2506050478]] | [[N:Ngân Văn Thái]] | 1983 | Ngoại TH | Mủ vết mổ | 15:40 |
8 | [[R:2506050486]] | [[N:Pờ Thị Mây]] | 2019 | Nhi | Dịch tỵ hầu | 16:18 | PCR cúm, gửi sang TTKSBT (phiếu [[R:KSBT/25/1904]])
Bàn giao ca đêm: [[N:Phương]] → [[N:Sầm Văn Quý]]. Tủ ấm số 2 nhiệt độ 35,2 °C.`,
  ],
  // 9
  [
    'chat',
    `Nhóm Zalo "Tiếp đón - Giám định BHYT"
[[N:Thảo]] (quầy 3): mọi người ơi bn [[N:Cao Văn Lịch]] thẻ [[BH:GD 4 27 2710038615]] hệ thống báo hết hạn từ [[D:30/9]], bn bảo vừa gia hạn ở [[A:xã Yên Trung]] rồi
Giám định - [[N:Hưng]]: e tra theo mã BHXH [[BH:2710038615]] xem, từ 2025 tra bằng CCCD cũng được
[[N:Thảo]] (quầy 3): CCCD bn là [[ID:027068001934]], tra ra rồi a, hạn mới đến [[D:31/12/2026]] 👍
[[N:Thảo]] (quầy 3): còn ca này: bà [[N:Nguyễn Thị Tý]] ở [[A:thôn Lạc Hiền, xã Đông Phong]] k mang thẻ, chỉ có ảnh chụp CMND cũ [[CM:125 043 781]]
Giám định - [[N:Hưng]]: CMND 9 số k tra được nữa đâu, bảo con cháu gửi VNeID hoặc số định danh
[[N:Tuyết]] (quầy 1): con trai bà là [[N:Nguyễn Văn Đạt]] vừa gửi số định danh [[ID:027155007208]] e tra thấy thẻ [[BH:HT3272715009843]] ạ
Giám định - [[N:Hưng]]: ok. Nhắc bn [[N:Lịch]] mang giấy chuyển tuyến số [[R:86/GCT-TYT]] của trạm Yên Trung, k có thì chỉ hưởng 40%
[[N:Tuyết]] (quầy 1): sđt bn [[N:Lịch]] [[P:0349 512 608]] e đã gọi, chiều con gái mang lên
[[N:Thảo]] (quầy 3): thêm ca trẻ em: cháu [[N:Lê Minh Châu]] thẻ [[BH:TE1272720441907]], bố [[N:Lê Văn Hậu]], k có giấy khai sinh bản chính, chỉ có số [[R:412/2021/GKS]]
Giám định - [[N:Hưng]]: dưới 6t dùng giấy KS hoặc mã định danh của cháu nhé, số đó ok`,
  ],
  // 10
  [
    'telehealth',
    `Tele-consult transcript - International Clinic, Saigon branch
Date: [[D:Nov 3, 2025]] 09:40 (ICT)
Patient: [[N:Daniel Whitmore]], DOB [[D:22 Apr 1971]], US citizen, passport [[PP:A47219836]]
Insurer: Cigna Global, member ID [[R:U7740218-01]], claim ref [[R:CG-VN-2025-118403]]
Local contact: wife [[N:Mai Whitmore]] (née [[N:Trần Thị Thanh Mai]]), mobile [[P:0938 447 105]]
Address in Vietnam: [[A:Apt 12.07, Tower B, Vinhomes Central Park, 208 Nguyen Huu Canh, Ward 22, Binh Thanh District]], HCMC
Physician: Dr. [[N:Hoàng Bảo Ngọc]] (internal medicine)
Interpreter: none needed
Dr. [[N:Ngọc]]: Good morning Mr. [[N:Whitmore]]. Your labs from [[D:Oct 31]] show HbA1c 8.9%, up from 7.4% in [[D:June]].
[[N:Daniel]]: Yeah, I've been travelling a lot, up north and then Phnom Penh. Forgot the metformin half the time.
Dr. [[N:Ngọc]]: Understood. I'll add empagliflozin 10 mg once daily. Please repeat labs on [[D:Dec 1]] or [[D:Dec 2]].
[[N:Daniel]]: Can you send it to my US doctor, Dr. [[N:Karen Liebowitz]]? Her email is [[E:kliebowitz@harborviewim.com]].
Dr. [[N:Ngọc]]: Yes, with your consent. Your medical record number here is [[R:ICS-0042917]]. Report will also be in the portal at [[U:https://portal.intlclinic-sg.vn/p/0042917]].
Session IP logged: [[IP:113.161.72.84]]
Signed: [[N:B. N. Hoang]], MD`,
  ],
  // 11
  [
    'chat',
    `Messenger - "Gia đình ôn [[N:Lam]]" (người nhà nhắn bs điều trị)
[[N:Hồ Thị Phương]]: Bs [[N:Tuấn]] ơi, ôn nhà em hôm ni răng rồi bs, sáng ni eng [[N:Hùng]] vô thăm thấy ôn thở mệt lắm
Bs [[N:Thái Anh Tuấn]]: Chị [[N:Phương]] ơi, bác [[N:Lam]] đêm qua có tăng oxy lên 4 lít, sáng nay đỡ rồi. Chị bảo anh [[N:Hùng]] sang phòng giao ban gặp em lúc 2h nhé
[[N:Hồ Thị Phương]]: dạ. Ả [[N:Hoa]] con o [[N:Thìn]] ở ngoài [[A:xóm 3 Nghi Kim]] cũng mới vô, ả hỏi ôn có ăn được chi không
Bs [[N:Thái Anh Tuấn]]: ăn cháo được 1 bát ạ. Mà nhà mình ai là người ký giấy tờ chính? Trên bệnh án ghi con trai [[N:Hồ Văn Nhị]] sđt [[P:0912 338 401]] nhưng gọi k được
[[N:Hồ Thị Phương]]: eng [[N:Nhị]] đi làm trong Bình Dương rồi bs, bữa ni eng [[N:Hùng]] (eng thứ ba) ký thay, sđt eng [[N:Hùng]] là [[P:0386.229.517]] nờ
[[N:Hồ Văn Hùng]]: bs ơi em [[N:Hùng]] đây, em đang ở [[A:khối Tân Phúc, phường Hưng Dũng]] chạy qua liền
Bs [[N:Thái Anh Tuấn]]: ok anh. Mang theo thẻ BHYT của bác, trên hệ thống thẻ [[BH:HT 2 40 4001556827]] hết hạn [[D:31/10]] rồi ạ
[[N:Hồ Thị Phương]]: dạ để mệ [[N:Tơ]] tìm trong tủ, ôn cất kỹ lắm`,
  ],
  // 12
  [
    'chat',
    `nhom "truc dem noi b - bv tinh"
[[N:hoang anh]]: bs oi g6 ba [[N:nguyen thi luoc]] dau nguc 3h sang, dien tim st chenh len d2 d3 avf
bs [[N:quyet]]: cho lam troponin gap + goi tim mach can thiep, bao a [[N:khanh]] truc tim mach [[P:0904 615 227]]
[[N:hoang anh]]: da e goi roi, a [[N:khanh]] bao chuyen len dsa luon. nguoi nha la ong [[N:tran van nghia]] (chong) sdt [[P:0975331604]]
bs [[N:quyet]]: ok ma bn cua ba la [[R:25091800415]] nhe, ghi vao phieu chuyen
[[N:thu nga]]: g10 ong [[N:ly a phu]] 45t dan toc mong o [[A:ban sin chai, xa san sa ho]] vao vien [[D:17-9]] giờ doi ve, k co ai nha di cung
bs [[N:quyet]]: goi can bo xa, hoi ong ay so cccd, k co the bhyt thi ghi so dinh danh
[[N:thu nga]]: da so cccd [[ID:010080003471]] a, the bhyt [[BH:DT 2 10 1022071356]]
bs [[N:quyet]]: ok de sang bs [[N:duc]] giai thich
[[N:thu nga]]: con ba [[N:vang thi sua]] g12 nua, con gai ba goi hoi may gio ra vien, noi o [[A:to 5 phuong kim tan]], sdt [[P:0213.3826.410]]
bs [[N:quyet]]: bao ra vien sang [[D:20/9]], bs [[N:duc]] ky giay`,
  ],
];
