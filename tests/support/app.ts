import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { createClient, Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { AppConfig, createLogger, loadConfig } from '@ketnoi/platform';
import { RunningServer, startServer } from '../../apps/api/src/server';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown }; path?: string[] }[];
}

export interface TestApp {
  server: RunningServer;
  url: string;
  databaseUrl: string;
  config: AppConfig;
  /** POST /graphql as JSON; `token` is sent as a Bearer access token. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** A direct SQL connection to this test's database, for assertions on stored state. */
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  ws(token?: string | null): WsClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Clones the migrated template into a fresh database and starts the real server on it. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const adminUrl = process.env.KETNOI_TEST_ADMIN_URL;
  const template = process.env.KETNOI_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('tests/support/global-setup.ts did not run');
  const database = `${template}_${randomBytes(5).toString('hex')}`;
  const admin = new PgClient({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE ${template}`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, database);

  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'ketnoi-test-data-')),
    SEED_DEMO: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...options.env,
  });
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger, databaseUrl);
  const pool = new PgClient({ connectionString: databaseUrl });
  await pool.connect();
  const sockets: WsClient[] = [];

  return {
    server,
    url: server.url,
    databaseUrl,
    config,
    async gql(query, variables, token, headers = {}) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResult;
      return { ...body, status: res.status } as never;
    },
    async sql(text, params) {
      return (await pool.query(text, params)).rows;
    },
    ws(token) {
      const client = createClient({
        url: server.url.replace('http', 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        connectionParams: token === null ? undefined : { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
      });
      sockets.push(client);
      return client;
    },
    async close() {
      for (const s of sockets) await s.dispose();
      await pool.end();
      await server.close();
    },
  };
}

/** Subscribes and collects events; `next()` waits for the next one (with a timeout). */
export function collect<T = any>(client: WsClient, query: string, variables?: Record<string, unknown>) {
  const events: T[] = [];
  const errors: unknown[] = [];
  const waiters: ((v: T) => void)[] = [];
  let completed = false;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        const payload = v as T;
        const w = waiters.shift();
        if (w) w(payload);
        else events.push(payload);
      },
      error: (e) => errors.push(e),
      complete: () => (completed = true),
    },
  );
  return {
    errors,
    get completed() {
      return completed;
    },
    pending: events,
    next(timeoutMs = 5000): Promise<T> {
      const queued = events.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise<T>((resolveNext, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((v) => {
          clearTimeout(timer);
          resolveNext(v);
        });
      });
    },
    dispose,
  };
}

/**
 * A second API server on the database of `app` (another copy of the API, as in a
 * multi-process deployment), with its own pub/sub connections. `env` as for startTestApp.
 */
export async function startPeerServer(app: TestApp, options: TestAppOptions = {}): Promise<Pick<TestApp, 'server' | 'url' | 'gql' | 'ws' | 'close'>> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'ketnoi-test-data-')),
    SEED_DEMO: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: app.config.jwtSecret,
    ...options.env,
  } as Record<string, string>);
  const server = await startServer(config, createLogger(config.logLevel), app.databaseUrl);
  const sockets: WsClient[] = [];
  return {
    server,
    url: server.url,
    async gql(query, variables, token, headers = {}) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResult;
      return { ...body, status: res.status } as never;
    },
    ws(token) {
      const client = createClient({
        url: server.url.replace('http', 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        connectionParams: token === null ? undefined : { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
      });
      sockets.push(client);
      return client;
    },
    async close() {
      for (const s of sockets) await s.dispose();
      await server.close();
    },
  };
}
