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
// id is what is resolved (and checked) on the server.
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
