/**
 * Words a Vietnamese health worker's password is likely built on, likeliest first,
 * matched after folding (diacritics dropped, đ → d). The product's own words are the
 * first thing an attacker of this site tries.
 */
export const PRODUCT_WORDS = [
  'ketnoi', 'kết nối', 'ketnoiyte', 'kết nối y tế', 'yte', 'y tế', 'matkhau', 'mật khẩu', 'benhvien', 'bệnh viện',
  'bacsi', 'bác sĩ', 'bacsy', 'yta', 'y tá', 'dieuduong', 'điều dưỡng', 'duocsi', 'dược sĩ', 'hosinh', 'hộ sinh',
  'suckhoe', 'sức khỏe', 'phongkham', 'phòng khám', 'tramyte', 'trạm y tế', 'boyte', 'bộ y tế', 'soyte', 'sở y tế',
  'hoichan', 'hội chẩn', 'cabenh', 'ca bệnh', 'benhnhan', 'bệnh nhân', 'khambenh', 'khám bệnh', 'cấp cứu', 'capcuu',
  'demo', 'admin', 'quantri', 'quản trị', 'taikhoan', 'tài khoản', 'dangnhap', 'đăng nhập', 'nguoidung', 'người dùng',
  'bachmai', 'bạch mai', 'choray', 'chợ rẫy', 'xanhpon', 'xanh pôn', 'thongnhat', 'thống nhất', 'vietduc', 'việt đức',
];

/** Common Vietnamese words, places and names used in passwords. */
export const VIETNAMESE_WORDS = [
  'anhyeuem', 'anh yêu em', 'emyeuanh', 'em yêu anh', 'yeuem', 'yêu em', 'yeuanh', 'yêu anh', 'toiyeuban', 'tôi yêu bạn',
  'xinchao', 'xin chào', 'chaoban', 'chào bạn', 'hoilamgi', 'khongbiet', 'không biết', 'khongco', 'không có', 'conmeo', 'con mèo',
  'concho', 'con chó', 'vietnam', 'việt nam', 'hanoi', 'hà nội', 'saigon', 'sài gòn', 'hochiminh', 'hồ chí minh', 'danang',
  'đà nẵng', 'haiphong', 'hải phòng', 'cantho', 'cần thơ', 'hue', 'huế', 'nhatrang', 'nha trang', 'dalat', 'đà lạt',
  'tim', 'phổi', 'gan', 'thận', 'não', 'máu', 'xương', 'mắt', 'da', 'dạ dày', 'ruột', 'tim mạch', 'nhi', 'sản', 'nội', 'ngoại',
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý',
  'an', 'anh', 'bình', 'chi', 'cường', 'dũng', 'đạt', 'đức', 'giang', 'hà', 'hải', 'hạnh', 'hằng', 'hiếu', 'hoa', 'hùng',
  'hương', 'huy', 'khánh', 'lan', 'linh', 'long', 'mai', 'minh', 'nam', 'nga', 'ngọc', 'nhung', 'phong', 'phương', 'quang',
  'sơn', 'tâm', 'thanh', 'thảo', 'thu', 'thủy', 'tiến', 'trang', 'trung', 'tuấn', 'tùng', 'văn', 'thị', 'việt', 'xuân', 'yến',
  'em', 'anh', 'yêu', 'mãi', 'mãi mãi', 'trái tim', 'hạnh phúc', 'gia đình', 'bố mẹ', 'con', 'vợ', 'chồng', 'bé', 'cưng',
];
