// Held-out set 3, documents 31–40: Khmer, Thái, Dao/Mông, Ê Đê families; a PDF form with
// names split by line breaks; registers with initials and birth years; a mortality review;
// a nursing-home handover; a mass-casualty list with foreign names. Written blind.
export const PART4: Array<[string, string]> = [
  // 31
  [
    'family-sheet',
    `PHIẾU THÔNG TIN NGƯỜI NHÀ NGƯỜI BỆNH – KHOA NỘI THẬN
Người bệnh: [[N:Lý Thị Srây]], 44t, dân tộc Khmer, [[A:ấp Prey Chóp, phường Vĩnh Phước, thị xã Vĩnh Châu]], TP. Cần Thơ
Chẩn đoán: Bệnh thận mạn giai đoạn 5 / lọc máu chu kỳ 3 lần/tuần (thứ 2-4-6).
Danh sách người nhà được phép vào thăm, chăm sóc:
1. [[N:Sơn Ngọc Thành]] – chồng – [[P:0374 662 105]]
2. [[N:Sơn Thị Bô Pha]] – con gái
3. [[N:Sơn Chanh Ra]] – con trai
4. [[N:Lý Sà Phon]] – anh ruột
5. [[N:Trần Thị Sóc Khê]] – em dâu
6. [[N:Huỳnh Sa Ry]] – hàng xóm, người phiên dịch tiếng Khmer
Ghi chú: người bệnh không nói được tiếng Việt. Gia đình xin cho Achar [[N:Thạch Sóc]] vào làm lễ cầu an chiều [[D:12/4]] trước Tết Chôl Chnăm Thmây; đã đồng ý, thực hiện tại phòng riêng.
Điều dưỡng tiếp nhận: [[N:Kim Thị Hồng Đào]]`,
  ],
  // 32
  [
    'tb-contacts',
    `PHIẾU KHÁM SÀNG LỌC NGƯỜI TIẾP XÚC HỘ GIA ĐÌNH VỚI NGƯỜI BỆNH LAO
Người bệnh chỉ điểm: [[N:Lò Văn Pọm]], 36t, lao phổi AFB (+) 2+, Xpert MTB (+), không kháng RIF. Mã số đăng ký điều trị: [[R:ĐB-045/2026]]. Địa chỉ: [[A:bản Nà Tấu, xã Nà Tấu]], tỉnh Điện Biên.
Ngày chẩn đoán: [[D:12/01/2026]]. Bắt đầu phác đồ 2RHZE/4RHE ngày [[D:14/01/2026]].
Người tiếp xúc: vợ là [[N:Lò Thị Sen]] (33t) – ho 2 tuần, XQ ngực bình thường, AFB (-); con là [[N:Lò Văn Pằng]] (8t) và [[N:Lò Thị Ún]] (3t) – điều trị lao tiềm ẩn phác đồ 3HP; mẹ đẻ [[N:Quàng Thị Ính]] (65t) – XQ có hang đỉnh phổi phải, lấy đờm làm Xpert; em trai [[N:Lò Văn Chiến]] đi làm ở Bắc Ninh, chưa khám được.
Cán bộ chống lao xã: [[N:Tòng Văn Nghiệp]].     Xác nhận: BS [[N:Lường Thị Thanh Hoa]].`,
  ],
  // 33
  [
    'malaria-list',
    `DANH SÁCH ĐIỀU TRA SỐT RÉT CHỦ ĐỘNG – [[A:THÔN NẬM CANG, XÃ LIÊN MINH]]
Ngày [[D:09/10/2025]], đội lưu động Khoa Ký sinh trùng – Côn trùng, CDC Lào Cai
| TT | Họ và tên | Tuổi | Giới | Dân tộc | Test nhanh | Ghi chú |
| 1 | [[N:Tẩn Láo San]] | 42 | Nam | Dao | (+) Pf | đi rừng bên Lào về |
| 2 | [[N:Chảo Thị Mẩy]] | 38 | Nữ | Dao | (-) | vợ ông [[N:San]] |
| 3 | [[N:Tẩn Văn Phin]] | 17 | Nam | Dao | (-) | |
| 4 | [[N:Phùng A Mìn]] | 55 | Nam | Dao | (+) Pv | |
| 5 | [[N:Lý Láo Lở]] | 29 | Nam | Dao | (-) | ngủ rẫy cùng ông [[N:San]] |
| 6 | [[N:Sần Thị Dung]] | 24 | Nữ | Dao | (-) | có thai 3 tháng |
| 7 | [[N:Hạng A Tủa]] | 33 | Nam | Mông | (-) | |
| 8 | [[N:Thào Thị Dế]] | 30 | Nữ | Mông | (-) | |
Xử trí: ca Pf điều trị DHA-PPQ + Primaquine liều đơn; ca Pv điều trị Chloroquine 3 ngày + Primaquine 14 ngày (đã test G6PD bình thường). Phát màn tẩm hóa chất cho 8 hộ.
Trưởng đoàn: [[N:Vương Đức Hải]]`,
  ],
  // 34
  [
    'records-request',
    `PHIẾU YÊU CẦU SAO BỆNH ÁN
(văn bản chuyển từ PDF, giữ nguyên ngắt dòng)
Họ tên người yêu cầu: [[N:Nguyễn
Thị Thùy Dương]]     Quan hệ với người bệnh: con dâu
Họ tên người bệnh: [[N:Phạm Văn
Khải]]               Số lưu trữ: [[R:2024118236]]
Địa chỉ: [[A:số 7, ngách 12/4, phố Vọng, phường
Tương Mai]], Hà Nội
Mục đích: bổ sung hồ sơ hưởng chế độ tử tuất (người bệnh mất ngày [[D:03/11/2024]] tại Khoa Ung bướu).
Ghi chú của phòng KHTH: hồ sơ gốc ghi tên "[[N:Phạm Văn Khải]]", CCCD lại ghi "[[N:Phạm Văn Khai]]" – đề nghị bổ sung giấy xác nhận là cùng một người của Công an [[A:phường Tương Mai]].
Người tiếp nhận: [[N:Nguyễn Thị Ngọc
Ánh]] – Phòng Kế hoạch tổng hợp. Ngày tiếp nhận: [[D:05/02/2026]]
Ý kiến lãnh đạo: Đồng ý. TP KHTH "[[N:Đào Mạnh Cường]]" (đã ký)`,
  ],
  // 35
  [
    'vaccination',
    `SỔ TIÊM CHỦNG – BUỔI TIÊM NGÀY [[D:05/12/2025]] – TYT [[A:XÃ EA TUL]]
| STT | Họ tên trẻ | Ngày sinh | Họ tên mẹ | Thôn/buôn | Vắc xin | Ghi chú |
| 1 | [[N:Y Khang Êban]] | [[D:02/10/2025]] | [[N:H' Lan Êban]] | [[A:buôn Trấp]] | 5in1 mũi 1, OPV1 | |
| 2 | [[N:H' Nhi Ayun]] | [[D:15/09/2025]] | [[N:H' Ruth Ayun]] | [[A:buôn Trấp]] | 5in1 mũi 1, OPV1 | |
| 3 | [[N:Nông Ngọc Bảo Anh]] | [[D:28/08/2025]] | [[N:Hoàng Thị Lụa]] | [[A:thôn 7]] | 5in1 mũi 2 | |
| 4 | [[N:Lê Trần Gia Bảo]] | [[D:01/07/2025]] | [[N:Trần Thị Mỹ Hạnh]] | [[A:thôn 3]] | 5in1 mũi 3, IPV | hoãn do sốt 38,2 |
| 5 | [[N:Y Phúc Ktla]] | [[D:20/03/2025]] | [[N:H' Yơn Ktla]] | [[A:buôn Ea Kdoh]] | MR | |
Phản ứng sau tiêm: không có phản ứng nặng; theo dõi 30 phút tại điểm tiêm.
Người tiêm: NHS [[N:H' Wen Niê]], ĐD [[N:Vi Văn Thắng]]`,
  ],
  // 36
  [
    'tb-register',
    `SỔ THEO DÕI ĐIỀU TRỊ LAO – TRẠM Y TẾ [[A:PHƯỜNG 7, QUẬN 3]] (Quý IV)
1. [[N:NVT]] (nam, SN 1961) – lao phổi tái phát – tháng điều trị 4/6 – uống thuốc đủ.
2. [[N:TTKL]] (nữ, SN 1988) – lao màng phổi – tháng 2/6 – bỏ 3 liều, đã nhắc.
3. [[N:Lê Văn Bảy]] (SN 1950) – lao phổi AFB (+) – tháng 6/6 – hoàn thành điều trị ngày [[D:20/12/2025]].
4. [[N:H.T.Nhung]] (SN 1997) – lao hạch cổ – tháng 5/9.
5. [[N:Phó Đức Thiện]] (SN 1972) – lao phổi đa kháng, phác đồ ngắn 9 tháng tại BV Phạm Ngọc Thạch – tháng 3/9.
6. [[N:Ung Thị Ngọc Ánh]] (SN 2001) – lao phổi, có thai 20 tuần – tháng 1/6.
Cán bộ chống lao: [[N:Nguyễn Thị Mai]] – ĐT [[P:028 3855 0134]]`,
  ],
  // 37
  [
    'methadone',
    `CƠ SỞ ĐIỀU TRỊ METHADONE [[A:QUẬN 8]] – DANH SÁCH BỆNH NHÂN BỎ ĐIỀU TRỊ
| Mã BN | Họ tên viết tắt | Năm sinh | Ngày bỏ uống | Ghi chú |
| [[R:MMT-Q8-0213]] | [[N:T.V.Đ]] | 1979 | [[D:02/02/2026]] | bị tạm giam (theo vợ là chị [[N:Hạnh]]) |
| [[R:MMT-Q8-0377]] | [[N:L.H.P]] | 1985 | [[D:28/01/2026]] | về quê ở [[A:Long Phú]], Sóc Trăng |
| [[R:MMT-Q8-0415]] | [[N:Ng.T.T.V]] | 1990 | [[D:05/02/2026]] | không liên lạc được, SĐT [[P:0933 410 287]] |
| [[R:MMT-Q8-0502]] | [[N:Mạch Chí Thành]] ("[[N:Thành Cận]]") | 1982 | [[D:07/02/2026]] | nhập BV Bệnh Nhiệt đới: viêm phổi PCP, CD4 45 |
Liều methadone trung bình trước khi bỏ: 85 mg/ngày. Đề nghị cán bộ tiếp cận cộng đồng liên hệ lại trong tuần.
Người lập: ĐD [[N:Phạm Thị Diệu]]; bác sĩ điều trị: BS [[N:Quang]].`,
  ],
  // 38
  [
    'mortality-review',
    `BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Thời gian: 14h00 ngày [[D:22/01/2026]]. Địa điểm: phòng giao ban Khoa Hồi sức tích cực.
Chủ trì: PGS.TS [[N:Lại Thế Vinh]] – Phó Giám đốc.
Thành phần: TS.BS [[N:Khổng Minh Đạt]] (Trưởng khoa HSTC), BSCKII [[N:Âu Dương Thùy]], ThS.BS [[N:Kiều Văn Hậu]], BSNT [[N:Tô Ngọc Mai]], ĐD trưởng [[N:Ninh Thị Huế]], ĐD [[N:Lã Văn Tùng]]; thư ký: BS [[N:Mẫn Thị Thu]].
Người bệnh: [[N:Chu Văn Lịch]], nam, 59t, mã bệnh án [[R:26000451]]; vào viện [[D:12/01/2026]], tử vong lúc 04h20 ngày [[D:20/01/2026]].
Tóm tắt: viêm tụy cấp nặng do tăng triglycerid (TG 48 mmol/L), thang điểm Ranson 6, APACHE II 24, Marshall 3; suy đa tạng; lọc máu liên tục CVVHDF, thay huyết tương 3 lần; ngày thứ 6 xuất hiện hội chứng tăng áp lực ổ bụng (IAP 25 mmHg), mở bụng giảm áp; tử vong do sốc nhiễm khuẩn, Klebsiella pneumoniae kháng carbapenem.
Ý kiến: BSCKII [[N:Thùy]]: chỉ định thay huyết tương sớm là phù hợp. ThS [[N:Hậu]]: đề nghị cấy dịch tụy sớm hơn.
Kết luận: tử vong không tránh được; không có sai sót chuyên môn.
Thư ký                              Chủ trì
[[N:Mẫn Thị Thu]]                   PGS.TS [[N:Lại Thế Vinh]]`,
  ],
  // 39
  [
    'nursing-home',
    `SỔ GIAO BAN ĐIỀU DƯỠNG – VIỆN DƯỠNG LÃO, ca đêm [[D:03/02/2026]]
- Phòng 101: cụ bà [[N:Tôn Nữ Thị Cẩm]], [[AGE:96]] tuổi – ăn kém, SpO2 93%, theo dõi viêm phổi hít. Con gái cụ là bà [[N:Nguyễn Phước Bảo Châu]] gọi hỏi lúc 21h.
- Phòng 102: cụ [[N:Mai Xuân Trường]], 88 tuổi – Parkinson, té ngã lúc 2h, không chấn thương, đã báo BS [[N:Lực]].
- Phòng 104: cụ [[N:Kha Thị Mười]] ([[AGE:101]] tuổi) – loét cùng cụt độ 3, thay băng Urgotul, nằm nệm hơi.
- Phòng 105: ông [[N:Lê Văn Hai]] (ông [[N:Hai Lúa]]), 79t – ĐTĐ, đường máu mao mạch 22h: 14,2 mmol/L, tiêm Mixtard 4 UI theo y lệnh BS [[N:Lực]].
Người giao: ĐD [[N:Trương Thị Bé Tư]].     Người nhận: ĐD [[N:Nguyễn Hữu Đạt]], hộ lý [[N:Út Nhỏ]].`,
  ],
  // 40
  [
    'mass-casualty',
    `BÁO CÁO TIẾP NHẬN NẠN NHÂN VỤ TAI NẠN GIAO THÔNG (xe khách lật trên đèo Bảo Lộc, 01h30 ngày [[D:18/01/2026]])
Khoa Cấp cứu – Bệnh viện II Lâm Đồng
| STT | Họ tên | Giới/tuổi | Quê quán | Chẩn đoán | Xử trí |
| 1 | [[N:Kim Min-jun]] (quốc tịch Hàn Quốc) | Nam/34 | Seoul | Gãy kín 1/3 giữa xương đùi phải | Mổ kết hợp xương |
| 2 | [[N:Park Ji-yeon]] | Nữ/31 | Seoul | Chấn thương ngực kín, gãy xương sườn 4–6 trái | Dẫn lưu màng phổi |
| 3 | [[N:Trịnh Thị Thu]] | Nữ/45 | [[A:xã Hòa Ninh]], Lâm Đồng | Đa chấn thương, sốc mất máu | Chuyển BV Chợ Rẫy |
| 4 | Chưa rõ danh tính (nam, khoảng 20–25 tuổi, hình xăm chữ "[[N:Hiền]]" ở cẳng tay) | | | CTSN, GCS 6 | Đặt NKQ, thở máy |
| 5 | [[N:Đoàn Văn Kiệt]] (tài xế) | Nam/50 | [[A:phường Bảo Lộc 1]] | Xây xát | Theo dõi |
| 6 | bé [[N:Su]] (con của nạn nhân số 3, chưa rõ họ tên) | Nữ/4 | | Gãy xương đòn trái | Băng số 8 |
Đã báo Công an tỉnh và Sở Y tế lúc 02h15. Kích hoạt báo động đỏ nội viện.
Người lập: BS trực [[N:Ma Thị Bích]]; ĐD [[N:Kpă Sương]]`,
  ],
];
