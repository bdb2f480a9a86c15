// @ketnoi/deid — finds Vietnamese personal identifiers (PHI) in free clinical text.
// Pure TypeScript with no Node-only APIs: the same code highlights findings live in
// the browser and enforces the scan on the server.
import { completeAddressChains } from './address-chain';
import { dropMailHeaderLabels } from './detect-addressed';
import { buildContext } from './context';
import { dropInsideUuids } from './detect-ids';
import { detectEnglishNames } from './detect-english-names';
import { detectLowerKoreanNames } from './detect-east-asian-names';
import { propagateIdentifiers } from './detect-labelled';
import { completeNameLists, propagateNames, trimLabelRoles } from './detect-chat';
import { detectAgesAfterNames } from './detect-dates';
import { detectGivenNames, dropOrdinaryWords } from './detect-given';
import { detectHighlandNames, detectLowerHighlandNames } from './detect-highland-names';
import { detectCuedLowerGiven, detectLowerMongNames, detectLowerNames, detectStaffGivenNames } from './detect-lower-names';
import { detectModelNames } from './detect-model';
import { detectConversationSenders } from './detect-senders';
import { detectRepeatedGivenNames, detectThankedGivenNames } from './detect-repeated-given';
import { detectByRules } from './rules';
import { dropHospitalNames } from './facility-filter';
import { dropPersonStreets } from './detect-lower-places';
import { findKnown, type KnownIdentity } from './known';
import { resolve } from './resolve';
import { PLACEHOLDERS, type PhiFinding, type PhiKind } from './types';
import { outsidePlaceholders, placeholderRanges, withoutAllowed, type AllowList } from './allow';

export { PHI_KINDS, PLACEHOLDERS } from './types';
export type { PhiFinding, PhiKind } from './types';
export type { KnownIdentity } from './known';
export { HOSPITAL_SHORT_NAMES } from './data/facilities';
export type { AllowList } from './allow';

export interface ScanOptions {
  /** The patient's own values, typed by the author (never stored): every occurrence and its parts are flagged. */
  known?: KnownIdentity;
  /**
   * Names that are never a patient's: facility names from the directory, the names of the
   * members a text @mentions (see AllowList). The `known` values still win.
   */
  allow?: AllowList;
}

/**
 * Scans text for personal data. Findings are sorted by start and never overlap;
 * offsets are UTF-16 offsets into `text` as given (NFC or NFD).
 */
export function scanText(text: string, options: ScanOptions = {}): PhiFinding[] {
  if (!text) return [];
  const ctx = buildContext(text);
  detectByRules(ctx);
  detectModelNames(ctx);
  detectEnglishNames(ctx);
  detectLowerKoreanNames(ctx);
  detectGivenNames(ctx);
  detectLowerNames(ctx);
  detectStaffGivenNames(ctx);
  detectCuedLowerGiven(ctx);
  detectLowerMongNames(ctx);
  detectHighlandNames(ctx);
  detectLowerHighlandNames(ctx);
  detectConversationSenders(ctx);
  detectRepeatedGivenNames(ctx);
  detectThankedGivenNames(ctx);
  propagateNames(ctx);
  completeNameLists(ctx);
  detectAgesAfterNames(ctx);
  propagateIdentifiers(ctx);
  dropInsideUuids(ctx);
  dropOrdinaryWords(ctx);
  dropMailHeaderLabels(ctx);
  trimLabelRoles(ctx);
  dropHospitalNames(ctx);
  completeAddressChains(ctx);
  dropPersonStreets(ctx);
  if (options.known) ctx.out.push(...findKnown(ctx, options.known));
  const { p } = ctx;
  const found = resolve(p.norm, ctx.out).map((c) => {
    const start = p.origStart(c.start);
    const end = p.origEnd(c.end);
    return { kind: c.kind, start, end, text: text.slice(start, end) };
  });
  const kept = outsidePlaceholders(text, found);
  if (!options.allow) return kept;
  // a value the author typed into the identity panel is flagged even if a colleague has the same name
  const known = options.known ? new Set(findKnownSpans(text, options.known)) : new Set<string>();
  const allowed = new Set(withoutAllowed(kept, options.allow));
  return kept.filter((f) => allowed.has(f) || known.has(`${f.start}:${f.end}`));
}

function findKnownSpans(text: string, known: KnownIdentity): string[] {
  const ctx = buildContext(text);
  const { p } = ctx;
  return resolve(p.norm, findKnown(ctx, known)).map((c) => `${p.origStart(c.start)}:${p.origEnd(c.end)}`);
}

/**
 * Replaces each finding's span with its placeholder ([TÊN], [SĐT] …; an unknown kind
 * becomes "[…]"). Offsets are into `text` as given; overlapping spans keep the first.
 */
export function redact(text: string, findings: readonly { kind: string; start: number; end: number; text?: string }[]): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  // a span that touches a placeholder is never redacted again (no "[[TÊN] SƠ]")
  const held = placeholderRanges(text);
  let out = '';
  let pos = 0;
  for (const f of sorted) {
    if (held.some(([s, e]) => f.start < e && f.end > s)) continue;
    if (f.start < pos || f.end > text.length || f.end <= f.start) continue;
    out += text.slice(pos, f.start) + (PLACEHOLDERS[f.kind as PhiKind] ?? '[…]');
    pos = f.end;
  }
  return out + text.slice(pos);
}
