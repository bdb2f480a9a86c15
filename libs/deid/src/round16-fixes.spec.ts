// Round 16 (issue 15): classes found while measuring blind sets 32–36 and re-reading the misses of
// sets 22–31. Every sentence was written for this file; none is copied from a held-out set.
import { scanText, type PhiKind } from '@ketnoi/deid';

const found = (text: string, kind: PhiKind) =>
  scanText(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.text);
const names = (text: string) => found(text, 'NAME');

describe('round 16: a sentence boundary ends a facility or a capitalised phrase', () => {
  it.each([
    ['a market word ends its sentence', 'Chị Lan đi chợ. Bà Thu bị thương ở tay.', ['Lan', 'Thu']],
    ['a bridge named in full ends its sentence', 'Xe chạy theo hướng cầu Thăng Long. Anh Thơm bị gãy chân.', ['Thơm']],
    [
      'a given name seen in full comes back after a kinship word opening a sentence',
      'Bà Đào Thị Thu đi xe máy. Sau va chạm xe bỏ chạy. Bà Thu nhập viện.',
      ['Đào Thị Thu', 'Thu'],
    ],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an abbreviation before a full stop keeps the facility', 'Chuyển BV. Chợ Rẫy lúc 9h.'],
    ['a city abbreviation keeps the place', 'Khám ở BV Đa khoa TP. Vinh hôm qua.'],
    ['a market named after a place is no person', 'Bà bán rau ở chợ Bà Chiểu.'],
  ])('%s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
