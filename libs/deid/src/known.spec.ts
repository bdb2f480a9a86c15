// Known identifiers (the editor's private identity panel): every occurrence and its parts.
import { scanText } from '@ketnoi/deid';

const known = {
  name: 'Quách Văn Tỵ',
  dateOfBirth: '03/05/1960',
  address: 'thôn Đông, xã Phù Đổng, Hà Nội',
  phone: '0912 446 087',
  recordNumber: 'BV-2025-018832',
};
const texts = (t: string, k = known) => scanText(t, { known: k }).map((f) => `${f.kind}:${f.text}`);

describe('known identifiers', () => {
  it('flags the given name alone, initials and the family name', () => {
    expect(texts('bác Tỵ (Q.V.T) đỡ; ông Quách ăn được')).toEqual(['NAME:Tỵ', 'NAME:Q.V.T', 'NAME:Quách']);
  });

  it('flags the date of birth in other formats', () => {
    expect(texts('sinh 3-5-60; ngày 3 tháng 5 năm 1960')).toEqual(['DATE:3-5-60', 'DATE:ngày 3 tháng 5 năm 1960']);
  });

  it('flags the phone with another grouping or +84, the record number without separators, address parts without diacritics', () => {
    expect(texts('goi +84 912.446.087, ho so BV2025018832, o thon Dong')).toEqual(['PHONE:+84 912.446.087', 'RECORD_NUMBER:BV2025018832', 'ADDRESS:thon Dong']);
  });

  it('does nothing without known values, and finds what the rules alone miss', () => {
    expect(scanText('Tỵ đã ăn được cháo').length).toBe(0);
    expect(texts('Tỵ đã ăn được cháo')).toEqual(['NAME:Tỵ']);
  });
});
