// Held-out set 38, documents 27–40 (see index.ts for the conventions): clinical texts — an
// English e-mail thread with an insurer, an unaccented night-duty chat, a commune health
// station's transfer slip, an injury certificate, death-review minutes, a narcotics
// breakage record, an infection-control report, psychiatric nursing notes, a voice-to-text
// hand-over, an insurance-desk chat, a chemotherapy roster, an emergency log, tele-consult
// minutes and a social-work note. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'email-en',
    `From: [[N:Tran Ngoc Bich]] <[[E:bich.tranngoc@hmdn-intl.vn]]>
To: [[N:Michael Okafor]] <[[E:m.okafor@allsafe-assist.com.au]]>
Cc: Dr [[N:Le Minh Quang]] <[[E:quang.leminh@hmdn-intl.vn]]>
Date: Tue, [[D:28 Oct 2025]] 16:42 +0700
Subject: RE: GOP request – [[N:O'CONNELL, Liam Patrick]] – your ref [[R:CSE-25-338106]]

Dear [[N:Michael]],

Thank you for the call this morning. As requested, please find below the medical summary for your insured.

Patient: Mr [[N:Liam Patrick O'Connell]], male, DOB [[D:03/07/1996]]
Australian passport: [[PP:PA4419207]]
Policy no.: [[R:AUS-TRV-7719042]]   Hospital ID: [[R:HMDN-25-0091473]]
Admission: [[D:27 October 2025]], 23:15, via our Emergency Department

History: scooter accident on Son Tra Peninsula at about 22:30, helmet worn. Breath alcohol negative (traffic police record no. [[R:112/BB-CSGT]], [[A:Son Tra District]] police).
Findings: closed, dorsally displaced fracture of the right distal radius (S52.5); 6 cm scalp laceration, sutured; CT brain normal; GCS 15/15.
Plan: ORIF with a volar locking plate under regional block on [[D:29 Oct]] by Dr [[N:Le Minh Quang]] (practising certificate no. [[L:001187/ĐNA-CCHN]]). Expected stay 3 days. Estimated cost VND 68,500,000 (approx. AUD 4,100); itemised quote attached.

His travel companion, Ms [[N:Chloe Nguyen]] (mobile [[P:+61 412 558 903]]), is staying at [[A:27 An Thuong 4 Street, My An Ward, Ngu Hanh Son District]], Da Nang, and has signed the consent with Mr [[N:O'Connell]]'s agreement.

We would be grateful for a Guarantee of Payment by 10:00 tomorrow so that surgery is not delayed.

Kind regards,
[[N:Bich Tran]] (Ms)
International Patient Services – Hoan My Da Nang Hospital
24/7 hotline: +84 236 3650 676

-----Original Message-----
From: [[N:Michael Okafor]] <[[E:m.okafor@allsafe-assist.com.au]]>
Sent: Tuesday, [[D:28 October 2025]] 2:05 PM
Subject: GOP request – [[N:O'CONNELL, Liam Patrick]] – our ref [[R:CSE-25-338106]]

Hi [[N:Bich]], we have received the notification for member [[R:77190420-01]]. Please send the medical report, the police/alcohol statement and a cost estimate. The member's mother, Mrs [[N:Siobhan O'Connell]], may call you from Perth on [[P:+61 8 9384 2217]].
Regards, [[N:Michael]]`,
  ],
  // 28
  [
    'chat',
    `nhom zalo: TRUC DEM KHOA SAN - BVDK TAN UYEN
--- [[D:12/11/2025]] ---
23:05 [[N:ngoc han]]: c oi bn [[N:le thi kieu]] p3 g5 ra huyet nhieu qua, mach 110 ha 90/60
23:06 [[N:ngoc han]]: sinh thuong luc 21h30, be 3kg8, tu cung mem nhao
23:06 bs [[N:khoa]]: xoa day tu cung, oxytocin 10dv pha 500ml nacl chay 40 giot/p, gui xn nhom mau, ctm, dong mau gap
23:07 bs [[N:khoa]]: goi c [[N:tuyet]] len phu
23:15 [[N:tuyet]] nhs: da len, mat mau uoc 900ml roi a, da them misoprostol 800mcg dat hau mon
23:18 bs [[N:khoa]]: bao ngan hang mau du tru 2 dv hong cau O+, ma bn [[R:25113047]]
23:41 [[N:ngoc han]]: chong bn la a [[N:phong]] sdt [[P:0379 82 44 16]], a [[N:phong]] ky cam ket truyen mau r a. phong 3 chat qua, e cho chi [[N:kieu]] qua phong 1 nam
00:10 bs [[N:khoa]]: on roi. mach 92 ha 110/70, tu cung co hoi tot. sang mai lam lai ctm, theo doi sat 2h dau
00:12 [[N:tuyet]] nhs: ok a. dem nay con 2 ca de thuong: [[N:tran thi be]] (be gai 3kg2, 23h50) va [[N:ksor h'lun]] (be trai 2kg9, 01h20). binh thuong het
02:30 [[N:ngoc han]]: bn [[N:h'lun]] xin ve som vi chong (a [[N:rah lan thuan]]) phai di lam ca sang o kcn, e giai thich chua du 24h k dc ve
02:31 bs [[N:khoa]]: giai thich tiep, neu van ky giay ra vien trai y kien thi bao c [[N:hanh]] truong khoa
02:33 [[N:ngoc han]]: da a. chi [[N:h'lun]] noi tieng kinh it, e nho ba me chong chi dich
05:50 [[N:tuyet]] nhs: ctm lai chi [[N:kieu]] hgb 92 g/l, on. giao ban 7h nha moi nguoi`,
  ],
  // 29
  [
    'transfer',
    `SỞ Y TẾ HÀ GIANG
TTYT [[A:HUYỆN ĐỒNG VĂN]] – TRẠM Y TẾ [[A:XÃ LŨNG CÚ]]
PHIẾU CHUYỂN NGƯỜI BỆNH
Số: [[R:27/TYT-LC]]
Họ tên: [[N:GIÀNG THỊ MỶ]]   Tuổi: 17   Dân tộc: Mông
Địa chỉ: [[A:thôn Thèn Pả, xã Lũng Cú, huyện Đồng Văn]]
Không mang thẻ BHYT. Giấy khai sinh số [[R:112/2008]] do UBND [[A:xã Lũng Cú]] cấp (người nhà mang theo bản chụp).
Chồng: [[N:Thào Mí Lử]], 19 tuổi, SĐT [[P:0329 447 105]] (không nói được tiếng Kinh).
Phiên dịch: nhân viên y tế thôn bản [[N:Vàng Thị Chi]].
Lý do chuyển: Con so, thai khoảng 36 tuần (siêu âm ngày [[D:10/09/2025]]: 26 tuần). Đau đầu, nhìn mờ từ chiều [[D:18/11]]; 4h15 ngày [[D:19/11]] co giật toàn thân 1 cơn khoảng 1 phút tại nhà. Người nhà cõng đến trạm lúc 5h30.
Khám lúc 5h35: Lơ mơ nhẹ, HA 170/110 mmHg, M 104 l/p, phù hai chi dưới, protein niệu que thử 3+. Tim thai 148 l/p (Doppler cầm tay). Cổ tử cung đóng.
Chẩn đoán: Theo dõi sản giật / Thai con so khoảng 36 tuần (O15.0).
Xử trí tại trạm: Magnesi sulfat 15% 4g tiêm tĩnh mạch chậm trong 20 phút; Nifedipin 10mg uống; đặt sonde tiểu; nằm nghiêng trái; thở oxy 4 l/p.
Đã gọi TTYT Đồng Văn lúc 5h40; xe cấp cứu đón lúc 6h20 tại ngã ba [[A:thôn Lô Lô Chải]].
Người hộ tống: YS [[N:Lò Văn Sinh]], Trạm trưởng; NVYT thôn bản [[N:Vàng Thị Chi]].
Ghi chú bằng tiếng Mông cho người nhà (do [[N:Chi]] viết): "Koj tus poj niam yuav tsum mus tsev kho mob loj, tsis txhob ntshai." (Vợ anh phải đi bệnh viện lớn, đừng sợ.)
Lũng Cú, 6 giờ 15 ngày [[D:19/11/2025]]
Người viết phiếu
[[N:Lò Văn Sinh]]`,
  ],
  // 30
  [
    'injury-cert',
    `SỞ Y TẾ TÂY NINH
BỆNH VIỆN ĐA KHOA TỈNH TÂY NINH
Số: [[R:0563/GCNTT-BV]]
GIẤY CHỨNG NHẬN THƯƠNG TÍCH
Căn cứ Công văn số [[R:318/CV-CSHS]] ngày [[D:14/10/2025]] của Cơ quan Cảnh sát điều tra Công an [[A:thị xã Trảng Bàng]] về việc đề nghị cung cấp tình trạng thương tích,
BỆNH VIỆN ĐA KHOA TỈNH TÂY NINH CHỨNG NHẬN:
Họ và tên: [[N:LÊ VĂN CHÍN]]   Năm sinh: 1971   Giới: Nam
Số CCCD: [[ID:072 071 008 914]]
Địa chỉ: [[A:khu phố Lộc Trát, phường Gia Lộc, thị xã Trảng Bàng]], tỉnh Tây Ninh
Vào viện lúc: 19 giờ 20 phút, ngày [[D:02/10/2025]]   Ra viện: ngày [[D:09/10/2025]]
Số vào viện: [[R:25-0418827]]   Số lưu trữ: [[R:CT-3342/25]]
Lý do vào viện: Bị người khác dùng dao tấn công (theo lời khai của người bệnh và người nhà).
Tình trạng thương tích lúc vào viện:
1. Vết thương vùng đỉnh trái dài 8cm, bờ sắc gọn, sâu tới xương, không lún sọ.
2. Vết thương mặt sau cẳng tay phải dài 5cm; gãy kín 1/3 giữa xương trụ phải (X-quang).
3. Trầy xước mu bàn tay trái 2 x 1cm.
Quá trình điều trị: Khâu vết thương da đầu (12 mũi); mổ kết hợp xương trụ bằng nẹp vít ngày [[D:03/10/2025]]; kháng sinh Cefuroxim 750mg x 3 lần/ngày, giảm đau, tiêm phòng uốn ván SAT 1500 đv.
Tình trạng lúc ra viện: Vết mổ khô, liền kỳ đầu; vận động khuỷu và cổ tay phải hạn chế nhẹ. CT sọ não ngày [[D:02/10]]: không tổn thương.
Người nhà: vợ là bà [[N:Trần Thị Út]], ĐT [[P:0376 480 219]].
Giấy này chỉ có giá trị cung cấp cho cơ quan tiến hành tố tụng, không thay thế kết luận giám định pháp y.
Tây Ninh, ngày [[D:16 tháng 10 năm 2025]]
TL. GIÁM ĐỐC
TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP
BSCKII [[N:Nguyễn Thị Thanh Trúc]]`,
  ],
  // 31
  [
    'death-review',
    `BỆNH VIỆN ĐA KHOA TỈNH TRÀ VINH
BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Số: [[R:14/BB-KĐTV]]
Thời gian: 8 giờ 00 ngày [[D:26/9/2025]]. Địa điểm: Hội trường khoa Phụ sản.
Chủ trì: BSCKII [[N:Dương Minh Trí]], Phó Giám đốc. Thư ký: BS [[N:Thạch Thị Mỹ Linh]].
Thành viên: BSCKII [[N:Thạch Thị Ngọc Hân]] (Trưởng khoa Phụ sản); BS [[N:Huỳnh Văn Nghĩa]] (Gây mê hồi sức); ThS.BS [[N:Lâm Sô Phal]] (Hồi sức tích cực); ĐDT [[N:Nguyễn Thị Tuyết Mai]]; đại diện Phòng Quản lý chất lượng.
I. Hành chính: Người bệnh [[N:KIM THỊ SA LY]], 32 tuổi, dân tộc Khmer, công nhân. Địa chỉ: [[A:ấp Ô Chích A, xã Lương Hòa, huyện Châu Thành]], tỉnh Trà Vinh. Số vào viện: [[R:25-031774]]. Vào viện 10 giờ 05 ngày [[D:22/9/2025]]; tử vong 14 giờ 50 cùng ngày.
II. Tóm tắt: Con lần 3 (PARA 2002), thai 39 tuần, chuyển dạ giai đoạn hoạt động. 13h20 vỡ ối tự nhiên; 13h35 đột ngột khó thở, tím tái, SpO2 72%, HA 60/30 mmHg, co giật. Đặt nội khí quản, Adrenalin, mổ lấy thai cấp cứu lúc 13h52: bé trai 3.100g, Apgar 3/6/8, chuyển khoa Sơ sinh. Sau mổ chảy máu không đông, DIC (tiểu cầu 41 G/L, fibrinogen 0,6 g/L); truyền 6 đơn vị hồng cầu, 8 đơn vị huyết tương, 10 đơn vị tủa lạnh; cắt tử cung bán phần lúc 14h10. Ngừng tuần hoàn lúc 14h20, hồi sinh tim phổi 30 phút không hiệu quả.
III. Ý kiến: BSCKII [[N:Ngọc Hân]]: nghĩ nhiều thuyên tắc ối; khoa đã báo động đỏ nội viện lúc 13h38, ê-kíp có mặt sau 4 phút. BS [[N:Nghĩa]]: gây mê đúng quy trình; đề nghị dự trù sẵn tủa lạnh cho phòng mổ sản. ThS.BS [[N:Sô Phal]]: hồi sức đúng phác đồ ACLS, không có chậm trễ.
Gia đình: chồng là anh [[N:Thạch Sa Rinh]] và mẹ người bệnh là bà [[N:Kim Thị Sươl]] đã được giải thích, không đồng ý giải phẫu tử thi, đã nhận giấy báo tử số [[R:0041/GBT]].
IV. Kết luận: Nguyên nhân tử vong: Thuyên tắc ối (O88.1) – Đông máu nội mạch rải rác. Tử vong khó tránh khỏi; quy trình cấp cứu tuân thủ Hướng dẫn quốc gia về các dịch vụ chăm sóc sức khỏe sinh sản. Bé trai (con bà [[N:Kim Thị Sa Ly]]) hiện ổn định tại khoa Sơ sinh.
Thư ký: [[N:Thạch Thị Mỹ Linh]]        Chủ trì: [[N:Dương Minh Trí]]`,
  ],
  // 32
  [
    'narcotics',
    `BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ – KHOA GÂY MÊ HỒI SỨC
BIÊN BẢN XÁC NHẬN VỠ ỐNG THUỐC GÂY NGHIỆN
Hôm nay, hồi 10 giờ 40 phút ngày [[D:13/11/2025]], tại phòng mổ số 6, chúng tôi gồm:
1. Ông [[N:Nguyễn Trọng Hiếu]] – Phó trưởng khoa Gây mê hồi sức
2. Bà [[N:Đinh Thị Hồng Vân]] – Dược sĩ, khoa Dược
3. Bà [[N:Hà Thu Trang]] – Điều dưỡng gây mê (người làm vỡ)
4. Ông [[N:Cao Xuân Bách]] – Điều dưỡng trưởng khoa
Cùng xác nhận sự việc như sau:
Trong khi chuẩn bị thuốc cho ca mổ của người bệnh [[N:Hoàng Văn Toản]], 52 tuổi, trú [[A:khu 6, xã Tứ Xã, huyện Lâm Thao]], Mã BN [[R:PT25-0338127]], chẩn đoán sỏi túi mật (K80.2), điều dưỡng [[N:Trang]] làm rơi vỡ 01 ống Fentanyl 0,1mg/2ml (số lô 250417) thuộc phiếu lĩnh thuốc gây nghiện số [[R:GN-0912/25]].
Thuốc đã tràn hết ra khay, không thu hồi được. Mảnh vỡ và vỏ ống được cho vào túi niêm phong số 17, giao khoa Dược.
Thuốc thay thế: lĩnh bổ sung 01 ống Fentanyl 0,1mg/2ml theo phiếu số [[R:GN-0913/25]]. Ca mổ cắt túi mật nội soi bắt đầu lúc 11h05, người bệnh không bị ảnh hưởng.
Kiểm đếm lại tủ thuốc trực: Fentanyl 0,1mg/2ml còn 9 ống; Morphin 10mg/1ml còn 5 ống; Midazolam 5mg/1ml (thuốc hướng thần) còn 10 ống; Ketamin 500mg/10ml còn 2 lọ – khớp sổ theo dõi.
Biên bản lập thành 03 bản: khoa Gây mê hồi sức giữ 01, khoa Dược 01, Phòng Kế hoạch tổng hợp 01, theo Thông tư 20/2017/TT-BYT.
Người làm vỡ: [[N:Hà Thu Trang]]
Dược sĩ: [[N:Đinh Thị Hồng Vân]]
ĐD trưởng khoa: [[N:Cao Xuân Bách]]
Đại diện lãnh đạo khoa: [[N:Nguyễn Trọng Hiếu]]`,
  ],
  // 33
  [
    'infection-control',
    `BỆNH VIỆN SẢN NHI NGHỆ AN – KHOA KIỂM SOÁT NHIỄM KHUẨN
BÁO CÁO NHANH CỤM CA NHIỄM KHUẨN BỆNH VIỆN
(Klebsiella pneumoniae kháng carbapenem tại Đơn vị Hồi sức sơ sinh)
Ngày báo cáo: [[D:10/11/2025]]
Từ [[D:1 - 8/11]], Đơn vị Hồi sức sơ sinh ghi nhận 4 trẻ cấy máu dương tính K. pneumoniae cùng kiểu kháng sinh đồ (kháng Meropenem, nhạy Colistin, MIC 0,5 µg/ml).
STT | Người bệnh | Mã NB | Ngày sinh | Tuổi thai / Cân nặng | Mẫu cấy | Ngày lấy | Lồng ấp
1 | Con bà [[N:Lê Thị Hằng]] | [[R:SS25-4410]] | [[D:24/10/2025]] | 29 tuần / 1.150g | Máu ([[R:VS-25-22817]]) | [[D:1/11]] | LA-04
2 | Con bà [[N:Nguyễn Thị Quỳnh Anh]] | [[R:SS25-4427]] | [[D:27/10/2025]] | 31 tuần / 1.480g | Máu ([[R:VS-25-23102]]) | [[D:4/11]] | LA-05
3 | Con bà [[N:Lô Thị Xoan]] (Thái, [[A:bản Piêng Cu, xã Châu Hạnh, huyện Quỳ Châu]]) | [[R:SS25-4431]] | [[D:28/10/2025]] | 33 tuần / 1.700g | Máu, đầu catheter ([[R:VS-25-23344]]) | [[D:6/11]] | LA-07
4 | Con bà [[N:Vi Thị Thảo]] | [[R:SS25-4452]] | [[D:2/11/2025]] | 28 tuần / 980g | Máu ([[R:VS-25-23561]]) | [[D:8/11]] | LA-06
Tình trạng: trẻ 1 tử vong ngày [[D:5/11]] (sốc nhiễm khuẩn); trẻ 2 và 3 đang điều trị Colistin + Meropenem; trẻ 4 thở máy.
Môi trường: cấy 24 mẫu bề mặt ngày [[D:7/11]]: dương tính K. pneumoniae ở bồn rửa tay giữa LA-05 và LA-06 và bình hút đàm số 2.
Biện pháp: cách ly nhóm 3 trẻ tại phòng 2; tạm dừng nhận bệnh mới từ [[D:9/11]]; tập huấn lại vệ sinh tay 5 thời điểm theo Thông tư 16/2018/TT-BYT; thay bồn rửa tay; sàng lọc phết hậu môn toàn bộ trẻ trong đơn vị.
Giám sát tuân thủ vệ sinh tay tuần 45: 61% (mục tiêu ≥ 85%). Mẹ trẻ số 3 là người Thái, đã được ĐD [[N:Lương Thị Vui]] tư vấn bằng tiếng Thái về rửa tay khi vắt sữa.
Người lập: ĐD [[N:Phan Thị Thanh Tâm]] – KSNK        Trưởng khoa: BSCKII [[N:Hồ Sỹ Vĩnh]]
Nơi nhận: Ban Giám đốc; Phòng KHTH; khoa Sơ sinh; CDC Nghệ An.`,
  ],
  // 34
  [
    'nursing',
    `BỆNH VIỆN TÂM THẦN TRUNG ƯƠNG 2 – KHOA NAM 3
PHIẾU THEO DÕI VÀ CHĂM SÓC (trích)
Người bệnh: [[N:Trần Văn Bốn]] (ở nhà kêu là [[N:Tư Lùn]]), 44 tuổi. Mã NB: [[R:TT2-25-07719]]. Buồng 3, giường 8.
Địa chỉ: [[A:ấp Bình Hòa, xã Tân Bình, huyện Vĩnh Cửu]], Đồng Nai.
Chẩn đoán: Tâm thần phân liệt thể paranoid (F20.0), tái phát do bỏ thuốc.
[[D:6/11]] – 14h (ĐD [[N:Lý Thị Kiều Oanh]]): NB vô viện do em gái là chị [[N:Trần Thị Năm]] với Công an [[A:xã Tân Bình]] đưa tới. NB la hét, nói ông [[N:Sáu]] hàng xóm "bỏ bùa cho bầy gà nhà tui chết". Kích động, đập phá. Đã tiêm Haloperidol 5mg + Diazepam 10mg theo y lệnh BS [[N:Khánh]]. Cố định 2 chi 45 phút theo quy trình, theo dõi mỗi 15 phút.
[[D:6/11]] – 22h (ĐD [[N:Nguyễn Minh Tâm]]): NB ngủ được từ 20h. M 88, HA 130/80. Đã tháo cố định lúc 15h.
[[D:7/11]] – 8h (ĐD [[N:Kiều Oanh]]): NB tỉnh, ăn hết phần cơm, chịu uống Olanzapin 10mg, Depakine 500mg. Nói chuyện còn rời rạc, còn nghe "tiếng ông [[N:Sáu]] chửi trong vách". Chị [[N:Năm]] vô thăm, kể: "Bình thường ảnh hiền khô hà, làm rẫy điều, nuôi gà. Hồi [[D:tháng 7]] ảnh tự bỏ thuốc, nói uống vô mập, buồn ngủ hổng làm được."
[[D:8/11]] – 9h (ĐD [[N:Kiều Oanh]]): NB hợp tác hơn, tham gia sinh hoạt nhóm. Hỏi "chừng nào cho tui về chăm con Mực" (con chó nhà). Giáo dục NB và người nhà về tuân thủ điều trị. Chị [[N:Năm]] để lại số [[P:0868 391 027]], dặn có lịch hội chẩn thì báo chỉ.
[[D:10/11]] – 9h (ĐD [[N:Kiều Oanh]]): NB ổn định, không còn ảo thanh rõ, ngủ 7 tiếng/đêm. Anh [[N:Tư]] nói "giờ hết nghe ổng chửi rồi". BS [[N:Khánh]] dự kiến cho ra viện [[D:14/11]], chuyển tiêm Haloperidol decanoat 50mg mỗi 4 tuần tại Trạm Y tế xã, tái khám ngày [[D:12/12]].`,
  ],
  // 35
  [
    'voice-handover',
    `[Ghi chú giọng nói → văn bản | Khoa Cấp cứu – Bệnh viện Đa khoa Xanh Pôn | bản tự động, chưa chỉnh sửa]
giao ca trực đêm ngày [[D:mười lăm tháng mười một năm hai không hai lăm]] người giao bác sĩ [[N:nguyễn tiến dũng]] người nhận bác sĩ [[N:phạm thùy linh]] tổng số bệnh nhân đang lưu mười một trong đó ba ca nặng
giường một cụ bà [[N:đỗ thị nguyệt]] [[AGE:chín mươi hai]] tuổi nhà ở [[A:ngõ một trăm linh tám phố vĩnh phúc quận ba đình]] vào lúc hai giờ sáng vì khó thở chẩn đoán đợt cấp suy tim mạn nt pro bê en pê chín nghìn hai đang thở ô xy kính ba lít phút đã tiêm furosemid hai ống tĩnh mạch tiểu được tám trăm mi li con trai là ông [[N:hùng]] số điện thoại [[P:không chín một hai bốn năm sáu bảy không tám]] đã liên hệ khoa tim mạch chờ giường
giường ba nam khoảng ba mươi tuổi chưa rõ danh tính mã tạm [[R:CC251115-04]] tai nạn xe máy trên [[A:đường láng]] lúc mười một giờ đêm công an [[A:phường láng thượng]] đã lập biên bản xe biển số [[VP:29H1-458.72]] nồng độ cồn máu hai trăm mười mi li gam trên đê xi lít glasgow mười bốn điểm vết thương da đầu đã khâu cắt lớp sọ não lúc một giờ không thấy máu tụ theo dõi tri giác mỗi giờ
giường năm [[N:vũ minh khôi]] mười chín tuổi sinh viên ngộ độc rượu vào lúc mười hai giờ bốn mươi do bạn cùng phòng là [[N:thành]] đưa vào hiện đã tỉnh nói chuyện được đường máu năm phẩy tám bình thường bạn [[N:thành]] đang chờ ở sảnh làm thủ tục thẻ bảo hiểm của [[N:khôi]] để ở ký túc xá
giường bảy chị [[N:lê thu trang]] ba mươi tư tuổi đau bụng hố chậu phải điểm alvarado tám đã hội chẩn ngoại chuyển mổ ruột thừa lúc năm giờ
việc cần làm ca sáng giường một chuyển tim mạch giường ba nếu người nhà đến thì báo cán bộ công an phường tên [[N:tuấn anh]] số [[P:không chín tám ba hai hai không bốn năm một]] giường năm cho ra viện khi bạn mang thẻ đến
hết giao ca người nhận [[N:linh]] đã nghe lại và xác nhận lúc bảy giờ mười lăm`,
  ],
  // 36
  [
    'chat',
    `Nhóm Zalo "BHYT – QUẦY TIẾP ĐÓN BVĐK ĐỒNG THÁP"
[[D:7/11/2025]]
07:34 [[N:Ngọc Trinh]] (quầy 2): Anh chị ơi BN [[N:Lê Văn Tới]] đưa thẻ BHYT giấy [[BH:GD 4 87 87214 03918]] mà tra trên cổng báo hết hạn [[D:30/9]], BN nói đã đóng tiền hộ gia đình rồi.
07:36 [[N:Hữu Phát]] (giám định): Em tra bằng mã số BHXH [[BH:8721403918]] xem, có khi gia hạn rồi mà chưa đồng bộ.
07:38 [[N:Ngọc Trinh]] (quầy 2): Dạ tra ra rồi, hạn mới đến [[D:30/9/2026]]. Cảm ơn anh [[N:Phát]] 😁
07:51 [[N:Thanh Thúy]] (quầy 4): Cô [[N:Nguyễn Thị Bảy]] ([[A:khóm 3, phường 11, TP Cao Lãnh]]) không mang CCCD, chỉ có VNeID trên điện thoại con gái, số định danh [[ID:087158002744]]. Được không anh?
07:52 [[N:Hữu Phát]] (giám định): Được em, chụp màn hình VNeID lưu hồ sơ là ok.
07:58 [[N:Ngọc Trinh]] (quầy 2): Còn ông [[N:Đoàn Văn Chức]] chỉ có CMND cũ số [[CM:341 287 650]], thẻ BHYT vẫn ghi số đó, có nhận được không anh?
08:01 [[N:Hữu Phát]] (giám định): Tra theo họ tên + ngày sinh trên cổng là ra, nhắc ông ra công an xã làm CCCD nha.
08:10 [[N:Thanh Thúy]] (quầy 4): BN [[N:Huỳnh Thị Kim Chi]] chuyển tuyến từ TTYT Tháp Mười, giấy chuyển số [[R:1142/GCT]] ngày [[D:5/11]], hôm nay mới lên, còn giá trị không anh?
08:12 [[N:Hữu Phát]] (giám định): Giấy chuyển tuyến có giá trị 10 ngày làm việc, còn hạn nha em.
08:40 [[N:Ngọc Trinh]] (quầy 2): BN [[N:Trương Văn Út]] người Hoa ở Sa Đéc xin hoàn tiền phụ thu phòng dịch vụ, biên lai số [[R:0045781]], anh cho hướng giải quyết ạ.
08:42 [[N:Hữu Phát]] (giám định): Chuyển qua phòng Tài chính kế toán, gặp chị [[N:Diễm]] lầu 1.
09:05 [[N:Kim Ngân]] (trưởng quầy): Lưu ý: bệnh hiểm nghèo theo danh mục Thông tư 01/2025/TT-BYT được chuyển thẳng lên tuyến cuối, không cần qua tuyến tỉnh. Ai chưa đọc thì đọc nha.
09:20 [[N:Thanh Thúy]] (quầy 4): Bé [[N:Phạm Gia Hân]] thẻ [[BH:TE1878720945612]], mẹ bé là chị [[N:Mai]] hỏi sao hôm nay phải đóng đồng chi trả.
09:22 [[N:Hữu Phát]] (giám định): Bé sinh [[D:02/11/2019]], đủ 72 tháng rồi nên thẻ TE hết hạn em, phải mua thẻ học sinh.
09:23 [[N:Thanh Thúy]] (quầy 4): Dạ em giải thích cho chị [[N:Mai]] rồi ạ. Mai chị ấy quay lại làm thẻ.`,
  ],
  // 37
  [
    'roster',
    `BỆNH VIỆN K – KHOA NỘI 2 – ĐƠN VỊ ĐIỀU TRỊ TRONG NGÀY
LỊCH TRUYỀN HÓA CHẤT TUẦN [[D:17 - 21/11/2025]]
Thứ | Họ tên | Tuổi | PID | Chẩn đoán | Phác đồ | Đợt | Ghế | Ghi chú
Hai [[D:17/11]] | [[N:Nguyễn Thị Xuân]] | 58 | [[R:0024418853]] | K vú trái T2N1M0 HER2+ (C50.4) | AC → Paclitaxel + Trastuzumab | AC 3/4 | G05 | Pegfilgrastim 6mg sau truyền
Hai [[D:17/11]] | [[N:Đinh Văn Khải]] | 63 | [[R:0025102217]] | K phổi biểu mô tuyến IVA, EGFR (−) (C34.1) | Pemetrexed 500mg/m² + Carboplatin AUC5 | 5/6 | G06 | Vitamin B12 1000mcg đã tiêm [[D:22/9]]
Ba [[D:18/11]] | [[N:Lò Thị Xiêm]] (Thái, Sơn La) | 41 | [[R:0025331906]] | K cổ tử cung IIB (C53.0) | Cisplatin 40mg/m² hằng tuần + xạ trị | tuần 4/6 | G01 | Ở trọ nhà chị gái, [[A:ngõ 71 Tân Triều, xã Tân Triều, huyện Thanh Trì]]
Tư [[D:19/11]] | [[N:Trần Quốc Thu]] | 52 | [[R:0024909412]] | K đại tràng sigma pT3N2aM0 (C18.7) | FOLFOX6 | 8/12 | G03 | Bơm truyền 46h, tháo bơm sáng [[D:21/11]]
Năm [[D:20/11]] | [[N:Bùi Thị Hương Giang]] | 36 | [[R:0025418771]] | K buồng trứng (C56) | Paclitaxel 175mg/m² + Carboplatin AUC6 | 2/6 | G02 | Đợt 1 dị ứng nhẹ, tiền mê Dexamethason 20mg
Sáu [[D:21/11]] | [[N:Lê Văn Hòa]] | 67 | [[R:0024001592]] | K dạ dày sau mổ (C16.3) | XELOX | 6/8 | G04 | Creatinin [[D:14/11]] 118 µmol/L, làm lại trước truyền
Ghi chú chung:
- Chị [[N:Giang]] làm thủ tục BHYT trước 7h30; chồng chị là anh [[N:Tùng]] đã đổi số, số mới [[P:0983 504 228]].
- Ông [[N:Thu]] xin chuyển sang thứ Sáu vì trùng lịch đi làm; BS [[N:Ngân]] đồng ý nếu bạch cầu hạt ≥ 1,5 G/L.
- Bà [[N:Xuân]]: thu tiền thuốc ngoài danh mục tại quầy số 3 tầng 1 trước khi pha thuốc.
- Ghế G07 bảo trì đến hết tuần.
Người lập lịch: ĐD [[N:Vương Thị Thanh Huyền]] – ĐDT khoa Nội 2`,
  ],
  // 38
  [
    'er-log',
    `BỆNH VIỆN ĐA KHOA TỈNH SƠN LA – KHOA CẤP CỨU
SỔ VÀO VIỆN CẤP CỨU (trích ca trực [[D:8/11/2025]])
STT | Giờ vào | Họ tên | Tuổi | Địa chỉ | Chẩn đoán | Xử trí | Ghi chú
1 | 18:05 | [[N:Lò Văn Pọm]] | 34 | [[A:bản Hụm, xã Chiềng Ngần, TP Sơn La]] | TNGT, gãy kín 2 xương cẳng chân trái (S82.2) | Nẹp, chuyển CTCH | Va chạm xe tải [[VP:26C-087.19]]; CSGT Công an [[A:TP Sơn La]] đã lập biên bản
2 | 18:40 | [[N:Quàng Thị Ín]] | 27 | [[A:bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn]] | Thai 8 tuần, đau bụng, ra huyết (O20.0) | Chuyển Sản | Chồng [[N:Cầm Văn Thiêm]] [[P:0384 226 590]]
3 | 19:15 | [[N:Giàng A Chá]] | 16 | [[A:bản Pá Khôm, xã Long Hẹ, huyện Thuận Châu]] | Ngộ độc lá ngón (T62.2) | Rửa dạ dày, than hoạt, thở máy | Người Mông, em trai [[N:Giàng A Lử]] phiên dịch
4 | 20:02 | Chưa rõ tên (mã tạm [[R:SL-CC-1108-07]]) | ~60 | Chưa rõ | Hạ thân nhiệt, say rượu, vết thương trán | Khâu, ủ ấm | Người dân ở chợ [[A:phường Chiềng Lề]] gọi 115
5 | 21:30 | [[N:Lường Thị Đón]] | [[AGE:90]] | [[A:tổ 4, phường Quyết Thắng, TP Sơn La]] | Ngã, gãy cổ xương đùi phải (S72.0) | Kéo liên tục, chờ mổ | Con trai [[N:Lường Văn Ngọc]], SĐT [[P:0912 084 337]]
6 | 22:48 | [[N:Nguyễn Đức Mạnh]] | 41 | [[A:tiểu khu 19, thị trấn Hát Lót, huyện Mai Sơn]] | NMCT cấp ST chênh lên thành dưới (I21.1) | Aspirin 300mg, Clopidogrel 600mg, chuyển can thiệp | Lái xe khách [[VP:26B-015.62]], đau ngực khi đang chạy xe
7 | 23:55 | [[N:Vì Văn Thắm]] | 22 | [[A:bản Lả Mường, phường Chiềng Sinh, TP Sơn La]] | Vết thương bàn tay do dao | Khâu, tiêm SAT 1500 đv | Công an [[A:phường Chiềng Sinh]] đến lấy lời khai lúc 0h30 [[D:9/11]]
Tổng: 7 ca (chuyển khoa 5, lưu cấp cứu 2). Bàn giao: BS trực [[N:Lê Thị Phương Thảo]] – ĐD [[N:Tòng Văn Quý]]`,
  ],
  // 39
  [
    'teleconsult',
    `BIÊN BẢN HỘI CHẨN TỪ XA
Mã ca hội chẩn: [[R:TH-NTW-25-3307]]
Thời gian: 15h00 – 15h40 ngày [[D:14/11/2025]]
Điểm cầu yêu cầu: Bệnh viện Đa khoa tỉnh Điện Biên – khoa Nhi. Tham dự: BSCKII [[N:Lò Thị Thanh Hương]] (Trưởng khoa), BS [[N:Quàng Văn Dũng]], ĐD [[N:Sùng Thị Chía]].
Điểm cầu tư vấn: Bệnh viện Nhi Trung ương – Trung tâm Tim mạch. Tham dự: PGS.TS [[N:Trịnh Thị Minh Hằng]], TS [[N:Phùng Văn Khiêm]].
Người bệnh: [[N:Lò Văn Khánh]], nam, 4 tuổi 3 tháng, dân tộc Thái, [[A:bản Co Mận, xã Thanh Xương, huyện Điện Biên]]. Mã NB: [[R:DB25-0918442]]. Thẻ BHYT: [[BH:TE1111121905834]].
Bệnh sử: Sốt liên tục từ [[D:8/11]], mắt đỏ không ghèn, môi đỏ nứt, hạch cổ phải 2cm, ban đa dạng, phù cứng mu bàn tay. Ngày [[D:12/11]] bắt đầu bong da đầu ngón.
Cận lâm sàng: BC 18,6 G/L, TC 512 G/L, CRP 94 mg/L, Albumin 29 g/L, Natri 131 mmol/L. Siêu âm tim tại điểm cầu yêu cầu (chia sẻ màn hình): ĐMV trái đoạn gần 3,8mm (Z-score +3,1), ĐMV phải 2,6mm, không tràn dịch màng tim.
Chẩn đoán: Bệnh Kawasaki (M30.3) có giãn động mạch vành trái.
Ý kiến điểm cầu tư vấn: IVIg 2g/kg truyền trong 12 giờ ngay hôm nay; Aspirin 30–50 mg/kg/ngày đến khi hết sốt 48 giờ, sau đó 3–5 mg/kg/ngày; siêu âm tim lại sau 2 tuần (ngày [[D:28/11]]) và sau 6 tuần. Nếu còn sốt sau 36 giờ → hội chẩn lại, cân nhắc IVIg lần 2 hoặc Methylprednisolon. Chưa cần chuyển tuyến.
Gia đình: bố là anh [[N:Lò Văn Hặc]] đã được BS [[N:Dũng]] giải thích bằng tiếng Thái, đồng ý điều trị; mẹ là chị [[N:Cà Thị Ơn]] ở cùng bé.
Thư ký điểm cầu yêu cầu: ĐD [[N:Sùng Thị Chía]]`,
  ],
  // 40
  [
    'social-work',
    `BỆNH VIỆN ĐA KHOA KHU VỰC TỈNH AN GIANG – PHÒNG CÔNG TÁC XÃ HỘI
PHIẾU TIẾP NHẬN VÀ HỖ TRỢ NGƯỜI BỆNH CÓ HOÀN CẢNH ĐẶC BIỆT
Ngày tiếp nhận: [[D:4/11/2025]]   Người tiếp nhận: CTV [[N:Châu Thị Mỹ Tiên]]
Người bệnh: [[N:NHEM SOKHA]] ([[N:ញ៉ែម សុខា]]), nữ, 71 tuổi, quốc tịch Campuchia. Hộ chiếu số [[PP:N01827734]].
Địa chỉ thường trú: [[A:Phum Kampong Krasang, Khum Prek Chrey, Srok Koh Thom]], tỉnh Kandal, Campuchia. Tạm trú: nhà em gái, [[A:khóm Long Thạnh, thị trấn Long Bình, huyện An Phú]].
Khoa điều trị: Nội Tim mạch, giường 9. Mã NB: [[R:AG25-1104-0271]]. Chẩn đoán: Suy tim mạn NYHA III, rung nhĩ (I48.2), tăng huyết áp.
Hoàn cảnh: Bà [[N:Sokha]] qua cửa khẩu Khánh Bình ngày [[D:28/10]] để thăm em gái là bà [[N:Chau Thị Sa Ranh]]. Đêm [[D:2/11]] bà khó thở dữ dội, được đưa vào cấp cứu. Bà không có bảo hiểm, chi phí tạm tính đến [[D:4/11]] là 14.860.000 đồng; gia đình đã nộp 3.000.000 đồng. Con trai bà là anh [[N:Vann Kosal]] đang làm việc tại Hàn Quốc, điện thoại [[P:+82 10-4418-2097]].
Trao đổi qua phiên dịch là chị [[N:Chau Sóc Thia]] (nhân viên khoa Dược, biết tiếng Khmer): bà [[N:Sokha]] nói "Khnhom min mien luy te" (tôi không có tiền) và xin được về Campuchia điều trị tiếp.
Kế hoạch hỗ trợ:
1. Đề nghị Ban Giám đốc miễn giảm 50% viện phí theo quy chế.
2. Kết nối Hội Chữ thập đỏ [[A:huyện An Phú]] hỗ trợ 2.000.000 đồng và xe đưa bà về cửa khẩu.
3. Liên hệ con trai chuyển tiền vào tài khoản bệnh viện, ghi mã hồ sơ [[R:CTXH-25-0388]].
4. Cấp tóm tắt bệnh án bằng tiếng Anh để bà tái khám tại Calmette Hospital, Phnom Penh.
Kết quả: Ngày [[D:6/11]], anh [[N:Kosal]] đã chuyển 8.000.000 đồng (mã giao dịch [[R:MB2511061842337]]). Bà [[N:Sokha]] xuất viện ngày [[D:7/11]], em gái đưa về qua cửa khẩu Khánh Bình.
Người lập phiếu: [[N:Châu Thị Mỹ Tiên]]        Trưởng phòng CTXH: [[N:Võ Hoàng Nam]]`,
  ],
];
