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
    ['… and a school', 'Cô giáo dẫn cả lớp về trường. Bé Hân bị ngã cầu thang.', ['Hân']],
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

describe('round 16: the senders of a conversation typed without accents', () => {
  it.each([
    [
      'a role before the name, a nickname or a trade after it',
      'truong thon le van binh: ba con oi, nha o lan bi om nang phai vo vien\nbinh tre: nha e gop 300k a\ntruong thon le van binh: cam on chau nhieu\nhoa tap hoa: e gop 200k a, mai e mang qua',
      // (round 20: "nha o lan" is Huế's "o Lan", aunt Lan's household: the retrained labeller takes it)
      ['le van binh', 'lan', 'binh tre', 'le van binh', 'hoa tap hoa'],
    ],
    [
      "a shop's customers, once or twice",
      'khach thu ha: shop oi con thuoc huyet ap ko a\nnha thuoc: da con a\nkhach thu ha: gui e 2 hop ve nha nhe\nkhach minh tuan: cho e hoi gia vitamin c',
      ['thu ha', 'thu ha', 'minh tuan'],
    ],
    [
      "a club's admin is no sender, its member is",
      'admin hoi phuot: nhom minh co 1 thanh vien bi tai nan\ndung trekking: o dau vay a\nadmin hoi phuot: deo hai van, dang o bv da nang\ndung trekking: ok de e qua',
      ['dung', 'dung'],
    ],
    [
      'a husband and a wife, and a flat number after a name',
      'ck tuan: vk oi be sao r\nvk lan: be on roi a\nck tuan: ok mai a vo som\nkevin tran b.1204: xe ai do chan cong',
      ['tuan', 'lan', 'tuan', 'kevin tran'],
    ],
    [
      'a room number after the name',
      'loan p204: co ai thay ba cu tang 3 ko\nminh duc p509: chua c oi\nloan p204: ba di lac tu sang\nminh duc p509: de e xuong tim',
      ['loan', 'minh duc', 'loan', 'minh duc'],
    ],
  ])('%s', (_, text, expected) => {
    expect(names(text).filter((n) => n !== 'truong')).toEqual(expected);
  });

  it.each([
    [
      'the fields of a form typed in lower case',
      'ho ten: nguyen van an\nchan doan: viem phoi\nxu tri: khang sinh\nghi chu: theo doi them\nbs dieu tri: tran thi hoa',
      ['nguyen van an', 'tran thi hoa'],
    ],
    ['groups, shops and places are no senders', 'nhom: ai co xe cho ba ra tram\nnha thuoc: da co a\ntyt xa: ok de tram cu xe\nnhom: cam on ca nha', []],
    ['accented labels are left to the other chat rules', 'Lời bình: Bốn giờ sáng, xe tới trạm\nThư ký: ghi biên bản\nLời bình: Trời mưa to\nThư ký: xong', []],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('round 16: codes typed in a chat with their series apart', () => {
  it.each([
    ['a series before a patient code', 'bn vao lai, ma bn kt 25-104233 nha c', ['kt 25-104233']],
    ['a discharge paper', 'giay ra vien so rv 2510-0452, hen tai kham 2 tuan', ['rv 2510-0452']],
    ['a ward slip numbered after "số"', 'phieu linh thuoc so pl 0932 ky roi nha', ['pl 0932']],
    ['a code after "mã số"', 'hoan canh ong tam (ma so tt-208) can giup', ['tt-208']],
    ['an English word before a code stays outside', 'claim ref CG-2025-1184 was opened', ['CG-2025-1184']],
    ['a capital label stays outside', 'đã đổi sang mã BN 25.108.447 rồi', ['25.108.447']],
  ])('%s', (_, text, expected) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual(expected);
  });

  it.each([
    ['a house number', 'nha o so 12 ngo 5 pho hue'],
    ['a room and bed after a code', 'phieu linh thuoc so pl 0932; p3g2 chua linh'],
  ])('%s', (_, text) => {
    expect(found(text, 'RECORD_NUMBER').filter((c) => !c.startsWith('pl'))).toEqual([]);
  });
});

describe('round 16: phrases that are no identifier', () => {
  it.each([
    ["a health facility's code", 'Mã CSKCB: 48012'],
    ["… a facility's code in words", 'Mã cơ sở: 66105'],
    ['muscle strength after the limb it grades', 'cơ lực hai chân 4/5'],
    ['a room and its bed', 'Chuyển P.4 G.16'],
    ['a diagnosis code', 'Q21.1 Thông liên nhĩ'],
    ['a company named after its trade and a given name', 'Công ty TNHH Thương mại Thành Đạt'],
    ['a fishing port', 'cảng cá Sa Huỳnh'],
    ['a ventilator brand before its model', 'máy thở Hamilton C6'],
    ['a bus stop named after a hero', 'trạm xe buýt Trần Phú'],
  ])('%s', (_, text) => {
    expect(scanText(text)).toEqual([]);
  });
});

describe('round 16: a given name called twice after a kinship or staff word, typed without accents', () => {
  it('is a name at every call', () => {
    expect(names('nha a cuong bi om nang\na cuong dang o han, mai moi ve\ne chuyen tien cho a cuong r')).toEqual(['cuong', 'cuong', 'cuong']);
    expect(names('c hong may 8 can tang 2kg\ndan c hong han che nuoc')).toEqual(['hong', 'hong']);
  });

  // (round 17: once, "a cuong" is a name too when the labeller reads it so — "a / c / e" are a cue now,
  // see round17-fixes.spec.ts; an everyday word after them stays no name)
  it('is no name once as an everyday word, nor after "bác sĩ" or "mẹ bé"', () => {
    expect(names('a noi roi ma, c lam xong chua')).toEqual([]);
    expect(names('bac si noi roi, bac si dan nghi ngoi')).toEqual([]);
    expect(names('me be hoi khi nao ve, me be lo lam')).toEqual([]);
  });
});

describe('round 16: a lower-case full name after "la" and the person it names', () => {
  it.each([
    ['a husband', 'chi ay ko biet chu, ck la tran van sang lam ho', ['tran van sang']],
    // (round 17: the labeller may take the verb after it, "hien" — hiến, as a fourth syllable; the name is covered either way)
    ['a younger brother', 'em trai no la hoang minh nhat hien than phu hop', ['hoang minh nhat']],
  ])('%s', (_, text, expected) => {
    const found = names(text);
    expect(found).toHaveLength(expected.length);
    found.forEach((name, i) => expect(name.startsWith(expected[i])).toBe(true));
  });
});

describe('round 16: thanks and long sender labels typed without accents', () => {
  it('a given name thanked at the end of a phrase', () => {
    expect(names('ok moi nguoi. cam on linh va duy, nho mang cccd nha')).toEqual(['linh', 'duy']);
    expect(names('cam on hien. sang mai bao cao lai')).toEqual(['hien']);
    expect(names('cam on ca nha, cam on ban nhieu')).toEqual([]);
  });

  it('a church elder with his title and his baptismal name', () => {
    expect(
      names('ong truong ban giuse tran van luong: xin ca doan hat le chieu nay\nmaria hoa: amen\nong truong ban giuse tran van luong: cam on ca nha'),
    ).toEqual(['giuse tran van luong', 'maria hoa', 'giuse tran van luong']);
  });
});

describe('round 16: plates and wards typed in lower case', () => {
  it.each([
    ['a plate with a lower-case series', 'xe tai dam vao la xe 82c-124.09 roi chay', ['82c-124.09']],
    ['… set off by a space', 'xe oto bien 30g 223.45 do chan cong', ['30g 223.45']],
  ])('%s', (_, text, expected) => {
    expect(found(text, 'VEHICLE_PLATE')).toEqual(expected);
  });

  it.each([
    ['a ward with its dot', 'bn tai nan o p.kim lien dang xac minh', ['p.kim lien']],
    ['a street, a ward and a district by number', 'e dang o so 215 hung vuong, p.9, q.5 gan xiu', ['so 215 hung vuong, p.9, q.5']],
  ])('%s', (_, text, expected) => {
    expect(found(text, 'ADDRESS')).toEqual(expected);
  });

  it.each([
    ['a dose', 'lieu 10mg-123.45'],
    ['a room and bed', 'chuyen p.3 g.12 nhe'],
  ])('%s is neither', (_, text) => {
    expect(scanText(text)).toEqual([]);
  });
});
