// Held-out set 43, documents 14–27 (see index.ts for the conventions): an imaging report, a
// delivery-ward chat, a BHYT appraisal record, a transfer-coordination group, a death-notice
// request, a pharmacy narcotics group, a pathology report, an international clinic's chat, a
// police request for records, a disease-surveillance group, an English referral letter, a family
// group during an operation, a geriatric hand-over sheet and the theatre list. Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'imaging',
    `TRUNG TÂM CHẨN ĐOÁN HÌNH ẢNH - BỆNH VIỆN BẠCH MAI
KẾT QUẢ CHỤP CẮT LỚP VI TÍNH
Mã phiếu: [[R:CT2510-22817]]     Accession No: [[R:BM251017CT0419]]
Họ tên: [[N:NGHIÊM XUÂN TRƯỜNG]]     Nam     Ngày sinh: [[D:07/04/1949]]
Mã BN: [[R:2510170045]]     Khoa: Cấp cứu A9
Địa chỉ: [[A:xóm 4, thôn Văn Giáp, xã Văn Tự, huyện Thường Tín]], Hà Nội
Chỉ định: BS [[N:Khúc Thị Hòa]] — đau đầu đột ngột, nôn, GCS 14 điểm
Kỹ thuật: CT sọ não không tiêm thuốc và CTA mạch não, lát cắt 0.625mm, máy 256 dãy.
Mô tả:
- Máu dưới nhện lan tỏa bể đáy, khe Sylvius 2 bên, Fisher độ 3.
- Túi phình động mạch thông trước kích thước 6x4mm, cổ 3mm, hướng ra trước.
- Não thất giãn nhẹ, chỉ số Evans 0.31. Không thấy dấu hiệu thoát vị.
Kết luận: Xuất huyết dưới nhện do vỡ phình ĐM thông trước (Hunt-Hess 2, WFNS 2).
So sánh phim cũ ngày [[D:22/3/2023]] tại BV Đa khoa Hà Đông: chưa thấy túi phình rõ.
Đã báo kết quả nguy hiểm cho BS trực Cấp cứu [[N:Hòa]] lúc 23:47 [[D:17/10/2025]] qua điện thoại, người nhận ĐD [[N:Phí Văn Toàn]].
Bác sĩ đọc kết quả: ThS.BS [[N:Lương Thành Nam]]               Hà Nội, [[D:17/10/2025]]`,
  ],
  // 15
  [
    'chat-ward',
    `Zalo "KHOA SẢN - BVĐK SÓC TRĂNG (trực)"
[22:10] ĐD [[N:Kim Thị Sa Phia]]: Nhan san phu [[N:Thach Thi Sa Ly]] 24t, PARA 1001, thai 39 tuan, o [[A:ap Tam Hoa, xa Vinh Hai, thi xa Vinh Chau]]. CTC 4cm, oi con. Ma BN [[R:ST25-19834]]
[22:12] HS [[N:Lâm Thị Mỹ Hạnh]]: chong la [[N:Danh Sóc]] ko rành tiếng Việt, em nhờ a [[N:Sơn Ngọc Thạch]] bảo vệ phiên dịch tiếng Khmer nha
[22:30] BS [[N:Trương Hoàng Phúc]]: ok theo dõi monitor, CTG nhóm I.
[23:55] HS [[N:Mỹ Hạnh]]: PHÒNG 2 GIƯỜNG 5 RA HUYẾT NHIỀU SAU SINH, GỌI BS [[N:PHÚC]] GẤP!!!
[23:56] BS [[N:Phúc]]: lên liền
[00:20] BS [[N:Phúc]]: P2G5 [[N:Liêu Thị Bé Ba]] đờ tử cung, đã Oxytocin 10UI + Carbetocin 100mcg, mất máu ~900ml. Truyền 2 đv hồng cầu khối nhóm B, túi máu [[R:2509-07731]] và [[R:2509-07735]].
[00:22] ĐD [[N:Kim Thị Sa Phia]]: em báo chồng BN là anh [[N:Út Tèo]] [[P:0944 208 617]] rồi
[01:40] BS [[N:Phúc]]: ổn định, HA 110/70, co hồi tốt, Hb sau truyền 8.9.
[02:05] HS [[N:Mỹ Hạnh]]: sp [[N:Sa Ly]] sanh thuong luc 01:52 ngay [[D:19/10]], be trai 3200g, apgar 8/9. ba ngoai la ba [[N:Thach Thi Sa Rum]] xin vao phong sanh
[02:06] HS [[N:Mỹ Hạnh]]: giay chung sinh so [[R:1027/GCS-2025]] sang mai lam, nho ghi ten cha [[N:Danh Sóc]] dung chinh ta
[02:08] BS [[N:Phúc]]: ok, cho bà ngoại vô 1 người`,
  ],
  // 16
  [
    'insurance',
    `BẢO HIỂM XÃ HỘI TỈNH BẮC NINH — PHÒNG GIÁM ĐỊNH BẢO HIỂM Y TẾ
BIÊN BẢN GIÁM ĐỊNH HỒ SƠ THANH TOÁN CHI PHÍ KCB BHYT
Số: [[R:0917/BB-GĐBHYT]]
Cơ sở KCB: Bệnh viện Đa khoa tỉnh Bắc Ninh (mã cơ sở 27001). Kỳ giám định: quý III.
Giám định viên: [[N:Nguyễn Thị Phương Thảo]], [[N:Đàm Văn Khôi]]. Đại diện BV: [[N:Ngô Quang Minh]] - Phó phòng KHTH.
Nội dung đề nghị xuất toán:
1. Hồ sơ [[N:Nguyễn Văn Quang]], thẻ [[BH:GD4272721004583]], mã LK [[R:27001250803117]], nội trú [[D:03 - 09/8/2025]]: chỉ định MRI cột sống thắt lưng không phù hợp chẩn đoán M54.5 theo Quyết định 4068/QĐ-BYT; 1.850.000đ.
2. Hồ sơ [[N:Ngô Thị Thanh]], thẻ [[BH:HT3272720998163]], mã LK [[R:27001250811402]]: Albumin 20% 50ml x 3 lọ khi albumin máu 31 g/L, không đúng điều kiện tại Thông tư 20/2022/TT-BYT; 2.970.000đ.
3. Hồ sơ [[N:Vi Văn Chiến]] (CMND [[CM:125317446]]): thẻ [[BH:DN4272701287754]] cấp lại ngày [[D:15/7/2025]] trùng mã BHXH [[BH:2708123456]] với thẻ cũ, đề nghị BV đối chiếu; tạm treo 6.430.000đ.
4. Ngoại trú: đơn thuốc số [[R:27001-ĐT-25-118034]] của NB [[N:Trần Thị Hảo]] kê Pregabalin 75mg x 60 viên, vượt 30 ngày; 1.168.600đ.
Tổng số tiền đề nghị xuất toán: 12.418.600 đồng.
Ý kiến BV: đồng ý mục 1, 2, 4; mục 3 bổ sung hồ sơ trước [[D:30/10/2025]].
Biên bản lập lúc 16h30 ngày [[D:22/9/2025]], gồm 02 bản.
GIÁM ĐỊNH VIÊN          ĐẠI DIỆN CƠ SỞ KCB
[[N:Nguyễn Thị Phương Thảo]]          [[N:Ngô Quang Minh]]`,
  ],
  // 17
  [
    'chat-transfer',
    `Nhóm Zalo "ĐIỀU PHỐI CHUYỂN VIỆN ĐBSCL - CẦN THƠ 🚑" — [[D:20/5]]
[09:12] BS [[N:Quách Thanh Tùng]] - TTYT [[A:huyện Trần Văn Thời]]: Xin chuyển 1 ca thai ngoài tử cung vỡ, sốc mất máu: [[N:Đỗ Thị Diễm Trinh]] 27t, HA 70/40, Hb 6.8. Giấy CT số [[R:412/CV-TTYT]]. Xe [[VP:69B-002.41]] xuất phát 09:20.
[09:15] [[N:Lý Kim Hoàng]] (Điều phối BVĐK TW Cần Thơ): Nhận. Phòng mổ 3 sẵn sàng. Cà Mau - Cần Thơ gần 3 tiếng, anh cân nhắc BVĐK Cà Mau?
[09:17] BS [[N:Tùng]]: BVĐK Cà Mau đang kín phòng mổ, đã gọi. Người nhà: chồng [[N:Nguyễn Văn Lợi]] [[P:0818 330 472]], đi theo xe. BHYT [[BH:GD4969620552819]].
[09:40] BS [[N:Lâm Quốc Hưng]] - Cấp cứu BVĐK Bạc Liêu: Xin chen 1 ca: [[N:Tăng Văn Hải]] 52t, chấn thương ngực kín, tràn máu màng phổi (P), ở [[A:ấp Giồng Giữa, xã Vĩnh Trạch Đông, TP Bạc Liêu]], giấy CT [[R:0883/GCT-BVBL]], xe [[VP:94B-000.87]]
[09:42] [[N:Lý Kim Hoàng]] (Điều phối): BS [[N:Hưng]] cho em số CCCD BN để tạo mã trước
[09:43] BS [[N:Hưng]]: [[ID:095073001298]]
[09:45] [[N:Lý Kim Hoàng]] (Điều phối): mã tạm [[R:CT-TT-250520-07]]. Ngoại lồng ngực BS [[N:Vương]] nhận.
[11:35] [[N:Lý Kim Hoàng]] (Điều phối): Xe Trần Văn Thời đã tới, BN [[N:Trinh]] vào mổ cấp cứu 11:42.
[12:50] BS [[N:Vương]] - Ngoại LN: ca [[N:Tăng Văn Hải]] dẫn lưu màng phổi ra 650ml, tạm ổn, nằm HSTC giường 11.`,
  ],
  // 18
  [
    'death-paper',
    `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
ĐƠN ĐỀ NGHỊ CẤP GIẤY BÁO TỬ
Kính gửi: Ban Giám đốc Bệnh viện Nguyễn Tri Phương
Tôi tên là: [[N:Lâm Gia Huy]]          Sinh ngày: [[D:14/02/1966]]
CCCD số: [[ID:079066004532]] cấp ngày [[D:10/7/2021]] tại Cục CS QLHC về TTXH
Thường trú: [[A:số 38/12 Trần Hưng Đạo, phường 6, quận 5]], TP. Hồ Chí Minh
Điện thoại: [[P:0903 815 062]]          Quan hệ với người chết: con trai
Đề nghị Bệnh viện cấp Giấy báo tử cho:
Họ tên người chết: [[N:LÂM VĂN PHÁT]] (tên chữ Hán: [[N:林文發]])     Giới: Nam
Ngày sinh: [[D:03/11/1929]], hưởng thọ [[AGE:95]] tuổi
CMND: [[CM:020145337]] (chưa đổi CCCD)     Thẻ BHYT: [[BH:CK2797901236784]]
Mã người bệnh: [[R:251006-8841]]     Số vào viện: [[R:25.41127]]
Khoa điều trị: Hồi sức tích cực - Chống độc
Thời gian chết: 04 giờ 25 phút ngày [[D:12/10/2025]] (nhằm ngày [[D:21 tháng 8 năm Ất Tỵ]])
Nguyên nhân: Sốc nhiễm khuẩn - Viêm phổi (A41.9, J18.9)
Mục đích: làm thủ tục khai tử tại UBND [[A:phường Chợ Quán]] và thủ tục an táng tại nghĩa trang Bình Hưng Hòa.
Người làm chứng: [[N:Trần Mỹ Linh]] (con dâu), SĐT [[P:0938 440 916]].
                              TP. HCM, ngày [[D:13 tháng 10 năm 2025]]
                              Người làm đơn
                              [[N:Lâm Gia Huy]]`,
  ],
  // 19
  [
    'chat-pharmacy',
    `Nhóm Zalo "KHOA DƯỢC - THUỐC GÂY NGHIỆN, HƯỚNG THẦN"
[14:02] DS [[N:Vương Thị Ngọc Ánh]]: Khoa Ung bướu gửi đơn thuốc gây nghiện số [[R:N-2510-0087]] cho BN [[N:Chu Văn Toản]], Morphin 10mg/ml x 20 ống, 7 ngày. Thiếu số CCCD người nhận thuốc.
[14:05] ĐD [[N:Hạ]] - Ung bướu: người nhận là con gái, chị [[N:Chu Thị Bảo Ngọc]], CCCD [[ID:027190006731]]
[14:10] DS [[N:Ngọc Ánh]]: Phòng mổ chưa trả 3 vỏ ống Fentanyl 0,1mg/2ml ca mổ ngày [[D:14/10]], phiếu lĩnh [[R:PL-GMHS-1014-03]]. @[[N:Tạ Quang Hiếu]] kiểm tra giúp.
[14:22] KTV [[N:Hiếu]] GMHS: có 1 ống vỡ lúc rút thuốc, đã lập biên bản số [[R:BBV-25/19]], người chứng kiến ĐD [[N:Ninh Thị Quỳnh]]. 2 vỏ còn lại em gửi lên chiều nay.
[14:30] Trưởng khoa Dược [[N:Nông Văn Hào]]: Nhắc lại theo Thông tư 20/2017/TT-BYT, vỏ ống trả trong ngày. Ai nhận thuốc ghi đủ họ tên, không ghi tắt.
[15:05] DS [[N:Lạc]] (kho lẻ): Kho lẻ còn Midazolam 5mg/ml 40 ống, Diazepam 10mg/2ml 25 ống, Pethidin 100mg/2ml 12 ống. Thứ Hai kiểm kê định kỳ.
[16:40] DS [[N:Ngọc Ánh]]: BN [[N:Toản]] mất tối qua lúc 23h ([[D:15/10]]), người nhà [[N:Bảo Ngọc]] trả lại 6 ống Morphin chưa dùng, biên bản thu hồi [[R:TH-25-022]]. Hủy theo quy định cuối tháng.
[16:42] Trưởng khoa Dược [[N:Hào]]: ok, [[N:Lạc]] nhập sổ theo dõi.`,
  ],
  // 20
  [
    'pathology',
    `BỆNH VIỆN K - KHOA GIẢI PHẪU BỆNH
PHIẾU KẾT QUẢ XÉT NGHIỆM MÔ BỆNH HỌC
Mã bệnh phẩm: [[R:GPB.25.018472]]     Số block nến: 4 (A1–A4)
Họ tên BN: [[N:Tòng Thị Xiêm]]     Tuổi: 46     Nữ
Mã BN: [[R:K25-068843]]     Nơi gửi: Khoa Ngoại Vú (BV K cơ sở Tân Triều)
Địa chỉ: [[A:bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn]], Sơn La
Ngày lấy bệnh phẩm: [[D:06/10/2025]]     Ngày trả: [[D:13/10/2025]]
Bệnh phẩm: Khối u vú (T) sau cắt rộng + hạch cửa.
Đại thể: khối u 2,3 x 1,8 x 1,5 cm, diện cắt cách u gần nhất 0,8 cm.
Vi thể: Ung thư biểu mô thể ống xâm nhập, độ mô học 2 (Nottingham 3+2+2=7). Không thấy xâm nhập mạch.
Hóa mô miễn dịch (số HMMD [[R:IHC25-09115]]): ER (+) 90%, PR (+) 40%, HER2 (2+), Ki67 25%. Đề nghị FISH HER2, mã [[R:FISH-25-0677]].
Hạch cửa: 0/3 hạch di căn (pN0).
Chẩn đoán: C50.4 — Ung thư biểu mô thể ống xâm nhập vú (T), pT2N0.
Ghi chú: tiêu bản hội chẩn với BS [[N:Nguyễn Phương Mai]] ngày [[D:11/10]]. Người bệnh có sinh thiết kim tại BV Đa khoa tỉnh Sơn La ngày [[D:18/9/2025]], mã GPB nơi gửi [[R:SL-GPB-25-1102]].
Bác sĩ đọc: BSCKII [[N:Quan Thị Thu Hường]]     Duyệt: TS.BS [[N:Lưu Tuấn Kiệt]]`,
  ],
  // 21
  [
    'chat-international',
    `Zalo "Hồng Ngọc PTM - Korean patients 🇰🇷"
[09:12] Phiên dịch [[N:Kim Thị Hằng]]: Chị ơi có BN Hàn mới: [[N:PARK JI-HOON]] ([[N:박지훈]]), nam, 41t, hộ chiếu [[PP:M73419826]], kỹ sư ở [[A:KCN Yên Phong]]. Đau hố chậu phải từ tối qua, sốt 38.5.
[09:14] Lễ tân [[N:Minh Thư]]: Em tạo hồ sơ rồi, PID [[R:HN-PTM-25-30411]]. SĐT anh ấy?
[09:15] Phiên dịch [[N:Hằng]]: [[P:+82 10 4821 7730]] và số VN [[P:0388 642 119]], email [[E:jihoon.park81@naver.com]]
[09:40] BS [[N:Đỗ Hoàng Anh]] - Ngoại: Siêu âm ruột thừa 9mm, Alvarado 8 điểm. Chỉ định mổ nội soi trong ngày. Cần người nhà ký.
[09:42] Phiên dịch [[N:Hằng]]: Vợ anh ấy [[N:LEE SOO-JIN]] ([[N:이수진]]) đang ở Seoul, công ty cử quản lý người Việt là anh [[N:Đặng Văn Tâm]] [[P:0912 830 265]] lên ký thay, em dịch cam kết sang tiếng Hàn rồi.
[09:50] BS [[N:Hoàng Anh]]: ok, nhịn ăn từ giờ, Cefoxitin 2g trước rạch da.
[10:05] Lễ tân [[N:Minh Thư]]: DB Insurance đã gửi GOP số [[R:GOP-DB-2510-7781]], bảo lãnh tối đa 5.000 USD, hợp đồng [[R:DBI-KR-55120937]].
[10:06] Lễ tân [[N:Minh Thư]]: Lịch mổ phòng 2 lúc 13:30 thứ Tư [[D:22/10]], GMHS BS [[N:Chiến]].
[16:20] Phiên dịch [[N:Hằng]]: Mổ xong, anh [[N:Park]] tỉnh, nhắn "감사합니다" cho cả ekip 😊`,
  ],
  // 22
  [
    'police-request',
    `CÔNG AN TỈNH HẢI DƯƠNG — CÔNG AN [[A:THÀNH PHỐ CHÍ LINH]]
Số: [[R:587/CV-CAT(ĐTTH)]]                    Chí Linh, ngày [[D:08 tháng 5 năm 2025]]
V/v đề nghị cung cấp hồ sơ bệnh án
Kính gửi: Bệnh viện Đa khoa tỉnh Hải Dương
Cơ quan CSĐT Công an [[A:thành phố Chí Linh]] đang thụ lý vụ "Cố ý gây thương tích" xảy ra hồi 21h30 ngày [[D:27/4/2025]] tại [[A:khu dân cư Trại Sen, phường Văn An]], theo Quyết định khởi tố vụ án số [[R:112/QĐ-ĐTTH]] ngày [[D:03/5/2025]].
Bị hại: [[N:Phạm Văn Đông]], sinh năm 1979, CCCD [[ID:030079011246]], trú tại [[A:khu dân cư Ngũ Đài, phường Bến Tắm, TP Chí Linh]], điều trị tại Bệnh viện từ [[D:27/4 đến 05/5/2025]] (mã BN [[R:HD25042700963]]).
Đối tượng liên quan: [[N:Vũ Đức Mạnh]] (tức "[[N:Mạnh Sẹo]]"), điều khiển xe máy biển kiểm soát [[VP:34B3-205.19]], giấy phép lái xe số [[L:300157002318]].
Để phục vụ trưng cầu giám định tỷ lệ tổn thương cơ thể, đề nghị Bệnh viện cung cấp: bản sao hồ sơ bệnh án, phim X-quang, CT sọ não, biên bản phẫu thuật và giấy ra viện số [[R:HD-RV-25-03318]].
Cán bộ thụ lý: Thượng úy [[N:Phạm Hồng Quân]], ĐT [[P:0977 260 418]], email [[E:phamhongquan.ca@gmail.com]].
Nơi nhận: - Như trên; - Lưu: HSVA [[R:46/2025]].
KT. TRƯỞNG CÔNG AN THÀNH PHỐ
PHÓ TRƯỞNG CÔNG AN
Thượng tá [[N:Trịnh Xuân Hòa]]`,
  ],
  // 23
  [
    'chat-surveillance',
    `Zalo "Giám sát TCM - SXH [[A:TP Dĩ An]]"
[[N:Ngô Thị Hồng]] - TYT [[A:phường Tân Bình]]: Báo 2 ca TCM mới:
1) Bé [[N:Lê Gia Bảo]], 3t, lớp Mầm 2 trường MN Hoa Mai, [[A:khu phố Tân Phú, phường Tân Bình]], khởi phát [[D:17/10]], độ 2a, đang điều trị BV Nhi đồng 1. Mẹ [[N:Trần Thị Kim Thoa]] [[P:0349 507 218]]
2) Bé [[N:Bin]] ([[N:Nguyễn Hoàng Phúc]]), 2t, không đi học, [[A:nhà trọ số 9, hẻm 45 đường số 3, khu phố Đông A, phường Đông Hòa]], khởi phát [[D:18-10]], độ 1, theo dõi tại nhà.
[[N:Phạm Quốc Trung]] - KSBT: Trường MN Hoa Mai đã 3 ca trong 7 ngày ([[D:11 - 17/10]]) → ổ dịch, đề nghị TYT xử lý Cloramin B 2% toàn trường trước thứ Hai.
[[N:Ngô Thị Hồng]]: Dạ, hiệu trưởng cô [[N:Hạnh]] [[P:0908 662 713]] đồng ý cho nghỉ lớp Mầm 2 từ [[D:20-10]] đến hết [[D:26-10]].
[[N:Võ Minh Khôi]] - TYT [[A:phường Bình An]]: Bên em 1 ca SXH: [[N:Đặng Văn Tuấn]] 34t, công nhân [[A:KCN Sóng Thần 2]], ở trọ [[A:số 17/3 đường DT743, khu phố Bình Đường 2]], NS1 dương tính ngày [[D:16/10]], mã XN [[R:XN251016-2291]]. Tiểu cầu 62 G/L.
[[N:Phạm Quốc Trung]] - KSBT: OK anh [[N:Khôi]], phun hóa chất bán kính 200m, điều tra ca bệnh theo mẫu, nhập phần mềm trước 16h.
[[N:Võ Minh Khôi]]: Dạ. @[[N:Ngô Thị Hồng]] chị cho em xin danh sách CTV khu phố Đông A nha`,
  ],
  // 24
  [
    'referral-en',
    `VINMEC INTERNATIONAL HOSPITAL — TIMES CITY
Department of Oncology & Radiotherapy
REFERRAL LETTER / MEDICAL SUMMARY
Ref. No.: [[R:VMTC-ONC-25-0718]]          Date: [[D:21 Oct 2025]]
To: Dr. [[N:Tan Wei Ming]], Parkway Cancer Centre, Mount Elizabeth Novena Hospital, Singapore
Patient: Mr [[N:Nguyễn Đức Anh]] (a.k.a. [[N:Andrew Nguyen]]), male, DOB [[D:05/12/1975]]
Passport: [[PP:C3921508]] (Vietnam)     PID: [[R:VM-0191-22834]]
Address: [[A:Apt 1708, Tower T11, Times City, 458 Minh Khai, Vinh Tuy Ward, Hai Ba Trung District]], Hanoi
Phone: [[P:+84 904 116 352]]     Email: [[E:ducanh.nguyen75@gmail.com]]
Dear Dr. [[N:Tan]],
I am referring Mr [[N:Anh]] for a second opinion on proton therapy. He was diagnosed with nasopharyngeal carcinoma (C11.9), stage III (T2N2M0, AJCC 8th), biopsy [[R:GPB-VM-25-03317]] on [[D:12 Aug 2025]]. He completed 3 cycles of induction GP (gemcitabine 1000 mg/m² D1, D8; cisplatin 80 mg/m² D1) from [[D:Aug 20 to Oct 1, 2025]]. MRI on [[D:14 Oct 2025]] shows partial response (-52%). EBV DNA fell from 1,240 to 86 copies/mL. ECOG 0.
Other: hepatitis B carrier on tenofovir 300 mg; penicillin allergy (rash).
He will travel with his wife, Mrs [[N:Trần Thu Hà]] ([[P:+84 913 227 540]]), on [[D:28 October]]. Insurance: Bao Viet Intercare, policy [[R:BVI-HN-2024-0058813]].
Yours sincerely,
Dr. [[N:Phí Thị Thanh Vân]], MD, PhD — Practising certificate [[L:012784/HNO-CCHN]]`,
  ],
  // 25
  [
    'chat-family',
    `Nhóm "NHÀ MÌNH ❤️"
[[N:Thùy Linh]]: Bố vào phòng mổ lúc 7h45 rồi, mổ thay khớp háng, BS [[N:Toàn]] mổ chính
[[N:Tuấn Anh]]: ok e, a đang họp, có gì nhắn nhé
Mẹ: [[N:Linh]] ơi bố có mang sổ hưu với thẻ bhyt k con
[[N:Thùy Linh]]: có mẹ ạ, thẻ [[BH:HT2010100118347]]. phòng mổ số 9 tầng 4 nhà C
[[N:Tuấn Anh]]: MẸ ĐỪNG LO NHÉ, BÁC SĨ [[N:TOÀN]] MỔ GIỎI LẮM
[[N:Thùy Linh]]: 11h10 bố ra phòng hồi tỉnh. Mổ ổn, mất máu ít. Chiều chuyển về khoa CTCH, phòng 402 giường 3
[[N:Cường]] (chồng [[N:Linh]]): @[[N:Tuấn Anh]] tối nay a trực với bố nhé, e đi công tác Hải Phòng
[[N:Tuấn Anh]]: ok. mã bệnh án của bố là gì để a làm thẻ người nhà
[[N:Thùy Linh]]: [[R:VD25-098813]], tên bố trên HIS là [[N:ĐINH QUANG KHẢI]], sn [[D:16/06/1952]]
[[N:Tuấn Anh]]: xe a [[VP:30K-618.22]] gửi hầm được k
[[N:Thùy Linh]]: k a ơi, gửi bãi [[A:phố Phủ Doãn]] ấy
Mẹ: [[D:mùng 1 tháng 10]] âm là giỗ ông nội, bố có về được không
[[N:Thùy Linh]]: BS dặn 5-7 ngày mới ra viện mẹ ạ, chắc khoảng [[D:28/10]]. ngày 2 sau mổ tập đi khung
Cô [[N:Hoa]] (em bố): Cô gửi 2 triệu vào tk [[N:Linh]] nhé, STK [[R:19033678912015]] Techcombank đúng không
[[N:Thùy Linh]]: dạ đúng rồi cô, con cảm ơn cô 🙏 bố hỏi thăm cô [[N:Hoa]] với chú [[N:Bảy]]`,
  ],
  // 26
  [
    'nursing',
    `PHIẾU BÀN GIAO NGƯỜI BỆNH GIỮA CÁC CA TRỰC — KHOA LÃO KHOA, BỆNH VIỆN THỐNG NHẤT
Ca chiều → ca đêm, Thứ Năm, [[D:23/10/2025]]
Tổng số: 38 NB. Nặng: 4. Thở oxy: 6. Sonde dạ dày: 3.
1. P.312 G1 — Ông [[N:Hứa Văn Lượng]], [[AGE:97]] tuổi, mã [[R:TN25-30214]], viêm phổi hít, ăn qua sonde 200ml x 6 cữ, NEWS 5. Con gái [[N:Hứa Thị Ngọc Dung]] nuôi, SĐT [[P:0917 045 338]].
2. P.312 G3 — Bà [[N:Phạm Thị Xuân]], 88 tuổi, mã [[R:TN25-30177]], mê sảng về đêm, đã 2 lần cố rút kim truyền; cố định tay theo y lệnh BS [[N:Hồ Minh Đức]].
3. P.314 G2 — Ông [[N:Đoàn Văn Tý]], [[AGE:101]] tuổi, cựu chiến binh, thẻ BHYT [[BH:CC1797900042118]], loét cùng cụt độ 2, xoay trở 2h/lần, Braden 11 điểm. Người nhà: cháu [[N:Đoàn Thị Mộng Tuyền]], ĐT nhà [[P:028 3845 2761]].
4. P.316 G4 — Bà [[N:Nguyễn Thị Mười]], 79 tuổi, đường huyết mao mạch 19h 16,8 mmol/L, đã tiêm Insulin Actrapid 6 UI TDD theo y lệnh.
5. NB mới 17h40 từ Cấp cứu — Ông [[N:Quách Văn Hai]], [[AGE:92]] tuổi, [[A:số 57/8 Lạc Long Quân, phường 5, quận 11]], té ngã tại nhà, theo dõi chấn thương đầu, Glasgow 14, CT sọ không xuất huyết. Mã [[R:TN25-30399]]. Chưa có người nhà, đã gọi con trai [[N:Quách Minh Trí]] [[P:0909 716 024]] đang từ Long Thành lên.
Đã bàn giao đủ thuốc, 2 bình oxy, máy hút đàm số 3.
ĐD giao: [[N:Lý Thị Thu Vân]]          ĐD nhận: [[N:Phan Thị Cúc]]`,
  ],
  // 27
  [
    'chat-theatre',
    `Zalo "PHÒNG MỔ - GMHS BVĐK ĐÀ NẴNG 🔪"
ĐD [[N:Khánh Vy]]: Lịch mổ phiên thứ Sáu [[D:24/10]]:
P1: [[N:Lê Văn Nhân]] 45t - cắt túi mật NS - BS [[N:Huy]] / GM BS [[N:Trâm]]
P2: [[N:H.T.B]] (nữ, 31t) - mổ lấy thai lần 2 - BS [[N:Nga]]
P3: [[N:Nguyễn Bá Tước]] 78t - thay khớp gối (P) - BS [[N:Thiện]], ASA III
P5: bé [[N:Su]] ([[N:Trần Gia Hân]]), 6t - cắt amidan - BS [[N:Duy]] TMH
[[N:Trâm]] (GMHS): ca P3 ông [[N:Tước]] đang uống Clopidogrel 75mg, ngưng từ ngày nào?
ĐD [[N:Khánh Vy]]: ngưng từ [[D:18/10]] chị ạ, đủ 5 ngày. INR 1.05, TC 210.
[[N:Thiện]] (CTCH): ok mổ. Đã có 2 đv máu dự trù, phiếu [[R:DT-25-10-0421]].
ĐD [[N:Huyền]] hồi tỉnh: mẹ bé [[N:Su]] là chị [[N:Nguyễn Thị Tố Như]] [[P:0905 881 317]] xin vào phòng hồi tỉnh với bé, cho không chị
[[N:Trâm]] (GMHS): cho 1 người, đeo khẩu trang, mặc áo choàng.
ĐD [[N:Khánh Vy]]: ⚠️ Ca cấp cứu chen: [[N:Phan Thanh Bình]] 22t, vết thương thấu ngực do tai nạn lao động ở [[A:KCN Hòa Khánh]], mã tạm [[R:CC-251024-013]], vào P4 lúc 10:15.
[[N:Huy]] (Ngoại chung): mình lên P4 ngay, P1 lùi 1 tiếng nhé.`,
  ],
];
