import { MigrationInterface, QueryRunner } from 'typeorm';

export class PushSubscriptions1796539698255 implements MigrationInterface {
  name = 'PushSubscriptions1796539698255';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "push_subscriptions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "endpoint" text NOT NULL, "p256dh" text NOT NULL, "auth" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_757fc8f00c34f66832668dc2e53" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "push_subscriptions_endpoint_key" ON "push_subscriptions" ("endpoint") `);
    await queryRunner.query(`CREATE INDEX "push_subscriptions_user_idx" ON "push_subscriptions" ("user_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "push_preferences" ("user_id" uuid NOT NULL, "messages" boolean NOT NULL DEFAULT true, "consultations" boolean NOT NULL DEFAULT true, "mentions" boolean NOT NULL DEFAULT true, "broadcasts" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_6b5794347431c6624cb42ddce21" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "push_subscriptions" ADD CONSTRAINT "FK_6771f119f1c06d2ccf38f238664" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "push_preferences" ADD CONSTRAINT "FK_6b5794347431c6624cb42ddce21" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "push_preferences" DROP CONSTRAINT "FK_6b5794347431c6624cb42ddce21"`);
    await queryRunner.query(`ALTER TABLE "push_subscriptions" DROP CONSTRAINT "FK_6771f119f1c06d2ccf38f238664"`);
    await queryRunner.query(`DROP TABLE "push_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."push_subscriptions_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."push_subscriptions_endpoint_key"`);
    await queryRunner.query(`DROP TABLE "push_subscriptions"`);
  }
}
