// Held-out set 30, documents 27–40 (see index.ts for the conventions): clinical texts typed
// fast — village health workers, family groups, an unaccented Jrai ward hand-over, a lab group
// with codes pasted in lower case, the ER with police, an informal briefing, a delivery ward,
// a commune referral, a dialysis group, a parent's Messenger, a lab message, an unaccented
// discharge note, an incident report, a family's letter. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'chat',
    `nhom zalo "YT thon ban xa Pa Vi" – tin nhan hom [[D:12 thang 11]]
[[N:Giang Thi Mai]] (yttb thon Ma Che): ba oi san phu [[N:Sung Thi Do]] 19t o [[A:thon Ma Che]] de o nha luc 3h sang, con trai 2,8kg, rau chua ra, chay mau nhieu lam
[[N:Lo Van Dung]] (tram truong): [[N:Mai]] giu chat bung cho ba y, a cho xe cap cuu len ngay. ck [[N:Do]] ten gi, sdt bao nhieu
[[N:Giang Thi Mai]] (yttb thon Ma Che): ck la [[N:Vang A Chu]], sdt [[P:0343 817 052]] nhung tren nuong ko co song, bo chong la [[N:Vang Seo Pao]] o nha
[[N:Lo Van Dung]] (tram truong): ok. [[N:Ly Thi Sua]] di cung xe voi a, mang oxytocin 5 don vi
[[N:Ly Thi Sua]] (ho sinh): dc a, e xuong ngay
[[N:Hau Mi Lu]] (yttb thon Sung Tra): ac tram oi, o [[A:thon Sung Tra]] co chau [[N:Hau A Lenh]] 4t sot cao co giat tu toi [[D:11-11]], me chau la [[N:Thao Thi Chia]] ko biet tieng kinh
[[N:Lo Van Dung]] (tram truong): [[N:Lu]] phien dich giup, cho chau chuom mat, uong paracetamol 150mg, sang a qua
[[N:Lo Van Dung]] (tram truong): 5h40 da chuyen san phu [[N:Do]] xuong TTYT [[A:huyen Meo Vac]], giay chuyen tuyen so [[R:37/CT-TYT]], the BHYT [[BH:DT 2 02 02 102 33871]]. bs [[N:Hoang Thi Phuong]] khoa san da nhan
[[N:Giang Thi Mai]] (yttb thon Ma Che): bao ba [[N:Vang Seo Pao]] roi a, ba noi "cam on can bo" 🙏
[[N:Hau Mi Lu]] (yttb thon Sung Tra): chau [[N:Lenh]] ha sot r a. [[D:13.11]] e dua chau xuong tram tiem soi bu nha`,
  ],
  // 28
  [
    'chat',
    `Nhóm Zalo "Con cháu bà nội [[N:Hợi]]" – [[D:18/4]]
[[N:Cường Nguyễn]]: cả nhà ơi bà nội vừa nhập viện Bạch Mai, khoa Cấp cứu, bác sĩ nghi đột quỵ. Bà [[AGE:90]] tuổi rồi, phải làm MRI
[[N:Thủy Nguyễn]]: trời ơi, bà đang ở với bác Cả [[N:Nguyễn Văn Hiển]] ở [[A:thôn Tây, xã Yên Sở, huyện Hoài Đức]] mà
[[N:Cường Nguyễn]]: vâng, bác Cả chở bà lên lúc 6h. Mã bệnh nhân [[R:BM2504180271]], họ tên trên viện là [[N:Nguyễn Thị Hợi]], sinh [[D:2/2/1935]]
Bác Cả [[N:Hiển]]: cả nhà bình tĩnh. Bác sĩ [[N:Quân]] bảo bà tắc mạch não nhỏ, không cần can thiệp. Bà đọc được tên [[N:Cường]] rồi
[[N:Hà My]]: cháu [[N:My]] đang học ở Úc, cháu gửi tiền về qua tài khoản bác Cả được không ạ
Bác Cả [[N:Hiển]]: được cháu, Agribank [[R:2200 205 418 336]] tên [[N:NGUYEN VAN HIEN]]
Chú Út [[N:Tâm]]: chú đang trên xe từ Vinh ra, biển [[VP:37A-614.28]], khoảng 2h chiều tới. Ai đón chú ở cổng Giải Phóng
[[N:Thủy Nguyễn]]: để em [[N:Thủy]] đón chú. chú gọi em [[P:0977 350 824]]
[[N:Cường Nguyễn]]: [[D:19/4]] bà chuyển lên khoa Thần kinh, giường 31, phòng 208. Lịch trực: nay bác Cả, mai chú [[N:Tâm]], [[D:21-4]] cô [[N:Thủy]]
Bác Cả [[N:Hiển]]: bảo hiểm của bà [[BH:HT3010100288451]], giấy tờ bác giữ hết
[[N:Hà My]]: con vừa gọi video cho bà, bà cười với con 🥹 bà bảo "[[N:My]] về ăn Tết nhé"`,
  ],
  // 29
  [
    'handover',
    `GIAO BAN CA DEM – KHOA NOI – TTYT [[A:HUYEN IA GRAI]] – [[D:22-9]] (go nhanh, ko dau)
DD truc: [[N:Rah Lan H'Nhung]], [[N:Nguyen Thi Thu]]. BS truc: [[N:Siu Dinh]].
1. Giuong 2: [[N:Ksor Blek]], nam 46t, [[A:lang Dor 1, xa Ia Krai]], sot ret P. falciparum, KST (+), ma bn [[R:ig25-03318]]. Dem qua sot 39,5 luc 23h, da cho artesunat theo y lenh bs [[N:Dinh]]. Vo la [[N:Rơ Mah H'Loan]] ko biet tieng Kinh, con trai [[N:Ksor Thuan]] phien dich, sdt [[P:0389 214 570]].
2. Giuong 5: [[N:Puih H'Ngai]], nu 23t, thai 30 tuan, HA 150/100, protein nieu 2+, nghi tien san giat. Chong la [[N:Ama Bia]] (ten that [[N:Rmah Bơn]]). Da bao chuyen BVDK tinh Gia Lai sang nay, giay chuyen vien so [[R:115/GCV]].
3. Giuong 7: cu [[N:Rơ Chăm Yơh]] [[AGE:93]]t, [[A:plei Ia Ptau, xa Ia Chia]], viem phoi, SpO2 91% tho oxy 3l/p. Gia dinh muon dua ve nha "de chet o lang". Gia lang [[N:Rơ Chăm Hyưn]] den noi chuyen, hen sang [[D:23-9]] gap bs.
4. Giuong 9: chau [[N:Siu Kem]], 6t, tieu chay mat nuoc, ma tam [[R:cc2209-05]], the BHYT [[BH:TE1646404112257]]. Me chau [[N:Siu H'Dlu]] tre lam, 17t.
5. Phong cach ly: [[N:Kpuih Thang]] nghi lao, cho ket qua GeneXpert, mau dom ma so [[R:gx-25-0871]] gui TTKSBT ngay [[D:20/9]].
Ky: [[N:H'Nhung]] / [[N:Thu]]`,
  ],
  // 30
  [
    'lab',
    `Zalo "XN – Vi sinh – Giải phẫu bệnh BV Hoàn Mỹ" [[D:27/2]]
[[N:Thắm]] KTV: mọi người cho e hỏi mẫu sid [[R:2502270188]] của bn [[N:đào thị ngọc ánh]] khoa sản đâu r, hệ thống báo chưa nhận
[[N:Phong]] vi sinh: mẫu cấy máu [[R:cm25-1147]] và [[R:cm25-1148]] nhận lúc 10h20 rồi nha, bn [[N:nguyen van tien]] hstc
[[N:Thắm]] KTV: ko phải ạ, e hỏi mẫu dịch âm đạo của chị [[N:ánh]], mã bn [[R:hm-0017734]]
[[N:Hương]] GPB: chị có block [[R:b25-03318-a2]] của bn [[N:lương văn khải]] cần nhuộm HMB, bs [[N:Trung]] ngoại hỏi kết quả
[[N:Trung]] Bs ngoại: a cần gấp nha [[N:Hương]], bn hẹn mổ [[D:3/3]], số hồ sơ [[R:hm25-002218]]
[[N:Phong]] vi sinh: kết quả cấy máu bn [[N:tiến]]: K. pneumoniae ESBL (+), kháng sinh đồ nhạy meropenem, amikacin. mic colistin ≤ 0.5. mình gửi file lên his rồi
[[N:Thắm]] KTV: mẫu chị [[N:ánh]] tìm thấy r, nằm trong tủ lạnh số 2, bỏ quên 😅 sid [[R:2502270188]] e nhận lúc 14h
[[N:Hương]] GPB: giải phẫu bệnh block [[R:b25-03318-a2]]: carcinoma tuyến ống xâm nhập, ER 90%, PR 40%, HER2 2+, ki67 25%. mã kết quả [[R:gpb-25-0412]]
[[N:Trung]] Bs ngoại: tks [[N:Hương]]. bn [[N:khải]] này là nam 58 tuổi, ung thư vú nam hiếm nha mọi người
[[N:Phong]] vi sinh: [[D:28-2]] sẽ có thêm kết quả nấm của bn giường 6 icu`,
  ],
  // 31
  [
    'chat',
    `Zalo "CC – Công an phường" (khoa Cấp cứu BV Quận 8 và Công an [[A:phường 4, quận 8]]) [[D:31/12]]
[[N:Khanh]] cc: a [[N:Lực]] ơi 1h sáng nay có 2 thanh niên bị đâm ở [[A:hẻm 231 Dương Bá Trạc, phường 1]], 1 đứa nặng, chưa có giấy tờ
[[N:Lực]] CA P4: ok e, a cử [[N:Nghĩa]] xuống ngay. tên tụi nó là gì
[[N:Khanh]] cc: đứa nặng tự khai [[N:Tèo]], tên thật chưa biết, khoảng 17t, vết thương bụng, đang mổ. mã tạm [[R:CC-3112-02]]. đứa nhẹ là [[N:Huỳnh Minh Trí]] 19t, cccd [[ID:079206011483]], sđt [[P:0707 448 592]]
[[N:Nghĩa]] CA: e tới r. [[N:Trí]] khai thằng [[N:Tèo]] tên thật [[N:Lê Hoàng Phúc]], nhà [[A:chung cư Bông Sao, phường 5]], mẹ nó là [[N:Phạm Thị Hồng]] sđt [[P:0902 763 118]]
[[N:Khanh]] cc: dc, e báo phòng hành chính đổi mã. đối tượng đâm là ai a
[[N:Nghĩa]] CA: tụi nó khai là [[N:Tí Khùng]] ở [[A:xóm củi]], chạy xe sh biển [[VP:59-T1 523.76]]. ae có clip camera ko
[[N:Tùng]] bảo vệ: camera cổng cc quay đc 1 xe sh trắng thả 2 bạn xuống lúc 1h12, e gửi file r
[[N:Lực]] CA P4: tks ae. phường đã lập biên bản số [[R:215/BB-CAP]], chuyển CSHS quận. trong sáng nay sẽ có yêu cầu giám định thương tích, số công văn [[R:1108/CAQ8-ĐCSHS]]
[[N:Khanh]] cc: bn [[N:Phúc]] mổ xong lúc 4h, thủng ruột non, ổn. mã chính thức [[R:2512310094]]
[[N:Lực]] CA P4: ok. ngày [[D:2/1]] a qua lấy lời khai`,
  ],
  // 32
  [
    'minutes',
    `bien ban giao ban khoa ngoai – sang thu 2 [[D:6-10]] – thu ky [[N:ngoc]] go tren dt
chu tri: bs [[N:pham van dung]] (tk). vang: bs [[N:thanh]] (di hoc), dd [[N:my]] (nghi om)
1. tinh hinh: tong 52 bn, vao moi 9, ra vien 7, chuyen vien 1 (ong [[N:tran van be]] 66t, k day, chuyen K Tan Trieu ngay [[D:5-10]], giay chuyen so [[R:254/2025/CV]]), tu vong 0.
2. ca kho: ba [[N:nguyen thi hoa]] 72t, [[A:xa quang trung, huyen ung hoa]], mo cat tui mat [[D:3-10]] bi ro mat, bs [[N:hung]] de nghi mo lai. bs [[N:dung]] dong y, len lich chieu nay.
3. su co: bn [[N:le duc manh]] 34t giuong 12 ra khoi khoa luc 22h [[D:5.10]] ko bao, di uong ruou, ve luc 1h sang. da lap bien ban su co so [[R:SC-10-03]], ky cam ket voi vo la [[N:dang thi huong]] (sdt [[P:0988 503 716]]).
4. bs [[N:tuan anh]] bao cao: bn [[N:dao van khoa]] 45t phai mo do trieu chung Murphy (+), sieu am soi tui mat, BHYT [[BH:DN4010125558710]]. benh nhan doi ra vien som vi con gai cuoi [[D:12-10]].
5. ke hoach: tu [[D:7 - 11/10]] khoa nhan sinh vien Y4 thuc tap, bs [[N:ngoc anh]] phu trach. lich truc t7 cn: bs [[N:dung]], bs [[N:hung]].
het giao ban 8h05.`,
  ],
  // 33
  [
    'chat',
    `Zalo "Khoa Sản – trực" BVĐK Hưng Yên – hôm [[D:12]]
[[N:Hằng]] hs: chị ơi sản phụ [[N:Đỗ Thị Tươi]] phòng 3 đẻ lúc 2h10, bé gái 3,2kg, ck là anh [[N:Tạ Văn Hùng]] đang say rượu làm ầm ở hành lang 😤
[[N:Nga]] bs: bảo bảo vệ mời anh ấy ra ngoài. [[N:Tươi]] mã bn bao nhiêu em?
[[N:Hằng]] hs: [[R:HY2505120037]], nhà ở [[A:thôn Tiên Quán, xã Thủ Sỹ, huyện Tiên Lữ]]. mẹ chồng là bà [[N:Luyến]] bảo t5 này mới lên đón được
[[N:Nga]] bs: ok. Còn ca giường 6 con so, [[N:Phạm Thu Hà]] 24t, ối vỡ từ [[D:11/5]] 20h, CTG đang bình thường, chờ thêm 4 tiếng
[[N:Quyên]] dd: bà nội bé giường 2 hỏi giấy chứng sinh, số chứng sinh của bé là [[R:045/2025/GCS]], tên bé dự kiến [[N:Vũ Bảo Ngọc]], mẹ là [[N:Lê Thị Thanh]]
[[N:Nga]] bs: giấy chứng sinh phải đợi mẹ bé có CCCD đầy đủ nha, mượn tạm CCCD [[ID:033195006712]] ko được đâu
[[N:Hằng]] hs: chị [[N:Nga]] ơi anh [[N:Hùng]] say quá ngã đập đầu ở cầu thang 🤦 bảo vệ đưa xuống cấp cứu rồi
[[N:Nga]] bs: trời. báo cc, và gọi bố đẻ của [[N:Tươi]] là ông [[N:Đỗ Văn Sáng]] lên, số ông [[P:0984 222 619]]
[[N:Quyên]] dd: chị ơi, [[D:mồng 5 tháng 6]] là hẹn khám lại của [[N:Hà]], e ghi vào sổ r
[[N:Nga]] bs: ok. sáng [[D:13-5]] giao ban chị báo cáo vụ anh [[N:Hùng]]`,
  ],
  // 34
  [
    'referral',
    `TRAM Y TE [[A:XA HOA BINH]] – PHIEU CHUYEN TUYEN (danh nhanh, gui truoc qua zalo)
So: [[R:42/TYT-CT]]   Ngay: [[D:9/8/2025]]
Kinh gui: TTYT [[A:huyen Tra Bong]]
Ho ten nguoi benh: [[N:Ho Van Nhe]]   Nam/nu: nam   Tuoi: 61   Dan toc: Co
Dia chi: [[A:thon Tang, xa Hoa Binh, huyen Tra Bong]]
So the BHYT: [[BH:DT2515125007634]]   CCCD: [[ID:051064009387]]
Ly do chuyen: bi ran luc cap (ran "chang ba khoang") can vao ban tay phai luc 17h [[D:8/8]] khi dang don keo tren ray. Nguoi nha buoc garo, dap la thuoc, toi 5h sang moi xuong tram.
Tinh trang luc chuyen: tinh, GCS 14, sup mi 2 ben, nuot kho, M 104 l/p, HA 110/70, SpO2 93%.
Da xu tri: thao garo, ve sinh vet can, co dinh chi, thoxy 3 l/p.
Nguoi nha di kem: con trai [[N:Ho Van Tia]], sdt [[P:0385 407 196]], va vo [[N:Ho Thi Bieu]].
Phuong tien: xe cap cuu TTYT bien [[VP:76A-005.19]], lai xe [[N:Dinh Van Luc]].
Y si dieu tri: [[N:Ho Thi Kim Len]] (chung chi hanh nghe so [[L:004718/QNG-CCHN]]), sdt [[P:0905 612 308]].
Ghi chu: nam [[D:thang 6]] nam ngoai ong da bi ran can 1 lan, dieu tri o BVDK tinh Quang Ngai, ma bn cu [[R:QN24-058812]].
Truong tram: [[N:Dinh Thi Hue]] (da ky)`,
  ],
  // 35
  [
    'chat',
    `Zalo "Chạy thận nhân tạo – ca 3-5-7" (bệnh nhân và người nhà, khoa Thận BV Đà Nẵng)
[[N:Ngọc Anh]] Điều Dưỡng: Thông báo: ca sáng t3 [[D:21/10]] máy số 8 bảo trì, bác [[N:Võ Văn Tám]] chuyển sang máy 11 nha bác
[[N:Tám Võ]]: ok con. mà con ơi, thẻ BH bác hết hạn [[D:31/10]], bác gia hạn rồi đây, số mới [[BH:GD4484823300576]]
[[N:Hoa Lê Thị]]: dạ cô [[N:Ngọc Anh]] ơi, mạ em ([[N:Lê Thị Sương]]) hôm qua về bị chuột rút, huyết áp 80/50
[[N:Ngọc Anh]] Điều Dưỡng: chị [[N:Hoa]] cho bác nằm nghỉ, sáng mai bs [[N:Vinh]] chỉnh lại cân khô cho bác nha. bác đang 42,5 kg
[[N:Thanh Phong Trần]]: ba em [[N:Trần Văn Lợi]] xin nghỉ ca [[D:23-10]] vô Quảng Nam đám cưới, chạy bù [[D:24-10]] được không chị
[[N:Ngọc Anh]] Điều Dưỡng: được em, đăng ký lại ca ở quầy. mã chạy thận của bác là [[R:TNT-0388]]
[[N:Tám Võ]]: tui hỏi bà con coi ai có xe đi chung từ [[A:phường Hòa Khánh Bắc]], xăng giờ mắc quá
[[N:Bảy Nhàn Liên Chiểu]]: anh [[N:Tám]] ơi em ở [[A:tổ 22 Hòa Minh, quận Liên Chiểu]], sáng t3 em chở anh, em đi xe [[VP:43A-238.41]] nha
[[N:Hoa Lê Thị]]: mọi người ơi chú [[N:Hải]] ca chiều đi rồi 😢 sáng nay [[D:20/10]] lúc 4h, nhà ở [[A:kiệt 75 Trần Cao Vân]]
[[N:Ngọc Anh]] Điều Dưỡng: khoa xin chia buồn cùng gia đình chú [[N:Nguyễn Văn Hải]]. đám tang ngày [[D:22/10]]
[[N:Tám Võ]]: thằng [[N:Hải]] chạy cùng ca tui 7 năm. Mai tui ghé thắp nhang`,
  ],
  // 36
  [
    'chat',
    `Messenger – Mẹ [[N:Bơ]] ↔ [[N:Phương Thúy]] (điều dưỡng khoa Nhi, BV Sản Nhi Bắc Giang)
Mẹ [[N:Bơ]]: c ơi e là mẹ bé [[N:Bơ]] ([[N:Nguyễn Khánh An]]) giường 15 hôm trc đó ạ. Bé ra viện [[D:20.6]] mà h lại sốt 39 độ, e có cần đưa bé lên lại ko ạ
[[N:Phương Thúy]]: e đo lại nhiệt độ cho bé chưa, bé còn ho nhiều ko
Mẹ [[N:Bơ]]: đo r c, 38.8, ho ít, nhưng thở nhanh, e đếm đc 52 lần/phút
[[N:Phương Thúy]]: e cho bé lên khám lại luôn nha, mang theo giấy ra viện số [[R:1874/GRV]] và sổ khám. c báo bs [[N:Trang]] trước
Mẹ [[N:Bơ]]: dạ vg. nhà e ở [[A:thôn Đồng Mai, xã Tân Dĩnh, huyện Lạng Giang]] xa lắm, ck e đi làm ở [[A:KCN Quang Châu]] chưa về 😭
[[N:Phương Thúy]]: gọi xe cấp cứu 115 hoặc nhờ ai chở. sđt c [[P:0343 998 107]] e cứ gọi
Mẹ [[N:Bơ]]: ông ngoại bé chở e đi r ạ, ông đi xe máy [[VP:98B3-405.76]] ko biết đường vào cổng nào ạ
[[N:Phương Thúy]]: vào cổng phụ, cạnh Vinmart, đi thẳng vào nhà C
Mẹ [[N:Bơ]]: c ơi e đến r, bs [[N:Trang]] bảo bé viêm phổi lại, phải nằm viện, mã bn mới [[R:BG25-061903]]
[[N:Phương Thúy]]: ok e, giường 9 nhé. BHYT trẻ em của bé [[BH:TE1242421558831]] c đã cập nhật
Mẹ [[N:Bơ]]: c ơi e cảm ơn c nhiều lắm 🥹 [[D:25/6]] bé tròn 2 tuổi, e mời c ăn bánh ạ`,
  ],
  // 37
  [
    'lab',
    `[tin nhan tu dong tu he thong LIS – gui qua zalo OA "Phong kham Da khoa Medic Ha Thanh"]
kq xn cua ban: [[N:pham thi thu huong]]
ma kh: [[R:mhtc-250316-0442]] | ngay lay mau: [[D:16/3/2025]] 07:05 | sid: [[R:25031607052]]
ngay sinh: [[D:09/11/1988]] | dc: [[A:to 7, phuong yen nghia, quan ha dong]]
bs chi dinh: [[N:vu ngoc tuan]]
glucose doi: 6.8 mmol/l (h)
hba1c: 6.9 % (h)
cholesterol tp: 5.9 mmol/l
triglycerid: 2.4 mmol/l (h)
ast/alt: 32/45 u/l
creatinin: 71 umol/l
tsh: 1.6 miu/l
ket luan sb: theo doi dai thao duong typ 2 (e11), roi loan lipid mau (e78.2)
hen tai kham: [[D:30-3]] 8h, phong 204
neu can ho tro lien he hotline 1900 ... hoac nhan vien cham soc [[N:Ly]]: [[P:0818 274 096]]
---
[[N:Thu Huong Pham]]: em chao bs [[N:Tuan]], em co bau 10 tuan thi uong thuoc tieu duong dc ko a. so bau cua em ma [[R:sb-hd-25-0117]]
[[N:Vu Ngoc Tuan]]: chi ko tu uong metformin nhe. [[D:30/3]] chi qua kham, a gioi thieu chi sang bs [[N:nga]] ben san. chi nho mang so bau va cccd
[[N:Thu Huong Pham]]: da, cccd em [[ID:001188031276]] em co mang. ck em [[N:ly van tai]] di cung`,
  ],
  // 38
  [
    'discharge',
    `GIAY RA VIEN (ban go lai tu ban chup, ko dau) – BV Da khoa khu vuc Cu Chi
So luu tru: [[R:CC25-007314]]   Ma y te: [[R:2508230418]]
Ho ten: [[N:NGUYEN THI BE NAM]]   Nam sinh: 1931 ([[AGE:94]] tuoi)   Gioi: nu
Dan toc: Kinh   Nghe nghiep: gia
Dia chi: [[A:ap Phu Loi, xa Phuoc Vinh An, huyen Cu Chi]]
The BHYT: [[BH:HT 2 79 79 333 01277]] gia tri den [[D:31/12/2025]]
Vao vien: 14h20 [[D:23/8/2025]]   Ra vien: 9h00 [[D:02/9/2025]]
Chan doan: viem phoi cong dong (J18.9), suy tim do III NYHA (I50.0), tang huyet ap (I10)
Phuong phap dieu tri: khang sinh ceftriaxone 2g x 7 ngay, lợi tieu, oxy 2 l/p 5 ngay
Tinh trang ra vien: tinh, an uong duoc, ko sot, SpO2 96% khi tho khi troi
Loi dan: uong thuoc theo toa so [[R:00781-ĐT]] 14 ngay, tai kham [[D:16/9]] tai phong kham noi, neu kho tho quay lai ngay.
Nguoi nha nhan benh: con gai [[N:Tran Thi Muoi]] (chi [[N:Muoi]] ban ca chợ Phuoc Vinh An), CCCD [[ID:079165015228]], sdt [[P:0937 288 045]]
Truong khoa: BSCKII [[N:Le Thanh Tung]]      Bac si dieu tri: [[N:Dang Ngoc Bich]]
Giam doc (da ky): [[N:Nguyen Huu Tri]]
--- ghi chu tay cua dd [[N:Thuy]]: ba [[N:Nam]] ko nghe ro, nho noi lon. con trai ut la [[N:Ut Hieu]] so [[P:0903 117 552]] ngoai Ha Noi, gia dinh hen [[D:mung 2 thang 9]] am lam dam mung tho ba.`,
  ],
  // 39
  [
    'report',
    `BÁO CÁO SỰ CỐ Y KHOA (viết nhanh, bổ sung sau) – Khoa Hồi sức tích cực – số [[R:SC-HSTC-25-019]]
Người báo cáo: ĐD [[N:Vương Thị Lan]] – ca đêm [[D:14 rạng 15/7]]
Mô tả: Khoảng 2h15 sáng [[D:15/7]], ĐD [[N:Lan]] phát hiện nhầm túi dịch nuôi dưỡng giữa 2 bệnh nhân cùng tên "[[N:Hùng]]":
– [[N:Nguyễn Văn Hùng]] (giường 4), 58 tuổi, mã BN [[R:25070900412]], sau mổ cắt dạ dày, ĐTĐ typ 2.
– [[N:Nguyễn Mạnh Hùng]] (giường 8), 34 tuổi, mã BN [[R:25071200587]], chấn thương sọ não, [[A:xóm 5, xã Nghi Kim, TP Vinh]].
Túi nuôi dưỡng Kabiven có dán nhãn bệnh nhân giường 8 được treo cho giường 4 lúc 0h40. Đường máu giường 4 lúc 2h là 18,6 mmol/l.
Xử trí: ngừng truyền, báo BS trực [[N:Hồ Sỹ Tùng]], cho insulin theo phác đồ, theo dõi đường máu mỗi giờ. Đến 6h đường máu còn 9,2.
Nguyên nhân: nhãn túi chỉ ghi tên "[[N:Hùng]]" và số giường viết tay; ĐD [[N:Ngọc]] (mới) đọc nhầm số 8 thành 4; chưa đối chiếu mã BN trên vòng tay.
Người nhà: vợ ông [[N:Hùng]] giường 4 là bà [[N:Phan Thị Hải]] đã được BS [[N:Tùng]] giải thích lúc 7h, ký biên bản. SĐT bà [[N:Hải]]: [[P:0912 604 883]].
Khắc phục: dán nhãn in mã vạch, ghi ngày sinh ([[D:3/8/1967]] và [[D:21/1/1991]]) lên túi dịch; tập huấn lại 5 đúng cho điều dưỡng mới ngày [[D:18/7]].
Xác nhận của TK: BS [[N:Trần Xuân Bách]] – Phòng QLCL nhận ngày [[D:16/7]].`,
  ],
  // 40
  [
    'letter',
    `Kính gửi: Phòng Kế hoạch tổng hợp, Bệnh viện Đa khoa Trung ương Cần Thơ
(thư gửi qua email [[E:khongminhhau1970@gmail.com]], viết sao nói vậy, có gì sai sót mong bệnh viện bỏ qua)
Tui tên là [[N:Khổng Minh Hậu]], con trai lớn của má tui là bà [[N:Trịnh Thị Tám]] (bà con trong xóm kêu là [[N:Tám Bánh Bò]]), má tui nằm khoa Nội tim mạch của bệnh viện từ [[D:mùng 5 tháng 7]] tới [[D:19/7]] năm nay, mã số bệnh án [[R:CT25-044127]].
Má tui mất hôm [[D:2/8]] ở nhà tại [[A:ấp Thới Hòa, xã Thới Thạnh, huyện Thới Lai]]. Giờ tui làm giấy tờ thừa kế và làm hồ sơ bảo hiểm nhân thọ của má (hợp đồng số [[R:PRU-8827410365]]), bên bảo hiểm đòi tóm tắt bệnh án. Giấy báo tử của má do UBND [[A:xã Thới Thạnh]] cấp số [[R:37/2025/TB-UBND]], ngày [[D:5/8/2025]].
Tui xin bệnh viện cấp giúp 2 bản tóm tắt bệnh án. Kèm theo thư là CCCD của tui [[ID:092070004315]] và của má tui [[ID:092148000912]], với giấy ủy quyền của mấy đứa em tui là [[N:Khổng Thị Út]], [[N:Khổng Minh Sáu]] ([[N:Sáu]] nó ở Mỹ, số [[P:+1 714 555 0188]]).
Tui nhớ hồi má nằm viện có cô bác sĩ [[N:Diễm]] với cậu điều dưỡng [[N:Khang]] chăm má tận tình lắm, cho tui gửi lời cảm ơn hai cô cậu.
Bệnh viện cần gì thêm thì kêu tui số [[P:0939 621 074]], hoặc nhắn Zalo thằng con tui là [[N:Khổng Minh Nhựt]] [[P:0868 304 112]].
Thới Lai, ngày [[D:12 tháng 8 năm 2025]]
Người viết đơn
[[N:Khổng Minh Hậu]]`,
  ],
];
