// Held-out set 3, documents 21–30: social-media posts by doctors, group chats, ALL CAPS
// print-outs with and without diacritics, a note typed without diacritics, religious,
// Chăm and Hoa names. Written blind.
export const PART3: Array<[string, string]> = [
  // 21
  [
    'social-post',
    `[Bài đăng Facebook – BS [[N:Trần Quang Huy]], Khoa Nhi, [[D:09/03/2026]]]
Đêm qua trực gặp một ca làm mình nhớ mãi. Bé [[N:Bi]] nhà ở [[A:xã Thạnh Phú]] (Bến Tre cũ), 3 tuổi, ba mẹ đi làm công nhân ở Bình Dương nên ở với ông bà ngoại. Chiều bà kể bé ăn trái cây rồi ho sặc, ông ngoại chạy xe máy 40 km lên. Tới nơi bé tím tái, SpO2 78%. Anh [[N:Lộc]] gây mê với chị [[N:Thu]] ĐD phụ mình nội soi phế quản gắp ra… một hột chôm chôm 😢
Cảm ơn ekip: BS [[N:Khoa]], ĐD [[N:Ngân]], ĐD [[N:Vy]], anh [[N:Trí]] KTV. Ông ngoại bé (ông [[N:Sáu Đực]], dân trong xã ai cũng biết ông) cứ cầm tay tụi mình cảm ơn hoài.
Các ba mẹ nhớ giùm: trẻ dưới 4 tuổi không cho ăn hạt nhỏ, trái cây có hạt tròn như chôm chôm, nhãn, chùm ruột. Khi trẻ bị sặc: trẻ trên 1 tuổi làm thủ thuật Heimlich, trẻ dưới 1 tuổi vỗ lưng – ấn ngực.
#nhikhoa #dị_vật_đường_thở`,
  ],
  // 22
  [
    'social-post',
    `[Nhóm "Bác sĩ tuyến huyện" – bài đăng [[D:21/01/2026]]]
[[N:Sơn Thị Chanh Đa]]: Mọi người ơi cho em hỏi, em ở TTYT [[A:huyện Cầu Kè]], có BN nữ 52t, THA, ĐTĐ type 2, HbA1c 11%, đang dùng Metformin 850mg x 2, Gliclazide 30mg. Giờ nên thêm insulin hay SGLT2i ạ?
   ↳ [[N:Phạm Minh Triết]]: Em cho BN kiểm tra chức năng thận, eGFR > 30 thì thêm Empagliflozin 10mg được, nhưng HbA1c 11% thì mình nghĩ nên thêm insulin nền luôn.
   ↳ [[N:Huỳnh Kim Ngọc Trâm]]: Đồng ý với a [[N:Triết]]. C [[N:Chanh Đa]] nhớ hướng dẫn BN tự theo dõi đường huyết mao mạch nha.
   ↳ [[N:Thạch Sô Phêl]]: BN này có phải cô [[N:Kim Thị Sa Rum]] ở [[A:ấp Trà Kháo]] không em, hồi trước anh khám rồi 😄
   ↳ [[N:Sơn Thị Chanh Đa]]: Dạ đúng rồi anh [[N:Phêl]] ơi. Mà anh đừng ghi tên BN lên đây nha 🙏
   ↳ [[N:Danh Út]]: Admin xóa giùm comment trên nha, lộ thông tin người bệnh.`,
  ],
  // 23
  [
    'chat',
    `Nhom Zalo "TYT [[A:xa Phu Thanh]] - Tiem chung"
[[N:Nguyen Thi Hong Nhung]] [07:12]: sang nay tiem bu MR cho cac chau chua tiem du: chau [[N:Ha Gia Bao]] (sn [[D:12/3/2024]]) va chau [[N:Tran Minh Thu]] (sn [[D:05/01/2024]]), me chau [[N:Thu]] la chi [[N:Kieu Oanh]] sdt [[P:0397 204 118]]
[[N:Vo Van Tai]] [07:20]: ok c. chau [[N:Bao]] nha o [[A:ap 4]] hay [[A:ap 5]] vay c
[[N:Nguyen Thi Hong Nhung]] [07:21]: [[A:ap 5]] e, gan nha ong [[N:Bay Hoang]] ban tap hoa
[[N:Le Thi My]] [07:35]: c oi chau [[N:Ty]] con chi [[N:Sen]] bi sot 38.5 sau tiem hom qua, da cho ha sot paracetamol 15mg/kg roi
[[N:Nguyen Thi Hong Nhung]] [07:36]: theo doi 24h, neu sot > 39 hoac co giat thi cho len TYT lien nha e. Nho ghi vao so theo doi phan ung sau tiem
[[N:Vo Van Tai]] [08:02]: thu 5 nay ([[D:14/11]]) tiem VGB so sinh + BCG o TYT, cac ap bao ba me nha`,
  ],
  // 24
  [
    'his-printout',
    `SỞ Y TẾ TP. HẢI PHÒNG
BỆNH VIỆN HỮU NGHỊ VIỆT TIỆP                    PHIẾU KHÁM BỆNH VÀO VIỆN
MÃ BN: [[R:HP26031145]]    SỐ VÀO VIỆN: [[R:26.0412]]
HỌ TÊN: [[N:ĐỖ THỊ THANH XUÂN]]       NGÀY SINH: [[D:30/04/1990]]      GIỚI: NỮ
ĐỊA CHỈ: [[A:SỐ 15 NGÕ 98 ĐƯỜNG LẠCH TRAY, PHƯỜNG GIA VIÊN]], HẢI PHÒNG
NGƯỜI NHÀ: [[N:VŨ ĐÌNH KHẢI]] (CHỒNG) – ĐT: [[P:0904 337 618]]
NƠI GIỚI THIỆU: TRUNG TÂM Y TẾ [[A:HUYỆN THỦY NGUYÊN]]
LÝ DO VÀO VIỆN: ĐAU ĐẦU, NÔN, YẾU NỬA NGƯỜI PHẢI
CHẨN ĐOÁN: NHỒI MÁU NÃO BÁN CẦU TRÁI / THEO DÕI HỘI CHỨNG KHÁNG PHOSPHOLIPID / THEO DÕI BỆNH MOYAMOYA
KHÁM: GLASGOW 14 ĐIỂM, SỨC CƠ TAY PHẢI 3/5, CHÂN PHẢI 3/5, BABINSKI (+) BÊN PHẢI. HA 150/90 MMHG.
BÁC SĨ KHÁM BỆNH: BSCKI [[N:NGUYỄN TRUNG KIÊN]]
IN LÚC: 10:42 [[D:12/03/2026]]     NGƯỜI IN: [[N:hoangnt]]`,
  ],
  // 25
  [
    'his-printout',
    `PHIEU TOM TAT THONG TIN DIEU TRI
BENH VIEN DA KHOA TINH LAM DONG
HO TEN: [[N:LIENG HOT HA NHI]]          NAM SINH: 1992         GIOI: NU
DAN TOC: K'HO
DIA CHI: [[A:THON BON DONG 2, XA LAT, HUYEN LAC DUONG]], LAM DONG
NGAY VAO: [[D:02/02/2026]]      NGAY RA: [[D:11/02/2026]]
CHAN DOAN: SOT RET DO P. FALCIPARUM / THIEU MAU MUC DO VUA
DIEU TRI: DHA-PPQ 3 NGAY, PRIMAQUINE LIEU DON 0,25MG/KG
NGUOI NHA: [[N:CIL MUP]] (CHONG), SDT [[P:0865 330 192]]
BS DIEU TRI: [[N:TON NU HOANG ANH]]        TRUONG KHOA: [[N:DUONG VAN CHIEN]]`,
  ],
  // 26
  [
    'referral',
    `tom tat benh an chuyen vien
bn [[N:pham thi lan]], nu 58t, o [[A:xom 3 xa nghia lam huyen nghia hung]] nam dinh
vv ngay [[D:20/1]] vi kho tho tang dan 3 ngay, tien su copd 10 nam, hut thuoc lao 30 bao-nam
kham: tinh, spo2 84% khi tho khi troi, ran rit ran ngay 2 phoi, ha 140/80, m 110
xq: ham phoi 2 ben. kmdm: pH 7,29 pCO2 68
da dieu tri: tho oxy gong kinh 2l/p, kd salbutamol + ipratropium, methylprednisolone 40mg tmc, augmentin 1g x 3
chuyen BV Bach Mai - trung tam ho hap theo nguyen vong gia dinh. con trai [[N:do van hieu]] di cung, sdt [[P:0985 114 302]]
bs truc: [[N:thuy]]  / dd: [[N:quynh]]`,
  ],
  // 27
  [
    'chat',
    `[Messenger]
[[N:Minh Thư Nguyễn]]: Chào bác sĩ ạ, em là con gái bác [[N:Tư]] giường 8 khoa Nội tiết, bác sĩ cho em hỏi mẹ em hôm nay đường huyết sao rồi ạ?
Bs. [[N:Đức Anh Lê]]: Chào em. Sáng nay đường máu lúc đói 9,2 mmol/L, đã tăng liều insulin Lantus lên 18 đơn vị. Vết loét bàn chân đã cắt lọc hôm qua, cấy mủ ra Staphylococcus aureus, đang dùng Zinnat theo kháng sinh đồ.
[[N:Minh Thư Nguyễn]]: Dạ mẹ em có phải cắt cụt không bác sĩ 😥
Bs. [[N:Đức Anh Lê]]: Hiện chưa, phân độ Wagner 2, mạch mu chân còn bắt được. Thứ 5 ([[D:19/2]]) bác sĩ [[N:Vân]] bên Phẫu thuật mạch máu sẽ hội chẩn. Em nhắn anh [[N:Tèo]] (anh trai em phải không?) tối nay vào ký cam kết giúp anh.
[[N:Minh Thư Nguyễn]]: Dạ anh [[N:Tèo]] là anh [[N:Hoàng]] đó bác sĩ, tên ở nhà thôi hihi. Ảnh tên [[N:Nguyễn Huy Hoàng]], số ảnh [[P:0789 012 664]]. Mẹ em tên thật là [[N:Lê Thị Tư]] chứ không phải "[[N:Tứ]]" như trên bảng tên giường đâu ạ.
Bs. [[N:Đức Anh Lê]]: Ok em, anh báo điều dưỡng sửa lại.`,
  ],
  // 28
  [
    'health-check',
    `PHIẾU KHÁM SỨC KHỎE ĐỊNH KỲ – MÁI ẤM THIÊN ÂN (cơ sở bảo trợ xã hội)
Ngày khám: [[D:15/10/2025]]     Đoàn khám: TTYT [[A:thành phố Bảo Lộc]]
1. Sơ [[N:Maria Nguyễn Thị Lan]] (phụ trách mái ấm), 67t: THA độ 1, đang dùng Amlodipin 5mg.
2. Sơ [[N:Têrêsa Đỗ Thị Hương]], 54t: thoái hóa khớp gối 2 bên.
3. Cụ [[N:Anna Trần Thị Bông]], [[AGE:93]]t: sa sút trí tuệ (Alzheimer giai đoạn vừa), loét tì đè vùng cùng cụt độ 2.
4. Cháu [[N:Giuse Hoàng]] (tên đặt khi nhận nuôi, chưa rõ họ tên khai sinh), 7t: hội chứng Down, thông liên thất đã phẫu thuật.
5. Cháu [[N:Vy]] ("[[N:Vy Nhỏ]]"), 5t: suy dinh dưỡng thể thấp còi.
Khách đến thăm trong ngày: linh mục [[N:Phêrô Trần Đức Anh]], chánh xứ sở tại.
Khám thêm tại chùa Phước Huệ cho 12 tăng ni: Thượng tọa [[N:Thích Thanh Tịnh]] (trụ trì), 71t, ĐTĐ typ 2; sư cô [[N:Thích Nữ Diệu Hạnh]], 45t, viêm dạ dày HP (+); chú tiểu [[N:Minh Tâm]] (thế danh [[N:Lương Văn Tý]]), 12t, ghẻ.
Bác sĩ khám: BS.CKI [[N:Cao Thị Kim Yến]]; dược sĩ [[N:Ka Huyền]].`,
  ],
  // 29
  [
    'register',
    `SỔ KHÁM BỆNH – TRẠM Y TẾ [[A:XÃ PHƯỚC NAM]]
| STT | Ngày | Họ tên | Tuổi | Thôn | Chẩn đoán | Xử trí |
| 1 | [[D:03/3]] | [[N:Thập Thị Mỹ]] | 34 | [[A:Văn Lâm 2]] | Viêm họng cấp | Amoxicillin 500mg |
| 2 | [[D:03/3]] | [[N:Nại Văn Toàn]] | 8 | [[A:Văn Lâm 3]] | Tiêu chảy cấp không mất nước | ORS, kẽm |
| 3 | [[D:03/3]] | [[N:Lộ Thị Hoa]] | 67 | [[A:Vụ Bổn]] | THA | Amlodipin 5mg |
| 4 | [[D:04/3]] | [[N:Báo Văn Kiều]] | 45 | [[A:Văn Lâm 1]] | Gout cấp | Colchicin 1mg |
| 5 | [[D:04/3]] | [[N:Hán Thị Liên]] | 29 | [[A:Nho Lâm]] | Thai 32 tuần, khám thai | Sắt, canxi |
| 6 | [[D:04/3]] | [[N:Trượng Thị Ngọc]] | 2 | [[A:Văn Lâm 2]] | Sốt phát ban | Theo dõi sởi, chuyển TTYT |
| 7 | [[D:05/3]] | [[N:Sử Văn Nguyên]] | 51 | [[A:Phước Lập]] | Đái tháo đường | Metformin 500mg |
Người ghi sổ: YS [[N:Đàng Năng Hòa]]`,
  ],
  // 30
  [
    'surgery',
    `BỆNH ÁN NGOẠI KHOA (tóm tắt)
Họ tên: [[N:Lưu Sìu Cúi]] (tên gọi ở nhà: [[N:A Cúi]])     Tuổi: 71     Dân tộc: Hoa
Địa chỉ: [[A:125/7 Nguyễn Trãi, phường 2, quận 5]], TP. HCM
Người liên hệ: con trai [[N:Lưu Vĩnh Phát]], con dâu [[N:Diệp Bội Linh]] – ĐT [[P:0918 772 053]]
Bệnh sử: đau bụng hạ sườn phải 2 ngày, sốt lạnh run, vàng da. Tiền sử mổ mở cắt túi mật năm 2010. Chuyển từ Bệnh viện Nguyễn Tri Phương.
Bệnh nhân chỉ nói tiếng Quảng Đông, phiên dịch qua cháu nội [[N:Lưu Gia Minh]] (tên tiếng Hoa: [[N:Lau Ka Ming]]).
Khám: tam chứng Charcot (+), Murphy (-). Bilirubin TP 98 µmol/L, BC 18,6 G/L. Siêu âm: giãn đường mật trong và ngoài gan, sỏi OMC 15 mm.
Chẩn đoán: Viêm đường mật cấp do sỏi OMC, phân độ Tokyo 2018 mức II / theo dõi u Klatskin.
Xử trí: ERCP cấp cứu lấy sỏi, đặt stent đường mật; Cefoperazon/sulbactam 2g x 2.
PTV: TS.BS [[N:Trịnh Kiến Quốc]]; Gây mê: BS [[N:Hà Tú Uyên]]`,
  ],
];
