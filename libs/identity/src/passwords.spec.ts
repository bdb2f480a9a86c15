import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('password policy', () => {
  it('refuses short, overlong, common and repeated passwords', () => {
    expect(passwordProblem('Ab1!')).toMatch(/ít nhất 8/);
    expect(passwordProblem('x'.repeat(129) + 'Y')).toMatch(/tối đa 128/);
    expect(passwordProblem('password')).toMatch(/phổ biến/);
    expect(passwordProblem('12345678')).toMatch(/phổ biến/);
    expect(passwordProblem('iloveyou')).toMatch(/phổ biến/);
    expect(passwordProblem('zzzzzzzzzzzz')).toMatch(/lặp lại/);
    expect(passwordProblem('lan.nguyen-2026', ['lan.nguyen'])).toMatch(/e-mail hoặc tên/);
  });

  it('accepts long passphrases, 64 characters included', () => {
    expect(passwordProblem('Cây đa giếng nước sân đình 2026')).toBeNull();
    expect(passwordProblem('a1b2'.repeat(16))).toBeNull();
  });

  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('Cây đa giếng nước');
    expect(h).toMatch(/^\$argon2id\$/);
    await expect(verifyPassword(h, 'Cây đa giếng nước')).resolves.toBe(true);
    await expect(verifyPassword(h, 'cây đa giếng nước')).resolves.toBe(false);
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
  });
});
