import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachment holds (e.g. BURNED_IN_ANNOTATION on a DICOM image that may carry text in its
 * pixels), and case findings on attachments: field `attachments.<id>` with start = end = 0.
 * The check constraint is written by hand (TypeORM does not diff check expressions).
 */
export class AttachmentHolds1795461505119 implements MigrationInterface {
  name = 'AttachmentHolds1795461505119';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" ADD "holds" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "case_phi_findings" DROP CONSTRAINT "case_phi_findings_span_check"`);
    await queryRunner.query(
      `ALTER TABLE "case_phi_findings" ADD CONSTRAINT "case_phi_findings_span_check" CHECK ("start" >= 0 AND ("end" > "start" OR ("start" = 0 AND "end" = 0 AND "field" LIKE 'attachments.%')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "case_phi_findings" WHERE "start" = 0 AND "end" = 0 AND "field" LIKE 'attachments.%'`);
    await queryRunner.query(`ALTER TABLE "case_phi_findings" DROP CONSTRAINT "case_phi_findings_span_check"`);
    await queryRunner.query(`ALTER TABLE "case_phi_findings" ADD CONSTRAINT "case_phi_findings_span_check" CHECK ("start" >= 0 AND "end" > "start")`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP COLUMN "holds"`);
  }
}
