// Held-out set 22, documents 27–40 (see index.ts for the conventions): clinical texts — an e-mail
// thread with a foreign insurer (GOP), a claim e-mail with a domestic insurer, a transfusion log,
// an imaging order with PACS numbers, forensic and death paperwork, a referral paper, an invoice
// with receipts, an implant card, appointment SMS and queue tickets, Zalo chats pasting codes of
// odd shapes (lab, insurance desk, emergency room), a discharge paper and a hospital's reply to
// the police. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'email',
    `From: [[N:Nguyen Thi Dieu Linh]] <[[E:dieulinh.nguyen@saigonintlclinic.vn]]>
To: APAC Case Management <[[E:apac.cases@globalhealth-assist.com]]>
Cc: [[E:bs.tranquocbao@saigonintlclinic.vn]]
Date: [[D:15 Mar 2025]], 09:41 (GMT+7)
Subject: RE: GOP request – NGUYEN HOANG NAM – Member ID [[BH:SGC-0418827-01]] – our ref [[R:SIC-ADM-25-0317]]

Dear Ms [[N:Wong]],
Thank you for GOP No. [[R:GOP/APAC/2025/118846]] received at 08:55. Please note the following corrections before we can admit the patient:
- Patient name: [[N:NGUYEN HOANG NAM]] (your letter reads "[[N:NGUYEN HUANG NAM]]"), DOB [[D:22/07/1986]], Vietnamese passport [[PP:C5291047]].
- Policy number: [[R:GHP-SG-7730021]] (your letter shows [[R:GHP-SG-7730012]], which belongs to another member).
- Hospital number (HN): [[R:SIC.25.004412]]; admission no. [[R:ADM-250315-07]].
- Planned procedure: laparoscopic cholecystectomy (K80.2) on [[D:16 Mar 2025]], surgeon Dr [[N:Tran Quoc Bao]]; estimated cost VND 96,500,000, room type 1-bed, 3 nights.
The patient works in Singapore and lives at [[A:Block 412 Bedok North Avenue 2, #07-118]]; his mobile is [[P:+65 9183 4427]]. His wife, Mrs [[N:Pham Thi Thu Ha]], is at [[A:Hẻm 62 Thành Thái, phường 12, quận 10]] and can be reached on [[P:+84 903 662 781]].
Kind regards,
[[N:Nguyen Thi Dieu Linh]]
International Patient Services – ext. 1108

-----Original Message-----
From: [[N:Wong Mei Ling]] <[[E:mei.wong@globalhealth-assist.com]]>
Sent: [[D:15 Mar 2025]] 08:55 (GMT+8)
Subject: GOP request – NGUYEN HUANG NAM
Please find attached Guarantee of Payment [[R:GOP/APAC/2025/118846]] for the member's inpatient admission for cholelithiasis. Deductible USD 500 to be collected from the member. Kindly send the itemised bill and discharge summary within 14 days quoting claim reference [[R:CLM-25-0602217]]. Our medical officer Dr [[N:Lim Boon Keat]] may call your attending doctor on the number above.`,
  ],
  // 28
  [
    'email',
    `Từ: Quầy Bảo lãnh viện phí – BV Đa khoa Quốc tế Hải Phòng <[[E:baolanh@bvqthp.vn]]>
Đến: Phòng Giám định bồi thường – Bảo hiểm An Khang <[[E:giamdinh.hn@baohiemankhang.com.vn]]>
Ngày gửi: [[D:18/07/2025]] 16:22
Tiêu đề: Hồ sơ bồi thường trực tiếp – [[N:Đoàn Văn Tú]] – HS [[R:BT25/07/33182]]

Kính gửi Phòng Giám định,
Bệnh viện gửi hồ sơ đề nghị thanh toán trực tiếp cho khách hàng:
– Người được bảo hiểm: [[N:Đoàn Văn Tú]], sinh ngày [[D:08/03/1982]], căn cước [[ID:031082009174]].
– Số thẻ bảo hiểm sức khỏe: [[BH:AK-HP-00812-3377]]; hợp đồng nhóm số [[R:AK/2025/HĐ-N/004417]] (Công ty TNHH Cơ khí Đông Hải).
– Mã người bệnh: [[R:HP25.0077310]]; nằm viện [[D:14 - 18/07/2025]], khoa Ngoại tổng hợp, phòng 508.
– Chẩn đoán: K40.9 Thoát vị bẹn phải; mổ nội soi đặt lưới TEP ngày [[D:15/07/2025]].
– Hóa đơn điện tử số [[R:00031552]]; bảng kê chi phí số [[R:BK-HP-25-07-2209]]; tổng chi phí 42.780.000 đồng; BHYT đã chi trả 11.204.000 đồng theo thẻ [[BH:DN4313120449018]]; đề nghị bảo hiểm thanh toán 31.576.000 đồng.
Thư bảo lãnh tạm thời của Quý Công ty số [[R:BL-0714-0092]] ngày [[D:14/07/2025]] ghi sai năm sinh (1983), đề nghị điều chỉnh.
Người liên hệ: [[N:Vũ Mai Anh]], Quầy bảo lãnh, di động [[P:0934 261 570]].
---
Trả lời ngày [[D:19/07/2025]] 08:05 từ [[N:Lê Đức Cường]] – Giám định viên:
Đã nhận. Hồ sơ được cấp số bồi thường [[R:CLM-AK-25-118204]]. Phía chúng tôi đã sửa thư bảo lãnh thành số [[R:BL-0714-0092/ĐC1]]. Khách hàng có thể theo dõi qua ứng dụng bằng số hợp đồng cá nhân [[R:AKC-7719330]].`,
  ],
  // 29
  [
    'transfusion',
    `BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ – KHOA HUYẾT HỌC TRUYỀN MÁU
SỔ PHÁT MÁU VÀ THEO DÕI TRUYỀN MÁU – Ca đêm [[D:07/03/2025]]
Người bệnh: [[N:Đỗ Thị Hường]], 34 tuổi, khoa Phụ sản, phòng hậu phẫu giường 9
Mã NB: [[R:PT25-0031877]]     Nhóm máu: O Rh(+)     Phiếu dự trù máu: [[R:DT-0307-014]]     Mẫu định nhóm/phản ứng chéo SID: [[R:2503070661]]
Chẩn đoán: O72.0 Băng huyết sau sinh; Hb lúc 01:50: 62 g/L
Giờ phát | Mã túi máu | Chế phẩm | Thể tích | Nhóm | Hạn dùng | Phản ứng chéo | Người phát | Người nhận
02:15 | [[R:25VN0841127]] | KHC | 350 ml | O+ | [[D:28/03/2025]] | hòa hợp | [[N:Lê Văn Quang]] | [[N:Triệu Thị Thanh]]
02:16 | [[R:25VN0841133]] | KHC | 350 ml | O+ | [[D:28/03/2025]] | hòa hợp | [[N:Lê Văn Quang]] | [[N:Triệu Thị Thanh]]
02:50 | [[R:25VN0839012]] | HTTĐL | 250 ml | O | [[D:14/02/2026]] | – | [[N:Lê Văn Quang]] | [[N:Nguyễn Thúy]]
03:40 | [[R:25VN0841140]] | KHC | 350 ml | O+ | [[D:29/03/2025]] | hòa hợp | [[N:Lê Văn Quang]] | [[N:Triệu Thị Thanh]]
Theo dõi: 03:05 người bệnh rét run, T 38,6°C, M 118 l/p, HA 90/60 mmHg trong khi truyền túi [[R:25VN0841133]] – ngừng truyền, báo BS trực [[N:Hà Văn Nam]]; lập phiếu báo phản ứng truyền máu số [[R:PUTM-25-007]]; gửi lại túi và mẫu sau truyền (SID [[R:2503070702]]) làm lại định nhóm, Coombs trực tiếp.
04:30: người bệnh ổn, truyền tiếp túi [[R:25VN0841140]] theo y lệnh.
Túi hoàn trả: 01 túi KHC [[R:25VN0841146]] (không sử dụng, trả kho lúc 06:00, nhiệt độ thùng 4°C).
Người thân ký cam kết truyền máu: chồng [[N:Hoàng Văn Lợi]], ĐT [[P:0382 771 905]].
Trưởng ca: [[N:Lê Văn Quang]]     Kiểm tra sổ: CN [[N:Phùng Thị Diệp]] – 07:30 [[D:07/03/2025]]`,
  ],
  // 30
  [
    'imaging',
    `BỆNH VIỆN ĐA KHOA ĐỨC GIANG – KHOA CHẨN ĐOÁN HÌNH ẢNH
PHIẾU CHỈ ĐỊNH VÀ KẾT QUẢ CỘNG HƯỞNG TỪ
Số phiếu: [[R:CĐHA-250922-0387]]     Accession (PACS): [[R:DG25092200387]]
Study Instance UID: [[R:1.2.840.113619.2.55.3.2831164355.781.1758520014.412]]
Họ tên: [[N:Cù Văn Thắng]]     Ngày sinh: [[D:03/11/1962]]     Giới: Nam     Mã NB: [[R:DG-25-0066421]]
Thẻ BHYT: [[BH:HC4010199331245]]     Điện thoại: [[P:0965 802 117]]
Địa chỉ: [[A:số 8 ngõ 42 phố Đức Giang, phường Đức Giang, quận Long Biên]]
Khoa chỉ định: Thần kinh, buồng 2 giường 6 – BS chỉ định: [[N:Lưu Thanh Bình]]
Yêu cầu: MRI sọ não có tiêm thuốc đối quang từ (gadoterat 0,1 mmol/kg), chuỗi xung DWI, FLAIR, SWI, TOF 3D
Chẩn đoán lâm sàng: I63.9 Nhồi máu não, theo dõi; NIHSS 6
Sàng lọc an toàn MRI: không máy tạo nhịp, không ốc tai điện tử, không kẹp phình mạch; creatinin 84 µmol/L ([[D:21/09]]), eGFR 82.
Đặt lịch: 14:30 [[D:22/09/2025]], phòng MRI số 2 (máy Signa Explorer 1.5T)
KTV thực hiện: [[N:Phan Đức Mạnh]]     BS đọc: [[N:Hoàng Thị Yến]]
Kết quả: ổ nhồi máu cấp vùng bao trong trái kích thước 14 x 9 mm, hạn chế khuếch tán trên DWI; hẹp đoạn M1 động mạch não giữa trái khoảng 50%. So sánh CT sọ não ngày [[D:19/09/2025]] (accession [[R:DG25091900152]]): ổ nhồi máu rõ hơn, không chuyển dạng chảy máu.
Kết luận: Nhồi máu não cấp bao trong trái; hẹp M1 trái mức độ vừa.
Đĩa CD và phim giao người nhà: [[N:Cù Thị Nga]] (con gái) ký nhận, biên nhận số [[R:BN-CD-0922-31]]; ảnh được chia sẻ qua liên kết riêng cho người bệnh [[U:https://pacs.bvducgiang.vn/share/7Fq2KpX9]], hết hạn ngày [[D:22/10/2025]].`,
  ],
  // 31
  [
    'forensic',
    `CÔNG AN [[A:HUYỆN HOẰNG HÓA]] – CƠ QUAN CẢNH SÁT ĐIỀU TRA
Số: [[R:214/QĐ-CSĐT]]                    Hoằng Hóa, ngày [[D:11 tháng 7 năm 2025]]
QUYẾT ĐỊNH TRƯNG CẦU GIÁM ĐỊNH
Căn cứ Bộ luật Tố tụng hình sự 2015 và Quyết định khởi tố vụ án số [[R:139/QĐ-CSĐT]] ngày [[D:11/7/2025]],
Trưng cầu Trung tâm Pháp y tỉnh Thanh Hóa giám định tử thi [[N:Lê Văn Thuận]], sinh ngày [[D:02/05/1979]], căn cước số [[ID:038079012266]], trú [[A:thôn Tân Ngọc, xã Hoằng Thanh, huyện Hoằng Hóa]], tử vong hồi 19h20 ngày [[D:10/7/2025]] tại Trung tâm Y tế [[A:huyện Hoằng Hóa]] sau khi bị đánh.
Tài liệu gửi kèm: bệnh án cấp cứu số [[R:CC-2507-0931]]; biên bản khám nghiệm hiện trường số [[R:58/BB-KNHT]]; biên bản khám nghiệm tử thi số [[R:59/BB-KNTT]].
Điều tra viên: [[N:Lê Đình Tuấn]], ĐT [[P:0915 320 468]].
——————
TRUNG TÂM PHÁP Y TỈNH THANH HÓA
KẾT LUẬN GIÁM ĐỊNH PHÁP Y TỬ THI số [[R:311/25/TT]] ngày [[D:18/7/2025]]
Giám định viên: BSCKII [[N:Mai Xuân Thủy]], BS [[N:Đỗ Thị Loan]]
Kết luận: nạn nhân chết do chấn thương sọ não (vỡ xương thái dương – đỉnh phải, máu tụ ngoài màng cứng 120 ml). Nồng độ ethanol máu 0,8 g/L (mẫu số [[R:HC-25-0418]]).
——————
TRUNG TÂM Y TẾ [[A:HUYỆN HOẰNG HÓA]]
GIẤY BÁO TỬ số [[R:087/GBT]]
Họ tên người chết: [[N:LÊ VĂN THUẬN]], nam, 46 tuổi. Nguyên nhân: chấn thương sọ não (S06.5). Thời gian chết: 19 giờ 20, ngày [[D:10/7/2025]].
Người nhận thi thể: [[N:Lê Thị Nhàn]] (vợ), căn cước [[ID:038181004935]], ĐT [[P:0373 540 612]].
UBND [[A:xã Hoằng Thanh]] đã cấp Trích lục khai tử số [[R:52/TLKT]] ngày [[D:21/7/2025]].`,
  ],
  // 32
  [
    'referral',
    `SỞ Y TẾ TỈNH ĐẮK LẮK
TRUNG TÂM Y TẾ [[A:HUYỆN CƯ M'GAR]]          Mã cơ sở KCB: 66012
Số: [[R:0427/GCT]]          Số hồ sơ: [[R:CMG25-008814]]     Vào sổ chuyển tuyến số: [[R:1162]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa vùng Tây Nguyên
Trung tâm Y tế [[A:huyện Cư M'gar]] trân trọng giới thiệu:
Họ và tên người bệnh: [[N:Trần Thị Mỹ Dung]]     Nữ     Năm sinh: 1985
Địa chỉ: [[A:thôn 4, xã Ea Pốk, huyện Cư M'gar]]
Dân tộc: Kinh     Quốc tịch: Việt Nam     Nghề nghiệp: nông dân
Số thẻ BHYT: [[BH:GD4666620187304]]     Hạn sử dụng: [[D:31/12/2025]]     Căn cước: [[ID:066185007219]]
Đã được khám bệnh, điều trị tại: Trung tâm Y tế [[A:huyện Cư M'gar]] (tuyến huyện) từ [[D:14/10/2025]] đến [[D:16/10/2025]], số vào viện [[R:25.04419]].
Tóm tắt bệnh án:
– Dấu hiệu lâm sàng: đau hạ sườn phải 3 ngày, sốt 39°C, vàng da, vàng mắt; Murphy (+).
– Kết quả xét nghiệm, cận lâm sàng: WBC 18,2 G/L; bilirubin toàn phần 78 µmol/L; AST/ALT 146/212 U/L; siêu âm (số phiếu [[R:SA-1014-0388]]): sỏi ống mật chủ 14 mm, giãn đường mật trong gan.
– Chẩn đoán: K80.5 Sỏi ống mật chủ; K83.0 Viêm đường mật.
– Thuốc đã dùng: ceftriaxon 2 g x 1 lọ/ngày; metronidazol 500 mg x 2 chai/ngày; NaCl 0,9% 1.000 ml/ngày.
– Tình trạng lúc chuyển: tỉnh, mạch 102 l/p, HA 110/70 mmHg, T 38,2°C.
Lí do chuyển tuyến: đủ điều kiện chuyển tuyến, vượt quá khả năng chuyên môn (ERCP lấy sỏi).
Chuyển tuyến hồi 9 giờ 30 phút, ngày [[D:16 tháng 10 năm 2025]]. Phương tiện: xe cấp cứu [[VP:47A-098.15]].
Người hộ tống: điều dưỡng [[N:Nguyễn Văn Khởi]]. Người nhà đi cùng: chồng [[N:Lê Văn Tâm]], ĐT [[P:0917 448 203]].
Y, bác sĩ khám, điều trị: [[N:Bùi Quang Vũ]]          Người có thẩm quyền chuyển tuyến: [[N:Lê Hữu Phước]]
Giấy chuyển tuyến có giá trị sử dụng đến hết ngày [[D:31/12/2025]].`,
  ],
  // 33
  [
    'invoice',
    `HÓA ĐƠN GIÁ TRỊ GIA TĂNG (HÓA ĐƠN ĐIỆN TỬ)
Ký hiệu: 1C25TAV     Số: [[R:00018427]]     Ngày [[D:27 tháng 08 năm 2025]]
Mã của cơ quan thuế: [[R:00A7F31E0C8B924D1F98E2B7A5C3D6E41B]]
Đơn vị bán hàng: BỆNH VIỆN ĐA KHOA AN VIỆT – Mã số thuế: 0108274519
Họ tên người mua hàng: [[N:Hà Thị Minh Nguyệt]]
Địa chỉ: [[A:P1205 tòa B, chung cư Golden Palace, số 99 Mễ Trì, phường Mễ Trì, quận Nam Từ Liêm]], Hà Nội
Mã số thuế người mua: [[R:8347719205]]     Hình thức thanh toán: TM/CK     Số tài khoản: [[R:19033418827011]]
Mã người bệnh: [[R:AV25-0117734]]     Số hồ sơ nội trú: [[R:NT-2508-0419]]
STT | Tên dịch vụ | ĐVT | SL | Đơn giá | Thành tiền
1 | Ngày giường nội trú phòng 2 giường | ngày | 4 | 1.250.000 | 5.000.000
2 | Phẫu thuật nội soi cắt tử cung hoàn toàn | lần | 1 | 18.500.000 | 18.500.000
3 | Thuốc, vật tư tiêu hao (bảng kê kèm theo) | gói | 1 | 6.842.300 | 6.842.300
Cộng tiền hàng: 30.342.300     Thuế suất GTGT: KCT     Tổng cộng thanh toán: 30.342.300 đồng
Số tiền viết bằng chữ: Ba mươi triệu ba trăm bốn mươi hai nghìn ba trăm đồng.
Mã tra cứu hóa đơn: [[R:AV8K2Q7PX3]]
——————
PHIẾU THU (liên 2 – giao người nộp)     Số: [[R:PT25-08-3321]]
Người nộp tiền: [[N:Đỗ Văn Lâm]] (chồng người bệnh)     ĐT: [[P:0983 104 772]]
Lý do nộp: tạm ứng viện phí cho người bệnh [[N:Hà Thị Minh Nguyệt]], mã [[R:AV25-0117734]]
Số tiền: 25.000.000 đồng     Thu ngân: [[N:Ngô Thị Yến]]     Ngày [[D:23/08/2025]]
——————
PHIẾU CHI HOÀN ỨNG     Số: [[R:PC25-08-0147]]     Ngày [[D:27/08/2025]]
Hoàn lại cho [[N:Đỗ Văn Lâm]]: 0 đồng; người bệnh nộp thêm 5.342.300 đồng theo phiếu thu số [[R:PT25-08-3398]], chuyển khoản mã giao dịch [[R:FT25239781420113]].`,
  ],
  // 34
  [
    'implant',
    `BỆNH VIỆN TIM HÀ NỘI – ĐƠN VỊ RỐI LOẠN NHỊP
THẺ THÔNG TIN THIẾT BỊ CẤY GHÉP (người bệnh luôn mang theo)
Người bệnh: [[N:Lương Thị Gấm]]     Ngày sinh: [[D:17/01/1951]]     Mã NB: [[R:TH25-0049817]]
Địa chỉ: [[A:số 27, tổ 6, phường Quang Trung, TP Thái Bình]]     ĐT nhà: [[P:0227 3846 153]]
Chẩn đoán: I44.2 Blốc nhĩ thất độ III; I10
Ngày cấy: [[D:09/04/2025]]     Phẫu thuật viên: TS.BS [[N:Phạm Trường Sơn]]     Phòng can thiệp số 3
Máy tạo nhịp: Medtronic Azure XT DR MRI SureScan, model W1DR01, SN [[R:RNB624871S]]
UDI: [[R:(01)00643169962183(17)270331(21)RNB624871S]]
Dây điện cực nhĩ: CapSureFix Novus MRI SureScan 5076-52 cm, SN [[R:PJN7731092]], LOT [[R:0009847216]]
Dây điện cực thất: CapSureFix Novus MRI SureScan 5076-58 cm, SN [[R:PJN7730418]], LOT [[R:0009847302]]
Thông số lúc cấy: ngưỡng nhĩ 0,7 V / 0,4 ms, thất 0,5 V / 0,4 ms; trở kháng 540 / 620 Ω; sóng P 3,2 mV, sóng R 11 mV
Chế độ: DDDR 60–130 l/p; AV delay 180/150 ms
Theo dõi từ xa: thiết bị MyCareLink SN [[R:MCL2291044]], mã theo dõi [[R:CL-VN-0081173]]
Lịch kiểm tra máy: lần đầu [[D:09/05/2025]], sau đó mỗi 6 tháng (phòng khám số 12, sáng thứ Năm)
Có thể chụp MRI 1.5T và 3T theo điều kiện của hãng (chế độ SureScan).
Người liên hệ khẩn cấp: [[N:Lương Văn Hải]] (con trai), ĐT [[P:0904 662 318]]
Thẻ do điều dưỡng [[N:Nguyễn Thị Lan Anh]] cấp ngày [[D:11/04/2025]]; số sổ theo dõi thiết bị [[R:TNR-25-0317]].`,
  ],
  // 35
  [
    'sms',
    `[SMS 8079] BV DHYD TPHCM: Ba [[N:NGUYEN THI HONG]] da dat lich kham ngay [[D:14/10/2025]] luc 08:30, phong 27 khu A, BS [[N:TRAN MINH DUC]]. Ma dat lich: [[R:DL251014-003871]]. Vui long den truoc 15 phut, mang CCCD va the BHYT. Huy lich soan HUY [[R:DL251014-003871]] gui 8079.
————
PHIẾU SỐ THỨ TỰ – BỆNH VIỆN ĐẠI HỌC Y DƯỢC TP.HCM – KHU A
Quầy tiếp nhận BHYT (quầy 5)
SỐ: [[R:A-0127]]
Họ tên: [[N:NGUYỄN THỊ HỒNG]]     Mã NB: [[R:N25-0418822]]     Sổ khám bệnh: [[R:SKB-0044712]]
In lúc 07:52:14 [[D:14/10/2025]] – Số người đang chờ: 36
————
PHIẾU CHỈ ĐỊNH CẬN LÂM SÀNG – STT lấy máu: [[R:XN-0542]] – Phòng 4 tầng trệt
Barcode ống: [[R:2510140781]]
————
[SMS 8079] Ket qua xet nghiem cua [[N:Nguyen Thi Hong]] (ma NB [[R:N25-0418822]]) da co luc 10:41. Tra cuu bang ma bao mat [[R:8K3Q7Z]].
[SMS 8079] Ba [[N:Hong]] co lich tai kham ngay [[D:11/11/2025]] luc 07:30, STT dat truoc [[R:TK-015]], phong 27. Moi thac mac goi tong dai.
————
Tin nhắn Zalo của con trai:
[[N:Minh Tuấn]]: mẹ ơi lịch tái khám là [[D:11/11]] nha, con đặt rồi, mã [[R:DL251111-000915]]. Con gửi mã BHYT của mẹ để nhập app: [[BH:HT2797920441083]]
[[N:Minh Tuấn]]: sđt con mới đổi: [[P:0707 218 594]], mẹ lưu lại nha
Má [[N:Hồng]]: ừ con. mã [[R:A0127]] hôm trước má vứt rồi có sao ko
[[N:Minh Tuấn]]: ko sao má, số thứ tự chỉ dùng trong ngày thôi`,
  ],
  // 36
  [
    'chat',
    `Nhóm Zalo "XN – Lâm sàng khoa Nhi (BV Sản Nhi Bắc Giang)" – [[D:19/05/2025]]
[07:12] [[N:Thu Trang]] (XN): mấy mẫu máu sáng nay của K.Nhi thiếu barcode nhé
[07:13] [[N:Thu Trang]] (XN): bé [[N:Hà Minh Khang]] mã [[R:nhi.25.3318]] – ống EDTA không dán nhãn, ống serum thì dán SID [[R:250519 0087]]
[07:15] [[N:Nguyễn Hoài]] ĐD Nhi: để e ktra. bé [[N:Khang]] giường 12 đúng k c
[07:16] [[N:Thu Trang]] (XN): đúng r. Thêm bé [[N:Giáp Thị Na]] sid [[R:2505190091]] vỡ hồng cầu, lấy lại giúp c
[07:20] [[N:Nguyễn Hoài]] ĐD Nhi: ok c. mã cũ huỷ, e in mã mới: [[R:2505190102]]
[07:31] [[N:Dương Văn Thắng]]: cho a hỏi kq cấy dịch não tủy bé [[N:Lục Gia Bảo]] #[[R:VS-25/0412]] có chưa
[07:33] [[N:Thu Trang]] (XN): a [[N:Thắng]] ơi mẫu đó mã đúng là [[R:VS25.0412]] hay [[R:vs-25-0421]] ạ, bên e hệ thống có 2 cái
[07:34] [[N:Dương Văn Thắng]]: cái sau nhé, a gõ nhầm
[07:35] [[N:Thu Trang]] (XN): ok có rồi, nhuộm Gram không thấy vi khuẩn, cấy đang ủ 48h, PCR đa mồi chạy run 3 chiều nay
[07:40] [[N:Nguyễn Hoài]] ĐD Nhi: c ơi barcode bé [[N:Khang]] đây: [[R:2505
190088]]
[07:42] [[N:Thu Trang]] (XN): ok nhận. Còn mẫu khí máu bé [[N:Na]] code [[R:KM-0519-07]] máy báo lỗi, gửi lại trước 8h
[07:55] [[N:Lưu Thị Hạnh]] (ĐDT): các e chú ý, theo quy trình QT.XN.07 phiên bản 3.0 mẫu thiếu nhãn phải hủy, ko dán bù
[08:02] [[N:Nguyễn Hoài]] ĐD Nhi: mẹ bé [[N:Na]] sđt [[P:0349.226.105]] muốn hỏi kq, c gọi giúp e
[08:05] [[N:Thu Trang]] (XN): e ko báo kq qua đt được đâu, bảo bs [[N:Thắng]] nhé
[08:10] [[N:Dương Văn Thắng]]: ok. bé [[N:Bảo]] BHYT [[BH:TE1242420031187]] hết hạn [[D:30/04]], nhờ ĐD báo ng nhà gia hạn. mã lưu trữ bé [[R:BG25/N/2217]]
[08:12] [[N:Nguyễn Hoài]] ĐD Nhi: dạ. ông nội bé [[N:Bảo]] là [[N:Lục Văn Sinh]] [[P:0981 577 342]] ạ`,
  ],
  // 37
  [
    'chat',
    `Zalo "Bảo lãnh VP – quầy BH tư nhân" – [[D:18/07]]
[[N:mai anh]] bl: a [[N:Cường]] ơi hs anh [[N:Đoàn Văn Tú]] bên An Khang trả về, nói thẻ sai. thẻ a ấy là [[BH:ak-hp-00812-3377]] mà hệ thống nhập [[BH:ak-hp-00812-3371]]
[[N:Cường]] GĐ An Khang: để a check. số hđ nhóm [[R:ak/2025/hđ-n/004417]] đúng chưa e
[[N:mai anh]] bl: đúng a. số hs [[R:bt25/07/33182]]
[[N:Cường]] GĐ An Khang: ok a sửa r. bảo lãnh mới số [[R:BL-0714-
0092/ĐC1]]
[[N:mai anh]] bl: e cảm ơn. thêm ca nữa a ơi: chị [[N:Phạm Thu Hà]] [[R:HP25.0077492]] sinh mổ, thẻ cá nhân
[[N:mai anh]] bl: thẻ [[BH:AK 0019 2281 06]] hđ [[R:AKC-7720114]]
[[N:Cường]] GĐ An Khang: chị ấy có hộ chiếu k, hđ ghi người nước ngoài?
[[N:mai anh]] bl: chị Việt kiều, hc [[PP:C8824107]], sđt ở Úc [[P:+61 412 558 903]], ở VN dùng [[P:0936 118 024]]
[[N:Cường]] GĐ An Khang: ok. e gửi a ảnh giấy ra viện với bảng kê nhé, ID hồ sơ a tạo: [[R:CLM-AK-25-118377]]
[[N:mai anh]] bl: dạ. À a ơi ca ông [[N:Trịnh Văn Khôi]] hôm trước code [[R:CLM AK 25 117 960]] bị từ chối vì bệnh có sẵn (I10) đúng k a
[[N:Cường]] GĐ An Khang: đúng, loại trừ theo điều 7.3 quy tắc bảo hiểm, thời gian chờ 365 ngày
[[N:mai anh]] bl: vâng. [[N:Khôi]] [[R:25071199]] – người nhà xin thư từ chối bằng văn bản để gửi email [[E:trinhkhoi.hp@gmail.com]]
[[N:Cường]] GĐ An Khang: a gửi trong chiều. số công văn [[R:482/AK-GĐBT]]
[[N:mai anh]] bl: ok a 👍 11h30 e nghỉ trưa, ai hỏi thì gọi [[N:Hà]] trực quầy 2`,
  ],
  // 38
  [
    'discharge',
    `BỆNH VIỆN ĐA KHOA TỈNH QUẢNG NAM          Mã BV: 49017
Khoa: Nội tổng hợp – Lão khoa          Số lưu trữ: [[R:LT25-11873]]          Mã y tế: [[R:49017.25.0006312]]
GIẤY RA VIỆN          Số: [[R:GRV-2025-08471]]
Họ tên người bệnh: [[N:PHAN VĂN ĐƯỢC]]     Ngày sinh: [[D:11/11/1933]]     Tuổi: [[AGE:91]]     Nam
Dân tộc: Kinh     Nghề nghiệp: hưu trí
Mã số BHXH: [[BH:4905014732]]     Thẻ BHYT: [[BH:HT2494920000117]]     Giá trị từ [[D:01/01/2025]] đến [[D:31/12/2025]]
Địa chỉ: [[A:thôn Hòa An, xã Tam Ngọc, TP Tam Kỳ]], Quảng Nam
Vào viện lúc: 15 giờ 40 phút, ngày [[D:02/10/2025]]
Ra viện lúc: 9 giờ 00 phút, ngày [[D:13/10/2025]]
Chẩn đoán: J18.9 Viêm phổi; I50.9 Suy tim; N18.3 Bệnh thận mạn giai đoạn 3
Phương pháp điều trị: kháng sinh (ceftriaxon 2 g/ngày x 7 ngày), lợi tiểu furosemid 40 mg, thở oxy 2 l/ph 4 ngày.
Tình trạng ra viện: tỉnh, hết sốt, SpO2 95% khí trời, HA 130/70 mmHg.
Ghi chú: tái khám [[D:27/10/2025]] tại phòng khám Nội B số 6, mang theo giấy hẹn số [[R:GH-1013-0214]] và đơn thuốc ra viện mã [[R:49017r8t2kd6-c]].
Ngày [[D:13 tháng 10 năm 2025]]
Trưởng khoa: BSCKII [[N:Nguyễn Hữu Thọ]]          Thủ trưởng đơn vị: [[N:Hồ Văn Tịnh]]
Người nhà nhận giấy: con gái [[N:Phan Thị Lý]], căn cước [[ID:049180003362]], ĐT [[P:0905 331 820]]
Bảng kê chi phí KCB nội trú số [[R:BK-25-0093315]]; người bệnh cùng chi trả 0 đồng (đối tượng HT, hưởng 100%).`,
  ],
  // 39
  [
    'letter',
    `BỆNH VIỆN ĐA KHOA TỈNH BÌNH ĐỊNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: [[R:1873/BVĐK-KHTH]]          Độc lập – Tự do – Hạnh phúc
V/v cung cấp hồ sơ bệnh án theo yêu cầu của Cơ quan CSĐT
Bình Định, ngày [[D:25 tháng 6 năm 2025]]
Kính gửi: Cơ quan Cảnh sát điều tra Công an [[A:TP Quy Nhơn]]
Bệnh viện nhận được Công văn số [[R:412/CSĐT-ĐTTH]] ngày [[D:19/6/2025]] của Quý Cơ quan đề nghị cung cấp hồ sơ bệnh án của người bệnh [[N:Lê Thị Bích Tuyền]] (sinh năm 1996, căn cước số [[ID:052196004418]], trú [[A:tổ 12, khu vực 3, phường Nhơn Bình, TP Quy Nhơn]]), liên quan vụ án "Cố ý gây thương tích" đã khởi tố theo Quyết định số [[R:187/QĐ-CSĐT]] ngày [[D:10/6/2025]].
Bệnh viện cung cấp các tài liệu sau (bản sao có đóng dấu):
1. Bệnh án nội trú, số lưu trữ [[R:BD25-06.1174]], mã người bệnh [[R:25.0041857]], vào viện [[D:2/6/2025]], ra viện [[D:14/6/2025]], khoa Chấn thương chỉnh hình.
2. Phim CT sọ não và cột sống cổ ngày [[D:2/6/2025]], accession [[R:CT-BD-250602-0093]] (01 đĩa CD).
3. Giấy chứng nhận thương tích số [[R:226/GCNTT]] ngày [[D:20/6/2025]] do BSCKII [[N:Huỳnh Tấn Lực]] ký.
4. Phiếu xét nghiệm nồng độ cồn, SID [[R:2506020233]].
Hồ sơ được giao trực tiếp cho Điều tra viên [[N:Trần Quốc Vương]] theo Giấy giới thiệu số [[R:77/GGT-CSĐT]]; biên bản giao nhận số [[R:19/BBGN-KHTH]].
Bệnh viện đề nghị Quý Cơ quan bảo mật thông tin của người bệnh theo Điều 13 Luật Khám bệnh, chữa bệnh số 15/2023/QH15 và Nghị định 13/2023/NĐ-CP.
Đầu mối liên hệ: ThS [[N:Võ Thị Kim Chi]], Phó trưởng phòng KHTH, ĐT [[P:0914 027 663]], email [[E:chivtk.khth@bvdkbinhdinh.vn]].
Nơi nhận: như trên; Ban Giám đốc; lưu VT, KHTH.
KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC – BSCKII [[N:Nguyễn Ngọc Lâm]]`,
  ],
  // 40
  [
    'chat',
    `Nhóm Zalo "Cấp cứu – Trực tổng BV Đa khoa TP Cần Thơ" – đêm [[D:3/2]]
[23:48] [[N:Hiếu]] CC: nam ~25t, TNGT xe máy, ko giấy tờ, GCS 9, đang CT sọ. mã tạm [[R:vdt0203-11]]
[23:51] [[N:Hiếu]] CC: xe của bn bên CSGT chụp gửi: biển [[VP:65g1 12345]] – ai quen nhắn giúp
[23:55] [[N:Tùng]] trực tổng: để a hỏi bên công an [[A:quận Ninh Kiều]]
[00:20] [[N:Tùng]] trực tổng: công an tra biển ra chủ xe [[N:Quách Văn Lộc]], cccd [[ID:092.098.003.417]], đt [[P:0939 402 661]]
[00:24] [[N:Hiếu]] CC: gọi đt k ai nghe. cccd chủ xe sinh 98, hợp với bn
[00:40] [[N:Tùng]] trực tổng: cán bộ CSGT [[N:Lâm Chí Thanh]] nói vụ việc số TB [[R:88/TB-CAQ]], xe va với ô tô [[VP:51K – 208.49]], tài xế ô tô [[N:Huỳnh Bá Khương]], bằng lái số [[L:791 620 0 48 117]]
[01:05] [[N:Hiếu]] CC: CT máu tụ ngoài màng cứng thái dương P 35 ml, hội chẩn NK mổ cấp
[01:10] [[N:Nhàn]] NK: nhận. chỉ định mổ, cần người nhà ký
[01:32] [[N:Hiếu]] CC: mẹ bn tới r, xác nhận đúng [[N:Quách Văn Lộc]], sn [[D:21/08/1998]], [[A:khu vực 5, phường An Bình, quận Ninh Kiều]]. mẹ là [[N:Trương Thị Bảy]] [[P:0907 215 338]]
[01:35] [[N:Tùng]] trực tổng: ok đổi mã tạm [[R:vdt0203-11]] -> mã chính [[R:CT25.020311]]. BHYT của bn [[BH:GD 4 92 9220417358]] (mẹ chụp thẻ)
[01:36] [[N:Hiếu]] CC: ghép hồ sơ xong. phiếu mổ số [[R:PM-0204-002]]
[03:50] [[N:Nhàn]] NK: mổ xong, bn về ICU giường 5, ống NKQ 7.5 cố định 22 cm
[07:10] [[N:Tùng]] trực tổng: giao ban: 1 ca TNGT chưa có giấy tờ đã định danh, CA đã lấy lời khai mẹ bn lúc 6h, biên bản số [[R:41/BB-LLK]]`,
  ],
];
