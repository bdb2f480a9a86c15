// Held-out set 28, documents 27–40 (see index.ts for the conventions): clinical paperwork — a
// CSV export, an e-prescription, an invoice with receipts, a domestic insurance claim, a GOP
// e-mail from an assistance company, forensic and death papers, a referral paper, an SMS log,
// a pacemaker card, Zalo chats pasting codes, a discharge paper with a sick-leave certificate,
// a records-desk e-mail to the police. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'csv',
    `# Xuất dữ liệu: DS_KHAM_NGOAI_TRU.csv – Phòng khám Nội 2 – Bệnh viện Đa khoa Đống Đa
# Người xuất: [[N:Phạm Thu Giang]] – thời điểm xuất 16:02 [[D:25/11/2025]] – 6 bản ghi – mã hóa UTF-8
ma_lk,ma_bn,ho_ten,ngay_sinh,gioi_tinh,so_giay_to,ma_the_bhyt,dien_thoai,dia_chi,ngay_vao,ma_benh,ma_bac_si
[[R:LK25112500014]],[[R:25031187]],[[N:Nguyễn Thị Lan Anh]],[[D:1987-04-12]],2,[[ID:001187023716]],[[BH:DN4010120394875]],[[P:0912604331]],"[[A:Số 12 ngõ 45 phố Hào Nam, phường Ô Chợ Dừa, quận Đống Đa]], Hà Nội",[[D:2025-11-25]] 08:14,I10;E78.5,[[L:012345/HNO-CCHN]]
[[R:LK25112500021]],[[R:19004562]],[[N:Trịnh Văn Hùng]],[[D:1968-10-03]],1,[[ID:001068004125]],[[BH:HT2010119004562]],[[P:0983447120]],"[[A:P.1204 tòa B, chung cư 93 Láng Hạ, phường Láng Hạ, quận Đống Đa]], Hà Nội",[[D:2025-11-25]] 08:31,E11.9;N18.3,[[L:012345/HNO-CCHN]]
[[R:LK25112500035]],[[R:25040718]],[[N:Đỗ Minh Châu]],[[D:2019-07-21]],2,[[ID:001319008842]],[[BH:TE1010110928374]],[[P:0904331288]],"[[A:Số 7 ngách 28/11 ngõ 28 phố Xã Đàn, phường Nam Đồng, quận Đống Đa]], Hà Nội",[[D:2025-11-25]] 09:02,J45.0,[[L:008871/HNO-CCHN]]
[[R:LK25112500042]],[[R:25040739]],[[N:Kim Min-jun]],[[D:1979-02-16]],1,[[PP:M30528716]],,[[P:+82 10 2287 4419]],"[[A:Phòng 1508, tòa A2, khu đô thị Ciputra, phường Xuân La, quận Tây Hồ]], Hà Nội",[[D:2025-11-25]] 09:40,K21.0,[[L:008871/HNO-CCHN]]
[[R:LK25112500057]],[[R:07011320]],[[N:Lương Thị Nụ]],[[D:1936-01-01]],2,[[ID:001136000417]],[[BH:HT3010107011320]],[[P:0243 851 7724]],"[[A:Số 3 ngách 176/14 phố Trường Chinh, phường Khương Thượng, quận Đống Đa]], Hà Nội",[[D:2025-11-25]] 10:15,I48.9;I50.0,[[L:012345/HNO-CCHN]]
[[R:LK25112500063]],[[R:25040802]],[[N:Hà Quang Vũ]],[[D:2002-12-30]],1,[[ID:037202009157]],[[BH:SV4010122007314]],[[P:0868552019]],"[[A:Phòng 304 nhà B6 ký túc xá Mễ Trì, phường Mễ Trì, quận Nam Từ Liêm]], Hà Nội",[[D:2025-11-25]] 10:48,A90,[[L:008871/HNO-CCHN]]
# Ghi chú: bản ghi [[R:LK25112500057]] – ngày sinh mặc định 01-01 do thẻ cũ chỉ ghi năm sinh, đề nghị cập nhật theo căn cước.
# Bản ghi [[R:LK25112500042]] – người nước ngoài, không BHYT, thanh toán dịch vụ theo biên lai số [[R:BL-PKN2-251125-007]].
# Tổng: 6 lượt khám; 5 BHYT; 1 dịch vụ. Mã bác sĩ là số chứng chỉ hành nghề theo chuẩn dữ liệu đầu ra BHYT (Quyết định 130/QĐ-BYT).`,
  ],
  // 28
  [
    'prescription',
    `BỆNH VIỆN ĐA KHOA ĐỨC GIANG – KHOA KHÁM BỆNH
ĐƠN THUỐC ĐIỆN TỬ
Mã đơn thuốc quốc gia: [[R:01013k7x2m9pq-c]]          Mã hồ sơ khám: [[R:DG25-1125-004417]]
Loại đơn: đơn thuốc thông thường – Số đơn nội bộ: [[R:ĐT-KB3-2511-1187]]

Họ tên: [[N:Bùi Thị Thanh Thủy]]     Ngày sinh: [[D:22/05/1969]]     Giới tính: Nữ     Cân nặng: 62 kg
Số định danh cá nhân: [[ID:034169007215]]     Mã thẻ BHYT: [[BH:HC4343421058127]]
Địa chỉ: [[A:Số 8 ngách 2/19 ngõ 2 phố Ngọc Thụy, phường Ngọc Thụy, quận Long Biên]], Hà Nội
Điện thoại: [[P:0983.617.442]]
Chẩn đoán: E11.9 – Đái tháo đường typ 2 không biến chứng; I10 – Tăng huyết áp vô căn; E78.2 – Tăng lipid máu hỗn hợp

Thuốc điều trị:
1. Metformin 850 mg (Glucophage 850 mg) – 60 viên
   Uống: sáng 1 viên, tối 1 viên, sau ăn
2. Gliclazid 30 mg MR (Diamicron MR 30 mg) – 30 viên
   Uống: sáng 1 viên trước ăn 30 phút
3. Amlodipin 5 mg – 30 viên
   Uống: 8h sáng 1 viên
4. Atorvastatin 20 mg – 30 viên
   Uống: 21h tối 1 viên
5. Insulin glargine 100 UI/ml (Lantus SoloStar 3 ml) – 2 bút
   Tiêm dưới da: 14 UI lúc 22h; tăng 2 UI mỗi 3 ngày nếu đường huyết lúc đói > 7 mmol/L

Lời dặn: Tự theo dõi đường huyết mao mạch sáng đói 3 lần/tuần; hạ đường huyết (< 3,9 mmol/L) uống 15 g đường. HbA1c [[D:25/11]]: 8,9%. Kiêng rượu bia.
Tái khám: [[D:25/12/2025]] hoặc bất cứ khi nào có bất thường. Mang theo sổ theo dõi và đơn này.

Ngày kê đơn: 10:42 [[D:25/11/2025]]
Bác sĩ khám bệnh, kê đơn: [[N:Vũ Hải Nam]] – Số CCHN: [[L:012457/HNO-CCHN]]
(Đã ký số – đơn được liên thông lên Hệ thống đơn thuốc quốc gia theo Thông tư 04/2022/TT-BYT; tra cứu tại nhà thuốc bằng mã QR)

Người nhận thuốc: [[N:Lê Văn Quang]] (chồng) – CCCD [[ID:034067002981]]
Đã bán tại Nhà thuốc bệnh viện – quầy số 2, hóa đơn bán lẻ số [[R:NT-2511-18826]], dược sĩ [[N:Đặng Thị Hồng]] (CCHN dược số [[L:2218/CCHND-SYT-HN]]).`,
  ],
  // 29
  [
    'invoice',
    `HÓA ĐƠN GIÁ TRỊ GIA TĂNG
(Bản thể hiện của hóa đơn điện tử)
Ký hiệu: 1C25TBD          Số: [[R:00018342]]
Ngày [[D:26 tháng 11 năm 2025]]
Mã của cơ quan thuế: [[R:00A1F3C2B7E9D04C8A1B6E5F7D2C9A3B41]]

Đơn vị bán hàng: BỆNH VIỆN ĐA KHOA TỈNH BÌNH DƯƠNG
Mã số thuế: 3700146532

Họ tên người mua hàng: [[N:Trương Quốc Việt]]
Tên đơn vị: (cá nhân)
Mã số thuế / số định danh người mua: [[ID:074089012554]]
Địa chỉ: [[A:Số 41/12 đường Huỳnh Văn Lũy, khu phố 5, phường Phú Mỹ, TP Thủ Dầu Một]], tỉnh Bình Dương
Hình thức thanh toán: TM/CK
Mã người bệnh: [[R:BD2511140377]]     Số vào viện: [[R:25.NTM.04418]]     Thời gian điều trị: [[D:14 - 24/11/2025]]

STT  Tên hàng hóa, dịch vụ                              ĐVT    SL    Đơn giá      Thành tiền
1    Ngày giường bệnh Nội khoa loại 1 – hạng I           ngày   10    248.000      2.480.000
2    Chụp CT mạch vành 256 lát                           lần    1     3.890.000    3.890.000
3    Can thiệp động mạch vành (01 stent)                 lần    1     6.950.000    6.950.000
4    Stent phủ thuốc Xience Skypoint 3.0 x 28 mm          cái    1     31.500.000   31.500.000
5    Thuốc, dịch truyền (bảng kê kèm theo)               gói    1     4.327.500    4.327.500
6    Xét nghiệm, chẩn đoán hình ảnh khác                 gói    1     2.145.000    2.145.000
Cộng tiền hàng: 51.292.500
Quỹ BHYT thanh toán (thẻ [[BH:GD4747420883105]], mức hưởng 80%): 36.874.000
Người bệnh cùng chi trả và ngoài phạm vi: 14.418.500
Thuế suất GTGT: KCT
Tổng cộng tiền thanh toán: 14.418.500
Số tiền viết bằng chữ: Mười bốn triệu bốn trăm mười tám nghìn năm trăm đồng.

Mã tra cứu hóa đơn: [[R:BV7K3Q92XL]]

CÁC CHỨNG TỪ LIÊN QUAN
– Biên lai thu tiền tạm ứng số [[R:BL25-0042718]] ngày [[D:14/11/2025]]: 10.000.000 đ – người nộp [[N:Trương Thị Mai]] (vợ), CCCD [[ID:074189004663]].
– Biên lai thu tiền tạm ứng số [[R:BL25-0043391]] ngày [[D:19/11/2025]]: 5.000.000 đ.
– Phiếu thu số [[R:PT-2511-09231]]: thu thêm 0 đ. Phiếu hoàn ứng số [[R:HU-2511-00716]]: hoàn trả 581.500 đ.
– Mã giao dịch chuyển khoản hoàn ứng: [[R:FT25328771904415]] về tài khoản số [[R:1902 6654 1130 18]] (Techcombank) của người bệnh.
Thu ngân: [[N:Lê Ngọc Trâm]]     Người lập bảng kê: [[N:Nguyễn Thị Kim Quyên]]`,
  ],
  // 30
  [
    'claim',
    `TỔNG CÔNG TY BẢO HIỂM BẢO VIỆT – BẢO VIỆT AN GIA
GIẤY YÊU CẦU TRẢ TIỀN BẢO HIỂM SỨC KHỎE
Số hồ sơ bồi thường (Bảo Việt ghi): [[R:BVAG-HCM-25-0713382]]     Ngày nhận: [[D:12/11/2025]]

I. THÔNG TIN NGƯỜI ĐƯỢC BẢO HIỂM
Họ và tên: [[N:Đặng Thị Minh Châu]]          Ngày sinh: [[D:19/07/1991]]          Giới tính: Nữ
Số CCCD/Hộ chiếu: [[ID:079191015823]]
Số hợp đồng / Giấy chứng nhận bảo hiểm: [[R:25-HCM-AG-0045176]]
Số thẻ bảo hiểm sức khỏe: [[BH:AG2500451760-02]]
Bảo hiểm nhóm – Công ty CP Phần mềm Sao Việt – mã nhân viên: [[R:SV-01873]]
Điện thoại: [[P:0938 447 120]]          E-mail: [[E:chau.dtm91@gmail.com]]
Địa chỉ liên hệ: [[A:Căn hộ B2-14.05, chung cư Sunrise Riverside, số 2 đường Nguyễn Hữu Thọ, xã Phước Kiển, huyện Nhà Bè]], TP.HCM

II. THÔNG TIN ĐIỀU TRỊ
Cơ sở y tế: Bệnh viện Từ Dũ – mã người bệnh [[R:TD25-118342]], số lưu trữ hồ sơ [[R:2025/PK-7714]]
Ngày nhập viện: [[D:03/11/2025]]     Ngày ra viện: [[D:07/11/2025]]
Chẩn đoán: O00.1 – Thai ngoài tử cung vỡ (vòi trứng phải); phẫu thuật nội soi cắt vòi trứng ngày [[D:03/11/2025]].
Tổng chi phí: 27.640.000 đ theo hóa đơn số [[R:00073418]] (ký hiệu 1C25TTD); BHYT đã chi trả 9.112.000 đ (thẻ BHYT [[BH:DN4797921548806]]).
Số tiền yêu cầu: 18.528.000 đ

III. THÔNG TIN NHẬN TIỀN
Chủ tài khoản: [[N:Đặng Thị Minh Châu]] – số tài khoản [[R:0071000938122]] – Vietcombank chi nhánh Nam Sài Gòn

IV. CAM KẾT
Tôi cam kết những thông tin trên là đúng sự thật và đồng ý cho Bảo Việt thu thập hồ sơ bệnh án tại cơ sở y tế.
TP.HCM, ngày [[D:10/11/2025]]          Người yêu cầu: [[N:Đặng Thị Minh Châu]]

PHẦN DÀNH CHO BẢO VIỆT
Cán bộ tiếp nhận: [[N:Ngô Hoàng Phúc]]. Thông báo bổ sung hồ sơ số [[R:YCBS-0713382-01]] ngày [[D:14/11/2025]]: đề nghị bổ sung giấy ra viện bản gốc và phiếu phẫu thuật.
Kết quả: chấp nhận bồi thường 17.940.000 đ (trừ 588.000 đ chi phí không thuộc phạm vi). Thông báo bồi thường số [[R:TBBT-25-0713382]]; đã chuyển khoản ngày [[D:21/11/2025]], mã giao dịch [[R:BV2511210044187]].
Quy tắc bảo hiểm áp dụng: quy tắc bảo hiểm sức khỏe An Gia hiện hành của Bảo Việt.`,
  ],
  // 31
  [
    'email',
    `From: [[N:Nguyen Thi Lan Chi]] <[[E:lanchi.nguyen@medassist-global.com]]>
To: International Patient Services – FV Hospital
Date: [[D:19 Nov 2025]], 10:37 (GMT+7)
Subject: GUARANTEE OF PAYMENT – Our ref. [[R:MAG-25-HCM-118402]] – Member: [[N:DE VRIES, Hendrik]]

Dear IPS team,

Further to your initial medical report received this morning, please accept this letter as a Guarantee of Payment on behalf of Bupa Global for the member below.

Member: [[N:Hendrik de Vries]]
Date of birth: [[D:14 March 1961]]
Nationality: Netherlands – passport no. [[PP:NW8K4D1P2]]
Insurer: Bupa Global – membership no. [[BH:40128873-01]]
Policy no.: [[R:BG-IPH-2231907]]
Hospital MRN: [[R:FV-00728415]]     Admission: [[D:18 Nov 2025]]
Diagnosis: Acute inferior STEMI (I21.1); primary PCI to RCA with 2 drug-eluting stents
GOP amount: USD 15,000 (fifteen thousand US dollars)
Validity: [[D:18 - 28 Nov 2025]]

Exclusions: personal items, telephone, companion's meals, take-home medication beyond 30 days.
Please send the itemised interim bill (your ref. [[R:IB-25-33817]]) and the discharge summary quoting our reference above. Any extension of stay or additional procedure requires a new GOP.

The member's wife, [[N:Marieke de Vries]], is staying at the hotel next to the hospital and can be reached on [[P:+31 6 4418 2297]]. She has asked that the cardiologist, Dr. [[N:Pham Quoc Khanh]], call her after the ward round.

Kind regards,
[[N:Lan Chi]]
Case Manager – Medical Assistance Asia
Direct: [[P:+84 28 3910 2267]]

-----Original message-----
From: IPS Desk – FV Hospital
Sent: [[D:19 Nov 2025]], 07:58
Subject: Initial medical report – MRN [[R:FV-00728415]] – Mr [[N:Hendrik de Vries]]

Dear [[N:Lan Chi]], the patient presented to our ER on [[D:18 Nov 2025]] at 21:40 with chest pain for 2 hours. Troponin T hs 1,840 ng/L; echo EF 45%. PCI performed at 23:15 by Dr. [[N:Pham Quoc Khanh]]. Estimated cost USD 13,500–14,500. Please issue a GOP against your case [[R:MAG-25-HCM-118402]]. Your member card shows "[[BH:40128873-01]] / valid to [[D:31/12/2025]]".`,
  ],
  // 32
  [
    'report',
    `CÔNG AN [[A:QUẬN LÊ CHÂN]]
CƠ QUAN CẢNH SÁT ĐIỀU TRA
Số: [[R:214/QĐ-ĐCSHS]]
QUYẾT ĐỊNH TRƯNG CẦU GIÁM ĐỊNH
Căn cứ Bộ luật Tố tụng hình sự năm 2015; xét tin báo về tội phạm số [[R:392/TB-CAQ]] ngày [[D:19/10/2025]],
QUYẾT ĐỊNH: Trưng cầu Trung tâm Pháp y thành phố Hải Phòng giám định tỷ lệ tổn thương cơ thể do thương tích gây nên đối với:
Họ tên: [[N:Vũ Thị Thanh Nhàn]], sinh ngày [[D:07/10/1994]], CCCD số [[ID:031194006652]],
trú tại: [[A:số 26 ngõ 117 đường Dư Hàng, phường Dư Hàng Kênh, quận Lê Chân]].
Tài liệu gửi kèm: Giấy chứng nhận thương tích số [[R:418/GCNTT]] của Bệnh viện Hữu nghị Việt Tiệp; bản sao bệnh án, mã người bệnh [[R:VT25-1019-0442]], số lưu trữ [[R:25.10.33871]]; phim CT sọ não (accession [[R:CT251019.0442]]) và 2 phim X-quang.
Điều tra viên: [[N:Nguyễn Văn Hải]]; người giới thiệu đến giám định: cán bộ [[N:Trần Đức Minh]], ĐT [[P:0936 118 420]].
Hải Phòng, ngày [[D:24 tháng 10 năm 2025]] – PHÓ THỦ TRƯỞNG: [[N:Đoàn Quang Tiến]]

TRUNG TÂM PHÁP Y THÀNH PHỐ HẢI PHÒNG
KẾT LUẬN GIÁM ĐỊNH PHÁP Y VỀ THƯƠNG TÍCH
Số: [[R:1187/25/TgT]]
Căn cứ Quyết định trưng cầu giám định số [[R:214/QĐ-ĐCSHS]]; Thông tư 22/2019/TT-BYT quy định tỷ lệ phần trăm tổn thương cơ thể sử dụng trong giám định pháp y.
Ngày giám định: [[D:4/11/2025]]. Người được giám định: [[N:Vũ Thị Thanh Nhàn]], số hồ sơ giám định [[R:GĐ-25-1187]].
Kết quả khám: Sẹo vùng đỉnh trái 6 x 0,3 cm, lồi, ảnh hưởng thẩm mỹ; sẹo cẳng tay phải 4 cm. Lún xương sọ vùng đỉnh trái đã mổ nâng xương ngày [[D:20/10/2025]], khuyết xương 1,5 x 2 cm. Gãy 1/3 giữa xương trụ phải, đã kết hợp xương bằng nẹp vít (1 nẹp 6 lỗ). Cơ lực tay phải 4/5. Điện não đồ ngày [[D:3/11/2025]] bình thường.
KẾT LUẬN: Tỷ lệ tổn thương cơ thể do thương tích gây nên hiện tại là 21% (hai mươi mốt phần trăm). Vật gây thương tích: vật tày có cạnh.
Giám định viên: [[N:Bùi Thanh Sơn]], [[N:Phạm Hồng Nhung]]
Hải Phòng, ngày [[D:6/11/2025]] – GIÁM ĐỐC: [[N:Lê Mạnh Cường]]`,
  ],
  // 33
  [
    'death',
    `SỞ Y TẾ TỈNH PHÚ THỌ
BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ
GIẤY BÁO TỬ
Số: [[R:0318/GBT]]          Quyển số: 02/2025

Họ và tên người chết: [[N:HÀ VĂN CHUNG]]          Giới tính: Nam
Ngày, tháng, năm sinh: [[D:15/04/1949]]          Dân tộc: Mường          Quốc tịch: Việt Nam
Số định danh cá nhân: [[ID:025049003377]]
Nơi cư trú: [[A:Khu 6, xã Văn Miếu, huyện Thanh Sơn]], tỉnh Phú Thọ
Số thẻ BHYT: [[BH:HT2252521007745]]
Đã chết vào lúc: 03 giờ 25 phút, ngày [[D:26/11/2025]]
Nơi chết: Khoa Hồi sức tích cực – Giường 12, Bệnh viện Đa khoa tỉnh Phú Thọ
Nguyên nhân chết: Sốc nhiễm khuẩn – viêm phổi nặng trên nền bệnh phổi tắc nghẽn mạn tính
Mã bệnh án: [[R:PT25-0061174]]     Số lưu trữ tử vong: [[R:TV-2025/0318]]
Người nhận giấy: [[N:Hà Thị Lan]] (con gái), CCCD số [[ID:025178001624]], ĐT [[P:0972 605 118]]
Phú Thọ, ngày [[D:26 tháng 11 năm 2025]]
GIÁM ĐỐC: [[N:Nguyễn Thành Trung]]

PHIẾU CHẨN ĐOÁN NGUYÊN NHÂN TỬ VONG (mẫu theo Thông tư 24/2020/TT-BYT)
Số phiếu: [[R:0318/PCĐNN]]     Kèm giấy báo tử số [[R:0318/GBT]]
Phần I. Bệnh hoặc tình trạng trực tiếp dẫn đến tử vong:
 a) A41.9 Nhiễm khuẩn huyết / sốc nhiễm khuẩn – khoảng thời gian: 2 ngày
 b) J18.9 Viêm phổi – 6 ngày
 c) J44.1 Bệnh phổi tắc nghẽn mạn tính đợt cấp – 12 năm (bệnh nền)
Phần II. Tình trạng khác góp phần: E11.9 Đái tháo đường typ 2; I10 Tăng huyết áp.
Phẫu thuật trong 4 tuần trước tử vong: Không. Khám nghiệm tử thi: Không.
Tử vong ở phụ nữ có thai: Không áp dụng. Tử vong do ngoại nhân: Không.
Bác sĩ chẩn đoán: [[N:Nguyễn Đức Mạnh]] – CCHN số [[L:000917/PT-CCHN]]
Trưởng khoa: [[N:Đinh Thị Thu Hà]]

Ghi chú của Phòng KHTH: Gia đình đã đăng ký khai tử tại UBND [[A:xã Văn Miếu]] ngày [[D:27/11/2025]], trích lục khai tử số [[R:87/TLKT]]. Hồ sơ hưởng trợ cấp mai táng gửi BHXH tỉnh, mã số BHXH của người chết [[BH:2521007745]], người đứng tên nhận: [[N:Hà Thị Lan]], tài khoản [[R:2708205119034]] (Agribank).`,
  ],
  // 34
  [
    'referral',
    `SỞ Y TẾ TỈNH CAO BẰNG
TRUNG TÂM Y TẾ [[A:HUYỆN HÀ QUẢNG]]
Số: [[R:2217/2025/GCT]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Cao Bằng

Trung tâm Y tế [[A:huyện Hà Quảng]] trân trọng giới thiệu:
– Họ và tên người bệnh: [[N:Nông Thị Hiền]]     Nữ     Ngày sinh: [[D:18/06/1988]]
– Địa chỉ: [[A:Xóm Nà Giàng, xã Phù Ngọc, huyện Hà Quảng]]
– Dân tộc: Tày     Quốc tịch: Việt Nam     Nghề nghiệp: làm ruộng
– Số thẻ BHYT: [[BH:DT2040410337218]]     Hạn sử dụng: [[D:31/12/2025]]
– Số định danh cá nhân: [[ID:004188000942]]
Đã được khám bệnh, điều trị:
+ Tại Trạm Y tế [[A:xã Phù Ngọc]] từ ngày [[D:20/11/2025]] đến ngày [[D:21/11/2025]];
+ Tại Trung tâm Y tế [[A:huyện Hà Quảng]] (mã người bệnh [[R:HQ25-003318]]) từ ngày [[D:21/11/2025]] đến ngày [[D:24/11/2025]].

TÓM TẮT BỆNH ÁN
– Dấu hiệu lâm sàng: Thai 34 tuần (ngày đầu kỳ kinh cuối [[D:1/4/2025]]), mang thai lần 3, para 2002. Đau đầu, nhìn mờ, phù hai chi dưới; HA 165/110 mmHg, M 96 l/p; tim thai 142 l/p.
– Kết quả xét nghiệm, cận lâm sàng: Protein niệu 3+; tiểu cầu 98 G/L; AST 86 U/L, ALT 74 U/L; creatinin 96 µmol/L.
– Chẩn đoán: O14.1 Tiền sản giật nặng / thai 34 tuần.
– Phương pháp, thủ thuật, kỹ thuật, thuốc đã sử dụng: Magnesi sulfat 15% tấn công 4 g TMC, duy trì 1 g/giờ; Nifedipin 10 mg uống; Dexamethason 6 mg TB (mũi 2/4).
– Tình trạng người bệnh lúc chuyển tuyến: tỉnh, HA 150/95 mmHg, phản xạ gân xương còn.
Lí do chuyển tuyến: Đủ điều kiện chuyển tuyến; vượt quá khả năng chuyên môn (cần theo dõi, đình chỉ thai nghén).
Hướng điều trị: Tiếp tục Magnesi sulfat, hội chẩn sản – nhi.
Chuyển tuyến hồi 09 giờ 30 phút, ngày [[D:24/11/2025]]
Phương tiện vận chuyển: xe cứu thương của Trung tâm.
Người hộ tống: ĐD [[N:Lục Văn Dũng]], NHS [[N:Hoàng Thị Thơm]]
Người nhà đi kèm: [[N:Ma Văn Tuấn]] (chồng), ĐT [[P:0385 904 217]]
Y, bác sĩ khám, điều trị: [[N:Bế Văn Cường]]          GIÁM ĐỐC: [[N:Triệu Thị Ngân]]
Mã giấy chuyển tuyến liên thông: [[R:04005-GCT-25-002217]]`,
  ],
  // 35
  [
    'sms',
    `HỆ THỐNG SMS BRANDNAME "BV MAT TW" – NHẬT KÝ GỬI TIN NGÀY [[D:26/11/2025]] (trích)
[07:00:12] Tới [[P:84912447803]] | Nội dung: BV MAT TW kinh gui BN [[N:NGUYEN THI HOA]] (Ma BN [[R:25008741]]): lich tai kham 08:00 ngay [[D:02/12/2025]] tai P.112 nha A. Ma dat lich: [[R:DL7KX29]]. Mang theo the BHYT, CCCD, don kinh cu. Huy lich soan HUY [[R:DL7KX29]] gui 8088. | DELIVERED
[07:00:14] Tới [[P:84983220145]] | BV MAT TW: BN [[N:TRAN VAN DUNG]] (Ma BN [[R:24117302]]) co lich mo Phaco mat phai ngay [[D:05/12/2025]]. Nhin an tu 22h ngay [[D:04/12]]. Ma phieu mo: [[R:PM-2512-0418]]. Xet nghiem truoc mo ngay [[D:03/12]] luc 7h. | DELIVERED
[07:00:15] Tới [[P:84369105527]] | BV MAT TW: Kinh gui nguoi nha BN [[N:PHAM GIA BAO]] (Ma BN [[R:25031926]]): ket qua do khuc xa va OCT da co, xem tai [[U:https://kq.bvmattw.vn/r/Q8ZT4M]] (ma tra cuu [[R:Q8ZT4M]], het han sau 7 ngay). | DELIVERED
[07:00:17] Tới [[P:84868004419]] | BV MAT TW: BN [[N:LE THI THU]] (Ma BN [[R:25040112]]), don kinh ma [[R:KG-251126-033]] da lap xong, nhan tai quay 3 tu [[D:28/11]]. So tien con lai 650.000d. | DELIVERED
[07:00:19] Tới [[P:84977316082]] | BV MAT TW: Xac nhan thanh toan vien phi BN [[N:VU MINH KHOI]], bien lai so [[R:0049217]], so tien 1.240.000d. Ma giao dich [[R:VNP15998214]]. | FAILED (thuê bao không liên lạc được) – gửi lại 07:30:19 – DELIVERED
[07:00:21] Tới [[P:84904550273]] | BV MAT TW: BN [[N:DO THI NGOC ANH]] (Ma BN [[R:23098811]]) - lich tiem noi nhan Anti-VEGF mui 3/3 luc 13:30 ngay [[D:01/12/2025]]. Vui long den truoc 30 phut. | DELIVERED
[07:00:23] Tới [[P:84355790614]] | BV MAT TW: The kinh ap trong Ortho-K cua chau [[N:NGUYEN HA MY]] (Ma BN [[R:25019044]], ma the kinh [[R:OK-25-00871]]) den han tai kham 1 thang vao [[D:29/11/2025]]. | DELIVERED
Tổng: 7 tin, 7 thành công, 1 gửi lại. Người lập báo cáo: [[N:Nguyễn Phương Thảo]] – Phòng Công nghệ thông tin. Mẫu tin theo kịch bản phiên bản 2.4.`,
  ],
  // 36
  [
    'card',
    `THẺ THÔNG TIN NGƯỜI BỆNH MANG MÁY TẠO NHỊP TIM
PACEMAKER PATIENT IDENTIFICATION CARD
Viện Tim mạch Việt Nam – Bệnh viện Bạch Mai
(Luôn mang theo thẻ này – Always carry this card)

Họ tên / Name: [[N:PHẠM VĂN ĐƯỜNG]]
Ngày sinh / Date of birth: [[D:11/09/1946]]
Mã người bệnh / Patient ID: [[R:BM2511.044712]]
Địa chỉ / Address: [[A:Xóm 4, xã Hải Anh, huyện Hải Hậu]], Nam Định
Liên hệ khẩn cấp / Emergency contact: [[N:Phạm Thị Nga]] (con gái / daughter) – [[P:0948 205 663]]

Ngày cấy / Implant date: [[D:27/11/2025]]
Bác sĩ cấy / Implanting physician: [[N:Phan Đình Phong]]
Chỉ định / Indication: Block nhĩ thất độ III (I44.2), ngất
MÁY / DEVICE: Medtronic Azure XT DR MRI SureScan – Model W1DR01
Số sê-ri / Serial No.: [[R:RNB612345S]]
Chế độ / Mode: DDD, 60–130 ppm
ĐIỆN CỰC / LEADS:
 Nhĩ / Atrial: CapSureFix Novus MRI SureScan 5076-52 cm – SN [[R:PJN7743219]]
 Thất / Ventricular: CapSureFix Novus MRI SureScan 5076-58 cm – SN [[R:PJN7743388]]
Thông số lúc cấy / At implant: ngưỡng thất 0,5 V @ 0,4 ms; trở kháng 612 Ω; sóng R 11,2 mV; ngưỡng nhĩ 0,75 V @ 0,4 ms.
MRI: chụp có điều kiện 1,5T và 3T sau 6 tuần, phải chuyển chế độ SureScan trước chụp.
Theo dõi từ xa / Remote monitoring: MyCareLink Smart, mã thiết bị theo dõi tại nhà [[R:MCL24-881037]]; mã đăng ký người bệnh trên CareLink [[R:VN-BM-0097314]].
Máy trước đây / Previous device: Medtronic Adapta ADDR01, SN [[R:PWB339871H]], cấy [[D:14/05/2015]] tại Bệnh viện Tim Hà Nội, đã thay do cạn pin (ERI [[D:02/11/2025]]); máy cũ đã bàn giao cho gia đình theo biên bản số [[R:BB-TBCG-25-0418]].
Tái khám kiểm tra máy / Next follow-up: [[D:27/12/2025]], sau đó 6 tháng một lần.
Mã đăng ký thiết bị cấy ghép của bệnh viện: [[R:TBCG-25-03318]]
Lưu ý: Không đứng lâu ở cổng từ sân bay; để điện thoại cách máy ≥ 15 cm; báo bác sĩ trước khi đốt điện, sốc điện.
Đơn vị phân phối: Công ty CP Thiết bị Y tế Việt Tín – hotline kỹ thuật 1800 6136 (miễn phí).`,
  ],
  // 37
  [
    'chat',
    `Nhóm Zalo "XN – LÂM SÀNG – DƯỢC | BVĐK Hà Đông" – [[D:27/11/2025]]
10:14 [[N:Thu Hà]] (XN): SID [[R:2511.27-0093]] bn [[N:Nguyễn Văn Lợi]] khoa Thận mẫu tan huyết, K+ 6,8 nghi giả, lấy lại giúp e nhé
10:16 [[N:Minh Đức]] (Thận): ok c. Mã BN ông ấy là [[R:25/THAN/0114-772]] nha, hôm qua bạn sv nhập nhầm thành [[R:25/THAN/0114-727]] là mã của bà [[N:Hoàng Thị Lợi]] 🤦
10:17 [[N:Thu Hà]] (XN): dạ e thấy có 2 SID [[R:2511.27-0093]] và [[R:2511.27-0095]], e hủy cái sau nhé. Mẫu mới e tạo SID [[R:2511.27-0131]]
10:25 [[N:Phương]] (Dược): Khoa Thận ơi đơn ra viện của bn [[N:Lợi]] mã đơn [[R:01014h3q8z2kt-c]] lỗi liên thông "CCHN không khớp", hệ thống đang lấy [[L:0027714/HNO-CCHN]] thay vì [[L:027714/HNO-CCHN]]. @[[N:Minh Đức]] a ký lại giúp e
10:26 [[N:Minh Đức]] (Thận): để a sửa hồ sơ cá nhân trên HIS rồi ký lại
10:31 [[N:Quỳnh Anh]] (Ngân hàng máu): Thận dự trù 2 đv HC cho bn [[N:Lợi]] đúng k ạ? E xuất túi [[R:25HD-O+-031882]] và [[R:25HD-O+-031907]], phản ứng chéo xong 11h
10:40 [[N:Lan]] (KHTH): ai đang giữ bệnh án lưu trữ số [[R:2025/NGO/1847]] không ạ, Bảo Việt xin bản sao cho hồ sơ bồi thường [[R:BV-HN-25-113307]] của bn [[N:Trần Thị Quế]]
10:42 [[N:Tuấn]] (Thu ngân): HĐ số [[R:00074218]] ký hiệu 1C25THD xuất nhầm tên người mua, e lập HĐ điều chỉnh số [[R:00074301]], mã tra cứu mới [[R:HD7TQ2-41KX]] nha c [[N:Lan]]
10:44 [[N:Lan]] (KHTH): ok e. Bn [[N:Quế]] CCCD [[ID:001159010327]] mà thẻ BHYT in là [[BH:HT2 01 0115 901 032]] — thiếu số, ai nhập tay vậy 😅 đúng phải là [[BH:HT2010115901032]]
10:47 [[N:Thu Hà]] (XN): Gửi kq test nhanh HIV mã mẫu [[R:HIV-25-1127/04]] âm tính, kq PCR lao mẫu đờm [[R:Xpert-251127-02]] không phát hiện MTB
10:48 [[N:Minh Đức]] (Thận): tks c. À bn [[N:Lợi]] đổi số đt người nhà: con trai [[N:Lâm]] [[P:0345.771.620]]
10:52 [[N:Phương]] (Dược) đã thu hồi một tin nhắn
10:55 [[N:Lan]] (KHTH) đã thêm [[N:Ngọc Mai]] vào nhóm
10:58 [[N:Ngọc Mai]] (Hành chính): e chào mọi người ạ, e mới chuyển về phụ trách hồ sơ BHYT ạ`,
  ],
  // 38
  [
    'chat',
    `Nhóm Zalo "BẢO LÃNH VIỆN PHÍ – KHOA QUỐC TẾ" – [[D:28/11/2025]]
08:05 [[N:Hạnh]] (Bảo lãnh): Ca Nhật phòng 1205, ông [[N:Tanaka Hiroshi]], hộ chiếu [[PP:TR4418273]], bảo hiểm Tokio Marine số thẻ [[BH:TM-JP-0048817203]], case bên assistance là [[R:EAJ-25-11-04412]]. Họ gửi GOP chưa các em?
08:12 [[N:Vy]] (Assistance desk): GOP về lúc 9:12 tối qua rồi c, số [[R:GOP/EAJ/251127/017]], hạn mức 8.000 USD, hiệu lực [[D:27/11 - 5/12]]
08:15 [[N:Hạnh]] (Bảo lãnh): Ca Mỹ giường 3 ông [[N:Robert Hayes]] – Cigna Global member ID [[BH:U4401928873]], policy [[R:CGI-8830271-04]], passport [[PP:568301247]]. Cigna yêu cầu ghi claim no. [[R:CG-INV-25-771042]] trên hóa đơn, thu ngân lưu ý giúp c
08:19 [[N:Khoa]] (Thu ngân): ok c, interim bill của ông [[N:Hayes]] là [[R:IB-25-34102]], e sửa lại
08:26 [[N:Vy]] (Assistance desk): Ca Hàn bà [[N:Park Eun-ji]] phòng 1210 – Samsung Fire du lịch, policy [[R:SF-TRV-2511-55201]], chưa có GOP, con gái [[N:Kang Min-seo]] sđt [[P:+82 10-5512-9034]], email [[E:minseo.kang@naver.com]]
08:30 [[N:Hạnh]] (Bảo lãnh): ca Singapore bà [[N:Lim Bee Hoon]] – AIA mã thành viên [[BH:0012 3098 7744 01]] – bên AIA gửi mã tham chiếu lạ quá: [[R:SG/HLT/25-11/0098-B]] 🙄 ai gặp dạng này chưa
08:33 [[N:Khoa]] (Thu ngân): dạng đó là mã hồ sơ bồi thường đó c, ghi nguyên vào ô "Insurer ref"
08:41 [[N:Vy]] (Assistance desk): Ca trong nước: anh [[N:Nguyễn Đức Tài]] – PVI Care thẻ số [[BH:PVI-CARE-25-0038812]], kèm thẻ BHYT [[BH:DN4797923104418]] → thanh toán BHYT trước, phần còn lại PVI bảo lãnh theo thư số [[R:PVI-BL-2511-0441]]
08:45 [[N:Hạnh]] (Bảo lãnh): ok. Nhắc: ca ông [[N:Tanaka]] ra viện dự kiến [[D:1/12]], ca bà [[N:Park]] chờ GOP, nếu 14h chưa có thì gọi trực tiếp hotline bên assistance
08:47 [[N:Khoa]] (Thu ngân): dạ. Mã BN bà [[N:Park]] là [[R:QT-25-007716]], tạm ứng biên lai [[R:BL-QT-251128-03]] 500 USD
08:50 [[N:Vy]] (Assistance desk): 👍`,
  ],
  // 39
  [
    'discharge',
    `SỞ Y TẾ TỈNH QUẢNG NGÃI – BỆNH VIỆN ĐA KHOA TỈNH QUẢNG NGÃI
GIẤY RA VIỆN
Số lưu trữ: [[R:2025/NTH/06218]]          Mã y tế: [[R:51.25.0088413]]
– Họ tên người bệnh: [[N:ĐINH VĂN SANG]]     Ngày sinh: [[D:05/05/1985]]     Nam     Dân tộc: Kinh
– Mã số BHXH / Thẻ BHYT số: [[BH:DN4515120098347]]
– Số định danh cá nhân: [[ID:051085007714]]
– Nghề nghiệp: công nhân vận hành lò – Công ty CP Thép Dung Quất
– Địa chỉ: [[A:Thôn Thượng Hòa, xã Bình Thạnh, huyện Bình Sơn]]
– Vào viện lúc: 14 giờ 20 phút, ngày [[D:12/11/2025]]
– Ra viện lúc: 08 giờ 00 phút, ngày [[D:25/11/2025]]
– Chẩn đoán: K25.1 Thủng ổ loét hành tá tràng cấp; nhiễm H. pylori (test urease dương tính).
– Phương pháp điều trị: Phẫu thuật nội soi khâu lỗ thủng, rửa bụng ngày [[D:12/11/2025]]; kháng sinh; tiệt trừ H. pylori phác đồ 4 thuốc có bismuth.
– Ghi chú: Esomeprazol 40 mg x 2 lần/ngày, Amoxicillin 1 g x 2, Metronidazol 500 mg x 3, Bismuth 120 mg x 4 – đủ 14 ngày; tái khám [[D:9/12/2025]], nội soi kiểm tra sau 8 tuần.
Quảng Ngãi, ngày [[D:25 tháng 11 năm 2025]]
Trưởng khoa: [[N:Nguyễn Tấn Phát]]          Giám đốc: [[N:Võ Thị Thanh Thủy]]

GIẤY CHỨNG NHẬN NGHỈ VIỆC HƯỞNG BẢO HIỂM XÃ HỘI
Số seri: [[R:QNG-25-0041873]]          Số KCB: [[R:2025/NTH/06218]]
I. Thông tin người bệnh
Họ và tên: [[N:Đinh Văn Sang]]     Ngày sinh: [[D:05/05/1985]]
Mã số BHXH: [[BH:5120098347]]
Đơn vị làm việc: Công ty CP Thép Dung Quất – mã nhân viên [[R:DQS-08821]]
II. Chẩn đoán và phương pháp điều trị: Thủng ổ loét hành tá tràng đã phẫu thuật khâu lỗ thủng.
Số ngày nghỉ: 14 ngày (từ ngày [[D:25/11/2025]] đến ngày [[D:08/12/2025]])
Ngày [[D:25 tháng 11 năm 2025]]
Y, bác sĩ khám, chữa bệnh: [[N:Lê Văn Hòa]] – CCHN [[L:003318/QNG-CCHN]]
Thủ trưởng đơn vị: [[N:Võ Thị Thanh Thủy]]
Dữ liệu giấy nghỉ việc đã liên thông lên Cổng giám định BHYT, mã liên thông [[R:CTBHXH-51-2511-00417752]].`,
  ],
  // 40
  [
    'email',
    `From: [[N:Lê Thị Bích Ngọc]] – Phòng Kế hoạch tổng hợp <[[E:ngoc.ltb@bvdktuyenquang.vn]]>
To: Đội Cảnh sát hình sự – Công an [[A:TP Tuyên Quang]]
Cc: Điều tra viên [[N:Hà Mạnh Cường]] <[[E:cuonghm.pc02@gmail.com]]>
Date: [[D:28/11/2025]] 15:47
Subject: V/v cung cấp bản sao hồ sơ bệnh án theo Công văn số [[R:1208/CV-ĐCSHS]]

Kính gửi Đội Cảnh sát hình sự,

Phúc đáp Công văn số [[R:1208/CV-ĐCSHS]] ngày [[D:24/11/2025]] đề nghị cung cấp hồ sơ bệnh án của người bệnh [[N:Hoàng Văn Khiêm]] (SN 1979, CCCD [[ID:008079002316]], trú [[A:tổ 8, phường Phan Thiết, TP Tuyên Quang]]) bị thương trong vụ xô xát xảy ra tối [[D:16/11/2025]], Bệnh viện gửi kèm bản sao có chứng thực gồm:
1. Bệnh án ngoại khoa, mã người bệnh [[R:TQ-25-0091736]], số lưu trữ [[R:NCT-2025-04418]] (42 tờ);
2. Giấy chứng nhận thương tích số [[R:227/GCNTT-BV]] ngày [[D:27/11/2025]];
3. Đĩa CD phim CT sọ não (accession [[R:CT251116.0087]]) và X-quang cẳng tay (accession [[R:XQ251116.0213]]);
4. Phiếu phẫu thuật ngày [[D:17/11/2025]] do BS [[N:Lý Quốc Toản]] thực hiện.

Đối với người có tên [[N:Nông Đức Thành]] (ngày sinh [[D:02/02/1990]]) nêu trong công văn, Bệnh viện đã tra cứu theo họ tên, ngày sinh và số căn cước [[ID:008090005571]] nhưng không có hồ sơ khám, chữa bệnh từ [[D:16/11]] đến nay.

Văn bản trả lời chính thức là Công văn số [[R:884/BV-KHTH]] ngày [[D:28/11/2025]], bản giấy sẽ gửi qua bưu điện. Việc cung cấp hồ sơ thực hiện theo Luật Khám bệnh, chữa bệnh số 15/2023/QH15 và Thông tư 32/2023/TT-BYT; đề nghị Quý Cơ quan bảo mật thông tin của người bệnh.

Người liên hệ: [[N:Lê Thị Bích Ngọc]], Phó trưởng phòng KHTH, ĐT [[P:0915 208 733]].

---------- Thư được chuyển tiếp ----------
From: [[N:Hà Mạnh Cường]] <[[E:cuonghm.pc02@gmail.com]]>
Date: [[D:24/11/2025]] 09:12
Đề nghị BV cung cấp gấp HSBA bn [[N:Khiêm]] và xác minh [[N:Thành]] có đến BV khám không (đối tượng khai bị đánh lại, gãy tay). SĐT đối tượng [[N:Thành]]: [[P:0389 116 472]]. Cảm ơn chị [[N:Ngọc]].`,
  ],
];
