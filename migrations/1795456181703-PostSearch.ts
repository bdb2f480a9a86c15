import { MigrationInterface, QueryRunner } from 'typeorm';

export class PostSearch1795456181703 implements MigrationInterface {
  name = 'PostSearch1795456181703';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "post_search" ("post_id" uuid NOT NULL, "search_text" text NOT NULL, CONSTRAINT "PK_1c5f11b4b059e85c6df8a36bf45" PRIMARY KEY ("post_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_search" ADD CONSTRAINT "FK_1c5f11b4b059e85c6df8a36bf45" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post_search" DROP CONSTRAINT "FK_1c5f11b4b059e85c6df8a36bf45"`);
    await queryRunner.query(`DROP TABLE "post_search"`);
  }
}
