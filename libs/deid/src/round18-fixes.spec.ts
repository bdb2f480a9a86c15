// Round 18 (issue 15): the labeller's new evidence and guard, and the rules tuned on the new training
// chats (train/corpus-fast-chats-d … i; j … m checked them first). Every sentence was written for
// this file; none is copied from a held-out set or a training corpus.
import { scanText, type PhiKind } from '@ketnoi/deid';
import { buildContext } from './context';
import { tokenInfo } from './model/features';
import { plausible, SURE_MARGIN } from './model/guard';
import { detectByRules } from './rules';

const found = (text: string, kind: PhiKind) =>
  scanText(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.text);
const names = (text: string) => found(text, 'NAME');
const addresses = (text: string) => found(text, 'ADDRESS');

describe('round 18: the labeller reads the names the rules found elsewhere in the text', () => {
  const named = (text: string, rules = true) => {
    const ctx = buildContext(text);
    if (rules) detectByRules(ctx);
    return tokenInfo(ctx).map((t) => `${t.w}/${t.named}`);
  };

  it('marks another occurrence of a word the rules found in a name, never the occurrence itself', () => {
    const flags = named('Bệnh nhân Nguyễn Văn Thuận, 52 tuổi\nthuan dang ngu');
    expect(flags).toContain('thuan/1');
    expect(flags).toContain('thuận/0');
  });

  it('has no evidence before the rules have run', () => {
    expect(named('Bệnh nhân Nguyễn Văn Thuận, 52 tuổi\nthuan dang ngu', false)).toContain('thuan/0');
  });
});

describe('round 18: name syllables in a text typed without accents', () => {
  const skipOf = (text: string, word: string) =>
    tokenInfo(buildContext(text))
      .filter((t) => t.w === word)
      .map((t) => t.skip);

  it('scores a name syllable anywhere when the text is typed without accents, not in an accented one', () => {
    expect(skipOf('hom nay lan nghi om, e truc thay', 'lan')).toEqual([false]);
    expect(skipOf('Hôm nay trời mưa, lan can bị gãy', 'lan')).toEqual([true]);
  });

  // (the guard's rule is tested on its own: whether the labeller is sure of a given text moves with each retraining)
  it('takes a lower-case span of name syllables with no cue only when the labeller is sure of it', () => {
    const info = tokenInfo(buildContext('bn moi vao, quoc toan 45t, dau bung'));
    const at = info.findIndex((t) => t.w === 'quoc');
    expect(plausible(info, at, at + 2, SURE_MARGIN)).toBe(true);
    expect(plausible(info, at, at + 2, SURE_MARGIN - 1)).toBe(false);
    const one = info.findIndex((t) => t.w === 'toan');
    expect(plausible(info, one, one + 1, SURE_MARGIN)).toBe(false);
    expect(plausible(info, one, one + 1, 2 * SURE_MARGIN)).toBe(true);
  });

  it.each([
    ['an everyday word', 'bn dang ngu', 'dang'],
    ['a time of day', 'mai thi lam lai xet nghiem', 'mai'],
  ])('never takes %s without a cue, however sure', (_label, text, word) => {
    const info = tokenInfo(buildContext(text));
    const at = info.findIndex((t) => t.w === word);
    expect(plausible(info, at, at + 1, 1000)).toBe(false);
  });

  // (round 19: "hoa:" is a person's label — Hoa typed without accents, no longer read as the Hoa people)
  it('is no name: a one-word group label', () => {
    // (round 20: the retrained labeller no longer takes the sender "hoa" here, margin 13 → 0: a known loss)
    expect(names('admin: nho dong tien\nhoa: da dong\nadmin: ok')).toEqual([]);
  });

  it.each([
    ['a hospital named after a person', 'chuyen bv nguyen tri phuong roi'],
    ['a reply before the polite particle', 'dd: dung a, de e bao bs'],
  ])('is no name: %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('round 18: places typed in lower case without accents', () => {
  it.each([
    ['a hamlet with no commune after it', 'hop o thon pa kha luc 8h', ['thon pa kha']],
    ['a Jrai village before a particle', 'chau o plei ia mor nha', ['plei ia mor']],
    ['an Ê Đê village, not "buồn ngủ"', 'buon ngu qua, buon ea sup co 3 ca', ['buon ea sup']],
    ['a Thái village, not "bạn" or "bán"', 'ban na phat co 3 ca soi', ['ban na phat']],
    [
      'a hamlet, never a verb of place before it, never "hàng xóm"',
      'ben lang dang o xom trai, xa nghi xuan\nxom trai co ca sot\nhang xom cho e 2 qua',
      ['xom trai, xa nghi xuan', 'xom trai'],
    ],
    ['a street after "trên đường"', 'nga tren duong pham van dong, bn 30t', ['duong pham van dong']],
    ['a house number and its street before the ward', 'so 57 tran khac chan, phuong 2', ['so 57 tran khac chan, phuong 2']],
    // (round 19: with its district, Đống Đa, named without its unit word after the comma)
    ['a lane and its street', 'nha o ngo 31 hoang cau, dong da', ['ngo 31 hoang cau, dong da']],
    ['a district after the street, the message going on', 'kiet 20 hoang dieu, hai chau ma ghi sai', ['kiet 20 hoang dieu, hai chau']],
    ['a district where someone lives, not one they went to', 'nha o go vap, can gap\ne o go vap roi', ['go vap']],
  ])('%s', (_label, text, expected) => {
    expect(addresses(text)).toEqual(expected);
  });

  it.each([
    ['"bán hàng"', 'ban hang o cho den 9h'],
    ['"áp lực" and a hamlet-like phrase that does not end its part', 'ap luc mau 120, ap soc ven co 2 ca sot'],
  ])('is no address: %s', (_label, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('round 18: ages over 89 in chats', () => {
  it.each([
    ['a relative and "rồi"', 'me 93 roi, an yeu', ['93']],
    ['a list of names with their ages', 'ds: ba dau thi na 92, ong la van sinh 95.', ['92', '95']],
    ['no relative before it: a pulse, a blood pressure', 'mach 95 roi, ha 90 roi', []],
  ])('%s', (_label, text, expected) => {
    expect(found(text, 'AGE_OVER_89')).toEqual(expected);
  });
});

describe('round 18: record numbers after labels typed in chats', () => {
  it.each([
    ['an exam candidate number', 'sbd 31004572 nha', '31004572'],
    ['a receipt', 'dong tien xong, bien lai bl0031287', 'bl0031287'],
    ['an admission number', 'so vv 25-33108', '25-33108'],
    ['an ambulance run sheet', 'phieu van chuyen 115-251104-0217', '115-251104-0217'],
  ])('%s', (_label, text, expected) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual([expected]);
  });
});

describe('round 18: clinical phrases that are no identifier', () => {
  it.each([
    ['a junction named after a person', 'kẹt xe ở nút giao Trần Quốc Hoàn'],
    ['a roundabout named after a person', 'tai nạn gần vòng xoay Nguyễn Thái Sơn'],
    ['a funeral home named after its street', 'lễ viếng tại Nhà tang lễ Lê Quý Đôn'],
    ['a hospital after "chuyển gấp"', 'đề nghị chuyển gấp Bạch Mai'],
    ['a course of chemotherapy', 'hóa trị đợt tấn công 3/8'],
    ['a dialysis session', 'chạy thận lần 5/12 trong tháng'],
    ['a week of radiotherapy', 'xạ trị tuần 3/6'],
  ])('%s', (_label, text) => {
    expect(scanText(text)).toEqual([]);
  });

  it('still reads a date after a visit: "đợt khám 5/6", "tái khám lần sau 12/11"', () => {
    expect(found('đợt khám 5/6, tái khám lần sau 12/11', 'DATE')).toEqual(['5/6', '12/11']);
  });
});
