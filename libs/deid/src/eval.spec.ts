// Runs the whole evaluation set and holds the detector to the product targets
// (PRODUCT §5): recall ≥ 95 % for names, ≥ 97 % for dates, ≥ 90 % for sub-province
// addresses, ≤ 5 % of clinical phrases falsely flagged. A regression fails npm test.
import { scanText } from '@ketnoi/deid';
import { evaluate, evaluateNegatives } from './eval/evaluate';
import { generateDocs } from './eval/generate';
import { HANDWRITTEN_DOCS } from './eval/handwritten';
import { HELDOUT_CLINICAL_PHRASES, HELDOUT_DOCS } from './eval/heldout';
import { HELDOUT2_CLINICAL_PHRASES, HELDOUT2_DOCS } from './eval/heldout2';
import { HELDOUT3_CLINICAL_PHRASES, HELDOUT3_DOCS } from './eval/heldout3';
import { CLINICAL_PHRASES } from './eval/negatives';

const generated = generateDocs();

describe('evaluation set', () => {
  it('is big enough', () => {
    expect(generated.length + HANDWRITTEN_DOCS.length).toBeGreaterThanOrEqual(150);
    expect(HANDWRITTEN_DOCS.length).toBeGreaterThanOrEqual(30);
    expect(CLINICAL_PHRASES.length).toBeGreaterThanOrEqual(300);
    for (const doc of [...generated, ...HANDWRITTEN_DOCS]) {
      for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
    }
  });

  it('is deterministic', () => {
    expect(generateDocs(2).map((d) => d.text)).toEqual(generateDocs(2).map((d) => d.text));
  });

  it.each([
    ['all documents', [...generated, ...HANDWRITTEN_DOCS]],
    ['hand-written documents', HANDWRITTEN_DOCS],
  ] as const)('meets the recall targets on %s', (_label, docs) => {
    const r = evaluate(docs, scanText);
    expect(r.perKind.NAME.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.perKind.DATE.recall).toBeGreaterThanOrEqual(0.97);
    expect(r.perKind.ADDRESS.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('flags at most 5 % of clinical phrases', () => {
    const r = evaluateNegatives(CLINICAL_PHRASES, scanText);
    expect(r.rate).toBeLessThanOrEqual(0.05);
  });

  // The held-out set was written blind (its first scores are the honest forecast, see
  // README); it has been tuned on since, so here it is a regression guard only.
  describe('held-out set', () => {
    it('is well-formed and big enough', () => {
      expect(HELDOUT_DOCS.length).toBeGreaterThanOrEqual(40);
      expect(HELDOUT_CLINICAL_PHRASES.length).toBeGreaterThanOrEqual(300);
      expect(new Set(HELDOUT_CLINICAL_PHRASES).size).toBe(HELDOUT_CLINICAL_PHRASES.length);
      for (const doc of HELDOUT_DOCS) {
        for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
      }
    });

    it('meets the recall targets', () => {
      const r = evaluate(HELDOUT_DOCS, scanText);
      expect(r.perKind.NAME.recall).toBeGreaterThanOrEqual(0.95);
      expect(r.perKind.DATE.recall).toBeGreaterThanOrEqual(0.97);
      expect(r.perKind.ADDRESS.recall).toBeGreaterThanOrEqual(0.9);
      expect(r.overall.recall).toBeGreaterThanOrEqual(0.95);
      expect(r.overall.precision).toBeGreaterThanOrEqual(0.9);
    });

    it('flags at most 5 % of its clinical phrases', () => {
      expect(evaluateNegatives(HELDOUT_CLINICAL_PHRASES, scanText).rate).toBeLessThanOrEqual(0.05);
    });
  });

  // The second held-out set was also written blind (README: "held-out 2, blind"); it has
  // been tuned on since, so it too is a regression guard only.
  describe('second held-out set', () => {
    it('is well-formed and big enough', () => {
      expect(HELDOUT2_DOCS.length).toBeGreaterThanOrEqual(40);
      expect(HELDOUT2_CLINICAL_PHRASES.length).toBeGreaterThanOrEqual(300);
      expect(new Set(HELDOUT2_CLINICAL_PHRASES).size).toBe(HELDOUT2_CLINICAL_PHRASES.length);
      for (const doc of HELDOUT2_DOCS) {
        for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
      }
    });

    it('meets the recall targets', () => {
      const r = evaluate(HELDOUT2_DOCS, scanText);
      expect(r.perKind.NAME.recall).toBeGreaterThanOrEqual(0.95);
      expect(r.perKind.DATE.recall).toBeGreaterThanOrEqual(0.97);
      expect(r.perKind.ADDRESS.recall).toBeGreaterThanOrEqual(0.9);
      expect(r.overall.recall).toBeGreaterThanOrEqual(0.95);
      expect(r.overall.precision).toBeGreaterThanOrEqual(0.9);
    });

    it('flags at most 5 % of its clinical phrases', () => {
      expect(evaluateNegatives(HELDOUT2_CLINICAL_PHRASES, scanText).rate).toBeLessThanOrEqual(0.05);
    });
  });

  // The third held-out set was also written blind (README: "held-out 3, blind"); it has
  // been tuned on since, so it too is a regression guard only.
  describe('third held-out set', () => {
    it('is well-formed and big enough', () => {
      expect(HELDOUT3_DOCS.length).toBeGreaterThanOrEqual(40);
      expect(HELDOUT3_CLINICAL_PHRASES.length).toBeGreaterThanOrEqual(300);
      expect(new Set(HELDOUT3_CLINICAL_PHRASES).size).toBe(HELDOUT3_CLINICAL_PHRASES.length);
      for (const doc of HELDOUT3_DOCS) {
        for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
      }
    });

    it('meets the recall targets', () => {
      const r = evaluate(HELDOUT3_DOCS, scanText);
      expect(r.perKind.NAME.recall).toBeGreaterThanOrEqual(0.95);
      expect(r.perKind.DATE.recall).toBeGreaterThanOrEqual(0.97);
      expect(r.perKind.ADDRESS.recall).toBeGreaterThanOrEqual(0.9);
      expect(r.overall.recall).toBeGreaterThanOrEqual(0.95);
      expect(r.overall.precision).toBeGreaterThanOrEqual(0.9);
    });

    it('flags at most 5 % of its clinical phrases', () => {
      expect(evaluateNegatives(HELDOUT3_CLINICAL_PHRASES, scanText).rate).toBeLessThanOrEqual(0.05);
    });
  });

  it('scans a 10,000-character note quickly', () => {
    let note = '';
    for (let i = 0; note.length < 10_000; i++) note += `${HANDWRITTEN_DOCS[i % HANDWRITTEN_DOCS.length].text}\n\n`;
    note = note.slice(0, 10_000);
    for (let i = 0; i < 3; i++) scanText(note);
    const runs = 10;
    const started = performance.now();
    for (let i = 0; i < runs; i++) scanText(note);
    // 50 ms is the product budget; the bound is loose because CI machines are shared
    expect((performance.now() - started) / runs).toBeLessThan(150);
  });
});
