// Round 8 (issue 15): classes, not sentences — structured record numbers after any number
// label, day-word and lunar dates, the first day of a range without "ngày", dated list items,
// foreign phone numbers written with "+CC" and spaces, industrial parks, tower/block codes with
// their estate, numbered groups after a house number, staff roles before chat sender names, the
// last syllable of a full name recurring alone. None of the examples is copied from a held-out set.
import { scanText } from '@ketnoi/deid';
import type { PhiKind } from './types';

const found = (text: string, kind?: PhiKind) =>
  scanText(text)
    .filter((f) => !kind || f.kind === kind)
    .map((f) => f.text);

describe('round 8: record numbers of any structured shape after a number label', () => {
  it.each([
    ['Chị kiểm tra giúp mã sổ THA-0921 còn thuốc không', 'THA-0921'],
    ['hồ sơ ngoại trú NT-1193 cần bổ sung chữ ký', 'NT-1193'],
    ['Tổng đài ghi mã cuộc gọi 114-250101-0021 lúc 3h', '114-250101-0021'],
    ['ghi vào bệnh án 24117702 giúp anh', '24117702'],
    ['em xem lại mẫu 2412030019 có vỡ hồng cầu không', '2412030019'],
    ['hồ sơ 24/018823 còn thiếu giấy cam kết', '24/018823'],
    ['kèm biên bản vụ việc số 77/BB-CAP của công an', '77/BB-CAP'],
    ['trả kết quả GPB số GPB 24-11872 cho khoa', 'GPB 24-11872'],
    ['Mã số sinh viên (ĐHYD-2301125) dùng để miễn phí', 'ĐHYD-2301125'],
    ['Thẻ hiến mô của chị có số ĐKHM-2020-112233', 'ĐKHM-2020-112233'],
    ['Your insurer needs the membership 7712 0093 4410 on the letter.', '7712 0093 4410'],
    ['Please quote NHS no. 943 476 5919 when you call.', '943 476 5919'],
    ['bé chưa có CCCD, dùng giấy khai sinh số 087/2024/GKS', '087/2024/GKS'],
  ])('%s', (text, code) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual([code]);
  });

  it.each([
    'Thực hiện Quyết định số 1492/QĐ-BYT về phòng chống dịch',
    'Theo văn bản số 212/BYT-KCB của Bộ Y tế',
    'mà 2-3 ngày sau mới đỡ',
    'chỉ số 12-15 là bình thường',
  ])('leaves authority documents and ordinary numbers alone: %s', (text) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual([]);
  });
});

describe('round 8: dates named by day words, lunar dates and dated list items', () => {
  it.each([
    ['Ông bị ngã ngày mùng 3 Tết, đến mùng 8 tháng Giêng mới khám', ['ngày mùng 3 Tết', 'mùng 8 tháng Giêng']],
    ['Đêm 27 tháng Chạp bé sốt cao', ['27 tháng Chạp']],
    ['Bà ho khan từ mồng 5 tới giờ', ['mồng 5']],
    ['bữa 15 tây má con đi tái khám', ['bữa 15 tây']],
    ['- 4.8: nhận kết quả PCR dương tính', ['4.8']],
    ['Từ 3 đến 8/9: uống kháng sinh dự phòng', ['Từ 3 đến 8/9']],
    ['Tháng 3 năm ngoái bé được mổ tim', ['Tháng 3']],
    ['EDIT 7/11: she is home now', ['7/11']],
  ])('%s', (text, dates) => {
    expect(found(text, 'DATE')).toEqual(dates);
  });

  it.each(['mông 2 bên đỏ, rát', 'kết quả 3.7 mmol/l', 'tháng 5 năm 2024 lần 2', 'uống 2 viên, 2-7 ngày'])('no date in: %s', (text) => {
    expect(found(text, 'DATE').filter((d) => !/2024/.test(d))).toEqual([]);
  });
});

describe('round 8: foreign phone numbers written with +CC and spaces', () => {
  it.each([
    ['My UK mobile is +44 7911 123 456.', '+44 7911 123 456'],
    ['gọi số +61 412 345 678 nhé', '+61 412 345 678'],
  ])('%s', (text, phone) => {
    expect(found(text, 'PHONE')).toEqual([phone]);
  });
});

describe('round 8: industrial parks, towers and numbered groups', () => {
  it.each([
    ['anh làm ca đêm ở KCN Quế Võ, Bắc Ninh', 'KCN Quế Võ'],
    ['công ty ở khu công nghiệp Đình Vũ, phường Đông Hải', 'khu công nghiệp Đình Vũ, phường Đông Hải'],
    ['giao thuốc tới căn 08.12 tòa S2 Vinhomes Smart City', 'căn 08.12 tòa S2 Vinhomes Smart City'],
    ['bà Lụa 88t, P.705 tòa CT3 Văn Quán, thay băng', 'P.705 tòa CT3 Văn Quán'],
    ['cụ ở số 14 tổ 3 Phú Diễn nhé', 'số 14 tổ 3 Phú Diễn'],
    ['me o so nha 8 to 5 phuong tan thinh thanh pho hoa binh a', 'so nha 8 to 5 phuong tan thinh thanh pho hoa binh'],
  ])('%s', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it.each(['Nghề nghiệp: công nhân KCN. Điện thoại: không có', 'lấy 2 ống, số 5 tổ Xét Nghiệm', 'họp ở tòa A Bệnh viện Bạch Mai'])(
    'no address in: %s',
    (text) => {
      expect(found(text, 'ADDRESS')).toEqual([]);
    },
  );
});

describe('round 8: chat sender names after a staff role', () => {
  it('finds the name after one- or two-word roles', () => {
    const chat = [
      'ĐPV Hạnh: xe 02 đi ngay',
      'Lái xe Toản: nhận',
      'Trưởng TYT Đỗ Thị Minh Nguyệt: ok cả nhà',
      'CTV Lợi: e gọi rồi',
      'PD Bảo Ngọc: BN đau bụng từ sáng',
      'Khoa Nội: nhận',
    ].join('\n');
    expect(found(chat, 'NAME')).toEqual(['Hạnh', 'Toản', 'Đỗ Thị Minh Nguyệt', 'Lợi', 'Bảo Ngọc']);
  });
});

describe('round 8: the last syllable of a full name recurring alone', () => {
  it('flags the given name outside the list after the full name', () => {
    expect(found('Cụ Lò Thị Pâng năm nay 91 tuổi. Sau mổ, cụ Pâng đã tự ngồi dậy.', 'NAME')).toEqual(['Lò Thị Pâng', 'Pâng']);
  });
  it('not at the start of a sentence', () => {
    expect(found('Bệnh nhân Nguyễn Thị Dạ vào viện. Dạ, em báo cáo ca trực.', 'NAME')).toEqual(['Nguyễn Thị Dạ']);
  });
});

describe('round 8: names in English prose after a title or a relation word', () => {
  it.each([
    ['A 58-year-old visitor, Declan Fairbrother, fell from a ladder.', ['Declan Fairbrother']],
    ['My colleague Radosław Kaczmarek (Polish) was admitted. Radosław is awake now.', ['Radosław Kaczmarek', 'Radosław']],
    ["Hello, this is Dr Tariq Haddad's assistant. Dr Haddad will ring you.", ['Tariq Haddad', 'Haddad']],
    ['The girl, Keo Sophea, came with her mother, Pich Dara.', ['Keo Sophea', 'Pich Dara']],
    ['Hi, my daughter Maisie has a rash. Please see Maisie today.', ['Maisie', 'Maisie']],
    ['Tiếp nhận chàng trai Lào, Vilayvanh Sisouphan, sốt cao', ['Vilayvanh Sisouphan']],
    ['BN Campuchia Chhun Sovann nhập viện vì sốt rét', ['Chhun Sovann']],
  ])('%s', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });

  it.each(['cô gái Lào, Hôm qua đến khám', 'Dr. Emergency on call tonight', 'Thank you Dr and the ICU team', 'My son, I think, is better'])(
    'no name in: %s',
    (text) => {
      expect(found(text, 'NAME')).toEqual([]);
    },
  );
});

describe('round 8: phone numbers spelled out in words (voice-to-text)', () => {
  it.each([
    ['so cua me em la khong chin mot hai ba bon nam sau bay tam nha chi', 'khong chin mot hai ba bon nam sau bay tam'],
    ['Số nhà con: không ba tám sáu, một hai ba, bốn năm sáu.', 'không ba tám sáu, một hai ba, bốn năm sáu'],
  ])('%s', (text, phone) => {
    expect(found(text, 'PHONE')).toEqual([phone]);
  });
  it.each(['không ba không bốn gì cả', 'Bé không ba ngày liền không ăn', 'uống hai viên một ngày, không ăn'])('no phone in: %s', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
});
