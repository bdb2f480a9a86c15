import { charCount, parseHashtags, parseMentionIds } from './text';

describe('parseHashtags', () => {
  it('finds tags with Vietnamese letters, folds them for search, keeps the written form', () => {
    expect(parseHashtags('Ca khó #TimMạch và #hồi_sức, lại #timmach nữa')).toEqual([
      { display: 'TimMạch', key: 'timmach' },
      { display: 'hồi_sức', key: 'hoi_suc' },
    ]);
  });

  it('handles NFD input and đ', () => {
    const nfd = '#Đột_quỵ'.normalize('NFD');
    expect(parseHashtags(`xem ${nfd}`)).toEqual([{ display: 'Đột_quỵ', key: 'dot_quy' }]);
  });

  it('ignores numbers, URL fragments, entities and tags inside words', () => {
    expect(parseHashtags('phòng #12, https://x.vn/a#muc, &#39; email#abc, ##x')).toEqual([]);
  });

  it('caps the number and length of tags', () => {
    const many = Array.from({ length: 40 }, (_, i) => `#tag${i}`).join(' ');
    expect(parseHashtags(many)).toHaveLength(30);
    expect(parseHashtags(`#${'a'.repeat(65)}`)).toEqual([]);
  });
});

describe('parseMentionIds', () => {
  it('reads the composer markup, dedupes and lower-cases', () => {
    const a = '0190b4a0-0000-7000-8000-00000000000A';
    const b = '0190b4a0-0000-7000-8000-00000000000b';
    expect(parseMentionIds(`@[Nguyễn Thị Lan](${a}) hỏi @[Bình](${b}) và @[Lan](${a.toLowerCase()})`)).toEqual([a.toLowerCase(), b]);
  });

  it('ignores plain @words and malformed ids', () => {
    expect(parseMentionIds('@lan @[Lan](not-an-id) @[](0190b4a0-0000-7000-8000-00000000000a)')).toEqual([]);
  });
});

describe('charCount', () => {
  it('counts code points like PostgreSQL char_length', () => {
    expect(charCount('Nguyễn')).toBe(6);
    expect(charCount('🩺🩺')).toBe(2);
  });
});
