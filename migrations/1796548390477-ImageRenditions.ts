import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImageRenditions1796548390477 implements MigrationInterface {
  name = 'ImageRenditions1796548390477';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" ADD "rendition_widths" integer array`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" DROP COLUMN "rendition_widths"`);
  }
}
