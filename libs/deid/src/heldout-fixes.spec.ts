// Regression tests for the classes of misses and false positives that the blind
// held-out set (src/eval/heldout.ts) exposed. The sentences are new, not copied from
// the held-out documents, so each test checks the rule rather than one string.
import { type PhiKind, scanText } from '@ketnoi/deid';

function found(text: string, kind?: PhiKind): string[] {
  return scanText(text)
    .filter((f) => !kind || f.kind === kind)
    .map((f) => f.text);
}

describe('names — classes missed by the blind held-out set', () => {
  it.each([
    // chat shorthand a / c / e for anh / chị / em, and self-introductions
    ['c Nhung ơi, ca này c xem giúp e', 'Nhung'],
    ['nhờ a Khánh xem phim phổi', 'Khánh'],
    ['Dạ, e là Trang bs trực sản ạ', 'Trang'],
    ['chào anh, em là Quỳnh ở khoa Nhi', 'Quỳnh'],
    // a given name called out in a message
    ['Hùng ơi, giường 4 tụt huyết áp', 'Hùng'],
    ['Tuan oi, bn giuong 5 sot cao', 'Tuan'],
    // full names typed in lower case
    ['bn tran thi lan 54t dau nguc', 'tran thi lan'],
    ['bệnh nhân lê văn khoa vào viện', 'lê văn khoa'],
    ['goi cho pham van duc de hoi chan', 'pham van duc'],
    // family names outside the gazetteer before the middle name Thị / Văn
    ['người giám sát: Chamaléa Văn Tấn', 'Chamaléa Văn Tấn'],
    ['Ksơr Thị Blươn, 30 tuổi', 'Ksơr Thị Blươn'],
    // a non-Kinh given syllable after Thị / Văn (Khmer, Tày, Thái)
    ['Họ tên mẹ: Thạch Thị Sophal', 'Thạch Thị Sophal'],
    ['vợ là Lương Thị Slim đi cùng', 'Lương Thị Slim'],
    // Tây Nguyên names without a cue word
    ['1 | Y Thắng Byă | 02/02/2020', 'Y Thắng Byă'],
    ["cháu Siu H'Thoa 4 tuổi", "Siu H'Thoa"],
    ["Ksor H'Lin được cách ly tại nhà", "Ksor H'Lin"],
    // the cue word ông is the family name Ông when a middle name follows
    ['Giường 2: Ông Thị Huệ 70t', 'Ông Thị Huệ'],
    // a name in brackets after a kinship word
    ['SĐT con trai (Tùng): 0912 000 111', 'Tùng'],
    // initials with an abbreviated onset
    ['BN Ng.V.Th. 52 tuổi', 'Ng.V.Th.'],
    ['ca bệnh Tr.T.M nhập viện', 'Tr.T.M'],
  ])('finds the name in %j', (text, name) => {
    expect(found(text, 'NAME')).toEqual([name]);
  });

  it('keeps an initial but not the capitalised word of the next sentence', () => {
    expect(found('chị Lê Thị H. Chiều nay đỡ sốt', 'NAME')).toEqual(['Lê Thị H.']);
    expect(scanText('chị Lê Thị H. Chiều nay đỡ sốt').map((f) => f.kind)).toEqual(['NAME']);
  });

  it.each([
    'Anh ơi cho em hỏi ca này',
    'Trời ơi, sốt cao quá',
    'mai thi lam lai CTM',
    'mai thì làm lại điện giải đồ',
    'Giảm Thị Lực hai mắt',
    'chứng chỉ Ph.D năm 2010',
    'nhóm máu mẹ O con B. Chiếu đèn 2 mặt',
    'nhóm máu con A, mẹ O',
    'BÀN GIAO CA TRỰC ICU',
    'QUÁ TRÌNH BỆNH LÝ: sốt 3 ngày',
    'Bàn chân phải sưng nề',
    'Y học cổ truyền',
    'vitamin C và E',
  ])('does not flag %j', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
  });
});

describe('addresses — classes missed or over-flagged by the blind held-out set', () => {
  it('reads K12/3 as a kiệt (lane) house number', () => {
    expect(found('trú K45/2 Hùng Vương, quận Hải Châu, Đà Nẵng', 'ADDRESS')).toEqual(['K45/2 Hùng Vương, quận Hải Châu']);
    expect(found('nhà ở K7 Ông Ích Khiêm', 'ADDRESS')).toEqual(['K7 Ông Ích Khiêm']);
  });

  it('does not read common words as unit words in upper-case headings', () => {
    expect(scanText('BIÊN BẢN HỘI CHẨN')).toEqual([]);
    expect(scanText('GIẤY CHỨNG NHẬN NGHỈ VIỆC HƯỞNG BẢO HIỂM XÃ HỘI')).toEqual([]);
    expect(scanText('TỔ CHỨC Y TẾ THẾ GIỚI')).toEqual([]);
    // … but a commune whose name starts with such a word still counts
    expect(found('Xã Hội Xuân, huyện Quan Hóa', 'ADDRESS')).toEqual(['Xã Hội Xuân, huyện Quan Hóa']);
  });

  it('does not read an unaccented word in accented text as a unit ("phát ban" is a rash)', () => {
    expect(scanText('phát ban 8/02 từ sau tai').map((f) => `${f.kind}:${f.text}`)).toEqual(['DATE:8/02']);
    expect(found('hong ban 3 ngay', 'ADDRESS')).toEqual([]);
    expect(found('dia chi xa Binh Minh', 'ADDRESS')).toEqual(['xa Binh Minh']);
  });

  it('does not read gravida/para formulas as wards', () => {
    expect(scanText('G2P1, thai 32 tuần')).toEqual([]);
    expect(scanText('PARA 1001, G1P0')).toEqual([]);
    expect(found('P.3, Q.10', 'ADDRESS')).toEqual(['P.3, Q.10']);
  });

  it('does not take "địa chỉ IP / email" for a postal address', () => {
    expect(scanText('truy cập từ địa chỉ IP 113.161.72.45').map((f) => f.kind)).toEqual(['IP']);
    expect(scanText('Địa chỉ email: bs.lan@benhvien.vn').map((f) => f.kind)).toEqual(['EMAIL']);
  });
});

describe('dates and record numbers — classes missed by the blind held-out set', () => {
  it('keeps a d/m after a time-of-day word even before a count noun', () => {
    expect(found('Sáng 10/9 BN tỉnh, nói được', 'DATE')).toEqual(['10/9']);
    expect(found('tối 2/3 bệnh nhân sốt lại', 'DATE')).toEqual(['2/3']);
    expect(found('tỉ lệ 3/25 bệnh nhân', 'DATE')).toEqual([]);
  });

  it('reads "mũi 2/3" as a dose count', () => {
    expect(found('đã tiêm mũi 2/3', 'DATE')).toEqual([]);
    expect(found('tiêm mũi 2 ngày 12/3', 'DATE')).toEqual(['ngày 12/3']);
  });

  it('covers every day listed before a shared month', () => {
    expect(found('rung nhĩ vào ngày 5 và 6/6', 'DATE')).toEqual(['ngày 5 và 6/6']);
    expect(found('sốt các ngày 3, 4 và 5/7/2026', 'DATE')).toEqual(['ngày 3, 4 và 5/7/2026']);
  });

  it('reads "khoảng 10/1" as an approximate date and "sợ" is not "số"', () => {
    expect(found('bị chó cắn khoảng 10/1, không tiêm phòng', 'DATE')).toEqual(['10/1']);
    expect(found('khởi phát 1/3 sợ gió, sợ nước', 'DATE')).toEqual(['1/3']);
    expect(found('khoảng 2/3 số ca', 'DATE')).toEqual([]);
  });

  it('does not eat the start of a record id that begins with "so"', () => {
    expect(found('Mã ca: SOI-26-118', 'RECORD_NUMBER')).toEqual(['SOI-26-118']);
    expect(found('Mã BN số: 2403150012', 'RECORD_NUMBER')).toEqual(['2403150012']);
  });

  it('finds the TB treatment register number', () => {
    expect(found('Số ĐKĐT: 312/25', 'RECORD_NUMBER')).toEqual(['312/25']);
    expect(found('số đăng ký điều trị 0457', 'RECORD_NUMBER')).toEqual(['0457']);
  });
});
