import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: what TypeORM cannot express for the social core.
 * - Trigram GIN index on groups.search_text (the folded name) for accent-insensitive
 *   LIKE '%…%' search of groups, like users and facilities (pg_trgm is created by
 *   SearchIndexesAndAuditGuard).
 */
export class SocialSearchIndexes1795454929173 implements MigrationInterface {
  name = 'SocialSearchIndexes1795454929173';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "groups_search_trgm_idx" ON "groups" USING gin ("search_text" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "groups_search_trgm_idx"`);
  }
}
