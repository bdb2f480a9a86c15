import { MigrationInterface, QueryRunner } from 'typeorm';

export class Calls1795461345915 implements MigrationInterface {
  name = 'Calls1795461345915';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calls" ("id" uuid NOT NULL, "conversation_id" uuid NOT NULL, "started_by_id" uuid NOT NULL, "video" boolean NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP(3) WITH TIME ZONE, "ended_at" TIMESTAMP(3) WITH TIME ZONE, "participant_ids" uuid array NOT NULL DEFAULT '{}', "active_ids" uuid array NOT NULL DEFAULT '{}', "declined_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_d9171d91f8dd1a649659f1b6a20" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "calls_conversation_idx" ON "calls" ("conversation_id", "started_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "calls_ongoing_key" ON "calls" ("conversation_id") WHERE "ended_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "messages" ADD "call_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "calls" ADD CONSTRAINT "FK_c17e38914dbe45bdccc4df90317" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calls" ADD CONSTRAINT "FK_3d9c2e1490fe0aecc761df3e2ff" FOREIGN KEY ("started_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_a6b5aff816a763a3a6270491a2f" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_a6b5aff816a763a3a6270491a2f"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP CONSTRAINT "FK_3d9c2e1490fe0aecc761df3e2ff"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP CONSTRAINT "FK_c17e38914dbe45bdccc4df90317"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "call_id"`);
    await queryRunner.query(`DROP INDEX "public"."calls_ongoing_key"`);
    await queryRunner.query(`DROP INDEX "public"."calls_conversation_idx"`);
    await queryRunner.query(`DROP TABLE "calls"`);
  }
}
