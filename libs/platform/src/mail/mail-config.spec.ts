import { ConfigError, loadConfig } from '../config/config';

const base = { NODE_ENV: 'test', DATA_DIR: '/tmp/ketnoi-mail-config-spec' };
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig({ ...base, ...env });
    return [];
  } catch (e) {
    return (e as ConfigError).problems;
  }
};

describe('SMTP_URL and MAIL_FROM', () => {
  it('default: the local outbox and a no-reply sender', () => {
    expect(loadConfig(base).mail).toEqual({ smtpUrl: undefined, from: 'Ketnoi <no-reply@ketnoi.local>' });
  });
  it('accepts smtp:// and smtps:// URLs and a named sender', () => {
    expect(loadConfig({ ...base, SMTP_URL: 'smtps://u:p@mail.example.vn:465', MAIL_FROM: 'Ketnoi <hotro@example.vn>' }).mail).toEqual({
      smtpUrl: 'smtps://u:p@mail.example.vn:465',
      from: 'Ketnoi <hotro@example.vn>',
    });
  });
  it('names the variable, without echoing credentials', () => {
    expect(problemsOf({ SMTP_URL: 'http://u:secret@mail.example.vn' })).toEqual(['SMTP_URL must use smtp:// or smtps:// (got http://)']);
    expect(problemsOf({ SMTP_URL: 'not a url' })).toEqual(['SMTP_URL is not a valid URL']);
    expect(problemsOf({ MAIL_FROM: 'Ketnoi' })[0]).toMatch(/^MAIL_FROM must be an e-mail address/);
  });
});
