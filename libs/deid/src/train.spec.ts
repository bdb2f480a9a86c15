// The PERSON labeller: trained only on training data, shipped compact and browser-safe.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '@ketnoi/deid';
import { buildContext } from './context';
import { compile, labelCompiled, templateFeatures } from './model/compiled';
import { features, tokenInfo } from './model/features';
import { label, unpack } from './model/labeller';
import { HELDOUT11_DOCS } from './eval/heldout11';
import { PERSON_MODEL } from './model/weights';
import { split, trainingDocs } from './train/dataset';
import { foldChars, foldedChatCopies } from './train/folded-copies';
import { parseMarkup } from './eval/markup';
import { HELDOUT39_DOCS } from './eval/heldout39';
import { HELDOUT40_DOCS } from './eval/heldout40';
import { HELDOUT41_DOCS } from './eval/heldout41';
import { HELDOUT42_DOCS } from './eval/heldout42';
import { HELDOUT43_DOCS } from './eval/heldout43';
import { HELDOUT44_DOCS } from './eval/heldout44';
import { HELDOUT45_DOCS } from './eval/heldout45';
import { HELDOUT46_DOCS } from './eval/heldout46';
import { HELDOUT47_DOCS } from './eval/heldout47';
import { HELDOUT48_DOCS } from './eval/heldout48';
import { HELDOUT49_DOCS } from './eval/heldout49';
import { HELDOUT50_DOCS } from './eval/heldout50';
import { HELDOUT51_DOCS } from './eval/heldout51';
import { HELDOUT52_DOCS } from './eval/heldout52';
import { MEASURED_SETS } from './train/measured-sets';
import { synthDocs } from './train/synth';
import { chooseThreshold, trainModel, type DevScore } from './train/train';

const names = (t: string) =>
  scanText(t)
    .filter((f) => f.kind === 'NAME')
    .map((f) => f.text);

describe('PERSON labeller training data', () => {
  // Round 14: a held-out set becomes training text once its blind measurement is done and
  // reported (sets 1–16; round 16: 1–31; round 17: 1–38); the sets of round 17 (39–44) are not training text.
  it('reads held-out sets only through train/measured-sets.ts, and only the measured ones (1–38)', () => {
    for (const dir of ['train', 'model']) {
      for (const f of readdirSync(join(__dirname, dir))) {
        const src = readFileSync(join(__dirname, dir, f), 'utf8');
        const imports = [...src.matchAll(/(?:from\s+|require\()['"]([^'"]*heldout[^'"]*)['"]/gi)].map((m) => m[1]);
        if (f === 'measured-sets.ts') for (const i of imports) expect(i).toMatch(/^\.\.\/eval\/heldout(?:[2-9]|[12]\d|3[0-8])?$/);
        else expect(imports).toEqual([]);
      }
    }
    expect(MEASURED_SETS.map((s) => s.set)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    const ids = trainingDocs().map((d) => d.id);
    expect(ids.some((id) => /^(?:folded-)?h(?:39|[45]\d)-/.test(id))).toBe(false);
    expect(ids.filter((id) => id.startsWith('set-')).length).toBe(MEASURED_SETS.reduce((n, s) => n + s.docs.length, 0));
    const { train, dev } = split();
    expect(train.length + dev.length).toBe(ids.length);
  });

  // Round 20: chats and phrases typed with accents, folded the way fast typers write them
  it('folds accented chats and phrases into copies whose gold spans still fit', () => {
    expect(foldChars('Đặng Thị Ánh Tuyết, Q.Bình Thạnh')).toBe('Dang Thi Anh Tuyet, Q.Binh Thanh');
    const chat = parseMarkup('c1', 'chat-ward', 'Chị [[N:Ngọc Hân]] ơi, bệnh nhân [[N:Đỗ Văn Được]] giường 12 đã được chuyển khoa rồi nhé.');
    const news = parseMarkup('n1', 'news', 'Bệnh nhân [[N:Đỗ Văn Được]] đã được chuyển khoa, sức khỏe ổn định.');
    const plain = parseMarkup('c2', 'chat', 'chi [[N:ngoc han]] oi, benh nhan da duoc chuyen khoa roi nhe');
    const phrase = { id: 'phrase-set3-1', type: 'phrase', text: 'Bệnh viện Hữu nghị Việt Đức', gold: [] };
    const copies = foldedChatCopies([chat, news, plain, phrase]);
    expect(copies.map((d) => d.id)).toEqual(['folded-c1', 'folded-phrase-set3-1']);
    const [c] = copies;
    expect(c.text.toLowerCase()).toBe('chi ngoc han oi, benh nhan do van duoc giuong 12 da duoc chuyen khoa roi nhe.');
    expect(c.gold.map((g) => [g.kind, c.text.slice(g.start, g.end).toLowerCase(), g.text.toLowerCase()])).toEqual([
      ['NAME', 'ngoc han', 'ngoc han'],
      ['NAME', 'do van duoc', 'do van duoc'],
    ]);
  });

  it('leaves out the sets named in DEID_TRAIN_EXCLUDE (cross-validation), and only those', () => {
    const before = process.env.DEID_TRAIN_EXCLUDE;
    process.env.DEID_TRAIN_EXCLUDE = '7,12';
    try {
      const ids = trainingDocs().map((d) => d.id);
      expect(ids.some((id) => /^(?:folded-)?(?:set-(?:7|12)-|phrase-set(?:7|12)-)/.test(id))).toBe(false);
      expect(ids.some((id) => id.startsWith('set-8-'))).toBe(true);
    } finally {
      if (before === undefined) delete process.env.DEID_TRAIN_EXCLUDE;
      else process.env.DEID_TRAIN_EXCLUDE = before;
    }
  });

  it('holds no sentence of the blind sets of rounds 17 to 21 (held-out 39–52)', () => {
    const corpus = JSON.stringify(trainingDocs());
    // lines that carry an identifier other than an address or a date (a form's title, a standard addressee,
    // a facility named with its district — "Trung tâm Y tế huyện Quỳnh Lưu trân trọng giới thiệu:" — or a
    // form's date line — "- Ra viện lúc: 9 giờ 00 phút, ngày 07/11/2025" — may recur anywhere)
    const lines = [
      ...HELDOUT39_DOCS,
      ...HELDOUT40_DOCS,
      ...HELDOUT41_DOCS,
      ...HELDOUT42_DOCS,
      ...HELDOUT43_DOCS,
      ...HELDOUT44_DOCS,
      ...HELDOUT45_DOCS,
      ...HELDOUT46_DOCS,
      ...HELDOUT47_DOCS,
      ...HELDOUT48_DOCS,
      ...HELDOUT49_DOCS,
      ...HELDOUT50_DOCS,
      ...HELDOUT51_DOCS,
      ...HELDOUT52_DOCS,
    ]
      // (an age alone is no sentence of its own: set 52's headline "Phẫu thuật thay khớp háng cho cụ bà 101
      // tuổi" is word for word a training news headline too)
      .flatMap((d) =>
        d.text.split('\n').filter((l) => d.gold.some((g) => g.kind !== 'ADDRESS' && g.kind !== 'DATE' && g.kind !== 'AGE_OVER_89' && l.includes(g.text))),
      )
      .filter((l) => l.length >= 40 && !/["\\]/.test(l));
    expect(lines.length).toBeGreaterThan(200);
    for (const line of lines) expect(corpus.includes(line)).toBe(false);
  });

  it('is generated reproducibly (fixed seed)', () => {
    expect(synthDocs(5).map((d) => d.text)).toEqual(synthDocs(5).map((d) => d.text));
    expect(split().dev.map((d) => d.id)).toEqual(split().dev.map((d) => d.id));
  });
});

describe('threshold rule (rounds 9 and 14)', () => {
  const score = (threshold: number, found: number, spans: number, falseSpans: number, phrasesFlagged = 0): DevScore => ({
    threshold,
    found,
    gold: 1000,
    spans,
    falseSpans,
    phrases: 400,
    phrasesFlagged,
    tokens: 20_000,
  });

  it('weights recall and precision alike (F1) among the thresholds under both caps', () => {
    // F1: 1.5 → 0.945 (P 0.988, R 0.905), 8 → 0.935, 20 → 0.823
    const s = [score(1.5, 905, 916, 11), score(8, 880, 883, 3), score(20, 700, 701, 1)];
    expect(chooseThreshold(s).threshold).toBe(1.5);
  });

  it('never picks a threshold over the false-span cap or the 1 % phrase cap', () => {
    expect(chooseThreshold([score(1, 990, 1020, 30), score(8, 900, 905, 5)]).threshold).toBe(8); // 30 / 20,000 tokens = 1.5 ‰ > 1.2 ‰
    expect(chooseThreshold([score(1, 990, 991, 1, 5), score(8, 900, 901, 1, 4)]).threshold).toBe(8); // 5 / 400 phrases > 1 %
  });

  it('retraining with the fixed seed writes the committed model/weights.ts byte for byte', () => {
    const { src } = trainModel();
    expect(src).toBe(readFileSync(join(__dirname, 'model/weights.ts'), 'utf8'));
  });
});

describe('shipped model', () => {
  it('is compact, pruned and has a threshold from the dev split', () => {
    const w = unpack(PERSON_MODEL);
    expect(w.size).toBeGreaterThan(1000);
    expect(w.size).toBeLessThan(20000);
    expect(Number.isFinite(PERSON_MODEL.threshold)).toBe(true);
    // round 20: 200,000 (was 150,000) for the folded chat copies' features (train/folded-copies.ts)
    expect(PERSON_MODEL.weights.length + PERSON_MODEL.features.length).toBeLessThan(200_000);
  });

  it('uses no Node-only API (runs in the browser)', () => {
    for (const f of [
      'detect-model.ts',
      'model/compiled.ts',
      'model/labeller.ts',
      'model/features.ts',
      'model/guard.ts',
      'model/weights.ts',
      'data/minority-names.ts',
    ]) {
      expect(readFileSync(join(__dirname, f), 'utf8')).not.toMatch(/from\s+['"](?:node:|fs|path|buffer)/);
    }
  });
});

// The model compiled to numeric keys (model/compiled.ts) must label exactly as the Map of
// feature strings: same features, same weights, same sums.
describe('compiled model', () => {
  const m = compile(PERSON_MODEL);
  const w = unpack(PERSON_MODEL);
  const texts = [...trainingDocs().map((d) => d.text), ...HELDOUT11_DOCS.map((d) => d.text)];

  it('reads every feature of the model, each under its own key (no collision)', () => {
    expect(m.unmatched).toEqual([]);
    // compile() throws when two features meet under one key; every feature is in one of the tables
    const keys = [...m.keys].filter((k) => k !== -1);
    const direct = [...m.direct].filter((r) => r !== -1);
    expect(keys.length + direct.length).toBe(w.size);
    expect(new Set([...m.rows.filter((_, s) => m.keys[s] !== -1), ...direct]).size).toBe(w.size);
    expect(keys.every((k) => Number.isSafeInteger(k) && k >= m.direct.length)).toBe(true);
  });

  it('builds the same feature strings as features() (the templates mirror features.ts)', () => {
    let tokens = 0;
    for (const text of texts) {
      const info = tokenInfo(buildContext(text));
      for (let i = 0; i < info.length; i++) {
        const [a, b] = [templateFeatures(info, i).join('\n'), features(info, i).join('\n')];
        if (a !== b) expect(a).toBe(b);
      }
      tokens += info.length;
    }
    expect(tokens).toBeGreaterThan(10_000);
  });

  it('gives the same tags and margins as label() with the unpacked Map', () => {
    for (const text of [...texts, ...texts.map((t) => t.toUpperCase()), ...texts.map((t) => t.toLowerCase())]) {
      const info = tokenInfo(buildContext(text));
      const a = label(w, info);
      const b = labelCompiled(m, info);
      if (b.tags.join() !== a.tags.join() || !b.margin.every((x, i) => Object.is(x, a.margin[i]))) expect(b).toEqual(a);
    }
  });
});

// Round 6: classes the rules missed in round 4 and earlier, now found by the labeller
// (sentences written for these tests, not taken from a held-out set).
describe('round-6 name classes', () => {
  it.each([
    ['a given name after a Huế/Nghệ An address word, no full name earlier', 'Mệ Tuyết ho cả đêm, sáng ni mới đỡ', 'Tuyết'],
    ['o + given name', 'O Hiền gọi điện hỏi kết quả xét nghiệm', 'Hiền'],
    ['eng + given name', 'Eng Lộc chở mạ đi khám sáng nay', 'Lộc'],
    ['a lower-case nickname after bé', 'bé tũn nhà em nôn 2 lần từ sáng', 'tũn'],
    ['an Ê Đê woman without an apostrophe', 'Sản phụ H Yuôn Niê, 22 tuổi, sinh thường', 'H Yuôn Niê'],
    ['an English given name alone as a chat sender', 'Rachel: thanks doctor, see you on Friday', 'Rachel'],
    ['an English family name after Mr', 'Mr Campbell was discharged this morning.', 'Campbell'],
  ])('%s', (_label, text, name) => {
    expect(names(text).join(' | ')).toContain(name);
  });

  it.each([
    'bệnh Huntington giai đoạn sớm',
    'BN COPD đợt cấp lần 3',
    'bệnh nhân nữ, 58 tuổi, vào viện vì khó thở',
    'Tiền Sử Bệnh: Khỏe Mạnh',
    'bé bú kém, nôn trớ sau ăn',
    'mệ mệt, ăn ít',
    'anh trai đưa vào viện lúc 2 giờ sáng',
  ])('leaves "%s" alone', (text) => {
    expect(names(text)).toEqual([]);
  });
});
