// Held-out set 18, documents 21–40 (see index.ts for the conventions): clinical texts — Zalo,
// Viber, WhatsApp and SMS threads, voice-to-text messages, a switchboard log, minutes, nursing
// notes, a hand-over, an e-mail thread, a referral letter. Written blind.
export const PART3: Array<[string, string]> = [
  // 21
  [
    'chat',
    `Nhóm Zalo: TYT NGHI PHONG + YTTB CÁC XÓM 💉
──── Thứ Hai, [[D:13/10]] ────
[07:02] Trạm trưởng - [[N:Nguyễn Văn Hùng]]: 📢 Thông báo:
sáng thứ 4 ngày [[D:15/10]] tiêm chủng mở rộng tại trạm
Các YTTB rà soát trẻ đến hẹn tiêm giúp a nhé
báo lại trước 17h thứ 3
[07:05] [[N:Hoa]] (YTTB [[A:xóm 3]]): Dạ e nhận ạ
[07:11] [[N:Lê Thị Sâm]]: [[A:Xóm 5]] có 9 cháu đến hẹn
có 1 cháu đi SG theo bố mẹ rồi a ơi, gạch tên hay để đó ạ
[07:12] Trạm trưởng - [[N:Nguyễn Văn Hùng]]: Để đó, ghi chú chuyển đi, ko gạch
[07:30] [[N:Đậu Thị Mai]] - Dân số: Nhắc mn vụ khám sàng lọc tăng huyết áp người cao tuổi nữa nha
danh sách [[A:xóm 1]] với [[A:xóm 7]] chưa gửi 😅
[07:31] [[N:Hoàng Đình Quý]] [[A:xóm 7]]: Chiều e gửi c nhé, máy tính nhà e hỏng
[08:14] [[N:Hoa]] (YTTB [[A:xóm 3]]): A ơi, bà [[N:Nhuần]] xóm e sáng nay đo HA 190/100
bả kêu nhức đầu, con cái đi làm hết
Có cần gọi xe ko ạ
[08:15] Trạm trưởng - [[N:Nguyễn Văn Hùng]]: Bả có yếu tay chân, méo miệng ko em
[08:16] [[N:Hoa]] (YTTB [[A:xóm 3]]): Ko ạ, nói chuyện bt
bả bỏ thuốc từ tuần trước vì hết thuốc
[08:18] Trạm trưởng - [[N:Nguyễn Văn Hùng]]: Cho uống 1v amlodipin 5mg như đơn cũ, 30p đo lại.
Gọi cho con trai bả là [[N:Cường]] [[P:0972 318 455]] về đưa ra trạm, a cấp thuốc tiếp.
Nếu >180 hay có dấu hiệu lạ thì gọi 115 luôn
[08:51] [[N:Hoa]] (YTTB [[A:xóm 3]]): 30p đo lại 165/95 ạ.
Anh [[N:Cường]] đang về
[09:40] [[N:Trần Thị Thu Hằng]] (nữ hộ sinh): Thông báo c/c nào có sản phụ mới sinh về nhà thì báo c để đi thăm sau sinh nhé.
Hiện c có ds: [[N:Nguyễn Thị Phương]] [[A:xóm 2]] sinh [[D:9/10]], [[N:Võ Thị Huyền Trang]] [[A:xóm 6]] sinh [[D:11/10]]
[09:42] [[N:Lê Thị Sâm]]: [[A:Xóm 5]] có con dâu ông [[N:Thịnh]] sinh mổ hôm qua ở BV Sản Nhi Nghệ An c ơi
sđt chồng [[P:0348.992.107]]
[10:05] Trạm trưởng - [[N:Nguyễn Văn Hùng]] đã chia sẻ một tệp: "DS tiem chung T10.xlsx"
Mn xem file, tô vàng là trẻ trễ hẹn từ [[D:tháng 8]], đi nhà vận động giúp a
[11:20] [[N:Hoàng Đình Quý]] [[A:xóm 7]]: Cháu nhà chị [[N:Loan]] bị sốt từ tối qua, mai tiêm được ko a
[11:25] Trạm trưởng - [[N:Nguyễn Văn Hùng]]: Sốt thì hoãn em, hẹn tiêm bù [[D:22/10]]`,
  ],
  // 22
  [
    'chat',
    `TTYT HUYỆN HƯNG HÀ – GIAO BAN DỊCH TỄ (Zalo)
[[N:Phạm Văn Khoa]] (Khoa KSBT) 08:12
📣 Tổng hợp SXH tuần 41 ([[D:6 - 12/10]]): 14 ca, tăng 5 ca so với tuần trước. Ổ dịch mới: [[A:thôn Tân Nhuế, xã Tân Tiến]] (3 ca), [[A:thôn Việt Yên, xã Điệp Nông]] (2 ca). Đề nghị TYT xử lý ổ dịch trong 48h.

[[N:Trần Thu Thủy]] - TYT Tân Tiến 08:20
Dạ e báo cáo, 3 ca ở Tân Nhuế là [[N:Nguyễn Văn Hậu]] 34t, [[N:Nguyễn Thị Hường]] 31t (vợ chồng), và cháu [[N:Vũ Minh Quân]] 8t nhà bên cạnh. Ca [[N:Hậu]] đi làm ở Hà Nội về [[D:2/10]] thì sốt

[[N:Phạm Văn Khoa]] (Khoa KSBT) 08:22
@[[N:Trần Thu Thủy]] ok, chiều nay đội phun của khoa xuống. Em bố trí loa báo dân đóng cửa giúp a

Bs [[N:Lâm]] TTYT 08:40
Ca [[N:Vũ Minh Quân]] đang nằm khoa Nhi TTYT, tiểu cầu sáng nay 42G/L, chưa có dấu hiệu cảnh báo. Mẹ cháu là chị [[N:Lan]] hỏi có cần chuyển Thái Bình ko, mình đang theo dõi tại chỗ

[[N:Đỗ Mạnh Cường]] - TYT Điệp Nông 09:03
↪️ Chuyển tiếp từ nhóm "Cán bộ [[A:thôn Việt Yên]]":
"[[N:Bùi Văn Dũng]]: Nhà ông [[N:Thắng]] cuối thôn có 2 người sốt mấy hôm nay, đang truyền dịch ở nhà do y tá tư [[N:Toan]] truyền, trạm xuống xem giúp"
→ Anh chị ơi, e đang xuống nhà ông [[N:Thắng]]. Y tá tư truyền dịch tại nhà cho bn SXH thì mình xử lý thế nào ạ

[[N:Phạm Văn Khoa]] (Khoa KSBT) 09:06
Lập biên bản, báo phòng Y tế huyện. Bn thì vận động nhập viện, ko truyền dịch ở nhà

[[N:Nguyễn Thị Hạnh]] P.KHNV 09:30
Nhắc các trạm: báo cáo theo mẫu 1 TT 54/2015/TT-BYT, hạn gửi thứ 2 hàng tuần trước 10h. Trạm nào còn thiếu tuần 40: Minh Tân, Hồng An, Chi Lăng Nam

[[N:Lê Thị Ngát]] TYT Minh Tân 09:41
Dạ e xin lỗi, tuần 40 trạm e 0 ca, chiều e gửi ạ

Bs [[N:Lâm]] TTYT 14:55
Cập nhật: ca [[N:Nguyễn Thị Hường]] (mã BN [[R:25.041.178]]) có đau bụng, nôn, Hct tăng, đã chuyển BV Đa khoa tỉnh Thái Bình lúc 14h30. Giấy chuyển tuyến số [[R:1123/GCT]]

[[N:Trần Thu Thủy]] - TYT Tân Tiến 15:02
Dạ e báo chồng bn là a [[N:Hậu]] rồi ạ, a ấy cũng đang nằm khoa Nội

[[N:Phạm Văn Khoa]] (Khoa KSBT) 17:20
Đã phun xong Tân Nhuế 68 hộ. Mai phun Việt Yên. Cảm ơn các trạm 👍`,
  ],
  // 23
  [
    'chat',
    `👩‍⚕️👨‍⚕️ Tổ 4 – Y6 – Lâm sàng Nội tiết (đợt 2)
──── Thứ Hai ────
[[N:Đăng Khoa]]: mn ơi mai thầy đi buồng 7h15 nhé
ai trình bệnh án giường 14?
[[N:Minh Thư]]: tao trình
bn nam 62t ĐTĐ typ 2, loét bàn chân, HbA1c 11,2%
[[N:Đăng Khoa]]: ok, nhớ mang phim XQ bàn chân, thầy hỏi viêm xương tủy đấy
[[N:Nguyễn Hoàng Phúc]]: giường 14 là ông [[N:Tuyên]] quê Phú Thọ đúng k
hôm qua con gái ông ấy hỏi t lịch mổ cắt lọc mà t k biết trả lời sao 😅
[[N:Minh Thư]]: cứ bảo hỏi bs nội trú ạ, mình sv k tư vấn
[[N:Lò Thị Diệp]]: các bạn ơi ai có bài giảng nhiễm toan ceton của cô [[N:Hương]] k
t bị mất file 😭
[[N:Đăng Khoa]]: [File] NTCeton_DKA_2025.pdf
[[N:Lò Thị Diệp]]: iu [[N:Khoa]] ❤️
──── Thứ Ba ────
[[N:Nguyễn Hoàng Phúc]]: à mà bn mới vào giường 21 hay lắm
nữ 19t, Basedow + hạ kali máu chu kỳ, liệt 2 chân lúc 3h sáng
ai muốn làm bệnh án thì hỏi t
[[N:Minh Thư]]: để tao, cái này thi hay vào
[[N:Y Sơn Niê]]: mình làm chung vs [[N:Thư]] được ko, mình chưa có bệnh án nào cả 🥲
[[N:Minh Thư]]: ok
[[N:Đăng Khoa]]: ⚠️ nhắc lại: k chụp ảnh bn, k đăng gì lên fb
hôm trước tổ 2 bị cô [[N:Hương]] nhắc vụ chụp hồ sơ có tên bn rồi
[[N:Trần Quốc Bảo]] (lớp trưởng): [File] Lich_truc_tuan_45.xlsx
Lịch trực tuần sau đây nha, ai đổi thì tự đổi rồi báo t
Thi lâm sàng ngày [[D:7/11]], thi lý thuyết [[D:10/11]]
[[N:Y Sơn Niê]]: T4 mình có lịch chạy thận ở quê về ko kịp, đổi với ai được ko 🙏
[[N:Nguyễn Hoàng Phúc]]: t đổi cho, ông lên T3 đi
[[N:Trần Quốc Bảo]] (lớp trưởng): ok ghi nhận.
Thầy [[N:Hải]] dặn ai trực thì theo bác sĩ nội trú [[N:Đoàn Minh Trang]]
sđt chị ấy [[P:0388 241 906]], có việc gì gọi chị ấy trước
──── Thứ Tư ────
[[N:Lò Thị Diệp]]: ông g14 sáng nay đường máu mao mạch 21 mmol/L
chị [[N:Trang]] tăng insulin rồi nha
[Hình ảnh]
[[N:Minh Thư]]: thanks bà 🙆‍♀️
[[N:Đăng Khoa]]: mai 6h45 có mặt nha cả nhà, thầy đến sớm`,
  ],
  // 24
  [
    'chat',
    `ĐƠN VỊ THẬN NHÂN TẠO – CA 2-4-6 (nhóm NV + người nhà)
[05:48] ĐD [[N:Nguyễn Thị Thanh Huyền]]: Chào cả nhà 🌞
Ca sáng nay máy số 7 và 11 đang bảo trì
2 bác giường 7, 11 chuyển sang máy 3, 4 nhé
[05:52] Con gái bác [[N:Chẩm]] - [[N:Đoàn Thị Yến]]: Dạ vâng ạ.
Hôm qua bố e phù chân nhiều, cân tăng 3,2kg so với lần trước
[05:55] ĐD [[N:Nguyễn Thị Thanh Huyền]]: Chị nhắc bác ăn nhạt, uống ít nước giúp em.
Hôm nay rút 3,5 lít là bác mệt lắm đó
[06:10] [[N:Phạm Văn Tư]]: Tui lên tới cổng rồi, mà xe ôm ko cho vô
cô ra đón giùm
[06:11] ĐD [[N:Trần Mạnh Dũng]]: Chú đứng chờ chút con ra liền
[06:40] BS [[N:Lê Minh Tâm]]: Các bạn điều dưỡng lưu ý:
bn [[N:Hà Thị Bích]] (mã lọc máu [[R:TNT-0147]]) kali máu hôm qua 6,4 mmol/L
lọc bằng dịch K thấp, theo dõi điện tim trong ca
[06:42] ĐD [[N:Nguyễn Thị Thanh Huyền]]: Dạ e nhận
[07:15] Vợ anh [[N:Khánh]]: Cho em hỏi lịch lọc dịp lễ [[D:2/9]] có đổi ko ạ
nhà em ở [[A:xã Quỳnh Hoa]] đi xa
[07:20] ĐD [[N:Trần Mạnh Dũng]]: Dạ dịp lễ vẫn lọc bình thường
riêng ca chiều [[D:2/9]] dồn lên ca trưa 11h nha chị
[07:22] Vợ anh [[N:Khánh]]: Cảm ơn em nhiều nhé
[09:05] ĐD [[N:Nguyễn Thị Thanh Huyền]]: ⚠️ Bác [[N:Chẩm]] tụt HA 80/50 giữa ca
đã giảm rút, bù 200ml NaCl 0,9%, hiện 105/60, tỉnh.
Chị lên sớm đón bác giúp e
[09:07] Con gái bác [[N:Chẩm]] - [[N:Đoàn Thị Yến]]: Dạ e đang đi, 15p nữa tới 🙏
[10:30] BS [[N:Lê Minh Tâm]]: Nhắc người nhà bn [[N:Lương Văn Khánh]]:
cầu nối AVF bên trái có dấu hiệu hẹp, tuần sau siêu âm Doppler
đã hẹn thứ 5 ngày [[D:28/8]] nhé
[10:33] Vợ anh [[N:Khánh]]: Dạ vâng bác sĩ
[10:40] Kế toán - [[N:Mai Hương]]: Các gia đình có thẻ BHYT sắp hết hạn [[D:31/8]] nhớ gia hạn
mang thẻ mới xuống quầy cập nhật: bác [[N:Tư]] (thẻ [[BH:HT3401234567891]]), cô [[N:Bích]], chú [[N:Nguyễn Văn Lụa]]
[10:45] [[N:Phạm Văn Tư]]: con tui đi gia hạn rồi mà chưa có thẻ mới cô ơi
nó nói trên VssID có rồi
[10:48] Kế toán - [[N:Mai Hương]]: Dạ vậy chú đưa con xem VssID là được ạ 👍
[11:55] ĐD [[N:Trần Mạnh Dũng]]: Ca 1 kết thúc, 18/18 bn an toàn.
Ca 2 vào máy 12h15.`,
  ],
  // 25
  [
    'chat',
    `💛 NHÓM PHỤ HUYNH KHOA NHI – UNG BƯỚU (phòng 4 + phòng 6) 💛
Mẹ [[N:Bông]]: Các mẹ ơi, hóa chất đợt 3/6 của con dời sang thứ 2 vì bạch cầu thấp
ai biết mẹo cho con ăn gì để lên bạch cầu ko ạ
Bố [[N:Tí]] (Quảng Trị): Nhà mình cũng vậy, bs bảo ăn đủ đạm thôi, không có món thần kì đâu mẹ ạ
[[N:Ngô Thị Thảo]] (mẹ bé [[N:Su]]): Ai có sữa Peptamen thừa cho mình xin 2 hộp với
con ăn qua sonde, hết tiền rồi 😭
[[N:Hà Thị Liên]]: Mình còn 3 hộp, mẹ [[N:Su]] qua phòng 6 giường 2 lấy nhé
Mẹ [[N:Bông]]: ❤️❤️
CTXH - [[N:Đinh Thu Hà]]: 📢 Thông báo:
thứ 7 ngày [[D:18/10]] CLB Thiện Tâm tặng suất ăn trưa và quà cho các bé
phụ huynh đăng ký giúp e số suất trước thứ 5
Gia đình nào khó khăn cần hồ sơ hỗ trợ chi phí thì liên hệ e [[P:0968 552 107]]
Bố [[N:Tí]] (Quảng Trị): Phòng 4: 6 suất chị ơi
[[N:Ngô Thị Thảo]] (mẹ bé [[N:Su]]): Chị ơi e làm hồ sơ hỗ trợ rồi ạ
mã hồ sơ của con là [[R:HT-2025-0318]], bao giờ có kq ạ
CTXH - [[N:Đinh Thu Hà]]: Hồ sơ bé [[N:Lê Minh Khôi]] đã được quỹ duyệt 15tr
chuyển vào TK của mẹ số [[R:1903 5567 8812 016]] trong tuần này nhé
[[N:Ngô Thị Thảo]] (mẹ bé [[N:Su]]): E cảm ơn chị nhiều lắm 😭🙏
Bà nội [[N:Cún]]: cho bà hỏi xạ trị lần đầu có đau ko, cháu cứ khóc
Mẹ [[N:Bông]]: Ko đau bà ạ, nằm yên mấy phút thôi
con nhà cháu cũng sợ lúc đầu, giờ quen rồi
[[N:H'Bla Êban]]: xin chào các mẹ
con mình là [[N:Y Khoa]] mới chuyển từ Đắk Lắk ra ngày [[D:14/10]]
bệnh u nguyên bào thần kinh, mình chưa biết gì hết
Bố [[N:Tí]] (Quảng Trị): Chào chị, chị ở phòng mấy để mọi người qua chỉ cho
Nhà mình vào đây 8 tháng rồi
[[N:H'Bla Êban]]: phòng 4 giường 5 a ạ, cảm ơn a
[[N:Hà Thị Liên]]: Em mẹ bé [[N:Na]] đây, giường 4 sát chị đó 😊 chiều e qua
Tin nhắn đã được thu hồi
Mẹ [[N:Bông]]: Các mẹ ơi bé [[N:Phúc]] phòng 6 sáng nay đi rồi 🙏🕯
Nhà ở [[A:xã Yên Thái, huyện Yên Định]], ai muốn gửi gì cho gia đình thì gửi qua bố bé [[P:0913.470.882]]
Bố [[N:Tí]] (Quảng Trị): 🙏🙏 thương con quá
[[N:Ngô Thị Thảo]] (mẹ bé [[N:Su]]): 🕯🕯🕯`,
  ],
  // 26
  [
    'chat',
    `Viber – nhóm "CHUYỂN VIỆN NINH BÌNH ⇄ VIỆT ĐỨC (cấp cứu)"
BS [[N:Vũ Hoàng Sơn]] - BVĐK Ninh Bình 21:14
Chào các anh chị trực Việt Đức.
Bên em xin chuyển 1 bn: [[N:Đinh Văn Hòa]], nam, 38t, TNGT 19h30, CTSN, máu tụ ngoài màng cứng thái dương P 18mm, đè đẩy đường giữa 6mm, GCS 10 điểm, đồng tử P 4mm.
Bên em ko có phẫu thuật thần kinh trực tối nay
[[N:Trịnh Thị Hà]] (trực cấp cứu VĐ) 21:17
Anh cho em xin CT và thông tin hành chính ạ
BS [[N:Vũ Hoàng Sơn]] - BVĐK Ninh Bình 21:19
[Ảnh] [Ảnh] [Ảnh]
Hành chính: [[N:ĐINH VĂN HÒA]], SN [[D:03/02/1987]], CCCD [[ID:037087004216]], BHYT [[BH:DN4373720145892]], địa chỉ [[A:thôn Đông Hội, xã Gia Trung, huyện Gia Viễn]].
Người nhà: vợ [[N:Phạm Thị Quyên]] [[P:0389 441 267]]
[[N:Trịnh Thị Hà]] (trực cấp cứu VĐ) 21:25
Bs [[N:Tuấn]] PTTK đã xem phim, đồng ý nhận.
Chuyển thẳng vào phòng mổ cấp cứu tầng 3 nhà C, ko qua sảnh cấp cứu.
Dự kiến mấy giờ tới ạ
BS [[N:Vũ Hoàng Sơn]] - BVĐK Ninh Bình 21:27
Xuất phát 21h35, xe cấp cứu [[VP:35A-009.27]], BS [[N:Phạm Đức Minh]] và ĐD [[N:Bùi Văn Tài]] đi kèm, đặt NKQ, an thần.
Giấy chuyển viện số [[R:2208/GCV-BVĐK]]. Dự kiến 23h
[[N:Trịnh Thị Hà]] (trực cấp cứu VĐ) 21:28
👍 Ok anh
[[N:Phạm Đức Minh]] 22:31
Đang ở Pháp Vân, bn đồng tử P 5mm, HA 160/90, mạch 58. Đã cho mannitol
[[N:Trịnh Thị Hà]] (trực cấp cứu VĐ) 22:32
Dạ phòng mổ sẵn sàng, anh [[N:Tuấn]] đang chờ
[[N:Phạm Đức Minh]] 23:04
Đã bàn giao bn cho ĐD [[N:Kiên]] phòng mổ lúc 23h02
BS [[N:Vũ Hoàng Sơn]] - BVĐK Ninh Bình 07:40
Chào chị [[N:Hà]], cho em hỏi tình hình bn [[N:Hòa]] sau mổ ạ
[[N:Lương Thị Mai]] (HSTC VĐ) 07:52
Chào anh, em trực HSTC. Bn [[N:Hòa]] mổ lấy máu tụ lúc 23h20, sáng nay GCS 13, đồng tử 2 bên 3mm, dự kiến rút ống chiều nay.
Mã BN bên em [[R:2511093426]]
BS [[N:Vũ Hoàng Sơn]] - BVĐK Ninh Bình 07:53
Cảm ơn các em nhiều 🙏 Nhờ em nhắn giúp: vợ bn là chị [[N:Quyên]] đang ở cổng nhà C, chưa được vào`,
  ],
  // 27
  [
    'chat',
    `WhatsApp – "Dad in Nha Trang 🏥"
[[D:12/03]], 08:14 - [[N:Sarah Whitlock]]: Hi Dr [[N:Tran]], this is [[N:Sarah]], [[N:Graham]]'s daughter.
We got your number from the hotel.
How is he this morning?
[[D:12/03]], 08:40 - BS [[N:Trần Minh Triết]]: Good morning [[N:Sarah]].
Your father, Mr [[N:Graham Whitlock]], is stable.
He has a hip fracture (left femoral neck) after the fall at the hotel pool on [[D:March 10]].
Surgery planned tomorrow morning.
[[D:12/03]], 08:42 - [[N:Sarah Whitlock]]: Oh god.
Is he in pain? Can he speak on the phone?
[[D:12/03]], 08:45 - BS [[N:Trần Minh Triết]]: Pain is controlled.
He can call you after 10am local time.
The nurse [[N:Ngọc Ánh]] speaks good English, she will help him.
[[D:12/03]], 08:47 - [[N:Sarah Whitlock]]: Thank you so much.
My brother [[N:Daniel]] is flying from Melbourne tonight.
His number is [[P:+61 412 583 906]]
[[D:12/03]], 09:30 - [[N:Ngọc Ánh]] ĐD: Hi [[N:Sarah]], I am [[N:Anh]], nurse.
For insurance we need a copy of his passport and the policy.
Please send to [[E:quocte.khth@benhvien-nhatrang.vn]]
[[D:12/03]], 09:52 - [[N:Sarah Whitlock]]: Passport no. [[PP:PA8834102]], policy with Allianz Travel, claim ref [[R:AU-TRV-2025-55817]].
His DOB is [[D:14 July 1951]]
[[D:12/03]], 09:55 - [[N:Ngọc Ánh]] ĐD: received, thank you.
Insurance officer chị [[N:Thu Trang]] will contact them for guarantee of payment
[[D:12/03]], 16:20 - [[N:Sarah Whitlock]]: Dad says the food is "very Vietnamese" 😂 is it ok if [[N:Daniel]] brings him some sandwiches?
[[D:12/03]], 16:25 - BS [[N:Trần Minh Triết]]: Yes but nothing to eat after midnight, surgery at 7am
[[D:13/03]], 11:05 - BS [[N:Trần Minh Triết]]: Surgery done, hemiarthroplasty, went well.
He is in recovery room now.
Dr [[N:Lê Quang Vũ]] did the operation.
[[D:13/03]], 11:07 - [[N:Sarah Whitlock]]: THANK YOU!!! 🙏🙏 Mum is crying here in Perth
[[D:13/03]], 19:48 - [[N:Daniel Whitlock]]: Hi Dr, [[N:Daniel]] here, just arrived at the hospital, where do I go? Reception says room 508 but it's locked
[[D:13/03]], 19:55 - [[N:Ngọc Ánh]] ĐD: Hi [[N:Daniel]], he moved to room 512, Orthopaedics, 5th floor, building B.
I come down to get you
[[D:15/03]], 10:10 - [[N:Thu Trang]] (BH quốc tế): Dear [[N:Sarah]], Allianz has confirmed the guarantee of payment, our case no. [[R:QT-0325-0411]].
He can be discharged on [[D:19/3]] if physio is ok
[[D:15/03]], 10:31 - [[N:Sarah Whitlock]]: Brilliant.
[[N:Daniel]] will stay with him until his flight home.
Thanks everyone, you've been wonderful 💛`,
  ],
  // 28
  [
    'chat',
    `Zalo – Cô [[N:Lan]] Điều Dưỡng ↔ [[N:Nguyễn Văn Thành]] (tin nhắn thoại chuyển thành văn bản)
[[N:Nguyễn Văn Thành]]: 🎤 Tin nhắn thoại 0:42
   ↳ Chuyển thành văn bản: alo cô [[N:lan]] ơi con là [[N:thành]] con trai bà [[N:nguyễn thị sáu]] giường số chín khoa nội á cô ơi tối qua mẹ con bả không ngủ được bả cứ kêu đau bụng với lại đi cầu ra màu đen đen á cô coi giùm con có sao không
Cô [[N:Lan]] Điều Dưỡng: Dạ anh, đi cầu phân đen là phải báo bs ngay nha.
E đang trực, e xuống coi bác liền
[[N:Nguyễn Văn Thành]]: 🎤 Tin nhắn thoại 0:25
   ↳ Chuyển thành văn bản: dạ dạ cảm ơn cô con đang ở dưới căn tin mua cháo con lên liền
Cô [[N:Lan]] Điều Dưỡng: Bác sĩ [[N:Khôi]] xem rồi, cho nhịn ăn, truyền dịch, sáng mai nội soi dạ dày.
Anh đừng cho bác ăn cháo nha
[[N:Nguyễn Văn Thành]]: 🎤 Tin nhắn thoại 1:03
   ↳ Chuyển thành văn bản: dạ cô ơi cái nội soi đó có bảo hiểm không cô tại con mới đổi thẻ bảo hiểm số thẻ mới là [[BH:hát tê ba bảy chín không một hai ba bốn năm sáu bảy tám chín]] à mà con đọc lộn rồi để con chụp hình gửi cô
[[N:Nguyễn Văn Thành]]: [Hình ảnh]
Cô [[N:Lan]] Điều Dưỡng: E nhận r, thẻ [[BH:HT3790123456789]] của bác [[N:Sáu]] còn hạn, nội soi có BH chi trả nha anh
[[N:Nguyễn Văn Thành]]: 🎤 Tin nhắn thoại 0:37
   ↳ Chuyển thành văn bản: dạ vậy mừng quá à mà cô ơi chị hai con là [[N:Nguyễn Thị Bảy]] ở ngoài [[A:ấp Mỹ Phú, xã Mỹ Hạnh Nam]] mai chị lên thay con chị hỏi số cô để chỉ đường con cho chị số cô được không
Cô [[N:Lan]] Điều Dưỡng: Dạ được, anh cho chị số này.
Giờ thăm bệnh 16h - 20h nha
[[N:Nguyễn Văn Thành]]: 🎤 Tin nhắn thoại 0:51
   ↳ Chuyển thành văn bản: cô ơi con cho chị hai số cô rồi mà con đọc lại cho chắc là [[P:không chín không ba ba hai một bảy tám năm]] phải hông cô tại chị con nó ghi bậy quá
Cô [[N:Lan]] Điều Dưỡng: Hihi được rồi anh, chị gọi số nào e cũng nghe 😄
[[N:Nguyễn Văn Thành]]: 🎤 Tin nhắn thoại 0:30
   ↳ Chuyển thành văn bản: dạ mai con về quê tới thứ sáu con mới lên lại cô ơi có gì cô gọi con nha
Cô [[N:Lan]] Điều Dưỡng: Thứ sáu là [[D:mười lăm tháng tám]] hả anh, để e dặn ca
[[N:Nguyễn Văn Thành]]: 🎤 Tin nhắn thoại 0:12
   ↳ Chuyển thành văn bản: dạ đúng rồi [[D:mười lăm tháng tám]] á cô
Cô [[N:Lan]] Điều Dưỡng: Oke anh.
Kết quả nội soi: loét hành tá tràng, đã kẹp clip cầm máu.
Bác tỉnh, HA ổn. Bs [[N:Khôi]] dặn ăn cháo loãng từ chiều mai
[[N:Nguyễn Văn Thành]]: 🎤 Tin nhắn thoại 0:20
   ↳ Chuyển thành văn bản: trời ơi cảm ơn cô [[N:lan]] với bác sĩ [[N:khôi]] nhiều lắm nha cô để con về con mang cho cô buồng chuối`,
  ],
  // 29
  [
    'chat',
    `Zalo OA: Phòng khám Nội tiết – Đái tháo đường (đặt lịch tái khám)
[[N:Trần Thị Kim Loan]]: Cho e đặt lịch tái khám cho mẹ e ạ
OA Phòng khám: Dạ chào chị.
Chị vui lòng gửi họ tên, năm sinh, mã bệnh nhân (trên sổ theo dõi) và ngày muốn khám ạ
[[N:Trần Thị Kim Loan]]: Mẹ e tên [[N:Huỳnh Thị Mười]], sinh năm 1949, mã BN [[R:NT-031872]], muốn khám thứ 3 tuần sau ạ
OA Phòng khám: Dạ thứ 3 ngày [[D:04/11]] bs [[N:Hồ Quang Nhật]] còn lịch 7h45 và 9h15 ạ
[[N:Trần Thị Kim Loan]]: 7h45 nha em.
Mẹ c có cần nhịn ăn ko
OA Phòng khám: Dạ có ạ, nhịn ăn từ 22h tối trước để xét nghiệm đường huyết, HbA1c, mỡ máu.
Mang theo sổ, thuốc đang dùng và thẻ BHYT ạ
OA Phòng khám: ✅ Đã xác nhận lịch hẹn: BN [[N:HUỲNH THỊ MƯỜI]] – [[D:04/11/2025]] – 07:45 – BS [[N:Hồ Quang Nhật]] – Phòng 112.
Mã lịch hẹn: [[R:LH2511-0457]]
[[N:Trần Thị Kim Loan]]: 👍
Bác [[N:Tám Xe Ôm]]: cho hỏi chỗ mình có khám tuyến giáp ko
OA Phòng khám: Dạ có ạ.
Bác muốn khám cho ai, bác gửi giúp con họ tên và năm sinh nhé
Bác [[N:Tám Xe Ôm]]: cho vợ tui [[N:Lê Thị Gấm]] 1962, bả bị bướu cổ to lắm
nuốt nghẹn cả tháng nay
OA Phòng khám: Dạ bác khám bs [[N:Phan Ngọc Diệp]] chuyên tuyến giáp thứ 5 [[D:06/11]] được ko ạ
Có siêu âm và chọc tế bào tại chỗ, bác đi sớm 7h30 nha
Bác [[N:Tám Xe Ôm]]: ok
số tui [[P:0903 615 284]] có gì gọi
OA Phòng khám: ✅ Đã xác nhận lịch hẹn: BN [[N:LÊ THỊ GẤM]] – [[D:06/11/2025]] – 08:30 – BS [[N:Phan Ngọc Diệp]] – Phòng 115.
Mã lịch hẹn: [[R:LH2511-0512]]
[[N:Phạm Quốc Vinh]]: Em muốn hủy lịch ngày mai của ba em [[N:Phạm Văn Út]] ạ, ba em nằm viện ở Chợ Rẫy rồi
OA Phòng khám: Dạ phòng khám đã hủy lịch [[R:LH2510-1893]] cho bác [[N:Út]].
Chúc bác mau khỏe ạ 🙏
[[N:Trần Thị Kim Loan]]: E ơi
e đổi cho mẹ c qua 9h15 đc ko, sáng đó c đưa con đi học
OA Phòng khám: Dạ đã đổi sang 09:15 ngày [[D:04/11]], mã lịch hẹn giữ nguyên ạ
[[N:Trần Thị Kim Loan]]: Cảm ơn e nhiều ❤️`,
  ],
  // 30
  [
    'log',
    `SỔ GHI CUỘC GỌI – TỔNG ĐÀI BỆNH VIỆN (ca đêm [[D:21/12]] → sáng [[D:22/12]])
Trực tổng đài: [[N:Nguyễn Thị Bích Ngọc]] – [[N:Trần Văn Lợi]]
STT | Giờ | Người gọi | Số gọi đến | Nội dung | Chuyển/ xử lý
01 | 19:04 | chị [[N:Hoàng Thị Mơ]] (người nhà BN [[N:Lê Văn Tâm]], K. Ngoại TH) | [[P:0912 664 031]] | hỏi giờ thăm, xin gặp bs [[N:Quang]] | hẹn 20h, báo khoa
02 | 19:20 | ông [[N:Phạm Ngọc Lân]] | [[P:0243 8 265 441]] | hỏi kết quả XN của vợ là [[N:Đào Thị Hạnh]] | hướng dẫn ra quầy lấy KQ, ko đọc KQ qua ĐT
03 | 19:52 | CA [[A:phường Đồng Tâm]] - đ/c [[N:Thắng]] | [[P:0969 221 584]] | xác minh nạn nhân TNGT tên [[N:Ngô Đức Anh]] | chuyển K. Cấp cứu, trực lãnh đạo
04 | 20:35 | không xưng tên | số ẩn | chửi bới, đe dọa bs khoa Sản | ghi âm, báo bảo vệ + trực lãnh đạo (BS [[N:Hùng]])
05 | 21:10 | chị [[N:Vi Thị Thảo]] | [[P:0378 559 120]] | con sốt cao co giật, ở [[A:thôn Khuổi Pù, xã Quang Sơn]], hỏi có xe ko | hướng dẫn gọi 115, báo TTYT huyện
06 | 22:48 | BS [[N:Lê Thu Hà]] – TTYT Đồng Hỷ | [[P:0913 284 506]] | xin chuyển BN [[N:Hà Văn Khải]] 72t nhồi máu não | nối máy trực Đột quỵ BS [[N:Tùng]]
07 | 00:15 | anh [[N:Ma Văn Chiến]] | [[P:0334 876 210]] | báo vợ là [[N:Ma Thị Hoa]] vỡ ối ở nhà, hỏi đường vào khoa Sản | hướng dẫn cổng số 2
08 | 01:30 | ĐD [[N:Huyền]] K. Nhi | nội bộ | xin gọi bs [[N:Phan Đức Long]] (trực tuyến 2) | đã gọi, bs lên lúc 01:45
09 | 03:05 | bà [[N:Lưu Thị Tươi]] | [[P:0975 330 982]] | hỏi con trai [[N:Dương Văn Quế]] có nhập viện ko (mất liên lạc từ tối) | tra: ko có tên, hướng dẫn gọi CA
10 | 05:40 | chị [[N:Lý Thị Nguyệt]] (nhà xác) | nội bộ | báo gia đình BN [[N:Nông Văn Páo]] đến làm thủ tục | báo P. CTXH
Bàn giao ca sáng 06:00. Cuộc gọi số 04 đã bàn giao tổ bảo vệ.`,
  ],
  // 31
  [
    'minutes',
    `SỞ Y TẾ TỈNH HÀ TĨNH
BỆNH VIỆN ĐA KHOA TỈNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập – Tự do – Hạnh phúc
Hà Tĩnh, ngày [[D:14 tháng 8 năm 2025]]
BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Số: [[R:37/BB-KĐTV]]
Thời gian: 14h00 ngày [[D:14/8/2025]]. Địa điểm: phòng giao ban khoa Hồi sức tích cực.
Chủ trì: BSCKII [[N:Nguyễn Đình Tuệ]] – Phó Giám đốc. Thư ký: ĐD [[N:Lê Thị Hải Yến]].
Thành phần: BSCKII [[N:Trần Văn Hòa]] (Trưởng khoa HSTC), ThS.BS [[N:Phan Thị Minh Thư]] (khoa Cấp cứu), BS [[N:Võ Văn Lộc]] (bác sĩ điều trị), BS [[N:Đặng Quang Huy]] (khoa Tim mạch), ĐDT [[N:Nguyễn Thị Thúy]], đại diện phòng KHTH ông [[N:Hồ Sỹ Tùng]].
I. HÀNH CHÍNH
Họ tên người bệnh: [[N:PHAN VĂN KHƯƠNG]]. Nam. Sinh ngày [[D:22/5/1968]]. Mã người bệnh: [[R:25058812]]. Số vào viện: [[R:VV-25-017743]].
Địa chỉ: [[A:thôn Trung Thượng, xã Thạch Trung, TP Hà Tĩnh]]. Thẻ BHYT: [[BH:GD4424221087365]].
Vào viện: 22h15 ngày [[D:10/8/2025]]. Tử vong: 3h40 ngày [[D:12/8/2025]].
II. TÓM TẮT QUÁ TRÌNH BỆNH VÀ ĐIỀU TRỊ
Người bệnh đau ngực trái dữ dội từ 20h ngày [[D:10/8]], được con trai là anh [[N:Phan Văn Đức]] đưa vào khoa Cấp cứu. ĐTĐ: ST chênh lên V1–V4. Troponin T hs 1.820 ng/L. Chẩn đoán: nhồi máu cơ tim cấp thành trước, Killip II. Đã hội chẩn tuyến trên qua điện thoại với BS [[N:Nguyễn Ngọc Quang]] (Viện Tim mạch), thống nhất tiêu sợi huyết do thời gian chuyển viện dự kiến trên 120 phút.
01h30 ngày [[D:11/8]]: tiêu sợi huyết; 03h: đau ngực giảm, ST giảm > 50%. 16h ngày [[D:11/8]]: khó thở, ran ẩm hai phổi, siêu âm tim EF 30%, nghi thủng vách liên thất. Gia đình (vợ là bà [[N:Trần Thị Quế]]) đồng ý chuyển tuyến nhưng người bệnh huyết động không ổn định, không đủ điều kiện vận chuyển.
02h50 ngày [[D:12/8]]: ngừng tuần hoàn, cấp cứu ngừng tuần hoàn 50 phút không kết quả.
III. Ý KIẾN THẢO LUẬN
- BS [[N:Võ Văn Lộc]]: chẩn đoán, chỉ định tiêu sợi huyết đúng theo hướng dẫn; biến chứng cơ học sau nhồi máu là nguyên nhân tử vong.
- BS [[N:Đặng Quang Huy]]: đề nghị bổ sung siêu âm tim tại giường sớm hơn sau tiêu sợi huyết; đề xuất bệnh viện đầu tư phòng can thiệp tim mạch.
- ĐDT [[N:Nguyễn Thị Thúy]]: hồ sơ chăm sóc ghi chép đầy đủ, lưu ý ghi giờ dùng thuốc vận mạch chính xác đến phút.
IV. KẾT LUẬN
Chẩn đoán tử vong: nhồi máu cơ tim cấp thành trước biến chứng thủng vách liên thất, sốc tim. Nguyên nhân tử vong: do bệnh lý nặng. Không có sai sót chuyên môn. Giấy báo tử số [[R:0412/GBT]] đã cấp cho gia đình ngày [[D:12/8/2025]].
Biên bản kết thúc lúc 15h20 cùng ngày.
THƯ KÝ                                   CHỦ TRÌ
[[N:Lê Thị Hải Yến]]                     [[N:Nguyễn Đình Tuệ]]`,
  ],
  // 32
  [
    'nursing',
    `PHIẾU THEO DÕI CHĂM SÓC TẠI NHÀ – Dịch vụ điều dưỡng tại gia
Người bệnh: bà [[N:Vương Thị Ngọc Lan]], 88 tuổi. Địa chỉ: [[A:số 27 ngõ 64 Vũ Trọng Phụng, phường Thanh Xuân Trung, quận Thanh Xuân]], Hà Nội.
Người liên hệ: con gái – chị [[N:Đỗ Thu Thủy]] [[P:0904 286 731]]; con rể – anh [[N:Lại Minh Tuấn]].
Bác sĩ chỉ định: BS [[N:Nguyễn Quốc Trung]]. Điều dưỡng phụ trách: [[N:Bùi Thị Thanh Xuân]].
Chẩn đoán: di chứng nhồi máu não, liệt nửa người trái, loét cùng cụt độ 2, ĐTĐ typ 2.

[[D:03/10]] – 8h30: HA 135/80, M 84, T 36,8, SpO2 96%. Đường máu mao mạch 9,2 mmol/L. Loét cùng cụt 3 x 2,5 cm, đáy hồng, dịch ít, đã rửa NaCl 0,9%, đắp gạc hydrocolloid. Hướng dẫn chị [[N:Thủy]] xoay trở 2 giờ/lần, có đệm hơi. Bà tỉnh, gọi đúng tên con gái và cháu [[N:Bin]].
[[D:05/10]] – 8h45: HA 140/85. Bà ăn kém, sặc khi uống nước. Người giúp việc là cô [[N:Hà]] ([[N:Lò Thị Hà]]) cho ăn cháo đặc, đã hướng dẫn tư thế ngồi 45 độ, làm đặc nước uống. Báo BS [[N:Trung]] qua Zalo.
[[D:07/10]] – 9h00: BS [[N:Trung]] đến khám cùng, chỉ định xét nghiệm máu tại nhà, đổi metformin sang insulin nền 10 UI tối. Lấy máu gửi phòng xét nghiệm, mã mẫu [[R:HC-071025-118]].
[[D:09/10]] – 8h30: loét giảm còn 2,5 x 2 cm. Glucose đói 7,8. Anh [[N:Tuấn]] hỏi về việc thuê thêm người trực đêm, đã giới thiệu dịch vụ.
[[D:12/10]] – 17h20: chị [[N:Thủy]] gọi báo bà sốt 38,6°C, ho có đờm. Đến nhà lúc 18h05: ran nổ đáy phổi phải, SpO2 91%. Báo BS [[N:Trung]], thống nhất chuyển Bệnh viện Thanh Nhàn. Gọi xe 115, đi cùng đến viện, bàn giao ĐD [[N:Hương]] khoa Cấp cứu lúc 19h10.
[[D:15/10]]: chị [[N:Thủy]] báo bà đang điều trị viêm phổi hít tại khoa Lão khoa, dự kiến ra viện [[D:20/10]]. Tạm dừng lịch chăm sóc tại nhà, hẹn đánh giá lại sau ra viện.
Điều dưỡng: [[N:Bùi Thị Thanh Xuân]] – CCHN số [[L:004512/HNO-CCHN]]`,
  ],
  // 33
  [
    'sms',
    `Tin nhắn SMS – "Cô Hộ sinh [[N:Thơm]]"
[[D:14/6]] 21:02 – Tôi: Cô [[N:Thơm]] ơi e [[N:Vân]] đây, e bị ra nhớt hồng từ chiều, bụng gò 15p 1 lần, vậy đi viện chưa cô
[[D:14/6]] 21:05 – Cô [[N:Thơm]]: Con so hả e? Vỡ ối chưa? Con đạp nhiều ko
[[D:14/6]] 21:06 – Tôi: Dạ con so, chưa vỡ ối, bé đạp bt ạ
[[D:14/6]] 21:08 – Cô [[N:Thơm]]: Chưa cần vội, ăn nhẹ, tắm nước ấm, ngủ được thì ngủ.
Khi nào gò 5p 1 lần, đau nhiều hoặc ra nước, ra máu đỏ thì lên trạm hoặc vào thẳng TTYT nha
[[D:14/6]] 23:47 – Tôi: cô ơi 5p 1 lần rồi đau lắm 😭 chồng e là [[N:Khải]] đang đi lấy xe
[[D:14/6]] 23:48 – Cô [[N:Thơm]]: Ok e vào TTYT luôn, c gọi báo khoa Sản rồi, chị [[N:Nhung]] trực.
Mang sổ khám thai, CCCD, thẻ BHYT
[[D:15/6]] 00:31 – Tôi: e tới rồi, chị [[N:Nhung]] khám bảo mở 4 phân
[[D:15/6]] 00:33 – Cô [[N:Thơm]]: Tốt quá.
Cố lên e, thở đều nhé ❤️
[[D:15/6]] 05:12 – [[N:Khải]] (dùng máy vợ): Cô ơi vợ e sinh rồi, con trai 3,2kg lúc 4h50.
Cảm ơn cô nhiều ạ
[[D:15/6]] 06:03 – Cô [[N:Thơm]]: Chúc mừng 2 vợ chồng 🎉
Nhớ cho bé bú sớm, tiêm vitamin K với viêm gan B trong 24h đầu nha
[[D:17/6]] 09:15 – Tôi: Cô ơi e về nhà rồi, bé vàng da ở mặt với ngực, có sao ko ạ
[[D:17/6]] 09:20 – Cô [[N:Thơm]]: Vàng tới ngực thì theo dõi, phơi nắng ko có tác dụng đâu nha.
Nếu vàng xuống bụng, lòng bàn tay bàn chân, hoặc bé bỏ bú thì đi khám ngay.
Chiều nay c qua nhà thăm, e ở [[A:thôn Yên Lạc, xã Phú Nhuận]] đúng ko
[[D:17/6]] 09:21 – Tôi: Dạ đúng ạ, nhà cạnh nhà văn hóa thôn, có cái cổng xanh
[[D:17/6]] 16:40 – Cô [[N:Thơm]]: C xem rồi, bé vàng nhẹ, cân 3,1kg.
Vết khâu tầng sinh môn của e khô.
Hẹn tiêm BCG ở trạm sáng [[D:24/6]] nha.
Nhớ đi khai sinh cho bé, tên gì rồi e?
[[D:17/6]] 16:52 – Tôi: Dạ tên [[N:Nguyễn Khải Minh]] ạ, ông nội [[N:Nguyễn Văn Cửu]] đặt, ở nhà gọi là [[N:Gạo]] 😄
[[D:17/6]] 16:53 – Cô [[N:Thơm]]: Tên hay 😍 Có gì nhắn c nhé.
Số c: [[P:0986.114.359]] (có Zalo)
[[D:24/6]] 10:05 – Tôi: Cô ơi bé [[N:Gạo]] tiêm xong rồi, ko sốt.
Mẹ chồng e gửi lời cảm ơn cô ạ
[[D:24/6]] 10:08 – Cô [[N:Thơm]]: 👍 Cho e và bé mạnh khỏe nha`,
  ],
  // 34
  [
    'chat',
    `nhom zalo: QUAN LY THA - DTD [[A:XA XUAN PHU]] (TYT + CTV)
ctv [[N:loan]] [[A:thon 4]]: tram oi ong [[N:nguyen van bay]] [[A:thon 4]] het thuoc huyet ap 3 ngay roi
ong k co ai cho len tram
Y si [[N:Dung]]: e ghi ten
chieu a mang thuoc xuong, nho ong mang so BHYT cho a
ctv [[N:loan]] [[A:thon 4]]: dạ a
Bs [[N:Thanh]] - TYT: moi nguoi luu y
tu [[D:1/9]] thuoc ha ap cap theo don 30 ngay tai tram, ko ra huyen nua nhe
[[N:hung]] ctv: ba [[N:tran thi hai]] [[A:thon 2]] duong mau do may nha 18,3 sang nay
ba uong thuoc deu, an xoi hom qua
Bs [[N:Thanh]] - TYT: ba co met, khat nuoc, di tieu nhieu ko e.
Dua ba len tram do lai
[[N:hung]] ctv: ba noi hoi khat thoi, chau ba la [[N:quan]] chieu dua len a
Y si [[N:Dung]]: 👍
ctv [[N:loan]] [[A:thon 4]]: tram oi, hom nay [[A:thon 4]] co 14 nguoi do HA, file day a
ctv [[N:loan]] [[A:thon 4]]: [Hình ảnh]
Bs [[N:Thanh]] - TYT: ok.
Ong [[N:Le Van Chau]] 170/100 la cao, ong bo thuoc a?
Sang mai cho ong len kham
ctv [[N:loan]] [[A:thon 4]]: ong [[N:chau]] noi uong thuoc nam cua ong lang ben [[A:xa Xuan Son]] nen bo thuoc tay 😔
Bs [[N:Thanh]] - TYT: nguy hiem lam, em noi con ong la [[N:Le Thi Nga]] ([[P:0967 803 112]]) a se goi noi chuyen
[[N:Nguyen Thi Minh Nguyet]]: cho e hoi me e [[N:Pham Thi Duyen]] TDT, dang dung insulin
thang nay tram co insulin k a, hay e mua ngoai
Bs [[N:Thanh]] - TYT: tram chi co thuoc uong thoi e, insulin phai nhan o TTYT huyen
phong kham noi tiet sang thu 3, thu 5
[[N:Nguyen Thi Minh Nguyet]]: dạ e cam on bs
[[N:hung]] ctv: bs oi ba [[N:hai]] len tram do lai 15,2, tram cho them 1 vien a?
Bs [[N:Thanh]] - TYT: ko them thuoc.
Huong dan ba an it com, bo xoi che.
Hen ba kham lai thu 2 ngay [[D:8/9]] lay mau xet nghiem HbA1c
Y si [[N:Dung]]: da phat thuoc cho ong roi nhe e oi, ong con ca ca bap ngo cho a 🤣
ctv [[N:loan]] [[A:thon 4]]: hihi ong quy a lam`,
  ],
  // 35
  [
    'email',
    `From: Phòng Bảo hiểm – BV Đa khoa Tâm Anh <[[E:baohiem@tamanh-hospital.example.vn]]>
To: [[N:Nguyễn Thị Hồng Nhung]] <[[E:nhung.nth@baominh-claims.example.vn]]>
Cc: BS [[N:Lê Văn Phát]] <[[E:phat.lv@tamanh-hospital.example.vn]]>
Date: Tue, [[D:18 Nov 2025]] 10:42
Subject: RE: Bảo lãnh viện phí – KH [[N:Trịnh Quang Huy]] – HĐ [[R:BM-SK-2024-0887162]]

Chào chị [[N:Nhung]],
Phòng Bảo hiểm gửi bổ sung hồ sơ bảo lãnh cho khách hàng [[N:Trịnh Quang Huy]], SN [[D:09/04/1982]], CCCD [[ID:001082019934]], mã người bệnh [[R:TA25-118402]], nhập viện ngày [[D:16/11/2025]], chẩn đoán sỏi niệu quản phải gây ứ nước thận độ II (N20.1), chỉ định nội soi tán sỏi ngược dòng bằng laser ngày [[D:19/11]].
Đính kèm: tóm tắt bệnh án do BS [[N:Phát]] ký, kết quả CT hệ tiết niệu, bảng dự toán chi phí.
Trân trọng,
[[N:Vũ Thị Mai Anh]] – Chuyên viên Bảo hiểm
ĐT: [[P:0901 772 418]]

-----Original Message-----
From: [[N:Nguyễn Thị Hồng Nhung]] <[[E:nhung.nth@baominh-claims.example.vn]]>
Sent: Monday, [[D:November 17, 2025]] 16:05
To: [[E:baohiem@tamanh-hospital.example.vn]]
Subject: Bảo lãnh viện phí – KH [[N:Trịnh Quang Huy]] – HĐ [[R:BM-SK-2024-0887162]]

Kính gửi Phòng Bảo hiểm,
Bảo Minh đã nhận yêu cầu bảo lãnh số [[R:GOP-251117-0342]]. Để xem xét, đề nghị bệnh viện bổ sung: (1) tóm tắt bệnh án, (2) kết quả chẩn đoán hình ảnh, (3) xác nhận khách hàng chưa điều trị sỏi thận trước ngày [[D:01/06/2024]] (ngày hiệu lực hợp đồng).
Lưu ý: khách hàng là người được bảo hiểm phụ thuộc theo hợp đồng của vợ, bà [[N:Đặng Thu Phương]].
Trân trọng,
[[N:Nguyễn Thị Hồng Nhung]]
Giám định viên bồi thường – Bảo Minh
ĐT: [[P:0983 115 640]]

-----Original Message-----
From: [[N:Trịnh Quang Huy]] <[[E:huytq82@gmail.com]]>
Sent: Sunday, [[D:November 16, 2025]] 22:17
To: [[E:baohiem@tamanh-hospital.example.vn]]
Subject: nhờ làm bảo lãnh

Chào bệnh viện, tôi đang nằm phòng 708 khoa Tiết niệu, nhờ bệnh viện làm bảo lãnh với Bảo Minh giúp tôi. Thẻ bảo hiểm số [[R:BMH-2024-118834-02]], người mua là vợ tôi [[N:Đặng Thu Phương]].
Cảm ơn,
[[N:Huy]]`,
  ],
  // 36
  [
    'chat',
    `Messenger – "TRỰC ĐÊM CẤP CỨU 🚨 (k. HSCC)"
[[N:Tùng Lâm]]: Cả nhà ơi 23h có 1 ca đâm chém từ quán nhậu ở [[A:phường Lê Mao]] vào
2 bn, 1 đa vết thương, 1 vết thương bụng
[[N:Hải Yến]]: Bn vết thương bụng tên gì a, để e lấy máu chéo
[[N:Tùng Lâm]]: ko có giấy tờ, công an nói tên [[N:Nguyễn Văn Tuấn]] khoảng 30t
tạm đặt mã [[R:CC-VD-2311-07]]
[[N:Hải Yến]]: ok a
Bs [[N:Chi]]: Bn đa vết thương là [[N:Hồ Sỹ Phúc]], vết thương cẳng tay khâu 14 mũi, ổn, cho nằm lưu
[[N:Tùng Lâm]]: ↪ Trả lời Bs [[N:Chi]]: "Bn đa vết thương là [[N:Hồ Sỹ Phúc]]…"
c ơi bn đòi về, kêu ko có tiền, ng nhà chưa tới
Bs [[N:Chi]]: Cho ký cam kết, báo công an đang ở sảnh
[[N:Phan Quốc Việt]] (ngoại trực): Bn vết thương bụng vào phòng mổ lúc 23h40
thủng ruột non 2 lỗ
Ai gọi giùm người nhà
[[N:Hải Yến]]: Công an phường đang liên hệ gia đình a ạ
sđt đ/c phụ trách [[P:0912 507 338]]
[[N:Tùng Lâm]]: 🔁 Tin nhắn được chuyển tiếp:
"Tôi là [[N:Nguyễn Thị Sen]] chị gái của [[N:Tuấn]], CCCD em tôi là [[ID:040091023385]], nhà ở [[A:khối 9, phường Hưng Dũng]], tôi đang đến viện"
[[N:Hải Yến]]: đã cập nhật hành chính:
[[N:Nguyễn Văn Tuấn]], SN [[D:12/2/1991]], mã chính thức [[R:25112304781]] thay mã tạm
Bs [[N:Chi]]: 👍 nhớ gộp hồ sơ, hủy mã tạm
đd [[N:Kiều]]: 2h15 nhận thêm bn nữ [[AGE:94]]t, ngã ở nhà gãy cổ xương đùi
con trai đi cùng
Bs [[N:Chi]]: tuổi [[AGE:94]] hả e? có suy tim ko, ECG luôn nhé
đd [[N:Kiều]]: dạ bà có đặt máy tạo nhịp, e làm ECG r
[Hình ảnh]
Bs [[N:Chi]]: nhịp máy, ok. Giảm đau, nẹp, mai hội chẩn chỉnh hình
[[N:Phan Quốc Việt]] (ngoại trực): Mổ xong bn [[N:Tuấn]] 1h50, chuyển HSTC
Bàn giao bs [[N:Nghĩa]] HSTC
[[N:Tùng Lâm]]: 5h sáng tổng kết ca:
31 bn, 6 nhập viện, 2 mổ cấp cứu, 0 tử vong
Đi ngủ 30p đây 😴
[[N:Hải Yến]]: 🫡 chúc a ngủ ngon 30p`,
  ],
  // 37
  [
    'handover',
    `SỔ BÀN GIAO CA – KHOA SẢN (ca đêm → ca ngày) – [[D:27/01]]
Bên giao: HS [[N:Trần Thị Lụa]], HS [[N:Nguyễn Thị Thanh Hoa]]. Bên nhận: HS [[N:Phạm Thị Duyên]], ĐD [[N:Vũ Thu Hà]]. BS trực: [[N:Đỗ Quang Trung]].
Tổng số: 23 sản phụ, 11 trẻ sơ sinh. Vào mới 4, đẻ thường 3, mổ lấy thai 1.
1. Phòng chờ sinh – G2: sản phụ [[N:Hoàng Thị Mến]], 29t, con lần 2, mở 7cm lúc 5h30, ối vỡ 4h, nước ối trong. Tim thai 140 l/p. Chồng là anh [[N:Lâm]] đợi ngoài hành lang.
2. Phòng hậu sản 3 – G1: [[N:Lê Thị Thu Trang]], mổ lấy thai 23h50 [[D:26/01]] vì suy thai, bé gái 2,9kg. Sau mổ 6h: tử cung co tốt, sonde tiểu 400ml. Theo dõi chảy máu.
3. Phòng hậu sản 3 – G3: [[N:Đinh Thị Hằng]] (người Mường, [[A:xóm Bưng, xã Ngọc Lâu]]), đẻ thường 2h10, bé trai 3,4kg. Bé bú mẹ tốt. Sản phụ chưa có BHYT, thẻ cũ hết hạn, người nhà (mẹ chồng là bà [[N:Bùi Thị Lơn]]) sẽ nộp thẻ mới [[BH:HN2171721004518]] sáng nay.
4. Phòng sơ sinh – lồng ấp số 2: con sản phụ [[N:Quách Thị Nhàn]], sinh 34 tuần, 1,9kg, vàng da, đang chiếu đèn từ 3h. Bilirubin sáng nay chờ kết quả (SID [[R:2501270311]]).
5. Phòng tiền sản giật – G1: [[N:Bạch Thị Yến]], thai 36 tuần, HA 160/105, đang truyền magie sulfat, phản xạ gân xương còn, nước tiểu 50ml/h. BS [[N:Trung]] dự kiến mổ sáng nay. Đã hội chẩn với BS [[N:Nguyễn Văn Thắng]] (gây mê).
6. Lưu ý: sản phụ [[N:Quách Thị Nhàn]] muốn xin về sớm vì hoàn cảnh khó khăn, đã báo CTXH chị [[N:Mai]].
7. Thuốc gây nghiện: ống morphin 10mg đã dùng 1 cho sản phụ [[N:Trang]], phiếu lĩnh số [[R:GN-0127-03]], đã trả vỏ.
Đã ký giao nhận lúc 7h05.`,
  ],
  // 38
  [
    'chat',
    `Nhóm Zalo "Chăm sóc Bố 🙏" (gia đình + bs điều trị)
[[N:Kim Oanh]]: Cả nhà ơi sáng nay bố mở mắt, bóp được tay em rồi 😭
[[N:Anh Tuấn Hoàng]]: Tạ ơn trời phật 🙏
Bs có nói gì ko em
[[N:Kim Oanh]]: Bs [[N:Dũng]] nói bố qua giai đoạn nguy hiểm
nhưng tay chân phải vẫn yếu, có thể phải tập lâu
BS [[N:Phạm Tiến Dũng]]: Chào gia đình.
Bác [[N:Hoàng Văn Thuận]] nhồi máu não bán cầu trái, đã qua 72 giờ đầu.
Hôm nay bắt đầu tập vận động tại giường.
Gia đình cần người ở cùng 24/24, lưu ý cho ăn qua sonde, không cho ăn bằng miệng
[[N:Hoàng Minh Châu]]: Em cảm ơn bác sĩ.
Tối nay em trực thay chị [[N:Oanh]] nhé
[[N:Anh Tuấn Hoàng]]: Chú [[N:Hai]] với cô [[N:Tư]] ở quê muốn lên thăm, có được vào ko bs
BS [[N:Phạm Tiến Dũng]]: Giờ thăm 17h - 19h, mỗi lần 2 người, không dẫn trẻ nhỏ
Mợ [[N:Ba]]: [Sticker]
cả nhà cố lên nhé, mợ gửi ít tiền cho bố, [[N:Oanh]] cho mợ stk
[[N:Kim Oanh]]: Dạ mợ gửi vào TK Vietcombank [[R:0451000387216]] [[N:HOANG KIM OANH]] ạ.
E cảm ơn mợ
[[N:Hoàng Minh Châu]]: Bs ơi, thuốc Cerebrolysin người ta bảo dùng tốt cho phục hồi, mình có nên mua ngoài ko ạ
BS [[N:Phạm Tiến Dũng]]: Hiện chưa cần, gia đình không tự mua thuốc ngoài.
Điều quan trọng là tập phục hồi chức năng sớm và kiểm soát huyết áp
[[N:Kim Oanh]]: @[[N:Anh Tuấn Hoàng]] a ơi a mang giúp em sổ hộ nghèo với CCCD của bố lên để làm BHYT 100%
số CCCD bố [[ID:034055002817]]
[[N:Anh Tuấn Hoàng]]: ok, mai a lên.
Bố đang nằm phòng mấy
[[N:Kim Oanh]]: P. 304 khu Đột quỵ, giường 6
[[N:Hoàng Minh Châu]]: [Hình ảnh] Bố ngồi dậy được 5 phút có người đỡ 💪
Mợ [[N:Ba]]: ❤️❤️❤️
BS [[N:Phạm Tiến Dũng]]: Gia đình đã làm rất tốt.
Dự kiến chuyển bác sang khoa Phục hồi chức năng khoảng [[D:20/5]], bs [[N:Yên]] bên đó sẽ tiếp nhận
[[N:Anh Tuấn Hoàng]]: Cảm ơn bs nhiều lắm 🙏🙏`,
  ],
  // 39
  [
    'minutes',
    `BIÊN BẢN HỘI CHẨN LIÊN VIỆN (trực tuyến)
Số: [[R:112/BB-HCLV]]
Thời gian: 9h30 ngày [[D:06/3/2025]]. Hình thức: hội chẩn từ xa qua hệ thống telehealth.
Điểm cầu 1: Bệnh viện Đa khoa tỉnh Điện Biên – chủ trì: BSCKII [[N:Lò Văn Tiếng]], Trưởng khoa Nhi.
Điểm cầu 2: Bệnh viện Nhi Trung ương – PGS.TS [[N:Nguyễn Thanh Hương]], TS.BS [[N:Đặng Văn Thắng]] (Trung tâm Tim mạch).
Thư ký: BS [[N:Quàng Thị Thúy]].
Người bệnh: [[N:Sùng A Chinh]], nam, 4 tuổi, dân tộc Mông. Con ông [[N:Sùng A Dình]] và bà [[N:Vàng Thị Sua]]. Địa chỉ: [[A:bản Huổi Sang, xã Mường Nhé, huyện Mường Nhé]]. Mã BN: [[R:DB-25-004621]]. BHYT: [[BH:TE1111120234587]].
Vào viện: [[D:28/02/2025]] vì khó thở, phù, gan to.
Tóm tắt: trẻ sốt, đau các khớp lớn từ [[D:tháng 1]], không điều trị. Khám: thổi tâm thu 4/6 ở mỏm, gan 4cm dưới bờ sườn. Siêu âm tim tại tuyến tỉnh ngày [[D:01/3]] (BS [[N:Điêu Chính Hải]]): hở van hai lá nặng, dày lá van, EF 52%. ASLO 800 UI/mL. Đã điều trị lợi tiểu, penicillin, prednisolone.
Ý kiến:
- TS.BS [[N:Đặng Văn Thắng]]: phù hợp thấp tim, viêm tim có suy tim; đề nghị chuyển tuyến để đánh giá can thiệp van khi ổn định, tiếp tục phòng thấp bằng benzathine penicillin mỗi 3–4 tuần.
- PGS.TS [[N:Nguyễn Thanh Hương]]: hướng dẫn liều prednisolone 2 mg/kg/ngày, giảm liều sau 2 tuần; theo dõi đường máu, huyết áp.
- BS [[N:Lò Văn Tiếng]]: gia đình khó khăn, bố bệnh nhân chỉ nói tiếng Mông, cần phiên dịch; đã nhờ ĐD [[N:Giàng Thị Mai]] phiên dịch trong buổi hội chẩn.
Kết luận: chẩn đoán thấp tim – viêm tim, hở van hai lá nặng, suy tim độ III. Điều trị tiếp tại tuyến tỉnh 2 tuần; chuyển Bệnh viện Nhi Trung ương dự kiến ngày [[D:20/3/2025]], có hỗ trợ chi phí đi lại từ quỹ bệnh nhi nghèo (mã hồ sơ [[R:QBN-DB-0319]]).
Điểm cầu 2 đã nhận hồ sơ qua email [[E:hoichan.dbien@gmail.com]].
Biên bản kết thúc lúc 10h25.
Thư ký: [[N:Quàng Thị Thúy]]        Chủ trì: [[N:Lò Văn Tiếng]]`,
  ],
  // 40
  [
    'letter',
    `SỞ Y TẾ LẠNG SƠN
TRUNG TÂM Y TẾ [[A:HUYỆN CAO LỘC]]
Số: [[R:318/2025/GCT]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Lạng Sơn
Trung tâm Y tế [[A:huyện Cao Lộc]] trân trọng giới thiệu:
Họ và tên người bệnh: [[N:HOÀNG THỊ SLẦY]]   Nam/Nữ: Nữ   Năm sinh: 1957
Địa chỉ: [[A:thôn Khòn Khuyên, xã Thạch Đạn, huyện Cao Lộc]]
Dân tộc: Nùng   Quốc tịch: Việt Nam   Nghề nghiệp: làm ruộng
Số thẻ BHYT: [[BH:HN2202021457803]]   Hạn sử dụng: [[D:31/12/2025]]
Đã được khám bệnh, điều trị:
- Tại: Trung tâm Y tế [[A:huyện Cao Lộc]], khoa Nội, từ ngày [[D:09/9/2025]] đến ngày [[D:12/9/2025]].
Tóm tắt bệnh án:
- Dấu hiệu lâm sàng: khó thở tăng dần, ho khạc đờm đục 5 ngày, sốt 38,5°C, ran rít ran ngáy hai phổi, SpO2 86% khí trời.
- Kết quả xét nghiệm, cận lâm sàng: BC 15,2 G/L, CRP 96 mg/L. X-quang: hình ảnh phổi tăng sáng, đám mờ đáy phổi phải.
- Chẩn đoán: đợt cấp bệnh phổi tắc nghẽn mạn tính (J44.1) / viêm phổi (J18.9).
- Phương pháp, thủ thuật, kỹ thuật, thuốc đã sử dụng trong điều trị: thở oxy, khí dung salbutamol, methylprednisolon 40 mg, ceftriaxon 2 g/ngày.
- Tình trạng người bệnh lúc chuyển tuyến: tỉnh, thở oxy 3 l/p, SpO2 90%, HA 130/80 mmHg.
Lí do chuyển tuyến: không đáp ứng điều trị, cần thở máy không xâm nhập.
Hướng điều trị: tiếp tục kháng sinh, đánh giá khí máu.
Chuyển tuyến hồi: 10 giờ 20 phút, ngày [[D:12/9/2025]].
Phương tiện vận chuyển: xe cấp cứu [[VP:12A-005.83]].
Họ tên, chức danh người hộ tống: ĐD [[N:Lộc Văn Thành]].
Người nhà đi cùng: con trai [[N:Vy Văn Páo]], [[P:0355 219 764]].
Cao Lộc, ngày [[D:12 tháng 9 năm 2025]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ                 GIÁM ĐỐC
BS [[N:Nông Thị Hồng Nhung]]              BSCKI [[N:Hà Đức Thịnh]]`,
  ],
];
