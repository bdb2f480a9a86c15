import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: keeps post_search in step with posts.body in the database, so every
 * write path (create, edit, share, bulk loads) is covered. The folding matches
 * foldVietnamese for Vietnamese text: đ → d, unaccent, lower case.
 */
export class PostSearchTrigger1795456181704 implements MigrationInterface {
  name = 'PostSearchTrigger1795456181704';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`
      CREATE FUNCTION post_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO post_search (post_id, search_text)
        VALUES (NEW.id, lower(public.unaccent(translate(NEW.body, 'đĐ', 'dD'))))
        ON CONFLICT (post_id) DO UPDATE SET search_text = EXCLUDED.search_text;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER posts_search_sync AFTER INSERT OR UPDATE OF body ON posts
      FOR EACH ROW EXECUTE FUNCTION post_search_sync()`);
    await queryRunner.query(`
      INSERT INTO post_search (post_id, search_text)
      SELECT id, lower(public.unaccent(translate(body, 'đĐ', 'dD'))) FROM posts
      ON CONFLICT (post_id) DO NOTHING`);
    await queryRunner.query(`CREATE INDEX "post_search_trgm_idx" ON "post_search" USING gin ("search_text" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "post_search_trgm_idx"`);
    await queryRunner.query(`DROP TRIGGER posts_search_sync ON posts`);
    await queryRunner.query(`DROP FUNCTION post_search_sync()`);
  }
}
