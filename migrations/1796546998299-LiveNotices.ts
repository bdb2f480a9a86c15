import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveNotices1796546998299 implements MigrationInterface {
  name = 'LiveNotices1796546998299';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_read_marks" ("user_id" uuid NOT NULL, "read_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "read_id" uuid NOT NULL, CONSTRAINT "PK_9c487357b6b4f39114c664bc5cb" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "live_sessions" ADD "media_idle_since" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "notification_read_marks" ADD CONSTRAINT "FK_9c487357b6b4f39114c664bc5cb" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_read_marks" DROP CONSTRAINT "FK_9c487357b6b4f39114c664bc5cb"`);
    await queryRunner.query(`ALTER TABLE "live_sessions" DROP COLUMN "media_idle_since"`);
    await queryRunner.query(`DROP TABLE "notification_read_marks"`);
  }
}
