import type { WhereExpressionBuilder } from 'typeorm';

/** Escapes LIKE wildcards (`\`, `%`, `_`) so user text matches literally. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Adds "every word of `text` appears in `column`" to a query over a folded search_text
 * column (trigram GIN indexes serve LIKE '%word%'). `text` must already be folded.
 */
export function whereAllWords(qb: WhereExpressionBuilder, column: string, text: string, maxWords = 8): void {
  text
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .forEach((word, i) => qb.andWhere(`${column} LIKE :w${i}`, { [`w${i}`]: `%${likeEscape(word)}%` }));
}
