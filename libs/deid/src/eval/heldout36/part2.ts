// Held-out set 36, documents 14–26 (see index.ts for the conventions): news-style texts
// (14–20: a charity follow-up with a donor list, a police witness appeal, a hospital press
// release, an unaccented missing-person share, a profile, a paper with a Japanese passage, a
// community fan page with Chinese comments) and clinical texts (21–26: a referral letter, a
// ward Zalo group, an English GOP e-mail thread, a nursing hand-over book, consultation
// minutes, a KakaoTalk chat in Korean). Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'charity',
    `NHÂN ÁI | Kết chuyển MS [[R:2025.388]]
Bé gái Vân Kiều đã được mổ tim nhờ tấm lòng bạn đọc
[[N:Hồ Cầu]]
Sáng [[D:19/11]], tại [[A:bản Ka Tăng, xã Hướng Lộc, huyện Hướng Hóa]], đại diện Báo đã trao 186.450.000 đồng của bạn đọc cho gia đình bé [[N:Hồ Thị Bi]] (6 tuổi, người Vân Kiều).
Bé [[N:Bi]] mắc thông liên thất lỗ lớn kèm tăng áp phổi, được Báo giới thiệu trong bài "Trái tim nhỏ bên dòng Sê Pôn" đăng ngày [[D:2/10]]. Sau 12 ngày, bạn đọc trong nước và kiều bào đã gửi về Quỹ 312 lượt ủng hộ. Ngày [[D:28/10]], bé được phẫu thuật vá thông liên thất tại Trung tâm Tim mạch, Bệnh viện Trung ương Huế, do PGS.TS [[N:Lê Quang Bảo]] thực hiện. Bé ra viện ngày [[D:8/11]], tái khám sau 3 tháng.
Cha bé, anh [[N:Hồ Văn Kăn]], nói qua lời dịch của chị [[N:Hồ Thị Thuyết]], cán bộ văn hóa [[A:xã Hướng Lộc]]: "Trước con đi mấy bước là thở không nổi, môi tím. Giờ con chạy theo gà ngoài sân được rồi." Mẹ bé, chị [[N:Côn Thị Ngoan]], ôm con khóc khi nhận tiền.
Một số bạn đọc ủng hộ đợt 2 (từ [[D:10/10 đến 14/10]]):
– [[N:Nguyễn Văn Toàn]] ([[A:tổ 5, phường Đông Lương, Đông Hà]]): 500.000đ
– Nhóm thiện nguyện Mưa Xuân (Quảng Trị): 3.000.000đ
– [[N:Linh Chi Phạm]] (Melbourne, Úc): 2.000.000đ
– [[N:Trần Thị Bích]] và con là bé [[N:Su]]: 200.000đ
– Cô [[N:Ba Hạnh]] (Sa Đéc): 1.000.000đ
– [[N:H.T.T]] (Gio Linh): 300.000đ
– Bạn đọc chuyển khoản mã giao dịch [[R:FT25287993410]], không ghi tên: 1.000.000đ
– Công ty TNHH Thương mại Hoàng Long: 10.000.000đ
– Học sinh lớp 4A, Trường Tiểu học Lê Lợi: 650.000đ
– Một bạn đọc giấu tên: 5.000.000đ
Báo chân thành cảm ơn bạn đọc. Số tiền dư sau phẫu thuật được gia đình gửi lại Quỹ để giúp các bé khác.`,
  ],
  // 15
  [
    'police',
    `CÔNG AN TỈNH KON TUM
THÔNG BÁO TÌM NHÂN CHỨNG VỤ TAI NẠN GIAO THÔNG
Khoảng 19h45 ngày [[D:3/12]], trên Quốc lộ 24 đoạn qua [[A:thôn Vi Ô Lak, xã Hiếu, huyện Kon Plông]], xảy ra vụ va chạm giữa một xe ô tô tải chưa rõ biển số và xe mô tô biển số [[VP:82K1-205.47]] do anh [[N:A Thiêng]] (29 tuổi, người Xơ Đăng, trú [[A:thôn Kon Chênh, xã Măng Cành, huyện Kon Plông]]) điều khiển, chở theo vợ là chị [[N:Y Bích]] (25 tuổi).
Hậu quả: anh [[N:A Thiêng]] bị chấn thương sọ não, đang điều trị tại Bệnh viện Đa khoa tỉnh Kon Tum; chị [[N:Y Bích]] gãy xương đùi. Sau va chạm, xe tải bỏ chạy về hướng Quảng Ngãi.
Qua trích xuất camera của một quán tạp hóa tại [[A:Km 112, thôn Kon Plinh, xã Hiếu]], xác định xe tải có thùng màu xanh, mang biển số tỉnh Quảng Ngãi. Tại hiện trường, người dân nhặt được giấy phép lái xe hạng C số [[L:510158004317]] mang tên [[N:Trần Văn Hào]], hiện đã giao cho cơ quan điều tra.
Cơ quan CSĐT Công an [[A:huyện Kon Plông]] đề nghị ai chứng kiến vụ việc, đặc biệt tài xế chiếc xe khách biển số [[VP:82B-009.36]] đi qua đoạn đường trên lúc 19h50 (có thể đã ghi hình bằng camera hành trình), liên hệ:
– Thiếu tá [[N:Đinh Văn Thơm]], Đội CSGT-TT, điện thoại [[P:0260 3862 117]] hoặc [[P:0983 517 442]];
– Trung úy [[N:A Hiền]], điện thoại [[P:0356.210.894]];
hoặc đến trụ sở Công an [[A:xã Hiếu]] gần nhất.
Cha của nạn nhân, ông [[N:A Nhiên]], nhờ cơ quan công an chuyển lời: "Ai thấy gì thì nói giúp. Con tôi còn nằm thở máy, vợ nó chưa đi được."
Mọi thông tin của người cung cấp được giữ bí mật.`,
  ],
  // 16
  [
    'press-release',
    `BỆNH VIỆN CHỢ RẪY – THÔNG CÁO BÁO CHÍ
V/v cứu sống người bệnh quốc tịch Campuchia bị đa chấn thương
TP. Hồ Chí Minh, ngày [[D:20 tháng 3 năm 2025]]
Ngày [[D:11/3]], Bệnh viện Chợ Rẫy tiếp nhận người bệnh [[N:Sok Dara]] (tiếng Khmer: [[N:សុខ ដារ៉ា]]), nam, 34 tuổi, quốc tịch Campuchia, hộ chiếu số [[PP:N01837462]], địa chỉ [[A:phum Trapeang Thom, khum Samrong, srok Svay Chrum]], tỉnh Svay Rieng, được chuyển từ Bệnh viện Đa khoa tỉnh Tây Ninh trong tình trạng sốc mất máu sau tai nạn giao thông.
Người bệnh được chẩn đoán vỡ gan độ IV, dập thận trái, gãy khung chậu, điểm ISS 34. Ê-kíp khoa Ngoại Gan – Mật – Tụy do TS.BS [[N:Phạm Ngọc Trường]] chỉ huy đã phẫu thuật cầm máu, phối hợp nút mạch chậu qua can thiệp nội mạch. Người bệnh được truyền 14 đơn vị máu và chế phẩm. Sau 9 ngày điều trị tại khoa Hồi sức Ngoại, người bệnh đã tỉnh, tự thở, ăn uống được.
Qua phiên dịch viên [[N:Thạch Thị Sa Vênh]] của Phòng Công tác xã hội, vợ người bệnh là chị [[N:Chan Sophea]] ([[N:ចាន់ សុភា]]) cho biết anh [[N:Dara]] làm thợ hồ, bị xe tải tông khi đi xe máy sang chợ biên giới.
Gia đình người bệnh nhờ bệnh viện nhắn tin: người lái xe bán tải đã đưa anh [[N:Dara]] vào Bệnh viện Đa khoa tỉnh Tây Ninh đêm [[D:10/3]] rồi lặng lẽ rời đi, xin liên hệ chị [[N:Sophea]] qua số [[P:+855 12 648 339]] để gia đình được cảm ơn.
Năm 2024, Bệnh viện Chợ Rẫy đã khám và điều trị cho hơn 1.200 lượt người bệnh Campuchia. Thông tin chi tiết xin liên hệ Phòng Công tác xã hội, ThS [[N:Trần Thị Thu Sương]], điện thoại [[P:0918 402 675]].`,
  ],
  // 17
  [
    'social',
    `Hội Những Người Con Cao Bằng Xa Quê
[[N:Hoang Thi Lan]] ▸ nhóm · 30 phút
TIM NGUOI THAN!!! Moi nguoi giup em chia se voi a 🙏🙏
Ong em la [[N:Be Van Slam]], nguoi Tay, nam nay [[AGE:92]] tuoi, nha o [[A:xom Na Pan, xa Hoang Tung, huyen Hoa An]]. Ong bi lan (sa sut tri tue), dang nam dieu tri o khoa Lao khoa Benh vien Da khoa tinh Cao Bang thi di lac khoi vien khoang 14h chieu nay [[D:18/1]].
Dac diem: nguoi gay, cao khoang 1m55, toc bac, mac ao bong mau xanh den, quan vai den, di dep to ong, noi tieng Tay la chinh, tieng Kinh it. Tay trai co vet seo dai. Ong hay nhac toi ba [[N:Nong Thi Pheng]] (ba noi em, da mat) va doi ve "Na Pan".
Ai nhin thay xin bao cho em: [[N:Lan]] [[P:0977.163.508]] hoac bo em la [[N:Be Van Tuan]] [[P:0912 864 227]]. Hoac bao Cong an [[A:phuong Hop Giang]] gan nhat.
Gia dinh xin cam on!!! 🙏 #timnguoithan #caobang
Binh luan
[[N:Chi Ngoc]]: da chia se. Chieu nay tam 15h30 em thay 1 ong cu giong vay di bo qua cau Bang Giang ve phia cho Xanh a
[[N:Tuan Be]]: cam on em, nha a dang ra do
[[N:Duong Thu Thao]]: Binh tinh nhe c, chac ong chua di xa dau. E share roi
[[N:Hoang Thi Lan]]: CAP NHAT 21h: da tim thay ong o [[A:to 4, phuong Song Hien]] roi a, ong met nhung khong sao, da dua ve vien. Cam on moi nguoi rat nhieu 🙏❤️
[[N:Tuan Be]]: cam on a [[N:Thanh]] o [[A:to 4]] da giu ong lai va goi cho nha minh 🙏`,
  ],
  // 18
  [
    'news',
    `BÁO HÀ GIANG – Gương sáng
Người y tế thôn bản 20 năm bám bản với đồng bào Dao đỏ
[[N:Vàng Thị Lan Anh]]
Ở [[A:thôn Nặm Đăm, xã Quản Bạ, huyện Quản Bạ]], ai cũng thuộc số điện thoại [[P:0385 117 943]] của chị [[N:Triệu Mùi Nái]] (46 tuổi). Con số ấy được dán sau cánh cửa gần như mọi nhà, để đêm hôm có người ốm, đẻ là gọi được mế [[N:Nái]].
Hai mươi năm làm nhân viên y tế thôn bản, chị [[N:Nái]] đã đỡ hơn 300 ca đẻ, ghi chép cẩn thận vào ba cuốn sổ đã sờn gáy. Ca chị nhớ nhất là đêm [[D:26 tháng Chạp]] năm ngoái, khi chị [[N:Đặng Thị Xiêm]] chuyển dạ sinh đôi giữa trời rét 2 độ. Chị [[N:Nái]] giữ ấm hai bé bằng da kề da, nhờ anh [[N:Lý Văn Chiêu]] đi xe máy ra đường lớn đón xe của Trung tâm Y tế [[A:huyện Quản Bạ]].
Trạm trưởng Trạm Y tế [[A:xã Quản Bạ]], BS [[N:Nông Văn Thịnh]], người Tày, cho biết: "[[A:Thôn Nặm Đăm]] cách trạm 7 km đường dốc. Không có chị [[N:Nái]] thì nhiều ca đã không kịp." Năm ngoái, tỷ lệ tiêm chủng đầy đủ ở thôn đạt 97%, cao nhất xã.
Ngoài đỡ đẻ, chị còn là người nấu thuốc tắm lá của người Dao đỏ cho sản phụ sau sinh, nhưng luôn dặn: "Tắm lá thì được, sốt cao, ra máu nhiều là phải đi trạm ngay." Chồng chị, anh [[N:Bàn Văn Sài]], đùa rằng nhà có hai cái điện thoại thì một cái của "cả thôn".
Sáng [[D:mùng 2 Tết]] năm nay, trong khi cả nhà ăn Tết, chị vẫn đi bộ 4 km sang nhà bà [[N:Triệu Thị Sành]] tiêm thuốc cho bà. Bà năm nay 84 tuổi, bị tăng huyết áp và suy tim.
Chị vừa được Sở Y tế tặng giấy khen nhân Ngày Thầy thuốc Việt Nam [[D:27/2]].`,
  ],
  // 19
  [
    'news',
    `BÁO ĐIỆN BIÊN PHỦ – Hợp tác quốc tế
Nữ điều dưỡng Nhật Bản và hai năm ở bản Thái
Bài: [[N:Quàng Thị Thu]]
Bệnh nhân ở Trung tâm Y tế [[A:huyện Điện Biên]] quen gọi chị là "chị [[N:Yumi]]". Tên đầy đủ của chị là [[N:Tanaka Yumi]] ([[N:田中由美]]), 31 tuổi, tình nguyện viên của Cơ quan Hợp tác Quốc tế Nhật Bản (JICA), đến huyện từ mùa xuân năm ngoái để hỗ trợ chăm sóc người bệnh sau đột quỵ.
Một trong những người bệnh chị theo dõi lâu nhất là ông [[N:Lò Văn Pọm]], 66 tuổi, ở [[A:bản Co Mỵ, xã Thanh Xương, huyện Điện Biên]]. Ông bị nhồi máu não hồi [[D:tháng 11]], liệt nửa người trái. Chị [[N:Yumi]] cùng điều dưỡng [[N:Quàng Thị Ún]] đến tận nhà, hướng dẫn con gái ông là chị [[N:Lò Thị Hiên]] cách xoay trở, tập vận động, chống loét.
Ngày [[D:14/3]], ông [[N:Pọm]] tự chống gậy ra đầu bản. Tối đó, chị [[N:Yumi]] viết trên trang cá nhân bằng tiếng Nhật:
"[[D:3月14日]]、[[N:ロー・ヴァン・ポム]]さんが初めて一人で村の入り口まで歩きました。娘の[[N:ヒエン]]さんと一緒に泣きました。ディエンビエンの皆さん、ありがとう。"
(Ngày [[D:14/3]], ông [[N:Lò Văn Pọm]] lần đầu tự đi ra tới đầu bản. Tôi đã khóc cùng con gái ông là chị [[N:Hiên]]. Cảm ơn mọi người ở Điện Biên.)
Mẹ chị, bà [[N:Tanaka Kumiko]], từ [[A:thành phố Kanazawa]], tỉnh Ishikawa, đã sang thăm con hồi Tết và mang theo 20 đôi gậy tập đi tặng trung tâm. Giám đốc TTYT, BS [[N:Lò Văn Thiệp]], cho biết mô hình phục hồi chức năng tại nhà sẽ được nhân rộng ra 5 xã trong năm nay.
Chị [[N:Yumi]] sẽ kết thúc nhiệm kỳ vào [[D:tháng 6]]. "Tôi học được tiếng Thái một chút: "Ún cạ" nghĩa là ấm áp. Ở đây, người ta ấm áp lắm", chị nói.`,
  ],
  // 20
  [
    'fanpage',
    `Phòng khám Đông y từ thiện Quảng Triệu – 廣肇醫社
Chủ nhật, [[D:16/3]] · 👥
🎉 CHÚC THỌ BÀ CỤ [[AGE:102]] TUỔI 🎉
Sáng nay, nhằm ngày [[D:17 tháng 2]] âm lịch, các lương y của phòng khám đã đến tận nhà chúc thọ cụ bà [[N:Quách Mỹ Hoa]] ([[N:郭美華]]), [[AGE:102]] tuổi, người bệnh lâu năm nhất của phòng khám. Cụ sống cùng gia đình con trai út ở [[A:hẻm 208 Hải Thượng Lãn Ông, phường 10, quận 5]].
Lương y [[N:Lư Quốc Cường]] cho biết cụ vẫn tự ăn cơm, đọc được chữ Hoa khổ lớn, mỗi sáng tập Thái cực quyền 15 phút. Cụ chỉ dùng thuốc hạ áp Amlodipin 5mg và một thang thuốc bổ khí huyết mỗi tuần.
祝[[N:郭]]婆婆福如東海，壽比南山！
(Chúc bà [[N:Quách]] phúc như Đông Hải, thọ tỷ Nam Sơn!)
💬 Bình luận
[[N:Lâm Chí Vỹ]]: 恭喜恭喜！Chúc bà nội mạnh khỏe, năm sau con về chúc thọ tiếp ạ 🙏
[[N:Mỹ Linh Quách]]: Cảm ơn phòng khám đã chăm sóc A Ma nhà con suốt 20 năm nay 💕
[[N:Hứa Gia Huy]]: Cụ [[AGE:102]] tuổi mà còn minh mẫn quá, bí quyết là gì vậy ạ?
↳ [[N:Mỹ Linh Quách]]: Dạ bà ăn chay mùng 1 với rằm, ngủ sớm, không giận ai hết á 😄
[[N:阿玲]]: 婆婆好精神！[[N:Quách]] bà bà vạn an 🍑
[[N:Trần Hớn Phát]]: Hồi nhỏ con hay theo má qua [[A:hẻm 208]] hốt thuốc, thấy bà ngồi lựa đậu xanh trước cửa. Bà còn nhớ tên con không ta 😂
Phòng khám mở cửa từ thứ Hai đến thứ Bảy, sáng 7h–11h. Người cao tuổi từ 80 tuổi trở lên được khám và bốc thuốc miễn phí.`,
  ],
  // 21
  [
    'referral',
    `SỞ Y TẾ ĐẮK LẮK                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM Y TẾ [[A:HUYỆN KRÔNG BÔNG]]           Độc lập - Tự do - Hạnh phúc
Số: [[R:1284/2025/GCT]]                        Krông Bông, ngày [[D:09 tháng 5 năm 2025]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa vùng Tây Nguyên
Trung tâm Y tế [[A:huyện Krông Bông]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:Y THẮT MLÔ]]   Nam/Nữ: Nam   Năm sinh: 1979
- Dân tộc: Ê Đê   Quốc tịch: Việt Nam   CCCD: [[ID:066079002318]]
- Địa chỉ: [[A:Buôn Ja, xã Yang Mao, huyện Krông Bông]], tỉnh Đắk Lắk
- Nghề nghiệp: Làm nông
- Số thẻ BHYT: [[BH:DK2666621034587]]   Hạn sử dụng: từ [[D:01/01/2025]] đến [[D:31/12/2025]]
- Người nhà: [[N:H'Mai Kbuôr]] (vợ, trong buôn gọi là [[N:Ami Blin]]), SĐT [[P:0346 228 190]]
Đã được khám bệnh, điều trị tại Khoa Hồi sức cấp cứu từ [[D:07/5/2025]] đến [[D:09/5/2025]].
TÓM TẮT BỆNH ÁN
- Dấu hiệu lâm sàng: Sốt 39°C, ho khạc đàm lẫn máu, khó thở, SpO2 88% khí trời. Ran nổ hai đáy phổi. Tiền sử lao phổi AFB(+) điều trị năm 2019 tại TTYT Krông Bông, bỏ trị tháng thứ 4.
- Xét nghiệm: BC 18,6 G/L, NEU 86%; CRP 142 mg/L. Xpert MTB/RIF mẫu [[R:KB-25-0917]]: phát hiện MTB, kháng RIF không xác định. X-quang: hang 3 cm thùy trên phổi phải.
- Chẩn đoán: Viêm phổi nặng / theo dõi lao phổi tái phát (J18.9; A15.0).
- Thuốc đã dùng: Ceftriaxon 2g x 1 lọ/ngày; Levofloxacin 750mg x 1 lọ/ngày; thở oxy gọng 4 l/ph.
- Tình trạng lúc chuyển: tỉnh, mạch 112 l/ph, HA 100/60 mmHg.
Lý do chuyển tuyến: Không phù hợp năng lực chuyên môn (không làm được xét nghiệm kháng thuốc, không có buồng cách ly áp lực âm).
Hướng điều trị: tiếp tục kháng sinh, cách ly hô hấp, làm LPA và cấy MGIT.
Chuyển tuyến hồi: 10 giờ 15 phút, ngày [[D:09/5/2025]]. Phương tiện: xe cấp cứu của Trung tâm.
Người hộ tống: ĐD [[N:Nguyễn Thị Hạnh]]; hỗ trợ tiếng Ê Đê: [[N:Y Nuê Êban]] (cháu người bệnh).
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ: BS [[N:Hoàng Văn Quý]], CCHN số [[L:004812/ĐL-CCHN]]
GIÁM ĐỐC: BSCKI [[N:Lê Đình Thọ]] (đã ký, đóng dấu)`,
  ],
  // 22
  [
    'chat',
    `[Zalo] NHI TỔNG HỢP – BVĐK GIA LAI 💉 (38 thành viên)
[[N:Hạnh]] ĐD trưởng: cả nhà ơi, giường 14 phòng 6 bé [[N:Siu Thiên]] 2t (con chị [[N:Siu H'Blin]]) chiều nay mẹ bé đòi về, nói nhà có việc cúng. BN viêm phổi ngày 3, còn oxy 1 l/ph
[[N:Ngô Anh Tuấn]]: chưa cho về đc. Có ai nói tiếng Jrai ko
[[N:Rơ Mah H'Yin]]: dạ em nói đc, 15p nữa em xong ca bên khoa Sản em qua
[[N:Hạnh]] ĐD trưởng: ok [[N:Yin]] ơi cảm ơn em ❤️
[[N:Rơ Mah H'Yin]]: em nói rồi ạ. mẹ bé nói ama bé đang đi làm rẫy ở Ia Pa, trong làng có người mất nên cúng 3 ngày, mẹ muốn về. em giải thích rồi, mẹ đồng ý ở, chiều mai [[N:Ama Thiên]] lên thay
[[N:Ngô Anh Tuấn]]: 👍 ghi vào bệnh án là đã tư vấn có phiên dịch nha. Mã BN [[R:25.018.447]]
Phòng KHTH - [[N:Mỹ]]: nhắc khoa: bé [[N:Kpă Hnil]] giường 9 thẻ BHYT [[BH:TE1646420198734]] hết hạn [[D:30/9]], đề nghị người nhà bổ sung giấy khai sinh trước [[D:3/10]] để gia hạn, ko thì phải tính viện phí
[[N:Hạnh]] ĐD trưởng: dạ chị. mẹ bé [[N:Hnil]] ko có đt, em nhờ cán bộ xã [[N:Ksor Nhơn]] sđt [[P:0869 304 152]] báo giúp
[[N:Đặng Thị Bình]]: phòng 4 bé [[N:Ksor Luyn]] sốt lại 39 độ lúc 16h, đã cho para 15mg/kg, cấy máu mã mẫu [[R:VS25-10482]], còn lại bình thường ko có gì thêm
[[N:Ngô Anh Tuấn]]: ok theo dõi, tối bs trực [[N:Khoa]] xem lại
[[N:Lê Khoa]]: 👌 đã xem, nghe phổi ran ẩm P, chụp lại XQ sáng mai
[[N:Hạnh]] ĐD trưởng đã thêm [[N:Nay H'Ruth]] vào nhóm
[[N:Nay H'Ruth]]: dạ em chào cả khoa, em là ĐD mới chuyển từ TTYT Krông Pa về ạ 🙏
[[N:Đặng Thị Bình]]: chào em 🥰 mai em đi ca với chị nha, bình tĩnh từ từ học
[[N:Rơ Mah H'Yin]]: [[N:Ruth]] ơi em nói tiếng Jrai đc ko, khoa đang thiếu người dịch lắm 😅
[[N:Nay H'Ruth]]: dạ em nói đc tiếng Jrai với Ê Đê chị ơi`,
  ],
  // 23
  [
    'email-en',
    `From: [[N:Nguyen Phuong Thao]] <[[E:thao.np@saigonintlclinic.vn]]>
To: Allianz Care – Medical Assistance Team (Dublin)
Cc: [[N:Markus Weber]] <[[E:markus.weber71@gmx.de]]>
Date: Tue, [[D:5 Nov 2024]] 10:42 +0700
Subject: GOP request – [[N:WEBER, Markus]] – Policy [[R:AC-DE-4471902]] – Our ref. [[R:SIC-IP-24-0671]]
Dear Case Manager,
Please find below our request for a Guarantee of Payment for your member.
Name: [[N:Markus Weber]]   DOB: [[D:17/03/1971]]   Nationality: German
Passport: [[PP:C4J8R2L71]]   Policy no.: [[R:AC-DE-4471902]]   Member ID: [[R:1938 2207 41]]
Home address: [[A:Bergstraße 14, 69120 Heidelberg]], Germany
Address in Vietnam: [[A:Apt 1204, Tower Park 3, Vinhomes Central Park, 208 Nguyen Huu Canh, Ward 22, Binh Thanh District]], HCMC
Mobile: [[P:+49 171 5562 318]] / local [[P:0932 715 604]]
Admission: [[D:4 Nov 2024]], 23:15, via our Emergency Department
Diagnosis: Acute calculous cholecystitis (K80.0), Tokyo Guidelines grade II
Planned procedure: laparoscopic cholecystectomy on [[D:6 Nov 2024]]; estimated length of stay 3 days
Estimated cost: VND 148,500,000 (approx. EUR 5,400)
Treating surgeon: Dr. [[N:Tran Minh Quan]], practising licence [[L:0024918/HCM-CCHN]]
Mr [[N:Weber]] is travelling with his partner, Ms [[N:Emma Lindqvist]] (Swedish passport [[PP:91257734]]), who has asked to stay overnight in the room and is listed as next of kin.
Kind regards,
[[N:Thao]]
International Patient Services | Saigon International Clinic
---
From: [[N:Aoife Brennan]], Case Manager, Allianz Care
Date: [[D:5 Nov 2024]] 08:05 GMT
Dear [[N:Thao]],
GOP approved up to EUR 6,000 under case [[R:2411-DUB-088341]]. Please send the itemised invoice and the discharge summary within 30 days of discharge, quoting the case number. Any costs for the companion's stay are not covered.
Best wishes,
[[N:Aoife]]`,
  ],
  // 24
  [
    'handover',
    `BỆNH VIỆN ĐA KHOA TỈNH SÓC TRĂNG – KHOA NỘI TỔNG HỢP
SỔ BÀN GIAO CA – Ca đêm [[D:22/7]] → sáng [[D:23/7]]
Người giao: ĐD [[N:Lý Thị Sa Ri]]   Người nhận: ĐD [[N:Trương Minh Nhựt]]
Tổng: 46 BN, 2 vào mới, 1 chuyển Chợ Rẫy, 0 tử vong.
1. P.3 G.12 – [[N:Danh Thị Sà Phol]] (nữ, 67t), mã BA [[R:2507-11832]], người Khmer, ko nói tiếng Việt. ĐTĐ type 2 + nhiễm trùng bàn chân P. ĐH mao mạch 22h: 14,2 mmol/L → TDD Actrapid 6 UI theo y lệnh. Con gái là chị [[N:Út Liên]] nuôi, SĐT [[P:0372 906 184]]; chị [[N:Liên]] phiên dịch được.
2. P.3 G.14 – [[N:Thạch Sên]] (nam, 52t), xơ gan mất bù, báng bụng. Chọc tháo 2 lít lúc 20h, dịch vàng trong, gửi XN mã [[R:DB2507-0448]]. Sáng nay nhớ lấy máu 5h. Vợ là bà [[N:Năm]] hay đi về, dặn ko cho ông uống rượu thuốc người nhà mang vô.
3. P.5 G.21 – [[N:Tăng Chí Cường]] ([[N:曾志强]]), nam, 81t, người Hoa ở [[A:khóm 4, phường 2, TP Sóc Trăng]]. Suy tim NYHA III. Đêm khó thở 2 lần, ngồi dậy đỡ, SpO2 92%. Con trai [[N:Tăng Hán Minh]] đã ký cam kết ko đặt NKQ, giấy kẹp trong hồ sơ. Ông nói tiếng Tiều là chính; ông kêu "a bá" là kêu ông bác giường bên, ko phải kêu ĐD.
4. P.5 G.22 – BN nữ chưa rõ tên, khoảng 70t, người dân đưa vô lúc 1h từ [[A:ấp Phước Thọ, xã Đại Tâm, huyện Mỹ Xuyên]], mã tạm [[R:CC-0723-02]]. Nói tiếng Khmer, tự xưng là "[[N:Sô Kha]]". Hạ đường huyết 2,8 → đã bơm G30% 40 ml, hiện tỉnh. Công an [[A:xã Đại Tâm]] đã nhận thông tin, hẹn 8h sáng lên xác minh nhân thân.
5. P.1 G.3 – [[N:Nguyễn Văn Tư]] (nam, 58t) chuyển Chợ Rẫy lúc 4h15 (XHTH nghi vỡ giãn TMTQ), giấy chuyển tuyến số [[R:3318/GCT]]. Đã bàn giao hồ sơ cho xe 115.
Lưu ý chung: sáng thứ Năm có đoàn kiểm tra hồ sơ bệnh án; An thần Seduxen 5mg còn 3 ống trong tủ thuốc gây nghiện, sổ đã ký đủ. Các BN khác ăn uống, sinh hoạt bình thường.
Giao: [[N:Sa Ri]] – Nhận: [[N:Nhựt]]`,
  ],
  // 25
  [
    'minutes',
    `BỆNH VIỆN ĐA KHOA TỈNH ĐIỆN BIÊN
BIÊN BẢN HỘI CHẨN LIÊN KHOA (Sản – Hồi sức tích cực – Nhi)   Số: [[R:HC-0412/2025]]
Hồi 14 giờ 30 phút ngày [[D:12/3/2025]], tại phòng giao ban khoa Sản.
Chủ trì: BSCKII [[N:Lò Văn Chung]], Phó Giám đốc. Thư ký: BS [[N:Cầm Thị Hương]].
Thành viên: BS [[N:Nguyễn Thị Liên]] (Trưởng khoa Sản), BS [[N:Quàng Văn Tươi]] (Hồi sức tích cực), BS [[N:Đỗ Thu Trang]] (Nhi), cán bộ CTXH [[N:Vừ A Dế]] (phiên dịch tiếng Mông).
Người bệnh: [[N:Sùng Thị Pằng]], 16 tuổi, dân tộc Mông. Địa chỉ: [[A:bản Huổi Lóng, xã Nà Hỳ, huyện Nậm Pồ]]. Mã bệnh án: [[R:25014738]]. BHYT: [[BH:DK2 11 1126804512]].
Vào viện: 22 giờ ngày [[D:10/3/2025]], thai 34 tuần, tiền sản giật nặng, HA 170/110 mmHg, protein niệu 3+.
Diễn biến: Điều trị MgSO4, Nifedipin 10mg. Sáng [[D:11/3]] mổ lấy thai, bé trai 1.900 g, Apgar 6/8, đang điều trị tại khoa Nhi (mã sơ sinh [[R:SS25-0311]]). Hiện sản phụ HA 150/95 mmHg, AST 312 U/L, ALT 280 U/L, tiểu cầu 88 G/L, LDH 910 U/L.
Ý kiến các thành viên:
- BS [[N:Liên]]: phù hợp hội chứng HELLP sau mổ (O14.2), cần theo dõi sát chảy máu vết mổ.
- BS [[N:Tươi]]: chuyển Hồi sức tích cực, truyền tiểu cầu nếu < 50 G/L.
- CTXH [[N:Dế]]: chồng người bệnh là [[N:Giàng A Lử]] (18 tuổi), mẹ chồng là bà [[N:Lầu Thị Dợ]]. Gia đình muốn xin về để làm lễ cúng ở bản, không đồng ý truyền máu vì sợ "mất hồn". Đã giải thích bằng tiếng Mông ba lần, có sự chứng kiến của trưởng bản [[N:Thào A Chía]] qua điện thoại [[P:0399 641 208]].
Kết luận: Hội chứng HELLP sau mổ lấy thai/ tiền sản giật nặng. Chuyển khoa Hồi sức tích cực. Không cho ra viện. Trường hợp người bệnh 16 tuổi đã sinh con, đề nghị Phòng CTXH thông báo UBND [[A:xã Nà Hỳ]] theo quy định về phòng chống tảo hôn.
Thư ký: [[N:Cầm Thị Hương]]   Chủ trì: [[N:Lò Văn Chung]]`,
  ],
  // 26
  [
    'chat',
    `KakaoTalk – 국제환자 코디네이터 [[N:응우옌 티 투 하]] / [[N:박준호]]
[[D:2025년 7월 21일]] 월요일
[[N:박준호]] 오전 9:12  안녕하세요. 아버지 [[N:박영수]] 씨 상태가 어떤가요? 저는 아들입니다.
[[N:응우옌 티 투 하]] 오전 9:20  안녕하세요 [[N:준호]] 님. 저는 다낭 병원 국제환자 코디네이터 [[N:투하]]입니다. 아버님은 어젯밤 호이안 호텔에서 넘어지셔서 고관절 골절로 입원하셨습니다. 지금 중환자실에 계시고 의식은 있으십니다.
[[N:박준호]] 오전 9:24  여권 번호 필요하세요? [[PP:M47213856]] 입니다. 제 번호는 [[P:+82 10-4821-7736]] 이에요.
[[N:응우옌 티 투 하]] 오전 9:31  감사합니다. 보험사 접수번호도 있으신가요?
[[N:박준호]] 오전 9:40  DB손해보험 사고접수번호 [[R:DB-2507-118274]] 입니다. 아버지 주소는 서울특별시 [[A:송파구 올림픽로 135]], 어머니 [[N:정순자]] 씨가 내일 출발합니다.
[[N:응우옌 티 투 하]] 오전 9:52  네. 수술은 [[D:7월 22일]] 오전으로 예정되어 있습니다. 담당 의사는 [[N:판 꿕 비엣]] 선생님입니다.
[[D:2025년 7월 22일]] 화요일
[[N:박준호]] 오후 3:05  수술 잘 끝났나요?
[[N:응우옌 티 투 하]] 오후 3:18  네, 인공관절 수술 잘 끝났습니다. 어머님은 공항에서 제가 모시고 오겠습니다 😊
Ghi chú của điều phối viên (tiếng Việt, lưu hồ sơ): NB [[N:Park Young-soo]] (박영수), nam, 74t, té ngã tại khách sạn ở [[A:phường Minh An, TP Hội An]] tối [[D:20/7]], gãy cổ xương đùi P. Mã NB [[R:QT25-00917]]. Phẫu thuật thay khớp háng bán phần [[D:22/7]], BS [[N:Phan Quốc Việt]]. Người liên hệ: con trai [[N:Park Jun-ho]], vợ [[N:Jung Soon-ja]] đến Đà Nẵng chiều [[D:23/7]]. Bảo hiểm DB Insurance đã xác nhận bảo lãnh qua email.`,
  ],
];
