import { Algorithm, hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '@ketnoi/platform';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// OWASP-recommended argon2id parameters (19 MiB, 2 iterations).
const ARGON = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary.passwords as string[]).map((p) => p.toLowerCase()));
  return common;
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
