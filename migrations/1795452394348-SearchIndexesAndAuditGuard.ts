import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: what TypeORM cannot express.
 * - Trigram GIN indexes on the folded search_text columns (accent-insensitive LIKE '%…%').
 *   The folding (diacritics removed, đ→d, lower case) is done in TypeScript by
 *   foldVietnamese, so the index needs no immutable unaccent wrapper.
 * - The audit log is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
export class SearchIndexesAndAuditGuard1795452394348 implements MigrationInterface {
  name = 'SearchIndexesAndAuditGuard1795452394348';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "facilities_search_trgm_idx" ON "facilities" USING gin ("search_text" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "users_search_trgm_idx" ON "users" USING gin ("search_text" gin_trgm_ops)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`DROP INDEX "users_search_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "facilities_search_trgm_idx"`);
  }
}
