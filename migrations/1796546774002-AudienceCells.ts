import { MigrationInterface, QueryRunner } from 'typeorm';

const CELL = `coalesce(facility_id::text, '-') || '|' || profession || '|' || coalesce(specialty_code, '-')`;

/**
 * Generated (tables, columns, index), then by hand: the triggers that keep audience_cells in
 * step with users (statement-level, with transition tables, so a bulk load applies one
 * aggregated delta; nothing is written when no counted column changed), the backfill, and
 * the reader's place on existing broadcast_reads rows (their facility now: the best known).
 */
export class AudienceCells1796546774002 implements MigrationInterface {
  name = 'AudienceCells1796546774002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audience_cells" ("cell" text NOT NULL, "facility_id" uuid, "profession" text NOT NULL, "specialty_code" text, "members" integer NOT NULL, CONSTRAINT "PK_d0346c0b81b3d06fa78fe277828" PRIMARY KEY ("cell"))`,
    );
    await queryRunner.query(`ALTER TABLE "broadcast_reads" ADD "province_code" text`);
    await queryRunner.query(`ALTER TABLE "broadcast_reads" ADD "facility_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "broadcast_reads_reach_idx" ON "broadcast_reads" ("broadcast_id", "province_code", "facility_id", "acknowledged_at") `,
    );
    await queryRunner.query(`
      CREATE FUNCTION audience_cells_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO audience_cells (cell, facility_id, profession, specialty_code, members)
          SELECT ${CELL}, facility_id, profession, specialty_code, count(*)::int FROM new_rows WHERE verification_status = 'VERIFIED'
           GROUP BY facility_id, profession, specialty_code ORDER BY 1
          ON CONFLICT (cell) DO UPDATE SET members = audience_cells.members + EXCLUDED.members;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO audience_cells (cell, facility_id, profession, specialty_code, members)
          SELECT ${CELL}, facility_id, profession, specialty_code, -count(*)::int FROM old_rows WHERE verification_status = 'VERIFIED'
           GROUP BY facility_id, profession, specialty_code ORDER BY 1
          ON CONFLICT (cell) DO UPDATE SET members = audience_cells.members + EXCLUDED.members;
        ELSE
          INSERT INTO audience_cells (cell, facility_id, profession, specialty_code, members)
          SELECT ${CELL}, facility_id, profession, specialty_code, sum(d)::int
            FROM (SELECT facility_id, profession, specialty_code, 1 AS d FROM new_rows WHERE verification_status = 'VERIFIED'
                  UNION ALL
                  SELECT facility_id, profession, specialty_code, -1 FROM old_rows WHERE verification_status = 'VERIFIED') x
           GROUP BY facility_id, profession, specialty_code HAVING sum(d) <> 0 ORDER BY 1
          ON CONFLICT (cell) DO UPDATE SET members = audience_cells.members + EXCLUDED.members;
        END IF;
        RETURN NULL;
      END $$`);
    for (const [op, tables] of [
      ['INSERT', 'NEW TABLE AS new_rows'],
      ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['DELETE', 'OLD TABLE AS old_rows'],
    ]) {
      await queryRunner.query(
        `CREATE TRIGGER users_audience_cells_${op.toLowerCase()} AFTER ${op} ON users REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION audience_cells_apply()`,
      );
    }
    await queryRunner.query(`
      INSERT INTO audience_cells (cell, facility_id, profession, specialty_code, members)
      SELECT ${CELL}, facility_id, profession, specialty_code, count(*)::int FROM users WHERE verification_status = 'VERIFIED'
       GROUP BY facility_id, profession, specialty_code`);
    await queryRunner.query(`
      UPDATE broadcast_reads r SET facility_id = u.facility_id, province_code = f.province_code
        FROM users u LEFT JOIN facilities f ON f.id = u.facility_id WHERE u.id = r.user_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER users_audience_cells_${op} ON users`);
    await queryRunner.query(`DROP FUNCTION audience_cells_apply()`);
    await queryRunner.query(`DROP INDEX "public"."broadcast_reads_reach_idx"`);
    await queryRunner.query(`ALTER TABLE "broadcast_reads" DROP COLUMN "facility_id"`);
    await queryRunner.query(`ALTER TABLE "broadcast_reads" DROP COLUMN "province_code"`);
    await queryRunner.query(`DROP TABLE "audience_cells"`);
  }
}
