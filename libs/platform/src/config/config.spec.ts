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

  it('names LIVE_RECORDINGS_DIR when it is not a folder or is set without LIVE_MEDIA=external', () => {
    const external = {
      DATA_DIR: dir(),
      LIVE_MEDIA: 'external',
      LIVE_HOOK_SECRET: 'a-hook-secret-of-length',
      RTMP_PUBLIC_URL: 'rtmp://media.example.vn/live',
      LIVE_HLS_BASE_URL: 'https://cdn.example.vn/hls',
    };
    const recordings = dir();
    expect(loadConfig({ ...external, LIVE_RECORDINGS_DIR: recordings }).live.recordingsDir).toBe(recordings);
    expect(problemsOf({ ...external, LIVE_RECORDINGS_DIR: join(recordings, 'missing') })).toEqual([
      expect.stringContaining('LIVE_RECORDINGS_DIR must be an existing folder'),
    ]);
    expect(problemsOf({ DATA_DIR: dir(), LIVE_RECORDINGS_DIR: recordings })).toEqual([
      expect.stringContaining('LIVE_RECORDINGS_DIR is only used with LIVE_MEDIA=external'),
    ]);
  });

  it('works jobs in the API unless RUN_JOBS=false, and names a bad RUN_JOBS', () => {
    expect(loadConfig({ DATA_DIR: dir() }).runJobs).toBe(true);
    expect(loadConfig({ DATA_DIR: dir(), RUN_JOBS: 'false' }).runJobs).toBe(false);
    expect(loadConfig({ DATA_DIR: dir(), RUN_JOBS: 'true' }).runJobs).toBe(true);
    expect(problemsOf({ DATA_DIR: dir(), RUN_JOBS: 'workers' })).toEqual(['RUN_JOBS must be true or false (got "workers")']);
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
      expect.stringContaining('VAPID_SUBJECT is required in production'),
      expect.stringContaining('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are required in production'),
    ]);
  });

  it('never echoes a secret in its messages', () => {
    const problems = problemsOf({ DATA_DIR: dir(), JWT_SECRET: 'tooShortSecretValue', ADMIN_EMAIL: 'x@y.vn', ADMIN_PASSWORD: 'hunter2' });
    expect(problems.join('\n')).not.toMatch(/tooShortSecretValue|hunter2/);
  });

  describe('calls', () => {
    it('defaults to no ICE servers and a 45 s ring', () => {
      const cfg = loadConfig({ DATA_DIR: dir() });
      expect(cfg.calls).toEqual({ iceServers: [], turnSecret: undefined, ringTimeoutSeconds: 45 });
    });

    it('accepts STUN and TURN servers, normalising urls to a list', () => {
      const cfg = loadConfig({
        DATA_DIR: dir(),
        ICE_SERVERS: JSON.stringify([
          { urls: 'stun:stun.ketnoi.test:3478' },
          { urls: ['turn:turn.ketnoi.test:3478?transport=udp', 'turns:turn.ketnoi.test:5349'], username: 'u', credential: 'c' },
          { urls: 'turn:relay.ketnoi.test:3478' },
        ]),
        TURN_SECRET: 'a-long-enough-turn-secret',
        CALL_RING_TIMEOUT_SECONDS: '20',
      });
      expect(cfg.calls.iceServers).toEqual([
        { urls: ['stun:stun.ketnoi.test:3478'] },
        { urls: ['turn:turn.ketnoi.test:3478?transport=udp', 'turns:turn.ketnoi.test:5349'], username: 'u', credential: 'c' },
        { urls: ['turn:relay.ketnoi.test:3478'] },
      ]);
      expect(cfg.calls.turnSecret).toBe('a-long-enough-turn-secret');
      expect(cfg.calls.ringTimeoutSeconds).toBe(20);
    });

    it('names ICE_SERVERS when it is not JSON', () => {
      expect(problemsOf({ DATA_DIR: dir(), ICE_SERVERS: '[{urls: stun:x}' })).toEqual([expect.stringMatching(/^ICE_SERVERS is not valid JSON/)]);
    });

    it('names ICE_SERVERS when it has the wrong shape', () => {
      expect(problemsOf({ DATA_DIR: dir(), ICE_SERVERS: '{"urls":"stun:x"}' })).toEqual([expect.stringMatching(/^ICE_SERVERS must be a JSON array/)]);
      expect(
        problemsOf({
          DATA_DIR: dir(),
          ICE_SERVERS: JSON.stringify([
            'stun:x',
            { urls: [] },
            { urls: 'stun:x', password: 'p' },
            { urls: 'stun:x', username: 'only' },
            { urls: 'stun:x', username: 1, credential: 'c' },
          ]),
        }),
      ).toEqual(
        expect.arrayContaining([
          'ICE_SERVERS[0] must be an object { urls, username?, credential? }',
          'ICE_SERVERS[1].urls must be a string or a non-empty array of strings',
          expect.stringMatching(/^ICE_SERVERS\[2\] has unknown keys: password/),
          'ICE_SERVERS[3] needs both username and credential, or neither',
          'ICE_SERVERS[4].username must be a string',
        ]),
      );
    });

    it('refuses URLs that are not stun:, turn: or turns:', () => {
      const problems = problemsOf({ DATA_DIR: dir(), ICE_SERVERS: JSON.stringify([{ urls: ['stun:ok.test', 'https://turn.test'] }]) });
      expect(problems).toEqual(['ICE_SERVERS[0].urls must use stun:, turn: or turns: (got "https://turn.test")']);
    });

    it('needs credentials or TURN_SECRET for a TURN server, and never echoes them', () => {
      const problems = problemsOf({
        DATA_DIR: dir(),
        ICE_SERVERS: JSON.stringify([{ urls: 'turn:t.test', username: 'u', credential: 'sup3rSecretCred', extra: 1 }, { urls: 'turns:t.test' }]),
      });
      expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('ICE_SERVERS[1] is a TURN server without username and credential')]));
      expect(problems.join('\n')).not.toContain('sup3rSecretCred');
      expect(problemsOf({ DATA_DIR: dir(), TURN_SECRET: 'short' })).toEqual(['TURN_SECRET must be at least 16 characters long']);
    });

    it('reads CONSULT_DUE_HOURS (any subset of the three urgencies) and names a bad value', () => {
      expect(loadConfig({ DATA_DIR: dir() }).consultations.dueHours).toEqual({ EMERGENCY: 1, URGENT: 24, ROUTINE: 72 });
      expect(loadConfig({ DATA_DIR: dir(), CONSULT_DUE_HOURS: 'EMERGENCY=2, ROUTINE=48' }).consultations.dueHours).toEqual({
        EMERGENCY: 2,
        URGENT: 24,
        ROUTINE: 48,
      });
      for (const bad of ['EMERGENCY=0', 'SOON=1', 'URGENT=abc', 'ROUTINE=721', 'URGENT=24,']) {
        expect(problemsOf({ DATA_DIR: dir(), CONSULT_DUE_HOURS: bad })).toEqual([
          expect.stringMatching(/^CONSULT_DUE_HOURS must look like EMERGENCY=1,URGENT=24,ROUTINE=72/),
        ]);
      }
    });

    it('names a bad CALL_RING_TIMEOUT_SECONDS', () => {
      expect(problemsOf({ DATA_DIR: dir(), CALL_RING_TIMEOUT_SECONDS: '0' })).toEqual([
        expect.stringContaining('CALL_RING_TIMEOUT_SECONDS must be an integer between 1 and 600'),
      ]);
    });

    it('sizes the live segment cache from LIVE_HLS_CACHE_MB (64 MB unless set, 0 turns it off) and names a bad value', () => {
      expect(loadConfig({ DATA_DIR: dir() }).live.hlsCacheBytes).toBe(64 * 1024 * 1024);
      expect(loadConfig({ DATA_DIR: dir(), LIVE_HLS_CACHE_MB: '0' }).live.hlsCacheBytes).toBe(0);
      expect(loadConfig({ DATA_DIR: dir(), LIVE_HLS_CACHE_MB: '256' }).live.hlsCacheBytes).toBe(256 * 1024 * 1024);
      for (const bad of ['-1', '1.5', '64MB', '5000'])
        expect(problemsOf({ DATA_DIR: dir(), LIVE_HLS_CACHE_MB: bad })).toEqual([`LIVE_HLS_CACHE_MB must be an integer between 0 and 4096 (got "${bad}")`]);
    });
  });

  describe('TRUST_PROXY', () => {
    it('trusts no proxy by default, and takes addresses, CIDRs and named ranges', () => {
      expect(loadConfig({ DATA_DIR: dir() }).trustProxy).toEqual([]);
      expect(loadConfig({ DATA_DIR: dir(), TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::1']);
    });

    it('names a bad entry', () => {
      expect(problemsOf({ DATA_DIR: dir(), TRUST_PROXY: 'loopback,everyone' })).toEqual([expect.stringContaining('TRUST_PROXY entries must be IP addresses')]);
      expect(problemsOf({ DATA_DIR: dir(), TRUST_PROXY: '10.0.0.0/33' })).toEqual([expect.stringContaining('(got "10.0.0.0/33")')]);
    });
  });
});
