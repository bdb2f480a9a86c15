// Regression tests for the classes of misses and false positives that the second blind
// held-out set (src/eval/heldout2/) exposed. The sentences are new, not copied from the
// held-out documents, so each test checks the rule rather than one string; every class
// has negative tests that ordinary clinical text stays unflagged.
import { type PhiKind, scanText } from '@ketnoi/deid';

function found(text: string, kind?: PhiKind): string[] {
  return scanText(text)
    .filter((f) => !kind || f.kind === kind)
    .map((f) => f.text);
}

describe('names — classes missed by the second blind held-out set', () => {
  it.each([
    // a Tây Nguyên / S'tiêng family name before any capitalised syllable, Kinh-shaped or not
    ['cùng đi rẫy với Siu Blơng hôm trước', 'Siu Blơng'],
    ['Rmah Đen 34 tuổi sốt rét tái phát', 'Rmah Đen'],
    ['người đi cùng: Điểu Mlơh, làm rẫy', 'Điểu Mlơh'],
    // prefixed names with a space after the apostrophe, and K'Ho names
    ["chị H' Lim Byă đưa con đi khám", "H' Lim Byă"],
    ["nhà K' Brơi ở cuối làng", "K' Brơi"],
    ["người báo tin là K'Sơn", "K'Sơn"],
    // Ê Đê teknonyms (father of / mother of)
    ['Ama Hơn đưa cháu xuống trạm', 'Ama Hơn'],
    ['gọi Amí Lin lên nhận thuốc', 'Amí Lin'],
    // chat display names opening a line, with an optional role and time
    ['Minh Thư ĐD: giường 4 sốt lại 39 độ', 'Minh Thư'],
    ['Hồng Nhung 20:15: kết quả cấy máu âm tính', 'Hồng Nhung'],
    // an accentless family name (Mai, Cao, Kim …) in a line written with diacritics
    ['- Cao Minh: em đồng ý với hướng xử trí này', 'Cao Minh'],
    // family names added: H'Mông Vừ, Thái Cà
    ['người tiếp xúc Vừ A Dính, 30 tuổi', 'Vừ A Dính'],
    ['Cà Văn Thanh, 45 tuổi, sốt 3 ngày', 'Cà Văn Thanh'],
    // the name after "tên <language>:" — the qualifier is not a name
    ['tên tiếng Hoa: Lam Sui Ying', 'Lam Sui Ying'],
  ])('finds the name in %j', (text, name) => {
    expect(found(text, 'NAME')).toEqual([name]);
  });

  it.each([
    // lists of names after a name: ",", "/", "và"
    ['cùng đi rừng có Điểu Brơ, Thị Nhung và Siu Hlin.', ['Điểu Brơ', 'Thị Nhung', 'Siu Hlin']],
    ['Ký nhận: Hạnh / Quyết', ['Hạnh', 'Quyết']],
    ['cháu là con của Danh Sóc và Thị Sa Rum.', ['Danh Sóc', 'Thị Sa Rum']],
    // a given name seen in a full name elsewhere in the note, standing on its own
    ['BS trực Phạm Thu Hương. 3h sáng báo Hương, cho thở oxy', ['Phạm Thu Hương', 'Hương']],
    ['ĐD Lê Minh Khoa nhận ca.\nKhoa ơi, giường 2 tụt HA', ['Lê Minh Khoa', 'Khoa']],
    // a full name seen once is a name wherever it recurs (a display name after "Zalo: ")
    ['Zalo: Lan Anh: giường 5 ổn chưa?\nLan Anh: ok em', ['Lan Anh', 'Lan Anh']],
    // a sign-off under "Cảm ơn", "Trân trọng"
    ['Nhờ anh xem giúp phim phổi.\nCảm ơn anh,\nTuấn', ['Tuấn']],
  ])('finds every name in %j', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });

  it.each([
    // upper case without diacritics: kinship words and surnames that are ordinary words
    'KHAM: CO CUNG (+), DAU DAU',
    'CHAN DOAN XAC DINH: VIEM PHOI',
    'TOM TAT BENH AN VA HUONG DIEU TRI',
    'THEO DOI SAT MACH HA 2H/LAN',
    'DIEU TRI NOI TRU',
    // an upper-case heading does not run into a protected phrase
    'TIỀN SỬ VÀ DIỄN BIẾN LÂM SÀNG',
    // an upper-case word without marks in a heading that has them
    'BÀN GIAO CA TRỰC ĐÊM',
    // initials before a colon are a label qualifier
    'Số hồ sơ BN ARV: 00451',
    // labels that look like chat display names
    'Chẩn đoán: viêm phổi thùy',
    'Tình trạng: ổn định',
    'Thành phần: đầy đủ',
    // peoples, not persons
    "dân tộc K'Ho, làm rẫy",
    "người H' Mông ở bản trên",
    // "Mai" (tomorrow) at the start of a sentence
    'Mai tái khám, làm lại CTM',
    // ordinary phrases after a known name: sex field, ethnic group, weekday, labels
  ])('does not flag %j', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
  });

  it.each([
    ['Họ tên: Trần Văn Nam   Nam/Nữ: Nam', ['Trần Văn Nam']],
    ['Họ tên: Lò Văn Thái. Dân tộc: Thái', ['Lò Văn Thái']],
    ['Lò Văn Páng, Thái, 50 tuổi', ['Lò Văn Páng']],
    ['BN Lê Văn Tư tái khám thứ Tư, 10h', ['Lê Văn Tư']],
    ['ĐD Nguyễn Thị Lan, Khoa Nội', ['Nguyễn Thị Lan']],
    ['BS Lê Thị Hoa trực. Hoa khô héo cạnh giường', ['Lê Thị Hoa']],
    ['BN Trần Văn Bình, Bình thường không dị ứng', ['Trần Văn Bình']],
    ['người nhà: Phạm Thị Mạch.\nMạch: 88 l/p', ['Phạm Thị Mạch']],
  ])('adds no name beyond the real one in %j', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });
});

describe('identifiers and addresses — classes missed by the second blind held-out set', () => {
  it.each([
    ['SID: 2603210045', '2603210045'],
    ['Mã phiếu: PK-2026-0088', 'PK-2026-0088'],
    ['mã quản lý HIV: HN-OPC-0231', 'HN-OPC-0231'],
    ['Mã bệnh nhi: 26001234', '26001234'],
    ['mã hội chẩn TX-2604-0012', 'TX-2604-0012'],
  ])('finds the record number in %j', (text, id) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual([id]);
  });

  it.each(['hồ sơ lưu trữ năm 2019', 'Mã ICD: J18.9; Mã bệnh: A90'])('finds no record number in %j', (text) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual([]);
  });

  it.each([
    ['Địa chỉ: số 9 cư xá Thanh Đa, TP.HCM', 'số 9 cư xá Thanh Đa'],
    ['ở dãy trọ số 5, phường Linh Trung', 'dãy trọ số 5, phường Linh Trung'],
    ['căn hộ 1208 tòa N02, phường Yên Hòa', 'căn hộ 1208 tòa N02, phường Yên Hòa'],
    ['nhà B3/15 ấp 2, xã Tân Kiên', 'B3/15 ấp 2, xã Tân Kiên'],
    ['khu vực 4, phường An Khánh, Ninh Kiều', 'khu vực 4, phường An Khánh, Ninh Kiều'],
  ])('finds the address in %j', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it.each([
    // "khu vực" inside a health-centre name (2025 naming) and as a region
    'chuyển Trung tâm Y tế khu vực Chư Prông',
    'Bệnh viện Đa khoa khu vực Cai Lậy',
    'TTYT KHU VỰC BẮC HÀ',
    'dịch lưu hành ở khu vực Tây Nguyên',
    // P = phải (right), pressure
    'đồng tử P 3mm, T 2mm',
    'sức cơ tay P 3/5, chân P 2/5',
    'gãy 1/3 giữa xương đùi P. Cố định nẹp',
    'thở máy, P 30 cmH2O',
    // an unaccented unit word in a line written with diacritics
    'họp giao ban Khoa Nhi lúc 7h30',
  ])('finds no address in %j', (text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });
});

describe('dates — fractions exposed by the second blind held-out set', () => {
  it.each(['2/3 mẫu dương tính', 'u 1/3 trên thực quản', 'đám mờ 1/3 dưới phổi trái', 'Manning 6/10', 'AFB (-) 3/3 mẫu'])('does not flag %j', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });

  it.each([
    ['ngày 1/3 dưới sự theo dõi của BS', 'ngày 1/3'],
    ['lấy mẫu 12/3 gửi Viện', '12/3'],
  ])('still finds the date in %j', (text, date) => {
    expect(found(text, 'DATE')).toEqual([date]);
  });
});
