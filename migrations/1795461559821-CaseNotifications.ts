import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseNotifications1795461559821 implements MigrationInterface {
  name = 'CaseNotifications1795461559821';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "case_file_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_3111955e21dc6440f9e4dc3dc19" FOREIGN KEY ("case_file_id") REFERENCES "case_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_3111955e21dc6440f9e4dc3dc19"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "case_file_id"`);
  }
}
