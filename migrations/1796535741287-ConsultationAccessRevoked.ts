import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultationAccessRevoked1796535741287 implements MigrationInterface {
  name = 'ConsultationAccessRevoked1796535741287';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consultations" ADD "access_revoked_at" TIMESTAMP(3) WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consultations" DROP COLUMN "access_revoked_at"`);
  }
}
