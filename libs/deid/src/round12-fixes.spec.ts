// Round 12 (issue 15): document numbers by the convention settled in detect-documents.ts,
// more labelled-number shapes (bank accounts, charity codes, e-prescription hashes, numbers
// read out in words, driving licences, a unit's own code column), one identifier found once
// flagged everywhere it recurs, and dates (a comma as a cue, lunar years, the full moon, dates
// in words, a range's first day before a full date, an English month alone). Every sentence
// was written for this file; none is copied from a held-out set.
import { scanText, type PhiKind } from '@ketnoi/deid';

const found = (text: string, kind: PhiKind) =>
  scanText(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.text);

describe('round 12: the number of a paper about one person or one case', () => {
  it.each([
    ['Cơ quan điều tra ra Quyết định số 41/QĐ-CSĐT về việc trưng cầu giám định', '41/QĐ-CSĐT'],
    ['Tòa xử theo bản án số 176/2025/HS-ST ngày hôm ấy', '176/2025/HS-ST'],
    ['Kết luận giám định pháp y số 903/2025/TgT gửi kèm', '903/2025/TgT'],
    ['Bệnh viện gửi công văn 58/BV-KHTH đề nghị cung cấp hồ sơ', '58/BV-KHTH'],
    ['kèm giấy chứng nhận thương tích số 2210/GCN của bệnh viện', '2210/GCN'],
    ['Luật sư Hồ Minh (thẻ luật sư số 10472/LS) bào chữa', '10472/LS'],
    ['Số: 331/2025/GCT-BVTA', '331/2025/GCT-BVTA'],
  ])('%s', (text, number) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual([number]);
  });

  it.each([
    'theo Thông tư 46/2018/TT-BYT về hồ sơ bệnh án',
    'Nghị định 146/2018/NĐ-CP hướng dẫn Luật BHYT',
    'Quyết định 5631/QĐ-BYT ban hành hướng dẫn kiểm soát nhiễm khuẩn',
    'văn bản số 123/BYT-KCB của Cục Quản lý Khám chữa bệnh',
    'Quyết định số 12/2024/QĐ-UBND của tỉnh về giá dịch vụ',
    'điền mẫu số 01/BV-01 theo quy định',
    'MS: 01/BV-01',
    'tỷ số CD4/CD8 giảm',
    'nước tiểu BC 10/HPF',
    'Thông báo 45/TB-KSBT về tình hình dịch',
    'Kế hoạch 88/KH-SYT tiêm chủng mở rộng',
  ])('not an identifier: %s', (text) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual([]);
  });
});

describe('round 12: labelled numbers in more shapes', () => {
  it.each([
    ['Chuyển khoản ủng hộ vào tài khoản 1903 4471 2208 (Techcombank)', 'RECORD_NUMBER', ['1903 4471 2208']],
    ['DS Lan: đơn thuốc điện tử mã 79042b9c1d7e-c đã gửi', 'RECORD_NUMBER', ['79042b9c1d7e-c']],
    ['KTV: đã gửi mẫu, mã gửi NIHE-HN-2291 nhé', 'RECORD_NUMBER', ['NIHE-HN-2291']],
    ['em gửi kèm phiếu 25113004127 ạ', 'RECORD_NUMBER', ['25113004127']],
    ['Mã y tế: 79018 00 442 1093', 'RECORD_NUMBER', ['79018 00 442 1093']],
    ['tạm giữ GPLX hạng B2 số 790123456781 của tài xế', 'LICENSE', ['790123456781']],
  ])('%s', (text, kind, values) => {
    expect(found(text, kind as PhiKind)).toEqual(values);
  });

  it('a code found once is flagged where it recurs without a label', () => {
    expect(found('HOÀN CẢNH KHÓ KHĂN – MÃ SỐ 2025.441\nỦng hộ xin ghi MS 2025.441 và tên người gửi.', 'RECORD_NUMBER')).toEqual(['2025.441', 'MS 2025.441']);
  });

  it('a number read out after a label is an identifier, and a long one on its own', () => {
    expect(found('ông Tư giường 4 mã bệnh nhân hai năm một một ba không bảy chín', 'RECORD_NUMBER')).toEqual(['hai năm một một ba không bảy chín']);
    expect(found('số của chị là không chín tám tám một hai ba bốn năm sáu', 'PHONE')).toEqual(['không chín tám tám một hai ba bốn năm sáu']);
    expect(scanText('mẹ cho uống hai ba viên, năm sáu lần một ngày')).toEqual([]);
  });

  it('a table column headed by a unit code ("Mã LM") holds record numbers, a drug code column does not', () => {
    const table = 'Người bệnh | Mã LM | Thứ\nNguyễn Văn Tâm | LM-0412 | 2-4-6';
    expect(found(table, 'RECORD_NUMBER')).toEqual(['LM-0412']);
    expect(found(table, 'DATE')).toEqual([]);
    expect(found('Thuốc | Mã ATC\nMetformin | A10BA02', 'RECORD_NUMBER')).toEqual([]);
  });
});

describe('round 12: dates', () => {
  it.each([
    ['a comma before a day-month with a dash', 'ngày 1/7 vào Trung tâm Y tế huyện, 3-7 chuyển tuyến tỉnh', ['ngày 1/7', '3-7']],
    ['"mai" (tomorrow) before it', 'Mai 12-11 đưa mẹ tái khám', ['12-11']],
    ['a lunar year after the date', 'mất ngày mùng 3 Tết Ất Tỵ tại nhà', ['ngày mùng 3 Tết Ất Tỵ']],
    ['a lunar year after "năm"', 'sinh ngày 12 tháng 8 năm Giáp Thìn', ['ngày 12 tháng 8 năm Giáp Thìn']],
    ['the full moon of a month', 'giỗ ông vào rằm tháng 7', ['rằm tháng 7']],
    ['a date in words', 'bé sinh hai mươi ba tháng chín', ['hai mươi ba tháng chín']],
    ['a range whose end has a year', 'nghỉ ốm (từ 09 đến 15/10/2025)', ['từ 09 đến 15/10/2025']],
    ['an English month alone after a preposition', 'HbA1c was 7.9% in August', ['August']],
    ['a test name in capitals before it', 'NIPT 12/3: nguy cơ thấp', ['12/3']],
  ])('%s', (_, text, dates) => {
    expect(found(text, 'DATE')).toEqual(dates);
  });

  it.each([
    'lịch chạy thận thứ 3-5-7',
    'CA 19-9 tăng 640 U/mL',
    'chuyển Bệnh viện 30-4 Bộ Công an',
    'Hòa hợp HLA 5/6',
    'perindopril/indapamid 5/1.25 và losartan/amlodipin 5/5',
    'thị lực mắt phải 3/10',
    'ngày điều trị thứ 4/7',
    'mang thai chín tháng mười ngày',
    'nằm viện hai tháng tám ngày',
  ])('not a date: %s', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});

describe('round 12: an address completed with the parts written around the part found', () => {
  it.each([
    [
      'a house number and a street named after a person',
      'Địa chỉ: 18 Lý Thường Kiệt, phường Hưng Lợi, quận Ninh Kiều.',
      '18 Lý Thường Kiệt, phường Hưng Lợi, quận Ninh Kiều',
    ],
    [
      'a flat, a tower, a named building and an English district',
      'Address: Apt 1203, Tower C, Green Bay, 7 Nguyen Hue Street, Ben Nghe Ward, District 1.',
      'Apt 1203, Tower C, Green Bay, 7 Nguyen Hue Street, Ben Nghe Ward, District 1',
    ],
    ['a lower-case hamlet right before the commune', 'nha o xom dong tien xa nghia hung, huyen nghia dan', 'xom dong tien xa nghia hung, huyen nghia dan'],
    ['a house number before a lane', 'so 9 ngo 41 pho Hao Nam, phuong O Cho Dua', 'so 9 ngo 41 pho Hao Nam, phuong O Cho Dua'],
    ['a room before a house number', 'Tạm trú: phòng 12, số 45 Khương Đình, phường Hạ Đình', 'phòng 12, số 45 Khương Đình, phường Hạ Đình'],
  ])('%s', (_, text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it.each([
    ['a facility before the commune', 'chuyển từ Trạm Y tế, xã Tân Lập, huyện Đan Phượng', 'xã Tân Lập, huyện Đan Phượng'],
    ['a ward of a hospital', 'Khám tại khoa Nội, phường Bến Thành có nhiều ca', 'phường Bến Thành'],
    ['the province after it', 'gia đình sống ở phường An Hải, Đà Nẵng, Mai kể', 'phường An Hải'],
  ])('takes nothing more: %s', (_, text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });
});

describe('round 12: full names typed in lower case, and lower-case chat labels', () => {
  const names = (text: string) => found(text, 'NAME');
  it.each([
    ['a family name, "thị" and a given name', 'giường 5 là bà trần thị huệ 70t', ['trần thị huệ']],
    ['without diacritics, a Khmer given name after "thi"', 'bn: thach thi sa ron 66t, o ap 3', ['thach thi sa ron']],
    ['a common family name and two name syllables', 'em nhập bé ngô gia khánh 4 tuổi', ['ngô gia khánh']],
    ['a Khmer family name after a kinship word, typed without diacritics', 'giuong 2: ong son ngoc khiem, copd dot cap', ['son ngoc khiem']],
    ['a Khmer name after a bed field', 'giuong 3: chau sam nang 45t, sot ret', ['chau sam nang']],
    ['an everyday-word family name after a kinship word', 'ba la thi phon 80t te nga', ['la thi phon']],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('an age read out after a name is not a given name', () => {
    expect(names('anh đinh văn hoàng ba mươi tư tuổi gãy chân').join(' ')).not.toMatch(/mươi|tư/);
  });

  // Round 14: "ong son nha ben canh" left this list — unaccented it is as much "ông Sơn nhà bên
  // cạnh" (Mr Sơn next door) as "ông sơn nhà" (he paints the house), and each retrain flipped it;
  // flagging it is the safe reading, and the author can dismiss it in review.
  it.each([
    'ba chau chi bi sot',
    'trương lực cơ giảm',
    'lương y như từ mẫu',
    'tôn trọng ý kiến người bệnh',
    'nếu la thi goi bs',
    'anh quan tâm chị nhé',
    'hồ sơ bệnh án',
  ])('no name in: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('a lower-case sender label with a role or a ward after the name', () => {
    const chat = 'thuy: c lan oi bn giuong 3 kho tho\nlan dd: e mo oxy roi\nkhanh noi 2: dang xuong\nthuy: ok';
    expect(names(chat)).toEqual(['thuy', 'lan', 'lan', 'khanh', 'thuy']);
  });

  it('"dd giao:" and "dd nhan:" open the hand-over fields, the names are after them', () => {
    expect(names('dd giao: tran thi mo – dd nhan: vo van tam\ng3: on dinh')).toEqual(['tran thi mo', 'vo van tam']);
  });
});

describe('round 12: highland names led by a one-letter prefix', () => {
  const names = (text: string) => found(text, 'NAME');
  it.each([
    ['a Bahnar name with no cue', 'A Thuyên (12 tuổi) bị ngã khi đi rẫy', ['A Thuyên']],
    ['after "già làng", which is a title, not an address', 'già làng A Bloong kể lại', ['A Bloong']],
    ['an Ê Đê man', 'Y Nhít đưa vợ đi sinh', ['Y Nhít']],
    ['a Bahnar vowel with a breve', 'A Dŭk lên rẫy từ sáng', ['A Dŭk']],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
    expect(found(text, 'ADDRESS')).toEqual([]);
  });

  it.each(['nhóm máu A Rh+', 'Trường Đại học Y Dược Huế', 'Bệnh viện Đại học Y Hà Nội', 'huyện A Lưới', 'A Doctor said no'])('no name in: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

it('round 12: a hospital named in English is no person, whatever the labeller says', () => {
  expect(found('Transferred from Hoi An Pacific Hospital on the same day', 'NAME')).toEqual([]);
});

describe('round 12: ages of 90 and over without "tuổi"', () => {
  it.each([
    ['a "Tuổi" column', 'STT | Họ tên | Tuổi | Địa chỉ\n1 | Lê Văn Tám | 92 | thôn 3', ['92']],
    ['after "đã" with an old person before', 'Bà nội cháu đã 95 mà vẫn minh mẫn', ['95']],
    ['after "năm ni" in Huế speech', 'Mệ năm ni 94 rồi', ['94']],
    ['an English age written with a hyphen', 'a 91-year-old retired teacher', ['91-year-old']],
    ['an English apposition', 'Margaret Hollis, 97, was admitted', ['97']],
  ])('%s', (_, text, ages) => {
    expect(found(text, 'AGE_OVER_89')).toEqual(ages);
  });

  it.each(['ông đã 92 kg', 'Tuổi | 45', 'bà nội đã 90 ngày không ra viện', 'Room 12, 95, was'])('no age in: %s', (text) => {
    expect(found(text, 'AGE_OVER_89')).toEqual([]);
  });
});

describe('round 12: two small name fixes', () => {
  it('a capitalised name after a lower-case word is not the second half of a phrase ("hộ sinh Lý …" is not "sinh lý")', () => {
    expect(found('kíp trực có nữ hộ sinh Lý Thu Hà và bác sĩ gây mê', 'NAME')).toEqual(['Lý Thu Hà']);
    expect(found('rối loạn sinh lý', 'NAME')).toEqual([]);
  });

  it('"a" (anh) opens a name after a sentence end, not after a list number', () => {
    expect(found('ok em. a Sơn chở ba về nhé', 'NAME')).toEqual(['Sơn']);
    expect(found('1. a Sơn', 'NAME')).toEqual([]);
  });
});
