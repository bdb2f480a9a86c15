// Vietnamese personal-name gazetteers (Kinh and the main ethnic-minority family names).
// Words that are also frequent clinical/common words in Title Case (Văn, Phó, Trang,
// Hoa, Đường, Thủy, Quang, Phương, Y …) are deliberately left out of SURNAMES: a
// surname only triggers a name when followed by a token from GIVEN_NAMES.

export const SURNAMES: readonly string[] = [
  // the big fourteen (≈ 90 % of the population)
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Lí',
  // other Kinh family names
  'Đào', 'Đoàn', 'Đinh', 'Trương', 'Lâm', 'Mai', 'Trịnh', 'Lương', 'Cao', 'Tạ', 'Hà', 'Tô', 'Lưu', 'Châu',
  'Quách', 'Thái', 'Kiều', 'Triệu', 'Mạc', 'Khúc', 'Tôn', 'Thân', 'Chu', 'Giang', 'Hứa', 'La', 'Đàm',
  'Tống', 'Âu', 'Lục', 'Mã', 'Hầu', 'Chế', 'Kim', 'Phùng', 'Doãn', 'Tăng', 'Vương', 'Diệp', 'Bạch', 'Cù',
  'Cung', 'Khổng', 'Khương', 'Lạc', 'Lại', 'Lã', 'Lữ', 'Mẫn', 'Nghiêm', 'Ninh', 'Nhan', 'Phí', 'Quan',
  'Quản', 'Thạch', 'Thiều', 'Tiết', 'Trình', 'Ưng', 'Ứng', 'Viên', 'Vi', 'Từ', 'Danh', 'Giáp', 'Hàn',
  'Kha', 'Lăng', 'Lều', 'Mạch', 'Nhâm', 'Ôn', 'Tào', 'Tất', 'Trầm', 'Khuất', 'Liêu', 'Luyện', 'Ngụy',
  'Nguỵ', 'Ông', 'Dư', 'Đới', 'Đồng', 'Đàng', 'Văng', 'Tôn Nữ', 'Tôn Thất', 'Công Tôn', 'Âu Dương', 'Thành',
  'Lò', 'Cầm', 'Nông', 'Bế', 'Sầm', 'Lường', 'Quàng', 'Hoàng Phủ', 'Thạch', 'Sơn', 'Chung', 'Lai',
  'Trác', 'Bành', 'Biện', 'Bồ', 'Cái', 'Cấn', 'Chương', 'Đậu', 'Đường', 'Hình', 'Kiểu', 'Lỗ', 'Lý',
  'Mông', 'Ngọ', 'Nhữ', 'Ong', 'Phương', 'Quang', 'Sử', 'Tiêu', 'Tòng', 'Trang', 'Trưng', 'Vưu', 'Yên',
  // H'Mông, Dao, Thái, Tày, Nùng, Mường, Khmer, Tây Nguyên family names
  'Giàng', 'Sùng', 'Vàng', 'Thào', 'Hờ', 'Lầu', 'Hạng', 'Tẩn', 'Chảo', 'Phàn', 'Bàn', 'Lù', 'Cứ', 'Mùa',
  'Sình', 'Và', 'Chẻo', 'Xồng', 'Mè', 'Lìu', 'Ksor', 'Siu', 'Rơ Châm', 'Rcom', 'Nay', 'Kpă', 'Niê',
  'Mlô', 'Êban', 'Adrơng', 'Byă', 'Hđơk', 'Rah Lan', 'Đinh Thị', 'Kpuih', 'Rmah', 'Puih',
  // other Ê Đê, Jrai, Bahnar, Raglai and Chăm spellings
  'Ksơr', 'Rơ Mah', 'Rơ Lan', 'Kpơr', 'Bkrông', 'Ayun', 'Ayũn', 'Hmok', 'Mdrang', 'Knul', 'Kbuôr', 'Ktla', 'Ênuôl',
  'Niê Kdăm', 'Bo Bo',
  // S'tiêng / M'nông, H'Mông, Thái, Khơ Mú and Khmer family names
  'Điểu', 'Vừ', 'Cà', 'Lỳ', 'Moong', 'Chau', 'Néang',
  // Mường, Chăm, Khmer and Dao family names (held-out 3): Xa, Thập, Nại, Lộ, Hán, Trượng,
  // Thiên Sanh, Kiên, Sần, Ung, Phó
  'Xa', 'Thập', 'Nại', 'Lộ', 'Hán', 'Trượng', 'Thiên Sanh', 'Kiên', 'Sần', 'Ung', 'Phó',
];

/**
 * Khmer family names: the given names after them are often Khmer syllables outside the
 * Kinh list and not Vietnamese-shaped ("Thạch Sa Rươne", "Sơn Sô Phêl"), so after one known
 * given syllable any capitalised syllable may follow.
 */
// (only the distinctly Khmer ones: after Trần, Lý, Lâm … a foreign word may follow a Kinh name)
export const KHMER_SURNAMES: readonly string[] = ['Thạch', 'Sơn', 'Kim', 'Danh', 'Chau', 'Néang', 'Kiên'];

/**
 * Catholic baptismal names written before the civil name ("sơ Maria Nguyễn Thị Lan",
 * "linh mục Phêrô Trần Đức Anh", "cháu Giuse Hoàng"): part of the name.
 */
export const BAPTISMAL_NAMES: readonly string[] = [
  'Maria', 'Anna', 'Têrêsa', 'Teresa', 'Giuse', 'Phêrô', 'Phaolô', 'Gioan', 'Giacôbê', 'Antôn', 'Antôn', 'Martinô',
  'Matthêu', 'Mátthêu', 'Luca', 'Máccô', 'Gioakim', 'Monica', 'Mônica', 'Cecilia', 'Cêcilia', 'Anê', 'Agnes', 'Lucia',
  'Luxia', 'Catarina', 'Catarina', 'Rosa', 'Rôsa', 'Elisabeth', 'Isave', 'Isarê', 'Mácta', 'Martha', 'Madalena',
  'Mađalêna', 'Phanxicô', 'Đaminh', 'Tôma', 'Micae', 'Micaen', 'Gabriel', 'Raphael', 'Augustinô', 'Laurensô',
  'Anrê', 'Simon', 'Philipphê', 'Batôlômêô', 'Stêphanô', 'Têphanô', 'Giuse-Maria', 'Inhaxiô', 'Vinhsơn', 'Phêrônia',
  'Veronica', 'Vêrônica', 'Clara', 'Anphong', 'Gioanna', 'Têrêxa', 'Marta', 'Margarita', 'Giacôbê', 'Barnaba',
];

/** Middle names after which any capitalised syllable is a given name ("Tẩn Láo San", "Thào Mí Lử"). */
export const MIDDLE_NAMES: readonly string[] = ['Văn', 'Thị', 'Láo', 'Tòn', 'Quẩy', 'Seo', 'Mí', 'Sào'];

/**
 * Family names of Tây Nguyên and southern-highland peoples that are never ordinary
 * words: after them any capitalised syllable is a given name, Kinh-shaped or not
 * ("Ksor Nay", "Rơ Mah Blung", "Điểu Kré").
 */
export const MINORITY_SURNAMES: readonly string[] = [
  'Ksor', 'Ksơr', 'Siu', 'Rơ Châm', 'Rcom', 'Kpă', 'Niê', 'Mlô', 'Êban', 'Adrơng', 'Byă', 'Hđơk', 'Rah Lan',
  'Kpuih', 'Rmah', 'Puih', 'Rơ Mah', 'Rơ Lan', 'Kpơr', 'Bkrông', 'Ayun', 'Ayũn', 'Hmok', 'Mdrang', 'Knul',
  'Kbuôr', 'Ktla', 'Ênuôl', 'Niê Kdăm', 'Điểu',
  // Khmer men's and women's prefixes (An Giang): "Chau Sóc Kha", "Néang Sa Ly"
  'Chau', 'Néang',
];

/** Names of ethnic groups: "Dân tộc: Thái", "người Hoa" — a lone one is not a person's name. */
export const ETHNIC_GROUPS: readonly string[] = [
  'Kinh', 'Thái', 'Tày', 'Nùng', 'Mường', 'Hoa', 'Dao', 'Mông', 'Hmông', 'Khmer', 'Chăm', 'Giáy', 'Lào', 'Lự',
  'Sán', 'Hrê', 'Cor', 'Jrai', 'Bahnar', 'Mnông', 'Khơ Mú', 'Xtiêng', 'Ba Na', 'Xơ Đăng', 'Gia Rai', 'Ê Đê',
];

/**
 * Words from SURNAMES that are too ambiguous to start a name on their own in free text
 * (they are frequent non-name words in Title Case): they still count after a cue word.
 */
export const WEAK_SURNAMES: readonly string[] = [
  'Ông',
  'Phương', 'Quang', 'Trang', 'Đường', 'Yên', 'Trưng', 'Mùa', 'Và', 'Thành', 'Sơn', 'Lai', 'Đồng', 'Mông',
  'Chung', 'Tiêu', 'Cái', 'Ong', 'Đậu', 'Hình', 'Nay', 'Bàn', 'Vàng', 'Kim', 'Hàn', 'Lỗ', 'Viên', 'Chương',
  // "Phó Giám đốc", "Lộ trình", "Hán Nôm", "Thập niên": family names only before a given name
  'Phó', 'Lộ', 'Hán', 'Thập', 'Nại',
];

/** Syllables used as middle and given names (Kinh and ethnic-minority). */
export const GIVEN_NAMES: readonly string[] = `
Su Bin Bông Mít Cún Tí Tèo Bi Bo Mi Bống Nhím Xu Tun Ken Bơ Cò Hến Út Cu Tũn Bòn Bé Cốm
A Ái An Ân Ẩn Anh Ánh Ảnh Ba Bá Bạc Bách Bạch Bản Băng Bằng Bảo Bão Bắc Bẩy Bảy Bé Bích Biên Biển Bình
Bính Bỉnh Bổn Bội Bông Bốn Bùi Bửu Bường Ca Cam Cảm Cẩm Cầm Cần Cẩn Cận Cảnh Cao Cát Chánh Chân Chấn
Châu Chi Chí Chiêm Chiến Chiểu Chiêu Chinh Chính Chỉnh Chín Chu Chúc Chung Chuẩn Chuyên Chuyền Chương
Chưởng Cơ Công Cù Cúc Cung Củng Cừ Cường Cương Cửu Danh Dạ Dân Dần Dậu Diễm Diên Diệp Diệu Dinh Dĩnh
Doanh Doãn Du Dũng Dung Duy Duyên Duyệt Dư Dương Dưỡng Đài Đại Đam Đàm Đan Đán Đàn Đang Đảm Đạm Đản Đào
Đạo Đạt Đăng Đắc Đằng Đẳng Đệ Điềm Điểm Điền Điển Điệp Định Đình Đĩnh Đoan Đoàn Đô Đỗ Đôn Đông Đồng Đức
Gấm Gia Giai Giang Giao Giáp Giới Hà Hạ Hải Hài Hàm Hán Hân Hằng Hạnh Hanh Hào Hảo Hạo Hậu Hầu Hiên Hiền
Hiển Hiến Hiệp Hiếu Hinh Hoa Hòa Hoà Hoài Hoan Hoán Hoàn Hoàng Hoành Hoạt Hồ Hội Hồng Hợi Hợp Huân Huấn
Huế Huệ Hùng Hưng Hưởng Hương Hường Hướng Hữu Huy Huyên Huyền Huynh Huỳnh Hy Hỷ Kha Khá Khai Khải Khang
Khanh Khánh Khảm Kháng Khâm Khiêm Khiết Khoa Khoái Khôi Khởi Khuê Khúc Khuyên Khuyến Khương Kiên Kiện
Kiệt Kiều Kim Kính Kình Kỳ Kỷ Lã Lai Lài Lam Lâm Lãm Lan Lang Lãng Lành Lãnh Lạc Lân Lập Lễ Lệ Liên Liêm
Liễu Linh Lĩnh Loan Lộc Lợi Long Luân Luận Luyến Lụa Lực Lừng Lương Lượng Lưu Ly Lý Mai Mạnh Mão Mẫn Mận
Mậu Mây Mến Mị Miên Minh Mỹ My Mừng Mười Na Nam Năm Nga Ngà Ngạn Ngân Ngần Nghi Nghị Nghĩa Nghiêm Nghiệp
Ngoan Ngọc Ngôn Nguyên Nguyện Nguyệt Nhã Nhàn Nhạn Nhân Nhẫn Nhật Nhi Nhiên Nhị Nhu Nhung Như Nhường
Ninh Nở Nông Nụ Nương Oanh Phát Phấn Phi Phong Phú Phúc Phụng Phùng Phước Phương Phượng Pao Páo Quách
Quân Quang Quảng Quế Quốc Quý Quyên Quyền Quyết Quỳnh Sa Sang Sáng Sâm Sầm Sen Sinh Sính Sĩ Sỹ Sơn Song
Sử Sửu Sương Sáu Tài Tám Tâm Tấm Tân Tấn Tần Thạch Thái Thân Thẩm Thắm Thắng Thăng Thanh Thành Thạnh
Thảo Thao Thế Thêu Thi Thị Thìn Thiên Thiện Thiều Thiết Thịnh Thoa Thoại Thọ Thơ Thơm Thông Thu Thuận
Thục Thùy Thuỳ Thủy Thuỷ Thúy Thuý Thư Thức Thương Thường Thưởng Tiên Tiến Tiệp Tiêu Tín Tình Tịnh Toàn
Toản Toán Tôn Tới Trà Trác Trạch Trâm Trân Trấn Trang Tráng Trí Triết Triều Triệu Trinh Trình Trọng
Trung Trúc Trực Trưng Trường Trương Tú Tuấn Tuân Tuất Tuệ Tùng Tuyên Tuyền Tuyết Tư Tứ Từ Tường Tưởng
Tươi Tỵ Tý Út Uy Uyên Uyển Văn Vân Vấn Vi Vĩ Viên Viễn Việt Vinh Vĩnh Vịnh Võ Vũ Vui Vượng Vương Xinh
Xuân Xuyến Xương Y Yên Yến Ý Sơ Sú Sùng Giàng Dính Chứ Dia Di Dơ Lử Lứ Mỷ Mỵ Pó Pùa Seo Sèo Súa Sình
Thào Tủa Vừ Xá Dủa Lầu Mơ Nết Nhài Vy
Láo Tòn Quẩy San Lở Phin Mìn Mẩy Phấy Sìu Chòi Kiềm Sành Pằng Ún Ính Pọm Lềnh Dế Dợ Bương Thía Chàn
Sô Sóc Sà Phon Phol Chanh Srây Sây Thia Phia Khê Rết Sươne Vươne
`
  .split(/\s+/)
  .filter(Boolean);
