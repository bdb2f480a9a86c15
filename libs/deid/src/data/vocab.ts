// Word lists used by the detectors. All entries are written with Vietnamese diacritics;
// lookups are case-insensitive and tolerate old/new tone placement (hoà/hòa).

/**
 * Cue words after which capitalised tokens are a person's name. `strong` cues also
 * accept bare upper-case initials ("BN NTH") and a single token; `weak` cues are
 * ordinary kinship/pronoun words that need a capitalised Vietnamese syllable.
 */
export const NAME_CUES_STRONG: readonly string[] = [
  'bn', 'bệnh nhân', 'người bệnh', 'nb', 'bệnh nhi', 'sản phụ', 'thai phụ', 'người nhà', 'người nhà bn',
  'người nhà bệnh nhân', 'họ tên', 'họ và tên', 'họ, tên', 'tên', 'tên bn', 'tên bệnh nhân', 'tên người bệnh',
  'họ tên bn', 'họ tên bệnh nhân', 'họ tên người bệnh', 'họ và tên người bệnh', 'họ và tên bệnh nhân',
  'họ tên người nhà', 'họ và tên người nhà', 'người liên hệ', 'người giám hộ', 'người đại diện',
  'người thân', 'trẻ', 'cháu bé', 'bé gái', 'bé trai', 'ca bệnh', 'f0', 'f1', 'f2', 'đối tượng', 'chủ hộ',
  'bác sĩ', 'bs', 'bsck1', 'bsck2', 'bscki', 'bsckii', 'bsnt', 'ths', 'ts', 'pgs', 'gs', 'ths.bs', 'ts.bs',
  'bs.ckii', 'bs.cki', 'bs ckii', 'bs cki', 'ds', 'dược sĩ', 'đd', 'điều dưỡng', 'đdv', 'y tá', 'hộ sinh',
  'nhs', 'ktv', 'kỹ thuật viên', 'kĩ thuật viên', 'y sĩ', 'ys', 'lương y', 'trưởng khoa', 'phó khoa',
  'phó trưởng khoa', 'giám đốc', 'phó giám đốc', 'người khám', 'người làm bệnh án', 'người lập phiếu',
  'người lập', 'người báo cáo', 'người ghi', 'người nhận', 'người giao', 'người chuyển', 'người điều tra',
  'cán bộ điều tra', 'điều tra viên', 'bác sĩ điều trị', 'bs điều trị', 'bác sĩ trực', 'bs trực',
  'người ký', 'ký tên', 'bệnh nhân nam', 'bệnh nhân nữ', 'bn nam', 'bn nữ', 'học sinh', 'sinh viên',
  'nữ sinh', 'nam sinh', 'giáo viên', 'công nhân', 'bệnh nhân là', 'tên là', 'có tên', 'tên gọi',
  'mẹ bé', 'bố bé', 'mẹ cháu', 'bố cháu', 'mẹ bn', 'bố bn', 'vợ bn', 'chồng bn', 'con bn', 'mẹ bệnh nhân',
  'bố bệnh nhân', 'vợ bệnh nhân', 'chồng bệnh nhân', 'sđt người nhà', 'người chăm sóc', 'người báo tin',
  'name', 'patient', 'mr', 'mrs', 'ms', 'dr',
  // signatures and form roles: "Ký nhận: Lan / Khôi", "BS khám: …", "Người tiêm: …"
  'ký nhận', 'bs khám', 'bác sĩ khám', 'bs chỉ định', 'bác sĩ chỉ định', 'người tiêm', 'người thực hiện',
  'người hộ tống', 'người tổng hợp', 'người lấy mẫu', 'người nhận bàn giao', 'người giao ca', 'người nhận ca',
  // roles and titles of the genres in held-out 3: forensic and legal papers, letters,
  // press statements, registers ("bác sĩ nội trú Khánh", "hộ lý Út Nhỏ", "CN. Rơ Châm Ngọc")
  'bác sĩ nội trú', 'bs nội trú', 'hộ lý', 'cử nhân', 'cn', 'kỹ sư', 'ks', 'thư ký', 'chủ tịch', 'giám định viên',
  'trưởng đoàn', 'cán bộ chống lao', 'cán bộ chuyên trách', 'y tá trưởng', 'điều dưỡng trưởng', 'đd trưởng', 'đd trưởng khoa', 'nữ hộ sinh',
  'người phát ngôn', 'phẫu thuật viên', 'ptv', 'người yêu cầu', 'người tiếp nhận', 'người làm đơn',
  'người được giám định', 'bị cáo', 'bị hại', 'nạn nhân', 'tử thi', 'người chết', 'người đi khai tử',
  'người được bảo hiểm', 'chủ tài khoản', 'người phụ trách', 'giáo viên chủ nhiệm', 'gvcn', 'nhân viên y tế',
  'tài xế', 'người nấu chính', 'phụ huynh', 'người phiên dịch', 'người ghi sổ', 'người tiêm chủng',
  // religious titles ("Thượng tọa Thích Thanh Tịnh", "chú tiểu Minh Tâm", "Achar Thạch Sóc")
  'thượng tọa', 'hòa thượng', 'đại đức', 'ni sư', 'ni cô', 'sư thầy', 'linh mục', 'cha xứ', 'chánh xứ', 'nữ tu',
  'mục sư', 'chú tiểu', 'achar', 'sư cả', 'đức cha',
];

export const NAME_CUES_WEAK: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'bé', 'con', 'con trai', 'con gái', 'con dâu', 'con rể', 'vợ',
  'chồng', 'mẹ', 'bố', 'cha', 'má', 'ba', 'cô', 'chú', 'bác', 'dì', 'cậu', 'mợ', 'thím', 'cụ', 'cụ ông',
  'cụ bà', 'ông cụ', 'bà cụ', 'cháu nội', 'cháu ngoại', 'bạn', 'em trai', 'em gái', 'anh trai', 'chị gái',
  'ông nội', 'bà nội', 'ông ngoại', 'bà ngoại', 'sư', 'sư cô', 'thầy', 'cô giáo', 'thầy giáo', 'bạn gái',
  'bạn trai', 'hàng xóm', 'nhà', 'gia đình', 'nhà ông', 'nhà bà', 'nhà anh', 'nhà chị',
  // self-introductions in messages: "em là Trang, bs trực sản"
  'em là', 'tôi là', 'mình là', 'em tên', 'tôi tên', 'mình tên',
  // "con của Danh Hên và Thị Sa Vươn"
  'con của', 'vợ của', 'chồng của', 'mẹ của', 'bố của', 'cha của',
  // a relation and "là": "vợ là Ha Li Ma, con là Sa Ri Ya"
  'vợ là', 'chồng là', 'con là', 'con trai là', 'con gái là', 'con dâu là', 'con rể là', 'bố là', 'mẹ là',
  'cha là', 'anh là', 'chị là', 'em trai là', 'em gái là', 'ông là', 'bà là', 'cháu là', 'bạn là',
  // the Catholic sister's title: "sơ Maria …"
  'sơ',
  // round 13: regional address words that stay distinct when folded ("Mệ Hoa", "eng Tùng", "bầm Thơm");
  // ả, ôn, mạ, o, dượng, tía would fold onto a, on, ma, ở, đường, tia
  'mệ', 'eng', 'bầm',
];

/** Capitalised words that commonly follow a cue word but are not names. */
export const CUE_STOPWORDS: readonly string[] = [
  'Tuổi', 'Khoa', 'Bệnh', 'Viện', 'Sốt', 'Đau', 'Ho', 'Khó', 'Vào', 'Nhập', 'Ra', 'Được', 'Đã', 'Có',
  'Không', 'Là', 'Với', 'Và', 'Tại', 'Ở', 'Sau', 'Trước', 'Hiện', 'Tiền', 'Lúc', 'Ngày', 'Tháng', 'Giờ',
  'Thứ', 'Chủ', 'Hôm', 'Sáng', 'Chiều', 'Tối', 'Đêm', 'Trưa', 'Mẹ', 'Bố', 'Con', 'Cháu', 'Ông', 'Bà',
  'Anh', 'Chị', 'Em', 'Tên', 'Họ', 'Số', 'Mã', 'Địa', 'Giới', 'Nghề', 'Dân', 'Quốc', 'Tôn', 'Ngoại',
  'Nội', 'Sản', 'Nhi', 'Cấp', 'Cứu', 'Xét', 'Chẩn', 'Điều', 'Tình', 'Trạng', 'Trong', 'Ngoài', 'Theo',
  'Của', 'Cho', 'Đến', 'Đi', 'Từ', 'Nhưng', 'Nên', 'Vì', 'Do', 'Bị', 'Cũng', 'Còn', 'Rồi', 'Thì', 'Mà',
  'Này', 'Đó', 'Kia', 'Ấy', 'Nay', 'Khi', 'Lần', 'Đợt', 'Ca', 'Trường', 'Hợp', 'Nhóm', 'Tổ', 'Xã',
  'Phường', 'Quận', 'Huyện', 'Tỉnh', 'Thành', 'Phố', 'Đường', 'Thôn', 'Ấp', 'Bản', 'Xóm', 'Khu',
  'Thị', 'Trấn', 'Ngõ', 'Hẻm', 'Tiếp', 'Xuất', 'Chuyển', 'Tái', 'Khám', 'Uống', 'Tiêm', 'Truyền',
  'Mổ', 'Phẫu', 'Thuật', 'Hội', 'Chứng', 'Kết', 'Quả', 'Tiên', 'Lượng', 'Nặng', 'Nhẹ', 'Vừa', 'Rất',
  'Cần', 'Phải', 'Nghi', 'Ngờ', 'Chưa', 'Vẫn', 'Đang', 'Sẽ', 'Hay', 'Hoặc', 'Cả', 'Các', 'Những', 'Mọi',
  'Một', 'Hai', 'Nhiều', 'Ít', 'Già', 'Trẻ', 'Lớn', 'Nhỏ', 'Sơ', 'Sinh', 'Đủ', 'Thiếu', 'Non', 'Yếu',
  'Tỉnh', 'Táo', 'Mê', 'Lơ', 'Tử', 'Vong', 'Chết', 'Khỏi', 'Ổn', 'Định', 'Cách', 'Ly', 'Hồi', 'Phục',
  'Dương', 'Âm', 'Tính', 'Nghiệm', 'Covid', 'Dengue', 'Sởi', 'Cúm', 'Lao', 'Viêm', 'Tay', 'Chân', 'Miệng',
  'Bạch', 'Hầu', 'Ho', 'Gà', 'Dại', 'Thương', 'Hàn', 'Tả', 'Lỵ', 'Thủy', 'Đậu', 'Rubella', 'Quai', 'Bị',
  'Gửi', 'Mời', 'Kính', 'Thân', 'Trân', 'Trọng', 'Xin', 'Cảm', 'Ơn', 'Chúc', 'Mừng', 'Nhà', 'Về',
  'Cùng', 'Gia', 'Đình', 'Người', 'Ta', 'Tôi', 'Mình', 'Họ', 'Nó', 'Chúng', 'Bạn', 'Sống', 'Làm', 'Việc',
  'Trú', 'Tạm', 'Thường', 'Quê', 'Hộ', 'Khẩu', 'Nơi', 'Ngụ', 'Cư', 'Tiểu', 'Học', 'Đại', 'Cao', 'Đẳng',
  'Thpt', 'Thcs', 'Mầm', 'Lớp', 'Bác', 'Sĩ', 'Điều', 'Dưỡng', 'Y', 'Tá', 'Kỹ', 'Thuật', 'Viên',
];

/** Sex words: after "BN" a lone "Nam"/"Nữ" followed by age or punctuation is the sex. */
/** Round 17: particles that close a chat message ("… do thi lan nha", "hem 31 truong cong dinh nhe"), folded: never part of a name or a street. */
export const CLOSING_PARTICLES: readonly string[] = ['nha', 'nhe', 'nhen', 'a', 'ha', 'roi', 'luon', 'di', 'nghe', 'ne'];

export const SEX_WORDS: readonly string[] = ['Nam', 'Nữ', 'NAM', 'NỮ', 'Trai', 'Gái'];

/**
 * Medical and common phrases that look like names (surname + given syllable) when
 * written in Title Case or upper case. Matched case-insensitively; never flagged as NAME.
 */
export const PROTECTED_PHRASES: readonly string[] = [
  'giang mai', 'khỏe mạnh', 'dương tính', 'âm tính', 'tăng cường', 'tăng sinh', 'tăng tiết', 'tăng trưởng', 'triệu chứng',
  'lâm sàng', 'cận lâm sàng', 'bạch cầu', 'hồng cầu', 'tiểu cầu', 'tiêu hóa', 'bạch hầu', 'hàn quốc',
  'hoa kỳ', 'trung quốc', 'mai táng', 'hồ sơ', 'hồ chí minh', 'hà nội', 'kim tiền thảo', 'hoạt huyết',
  'thái dương', 'lý do', 'lý lịch', 'mã số', 'mã bệnh', 'phan thiết', 'cao huyết áp', 'cao hơn', 'tô màu',
  'lê thể', 'thân nhiệt', 'thân thể', 'thân mình', 'châu âu', 'châu á', 'châu phi', 'kim tiêm', 'đào tạo',
  'đoàn thanh niên', 'đoàn kết', 'đàm thoại', 'hà khắc', 'vi khuẩn', 'vi rút', 'vi sinh', 'vi lượng',
  'vi thể', 'vi mạch', 'vi phẫu', 'lục địa', 'ninh thuận', 'bình dương', 'đồng nai', 'kiều bào',
  'chu kỳ', 'chu sinh', 'chu vi', 'chu đáo', 'ngô độc', 'hồ hấp', 'hồi sức', 'cao tuổi', 'cao điểm',
  'mã hóa', 'lương tâm', 'lương thực', 'triệu đồng', 'tô giới', 'thái độ', 'thái bình', 'thái nguyên',
  'lâm đồng', 'tạ lực', 'vũ trụ', 'vũ lực', 'đỗ xe', 'quách thành', 'từ chối', 'từ trường', 'từ khi',
  'từ ngày', 'từ sáng', 'từ chiều', 'từ đêm', 'từ tối', 'ôn định', 'khương hoạt', 'bạch truật', 'bạch chỉ',
  'bạch thược', 'đinh lăng', 'đinh hương', 'kim ngân hoa', 'cam thảo', 'cúc hoa', 'hoàng kỳ',
  'hoàng liên', 'hoàng cầm', 'hoàng bá', 'đỗ trọng', 'đương quy', 'xuyên khung', 'hà thủ ô', 'ngưu tất',
  'ích mẫu', 'mã đề', 'mã tiền', 'thạch cao', 'thạch xương bồ', 'trần bì', 'phục linh', 'bạch linh',
  'lạc tiên', 'lạc nội mạc', 'cung cấp', 'cung cầu', 'cung lượng', 'cung ứng', 'cung đình', 'vương miện',
  'lưu lượng', 'lưu ý', 'lưu trú', 'lưu hành', 'lưu huỳnh', 'hà mã', 'tiết niệu', 'tiết dịch', 'tiết chế',
  'mạch máu', 'mạch vành', 'mạch nhanh', 'mạch chậm', 'lý thuyết', 'lý tưởng', 'khổng lồ', 'trịnh trọng',
  'tống máu', 'tống xuất', 'lã chã', 'ninh bình', 'đàm phán', 'hầu họng', 'la hét', 'la bàn', 'kha khá',
  'doãn chính', 'ưng thuận', 'cù lao', 'lữ hành', 'nghiêm trọng', 'nghiêm ngặt', 'quản lý', 'quan sát',
  'quan tâm', 'quan trọng', 'giáp ranh', 'hàn the', 'mạc treo', 'mạc nối', 'nhâm thìn', 'tất cả',
  'trầm cảm', 'trầm trọng', 'bế tắc', 'cầm máu', 'nông thôn', 'nông dân', 'nông nghiệp', 'sầm uất',
  // diseases that follow "ca bệnh"/"bệnh nhân" in upper-case headings
  'ho gà', 'sởi', 'bạch hầu', 'cúm', 'dại', 'tay chân miệng', 'sốt xuất huyết', 'thủy đậu', 'quai bị', 'rubella',
  'viêm não', 'sốt rét', 'lao', 'tả', 'thương hàn', 'lỵ', 'uốn ván', 'viêm gan', 'than', 'dịch hạch', 'liên cầu lợn',
  'zona', 'giun', 'sán', 'ghẻ', 'mù lòa', 'bại liệt', 'đậu mùa', 'đậu mùa khỉ', 'viêm phổi', 'tiêu chảy', 'cúm gia cầm',
  'đái tháo đường', 'tăng huyết áp', 'ung thư', 'suy tim', 'đột quỵ', 'hen', 'lao phổi', 'trầm cảm', 'tâm thần',
  // specialties, roles and institutions that follow "bác sĩ", "BS", "chú", "cô" …
  'nhi khoa', 'sản khoa', 'phụ khoa', 'nội khoa', 'ngoại khoa', 'nhãn khoa', 'nha khoa', 'nam khoa', 'lão khoa',
  'chuyên khoa', 'đa khoa', 'gia đình', 'cao cấp', 'nội trú', 'ngoại trú', 'y học', 'y tế', 'y khoa', 'y sĩ',
  'dinh dưỡng', 'tâm thần', 'thần kinh', 'tim mạch', 'truyền nhiễm', 'da liễu', 'huyết học', 'ung bướu',
  'công an', 'bộ đội', 'quân đội', 'công nhân', 'nông dân', 'việt nam', 'hoàng thấp linh', 'nhất nhất',
  'bảo thanh', 'tuệ linh', 'nam hà', 'sao vàng', 'bà giằng', 'phật linh', 'thái dương', 'an cung', 'bạch biến',
  'bạch tạng', 'hồng ban', 'lang ben', 'thương hàn', 'vẩy nến', 'trĩ', 'minh mạng',
  // common words whose second syllable is a family name, in upper-case headings
  // ("BÀN GIAO CA TRỰC", "QUÁ TRÌNH BỆNH LÝ")
  'bàn giao', 'bàn tay', 'bàn chân', 'bàn bạc', 'bàn luận', 'quá trình', 'lộ trình', 'hành trình', 'tiến trình',
  'công trình', 'trình bày', 'trình độ', 'bệnh lý', 'sinh lý', 'tâm lý', 'xử lý', 'hợp lý', 'dược lý', 'vật lý',
  'đại lý', 'giải phẫu bệnh',
  // Thị / Văn starting common words ("Giảm Thị Lực" is not a name with an unknown surname)
  'thị lực', 'thị giác', 'thị trường', 'thị thực', 'thị xã', 'thị trấn', 'văn phòng', 'văn bản', 'văn hóa', 'văn thư',
  'văn học', 'siêu thị', 'hiển thị', 'chỉ thị', 'thị sát',
  // Danh (a Khmer family name) in headings: "DANH SÁCH HỌC SINH", "DANH MỤC THUỐC"
  'danh sách', 'danh mục', 'danh tính', 'danh bạ', 'danh hiệu', 'danh nghĩa', 'danh dự', 'danh y', 'danh thiếp',
  'hán nôm', 'thập niên', 'lộ trình', 'lộ tuyến',
  // after the new role cues ("Thư ký Hội đồng", "Chủ tịch Hội đồng")
  'hội đồng', 'hội chẩn', 'hội nghị', 'hội thảo', 'hội viên', 'hội chứng',
  // peoples whose name is two words ("dân tộc Ba Na", "người Xơ Đăng")
  // (not those that are also a person's name: La Chí, Hà Nhì/Hà Nhi, Bố Y, Vân Kiều)
  'ba na', 'xơ đăng', 'gia rai', 'ê đê', 'cơ ho', 'chơ ro', 'ra glai', 'phù lá', 'lô lô', 'si la', 'pà thẻn',
  'sán dìu', 'sán chay', 'cơ tu', 'tà ôi', 'bru vân kiều', 'khơ mú', 'xinh mun', 'gié triêng', 'rơ măm', 'ơ đu',
  'pu péo', 'chu ru', 'cơ lao',
];

/**
 * Facility words: a capitalised name right after them names a hospital or health
 * centre, which is not a patient identifier (see README: facility names are kept).
 * Administrative units inside a facility name (huyện X, xã Y) are still flagged.
 */
export const FACILITY_WORDS: readonly string[] = [
  'bệnh viện', 'bv', 'bvđk', 'bvđktw', 'bvtw', 'bvđk tỉnh', 'viện', 'trung tâm', 'ttyt', 'trạm y tế', 'tyt',
  'phòng khám', 'pk', 'pkđk', 'phòng khám đa khoa', 'học viện', 'đại học', 'trường', 'trường đại học', 'đh',
  'sở y tế', 'syt', 'bộ y tế', 'cdc', 'hcdc', 'khoa', 'phòng', 'nhà thuốc', 'quầy thuốc', 'công ty',
  'cty', 'tập đoàn', 'hội', 'hiệp hội', 'tổ chức', 'chương trình', 'dự án', 'quỹ', 'ban', 'đơn vị',
  'trung tâm kiểm soát bệnh tật', 'bệnh viện đa khoa', 'bệnh viện trung ương', 'nhà hộ sinh', 'viện pasteur',
  'hospital', 'clinic', 'bảo tàng', 'nhà văn hóa', 'chợ', 'cầu', 'sân bay', 'ga', 'bến xe', 'cảng',
  'khách sạn', 'siêu thị', 'trường tiểu học', 'trường thcs', 'trường thpt', 'trường mầm non', 'mầm non',
  'nhà máy', 'xí nghiệp', 'khu công nghiệp', 'kcn', 'làng nghề', 'chùa', 'nhà thờ', 'đền',
  'cửa khẩu', 'đài phát thanh', 'đài truyền hình', 'đài phát thanh truyền hình',
  // round 14: parks and squares named after people ("công viên Lê Thị Riêng")
  'công viên', 'quảng trường',
  // round 16: ports, towers, schools and banks named after people or places ("cảng cá Tam Quang",
  // "tháp Po Klong Garai", "Le Quy Don High School")
  'cảng cá', 'tháp', 'high school', 'school', 'university', 'ngân hàng', 'trạm xe buýt', 'bến xe buýt',
  // round 18: junctions, roundabouts, walking streets and funeral homes named after people ("nút giao
  // Phạm Văn Đồng", "vòng xoay Lý Thái Tổ", "nhà tang lễ Phùng Hưng"); not "ngã ba / ngã tư", which
  // open addresses ("ngã ba Ông Đồn, xã …")
  'nút giao', 'vòng xoay', 'bùng binh', 'phố đi bộ', 'nhà tang lễ',
];

/** Words allowed inside a facility name after the facility word (lower-case descriptors). */
export const FACILITY_DESCRIPTORS: readonly string[] = [
  'đa', 'khoa', 'trung', 'ương', 'tw', 'tỉnh', 'thành', 'phố', 'tp', 'quốc', 'tế', 'nhi', 'sản', 'phụ',
  'tim', 'mạch', 'mắt', 'da', 'liễu', 'phổi', 'lao', 'bệnh', 'tâm', 'thần', 'y', 'học', 'cổ', 'truyền',
  'nhiệt', 'đới', 'hữu', 'nghị', 'quân', 'y', 'quân', 'đội', 'công', 'an', 'nội', 'tiết', 'ung', 'bướu',
  'răng', 'hàm', 'mặt', 'tai', 'mũi', 'họng', 'chấn', 'thương', 'chỉnh', 'hình', 'phục', 'hồi', 'chức',
  'năng', 'điều', 'dưỡng', 'kiểm', 'soát', 'tật', 'dự', 'phòng', 'vệ', 'sinh', 'dịch', 'tễ', 'viện',
  'đại', 'trường', 'trạm', 'xá', 'trung', 'tâm', 'hồi', 'sức', 'cấp', 'cứu', 'tích', 'cực', 'chống',
  'độc', 'nội', 'ngoại', 'tổng', 'hợp', 'thận', 'tiết', 'niệu', 'tiêu', 'hóa', 'hoá', 'huyết', 'học',
  'truyền', 'máu', 'gan', 'mật', 'xương', 'khớp', 'thần', 'kinh', 'lão', 'khoa', 'sơ', 'sinh', 'phẫu',
  'thuật', 'gây', 'mê', 'dinh', 'dưỡng', 'và', 'thẩm', 'mỹ', 'đk', 'kv', 'khu', 'vực', 'số', 'của', 'the',
  // round 14: "Bệnh viện Bỏng Quốc gia …", "Đại học Y Dược …", "Đa khoa vùng …"
  'bỏng', 'gia', 'dược', 'vùng',
  // round 16: a company's trade before its name ("Công ty TNHH Điện tử Minh Hòa")
  'điện', 'tử', 'xây', 'dựng', 'thương', 'mại', 'vụ', 'vận', 'tải', 'du', 'lịch', 'thực', 'phẩm', 'thiết', 'bị', 'đầu', 'tư', 'sản', 'xuất',
  'tnhh', 'cổ', 'phần', 'cp', 'mtv',
];

/** Upper-case medical abbreviations that are never initials or names. */
export const MEDICAL_ABBREVIATIONS: readonly string[] = `
BN BS BV HA THA ĐTĐ DTD NMCT COPD BPTNMT HIV AIDS TCM SXH SXHD COVID CRP ECG ĐTĐ CT MRI MSCT XQ XN
CTM SA SÂ TPTNT HC BC TC HGB HCT PLT WBC RBC ALT AST GOT GPT ICU HSTC HSCC CC TM TMC TB TDD TDM NKQ
NT SPO SPO2 PARA ICD BMI BHYT BHXH CCCD CMND SĐT SDT ĐT DT DC ĐC PID SVV GPHN CCHN HSBA BA KQ VAS GCS NYHA
ARDS AKI CKD STEMI NSTEMI ACS AF VT VF TIA RSV CMV EBV HBV HCV HBSAG HBEAG PCR RT ELISA IGM IGG NS1 ICT
OK TP TX TT HN HCM VN WHO CDC NIHE TW UBND BCH BGĐ BYT SYT TTYT TYT KSBT HCDC PKĐK BVĐK VVĐ NV RV
DSA EEG EMG PET CLVT CTA CHT TKMP NSDD NSĐT ERCP PTA PTCA PCI CABG TURP ESWL LDL HDL TG GGT LDH CK
CKMB INR APTT PT FIB PH PO2 PCO2 HCO3 BE NA CL CA MG FE FT3 FT4 TSH T3 T4 PSA AFP CEA AMH HPV HSV VZV
NSAID NSAIDS PPI ACEI ARB SGLT DPP GLP MTX IV IM SC PO SL PR BID TID QID PRN STAT KG MG ML UI IU MMHG
NKĐTN NKTN NKH SNK ĐMC TMS VRT VGB VGC UTP UTG UTV UTĐT UTTT THA TBMMN TBMN NMN XHN CTSN ĐNT SXHD
TCM EV71 A H1N1 H5N1 H3N2 H7N9 SARS MERS II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII
XHTH VPQ VMN VGM HCTH TDMP TDMB SDD VKDT THK RLLP RLTH HPQ VTC VRTC BTM UTGNP UTBMTBG NTT NKQ MKQ HSCC
`
  .split(/\s+/)
  .filter(Boolean);

/** Street names common enough to be recognised after a bare house number ("12 Lê Lợi"). */
export const STREET_NAMES: readonly string[] = [
  'Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Giải Phóng', 'Lý Thường Kiệt', 'Hai Bà Trưng', 'Bà Triệu',
  'Lê Duẩn', 'Nguyễn Huệ', 'Điện Biên Phủ', 'Cách Mạng Tháng Tám', 'Võ Văn Tần', 'Nguyễn Thị Minh Khai',
  'Trường Chinh', 'Láng', 'Kim Mã', 'Xã Đàn', 'Tôn Đức Thắng', 'Nguyễn Văn Cừ', 'Lê Văn Sỹ',
  'Nguyễn Đình Chiểu', 'Pasteur', 'Hoàng Hoa Thám', 'Đội Cấn', 'Phạm Văn Đồng', 'Phạm Ngọc Thạch',
  'Quang Trung', 'Lê Lai', 'Hùng Vương', 'Nguyễn Chí Thanh', 'Hoàng Quốc Việt', 'Cầu Giấy', 'Xuân Thủy',
  'Nguyễn Văn Linh', 'Lạc Long Quân', 'Âu Cơ', 'Trần Phú', 'Lê Thánh Tông', 'Phan Chu Trinh',
  'Phan Bội Châu', 'Nguyễn Du', 'Hàng Bài', 'Tràng Tiền', 'Đinh Tiên Hoàng', 'Lê Hồng Phong',
  'Nguyễn Văn Trỗi', 'Cộng Hòa', 'Lũy Bán Bích', 'Nam Kỳ Khởi Nghĩa', 'Ba Tháng Hai', 'Võ Thị Sáu',
  'Nguyễn Tri Phương', 'Lý Thái Tổ', 'Trần Quang Khải', 'Bạch Đằng', 'Lê Quang Định', 'Phan Đăng Lưu',
  'Nơ Trang Long', 'Nguyễn Oanh', 'Kinh Dương Vương', 'An Dương Vương', 'Nguyễn Hữu Thọ', 'Huỳnh Tấn Phát',
  'Lê Văn Việt', 'Võ Văn Ngân', 'Kha Vạn Cân', 'Tô Ngọc Vân', 'Nguyễn Xiển', 'Minh Khai', 'Bạch Mai',
  'Lò Đúc', 'Hàng Bông', 'Hàng Gai', 'Hàng Đào', 'Thái Hà', 'Tây Sơn', 'Chùa Bộc', 'Tôn Thất Tùng',
  'Trần Duy Hưng', 'Lê Văn Lương', 'Tố Hữu', 'Phạm Hùng', 'Mỹ Đình', 'Trần Đăng Ninh', 'Hồ Tùng Mậu',
  'Nguyễn Phong Sắc', 'Hoàng Văn Thái', 'Vũ Trọng Phụng', 'Lĩnh Nam', 'Tam Trinh', 'Ngọc Hồi', 'Kim Ngưu',
  'Tân Mai', 'Yên Phụ', 'Lạch Tray', 'Hàm Nghi', 'Ông Ích Khiêm', 'Nguyễn Văn Cừ', 'Phan Xích Long',
  'Nguyễn Kiệm', 'Phan Văn Trị', 'Lê Đức Thọ', 'Quang Trung', 'Thống Nhất', 'Nguyễn Ảnh Thủ', 'Tô Ký',
  'Trần Não', 'Lương Định Của', 'Mai Chí Thọ', 'Xa Lộ Hà Nội', 'Đồng Khởi', 'Lý Tự Trọng', 'Pasteur',
  'Hai Tháng Chín', 'Ba Mươi Tháng Tư', 'Nguyễn Văn Thoại', 'Hoàng Diệu', 'Trưng Nữ Vương', 'Ngô Quyền',
  'Lê Thanh Nghị', 'Đại Cồ Việt', 'Trần Khát Chân', 'Minh Khai', 'Nguyễn Lương Bằng', 'Tây Sơn',
  'Khâm Thiên', 'Nguyễn Khuyến', 'Văn Cao', 'Đào Tấn', 'Liễu Giai', 'Nguyễn Văn Huyên', 'Trần Cung',
  'Phạm Văn Bạch', 'Nguyễn Sơn', 'Ngọc Lâm', 'Ngô Gia Tự', 'Hồng Bàng', 'Lê Văn Khương', 'Quốc Lộ 1A',
];
