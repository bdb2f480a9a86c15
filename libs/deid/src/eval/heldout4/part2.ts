// Held-out set 4, documents 13–24 (see index.ts for the conventions): news-style patient
// reports. Written blind.
export const PART2: Array<[string, string]> = [
  // 13
  [
    'news',
    `Quảng Nam: Bé trai người Cơ Tu bị rắn lục cắn
Cháu [[N:Bh'riu Pố]] (7 tuổi, trú [[A:thôn Arớt, xã A Tiêng]], huyện Tây Giang) bị rắn lục đuôi đỏ cắn vào tay khi đi lấy củi cùng anh trai [[N:Bh'riu Thương]] chiều [[D:21/6]].
Cha cháu là anh [[N:Alăng Đức]] cho biết gia đình đã buộc garô và đưa cháu xuống Trung tâm Y tế [[A:huyện Tây Giang]], sau đó chuyển Bệnh viện Đa khoa Trung ương Quảng Nam. Điều dưỡng [[N:Zơ Râm Thị Thủy]] kể: "Lúc vào viện tay cháu sưng to, tím tái". Sau 3 ngày dùng huyết thanh kháng nọc, cháu đã qua cơn nguy kịch và xuất viện ngày [[D:28/6]].`,
  ],
  // 14
  [
    'news',
    `Ổ dịch bạch hầu ở Kon Tum: thêm 2 ca dương tính
Tính đến ngày [[D:9/7]], [[A:huyện Đăk Glei]] ghi nhận 5 ca bạch hầu. Hai ca mới là em [[N:A Thiên]] (12 tuổi) và em [[N:Y Nhung]] (9 tuổi), cùng trú [[A:thôn Đăk Book, xã Đăk Nhoong]]. Cả hai là học sinh Trường PTDTBT Tiểu học Đăk Nhoong, có tiếp xúc với ca bệnh đầu tiên là em [[N:Đinh Văn Hrin]] (người Bahnar).
Ngành y tế đã cho uống kháng sinh dự phòng cho 132 người tiếp xúc, tiêm vắc xin cho trẻ từ [[D:10 - 14/7]].`,
  ],
  // 15
  [
    'news',
    `Nữ công nhân Trung Quốc sinh non trên xe khách
Sáng [[D:30/9]], Bệnh viện Sản - Nhi Bắc Giang tiếp nhận sản phụ [[N:王丽娟]] ([[N:Wang Lijuan]], 29 tuổi), công nhân một công ty điện tử ở khu công nghiệp Quang Châu, chuyển dạ khi đang trên xe khách về [[A:phường Đình Kế]].
Bé gái nặng 1,7 kg, hiện được chăm sóc trong lồng ấp. Chồng sản phụ là anh [[N:Lý Văn Cường]] (người Việt) cho biết vợ anh mang thai 33 tuần, dự sinh đầu [[D:tháng 11]].`,
  ],
  // 16
  [
    'news',
    `Bạo lực gia đình: người vợ nhập viện với nhiều vết thương
Công an [[A:xã Yên Hòa]] ([[A:huyện Yên Mô]], Ninh Bình) đang xác minh vụ việc chị [[N:P.T.L]] (35 tuổi) bị chồng là [[N:Đinh Văn Khởi]] (39 tuổi) đánh gây thương tích đêm [[D:14/2]].
Chị [[N:L.]] được hàng xóm đưa vào Bệnh viện Đa khoa tỉnh Ninh Bình; bác sĩ xác định chị bị gãy xương sườn, chấn thương phần mềm vùng mặt. Cháu [[N:Khôi]] (con trai chị) hiện ở với bà ngoại tại [[A:thôn Bạch Liên]].`,
  ],
  // 17
  [
    'news',
    `Sinh viên bị sốc nhiệt khi chạy marathon
Bệnh viện Đà Nẵng cho biết nam sinh viên [[N:Ngô Bảo Long]] (20 tuổi, mã số sinh viên [[R:106210345]], Trường Đại học Bách khoa Đà Nẵng) nhập viện sáng Chủ nhật [[D:16/3]] với thân nhiệt 41,2 độ C sau khi về đích cự ly 21 km.
Bệnh nhân được làm lạnh tích cực, lọc máu liên tục. Đến chiều [[D:18/3]], [[N:Long]] đã tỉnh, tiếp xúc được. Bạn cùng phòng trọ với [[N:Long]] ở [[A:kiệt 82 Nguyễn Lương Bằng, Liên Chiểu]] kể rằng [[N:Long]] thức khuya ôn thi trước hôm chạy.`,
  ],
  // 18
  [
    'news',
    `CẢNH BÁO: Trẻ bỏng nặng vì nồi lẩu
Khoa Bỏng Bệnh viện Xanh Pôn đang điều trị cho bé [[N:Đặng Minh Anh]] (2 tuổi, ở [[A:P.1502 tòa HH2 khu đô thị Linh Đàm]]) bị bỏng nước lẩu 18% diện tích cơ thể. Theo mẹ bé là chị [[N:Vương Thu Huyền]], tối [[D:5/1]] gia đình ăn lẩu, bé kéo dây điện làm đổ nồi.
Cũng trong tuần, khoa tiếp nhận bé [[N:L.G.B]] (6 tuổi, [[A:tổ 9, phường Yên Nghĩa]], Hà Đông) bỏng do pháo nổ.`,
  ],
  // 19
  [
    'news',
    `Cặp song sinh dính nhau được tách thành công
Ngày [[D:6/5]], Bệnh viện Nhi Đồng 1 đã thực hiện ca phẫu thuật tách cặp song sinh dính bụng [[N:Trúc Nhi]] - [[N:Diệu Nhi]], con của anh [[N:Phan Văn Tài]] và chị [[N:Lê Thị Thúy Kiều]] (ngụ [[A:ấp Phú Hữu, xã An Phú Tân, huyện Cầu Kè]], Trà Vinh).
Hai bé chào đời ngày [[D:17 tháng 10 năm 2024]] tại Bệnh viện Từ Dũ. Ekip gồm hơn 60 y bác sĩ do PGS.TS [[N:Trương Quang Định]] chỉ đạo. Sau mổ, bé [[N:Diệu Nhi]] còn thở máy.`,
  ],
  // 20
  [
    'news',
    `Hai trẻ đuối nước khi tắm sông
Chiều [[D:26/6]], hai em [[N:H.V.T]] (10 tuổi) và [[N:H.V.Đ]] (8 tuổi), cùng trú [[A:xóm 4, xã Hưng Lộc]], Nghệ An, rủ nhau tắm ở sông Lam. Người dân phát hiện, vớt lên và đưa đi cấp cứu.
Em [[N:T.]] được cứu sống, em [[N:Đ.]] tử vong trên đường đến Bệnh viện Hữu nghị Đa khoa Nghệ An. "Eng [[N:Hòa]] nhà bên nhảy xuống vớt được một đứa", ông [[N:Hồ Sỹ Lam]], trưởng xóm, kể.`,
  ],
  // 21
  [
    'news',
    `Người bệnh được ghép gan từ người cho sống
Bệnh nhân [[N:Trần Văn Quý]] (54 tuổi, ở [[A:số 7 ngõ 61 Lạc Trung, Hai Bà Trưng]]) bị xơ gan giai đoạn cuối do viêm gan B. Con trai ông, anh [[N:Trần Quý Dương]] (27 tuổi), đã hiến 60% gan phải cho cha.
Ca ghép diễn ra ngày [[D:11/11]] tại Bệnh viện Quân y 108, kéo dài 10 giờ. Đến [[D:25-11]], cả hai cha con đã ra viện. Bảo hiểm y tế (số thẻ [[BH:HT2010123456789]]) chi trả khoảng 70% chi phí.`,
  ],
  // 22
  [
    'news',
    `An Giang: Phát hiện ca mắc cúm A/H5N1
Bệnh nhân là bé gái [[N:N.T.K.A]] (8 tuổi, ngụ [[A:ấp Tân Hậu, xã Tân An, thị xã Tân Châu]]). Khoảng giữa [[D:tháng 3]], gia đình có gà chết bất thường. Bé sốt từ [[D:20 - 25/3]], điều trị tại Bệnh viện Sản - Nhi An Giang, sau đó chuyển lên Bệnh viện Nhi Đồng 1.
Kết quả xét nghiệm của Viện Pasteur TP.HCM (mã mẫu [[R:PAS-H5-25/0317]]) dương tính với cúm A/H5N1. Ông nội bé, ông [[N:Nguyễn Văn Sáu]], đang được theo dõi.`,
  ],
  // 23
  [
    'news',
    `Expat hospitalised after motorbike crash in Ho Chi Minh City
A British teacher, [[N:Daniel Hughes]], 33, was admitted to FV Hospital on [[D:March 14]] after his motorbike collided with a taxi near his home at [[A:Apt 1203, Tower B, Masteri Thao Dien, Thu Duc City]].
Colleagues at the school said Mr [[N:Hughes]] had lived in Vietnam for six years. His sister, [[N:Sarah Hughes]], flew in from Manchester. The taxi, plate number [[VP:51G-678.90]], stopped at the scene.`,
  ],
  // 24
  [
    'news',
    `Nữ điều dưỡng hiến máu cứu sản phụ băng huyết
Đêm [[D:12/12]], sản phụ [[N:Kpă H'Lan]] (24 tuổi, trú [[A:buôn Jứ, xã Ia Rsươm]], huyện Krông Pa) bị băng huyết sau sinh tại Trung tâm Y tế [[A:huyện Krông Pa]]. Bệnh viện cạn máu nhóm O.
Điều dưỡng [[N:Nay H'Hoa]] và kỹ thuật viên [[N:Rcom Thơm]] đã hiến máu ngay trong đêm. Chồng sản phụ, anh [[N:Rơ Ô Bưi]], xúc động: "Nhờ các chị mà vợ tui còn sống".`,
  ],
];
