// Round 17 (issue 15): classes read from sets 32–38 after their measurement (chats typed fast
// without accents, records, lower-case addresses). Every sentence was written for this file; none
// is copied from a held-out set.
import { scanText, type PhiKind } from '@ketnoi/deid';
import { buildContext } from './context';
import { tokenInfo } from './model/features';

const found = (text: string, kind: PhiKind) =>
  scanText(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.text);
const names = (text: string) => found(text, 'NAME');

describe('round 17: what the rest of a conversation says about a word (the labeller’s document evidence)', () => {
  const evidence = (text: string) => {
    const ctx = buildContext(text);
    return tokenInfo(ctx).map((t) => `${t.w}/${t.doc}`);
  };

  it('marks the words of a sender label where they come again, never a word as its own evidence', () => {
    const flags = evidence('thu ha: bn sot\nbs tuan: cho para\nbao thu ha theo doi');
    expect(flags.slice(-5)).toEqual(['bao/0', 'thu/L', 'ha/L', 'theo/0', 'doi/0']);
    expect(flags.slice(0, 2)).toEqual(['thu/0', 'ha/0']);
    expect(evidence('thu ha: a\nbs tuan: b\nthu ha: c').slice(0, 2)).toEqual(['thu/L', 'ha/L']);
  });

  it('reads a sender label after its time stamp, and scores its words', () => {
    const ctx = buildContext('[07:05] ql kim oanh: 8h thay bang\n[07:21] dd hoa: ok\n[07:30] ql kim oanh: ok');
    const info = tokenInfo(ctx);
    const kim = info.filter((t) => t.w === 'kim');
    expect(kim.map((t) => t.doc)).toEqual(['L', 'L']);
    expect(kim.every((t) => !t.skip)).toBe(true);
  });

  it('marks a word that a kinship or staff word calls elsewhere, and leaves the cue words alone', () => {
    const flags = evidence('a cuong o han chua\ncuong noi mai ve');
    expect(flags).toContain('cuong/K');
    expect(flags[0]).toBe('a/0');
  });
});

describe('round 17: names in chats typed without accents', () => {
  it.each([
    ['"a / c / e" typed for anh / chị / em', 'con trai ong la a tuan 0937 14 26 58, goi truoc', ['tuan']],
    ['a full name of three after "la" with no kinship word', 'co chau gai la vi thi xuan, sdt chau 0386 111 222', ['vi thi xuan']],
    ['"bé" and a nickname with whose child it is, with diacritics', 'bé gạo nhà e ho 3 hôm nay bs ơi', ['gạo']],
    ['a given name after "a" with a phone grouped 4-2-4', 'con trai la a tri 0905 71 3382 nha', ['tri']],
    [
      'a minority name outside the lexicons after a kinship word, called twice',
      'bs phuong: ong djam bo dieu tri lan truoc\ny te thon: ong djam uong thuoc roi',
      ['phuong', 'djam', 'djam'],
    ],
    ['an account holder whose family name is an everyday word', 'ck vao 1903 6655 4410 12 techcombank, ten do trung nghia', ['do trung nghia']],
    ['an account holder in lower case after the bank', 'ai ung ho ck 19033344556677 techcombank do thi lan nha', ['do thi lan']],
    ['… after the branch', 'stk 3606205087654 agribank quynh luu, ho van tuan', ['ho van tuan']],
    ['… but not a branch named after its district', 'ck 3606205087654 agribank yen thanh nhe', []],
    ['a foreign given name after "tên"', 'o so 33 co chau ten gabriel nguoi phap moi chuyen den', ['gabriel']],
    ['a staff given name that is an everyday word, with a phone', 'sot tren 38.5 thi goi bs lam 0918 045 662 nha', ['lam']],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a letter after "vitamin" or a blood group', 'vitamin a tan trong dau, nhom mau a hoa hop voi b'],
    ['"cháu gái" after a kinship word is no Khmer name', 'ba co chau gai o gan nha'],
    ['care words after "bé", with diacritics', 'bé bú kém, bé sốt nhà em lo quá'],
  ])('%s is no name', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it('reads a heading word that is a given name as a sender in a conversation, with a message after it', () => {
    expect(names('Lan: em nhận bn rồi\nHùng: ok\nKhoa: cho nhập luôn\nLan: dạ')).toEqual(['Lan', 'Hùng', 'Khoa', 'Lan']);
  });
});

describe('round 17: record numbers', () => {
  it.each([
    ['an account typed before its bank', 'ai ung ho thi ck 19033344556677 techcombank, chu tk la me be', '19033344556677'],
    ['a patient code after "MBN"', 'G1 – ông bảy, MBN 24.223.871, đợt cấp COPD', '24.223.871'],
    ['a prescription number after "số toa"', 'toa cua bv tinh, so toa 25-0912-0334, uong 10 ngay', '25-0912-0334'],
    ['a record number after "mã số hồ sơ … là"', 'ma so ho so cua ba o bv tinh la 2507 013344 nha', '2507 013344'],
    ['a charity case with letters', 'CẬP NHẬT HOÀN CẢNH BÉ SA RI (MS TV-2509)', 'TV-2509'],
    ['a charity case numbered by year', 'KÊU GỌI GIÚP ĐỠ – HOÀN CẢNH SỐ 37/2025', '37/2025'],
  ])('%s', (_, text, code) => {
    expect(found(text, 'RECORD_NUMBER').some((r) => r.includes(code))).toBe(true);
  });

  it('reads a specimen-number column of a table, two digits too', () => {
    const table = 'Thời điểm | Ngày XN | Số XN | AFB\nChẩn đoán | 05/07/2024 | 212 | 2+\nTháng 6 | 08/01/2025 | 27 | âm';
    expect(found(table, 'RECORD_NUMBER')).toEqual(['212', '27']);
  });

  it.each([
    ['a patient code in a hand-over list', 'bn moi: ong sau 61t, tnt-2510-088, chuyen tu bv tinh', 'tnt-2510-088'],
    ['… with letters and a year', 'lich hoa chat: 1. ba thu ub25-10447, folfox chu ky 6/12', 'ub25-10447'],
    ['… digits only, six and four', 'bn moi: ong khuyen 45t, 251020-0562, soc nhiem khuan', '251020-0562'],
    ['a transfer paper typed in lower case', 'chuyen ttyt luc 9h, giay chuyen 37/cv-tyt', '37/cv-tyt'],
    ['… with its year', 'giay chuyen ttyt 612/2025/cv', '612/2025/cv'],
  ])('%s', (_, text, code) => {
    expect(found(text, 'RECORD_NUMBER')).toContain(code);
  });

  it.each([
    ['a sum of money', 'tong chi phi 63.450.000d, bhyt tra 80%'],
    ['a software version', 'may chay phan mem lis v4.2.17'],
    ['a decree', 'theo nghi dinh 146/2018/nd-cp'],
    ['a flat in its block', 'nha e o b.1204, tang 12'],
    ['a dose', 'truyen 500mg/100ml trong 30p'],
    ['a random id or a time stamp in base 36', 'bai dang mivx3k1q-360 va 3fa81b27-9c1d'],
  ])('%s is no record number', (_, text) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual([]);
  });

  it('keeps a dose before a bank-like word and a short number out', () => {
    expect(found('uong 500 mg, ck 200k qua momo', 'RECORD_NUMBER')).toEqual([]);
  });
});

describe('round 17: addresses typed in lower case without accents', () => {
  it.each([
    ['a town after its ward', 'nha o ap tra set, xa vinh hai, tx vinh chau, noi tieng viet dc', 'ap tra set, xa vinh hai, tx vinh chau'],
    ['a district name with an apostrophe', "nha chi o buon ea pong, xa ea tul, huyen cu m'gar, ck chay xe om", "buon ea pong, xa ea tul, huyen cu m'gar"],
    [
      'an English village after "from"',
      "the guide, a 31-year-old man from Dung K'si Village, Lat Commune, Lac Duong District, jumped in",
      "Dung K'si Village, Lat Commune, Lac Duong District",
    ],
    ['a lane and the street named after a person', 'giao thuoc den so 9 hem 31 truong cong dinh nhe', 'so 9 hem 31 truong cong dinh'],
    ['a village after "về"', 'gia dinh xin dua ve thon dong, xa phu minh an tang', 'thon dong, xa phu minh'],
  ])('%s', (_, text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it('takes the street word with the street', () => {
    expect(found('o hem 27 duong bui van hoa, kp 3', 'ADDRESS')).toEqual(['hem 27 duong bui van hoa', 'kp 3']);
  });

  it('does not take the words after a lane that are no street', () => {
    expect(found('o hem 12 co nguoi bi sot, ai biet', 'ADDRESS')).toEqual(['hem 12']);
  });
});
