// Held-out set 2, documents 12–22 (see index.ts for the conventions). Written blind.
export const PART2: Array<[string, string]> = [
  // 12
  [
    'admission',
    `BENH VIEN DA KHOA TINH CAO BANG - PHIEU KHAM BENH VAO VIEN
MA BN: [[R:26007412]]   SO VAO VIEN: [[R:2603-0412]]
HO TEN: [[N:TRIEU THI MAY]]   NAM SINH: 1961   GIOI: NU   DAN TOC: DAO
DIA CHI: [[A:THON NA PHAI, XA THANH LONG, HUYEN THACH AN]], CAO BANG
BHYT: [[BH:DT2 04 04 987 654 32]]   HAN THE: [[D:31/12/2026]]
NGUOI NHA: [[N:BAN VAN SANG]] (CHONG)   DT: [[P:0914 236 580]]
NGAY VAO VIEN: [[D:21/03/2026]] 08:12
LY DO VAO VIEN: SOT, DAU DAU, NON
TIEN SU: DAI THAO DUONG TYP 2, TANG HUYET AP
KHAM: MACH 96 L/P, HA 150/90, NHIET DO 39, CO CUNG (+), KERNIG (+), BRUDZINSKI (+)
CHAN DOAN: VIEM MANG NAO MU / THEO DOI LIEN CAU LON (STREPTOCOCCUS SUIS)
XU TRI: CEFTRIAXONE 2G X 2 LAN/NGAY, DEXAMETHASONE 10MG/6H, CHOC DICH NAO TUY
BS KHAM: [[N:HOANG VAN PHU]]`,
  ],
  // 13
  [
    'outbreak',
    `THÔNG BÁO Ổ DỊCH TAY CHÂN MIỆNG TẠI TRƯỜNG MẦM NON
Ngày [[D:15/10/2025]], Trạm Y tế [[A:phường Trấn Biên]] (tỉnh Đồng Nai) nhận được thông tin từ Trường mầm non Hoa Sen về việc có nhiều trẻ nghỉ học do sốt, loét miệng.
Kết quả điều tra: từ [[D:08/10]] đến [[D:15/10/2025]] ghi nhận 6 trẻ mắc TCM tại lớp Chồi 2, gồm: bé [[N:L.M.K]] (4 tuổi, khởi phát [[D:08/10]]), bé [[N:T.G.H]] (4 tuổi, [[D:10/10]]), bé [[N:N.P.A.T]] (5 tuổi, [[D:11/10]]), bé [[N:Bống]] (con chị [[N:Vy]], 4 tuổi, [[D:12/10]]) và 2 trẻ khởi phát ngày [[D:14]] và [[D:15/10]]. Tất cả ở độ 1, điều trị ngoại trú, riêng bé [[N:L.M.K]] độ 2a nhập BV Nhi Đồng Nai [[D:13/10]], đã ra viện.
Địa chỉ nơi ở của các trẻ: [[A:khu phố 5, phường Trấn Biên]] (4 trẻ), [[A:KP 7]] (1 trẻ) và [[A:ấp Tân Cang, xã Phước Tân]] (1 trẻ).
Biện pháp: khử khuẩn lớp học bằng Cloramin B 2%, cho lớp Chồi 2 nghỉ học 10 ngày (đến hết [[D:25/10]]), hướng dẫn phụ huynh rửa tay bằng xà phòng, theo dõi trẻ đến 10 ngày sau ca cuối. Lấy 3 mẫu phết họng gửi Viện Pasteur TP.HCM xét nghiệm EV71.
Đề nghị Ban giám hiệu báo cáo hàng ngày số trẻ vắng học cho cán bộ phụ trách: [[N:Hồ Thị Cẩm Tú]] - [[P:0975 221 340]].`,
  ],
  // 14
  [
    'death-report',
    `BÁO CÁO ĐIỀU TRA TRƯỜNG HỢP TỬ VONG DO BỆNH DẠI
Họ và tên: [[N:Hà Văn Khiêm]]    Giới: Nam    Tuổi: 52    Dân tộc: Mường
Nơi ở: [[A:bản Phống, xã Cẩm Thành, huyện Cẩm Thủy]] (nay là [[A:xã Cẩm Thủy]]), tỉnh Thanh Hóa
Nghề nghiệp: làm nương
Tiền sử phơi nhiễm: Khoảng [[D:ngày 20 tháng 12 năm 2025]], ông bị chó nhà hàng xóm (nhà ông [[N:Bùi Văn Ngọ]]) cắn vào cẳng chân trái, vết thương độ III, tự rửa bằng nước lá, không đi tiêm phòng. Con chó chết sau đó 4 ngày, đã bị gia đình giết thịt.
Diễn biến: Ngày [[D:02/3/2026]] xuất hiện đau, tê bì vị trí vết cắn, sợ nước, sợ gió, kích thích vật vã. [[D:03/3]] vào TTYT huyện, chuyển BVĐK tỉnh cùng ngày, chẩn đoán theo dõi dại. Gia đình xin về, tử vong tại nhà lúc 23h ngày [[D:04/3/2026]].
Mẫu nước bọt lấy [[D:03/3/2026]]: RT-PCR vi rút dại dương tính (Viện Vệ sinh dịch tễ Trung ương).
Người tiếp xúc: vợ [[N:Bùi Thị Lan]] (49 tuổi), con [[N:Hà Văn Tuấn]] (22 tuổi), con dâu [[N:Quách Thị Hương]] - đã được tư vấn và tiêm vắc xin dại Verorab theo phác đồ 0-3-7-14-28 từ [[D:05/3]]. 12 người ăn thịt chó được theo dõi.
Đánh giá: Ca tử vong do dại thứ 3 của tỉnh trong năm 2026, nguyên nhân: không tiêm phòng sau phơi nhiễm, chó không được tiêm vắc xin.
Điều tra viên: [[N:Lê Thị Thanh Xuân]], [[N:Trương Công Định]] - Khoa KSBTN, CDC Thanh Hóa`,
  ],
  // 15
  [
    'obstetric',
    `BỆNH ÁN SẢN KHOA
Họ tên sản phụ: [[N:Kiều Thị Ngọc Ánh]]   Tuổi: 29   Nghề: giáo viên
Chồng: [[N:Giáp Văn Hưng]]   SĐT chồng: [[P:(+84) 865 307 119]]
Địa chỉ: [[A:Thôn Đông, xã Phật Tích, huyện Tiên Du]], Bắc Ninh
CCCD: [[ID:027196004512]]
Vào viện: 02h15 [[D:28/02/2026]]
Lý do vào viện: Thai 39 tuần 2 ngày, đau bụng từng cơn
Tiền sử sản khoa: PARA 1001. Năm 2022 đẻ thường 1 lần, con nặng 3.100g. G2P1.
Kinh cuối cùng: [[D:24/5/2025]]. Dự kiến sinh: [[D:01/3/2026]] (theo siêu âm 3 tháng đầu).
Khám: Mạch 84 l/p, HA 120/70 mmHg. Cao tử cung 32 cm, vòng bụng 96 cm. Tim thai 142 l/p. Cơn co tử cung 3 cơn/10 phút. CTC mở 4 cm, xóa 80%, ối phồng, ngôi chỏm, thế chẩm chậu trái trước, lọt 2/5. Bishop 9 điểm. Khung chậu bình thường.
CTG: nhóm I.
Chẩn đoán: Con rạ, thai 39 tuần 2 ngày, chuyển dạ giai đoạn Ia.
Hướng xử trí: theo dõi chuyển dạ bằng biểu đồ chuyển dạ, giảm đau ngoài màng cứng theo yêu cầu.
Diễn biến: 05h40 sinh thường 1 bé trai nặng 3.350g, Apgar 8/9, cắt khâu tầng sinh môn. Oxytocin 10 UI TB sau sổ thai. Mẹ mất máu 250ml.
Hộ sinh: [[N:Nông Thị Xuyến]]     BS: [[N:Vũ Đình Khoa]]`,
  ],
  // 16
  [
    'operative',
    `TƯỜNG TRÌNH PHẪU THUẬT
Họ tên NB: [[N:Đinh Công Tráng]]    Tuổi: 41    Khoa: Ngoại chấn thương
Số bệnh án: [[R:26-CT-00912]]
Ngày phẫu thuật: [[D:06/03/2026]]   Bắt đầu: 09h20   Kết thúc: 11h05
Chẩn đoán trước PT: Gãy kín 1/3 giữa thân xương đùi phải, phân loại AO 32-A3 / Tai nạn giao thông
Chẩn đoán sau PT: Như trên
Phương pháp phẫu thuật: Đóng đinh nội tủy có chốt xương đùi phải dưới màn tăng sáng
Phương pháp vô cảm: Tê tủy sống (Bupivacain 0,5% 12mg + Fentanyl 25mcg)
PTV: ThS.BS [[N:Đinh Xuân Thủy]]   Phụ 1: BS [[N:Ông Thế Vinh]]   Phụ 2: BSNT [[N:Cao Minh Châu]]
BS gây mê: [[N:Lã Thị Thu Trang]]   KTV gây mê: [[N:Tạ Quang Đông]]   Dụng cụ viên: [[N:Từ Thị Hòa]]
Trình tự phẫu thuật:
- BN nằm nghiêng trái trên bàn chỉnh hình, sát khuẩn bằng Betadine 10%.
- Rạch da 4 cm trên mấu chuyển lớn, mở điểm vào đinh tại hố ngón tay.
- Luồn dây dẫn qua ổ gãy dưới C-arm, doa ống tủy đến 11 mm, đóng đinh Sign 10x360 mm.
- Bắt 2 vít chốt ngoại vi, 1 vít chốt trung tâm. Kiểm tra C-arm: trục xương thẳng, ổ gãy áp sát.
- Khâu phục hồi cân cơ, da bằng Vicryl 2/0 và Dafilon 3/0. Mất máu ước tính 200 ml.
Thuốc: Cefazolin 2g TMC trước rạch da 30 phút.`,
  ],
  // 17
  [
    'prescription',
    `ĐƠN THUỐC                         Số: [[R:2603/ĐT-0451]]
Phòng khám đa khoa Tâm An - [[A:số 226 đường Lê Duẩn, phường Thành Nhất, TP. Buôn Ma Thuột]]
Họ tên: [[N:Y Khu Ênuôl]]   Tuổi: 58   Giới tính: Nam
Địa chỉ: [[A:buôn Ko Tam, xã Ea Tu]], Đắk Lắk
Số thẻ BHYT: [[BH:HN2 66 66 300 215 74]]   SĐT: [[P:0905 118 432]]
Chẩn đoán: E11 - Đái tháo đường type 2; I10 - Tăng huyết áp vô căn; E78.5 - Rối loạn lipid máu
1. Metformin 850mg x 60 viên - Uống sáng 1 viên, tối 1 viên sau ăn
2. Gliclazide MR 30mg (Diamicron MR) x 30 viên - Uống 1 viên trước ăn sáng 30 phút
3. Amlodipin 5mg x 30 viên - Uống 1 viên buổi sáng
4. Atorvastatin 20mg x 30 viên - Uống 1 viên buổi tối
Lời dặn: Ăn nhạt, hạn chế tinh bột, đi bộ 30 phút/ngày. Tự đo đường huyết lúc đói 2 lần/tuần. Tái khám sau 30 ngày (ngày [[D:17/4/2026]]) hoặc khi có bất thường; mang theo đơn này.
Ngày [[D:18/3/2026]]       Bác sĩ khám bệnh: [[N:Nguyễn Thị Hồng Nhạn]]
(CCHN số: [[L:004215/ĐL-CCHN]])`,
  ],
  // 18
  [
    'vaccination',
    `BÁO CÁO TRƯỜNG HỢP PHẢN ỨNG SAU TIÊM CHỦNG
Mã báo cáo: [[R:AEFI-QNg-26-007]]
Họ tên trẻ: [[N:Đinh Thị Bích Ngọc]]   Ngày sinh: [[D:12/12/2025]]   Giới: nữ   Dân tộc: Hrê
Họ tên mẹ: [[N:Đinh Thị Lia]]   Họ tên bố: [[N:Phạm Văn Hòe]]
Địa chỉ: [[A:thôn Làng Rêu, xã Ba Tơ]], tỉnh Quảng Ngãi
Vắc xin đã tiêm: Quinvaxem (DPT-VGB-Hib) mũi 1, lô số 2025QV0312; OPV lần 1.
Thời gian tiêm: 8h30 [[D:16/02/2026]] tại Trạm Y tế [[A:xã Ba Tơ]]. Người tiêm: [[N:Phạm Thị Loan]].
Thời gian xuất hiện phản ứng: khoảng 3 giờ sau tiêm.
Mô tả: Trẻ sốt 38,5°C, quấy khóc kéo dài > 3 giờ, sưng đỏ tại chỗ tiêm đường kính 3 cm. Không co giật, không tím tái, không phát ban. Mẹ cho uống Paracetamol 60mg (10-15 mg/kg/lần).
Xử trí: theo dõi tại nhà, trạm y tế thăm hộ lúc 17h cùng ngày và sáng [[D:17/2]]: hết sốt, chỗ tiêm còn sưng nhẹ.
Phân loại: Phản ứng thông thường sau tiêm chủng (không nghiêm trọng).
Người báo cáo: [[N:Phạm Thị Loan]], y sĩ - ĐT [[P:0355.902.118]]   Ngày báo cáo: [[D:17/02/2026]]`,
  ],
  // 19
  [
    'contact-tracing',
    `PHIẾU SÀNG LỌC NGƯỜI TIẾP XÚC HỘ GIA ĐÌNH VỚI NGƯỜI BỆNH LAO
Người bệnh chỉ điểm: [[N:Lường Văn Pọm]], 47 tuổi, mã số quản lý lao: [[R:SL-TB-2026-0193]]
Chẩn đoán: Lao phổi AFB(+), Xpert MTB/RIF: MTB phát hiện, không kháng RIF. Bắt đầu điều trị phác đồ 2RHZE/4RH ngày [[D:02/02/2026]].
Địa chỉ hộ gia đình: [[A:bản Nà Tòng, xã Mường Giàng]], Sơn La
Danh sách người tiếp xúc:
1. [[N:Lò Thị Pánh]] - vợ - 45 tuổi - ho 3 tuần, XQ: tổn thương thâm nhiễm đỉnh phổi phải → làm Xpert
2. [[N:Lường Văn Thoong]] - con - 20 tuổi - không triệu chứng, XQ bình thường → điều trị lao tiềm ẩn 3HP
3. [[N:Lường Thị Bua]] - con - 16 tuổi - không triệu chứng, XQ bình thường → 3HP
4. [[N:Lường Thị Ngọc]] - cháu nội - 3 tuổi - sụt cân, TST 14mm → chuyển BV Phổi tỉnh khám
5. bà [[N:Tòng Thị Piểng]] - mẹ - [[AGE:90]] tuổi - nằm một chỗ, ho khan → khám tại nhà
Cán bộ sàng lọc: [[N:Cà Văn Hặc]] (TYT) ngày [[D:10/02/2026]]`,
  ],
  // 20
  [
    'chat',
    `[Messenger]
[[N:Thu Trang]] DD: bs oi bn giuong 8 (ong [[N:Tuan]], 62t) HA len 180/100, dau dau, buon non 2 lan
Bs [[N:Khai]]: cho uong amlor 5mg 1v, 30p do lai HA. k ngam nifedipin nhe
[[N:Thu Trang]] DD: da. Con bn giuong 10 ba [[N:Nguyen Thi Lieu]] [[AGE:93]]t dem nay kich thich, rut kim luon 2 lan, co can co dinh tay k a
Bs [[N:Khai]]: co dinh nhe, ghi vao ho so. Bao nguoi nha (con gai ten [[N:Hien]]) vao truc. sdt trong HSBA
[[N:Thu Trang]] DD: sdt [[P:0977.43.21.08]] a. E goi roi
Bs [[N:Khai]]: ok. 30p sau bao lai HA bn giuong 8 nhe e. Sang mai 6h lay mau XN dien giai do cho ba [[N:Lieu]]`,
  ],
  // 21
  [
    'emergency',
    `PHIẾU KHÁM CẤP CỨU
Tiếp nhận lúc 23h47 [[D:07/03/2026]]. BN nam khoảng 25-30 tuổi, chưa rõ danh tính (mã tạm: [[R:VD-260307-04]]), do người đi đường và CSGT đưa vào sau TNGT tại ngã ba [[A:đường Nguyễn Văn Cừ - Lê Nin, phường Trường Vinh]], xe máy biển số 37B1-456.78.
Khám: Glasgow 9 điểm (E2V2M5), đồng tử P 3mm, T 2mm, PXAS (+) yếu bên T. Vết thương vùng thái dương T 5x2cm chảy máu. Mạch 58 l/p, HA 170/90 (phản xạ Cushing). Thở 14 l/p, SpO2 93%. Nồng độ cồn hơi thở 0,62 mg/L.
CT sọ não: Máu tụ ngoài màng cứng thái dương T dày 22mm, đè đẩy đường giữa 8mm.
Xử trí: Đặt NKQ, thở máy, Manitol 20% 250ml truyền nhanh, hội chẩn Ngoại thần kinh mổ cấp cứu.
00h35 [[D:08/3]]: người nhà đến nhận, xác định BN là [[N:Hồ Sỹ Quyết]], SN 1999, CCCD [[ID:040099011726]], trú [[A:xóm 6, xã Nghi Phong]], Nghệ An. Anh trai [[N:Hồ Sỹ Quang]] ký cam đoan mổ, ĐT [[P:0868 552 047]].
BS cấp cứu: [[N:Nguyễn Văn Lục]]`,
  ],
  // 22
  [
    'home-care',
    `PHIẾU THEO DÕI CHĂM SÓC NGƯỜI CAO TUỔI TẠI NHÀ
Đơn vị: TYT [[A:phường Vỹ Dạ]], TP Huế
Họ tên: cụ [[N:Tôn Thất Cảnh]]   Tuổi: [[AGE:102]]   Giới: nam
Địa chỉ: [[A:kiệt 35 Nguyễn Sinh Cung, phường Vỹ Dạ]], TP Huế
Người chăm sóc chính: cháu nội [[N:Tôn Nữ Minh Thư]] - [[P:0935 781 264]]
Lần thăm: [[D:05/03/2026]]
Tình trạng: cụ tỉnh, nghe kém, đi lại với khung tập đi. Ăn cháo 3 bữa/ngày. Đại tiện 2 ngày/lần.
M 78, HA 135/70 (tay P), NĐ 36,5. SpO2 95%. Cân nặng 41 kg. Có vết loét đỏ vùng gót chân T 2x2cm, độ 1.
Thuốc đang dùng: Amlodipin 5mg sáng, Duphalac 1 gói khi táo bón, Calci D 1 viên/ngày.
Đánh giá nguy cơ té ngã (Morse): 45 điểm - nguy cơ cao. ADL Barthel 55/100.
Hướng dẫn: đệm chống loét, trở mình 2h/lần, kem Cavilon, hẹn thăm lại sau 2 tuần ([[D:19/3]]).
Cán bộ y tế: [[N:Hoàng Thị Diệu Linh]]
Ghi chú: em trai cụ là cụ [[N:Tôn Thất Lộc]], [[AGE:97]] tuổi, sống cùng nhà, cũng cần khám sàng lọc THA.`,
  ],
];
