import { PLACEHOLDERS, PhiKind, redact, scanText } from '@ketnoi/deid';

/** The texts found for one kind. */
function found(text: string, kind?: PhiKind): string[] {
  return scanText(text)
    .filter((f) => !kind || f.kind === kind)
    .map((f) => f.text);
}

describe('scanText — names', () => {
  it.each([
    ['BN Nguyễn Văn An, 45 tuổi', 'Nguyễn Văn An'],
    ['Bệnh nhân Trần Thị Hoa vào viện', 'Trần Thị Hoa'],
    ['Họ và tên: NGUYỄN VĂN AN', 'NGUYỄN VĂN AN'],
    ['Họ tên: Nguyen Van An', 'Nguyen Van An'],
    ['liên hệ Le Thi Mai qua điện thoại', 'Le Thi Mai'],
    ['bà Lan đưa cháu đến khám', 'Lan'],
    ['con trai là anh Tuấn', 'Tuấn'],
    ['BN N.T.H, nữ, 28 tuổi', 'N.T.H'],
    ['Bệnh nhân H.T.P nhập viện', 'H.T.P'],
    ['chị Lê Thị H. (34 tuổi)', 'Lê Thị H.'],
    ['Họ tên: Trần Thị B, 45t', 'Trần Thị B'],
    ['BS. Lê Thị Mai ký tên', 'Lê Thị Mai'],
    ['PGS.TS Phạm Văn Phúc chủ trì', 'Phạm Văn Phúc'],
    ['Tên BN: Y Thuel Niê, dân tộc Ê Đê', 'Y Thuel Niê'],
    ['Bệnh nhân: Giàng A Páo, nam', 'Giàng A Páo'],
    ['người bệnh Tôn Nữ Minh Châu', 'Tôn Nữ Minh Châu'],
    ['Điều dưỡng: Vi Thị Huyền', 'Vi Thị Huyền'],
  ])('finds the name in %j', (text, name) => {
    expect(found(text, 'NAME')).toEqual([name]);
  });

  it.each([
    'Bệnh Parkinson giai đoạn 3',
    'bệnh nhân Parkinson điều trị Levodopa',
    'BN Basedow sau điều trị I-131',
    'Hội chứng Guillain-Barré',
    'Sa sút trí tuệ do bệnh Alzheimer',
    'Bệnh nhân Nam, 52 tuổi',
    'BN nữ 67t',
    'Chuyển Bệnh viện Bạch Mai',
    'BV Chợ Rẫy, Bệnh viện Nguyễn Tri Phương',
    'Giang mai thời kỳ 2, Dương Tính với cúm',
    'TĂNG HUYẾT ÁP - ĐÁI THÁO ĐƯỜNG',
    'BN, HA, M, NT, SpO2, CRP, ECG, CT, MRI',
    'Paracetamol, Augmentin, Hoạt Huyết Dưỡng Não',
    'Khoa Tiêu Hóa, Phó Khoa Hồi Sức',
    'thứ Hai, thứ Ba, Chủ nhật',
  ])('does not flag %j', (text) => {
    expect(scanText(text)).toEqual([]);
  });
});

describe('scanText — identifiers', () => {
  it('finds CCCD (12 digits, province code first) with any grouping', () => {
    expect(found('CCCD 001203012345', 'CCCD')).toEqual(['001203012345']);
    expect(found('CCCD: 079 095 003 114', 'CCCD')).toEqual(['079 095 003 114']);
    expect(found('số định danh 0362.0300.1782', 'CCCD')).toEqual(['0362.0300.1782']);
    // an unlabelled 12-digit number whose first digits are no province code is not a CCCD
    expect(found('mã vạch 998877665544', 'CCCD')).toEqual([]);
  });

  it('finds CMND (9 digits) but not money or populations', () => {
    expect(found('CMND số 012345678 cấp tại CA Hà Nội', 'CMND')).toEqual(['012345678']);
    expect(found('CMND: 050 612 873', 'CMND')).toEqual(['050 612 873']);
    expect(found('chi phí 123.456.789 đồng')).toEqual([]);
    expect(found('dân số 100 000 000 người')).toEqual([]);
  });

  it('finds BHYT numbers, old and new formats', () => {
    expect(found('thẻ BHYT DN4010123456789', 'HEALTH_INSURANCE')).toEqual(['DN4010123456789']);
    expect(found('số thẻ HT 2 01 0123 456 789', 'HEALTH_INSURANCE')).toEqual(['HT 2 01 0123 456 789']);
    expect(found('Mã số BHXH: 7912345670', 'HEALTH_INSURANCE')).toEqual(['7912345670']);
  });

  it.each([
    ['gọi 0912345678', '0912345678'],
    ['SĐT 0912 345 678', '0912 345 678'],
    ['ĐT 091.234.5678', '091.234.5678'],
    ['+84 912 345 678', '+84 912 345 678'],
    ['Zalo 84912345678', '84912345678'],
    ['(+84) 912-345-678', '(+84) 912-345-678'],
    ['máy bàn 024 3869 3731', '024 3869 3731'],
    ['(028) 3855 4269', '(028) 3855 4269'],
    ['số cũ 0168 123 4567', '0168 123 4567'],
  ])('finds the phone number in %j', (text, phone) => {
    expect(found(text, 'PHONE')).toEqual([phone]);
  });

  it('finds e-mails, URLs and IP addresses', () => {
    expect(found('email: an.nguyen@gmail.com.', 'EMAIL')).toEqual(['an.nguyen@gmail.com']);
    expect(found('xem https://pacs.bv.vn/viewer?study=1.2.3, máy 10.12.4.21', 'URL')).toEqual(['https://pacs.bv.vn/viewer?study=1.2.3']);
    expect(found('xem https://pacs.bv.vn/viewer?study=1.2.3, máy 10.12.4.21', 'IP')).toEqual(['10.12.4.21']);
    expect(found('facebook.com/nguyenvanan', 'URL')).toEqual(['facebook.com/nguyenvanan']);
    expect(found('IPv6 2001:db8::8a2e:370:7334', 'IP')).toEqual(['2001:db8::8a2e:370:7334']);
    expect(found('lúc 14:00:00')).toEqual([]);
  });

  it('finds practising licences', () => {
    expect(found('CCHN 000123/HNO-CCHN', 'LICENSE')).toEqual(['000123/HNO-CCHN']);
    expect(found('GPHN số 0012345/BYT-GPHN', 'LICENSE')).toEqual(['0012345/BYT-GPHN']);
    expect(found('chứng chỉ hành nghề số 004512', 'LICENSE')).toEqual(['004512']);
    expect(found('Quyết định số 1492/QĐ-BYT')).toEqual([]);
  });

  it('finds record numbers after their labels', () => {
    expect(found('Mã BN: 2403150012', 'RECORD_NUMBER')).toEqual(['2403150012']);
    expect(found('Số vào viện: 25.004817', 'RECORD_NUMBER')).toEqual(['25.004817']);
    expect(found('SVV 24-031177', 'RECORD_NUMBER')).toEqual(['24-031177']);
    expect(found('PID: A123456', 'RECORD_NUMBER')).toEqual(['A123456']);
    expect(found('số hồ sơ HS-2025-01932', 'RECORD_NUMBER')).toEqual(['HS-2025-01932']);
    expect(found('BN1347 là ca nhập cảnh', 'RECORD_NUMBER')).toEqual(['BN1347']);
    expect(found('BN 45 tuổi')).toEqual([]);
  });
});

describe('scanText — addresses', () => {
  it.each([
    ['địa chỉ: số 12 ngõ 34 phố Huế, phường Phố Huế, quận Hai Bà Trưng, Hà Nội', 'số 12 ngõ 34 phố Huế, phường Phố Huế, quận Hai Bà Trưng'],
    ['trú tại xã Bát Tràng, Gia Lâm, Hà Nội', 'xã Bát Tràng, Gia Lâm'],
    ['ở 123/45/6 Tô Hiến Thành, phường 15, quận 10, TP.HCM', '123/45/6 Tô Hiến Thành, phường 15, quận 10'],
    ['P.12, Q.Gò Vấp, TP.HCM', 'P.12, Q.Gò Vấp'],
    ['Kiệt 24 Ông Ích Khiêm, phường Thanh Bình', 'Kiệt 24 Ông Ích Khiêm, phường Thanh Bình'],
    ['hẻm 81 Kim Mã', 'hẻm 81 Kim Mã'],
    ['thôn Đoài, xã Nam Hồng, huyện Đông Anh, TP Hà Nội', 'thôn Đoài, xã Nam Hồng, huyện Đông Anh'],
    ['bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn, tỉnh Sơn La', 'bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn'],
    ['ấp 4, xã Tân Thạnh Tây, huyện Củ Chi', 'ấp 4, xã Tân Thạnh Tây, huyện Củ Chi'],
    ['TP. Thuận An, tỉnh Bình Dương', 'TP. Thuận An'],
    ['quê Quỳnh Phụ, Thái Bình', 'Quỳnh Phụ'],
    ['Địa chỉ: 25 Phan Chu Trinh, Hoàn Kiếm, Hà Nội', '25 Phan Chu Trinh, Hoàn Kiếm'],
    ['Đ/c: Khối 3, TT. Nghèn, Can Lộc, Hà Tĩnh', 'Khối 3, TT. Nghèn, Can Lộc'],
  ])('finds the sub-province address in %j', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it.each([
    'Hà Nội',
    'quê Nghệ An',
    'tỉnh Thanh Hóa',
    'TP. Hồ Chí Minh',
    'Bà Rịa - Vũng Tàu',
    'Sóc Trăng',
    'BN quê ở Thái Bình, hiện sinh sống tại Hà Nội',
    'Đái tháo đường Type 2',
    'nhiễm trùng đường hô hấp trên',
    'giường 12, buồng 405',
    'văn bản số 123/BYT-KCB',
    'hàng xóm đến thăm',
    'PHIẾU CHĂM SÓC CẤP 1',
    'Nhiễm H. Pylori',
  ])('does not flag %j', (text) => {
    expect(scanText(text)).toEqual([]);
  });
});

describe('scanText — dates and ages', () => {
  it.each([
    ['ngày 12/03/2026', 'ngày 12/03/2026'],
    ['12-3-2026', '12-3-2026'],
    ['12.03.2026', '12.03.2026'],
    ['2024-03-12', '2024-03-12'],
    ['vào viện ngày 12/3', 'ngày 12/3'],
    ['hôm 22/9 siêu âm tim', 'hôm 22/9'],
    ['chiều 24-7 sốt cao', '24-7'],
    ['đêm 2/9 co giật', '2/9'],
    ['sáng 5/3', '5/3'],
    ['khám lại 4/3', '4/3'],
    ['Nhập viện ngày 12 tháng 3 năm 2024', 'ngày 12 tháng 3 năm 2024'],
    ['sinh ngày 02/09/1954', 'ngày 02/09/1954'],
    ['từ tháng 3/2024', 'tháng 3/2024'],
    ['tháng 3 năm 2024', 'tháng 3 năm 2024'],
    ['ngày 5-6/3 sốt cao', 'ngày 5-6/3'],
    ['12/3/24', '12/3/24'],
    ['03/4 06h: thở máy', '03/4'],
  ])('finds the date in %j', (text, date) => {
    expect(found(text, 'DATE')).toEqual([date]);
  });

  it.each([
    'HA 120/80',
    'BP 130/85 mmHg',
    '1/2 viên',
    '2/3 số ca',
    'tỉ lệ 1/5',
    'nhịp 24/phút',
    'SpO2 95%',
    '3/4 bệnh nhân',
    'sức cơ 4/5',
    'Glasgow 13/15',
    'VAS 6/10',
    'trực 24/7',
    'sinh năm 1954',
    'năm 2024',
    'I21.0, E11.9',
    'lúc 8h30, 14:00',
    'sốt 3-5 ngày',
    'Insulin Mixtard 30/70',
    'Levodopa/Carbidopa 250/25 mg',
  ])('does not flag %j', (text) => {
    expect(scanText(text)).toEqual([]);
  });

  it('flags ages of 90 and over only', () => {
    expect(found('cụ bà 101 tuổi', 'AGE_OVER_89')).toEqual(['101 tuổi']);
    expect(found('BN nam 92t', 'AGE_OVER_89')).toEqual(['92t']);
    expect(found('Tuổi: 95', 'AGE_OVER_89')).toEqual(['95']);
    expect(found('BN nam 89 tuổi')).toEqual([]);
    expect(found('trẻ 9 tuổi')).toEqual([]);
  });
});

describe('scanText — offsets and normalisation', () => {
  const note = 'BN Nguyễn Thị Hoà, 93 tuổi, trú tại thôn Đông, xã Thuỵ Lâm, huyện Đông Anh, Hà Nội. SĐT 0912 345 678, vào viện ngày 12/3/2025.';

  it('reports exact offsets into the original string', () => {
    const findings = scanText(note);
    for (const f of findings) expect(note.slice(f.start, f.end)).toBe(f.text);
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['NAME', 'Nguyễn Thị Hoà'],
      ['AGE_OVER_89', '93 tuổi'],
      ['ADDRESS', 'thôn Đông, xã Thuỵ Lâm, huyện Đông Anh'],
      ['PHONE', '0912 345 678'],
      ['DATE', 'ngày 12/3/2025'],
    ]);
  });

  it('maps offsets back into NFD input', () => {
    const nfd = note.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(note.length);
    const findings = scanText(nfd);
    for (const f of findings) {
      expect(nfd.slice(f.start, f.end)).toBe(f.text);
      // spans never cut a base letter from its combining marks
      expect(/^[\u0300-\u036f]/.test(f.text)).toBe(false);
      expect(/[\u0300-\u036f]/.test(nfd[f.end] ?? '')).toBe(false);
    }
    expect(findings.map((f) => f.text.normalize('NFC'))).toEqual(scanText(note).map((f) => f.text));
  });

  it('returns sorted, non-overlapping findings', () => {
    const text = 'đường 3/2, quận 10; ngách 12/3 ngõ 45 Trần Phú; email hoa.tran@bv.vn';
    const findings = scanText(text);
    for (let i = 1; i < findings.length; i++) expect(findings[i].start).toBeGreaterThanOrEqual(findings[i - 1].end);
    // an address that contains a date-like number stays an address
    expect(findings.map((f) => f.kind)).toEqual(['ADDRESS', 'ADDRESS', 'EMAIL']);
  });

  it('handles empty and PHI-free text', () => {
    expect(scanText('')).toEqual([]);
    expect(scanText('Bệnh nhân tỉnh, tiếp xúc tốt, không sốt.')).toEqual([]);
  });
});

describe('redact', () => {
  it('replaces every finding with its placeholder', () => {
    const text = 'BN Nguyễn Văn An, CCCD 001203012345, SĐT 0912345678, ở xã Bát Tràng, Gia Lâm, Hà Nội, vào viện 12/3/2026.';
    expect(redact(text, scanText(text))).toBe('BN [TÊN], CCCD [CCCD], SĐT [SĐT], ở [ĐỊA CHỈ], Hà Nội, vào viện [NGÀY].');
  });

  it('keeps text between findings intact and ignores invalid spans', () => {
    const text = 'abc def ghi';
    expect(redact(text, [{ kind: 'NAME', start: 4, end: 7, text: 'def' }])).toBe('abc [TÊN] ghi');
    expect(redact(text, [{ kind: 'NAME', start: 9, end: 40, text: '' }])).toBe(text);
    expect(redact(text, [])).toBe(text);
  });

  it('works on NFD input with offsets from scanText', () => {
    const text = 'Bà Trần Thị Hoà, 95 tuổi'.normalize('NFD');
    expect(redact(text, scanText(text)).normalize('NFC')).toBe(`Bà [TÊN], ${PLACEHOLDERS.AGE_OVER_89}`);
  });

  it('has a placeholder for every kind', () => {
    expect(Object.values(PLACEHOLDERS)).toEqual([
      '[TÊN]',
      '[CCCD]',
      '[CMND]',
      '[SỐ BHYT]',
      '[SĐT]',
      '[EMAIL]',
      '[URL]',
      '[IP]',
      '[SỐ GPHN]',
      '[MÃ HỒ SƠ]',
      '[ĐỊA CHỈ]',
      '[NGÀY]',
      '[TUỔI ≥ 90]',
      '[HỘ CHIẾU]',
      '[BIỂN SỐ XE]',
    ]);
  });
});
