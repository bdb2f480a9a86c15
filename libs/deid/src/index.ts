// @ketnoi/deid — finds Vietnamese personal identifiers (PHI) in free clinical text.
// Pure TypeScript with no Node-only APIs: the same code highlights findings live in
// the browser and enforces the scan on the server.
import { completeAddressChains } from './address-chain';
import { detectAddressedNames, detectMailHeaders, detectSelfIntroductions, dropMailHeaderLabels } from './detect-addressed';
import { buildContext } from './context';
import { detectAddresses } from './detect-address';
import { detectEnglishAddresses } from './detect-address-en';
import { detectForeignForms } from './detect-foreign-forms';
import { detectAges, detectDates, extendLunarYears, joinDateRanges } from './detect-dates';
import { detectDocumentNumbers } from './detect-documents';
import { detectIds, dropInsideUuids } from './detect-ids';
import { detectEnglishNames } from './detect-english-names';
import { detectLabelled, detectNumberLabels, detectSpokenNumbers, propagateIdentifiers } from './detect-labelled';
import {
  completeNameLists,
  detectChat,
  detectDatedBylines,
  detectOwnLineSenders,
  detectRosters,
  detectSignatures,
  propagateNames,
  trimLabelRoles,
} from './detect-chat';
import { detectCommentNames, detectPostAuthors } from './detect-comments';
import { detectAccountHolders, detectContactNames } from './detect-contacts';
import { detectCreditInitials } from './detect-credits';
import { detectGivenNames, dropOrdinaryWords } from './detect-given';
import { detectHighlandNames, detectLowerHighlandNames } from './detect-highland-names';
import { detectEastAsianNames } from './detect-east-asian-names';
import { detectCuedLowerGiven, detectLowerMongNames, detectLowerNames, detectStaffGivenNames } from './detect-lower-names';
import { detectModelNames } from './detect-model';
import { detectNames } from './detect-names';
import { detectScripts } from './detect-scripts';
import { detectConversationSenders } from './detect-senders';
import { detectRepeatedGivenNames, detectThankedGivenNames } from './detect-repeated-given';
import { detectTables } from './detect-tables';
import { dropHospitalNames } from './facility-filter';
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
  detectIds(ctx);
  detectLabelled(ctx);
  detectNumberLabels(ctx);
  detectDocumentNumbers(ctx);
  detectSpokenNumbers(ctx);
  detectDates(ctx);
  extendLunarYears(ctx);
  joinDateRanges(ctx);
  detectAges(ctx);
  detectAddresses(ctx);
  detectEnglishAddresses(ctx);
  detectForeignForms(ctx);
  detectTables(ctx);
  detectNames(ctx);
  detectChat(ctx);
  detectOwnLineSenders(ctx);
  detectDatedBylines(ctx);
  detectSignatures(ctx);
  detectRosters(ctx);
  detectContactNames(ctx);
  detectAccountHolders(ctx);
  detectCommentNames(ctx);
  detectPostAuthors(ctx);
  detectCreditInitials(ctx);
  detectEastAsianNames(ctx);
  detectAddressedNames(ctx);
  detectSelfIntroductions(ctx);
  detectMailHeaders(ctx);
  detectScripts(ctx);
  detectModelNames(ctx);
  detectEnglishNames(ctx);
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
  propagateIdentifiers(ctx);
  dropInsideUuids(ctx);
  dropOrdinaryWords(ctx);
  dropMailHeaderLabels(ctx);
  trimLabelRoles(ctx);
  dropHospitalNames(ctx);
  completeAddressChains(ctx);
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
