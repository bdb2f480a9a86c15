import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkforceSql } from '@ketnoi/workforce';
import { targetsSql, type TargetLists } from './targeting';

/** How many targeted staff are on a facility's roster but have no platform account (the same targeting rule). */
export interface WorkforceReach {
  notOnPlatform(target: TargetLists): Promise<number>;
}
export const WORKFORCE_REACH = Symbol('WORKFORCE_REACH');

@Injectable()
export class RegistryWorkforceReach implements WorkforceReach {
  constructor(private readonly dataSource: DataSource) {}

  async notOnPlatform(target: TargetLists): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n
         FROM (${WorkforceSql.rosterOnly()}) a,
              (SELECT $1::text[] AS target_provinces, $2::text[] AS target_levels, $3::text[] AS target_professions, $4::text[] AS target_specialties) b
        WHERE ${targetsSql('b', 'a')}`,
      [target.provinces, target.levels, target.professions, target.specialties],
    )) as { n: number }[];
    return row?.n ?? 0;
  }
}
