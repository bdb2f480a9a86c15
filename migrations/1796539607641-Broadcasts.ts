import { MigrationInterface, QueryRunner } from 'typeorm';

export class Broadcasts1796539607641 implements MigrationInterface {
  name = 'Broadcasts1796539607641';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "broadcasts" ("id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "document_number" text, "document_key" text, "issuer" text NOT NULL, "search_text" text NOT NULL, "published_by_id" uuid NOT NULL, "scope_province_code" text, "effective_date" TIMESTAMP(3) WITH TIME ZONE, "priority" text NOT NULL, "require_ack" boolean NOT NULL, "target_provinces" text array NOT NULL DEFAULT '{}', "target_levels" text array NOT NULL DEFAULT '{}', "target_professions" text array NOT NULL DEFAULT '{}', "target_specialties" text array NOT NULL DEFAULT '{}', "supersedes_id" uuid, "client_id" text NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "broadcasts_priority_check" CHECK ("priority" IN ('NORMAL', 'HIGH', 'URGENT')), CONSTRAINT "PK_b0586900034d0726bbdcb1b21b2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "broadcasts_pinnable_idx" ON "broadcasts" ("published_at", "id") WHERE "require_ack" OR "priority" <> 'NORMAL'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "broadcasts_supersedes_key" ON "broadcasts" ("supersedes_id") WHERE "supersedes_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "broadcasts_publisher_client_key" ON "broadcasts" ("published_by_id", "client_id") `);
    await queryRunner.query(`CREATE INDEX "broadcasts_published_idx" ON "broadcasts" ("published_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "broadcast_documents" ("broadcast_id" uuid NOT NULL, "position" integer NOT NULL, "attachment_id" uuid NOT NULL, "sha256" text NOT NULL, CONSTRAINT "PK_e202428ba7f11498f6b9aa45637" PRIMARY KEY ("broadcast_id", "position"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "broadcast_documents_attachment_key" ON "broadcast_documents" ("attachment_id") `);
    await queryRunner.query(
      `CREATE TABLE "broadcast_reads" ("broadcast_id" uuid NOT NULL, "user_id" uuid NOT NULL, "read_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_1dedecbab6f9d0a8ebbd7b6a608" PRIMARY KEY ("broadcast_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "broadcast_reads_user_idx" ON "broadcast_reads" ("user_id", "broadcast_id") `);
    await queryRunner.query(
      `CREATE TABLE "broadcast_reminders" ("id" uuid NOT NULL, "broadcast_id" uuid NOT NULL, "sent_by_id" uuid NOT NULL, "recipients" integer NOT NULL, "sent_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_88c78ec47ec72e388482da232ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "broadcast_reminders_broadcast_idx" ON "broadcast_reminders" ("broadcast_id", "sent_at") `);
    // Written by hand: accent-insensitive archive search and document-number lookup (pg_trgm).
    await queryRunner.query(`CREATE INDEX "broadcasts_search_trgm_idx" ON "broadcasts" USING gin ("search_text" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "broadcasts_document_trgm_idx" ON "broadcasts" USING gin ("document_key" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."broadcasts_document_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."broadcasts_search_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."broadcast_reminders_broadcast_idx"`);
    await queryRunner.query(`DROP TABLE "broadcast_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."broadcast_reads_user_idx"`);
    await queryRunner.query(`DROP TABLE "broadcast_reads"`);
    await queryRunner.query(`DROP INDEX "public"."broadcast_documents_attachment_key"`);
    await queryRunner.query(`DROP TABLE "broadcast_documents"`);
    await queryRunner.query(`DROP INDEX "public"."broadcasts_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."broadcasts_publisher_client_key"`);
    await queryRunner.query(`DROP INDEX "public"."broadcasts_supersedes_key"`);
    await queryRunner.query(`DROP INDEX "public"."broadcasts_pinnable_idx"`);
    await queryRunner.query(`DROP TABLE "broadcasts"`);
  }
}
