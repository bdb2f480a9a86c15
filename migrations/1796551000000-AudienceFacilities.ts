import { MigrationInterface, QueryRunner } from 'typeorm';

const CELL = `coalesce(facility_id::text, '-') || '|' || profession || '|' || coalesce(specialty_code, '-')`;
const AREA = `coalesce(f.province_code, '-') || '|' || coalesce(f.level, '-') || '|' || d.profession || '|' || coalesce(d.specialty_code, '-')`;
const NEW = `SELECT facility_id, profession, specialty_code, 1 AS n FROM new_rows WHERE verification_status = 'VERIFIED'`;
const OLD = `SELECT facility_id, profession, specialty_code, -1 AS n FROM old_rows WHERE verification_status = 'VERIFIED'`;

/**
 * The statement-trigger function of migration AudienceCells, applying one aggregated delta to
 * audience_cells and audience_areas and (`facilities` true) to audience_facilities: per
 * (facility, profession) and per facility ('*'). Unchanged otherwise.
 */
function applyFunction(facilities: boolean): string {
  const apply = (delta: string) => `
          WITH d AS (SELECT facility_id, profession, specialty_code, sum(n)::int AS n FROM (${delta}) x GROUP BY 1, 2, 3 HAVING sum(n) <> 0),
          c AS (INSERT INTO audience_cells (cell, facility_id, profession, specialty_code, members)
                SELECT ${CELL}, facility_id, profession, specialty_code, n FROM d ORDER BY 1
                ON CONFLICT (cell) DO UPDATE SET members = audience_cells.members + EXCLUDED.members)${
                  facilities
                    ? `,
          fc AS (INSERT INTO audience_facilities (facility_id, profession, members)
                 SELECT d.facility_id, p.profession, sum(d.n)::int FROM d CROSS JOIN LATERAL (VALUES (d.profession), ('*')) p(profession)
                  WHERE d.facility_id IS NOT NULL GROUP BY 1, 2 HAVING sum(d.n) <> 0 ORDER BY 1, 2
                 ON CONFLICT (facility_id, profession) DO UPDATE SET members = audience_facilities.members + EXCLUDED.members)`
                    : ''
                }
          INSERT INTO audience_areas (cell, province_code, facility_level, profession, specialty_code, members)
          SELECT ${AREA}, f.province_code, f.level, d.profession, d.specialty_code, sum(d.n)::int
            FROM d LEFT JOIN facilities f ON f.id = d.facility_id
           GROUP BY f.province_code, f.level, d.profession, d.specialty_code ORDER BY 1
          ON CONFLICT (cell) DO UPDATE SET members = audience_areas.members + EXCLUDED.members;`;
  return `
      CREATE OR REPLACE FUNCTION audience_cells_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(NEW)}
        ELSIF TG_OP = 'DELETE' THEN ${apply(OLD)}
        ELSE ${apply(`${NEW} UNION ALL ${OLD}`)}
        END IF;
        RETURN NULL;
      END $$`;
}

/**
 * Generated (the table, the index on audience_cells' specialty), then by hand: the same statement triggers as audience_cells now also
 * keep audience_facilities (members per facility and profession, and per facility), so the
 * per-facility reach of a target naming no specialty sums ~12,000–60,000 rows instead of every
 * audience cell; and the backfill from audience_cells.
 */
export class AudienceFacilities1796551000000 implements MigrationInterface {
  name = 'AudienceFacilities1796551000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audience_facilities" ("facility_id" uuid NOT NULL, "profession" text NOT NULL, "members" integer NOT NULL, CONSTRAINT "PK_audience_facilities" PRIMARY KEY ("facility_id", "profession"))`,
    );
    await queryRunner.query(`CREATE INDEX "audience_cells_specialty_idx" ON "audience_cells" ("specialty_code") `);
    await queryRunner.query(`LOCK TABLE audience_cells IN EXCLUSIVE MODE`);
    await queryRunner.query(applyFunction(true));
    await queryRunner.query(`
      INSERT INTO audience_facilities (facility_id, profession, members)
      SELECT c.facility_id, p.profession, sum(c.members)::int
        FROM audience_cells c CROSS JOIN LATERAL (VALUES (c.profession), ('*')) p(profession)
       WHERE c.facility_id IS NOT NULL AND c.members <> 0 GROUP BY 1, 2 HAVING sum(c.members) <> 0`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(applyFunction(false));
    await queryRunner.query(`DROP TABLE "audience_facilities"`);
    await queryRunner.query(`DROP INDEX "public"."audience_cells_specialty_idx"`);
  }
}
