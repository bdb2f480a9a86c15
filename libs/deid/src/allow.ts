// Additive post-filters of scanText: placeholders the redaction wrote ("[TÊN]",
// "[MÃ HỒ SƠ]" …) are never findings, and an allow-list of names that are never a
// patient's (facility names from the directory, the names of mentioned members).
import { fold } from './text';
import { PLACEHOLDERS, type PhiFinding } from './types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACEHOLDER_RE = new RegExp([...new Set(Object.values(PLACEHOLDERS))].map((p) => escape(p.normalize('NFC'))).join('|'), 'g');

/** [start, end) of every placeholder in `text` (NFC or NFD input: compared in NFC, offsets of `text`). */
export function placeholderRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  // placeholders are written in NFC by redact(); an NFD text is searched as is too
  for (const m of text.matchAll(PLACEHOLDER_RE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Drops a finding inside a placeholder and clips one that overlaps a placeholder to its
 * longer part outside it, so redacting again never nests ("[[TÊN] SƠ]").
 */
export function outsidePlaceholders(text: string, findings: PhiFinding[]): PhiFinding[] {
  const ranges = placeholderRanges(text);
  if (!ranges.length) return findings;
  const out: PhiFinding[] = [];
  for (const f of findings) {
    let parts: [number, number][] = [[f.start, f.end]];
    for (const [s, e] of ranges) {
      parts = parts.flatMap(([a, b]) =>
        e <= a || s >= b
          ? [[a, b]]
          : (
              [
                [a, s],
                [e, b],
              ] as [number, number][]
            ).filter(([x, y]) => y > x),
      );
    }
    const best = parts
      .map(([a, b]) => {
        // trim the spaces and punctuation a clip leaves at either end
        while (a < b && /[\s,.;:()\-–]/.test(text[a])) a++;
        while (b > a && /[\s,.;:()\-–]/.test(text[b - 1])) b--;
        return [a, b] as [number, number];
      })
      .filter(([a, b]) => b - a >= 2 && /[\p{L}\d]/u.test(text.slice(a, b)))
      .sort((x, y) => y[1] - y[0] - (x[1] - x[0]))[0];
    if (!best) continue;
    out.push(best[0] === f.start && best[1] === f.end ? f : { ...f, start: best[0], end: best[1], text: text.slice(best[0], best[1]) });
  }
  return out;
}

const words = (s: string) =>
  fold(s.normalize('NFC'))
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);

export interface AllowList {
  /** Members' names (e.g. the people a text @mentions): any run of their words ("chị Lan" of "Nguyễn Thị Lan"). */
  people?: readonly string[];
  /** Facility names: a run of two or more of their words ("Bạch Mai" of "Bệnh viện Bạch Mai"), never one word alone. */
  facilities?: readonly string[];
}

const isRun = (w: string[], of: string[]) => {
  for (let i = 0; i + w.length <= of.length; i++) if (w.every((x, j) => of[i + j] === x)) return true;
  return false;
};

/** Drops NAME (and ADDRESS) findings that are allowed names, accent-insensitively. */
export function withoutAllowed(findings: PhiFinding[], allow: AllowList): PhiFinding[] {
  const people = (allow.people ?? []).map(words).filter((w) => w.length);
  const facilities = (allow.facilities ?? []).map(words).filter((w) => w.length);
  if (!people.length && !facilities.length) return findings;
  return findings.filter((f) => {
    if (f.kind !== 'NAME' && f.kind !== 'ADDRESS') return true;
    const w = words(f.text);
    if (!w.length) return true;
    if (facilities.some((a) => (w.length >= 2 || a.length === 1) && isRun(w, a))) return false;
    return f.kind !== 'NAME' || !people.some((a) => isRun(w, a));
  });
}
