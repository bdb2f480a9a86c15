import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795456062059 implements MigrationInterface {
  name = 'Notifications1795456062059';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "target_id" uuid NOT NULL, "post_id" uuid, "group_id" uuid, "actor_ids" uuid array NOT NULL, "actor_count" integer NOT NULL DEFAULT '1', "read_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_unread_key" ON "notifications" ("recipient_id", "kind", "target_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "notifications_list_idx" ON "notifications" ("recipient_id", "updated_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_unread_key"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
