// Regression tests for the classes of misses and false positives that the third blind
// held-out set (src/eval/heldout3/) exposed. The sentences are new, not copied from the
// held-out documents, so each test checks the rule rather than one string; every class
// has negative tests that ordinary clinical text stays unflagged.
import { type PhiKind, scanText } from '@ketnoi/deid';

function found(text: string, kind?: PhiKind): string[] {
  return scanText(text)
    .filter((f) => !kind || f.kind === kind)
    .map((f) => f.text);
}

describe('names — classes missed by the third blind held-out set', () => {
  it.each([
    // a role title ending in a facility word, then a person (not a department)
    ['Sau đó phó khoa Trần Đình Luật ký duyệt', ['Trần Đình Luật']],
    ['Trưởng phòng Lê Thị Quyên đã nhận đơn', ['Lê Thị Quyên']],
    // an unaccented family name spelled like a cue word (Chau = cháu, Vo = vợ)
    ['Gia đình đưa Chau Sa Rết đến trạm lúc chiều', ['Chau Sa Rết']],
    ['Vo Thi Ha [08:15]: da em nhan benh nhan roi', ['Vo Thi Ha']],
    // Mường, Chăm family names and an accentless one before Văn/Thị in accented text
    ['Xa Thị Hằng, 27 tuổi, đau bụng', ['Xa Thị Hằng']],
    ['Nại Văn Thành sốt cao 3 ngày', ['Nại Văn Thành']],
    ['Phó Đức Minh (SN 1980) tái khám', ['Phó Đức Minh']],
    // Khmer given names outside the Kinh list, not Vietnamese-shaped
    ['người bệnh Thạch Sa Roth được chuyển lên', ['Thạch Sa Roth']],
    ['Danh Sà Khươl, 51 tuổi, khó thở', ['Danh Sà Khươl']],
    // Dao middle names (Láo, Tòn …)
    ['người đi rừng về: Tẩn Tòn Kiềm, 40 tuổi', ['Tẩn Tòn Kiềm']],
    ['Lý Láo Chàn ho ra máu', ['Lý Láo Chàn']],
    // a relation and "là"
    ['chồng là Sa Li Ha, con là Ma Ri Sa', ['Sa Li Ha', 'Ma Ri Sa']],
    // the value of a form label, whatever its shape
    ['Họ tên: Mohamed Ali Hassan   Quốc tịch: Ai Cập', ['Mohamed Ali Hassan']],
    ['Họ và tên: John Smith   Tuổi: 45', ['John Smith']],
    // aliases: in brackets after a name, in quotes after "tức", "biệt danh", "chữ"
    ['Đỗ Văn Hải ("Hải Còi") nhập viện lúc 2h', ['Đỗ Văn Hải', 'Hải Còi']],
    ['đối tượng Phan Văn Lộc tức "Lộc Sẹo" bỏ trốn', ['Phan Văn Lộc', 'Lộc Sẹo']],
    ['trên ngực có hình xăm chữ "Tuyết"', ['Tuyết']],
    // initials: a two-letter onset, a lone letter before a bracket, glued to a given name,
    // bare capitals at the start of a list item before sex or birth year
    ['anh Th. (30 tuổi) là người phát hiện', ['Th.']],
    ['ông Trần Văn Ng. (SN 1950) tử vong', ['Trần Văn Ng.']],
    ['cô L (giáo viên chủ nhiệm) báo cáo', ['L']],
    ['N.T.Hương (SN 1990) – viêm gan B', ['N.T.Hương']],
    ['2. LVH (nam, 52 tuổi) – tái khám', ['LVH']],
    // Catholic baptismal names and Buddhist dharma names
    ['sơ Anna Lê Thị Tuyết phụ trách phòng khám', ['Anna Lê Thị Tuyết']],
    ['cha Phaolô Vũ Đình Khôi đến thăm', ['Phaolô Vũ Đình Khôi']],
    ['Thượng tọa Thích Minh Quang, 68 tuổi, THA', ['Thích Minh Quang']],
    ['ni sư Thích Nữ Huệ Liên tái khám', ['Thích Nữ Huệ Liên']],
    // role cues of letters, registers and forensic papers
    ['bác sĩ nội trú Quân trực đêm', ['Quân']],
    ['chú tiểu Minh Đức bị ghẻ', ['Minh Đức']],
    ['giám định viên Võ Minh Trí', ['Võ Minh Trí']],
    ['Người điều tra: CN. Lê Thị Mến', ['Lê Thị Mến']],
    // a name split by a line break (a form pasted from a PDF)
    ['Họ tên: Trịnh\nThị Mai Anh   Tuổi: 30', ['Trịnh\nThị Mai Anh']],
    ['Người nhận: Lê Văn\nTùng – phòng KHTH', ['Lê Văn\nTùng']],
    // a name called by its last two words, and a name standing before "|"
    ['ĐD Huỳnh Kim Bảo Ngọc giao ca.\nBảo Ngọc báo giường 3 sốt', ['Huỳnh Kim Bảo Ngọc', 'Bảo Ngọc']],
    // lower case without diacritics: an ambiguous family name after a kinship cue with a
    // middle name; a lone given name after a staff role and a colon
    ['con gai ho thi lan den tham', ['ho thi lan']],
    ['bs: hanh / dd: nhung', ['hanh', 'nhung']],
    // a hospital-system login, a Korean name
    ['Người nhập: tuanpv    Ngày nhập: 05/01/2026', ['tuanpv']],
    ['khách du lịch Lee Seo-yeon, 29 tuổi', ['Lee Seo-yeon']],
  ])('finds the names in %j', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });

  it.each([
    'trưởng khoa Nội chủ trì hội chẩn',
    'Phó khoa Sản trực lãnh đạo',
    'PHÓ GIÁM ĐỐC',
    'Phó Giám đốc bệnh viện',
    'cháu bé bú tốt, không sốt',
    'Thích nghi tốt sau mổ',
    'bệnh nhân thích ăn mặn',
    'Người nhà: Vắng mặt',
    'NGƯỜI NHÀ: KHÔNG CÓ',
    'Người in: admin',
    'tầng 3 nhà B, phòng 12',
    'nhóm máu mẹ B, con O',
    'XHTH (nam, 45 tuổi) – nội soi cấp cứu',
    'bs truc: tinh, on dinh',
    'dd: binh thuong',
    'Thư ký Hội đồng',
    'vợ là giáo viên, con là học sinh',
    'đi du lịch Hàn Quốc về',
  ])('leaves %j unflagged', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps only the name, not a sex word, department or place in brackets', () => {
    expect(found('Nguyễn Văn An (Nam), 45 tuổi')).toEqual(['Nguyễn Văn An']);
    expect(found('BS Lê Thị Hoa (Ngoại) trực')).toEqual(['Lê Thị Hoa']);
    expect(found('ĐD Trần Thị Mai (Hà Nội)')).toEqual(['Trần Thị Mai']);
    expect(found('BS Nguyễn Văn Bình\nTuổi: 45', 'NAME')).toEqual(['Nguyễn Văn Bình']);
  });
});

describe('false positives of the third blind held-out set', () => {
  it.each([
    // Danh (a Khmer family name) and Thiều/Liêu (rare family names) in headings
    'DANH SÁCH HỌC SINH NGHỈ HỌC',
    'DANH MỤC THUỐC THIẾT YẾU',
    'VÀ DANH SÁCH NGƯỜI TIẾP XÚC',
    'THIEU MAU NANG',
    'LIEU DUY TRI 2 VIEN',
    // peoples named in two words
    'dân tộc Ba Na, 30 tuổi',
    'người Xơ Đăng và Gia Rai',
    // an upper-case heading after an upper-case cue; a role repeated as a signature label
    'BÁO CÁO NẠN NHÂN VỤ CHÁY CHỢ',
    'GIÁM ĐỊNH VIÊN                GIÁM ĐỊNH VIÊN',
    // a cue abbreviation ending a sentence, then a kinship word
    'đã báo KTV. Ông nội cháu đến sau',
    // "TP KHTH" is an office, "BẢN KẾT LUẬN" a document, not a city or a village
    'Ý kiến TP KHTH: đồng ý',
    'BẢN KẾT LUẬN GIÁM ĐỊNH',
    'bản án sơ thẩm',
    // "Q8" inside a code, "P" inside a code
    'mã MMT-Q8-0213 đã khóa',
  ])('leaves %j unflagged (but the code)', (text) => {
    expect(found(text).filter((f) => !/\d{3}/.test(f))).toEqual([]);
  });
});

describe('dates — classes of the third blind held-out set', () => {
  it.each(['lọc máu chu kỳ thứ 2-4-6', 'chạy thận T3-5-7', 'tháng điều trị 4/6', 'tháng 2/9 của phác đồ', 'tiêm 0,3 ml (1/3 ống)', 'người lớn (1/2–1 ống)'])(
    'leaves %j unflagged',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it.each([
    ['sốt từ 2-4/6', '2-4/6'],
    ['khởi phát (2/3) rồi sốt cao', '2/3'],
    ['tái khám ngày 1/3', 'ngày 1/3'],
    ['thứ 5 (14/11) tiêm BCG', '14/11'],
  ])('still finds the date in %j', (text, date) => {
    expect(found(text, 'DATE')).toEqual([date]);
  });
});

describe('addresses — classes missed by the third blind held-out set', () => {
  it.each([
    // a unit word ending its line (a form pasted from a PDF)
    ['Địa chỉ: số 9, ngõ 4, phường\nKim Liên, Hà Nội', 'số 9, ngõ 4, phường\nKim Liên'],
    // a room number next to a place
    ['ở phòng 7, dãy trọ 15/2 đường Lê Văn Việt', 'phòng 7, dãy trọ 15/2 đường Lê Văn Việt'],
    // a slashed house number and a street named after a person, without a unit word
    ['nhà ở 78/14 Trần Văn Đang, gần chợ', '78/14 Trần Văn Đang'],
    // lower case without diacritics: gazetteer names after an unaccented unit word
    ['nha o xom 2 xa hai van huyen hai hau', 'xom 2 xa hai van huyen hai hau'],
  ])('finds the address in %j', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it('keeps Sóc inside a Khmer name a name', () => {
    expect(found('tử thi Chau Sóc Pheap, nam')).toEqual(['Chau Sóc Pheap']);
  });

  it.each(['phòng 203 tầng 2', 'Khoa Nội, phòng 5, giường 12', 'AST/ALT 245/310 U/L', 'HA 150/90 MMHG', 'xa nha 2 ngay', 'giao ban khoa'])(
    'leaves %j unflagged',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('record numbers — classes missed by the third blind held-out set', () => {
  it.each([
    ['Số hợp đồng: HD-2026-004512', 'HD-2026-004512'],
    ['chuyển vào số tài khoản 1903 4567 8901 tại ngân hàng', '1903 4567 8901'],
    ['Mã số sự cố: SC-2025-0113', 'SC-2025-0113'],
    ['Mã phiếu khảo sát: KS-09-0021', 'KS-09-0021'],
  ])('finds the number in %j', (text, id) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual([id]);
  });

  it.each(['Mã ICD: J18.9', 'Mã bệnh: A91', 'Mã thuốc: 40.1234', 'Mã xã: 27340'])('leaves %j unflagged', (text) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual([]);
  });
});

describe('tables typed with "|": the column header says what a cell is', () => {
  const table = [
    '| STT | Họ tên | Tuổi | Thôn | Mã BN |',
    '| 1 | Park Min-ho | 34 | Văn Lâm 4 | BN26-00142 |',
    '| 2 | Báo Văn Hùng | 51 | Hữu Đức | BN26-00157 |',
    '| 3 | Chưa rõ danh tính | 20 | | |',
  ].join('\n');

  it('flags names, addresses and record numbers by column', () => {
    const f = scanText(table).map((x) => `${x.kind}:${x.text}`);
    expect(f).toEqual(
      expect.arrayContaining([
        'NAME:Park Min-ho',
        'NAME:Báo Văn Hùng',
        'ADDRESS:Văn Lâm 4',
        'ADDRESS:Hữu Đức',
        'RECORD_NUMBER:BN26-00142',
        'RECORD_NUMBER:BN26-00157',
      ]),
    );
    expect(f.some((x) => x.includes('Chưa'))).toBe(false);
  });

  it.each([
    '| Tên thuốc | Liều |\n| Augmentin | 1g x 2 |',
    '| Tên | Liều |\n| Paracetamol | 500mg |',
    '| Mã ICD | Chẩn đoán |\n| J18.9 | Viêm phổi |',
    '| Quê quán | Số ca |\n| Seoul | 2 |',
  ])('leaves drug, code and one-word place columns alone: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
