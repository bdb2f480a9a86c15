import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const dir = () => mkdtempSync(join(tmpdir(), 'ketnoi-config-'));

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('uses embedded defaults and keeps a generated JWT secret in DATA_DIR', () => {
    const dataDir = dir();
    const cfg = loadConfig({ DATA_DIR: dataDir });
    expect(cfg.port).toBe(3000);
    expect(cfg.databaseUrl).toBeUndefined();
    expect(cfg.s3).toBeUndefined();
    expect(cfg.seedDemo).toBe(true);
    expect(cfg.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(cfg.jwtSecret);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(cfg.jwtSecret);
  });

  it('names each bad variable', () => {
    const problems = problemsOf({
      DATA_DIR: dir(),
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x/y',
      REDIS_URL: 'not a url',
      SEED_DEMO: 'maybe',
      JWT_SECRET: 'short',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('PORT must be an integer'),
        expect.stringContaining('DATABASE_URL must use postgres://'),
        expect.stringContaining('REDIS_URL is not a valid URL'),
        expect.stringContaining('SEED_DEMO must be true or false'),
      ]),
    );
  });

  it('requires the S3 companions and admin pairs', () => {
    const problems = problemsOf({ DATA_DIR: dir(), S3_ENDPOINT: 'http://localhost:9000', ADMIN_EMAIL: 'a@b.vn' });
    expect(problems).toEqual(
      expect.arrayContaining([
        'S3_BUCKET is required when S3_ENDPOINT is set',
        'S3_ACCESS_KEY is required when S3_ENDPOINT is set',
        'S3_SECRET_KEY is required when S3_ENDPOINT is set',
        'ADMIN_PASSWORD is required when ADMIN_EMAIL is set',
      ]),
    );
  });

  it('refuses embedded defaults and missing secrets in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DATA_DIR: dir() });
    expect(problems).toEqual([
      expect.stringContaining('DATABASE_URL is required in production'),
      expect.stringContaining('S3_ENDPOINT is required in production'),
      expect.stringContaining('JWT_SECRET is required in production'),
    ]);
  });

  it('never echoes a secret in its messages', () => {
    const problems = problemsOf({ DATA_DIR: dir(), JWT_SECRET: 'tooShortSecretValue', ADMIN_EMAIL: 'x@y.vn', ADMIN_PASSWORD: 'hunter2' });
    expect(problems.join('\n')).not.toMatch(/tooShortSecretValue|hunter2/);
  });
});
