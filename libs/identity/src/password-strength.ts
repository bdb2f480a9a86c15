import { zxcvbn, zxcvbnOptions, type MatchExtended } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { PRODUCT_WORDS, VIETNAMESE_WORDS } from './password-words';

/**
 * Password strength by zxcvbn-ts (Wheeler, USENIX Security 2016) with its common-password,
 * diceware and keyboard lists plus Vietnamese and Ketnoi words. Vietnamese is folded
 * (diacritics dropped, đ → d) before matching, so "mậtkhẩu" is the dictionary word "matkhau".
 */
export type StrengthHint = 'common' | 'vietnamese' | 'personal' | 'keyboard' | 'sequence' | 'repeat' | 'date' | 'short';

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  /** log10 of the estimated guesses */
  log10Guesses: number;
  /** The pattern that made it guessable (the cheapest one), when there is one. */
  hint: StrengthHint | null;
}

/** Diacritics dropped, đ → d. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const foldAll = (words: readonly string[]) => [...new Set(words.map((w) => fold(w).toLowerCase().replace(/\s+/g, '')))];

let configured = false;
function configure(): void {
  if (configured) return;
  zxcvbnOptions.setOptions({
    graphs: adjacencyGraphs,
    dictionary: { ...dictionary, ketnoi: foldAll(PRODUCT_WORDS), vietnamese: foldAll(VIETNAMESE_WORDS) },
  });
  configured = true;
}

function hintOf(match: MatchExtended): StrengthHint | null {
  switch (match.pattern) {
    case 'dictionary':
      if (match.dictionaryName === 'userInputs') return 'personal';
      return match.dictionaryName === 'ketnoi' || match.dictionaryName === 'vietnamese' ? 'vietnamese' : 'common';
    case 'spatial':
      return 'keyboard';
    case 'sequence':
      return 'sequence';
    case 'repeat':
      return 'repeat';
    case 'date':
    case 'regex':
      return 'date';
    default:
      return null;
  }
}

/** "hoa.tran@benhvien.vn", "Trần Thị Hoa" → hoatranbenhvienvn, hoa, tran, benhvien, tranthihoa, thi … */
function personalTokens(inputs: string[]): string[] {
  return foldAll(inputs.flatMap((input) => [input.replace(/[^\p{L}\p{N}]+/gu, ''), ...input.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3)]));
}

export function passwordStrength(password: string, userInputs: string[] = []): Strength {
  configure();
  const result = zxcvbn(fold(password), personalTokens(userInputs));
  // The user's own words first (the most useful advice), else the cheapest non-random part.
  const hints = result.sequence
    .filter((m) => m.pattern !== 'bruteforce')
    .sort((a, b) => a.guessesLog10 - b.guessesLog10)
    .map(hintOf)
    .filter((h) => h !== null);
  const guessable = hints.includes('personal') ? 'personal' : hints[0];
  return { score: result.score, log10Guesses: result.guessesLog10, hint: guessable ?? (result.score < 3 ? 'short' : null) };
}
