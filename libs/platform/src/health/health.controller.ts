import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Access } from '../auth/access';
import { DatabaseProbe } from './database-probe';

@Controller('health')
export class HealthController {
  private readonly database: DatabaseProbe;

  constructor(private readonly dataSource: DataSource) {
    this.database = new DatabaseProbe(dataSource);
  }

  /**
   * Liveness and the database's state: 200 while the process can serve, 503 while its
   * database does not answer (it would only answer errors then).
   */
  @Get()
  @Access.public()
  @HttpCode(200)
  async live() {
    if (await this.database.isUp()) return { status: 'ok', database: 'up' };
    throw new HttpException({ status: 'unavailable', database: 'down' }, HttpStatus.SERVICE_UNAVAILABLE);
  }

  /** Readiness: the database answers and migrations are applied. */
  @Get('ready')
  @Access.public()
  async ready() {
    try {
      await this.dataSource.query('SELECT 1');
      const pending = await this.dataSource.showMigrations();
      if (pending) throw new Error('pending migrations');
      return { status: 'ready', database: 'ok' };
    } catch {
      throw new HttpException({ status: 'not-ready', database: 'unavailable' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
