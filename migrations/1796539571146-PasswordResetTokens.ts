import { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordResetTokens1796539571146 implements MigrationInterface {
  name = 'PasswordResetTokens1796539571146';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_reset_tokens" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_91185d86d5d7557b19abbb2868b" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "password_reset_tokens_user_idx" ON "password_reset_tokens" ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" DROP CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c"`);
    await queryRunner.query(`DROP INDEX "public"."password_reset_tokens_user_idx"`);
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
  }
}
