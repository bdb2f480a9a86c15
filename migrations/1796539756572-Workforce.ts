import { MigrationInterface, QueryRunner } from 'typeorm';

export class Workforce1796539756572 implements MigrationInterface {
  name = 'Workforce1796539756572';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "workforce_roster_entries" ("id" uuid NOT NULL, "facility_id" uuid NOT NULL, "full_name" text NOT NULL, "search_text" text NOT NULL, "profession" text NOT NULL, "specialty_code" text, "sex" text NOT NULL, "birth_year" integer, "license_number" text, "license_valid_until" date, "position" text, "cme_hours" numeric(6,1), "import_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6183cda549987325d1af5a049a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "workforce_roster_entries_license_idx" ON "workforce_roster_entries" ("license_number") `);
    await queryRunner.query(`CREATE INDEX "workforce_roster_entries_facility_idx" ON "workforce_roster_entries" ("facility_id", "search_text", "id") `);
    await queryRunner.query(
      `CREATE TABLE "workforce_roster_imports" ("id" uuid NOT NULL, "facility_id" uuid NOT NULL, "imported_by_id" uuid NOT NULL, "upload_id" uuid NOT NULL, "file_name" text NOT NULL, "status" text NOT NULL, "dry_run" boolean NOT NULL, "rows_total" integer NOT NULL, "rows_imported" integer NOT NULL, "rows_removed" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fe2773cddd3ea11b7d0f5071c6e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "workforce_roster_imports_facility_idx" ON "workforce_roster_imports" ("facility_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "workforce_registry" ("id" uuid NOT NULL, "user_id" uuid, "facility_id" uuid NOT NULL, "province_code" text NOT NULL, "facility_level" text NOT NULL, "facility_kind" text NOT NULL, "full_name" text NOT NULL, "search_text" text NOT NULL, "profession" text NOT NULL, "specialty_code" text, "sex" text NOT NULL, "birth_year" integer, "license_number" text, "license_valid_until" date, "position" text, "cme_hours" numeric(6,1), CONSTRAINT "PK_3877f5fadcacd03d3cea1036002" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "workforce_registry_search_idx" ON "workforce_registry" ("search_text", "id") `);
    await queryRunner.query(`CREATE INDEX "workforce_registry_province_idx" ON "workforce_registry" ("province_code", "search_text", "id") `);
    await queryRunner.query(`CREATE INDEX "workforce_registry_facility_idx" ON "workforce_registry" ("facility_id", "search_text", "id") `);
    await queryRunner.query(
      `CREATE TABLE "workforce_cells" ("province_code" text NOT NULL, "facility_level" text NOT NULL, "profession" text NOT NULL, "specialty_code" text NOT NULL, "sex" text NOT NULL, "age_band" text NOT NULL, "headcount" integer NOT NULL, "on_platform" integer NOT NULL, "renewals_due" integer NOT NULL, "cme_behind" integer NOT NULL, CONSTRAINT "PK_90b3b485e30eb5106b5f5a473b9" PRIMARY KEY ("province_code", "facility_level", "profession", "specialty_code", "sex", "age_band"))`,
    );
    await queryRunner.query(`CREATE INDEX "workforce_cells_province_idx" ON "workforce_cells" ("province_code", "profession") `);
    await queryRunner.query(
      `CREATE TABLE "workforce_population" ("province_code" text NOT NULL, "population" integer NOT NULL, "source" text NOT NULL, "year" integer NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_62a5eb8df434a291c7ff4cc9252" PRIMARY KEY ("province_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "workforce_settings" ("key" text NOT NULL, "cme_hours_per_period" integer NOT NULL, "licence_period_years" integer NOT NULL, "refreshed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_4b0a8309f50605057e51a662694" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "sex" text NOT NULL DEFAULT 'UNKNOWN'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "birth_year" integer`);
    await queryRunner.query(`ALTER TABLE "users" ADD "license_valid_until" date`);
    await queryRunner.query(`ALTER TABLE "users" ADD "license_verified_at" TIMESTAMP(3) WITH TIME ZONE`);
    // Hand-written: the registry merge looks members up by upper(license_number) (member wins).
    await queryRunner.query(`CREATE INDEX "users_license_upper_idx" ON "users" (upper("license_number")) WHERE "license_number" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."users_license_upper_idx"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "license_verified_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "license_valid_until"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "birth_year"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "sex"`);
    await queryRunner.query(`DROP TABLE "workforce_settings"`);
    await queryRunner.query(`DROP TABLE "workforce_population"`);
    await queryRunner.query(`DROP INDEX "public"."workforce_cells_province_idx"`);
    await queryRunner.query(`DROP TABLE "workforce_cells"`);
    await queryRunner.query(`DROP INDEX "public"."workforce_registry_facility_idx"`);
    await queryRunner.query(`DROP INDEX "public"."workforce_registry_province_idx"`);
    await queryRunner.query(`DROP INDEX "public"."workforce_registry_search_idx"`);
    await queryRunner.query(`DROP TABLE "workforce_registry"`);
    await queryRunner.query(`DROP INDEX "public"."workforce_roster_imports_facility_idx"`);
    await queryRunner.query(`DROP TABLE "workforce_roster_imports"`);
    await queryRunner.query(`DROP INDEX "public"."workforce_roster_entries_facility_idx"`);
    await queryRunner.query(`DROP INDEX "public"."workforce_roster_entries_license_idx"`);
    await queryRunner.query(`DROP TABLE "workforce_roster_entries"`);
  }
}
