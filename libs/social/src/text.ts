import { foldVietnamese } from '@ketnoi/reference';

/** Characters as a reader counts them (Unicode code points), matching PostgreSQL's char_length. */
export const charCount = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

export const MAX_HASHTAGS = 30;
export const MAX_HASHTAG_LENGTH = 64;
export const MAX_MENTIONS = 50;

// A hashtag starts after whitespace, start of text or punctuation (not inside a word,
// URL fragment or HTML entity) and runs over letters (with combining marks: NFD input),
// digits and underscores. It must contain a letter (#1 is a number, not a tag).
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]+)/gu;
const HAS_LETTER = /\p{L}/u;

export interface ParsedHashtag {
  /** As written (NFC, without "#"): what the post shows. */
  display: string;
  /** Folded key (no diacritics, đ→d, lower case): what search matches. */
  key: string;
}

/** Hashtags in order of first appearance, one per folded key, at most 30. */
export function parseHashtags(body: string): ParsedHashtag[] {
  const seen = new Map<string, ParsedHashtag>();
  for (const m of body.matchAll(HASHTAG)) {
    const display = m[1].normalize('NFC');
    if (!HAS_LETTER.test(display) || charCount(display) > MAX_HASHTAG_LENGTH) continue;
    const key = foldVietnamese(display);
    if (!seen.has(key)) seen.set(key, { display, key });
    if (seen.size >= MAX_HASHTAGS) break;
  }
  return [...seen.values()];
}

// Mentions are written by the composer's autocomplete as @[Display name](user-id), so a
// name with spaces and diacritics is unambiguous. The display name is only a label: the
// server replaces it with the user's current name (renderMentions) when storing and reading.
const MENTION = /@\[([^\]\n]{1,100})\]\(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\)/g;

/** User ids mentioned, in order of first appearance, lower-cased, at most 50. */
export function parseMentionIds(body: string): string[] {
  const ids = new Set<string>();
  for (const m of body.matchAll(MENTION)) {
    ids.add(m[2].toLowerCase());
    if (ids.size >= MAX_MENTIONS) break;
  }
  return [...ids];
}

/** Each mention's markup: where it is and whom it names (lower-cased id). */
export function mentionSpans(body: string): { start: number; end: number; userId: string }[] {
  return [...body.matchAll(MENTION)].map((m) => ({ start: m.index, end: m.index + m[0].length, userId: m[2].toLowerCase() }));
}

const MENTION_LABEL_MAX = 100;
// U+2060 WORD JOINER: invisible, and keeps "@[" that is not a mention from becoming one.
const NOT_MARKUP = '@\u2060[';

/** A name as a mention label: no "]" or line break, 1–100 UTF-16 units (what MENTION accepts). */
function mentionLabel(name: string): string {
  let label = name.replace(/[\]\r\n]+/g, ' ').trim();
  if (label.length > MENTION_LABEL_MAX) {
    label = label.slice(0, MENTION_LABEL_MAX);
    if (/[\uD800-\uDBFF]$/.test(label)) label = label.slice(0, -1);
  }
  return label;
}

const plain = (text: string) => text.replaceAll('@[', NOT_MARKUP);

/**
 * The body with every mention's label replaced by `nameOf(id)` (the user's real name); a
 * mention whose id has no name becomes plain text "@label", not a link. No "@[" is left
 * outside the mentions written here, so the result parses to exactly these mentions.
 */
export function renderMentions(body: string, nameOf: (id: string) => string | undefined): string {
  if (!body.includes('@[')) return body;
  let out = '';
  let last = 0;
  for (const m of body.matchAll(MENTION)) {
    const index = m.index ?? 0;
    out += plain(body.slice(last, index));
    const id = m[2].toLowerCase();
    const name = nameOf(id);
    const label = name === undefined ? '' : mentionLabel(name);
    out += label ? `@[${label}](${id})` : plain(`@${m[1]}`);
    last = index + m[0].length;
  }
  return out + plain(body.slice(last));
}
