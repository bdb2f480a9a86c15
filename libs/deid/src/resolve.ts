// Overlap resolution: same-kind spans are merged; a span contained in another is
// dropped (the container wins: "đường 3/2" is an address, not a date); on a partial
// overlap the higher-priority kind wins and a textual loser (name/address) is trimmed.
import type { Candidate, PhiKind } from './types';

const PRIORITY: Record<PhiKind, number> = {
  EMAIL: 10,
  URL: 9,
  IP: 9,
  HEALTH_INSURANCE: 8,
  CCCD: 8,
  PASSPORT: 8,
  LICENSE: 8,
  CMND: 7,
  RECORD_NUMBER: 7,
  VEHICLE_PLATE: 7,
  PHONE: 6,
  DATE: 6,
  AGE_OVER_89: 6,
  ADDRESS: 5,
  NAME: 4,
};

const TRIMMABLE: ReadonlySet<PhiKind> = new Set(['NAME', 'ADDRESS']);

function trimSpan(text: string, c: Candidate): Candidate | null {
  let { start, end } = c;
  // a leading "(" stays when its ")" is inside the span: "(028) 3855 4269"
  while (start < end && (/[\s,;:.\-–)]/.test(text[start]) || (text[start] === '(' && !text.slice(start, end).includes(')')))) start++;
  while (end > start && /[\s,;:\-–(]/.test(text[end - 1])) end--;
  // a one-letter span survives only as a name's initial ("chị H (25 tuổi)")
  if ((end - start < 2 && !(c.initial && c.kind === 'NAME' && /^\p{Lu}$/u.test(text.slice(start, end)))) || !/[\p{L}\d]/u.test(text.slice(start, end)))
    return null;
  return { kind: c.kind, start, end };
}

export function resolve(text: string, candidates: Candidate[]): Candidate[] {
  // 1. clean up and merge same-kind overlaps
  const byKind = new Map<PhiKind, Candidate[]>();
  for (const c of candidates) {
    const t = trimSpan(text, c);
    if (!t) continue;
    const list = byKind.get(t.kind) ?? [];
    list.push(t);
    byKind.set(t.kind, list);
  }
  let all: Candidate[] = [];
  for (const list of byKind.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let cur: Candidate | null = null;
    for (const c of list) {
      if (cur && c.start < cur.end) cur.end = Math.max(cur.end, c.end);
      else {
        if (cur) all.push(cur);
        cur = { ...c };
      }
    }
    if (cur) all.push(cur);
  }
  // 2. drop spans contained in another (ties: higher priority survives)
  all.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[b.kind] - PRIORITY[a.kind]);
  const kept: Candidate[] = [];
  for (const c of all) {
    if (kept.some((k) => k.start <= c.start && c.end <= k.end)) continue;
    kept.push(c);
  }
  // 3. partial overlaps
  all = kept.sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (const c0 of all) {
    let c: Candidate | null = c0;
    while (c && out.length && c.start < out[out.length - 1].end) {
      const prev = out[out.length - 1];
      if (PRIORITY[c.kind] > PRIORITY[prev.kind]) {
        out.pop();
        if (TRIMMABLE.has(prev.kind)) {
          const t = trimSpan(text, { kind: prev.kind, start: prev.start, end: c.start });
          if (t) out.push(t);
        }
      } else {
        c = TRIMMABLE.has(c.kind) ? trimSpan(text, { kind: c.kind, start: prev.end, end: c.end }) : null;
      }
    }
    if (c) out.push(c);
  }
  return out;
}
