import { charCount, parseHashtags, parseMentionIds, renderMentions } from './text';

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

describe('renderMentions', () => {
  const lan = '0190b4a0-0000-7000-8000-00000000000a';
  const ghost = '0190b4a0-0000-7000-8000-0000000000ff';
  const names = new Map([[lan, 'Nguyễn Thị Lan']]);
  const render = (body: string) => renderMentions(body, (id) => names.get(id));

  it("replaces the author's label with the user's name and an unknown id with plain text", () => {
    expect(render(`Hỏi @[Trưởng khoa Giả](${lan.toUpperCase()}) và @[Ai đó](${ghost}).`)).toBe(`Hỏi @[Nguyễn Thị Lan](${lan}) và @Ai đó.`);
    expect(parseMentionIds(render(`@[x](${lan}) @[y](${ghost})`))).toEqual([lan]);
  });

  it('leaves a body without markup as it is', () => {
    expect(render('Không nhắc ai @lan [a](b)')).toBe('Không nhắc ai @lan [a](b)');
  });

  it('cannot be made to produce a mention the input did not resolve to', () => {
    // stripping the unknown mention must not join "@[x" with a later "](id)"
    const tricky = `@[x @[y](${ghost})](${lan}) @[z](${ghost})`;
    const out = render(tricky);
    expect(parseMentionIds(out)).toEqual([]);
    expect(renderMentions(out, (id) => names.get(id))).toBe(out);
  });

  it('makes a name safe as a label', () => {
    const odd = new Map([[lan, `Lan ]](${ghost})\n${'ễ'.repeat(120)}`]]);
    const out = renderMentions(`@[a](${lan})`, (id) => odd.get(id));
    expect(parseMentionIds(out)).toEqual([lan]);
    expect(out.startsWith('@[Lan ')).toBe(true);
  });
});

describe('charCount', () => {
  it('counts code points like PostgreSQL char_length', () => {
    expect(charCount('Nguyễn')).toBe(6);
    expect(charCount('🩺🩺')).toBe(2);
  });
});
