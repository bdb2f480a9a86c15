import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Access } from '../auth/access';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** Liveness: the process answers. */
  @Get()
  @Access.public()
  @HttpCode(200)
  live() {
    return { status: 'ok' };
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
