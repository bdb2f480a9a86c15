import { MigrationInterface, QueryRunner } from 'typeorm';

const CELL = `coalesce(facility_id::text, '-') || '|' || profession || '|' || coalesce(specialty_code, '-')`;
const AREA = `coalesce(f.province_code, '-') || '|' || coalesce(f.level, '-') || '|' || d.profession || '|' || coalesce(d.specialty_code, '-')`;

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
    await queryRunner.query(
      `CREATE TABLE "audience_areas" ("cell" text NOT NULL, "province_code" text, "facility_level" text, "profession" text NOT NULL, "specialty_code" text, "members" integer NOT NULL, CONSTRAINT "PK_audience_areas" PRIMARY KEY ("cell"))`,
    );
    // One statement per branch: the delta of counted members, applied to both tables (areas via the facility's province and level now).
    const apply = (delta: string) => `
          WITH d AS (SELECT facility_id, profession, specialty_code, sum(n)::int AS n FROM (${delta}) x GROUP BY 1, 2, 3 HAVING sum(n) <> 0),
          c AS (INSERT INTO audience_cells (cell, facility_id, profession, specialty_code, members)
                SELECT ${CELL}, facility_id, profession, specialty_code, n FROM d ORDER BY 1
                ON CONFLICT (cell) DO UPDATE SET members = audience_cells.members + EXCLUDED.members)
          INSERT INTO audience_areas (cell, province_code, facility_level, profession, specialty_code, members)
          SELECT ${AREA}, f.province_code, f.level, d.profession, d.specialty_code, sum(d.n)::int
            FROM d LEFT JOIN facilities f ON f.id = d.facility_id
           GROUP BY f.province_code, f.level, d.profession, d.specialty_code ORDER BY 1
          ON CONFLICT (cell) DO UPDATE SET members = audience_areas.members + EXCLUDED.members;`;
    const NEW = `SELECT facility_id, profession, specialty_code, 1 AS n FROM new_rows WHERE verification_status = 'VERIFIED'`;
    const OLD = `SELECT facility_id, profession, specialty_code, -1 AS n FROM old_rows WHERE verification_status = 'VERIFIED'`;
    await queryRunner.query(`
      CREATE FUNCTION audience_cells_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(NEW)}
        ELSIF TG_OP = 'DELETE' THEN ${apply(OLD)}
        ELSE ${apply(`${NEW} UNION ALL ${OLD}`)}
        END IF;
        RETURN NULL;
      END $$`);
    // A facility changing province or level moves its members between areas: rebuild the areas (rare; a few thousand rows).
    await queryRunner.query(`
      CREATE FUNCTION audience_areas_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE audience_areas IN EXCLUSIVE MODE;
        DELETE FROM audience_areas;
        INSERT INTO audience_areas (cell, province_code, facility_level, profession, specialty_code, members)
        SELECT ${AREA}, f.province_code, f.level, d.profession, d.specialty_code, sum(d.members)::int
          FROM audience_cells d LEFT JOIN facilities f ON f.id = d.facility_id
         GROUP BY f.province_code, f.level, d.profession, d.specialty_code;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER facilities_audience_areas AFTER UPDATE OF province_code, level ON facilities FOR EACH STATEMENT EXECUTE FUNCTION audience_areas_rebuild()`,
    );
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
      INSERT INTO audience_areas (cell, province_code, facility_level, profession, specialty_code, members)
      SELECT ${AREA}, f.province_code, f.level, d.profession, d.specialty_code, sum(d.members)::int
        FROM audience_cells d LEFT JOIN facilities f ON f.id = d.facility_id
       GROUP BY f.province_code, f.level, d.profession, d.specialty_code`);
    await queryRunner.query(`
      UPDATE broadcast_reads r SET facility_id = u.facility_id, province_code = f.province_code
        FROM users u LEFT JOIN facilities f ON f.id = u.facility_id WHERE u.id = r.user_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER users_audience_cells_${op} ON users`);
    await queryRunner.query(`DROP TRIGGER facilities_audience_areas ON facilities`);
    await queryRunner.query(`DROP FUNCTION audience_areas_rebuild()`);
    await queryRunner.query(`DROP FUNCTION audience_cells_apply()`);
    await queryRunner.query(`DROP TABLE "audience_areas"`);
    await queryRunner.query(`DROP INDEX "public"."broadcast_reads_reach_idx"`);
    await queryRunner.query(`ALTER TABLE "broadcast_reads" DROP COLUMN "facility_id"`);
    await queryRunner.query(`ALTER TABLE "broadcast_reads" DROP COLUMN "province_code"`);
    await queryRunner.query(`DROP TABLE "audience_cells"`);
  }
}
