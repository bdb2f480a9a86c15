// Held-out set 12, documents 28–40 (see index.ts for the conventions): clinical texts — an
// e-mail thread with a foreign insurer, a forensic request and a police letter, Zalo chats
// between doctors (accented and not), hand-over notes, an outbreak line list, a culture log,
// an e-prescription with its invoice, an occupational-injury report, English telehealth.
// Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'email',
    `From: Claims Asia – Pacific Shield Insurance
To: Phòng Bảo hiểm – Bệnh viện Đa khoa Quốc tế Vinmec Phú Quốc
Date: Mon, [[D:14 Jul 2025]] 09:12 +0800
Subject: RE: GOP request – [[N:NG Wei Ming]] – Policy [[R:PSH-SG-00418273]]
Dear Ms [[N:Thảo]],
Thank you for the medical report of Mr [[N:Ng Wei Ming]] ([[N:黃偉明]]), DOB [[D:22/03/1961]], passport [[PP:K1234567M]]. We confirm a Guarantee of Payment, GOP no. [[R:GOP/2025/VN/07731]], up to USD 15,000 for admission from [[D:12 Jul 2025]] (acute STEMI, I21.0; PCI with 2 stents).
Please note the claim number [[R:CLM-88204417]] on all invoices. Our case manager is [[N:Priya Raman]], mobile [[P:+65 9127 4483]].
Kind regards,
[[N:Priya Raman]]
-----
From: [[N:Đoàn Phương Thảo]] <[[E:thao.dp@vinmec-demo.vn]]>
Date: [[D:13/7/2025]] 16:40
Subject: GOP request – [[N:NG Wei Ming]]
Dear Sir/Madam, our patient (hospital ID [[R:PQ-25-0093381]], room 507, bed 2) was admitted on [[D:12/07/2025]] at 23:05 with chest pain. His wife, [[N:Tan Mei Ling]], is with him; her phone is [[P:+65 8224 0619]] and the Vietnamese number of their tour guide, Mr [[N:Danh Út]], is [[P:0939-128-604]]. Estimated cost VND 320,000,000; invoice no. [[R:HD-0047712]]. Expected discharge [[D:17-7]].
Best regards, [[N:Thảo]] – Insurance desk`,
  ],
  // 29
  [
    'forensic',
    `CÔNG AN TỈNH BẮC GIANG
CƠ QUAN CẢNH SÁT ĐIỀU TRA
Số: [[R:1092/QĐ-CSĐT]]
QUYẾT ĐỊNH TRƯNG CẦU GIÁM ĐỊNH
Căn cứ Điều 205, 206 Bộ luật Tố tụng hình sự 2015; căn cứ Luật Giám định tư pháp 2012;
Xét cần thiết giám định tỷ lệ tổn thương cơ thể trong vụ án "Cố ý gây thương tích" xảy ra ngày [[D:02/9/2025]] tại [[A:thôn Đồng Quan, xã Tân Lập, huyện Lục Ngạn]].
QUYẾT ĐỊNH:
Trưng cầu: Trung tâm Pháp y tỉnh Bắc Giang
Đối tượng giám định: [[N:Hoàng Văn Lâm]], sinh ngày [[D:17/04/1998]]; CCCD: [[ID:024 098 011 753]]; trú tại [[A:tổ dân phố Cầu Mới, thị trấn Chũ, huyện Lục Ngạn]].
Nơi điều trị: Bệnh viện Đa khoa tỉnh Bắc Giang, mã bệnh án [[R:BG.25.118047]], từ [[D:02/9 - 15/9/2025]].
Tài liệu gửi kèm: hồ sơ bệnh án (bản sao), phim CT sọ số [[R:CT-250902-1184]], giấy ra viện số [[R:2241/GRV]].
Nội dung cần giám định: tỷ lệ % tổn thương cơ thể do thương tích gây nên tại thời điểm giám định.
Phương tiện liên quan: xe máy biển số [[VP:98-B2 417.19]] của bị hại; xe ô tô [[VP:98C-127.03]] của [[N:Nông Đức Tài]] (đối tượng).
Thời hạn trả kết luận: trước ngày [[D:30/10/2025]].
Điều tra viên thụ lý: Đại úy [[N:Giáp Văn Hưng]], điện thoại [[P:0862 417 039]].
Bắc Giang, ngày [[D:19 tháng 9 năm 2025]]
KT. THỦ TRƯỞNG – PHÓ THỦ TRƯỞNG: Thượng tá [[N:Thân Đức Mạnh]]`,
  ],
  // 30
  [
    'police-letter',
    `CÔNG AN [[A:QUẬN HOÀNG MAI]] – CÔNG AN [[A:PHƯỜNG ĐỊNH CÔNG]]
Số: [[R:317/CV-CAP]]
V/v đề nghị cung cấp thông tin người bệnh
Kính gửi: Bệnh viện Thanh Nhàn – Phòng Kế hoạch tổng hợp
Khoảng 21h ngày [[D:05/10/2025]], tại [[A:phòng 1208, tòa HH2B, khu đô thị Linh Đàm, phường Hoàng Liệt]], xảy ra vụ việc nghi bạo lực gia đình. Nạn nhân là chị [[N:Mai Thị Thùy Dung]] (sinh năm 1995, CCCD [[ID:001195027446]], thẻ BHYT [[BH:DN 4 01 01 912 34567]]) được đưa vào cấp cứu tại quý Bệnh viện, mã vào viện tạm [[R:CC-TMP-7742]].
Người đưa đến: anh [[N:Lê Quốc Việt]], hàng xóm, số điện thoại [[P:0 904 558 127]]. Người bị tố giác: [[N:Đinh Trọng Nghĩa]] (chồng), sinh ngày [[D:14/11/1990]], hộ chiếu [[PP:C8412093]].
Để phục vụ công tác xác minh theo Quyết định phân công số [[R:58/QĐ-CAP]] ngày [[D:06/10/2025]], Công an phường đề nghị Bệnh viện cung cấp: bản tóm tắt bệnh án, kết quả chụp X-quang, CT từ ngày [[D:05/10]] đến nay.
Cán bộ liên hệ: Trung úy [[N:Bùi Thế Anh]], ĐT [[P:0983 02 77 46]], email [[E:buitheanh.cap@demo-congan.vn]].
Nơi nhận: như trên; lưu hồ sơ [[R:HS-BLGĐ-2025-044]].
Hà Nội, ngày [[D:07 tháng 10 năm 2025]]
TRƯỞNG CÔNG AN PHƯỜNG – Thiếu tá [[N:Nguyễn Mạnh Cường]]`,
  ],
  // 31
  [
    'chat',
    `Nhóm Zalo "HSTC – Nội trú đêm" – [[D:08/11/2025]]
[[N:Hà]] (Khoa HSTC): Mọi người ơi, BN giường 6 vừa tụt HA 80/50, đang kéo Noradrenalin 0,1 mcg/kg/ph
[[N:Tuấn Anh]] (Khoa Thận): BN nào đấy em, [[N:Vi Văn Quý]] mã [[R:2511-08846]] phải không?
[[N:Hà]] (Khoa HSTC): Dạ đúng a, ông [[N:Quý]] 72t, nhà ở [[A:tổ 7 Quán Triều, TP Thái Nguyên]], lọc máu CRRT từ [[D:6/11]]
[[N:Tuấn Anh]] (Khoa Thận): Ok để a xuống. Kali bao nhiêu?
[[N:Hà]] (Khoa HSTC): K 6,2; Creatinin 512; lactat 4,8. BN bên cạnh giường 7 là bà [[N:Mùi]] nhà [[N:Nông Văn Dũng]] cũng sốt 39
BS [[N:Khải]] (Vi sinh): Cấy máu bà [[N:Mùi]] ngày [[D:7-11]] mọc trực khuẩn Gram âm, mã mẫu [[R:VS25-44120]], KSĐ trả chiều mai
[[N:hoa ngoc]]: em điều dưỡng ca đêm ạ, gia đình ông [[N:Quý]] xin số bác sĩ, con trai ông là a [[N:Vi Văn Hùng]] [[P:0912.77.4061]]
[[N:Tuấn Anh]] (Khoa Thận): Để mai anh gọi. Giao ban 7h30 nhé, phòng giao ban tầng 3
[[N:Hà]] (Khoa HSTC): OK a. Hẹn lọc lại theo chu kỳ 3/6, dùng Meropenem 1 g x 3
[[N:N.H.T]]: đã xem`,
  ],
  // 32
  [
    'chat',
    `nhom zalo "truc dem noi tong hop" [[D:12/4]]
[[N:thuy]]: c [[N:lan]] oi bn giuong 15 ba [[N:hoang thi bay]] [[AGE:94]]t dang kho tho, spo2 86
[[N:lan]] dd: e thu mo oxy 5l di, c goi bs [[N:khanh]]
[[N:khanh]] noi 2: dang xuong. ba nay ma bn [[R:2504.11327]] dung k
[[N:thuy]]: dung a, ba o [[A:xom 4 xa nghi phong huyen nghi loc]], con trai la anh [[N:tuan]] so [[P:0368 447 190]]
[[N:khanh]] noi 2: cho furosemid 20mg x 2 ong tiem tm, chup xq tai giuong, ecg. nghi phu phoi cap, I50.1
[[N:lan]] dd: bn giuong 16 ong [[N:nam]] xin ve som, noi mai [[D:13-4]] la gio bo
[[N:khanh]] noi 2: ok ky giay xin ve, ghi so phieu [[R:XV-0412]]
[[N:thuy]]: a oi lu 2 luc 1h ba [[N:bay]] do roi, spo2 93
bs [[N:dung]] truc lanh dao: ok, mai [[D:14/4]] nho bao cao giao ban. ca ba [[N:bay]] nho ghi ho so ngay [[D:12/4]]
[[N:lan]] dd: da`,
  ],
  // 33
  [
    'handover',
    `SỔ BÀN GIAO CA – KHOA NHI TỔNG HỢP – Ca chiều thứ Bảy [[D:15/3]] → ca đêm
Người giao: ĐD [[N:Trần Thị Hạnh]] – Người nhận: ĐD [[N:Ngô Văn Lộc]]
1. Giường 1A: bé [[N:Su]] ([[N:Nguyễn Gia Bảo]], 2 tuổi, mã [[R:NH-25-03312]]) viêm tiểu phế quản, SpO2 95%, khí dung 3 lần/ngày. Bầm [[N:Nụ]] (mẹ) trông.
2. Giường 1B: bé [[N:Mít]] ([[N:Hoàng Khánh Vy]]) sốt ngày 3, NS1 âm tính, theo dõi sốt xuất huyết. U [[N:Tâm]] xin về ăn cơm 30 phút.
3. Giường 2A: cháu [[N:Đào Minh Khôi]], co giật do sốt lúc 14h, đã cho Diazepam 5 mg đặt hậu môn. Tía [[N:Sáu]] (bố) và má [[N:Thu]] ở ngoài hành lang; má dặn gọi số [[P:0707 218 934]].
4. Giường 3: bé [[N:Lò Thị Ngân]] (người Thái, nhà ở [[A:bản Nà Ngùa, xã Chiềng Sinh, TP Sơn La]]) viêm phổi, tiêm Ceftriaxon 1 g x 1, Glasgow 15/15.
5. Giường 4 (cách ly): bé trai chưa rõ tên, mã cấp cứu tạm [[R:CC-150325-03]], vào 16h10, mẹ đang trên đường từ [[A:khu 5, thị trấn Hùng Sơn, huyện Lâm Thao]].
Dặn: BS [[N:Hiếu]] trực, hội chẩn lúc 21h. Phiếu lĩnh thuốc số [[R:PL-1503-027]] đã nộp.
Ký giao: [[N:Hạnh]] – Ký nhận: [[N:Lộc]]`,
  ],
  // 34
  [
    'linelist',
    `DANH SÁCH CA BỆNH SỐT XUẤT HUYẾT – Ổ DỊCH [[A:KHU PHỐ 4, PHƯỜNG TÂN BIÊN, TP BIÊN HÒA]] (cập nhật [[D:22/6/2025]])
Mã ổ dịch: [[R:OD-SXH-2025-118]] – Người lập: [[N:Lưu Thị Bích Ngọc]], CDC Đồng Nai
STT | Họ tên | Tuổi | Địa chỉ | Ngày khởi phát | Nơi điều trị | Mã BN | ĐT
1 | [[N:Phạm Nhật Nam]] | 9 | [[A:tổ 12, khu phố 4]] | [[D:14/6]] | BV Nhi Đồng Nai | [[R:NĐN-2506-0331]] | [[P:0933 812 407]]
2 | [[N:Phạm Nhật Minh]] | 6 | [[A:tổ 12, khu phố 4]] | [[D:16/6]] | BV Nhi Đồng Nai | [[R:NĐN-2506-0389]] | [[P:0933 812 407]]
3 | [[N:Y Nhi Byă]] | 19 | [[A:nhà trọ số 6, hẻm 21, khu phố 4]] | [[D:17/6]] | BVĐK Đồng Nai | [[R:ĐN25.041172]] | [[P:0388-290-561]]
4 | [[N:Sơn Thị Sa Rết]] | 24 | [[A:nhà trọ số 6, hẻm 21, khu phố 4]] | [[D:17/6]] | tại nhà | – | [[P:0352 041 886]]
5 | [[N:Vương Quý Lâm]] | 58 | [[A:số 44/7 đường Đồng Khởi, khu phố 4]] | [[D:19/6]] | BV Thống Nhất Đồng Nai | [[R:TN-2506-7714]] | [[P:0251 3 827 604]]
6 | [[N:Trần Thị Tư]] | [[AGE:90]] | [[A:tổ 14, khu phố 4]] | [[D:20/6]] | BVĐK Đồng Nai | [[R:ĐN25.041390]] | [[P:0918.240.117]]
Ghi chú: ca 3 và 4 là công nhân cùng công ty, mã nhân viên [[R:CN-7741]] và [[R:CN-7752]]. Phun hóa chất từ [[D:21 đến 23/6]], đợt 2/3 vào [[D:30/6]]. Báo cáo theo Thông tư 54/2015/TT-BYT.`,
  ],
  // 35
  [
    'lab',
    `SỔ THEO DÕI CẤY VI KHUẨN – KHOA VI SINH – BỆNH VIỆN ĐA KHOA TRUNG ƯƠNG CẦN THƠ – tuần [[D:17 - 23/11]]
Mã mẫu | Ngày nhận | Người bệnh | Khoa | Bệnh phẩm | Kết quả
[[R:VS-251117-0042]] | [[D:17/11]] | [[N:Danh Thị Sen]], 66t | HSTC | máu 2 chai | Klebsiella pneumoniae, ESBL (+)
[[R:VS-251117-0057]] | [[D:17/11]] | [[N:Lê Văn Út Em]], 41t | Ngoại CT | mủ vết mổ | Staphylococcus aureus, MRSA
[[R:VS-251118-0011]] | [[D:18/11]] | [[N:Trà Thị Sóc Kha]], 35t | Sản | nước tiểu | E. coli 10^5 CFU/ml
[[R:VS-251119-0090]] | [[D:19/11]] | [[N:Chau Sóc Ri]], 29t | Nội TK | dịch não tủy | Streptococcus suis
[[R:VS-251120-0003]] | [[D:20/11]] | [[N:Tăng Mỹ Linh]] ([[N:曾美玲]]), 52t | Nội tiêu hóa | phân | âm tính
Ghi chú: mẫu [[R:VS-251119-0090]] (BN [[N:Chau Sóc Ri]], mã BN [[R:CT.25.0118842]], nhà ở [[A:ấp Tà Tết, xã Thạnh Trị, huyện Thạnh Trị]]) đã báo CDC ngày [[D:20-11]]; số lưu chủng [[R:LC-25/317]].
KSĐ của mẫu [[R:VS-251117-0042]]: kháng Ceftazidim, nhạy Meropenem (MIC 0,25/1), Amikacin.
Người đọc: KTV [[N:Huỳnh Minh Trí]] – Duyệt: TS.BS [[N:Trần Đỗ Hùng]]`,
  ],
  // 36
  [
    'prescription',
    `ĐƠN THUỐC ĐIỆN TỬ
Mã đơn thuốc: [[R:79031a2b7c4d-c]] – Mã cơ sở: 79031
Phòng khám Đa khoa Hòa Hảo – phòng khám số 4
Họ tên: [[N:Tăng Quốc Thắng]] – Ngày sinh: [[D:08/01/1972]] – Nam
Địa chỉ: [[A:lô C, chung cư Hùng Vương Plaza, phường 12, quận 5]], TP HCM
Số thẻ BHYT: [[BH:HN 2 79 79 310 05321]]; Số CCCD: [[ID:079 072 009 315]]
Chẩn đoán: Tăng huyết áp vô căn (I10); Rối loạn lipid máu (E78.5); Đau thần kinh tọa (M54.3)
1. Amlodipin/Valsartan 5/80 mg – 30 viên – uống 1 viên sáng
2. Atorvastatin 20 mg – 30 viên – uống 1 viên tối
3. Pregabalin 75 mg x 2 – 60 viên
Lời dặn: tái khám sau 30 ngày, ngày [[D:07/12/2025]]. HA hôm nay 150/95.
Ngày [[D:07 tháng 11 năm 2025]] – Bác sĩ khám bệnh: [[N:Lý Hồng Phúc]] (CCHN số [[L:003417/HCM-CCHN]])
---
HÓA ĐƠN GIÁ TRỊ GIA TĂNG – Ký hiệu: 1C25TAA – Số: [[R:00017734]]
Người mua: [[N:Tăng Quốc Thắng]] – Mã khách hàng: [[R:KH-0098231]]
Hình thức thanh toán: chuyển khoản, TK [[R:0071 0004 41829]]
Tổng cộng: 1.284.000 đồng. Ngày [[D:07/11/2025]].`,
  ],
  // 37
  [
    'email',
    `From: [[N:Somchai Wongsakul]] <[[E:somchai.w@mekong-assist-demo.co.th]]>
To: International Patient Center – Bệnh viện Chợ Rẫy
Date: [[D:3 Mar 2025]]
Subject: Case [[R:MA-TH-250301-09]] – Lao national Mr. [[N:VONGSAVANH Khamphanh]]
Dear Dr [[N:Phong]],
Further to our call, we request a medical report for [[N:Khamphanh Vongsavanh]], born [[D:15 May 1958]], Lao passport [[PP:P2481073]], admitted on [[D:28 February]] after a stroke (I63.9) while visiting his daughter in [[A:District 10]].
His daughter, [[N:Souksavanh Vongsavanh]], can be reached on [[P:+856 20 5541 8720]] (Laos) and on [[P:+84 938 120 447]] (Vietnam). His son-in-law, [[N:Sok Dara]], a Cambodian citizen living in [[A:Sangkat Boeung Keng Kang 1, Khan Chamkar Mon]], Phnom Penh, phone [[P:+855 12 884 301]], is the policyholder (policy [[R:MA-POL-55901834]]).
Please invoice us under reference [[R:INV-REQ-77412]] in USD.
Regards, [[N:Somchai]] (mobile [[P:+66 81 644 2079]])
---
Reply from BS [[N:Nguyễn Thanh Phong]] ([[D:4/3/2025]]): patient ID [[R:CR25-0308817]], ward 4B, bed 21; NIHSS 11 on admission, 6 today. Report attached; Dr [[N:Phong]].`,
  ],
  // 38
  [
    'handover',
    `giao ban ca dem khoa noi – bv da khoa tinh soc trang – [[D:26-8]]
dd giao: [[N:thach thi sa mai]] – dd nhan: [[N:lam van ri]]
- g5: ong [[N:danh sa quol]] 78t, o [[A:ap prey chop, xa thanh phu, my xuyen]], dtd typ 2, dg mm 18, insulin 10ui truoc an. con gai la [[N:kim thi sa roeun]] sdt [[P:0939 60 21 77]]
- g6: ba [[N:son thi ne]] [[AGE:96]]t, viem phoi, thoi oxy 3l, ba noi tieng khmer, nho chi [[N:sa rinh]] (chau) dich
- g7: [[N:chau thanh]] 45t, say ruou nhap luc 23h ngay [[D:25/8]], co ban tay cong an [[A:phuong 5]] dua vao, bhyt [[BH:GD4949491234567]], cccd [[ID:094083001276]]
- g8 trong. g9: [[N:ly thi ken]] dang cho chuyen can tho, giay chuyen so [[R:1184/GCT]]
luu y: ba [[N:ne]] met, neu kho tho goi bs [[N:tri]]. sang [[D:27-8]] lay mau xn lai, chu ky khang sinh ngay 3/7.
ky: [[N:mai]] / [[N:ri]]`,
  ],
  // 39
  [
    'injury-report',
    `BÁO CÁO TAI NẠN LAO ĐỘNG – CÔNG TY TNHH ĐIỆN TỬ HANA VINA
Nơi xảy ra: xưởng dập của công ty tại [[A:KCN Đồng Văn II, phường Bạch Thượng, thị xã Duy Tiên]], Hà Nam
Người bị nạn: [[N:Trịnh Thị Hảo]] – Mã nhân viên: [[R:HNV-22-04817]] – Sinh ngày: [[D:30/7/2001]]
Quê quán: [[A:xóm 6, xã Yên Thành, huyện Ý Yên]], Nam Định; tạm trú [[A:phòng 12, dãy trọ số 3, thôn Phú Thứ, xã Duy Hải]]
Thực tập sinh đi kèm: [[N:Đỗ Minh Nhật]], MSSV [[R:20214417]], Trường Cao đẳng Kỹ thuật Hà Nam.
Thời gian: 14h20 ngày [[D:11/6/2025]] – Quản đốc: [[N:Lee Jae-won]] ([[N:이재원]]), quốc tịch Hàn Quốc, hộ chiếu [[PP:M40518829]], điện thoại [[P:+82 10 2298 4471]]
Diễn biến: chị [[N:Hảo]] bị máy dập kẹp ngón tay III, IV bàn tay phải. Sơ cứu tại phòng y tế công ty, chuyển Bệnh viện Đa khoa tỉnh Hà Nam, sau đó lên Bệnh viện Việt Đức ngày [[D:12/6]]. Chẩn đoán: dập nát đốt 3 ngón III (S62.6), mổ ngày [[D:12/6]].
Xe đưa đi: ô tô công ty biển [[VP:90A-086.17]], lái xe [[N:Ngô Văn Tiến]].
BHXH: mã số [[BH:3522014417]]; hồ sơ giám định y khoa số [[R:GĐYK-25/0417]].
Tiền lương chuyển vào TK [[R:1903 6618 2470 18]] (Techcombank).
Người lập: [[N:Vũ Thu Hà]], cán bộ an toàn; ĐT [[P:0226.3 582 417]]. Báo cáo theo Nghị định 88/2020/NĐ-CP. Hà Nam, ngày [[D:13/6/2025]]`,
  ],
  // 40
  [
    'telehealth',
    `TELECONSULT NOTE – Vinh Long General Hospital ↔ Boston
Date: [[D:2025-09-18]] 07:30 (ICT) / [[D:Sept. 17]] 20:30 (EDT)
Patient: [[N:Võ Thị Kim Chi]] (Mrs. [[N:Kim Chi Vo]]), 68 F, hospital no. [[R:VL-25-046612]], BHYT [[BH:HT3868680021173]]
Home: [[A:ấp Tân Qui 1, xã Tân Hạnh, huyện Long Hồ]]
Her son, Dr. [[N:Andrew Vo]] (cardiologist, living at [[A:41 Beacon Street, Brookline]], MA), joined from the US: [[P:+1 617-555-0142]], [[E:andrew.vo.md@example.com]].
History: admitted [[D:14 Sep 2025]] with decompensated heart failure (I50.9); EF 28%; BP 100/60; on Sacubitril/Valsartan 24/26 mg twice daily, Bisoprolol 2.5 mg. Old coronary aneurysm: Kawasaki disease excluded, atherosclerotic. Hospital social worker [[N:Thạch Thị Mỹ]] joined.
Attending: BSCKII [[N:Nguyễn Văn Đông]]. Local family contact: daughter [[N:Võ Thị Hồng Nhung]], [[P:0270 3 822 145]] / [[P:0919 331 206]].
Plan: continue diuretics; echo again on [[D:9/22]] (US format) = [[D:22/9]]; consider transfer to Cho Ray Hospital. Next call [[D:Sept. 24]] at 8 pm Boston time. IP of the video bridge used by the son: [[IP:73.114.206.51]].
Signed: [[N:N.V.Đ]]`,
  ],
];
