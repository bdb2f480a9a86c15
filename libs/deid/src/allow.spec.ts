import { redact, scanText } from './index';

describe('placeholders and the allow-list', () => {
  it('never flags a placeholder, and redacting twice does not nest', () => {
    const once = 'Mã bệnh án [MÃ HỒ SƠ] ổn định, bệnh nhân [TÊN] gọi [SĐT]';
    expect(scanText(once)).toEqual([]);
    const text = 'Mã bệnh án BA-2024-00123, bệnh nhân Nguyễn Văn Bình';
    const first = redact(text, scanText(text));
    expect(first).not.toContain('Bình');
    expect(scanText(first)).toEqual([]);
    expect(redact(first, [{ kind: 'NAME', start: first.indexOf('[') + 1, end: first.indexOf('[') + 3, text: 'xx' }])).toBe(first);
  });

  it('keeps a real finding next to a placeholder', () => {
    const text = 'Bệnh nhân [TÊN], SĐT 0912345678';
    expect(scanText(text).map((f) => f.kind)).toEqual(['PHONE']);
  });

  it('drops names of facilities and mentioned members, accent-insensitively, but not other names', () => {
    const text = 'Bạch Mai trả lời rồi. Cảm ơn chị Lan. Bệnh nhân Trần Văn Hùng';
    const plain = scanText(text).map((f) => f.text);
    expect(plain).toEqual(expect.arrayContaining(['Bạch Mai', 'Lan', 'Trần Văn Hùng']));
    const allowed = scanText(text, { allow: { facilities: ['Bệnh viện Bach Mai', 'Bệnh viện Đa khoa Hùng Vương'], people: ['Nguyễn Thị Lan'] } }).map(
      (f) => f.text,
    );
    expect(allowed).toEqual(['Trần Văn Hùng']);
    // one word of a facility's name is not enough ("Hùng" of "Hùng Vương")
    expect(scanText('Bệnh nhân anh Hùng', { allow: { facilities: ['Bệnh viện Hùng Vương'] } }).map((f) => f.text)).toEqual(['Hùng']);
  });

  it('the patient identity typed by the author still wins over the allow-list', () => {
    const text = 'Cảm ơn chị Lan';
    expect(scanText(text, { allow: { people: ['Nguyễn Thị Lan'] }, known: { name: 'Lê Thị Lan' } }).map((f) => f.text)).toEqual(['Lan']);
  });
});
