// Short names of hospitals that are also person or place names ("chuyển Bạch Mai",
// "khám ở Từ Dũ"): after a movement or location word they are the hospital, neither a
// person nor an address. A "not a person" list kept with the detector because the
// facility directory (libs/reference) has kinds and levels, not names.
export const HOSPITAL_SHORT_NAMES: readonly string[] = [
  'Bạch Mai', 'Chợ Rẫy', 'Việt Đức', 'Từ Dũ', 'Hùng Vương', 'Thanh Nhàn', 'Xanh Pôn', 'Saint Paul', 'Trưng Vương',
  'Thống Nhất', 'Gia Định', 'Phạm Ngọc Thạch', 'Nguyễn Tri Phương', 'Nguyễn Trãi', 'Xuyên Á', 'Hồng Ngọc', 'Thu Cúc',
  'Vinmec', 'Tâm Anh', 'Hoàn Mỹ', 'Tâm Đức', 'Đức Giang', 'Hữu Nghị', 'Nhi Đồng', 'Phụ Sản', 'Lê Văn Thịnh', 'Đống Đa',
  'Thanh Vũ', 'Hòa Hảo', 'Vạn Hạnh', 'An Bình', 'Bình Dân', 'Triều An', 'Lê Văn Việt', 'Quân y', 'Trung ương', 'Hồng Đức',
];
