// Held-out set 17, documents 28–40 (see index.ts for the conventions): a night-shift chat
// without accents, hand-over notes, a discharge and a referral letter, minutes, an incident
// report, e-mails with an insurer and the police, a patient's Messenger chat, a pharmacy group
// with forwarded messages and a family group after a caesarean. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'chat',
    `[Zalo] noi than kinh truc dem 🌙
[[N:tuan anh]]: 23h05 bn moi nhap giuong 9 ong [[N:nguyen van thuc]] 67t yeu nua nguoi trai tu 21h
  ct ko thay xuat huyet, nihss 11, ha 170/95
  can nang 62kg
bs [[N:Loan]]: trong cua so, tieu soi huyet luon e, bao dd [[N:quynh]] pha thuoc
[[N:Quỳnh]] DD: e pha r c
  dang truyen bolus 10%, con lai truyen trong 60p
[[N:tuan anh]]: con gai ong la chi [[N:thuc oanh]] ky cam ket r, sdt [[P:0977 260 183]]
  23h50 truyen xong, bn nang tay trai dc 1 chut
bs [[N:Loan]]: 👍 theo doi ha 15p/lan 2h dau
  ko cho an uong gi den khi danh gia nuot
[[N:Quỳnh]] DD: 0h40 giuong 4 ba [[N:hoa]] (bn [[N:le thi hoa]] 80t) vat va, rut day truyen
bs [[N:Loan]]: co sang chan gi ko, cho nguoi nha vao ngoi canh
[[N:Quỳnh]] DD: ko a. con trai ba la a [[N:dung]] dang ngu ngoai hanh lang, e goi vao r
[[N:tuan anh]]: 1h20 khoa cc bao chuyen len bn [[N:ha thi mo]] 54t dong kinh lien tuc, dang tiem diazepam
bs [[N:Loan]]: de c xuong
  e chuan bi giuong co thanh chan, oxy, may hut
  da cho valproat truyen, cat con. chuyen len giuong 12
[[N:Quỳnh]] DD: ba [[N:mo]] co the bhyt so [[BH:HN 2 25 2521 047 392]] ko ah, ng nha chua mang
bs [[N:Loan]]: bao sang mai bo sung
  xn dien giai, nong do valproat sang mai
[[N:tuan anh]]: 3h ong giuong 9 ha 150/88, tinh, noi ro hon
  4h15 ba giuong 4 ngu r 😴
  5h bn giuong 15 [[N:ksor h'bia]] (nguoi jrai, chuyen tu gia lai) sot 38.6, da cay mau
bs [[N:Loan]]: khang sinh theo y lenh cu, sang bao bs [[N:Thang]]
[[N:Thắng]] Nội TK: 6h a vao som, co gi ko mn
bs [[N:Loan]]: dem qua 1 ca tieu soi huyet, 1 ca dong kinh, [[N:h'bia]] sot
  chi tiet trong so ban giao
  giuong 9 sang nay chup lai ct 24h nha a
[[N:Thắng]] Nội TK: ok cam on ca dem
[[N:Quỳnh]] DD: 🙏 em ve ngu day
[[N:tuan anh]]: bye ca nha
  so ban giao e de tren ban hanh chinh nhe`,
  ],
  // 29
  [
    'handover',
    `SỔ BÀN GIAO CA – KHOA NGOẠI CHẤN THƯƠNG CHỈNH HÌNH – BVĐK TỈNH LÂM ĐỒNG
Ngày [[D:04/08/2026]] – Ca đêm giao ca sáng. Người giao: ĐD [[N:K'Thị Ngọc Hà]]; người nhận: ĐD [[N:Phạm Văn Lợi]].
Tổng số: 42 BN. Nặng: 3. Mới: 5. Mổ cấp: 1. Chuyển viện: 0.
1. P.201 G.3 – BN [[N:Ya Tuấn]], 32t (Cơ Ho), gãy kín 1/3 giữa xương đùi P, mổ KHX đinh nội tủy 22h. Sau mổ M 92, HA 120/70, dẫn lưu 80ml. Giảm đau PCA. Vợ là chị [[N:Ka Hương]] trực.
2. P.201 G.5 – BN [[N:Trần Đình Khôi]], 45t, gãy cổ xương đùi T, chờ mổ thay khớp sáng nay. Nhịn ăn từ 0h. Đã ký cam kết (con gái [[N:Trần Thị Minh Thư]]).
3. P.203 G.1 – BN [[N:Đỗ Thị Liên]], [[AGE:94]]t, gãy liên mấu chuyển, điều trị bảo tồn, loét cùng cụt độ 2 – thay băng 2 lần/ngày, xoay trở 2h/lần. Đêm qua lú lẫn, gọi tên "[[N:Cường]]" (con trai đã mất, theo người nhà).
4. P.205 G.2 – BN [[N:Lơ Mu Ha Jin]], 19t, TNGT, gãy xương chày hở độ II, KS Cefazolin 1g x 3. Sốt 38,2 lúc 2h, đã báo BS trực [[N:Nguyễn Hữu Lâm]], cho hạ sốt, cấy máu mã [[R:LD26-07712]].
5. P.207 G.4 – BN [[N:Võ Thị Thanh Nga]], 58t, bong gân cổ chân, ra viện sáng nay, đã có giấy ra viện.
Vật tư, thuốc: tủ thuốc cấp cứu đủ, 01 ống morphin 10mg đã dùng cho BN [[N:Ya Tuấn]] (ghi sổ thuốc gây nghiện trang 37).
Lưu ý: sáng nay 8h đoàn kiểm tra Bảo hiểm xã hội đến khoa. BN G.2 P.205 chưa có thẻ BHYT bản gốc, người nhà (anh [[N:Lơ Mu Ha Sơn]], [[P:0262 3821 540]]) hẹn mang lên.
Ký giao: [[N:Hà]]                 Ký nhận: [[N:Lợi]]`,
  ],
  // 30
  [
    'letter',
    `SỞ Y TẾ HÀ NỘI
BỆNH VIỆN ĐA KHOA XANH PÔN                      Mẫu số 14/BV-01
Số lưu trữ: [[R:XP-2026-08713]]                 Mã y tế: [[R:26104877]]
GIẤY RA VIỆN
- Họ tên người bệnh: [[N:NGUYỄN THỊ PHƯƠNG THẢO]]      Ngày sinh: [[D:17/02/1989]]    Giới: Nữ
- Dân tộc: Kinh      Nghề nghiệp: Giáo viên
- Mã số BHXH/Thẻ BHYT số: [[BH:GD4010120458731]]
- Địa chỉ: [[A:Số 12 ngõ 45 phố Hào Nam, phường Ô Chợ Dừa, quận Đống Đa]], Hà Nội
- Vào viện lúc: 21 giờ 10 phút, ngày [[D:06/03/2026]]
- Ra viện lúc: 09 giờ 00 phút, ngày [[D:13/03/2026]]
- Chẩn đoán: Viêm ruột thừa cấp đã vỡ, viêm phúc mạc khu trú (K35.2)
- Phương pháp điều trị: Phẫu thuật nội soi cắt ruột thừa, rửa ổ bụng, dẫn lưu ngày [[D:07/03/2026]]. Kháng sinh Ceftriaxone 2g/ngày x 6 ngày, Metronidazol 500mg x 3 lần/ngày.
- Ghi chú: Tái khám sau 7 ngày hoặc khi có bất thường. Cắt chỉ tại cơ sở y tế gần nhất. Nghỉ ngơi 14 ngày.
Người bệnh có giấy chứng nhận nghỉ việc hưởng BHXH số seri [[R:CT07-0045193]].
Hà Nội, ngày [[D:13 tháng 03 năm 2026]]
Thủ trưởng đơn vị                        Trưởng khoa
(đã ký, đóng dấu)                        (đã ký)
[[N:Lê Thành Nam]]                         BSCKII [[N:Vương Thị Thu Hiền]]
Người làm giấy: [[N:Hà Thu Cúc]] – Phòng KHTH`,
  ],
  // 31
  [
    'letter',
    `TRUNG TÂM Y TẾ [[A:HUYỆN BẢO LẠC]]                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: [[R:347/2026/GCT]]                              Độc lập – Tự do – Hạnh phúc
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Cao Bằng
Trung tâm Y tế [[A:huyện Bảo Lạc]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:Hoàng Thị Mỷ]]        Nam/Nữ: Nữ      Tuổi: 27
- Dân tộc: Dao       Quốc tịch: Việt Nam
- Địa chỉ: [[A:Xóm Cốc Xả, xã Cốc Pàng, huyện Bảo Lạc]], tỉnh Cao Bằng
- Nghề nghiệp: Làm nương      Nơi làm việc: tại nhà
- Số thẻ bảo hiểm y tế: [[BH:DT 2 04 0420316752]]   Hạn sử dụng: đến [[D:31/12/2026]]
Đã được khám bệnh, điều trị tại: Khoa Sản, từ ngày [[D:21/06/2026]] đến ngày [[D:22/06/2026]].
TÓM TẮT BỆNH ÁN
- Dấu hiệu lâm sàng: Sản phụ con lần 3, thai 34 tuần, phù 2 chân, đau đầu, nhìn mờ. HA 170/110 mmHg. Protein niệu 3+.
- Chẩn đoán: Tiền sản giật nặng / Thai 34 tuần (O14.1)
- Phương pháp, thủ thuật, thuốc đã sử dụng: Magie sulfat 15% tiêm tĩnh mạch liều tấn công 4g, duy trì 1g/giờ; Nifedipin 10mg uống; Dexamethason 6mg x 2 liều.
- Tình trạng người bệnh lúc chuyển tuyến: Tỉnh, HA 150/100, tim thai 148 l/p.
- Lí do chuyển tuyến: Đủ điều kiện chuyển tuyến; vượt quá khả năng chuyên môn.
- Hướng điều trị: Tiếp tục Magie sulfat, chấm dứt thai kỳ.
- Chuyển tuyến hồi: 07 giờ 30 phút, ngày [[D:22 tháng 06 năm 2026]]
- Phương tiện vận chuyển: xe cứu thương biển số [[VP:11A-026.94]]
- Họ tên, chức danh người hộ tống: YS [[N:Nông Văn Khìn]], HS [[N:Lý Thị Mai]]
- Người nhà đi cùng: chồng [[N:Bàn Văn Chài]], điện thoại [[P:0345 808 271]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ                          GIÁM ĐỐC
BS [[N:Đàm Văn Thịnh]]                             [[N:Mã Thị Huyền]]`,
  ],
  // 32
  [
    'minutes',
    `BỆNH VIỆN NHI ĐỒNG 2 – KHOA HỒI SỨC NGOẠI
BIÊN BẢN HỘI CHẨN LIÊN KHOA
Số: [[R:HCLK-0917/2026]]
Hồi 14 giờ 00, ngày [[D:17 tháng 9 năm 2026]], tại phòng giao ban khoa Hồi sức Ngoại.
Chủ trì: TS.BS [[N:Nguyễn Thanh Hùng]] – Phó Giám đốc.
Thư ký: BS [[N:Huỳnh Ngọc Tuyết]].
Thành viên: BS.CKII [[N:Trương Quang Định]] (Ngoại tổng hợp), ThS.BS [[N:Lê Thị Kim Ngân]] (Gây mê hồi sức), BS [[N:Phan Thanh Tú]] (Tim mạch), ĐD trưởng [[N:Đặng Thị Hường]].
Người bệnh: [[N:Trần Gia Bảo]], nam, sinh ngày [[D:02/11/2025]] (10 tháng tuổi). Mã BN [[R:NĐ2-2609-44105]].
Địa chỉ: [[A:ấp 3, xã Phước Vĩnh An, huyện Củ Chi]], TP.HCM. Cha: [[N:Trần Văn Huy]]; mẹ: [[N:Lê Thị Bích Trâm]].
Tóm tắt: Trẻ vào viện ngày [[D:14/9]] vì nôn ói, quấy khóc từng cơn, tiêu máu. Siêu âm: lồng ruột hồi – đại tràng. Tháo lồng bằng hơi thất bại ngày [[D:14/9]]. Mổ tháo lồng ngày [[D:15/9]], phát hiện đoạn hồi tràng hoại tử 15cm, đã cắt nối. Hậu phẫu ngày 2: sốt 39 độ, bụng chướng, CRP 186 mg/L, cấy máu mọc Klebsiella pneumoniae ESBL (+).
Ý kiến:
- BS [[N:Định]]: nghi xì miệng nối, đề nghị CT bụng cản quang.
- BS [[N:Kim Ngân]]: bệnh nhi thở máy, an thần tốt, có thể đưa đi chụp.
- BS [[N:Tú]]: siêu âm tim chưa ghi nhận bất thường.
- ĐD [[N:Hường]]: dịch dẫn lưu 24 giờ 60ml, đục.
Kết luận: Chụp CT bụng trong chiều nay; đổi kháng sinh Meropenem 40mg/kg/8 giờ; nếu xì miệng nối, mổ lại trong đêm. Giải thích cho gia đình (anh [[N:Huy]] đã nghe và đồng ý).
Biên bản kết thúc lúc 14 giờ 50 cùng ngày.
Thư ký                                      Chủ trì
[[N:Huỳnh Ngọc Tuyết]]                        [[N:Nguyễn Thanh Hùng]]`,
  ],
  // 33
  [
    'report',
    `BÁO CÁO SỰ CỐ Y KHOA
(Theo mẫu Phụ lục I, Thông tư 43/2018/TT-BYT)
Mã số sự cố: [[R:SC-2026-0412]]
Đơn vị báo cáo: Khoa Nội Tiêu hóa – Bệnh viện Đa khoa tỉnh Hà Tĩnh
Thông tin người bệnh: Họ tên [[N:Phan Thị Nguyệt]]; số bệnh án [[R:26.015732]]; ngày sinh [[D:14/05/1962]]; khoa Nội Tiêu hóa, giường 11.
Người bệnh liên quan thứ hai: [[N:Phan Thị Nguyệt]] (trùng họ tên), số bệnh án [[R:26.015808]]; ngày sinh [[D:03/10/1971]]; giường 14.
Thời điểm xảy ra: 10 giờ 15 phút, ngày [[D:02/04/2026]].
Mô tả sự cố: Điều dưỡng [[N:Nguyễn Thị Thùy Dung]] mang phiếu xét nghiệm và ống máu của bà [[N:Nguyệt]] giường 11 nhưng lấy máu cho bà [[N:Nguyệt]] giường 14 do gọi tên mà không đối chiếu ngày sinh, vòng đeo tay. Kỹ thuật viên xét nghiệm [[N:Lê Văn Thạch]] phát hiện kết quả nhóm máu không khớp với kết quả cũ (O so với B) nên báo lại khoa lúc 11 giờ 05.
Xử trí: Hủy kết quả, lấy lại mẫu đúng người bệnh. Chưa truyền máu. Thông báo cho bác sĩ điều trị [[N:Trần Minh Đức]] và hai gia đình (anh [[N:Hồ Văn Tùng]], con trai bà giường 11; chị [[N:Đậu Thị Lý]], con dâu bà giường 14).
Phân loại: Sự cố chưa gây tổn hại (NC1). Nguyên nhân: không tuân thủ quy trình xác định người bệnh; quá tải (1 điều dưỡng / 14 người bệnh ca sáng).
Đề xuất: Gắn cảnh báo "TRÙNG TÊN" trên bảng và hồ sơ; xếp hai người bệnh ở hai buồng khác nhau.
Người báo cáo: ĐD trưởng khoa [[N:Võ Thị Hải Yến]] – điện thoại [[P:0912.608.447]] – [[E:yenvth.bvhatinh@gmail.com]]
Ngày báo cáo: [[D:02/04/2026]]
Người nhận báo cáo: [[N:Nguyễn Đình Phong]], Phòng Quản lý chất lượng.`,
  ],
  // 34
  [
    'email',
    `From: Phòng Công tác xã hội – BV FV <[[E:ctxh@fvhospital-demo.vn]]>
To: [[E:claims.vn@pacificcare-demo.com]]
Cc: [[E:tran.kimoanh@fvhospital-demo.vn]]
Date: Thứ Hai, [[D:9 tháng 2, 2026]] 09:42
Subject: YÊU CẦU BẢO LÃNH VIỆN PHÍ – KH [[N:ĐẶNG MINH KHÔI]] – Hợp đồng [[R:PCV-HC-00781245]]

Kính gửi Phòng Bồi thường,

Bệnh viện xin gửi yêu cầu bảo lãnh viện phí nội trú cho khách hàng:
- Họ tên: [[N:Đặng Minh Khôi]], ngày sinh [[D:21/07/1983]]
- Số thẻ bảo hiểm sức khỏe: [[R:PC-0047-5518-2206]]
- CCCD: [[ID:079083012745]]
- Nhập viện: [[D:08/02/2026]], khoa Tim mạch can thiệp. Mã hồ sơ nội trú [[R:FV26-0208-1173]].
- Chẩn đoán: Hội chứng vành cấp không ST chênh lên (I21.4). Dự kiến chụp và can thiệp động mạch vành trong ngày [[D:10/02]].
- Chi phí dự kiến: 185.000.000 VND.
Bác sĩ điều trị: BS [[N:Võ Thành Nhân]]. Hồ sơ đính kèm: tóm tắt bệnh án, kết quả men tim, điện tâm đồ.
Người liên hệ phía gia đình: vợ khách hàng, chị [[N:Lâm Ngọc Hân]], [[P:0903 412 860]].

Trân trọng,
[[N:Trần Kim Oanh]]
Chuyên viên bảo lãnh – Phòng CTXH
Ext. 1215

-----Original Message-----
From: [[N:Nguyen Thi Hong Van]] <[[E:van.nth@pacificcare-demo.com]]>
Sent: [[D:Feb 9, 2026]] 11:05
Dear Ms. [[N:Oanh]],
We confirm receipt. Claim reference [[R:GOP-26-0209-3318]]. An initial guarantee of VND 120,000,000 is approved; the remainder will be reviewed upon discharge.
Regards,
[[N:Van Nguyen]] | Claims Officer`,
  ],
  // 35
  [
    'chat',
    `Messenger – BS [[N:Thu Trang]] (Nội tiết) ↔ [[N:Hoàng Văn Bình]]
[[N:Hoàng Văn Bình]]
chào bác sĩ, em là bn tiểu đường khám ở phòng 9 hôm thứ 5 ạ
bs nhớ em ko, em [[N:Bình]] 42t ở Thạch Thất đó
đường huyết sáng nay 13,2 bs ơi
Bạn
Chào anh [[N:Bình]]. Anh có uống thuốc đều ko?
Metformin 850 sáng tối, gliclazid 30mg sáng nhé
[[N:Hoàng Văn Bình]]
có ạ nhưng hôm qua em đi ăn cỗ cưới em họ, uống bia 😅
Bạn
Vậy là do đó anh ạ. Đo lại sáng mai lúc đói
Nếu vẫn trên 13 thì anh lên khám lại, ko tự tăng thuốc
[[N:Hoàng Văn Bình]]
dạ. bs ơi vợ em cũng muốn khám tuyến giáp, có đặt lịch với bs dc ko
tên vợ em là [[N:Nguyễn Thị Lành]] sn 1986
Bạn
Anh đặt qua tổng đài hoặc app của viện nhé, chọn ngày thứ 3 tuần sau
[[N:Hoàng Văn Bình]]
dạ ok. sđt em [[P:0868 255 901]] nếu cần bs gọi
Bạn
👍
[[N:Hoàng Văn Bình]]
[Hình ảnh]
đây là kết quả HbA1c hôm trước bs xem giúp em
Bạn
HbA1c 8,4% anh ạ, còn cao. Mục tiêu dưới 7
Anh đi bộ mỗi ngày 30 phút nhé
[[N:Hoàng Văn Bình]]
dạ bs. À bố em là ông [[N:Hoàng Văn Tỵ]] cũng đang nằm viện khoa Thận bên mình, bs quen bs nào bên đó ko ạ
Bạn
Bên đó có bs [[N:Kiên]] trưởng khoa, anh cứ hỏi điều dưỡng trưởng chị [[N:Mơ]] nhé
[[N:Hoàng Văn Bình]]
cảm ơn bs [[N:Trang]] nhiều 🙏🙏
Bạn
Ko có gì anh. Tái khám [[D:20/5]] nhé
[[N:Hoàng Văn Bình]]
dạ em nhớ ạ`,
  ],
  // 36
  [
    'chat',
    `[Zalo] KHOA DƯỢC – BVĐK TỈNH THANH HÓA (thông báo)
DS [[N:Lê Thị Thanh Hương]]
📢 Thông báo: Tạm ngừng cấp phát Ceftazidim 1g lô 230915 theo công văn của Sở Y tế. Các khoa kiểm tra tủ trực.
[[N:Hà Văn Nam]] (Nội A)
khoa e còn 6 lọ lô đó ạ, trả về kho nào c
DS [[N:Lê Thị Thanh Hương]]
trả về kho lẻ tầng 1, gặp e [[N:Tú]]
[[N:Bùi Thanh Tú]]
dạ e nhận ạ
[[N:Bùi Thanh Tú]]
[Chuyển tiếp]
"Khoa Ngoại thần kinh xin dự trù bổ sung Manitol 20% 250ml x 20 chai, Nimodipin 30mg x 100 viên – ĐDT [[N:Lương Thị Hạnh]]"
DS [[N:Lê Thị Thanh Hương]]
ok duyệt. [[N:Hạnh]] ơi chiều 2h lên lấy nha
[[N:Lương Thị Hạnh]]
dạ c
[[N:Phạm Quang Thiều]]
@DS [[N:Lê Thị Thanh Hương]] bn [[N:Lê Văn Đông]] khoa ICU cần albumin 20% x 3 lọ, đơn thuốc điện tử mã [[R:3826AB104512-c]] ạ
DS [[N:Lê Thị Thanh Hương]]
albumin phải có hội chẩn, e gửi biên bản nhé
[[N:Phạm Quang Thiều]]
dạ e gửi ảnh ngay
[[N:Phạm Quang Thiều]]
[Hình ảnh]
DS [[N:Lê Thị Thanh Hương]]
ok r
[[N:Trịnh Văn Cường]] (Khoa Nhi)
c ơi phiếu lĩnh thuốc gây nghiện bn [[N:Nguyễn Bảo Anh]] bị ghi sai liều, e viết lại được ko
> DS [[N:Lê Thị Thanh Hương]]: Các khoa kiểm tra tủ trực.
DS [[N:Lê Thị Thanh Hương]]
Viết lại, gạch bỏ phiếu cũ, ký xác nhận của trưởng khoa. Mang cả 2 phiếu lên
[[N:Trịnh Văn Cường]] (Khoa Nhi)
dạ vâng
[[N:Bùi Thanh Tú]]
Nhắc các khoa: kiểm kê thuốc cuối tháng vào ngày [[D:30/9]], từ 13h30
[[N:Hà Văn Nam]] (Nội A)
👍`,
  ],
  // 37
  [
    'chat',
    `Messenger – nhóm "Nhà mình 🏠"
Mẹ [[N:Lan]]
[[N:Hương]] ơi mổ xong chưa con, mẹ sốt ruột quá
[[N:Đỗ Văn Quân]]
Mẹ ơi vợ con mổ xong rồi, bé trai 3,2kg, hai mẹ con khỏe ạ 👶
10:42
Mẹ [[N:Lan]]
ơn trời 🙏🙏🙏 cháu bà
Bố [[N:Hùng]]
Chúc mừng. Tên bé đặt gì chưa
[[N:Đỗ Văn Quân]]
dạ tên khai sinh là [[N:Đỗ Minh Khang]], ở nhà gọi [[N:Bơ]] ạ
[[N:Quân]] đã gửi 3 ảnh
Cô [[N:Thủy]]
Xinh quá, giống bố y đúc
[[N:Đỗ Thị Thu Thủy]]
mẹ [[N:Hương]] có đau nhiều ko em
[[N:Đỗ Văn Quân]]
vợ e đang nằm hồi sức, bs [[N:Mai Anh]] bảo 6 tiếng sau lên phòng
Mẹ [[N:Lan]]
nhớ cho [[N:Hương]] ăn cháo nhé, mẹ nấu sẵn gà ác rồi
Bố [[N:Hùng]]
Bà chưa được ăn gì đâu. Sau mổ phải xì hơi
[[N:Hương Nguyễn]]
Con tỉnh rồi mẹ ơi ❤️ đau vết mổ nhưng ok
[[N:Hương Nguyễn]]
Phòng 504 khu Sản dịch vụ Bệnh viện Phụ sản Trung ương nhé cả nhà
Mẹ [[N:Lan]]
mai mẹ với bà ngoại lên
[[N:Hương Nguyễn]]
bà ngoại [[AGE:90]] tuổi rồi mẹ đừng cho bà đi xa 😅
Mẹ [[N:Lan]]
bà đòi đi bằng được, bà bảo phải bế chắt
Cô [[N:Thủy]]
haha cụ [[N:Tý]] khỏe thế
[[N:Đỗ Văn Quân]]
Mai 9h con đón ở bến xe Giáp Bát nhé
[[N:Đỗ Văn Quân]]
À bs hẹn cắt chỉ ngày [[D:24/3]] nhé
[[N:Hương Nguyễn]]
mã bệnh án của e là [[R:PS26.03.14427]] a lưu lại làm giấy khai sinh
[[N:Đỗ Văn Quân]]
ok e`,
  ],
  // 38
  [
    'minutes',
    `BIÊN BẢN GIAO BAN KHOA CẤP CỨU – BỆNH VIỆN ĐA KHOA TỈNH QUẢNG NINH
Thời gian: 7h30 ngày [[D:28/11/2026]]. Chủ trì: BS.CKII [[N:Vũ Đình Toản]], Trưởng khoa. Thư ký: ĐD [[N:Nguyễn Thị Thu Trang]].
1. Báo cáo trực (BS [[N:Phạm Minh Hải]]): tổng 64 lượt cấp cứu, 21 nhập viện, 2 chuyển tuyến, 1 tử vong.
- Tử vong: BN [[N:Đặng Văn Quyết]], 71 tuổi, ở [[A:tổ 5, khu 3, phường Hồng Hà, TP Hạ Long]], vào viện 2h15 ngày [[D:28/11]], ngừng tuần hoàn ngoại viện, cấp cứu 45 phút không kết quả. Đã báo gia đình (con trai [[N:Đặng Văn Quân]]).
- Chuyển tuyến: BN [[N:Triệu Thị Sằm]] (người Dao, [[A:thôn Khe Lạc, xã Đồng Tâm, huyện Bình Liêu]]) chảy máu não, chuyển Bệnh viện Việt Đức theo giấy chuyển số [[R:1582/GCT-CC]]; BN [[N:Lee Jae-won]], 45 tuổi, quốc tịch Hàn Quốc, nhồi máu cơ tim, gia đình xin chuyển Bệnh viện Việt Pháp Hà Nội, hộ chiếu [[PP:M73051286]].
- Bạo hành nhân viên y tế: 23h, người nhà BN say rượu đe dọa ĐD [[N:Lê Văn Khang]]. Bảo vệ và Công an [[A:phường Bạch Đằng]] đã có mặt, lập biên bản.
2. Ý kiến: ĐD trưởng [[N:Bùi Thị Hoa]] đề nghị bổ sung 1 điều dưỡng ca đêm cuối tuần. BS [[N:Hải]] đề nghị nhắc phòng Hành chính sửa đèn khu lọc bệnh.
3. Kết luận: Triển khai quy trình báo động đỏ mới từ [[D:01/12]]. Phân công BS [[N:Toản]] làm việc với gia đình BN [[N:Quyết]] chiều nay.
Giao ban kết thúc 8h05.`,
  ],
  // 39
  [
    'handover',
    `BAN GIAO CA HSTC - NGAY [[D:12/1]] - ca dem -> ca ngay (go nhanh, ko dau)
nguoi giao: dd [[N:thanh]], dd [[N:nhi]] | nguoi nhan: dd [[N:son]], dd [[N:kieu]]
G1: [[N:tran van hai]] 58t, viem phoi NV, tho may SIMV FiO2 50%, PEEP 8. dem qua hut dam dac 4 lan. KS meropenem + colistin.
G2: [[N:y bliet nie]] 41t (ede), soc SXH dengue ngay 6, da ra khoi soc, rut CVC sang nay. vo la [[N:h'nguyet]] o ngoai.
G3: [[N:bui thi sen]] 76t, COPD, BiPAP, dem qua tu thao mat na 2 lan, da giai thich. con gai chi [[N:bich]] xin nuoi dem nay.
G4: trong
G5: be trai ko ro ten, mang ma tam [[R:CC-0112-0031]], ~20t, ngo doc thuoc tru sau, tho may, atropin 2mg/h. cong an phuong dang xac minh nhan than.
G6: [[N:lu a phu]] 33t (mong), da chan thuong, mo lach ngay [[D:10/1]], dan luu 30ml/dem.
thuoc: atropin con 48 ong, bao khoa duoc. tu lanh insulin nhiet do 5 do ok.
luu y: 9h bs [[N:Long]] giao ban voi gia dinh G5 neu xac dinh dc than nhan.
ky: [[N:Thanh]]`,
  ],
  // 40
  [
    'email',
    `Từ: Phòng Kế hoạch tổng hợp <[[E:khth.bvdkpt@gmail.com]]>
Đến: [[E:doicsdt.cattviettri@gmail.com]]
Ngày: [[D:05/03/2026]] 15:20
Tiêu đề: Re: V/v cung cấp hồ sơ bệnh án – công văn số [[R:418/CSĐT-ĐTTH]]

Kính gửi Cơ quan CSĐT Công an [[A:TP Việt Trì]],

Bệnh viện Đa khoa tỉnh Phú Thọ đã nhận công văn số [[R:418/CSĐT-ĐTTH]] ngày [[D:28/02/2026]] đề nghị cung cấp bản sao hồ sơ bệnh án của ông [[N:Nguyễn Văn Kiên]] (SN 1979, ngụ [[A:khu 6, xã Thụy Vân]]), điều trị tại khoa Ngoại chấn thương từ [[D:11 – 19/02/2026]], mã bệnh án [[R:26.003918]].
Bệnh viện gửi kèm bản sao hồ sơ (42 trang) và giấy chứng nhận thương tích số [[R:082/GCNTT]]. Bản cứng sẽ được chuyển qua bưu điện theo phiếu gửi [[R:EB482019365VN]].
Cán bộ phụ trách: [[N:Nguyễn Thị Hải Yến]], Phòng KHTH, điện thoại [[P:0210 3846 225]].

Trân trọng,
ThS. [[N:Lại Văn Hòa]]
Trưởng phòng KHTH

----- Tin nhắn được chuyển tiếp -----
Từ: Đại úy [[N:Đinh Quang Trung]] <[[E:doicsdt.cattviettri@gmail.com]]>
Ngày: [[D:28/02/2026]] 10:02
Kính gửi BVĐK tỉnh Phú Thọ,
Để phục vụ giải quyết vụ việc "Cố ý gây thương tích" xảy ra ngày [[D:10/02/2026]] tại [[A:khu 6, xã Thụy Vân]], đề nghị bệnh viện cung cấp hồ sơ bệnh án của ông [[N:Nguyễn Văn Kiên]]. Đối tượng liên quan là [[N:Phùng Văn Tới]] (SN 1985). Điều tra viên thụ lý: [[N:Đinh Quang Trung]], [[P:0979 332 016]].`,
  ],
];
