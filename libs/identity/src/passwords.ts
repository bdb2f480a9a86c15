import { Algorithm, hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '@ketnoi/platform';
import { StrengthHint, passwordStrength } from './password-strength';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** zxcvbn's scale: 3 is ≥ 10^8 guesses, safe against online guessing and slow-hash offline attacks. */
export const MIN_SCORE = 3;
/**
 * …with a margin: zxcvbn puts a product word + symbol + year + symbol ("KetNoi#2026!") at
 * exactly 10^8, and that shape is the first thing cracking rules try.
 */
export const MIN_LOG10_GUESSES = 9;

export const strongEnough = (s: { score: number; log10Guesses: number }) => s.score >= MIN_SCORE && s.log10Guesses >= MIN_LOG10_GUESSES;

// OWASP-recommended argon2id parameters (19 MiB, 2 iterations).
const ARGON = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary.passwords as string[]).map((p) => p.toLowerCase()));
  return common;
}

const WHY: Record<StrengthHint, string> = {
  common: 'dựa trên một mật khẩu hoặc từ rất phổ biến',
  vietnamese: 'dựa trên từ quen thuộc (tên Ketnoi, từ y tế, địa danh, tên người, “mật khẩu”…)',
  personal: 'dựa trên tên hoặc e-mail của bạn',
  keyboard: 'có dãy phím liền nhau trên bàn phím (như qwerty)',
  sequence: 'có dãy ký tự liên tiếp (như abc, 123)',
  repeat: 'có ký tự hoặc cụm ký tự lặp lại',
  date: 'có năm hoặc ngày tháng dễ đoán',
  short: 'quá ngắn hoặc quá đơn giản',
};

/** The words of a user's e-mail and name, which their password must not be built on. */
export function personalWords(email: string, fullName = ''): string[] {
  return [email.split('@')[0], ...fullName.split(/\s+/).filter((w) => w.length >= 4)];
}

/** Returns a user-facing reason the password is refused, or null when acceptable. */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if (password.length < PASSWORD_MIN) return `Mật khẩu phải có ít nhất ${PASSWORD_MIN} ký tự.`;
  if (password.length > PASSWORD_MAX) return `Mật khẩu tối đa ${PASSWORD_MAX} ký tự.`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return 'Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác.';
  if (/^(.)\1+$/.test(password)) return 'Mật khẩu không được chỉ gồm một ký tự lặp lại.';
  for (const c of context) {
    if (c && c.length >= 4 && lower.includes(c.toLowerCase())) return 'Mật khẩu không được chứa e-mail hoặc tên của bạn.';
  }
  const strength = passwordStrength(password, context);
  if (!strongEnough(strength)) {
    return `Mật khẩu quá dễ đoán: ${WHY[strength.hint ?? 'short']}. Hãy dùng một cụm từ dài hơn, gồm vài từ không liên quan đến nhau.`;
  }
  return null;
}

export function assertPasswordAcceptable(password: string, field: string, context: string[] = []): void {
  const problem = passwordProblem(password, context);
  if (problem) throw badInput(field, problem);
}

export const hashPassword = (password: string) => hash(password, ARGON);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this keeps the timing the same whether or not an account exists. */
let dummyHash: Promise<string> | null = null;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('ketnoi-timing-equaliser'));
