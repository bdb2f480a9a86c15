import type { SqlParams } from './sql';

/** Escapes LIKE wildcards (`\`, `%`, `_`) so user text matches literally. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * SQL: "every word of `text` appears in `column`", for a folded search_text column
 * (trigram GIN indexes serve LIKE '%word%'); `TRUE` for no words. `text` must already be
 * folded.
 */
export function allWordsSql(q: SqlParams, column: string, text: string, maxWords = 8): string {
  const words = text.split(' ').filter(Boolean).slice(0, maxWords);
  return words.length ? words.map((word) => `${column} LIKE ${q.add(`%${likeEscape(word)}%`)}`).join(' AND ') : 'TRUE';
}
