import { passwordStrength } from './password-strength';
import { hashPassword, passwordProblem, strongEnough, verifyPassword } from './passwords';

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

  it.each(['abcdefgh', 'Ketnoi2026', 'mậtkhẩu1', 'KetNoi#2026!', 'Password1!', 'P@ssw0rd2024', 'benhvienbachmai', '01/02/1990', 'a1b2'.repeat(16)])(
    'refuses the guessable %s, saying why',
    (password) => {
      expect(strongEnough(passwordStrength(password))).toBe(false);
      expect(passwordProblem(password)).toMatch(/dễ đoán: .+\. Hãy dùng một cụm từ dài hơn/);
    },
  );

  it("names the reason: product words, sequences, dates, the user's own name", () => {
    expect(passwordProblem('KetNoi#2026!')).toMatch(/từ quen thuộc/);
    expect(passwordProblem('abcdefgh')).toMatch(/dãy ký tự liên tiếp/);
    expect(passwordProblem('01/02/1990')).toMatch(/ngày tháng/);
    expect(passwordStrength('Hoa@Tran1990', ['hoa.tran@benhvien.vn', 'Trần Thị Hoa']).hint).toBe('personal');
  });

  it('accepts long passphrases, 64 characters included, and the demo password', () => {
    expect(passwordProblem('Cây đa giếng nước sân đình 2026')).toBeNull();
    expect(passwordProblem('Ketnoi-Demo-Tim-Phoi-2026')).toBeNull();
    expect(passwordProblem('sóng biển rì rào bên hàng dừa xanh, gió thổi nhẹ qua mái tranh xưa')).toBeNull();
  });

  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('Cây đa giếng nước');
    expect(h).toMatch(/^\$argon2id\$/);
    await expect(verifyPassword(h, 'Cây đa giếng nước')).resolves.toBe(true);
    await expect(verifyPassword(h, 'cây đa giếng nước')).resolves.toBe(false);
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
  });
});
