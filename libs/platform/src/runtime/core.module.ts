import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config';
import { AuditLog } from '../audit/audit-log';
import { DomainEvents } from '../events/domain-events';
import { JOBS, Jobs } from '../jobs/jobs';
import { LOGGER } from '../logging/logger';
import { PUB_SUB, REDIS } from '../pubsub/pubsub';
import { RateLimits } from '../rate-limits';
import { Mailer } from '../mail/mailer';
import { OBJECT_STORAGE } from '../storage/object-storage';
import { UpgradeRoutes } from '../http/upgrade-routes';
import type { Runtime } from './runtime';

/** Makes the runtime parts injectable everywhere. */
@Global()
@Module({})
export class CoreModule {
  static forRuntime(rt: Runtime): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: rt.config },
      { provide: LOGGER, useValue: rt.logger },
      { provide: DataSource, useValue: rt.dataSource },
      { provide: OBJECT_STORAGE, useValue: rt.storage },
      { provide: PUB_SUB, useValue: rt.pubsub },
      { provide: JOBS, useValue: rt.jobs },
      { provide: Jobs, useValue: rt.jobs },
      { provide: REDIS, useValue: rt.redis },
      AuditLog,
      DomainEvents,
      RateLimits,
      Mailer,
      UpgradeRoutes,
    ];
    return { module: CoreModule, providers, exports: providers.map((p) => ('provide' in p ? p.provide : p)) };
  }
}
