import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationReadMarks1796549518308 implements MigrationInterface {
  name = 'NotificationReadMarks1796549518308';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_read_marks" ("user_id" uuid NOT NULL, "up_to_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "up_to_id" uuid NOT NULL, "marked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9c487357b6b4f39114c664bc5cb" PRIMARY KEY ("user_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_read_marks"`);
  }
}
