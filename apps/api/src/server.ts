import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { AppConfig, PinoNestLogger, Runtime, createRuntime } from '@ketnoi/platform';
import { DATABASE_SCHEMA } from '@ketnoi/features';
import { AppModule } from './app.module';
import { securityHeaders } from './security-headers';
import { SeedService } from './seed/seed.service';

export interface RunningServer {
  app: NestExpressApplication;
  runtime: Runtime;
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  close(): Promise<void>;
}

const API_PATHS = /^\/(graphql|files|health|live\/(?:hls|hooks|ingest))(\/|$|\?)/;

/** Serves the built web app (dist/web) with an SPA fallback to index.html. */
function serveWebApp(app: NestExpressApplication, webDir: string) {
  if (!existsSync(join(webDir, 'index.html'))) return;
  const instance = app.getHttpAdapter().getInstance() as express.Express;
  instance.use(express.static(webDir, { index: false, maxAge: '1h', setHeaders: (res, path) => {
    if (path.includes(`${join(webDir, 'assets')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  } }));
  instance.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(webDir, 'index.html'));
  });
}

/**
 * Builds and starts the whole API on an already-open database: migrations, reference
 * data, seeds, jobs (unless RUN_JOBS=false), HTTP + graphql-ws on one port. Used by
 * main.ts and by the tests.
 */
export async function startServer(config: AppConfig, logger: Logger, databaseUrl: string): Promise<RunningServer> {
  const runtime = await createRuntime(config, logger, databaseUrl, DATABASE_SCHEMA);
  let app: NestExpressApplication | undefined;
  try {
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRuntime(runtime), {
      logger: new PinoNestLogger(logger.child({ component: 'nest' })),
      bodyParser: false,
    });
    app.use(securityHeaders(config));
    app.useBodyParser('json', { limit: '1mb' });
    app.disable('x-powered-by');
    // req.ip is the socket address unless the request came through a configured proxy.
    if (config.trustProxy.length) app.set('trust proxy', config.trustProxy);
    serveWebApp(app, resolve(process.env.WEB_DIST_DIR ?? join(__dirname, '../../../web')));
    await app.init();
    await app.get(SeedService).run();
    if (config.runJobs) await runtime.jobs.work();
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const running = app;
    return {
      app: running,
      runtime,
      port,
      url: `http://127.0.0.1:${port}`,
      async close() {
        await running.close();
        await runtime.close();
      },
    };
  } catch (e) {
    await app?.close().catch(() => undefined);
    await runtime.close().catch(() => undefined);
    throw e;
  }
}
