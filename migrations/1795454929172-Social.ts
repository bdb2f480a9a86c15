import { MigrationInterface, QueryRunner } from 'typeorm';

export class Social1795454929172 implements MigrationInterface {
  name = 'Social1795454929172';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "groups" ("id" uuid NOT NULL, "name" text NOT NULL, "search_text" text NOT NULL, "description" text, "rules" text, "privacy" text NOT NULL, "kind" text NOT NULL, "member_count" integer NOT NULL DEFAULT '0', "created_by_id" uuid NOT NULL, "client_id" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "groups_member_count_check" CHECK ("member_count" >= 0), CONSTRAINT "groups_kind_check" CHECK ("kind" IN ('SPECIALTY_COMMUNITY', 'HOSPITAL_INTERNAL', 'TRAINING_NETWORK', 'CONSULT_NETWORK', 'OTHER')), CONSTRAINT "groups_privacy_check" CHECK ("privacy" IN ('PUBLIC', 'PRIVATE', 'SECRET')), CONSTRAINT "PK_659d1483316afb28afd3a90646e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "groups_creator_client_key" ON "groups" ("created_by_id", "client_id") `);
    await queryRunner.query(`CREATE INDEX "groups_search_idx" ON "groups" ("search_text", "id") `);
    await queryRunner.query(
      `CREATE TABLE "group_members" ("group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_members_role_check" CHECK ("role" IN ('OWNER', 'MODERATOR', 'MEMBER')), CONSTRAINT "PK_f5939ee0ad233ad35e03f5c65c1" PRIMARY KEY ("group_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "group_members_group_joined_idx" ON "group_members" ("group_id", "created_at", "user_id") `);
    await queryRunner.query(`CREATE INDEX "group_members_user_idx" ON "group_members" ("user_id", "created_at", "group_id") `);
    await queryRunner.query(
      `CREATE TABLE "group_join_requests" ("group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fb4dbbfa0e2f3a588430e745476" PRIMARY KEY ("group_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "group_join_requests_group_idx" ON "group_join_requests" ("group_id", "created_at", "user_id") `);
    await queryRunner.query(
      `CREATE TABLE "group_invitations" ("group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "invited_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c35c3b28e586658c52a6346299" PRIMARY KEY ("group_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "group_invitations_user_idx" ON "group_invitations" ("user_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "posts" ("id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "visibility" text NOT NULL, "group_id" uuid, "shared_post_id" uuid, "specialty_code" text, "attachment_ids" uuid array NOT NULL DEFAULT '{}', "mention_ids" uuid array NOT NULL DEFAULT '{}', "client_id" text, "reaction_count" integer NOT NULL DEFAULT '0', "comment_count" integer NOT NULL DEFAULT '0', "share_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP(3) WITH TIME ZONE, "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "hidden_at" TIMESTAMP(3) WITH TIME ZONE, "pinned_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "posts_counts_check" CHECK ("reaction_count" >= 0 AND "comment_count" >= 0 AND "share_count" >= 0), CONSTRAINT "posts_body_length_check" CHECK (char_length("body") <= 20000), CONSTRAINT "posts_group_check" CHECK (("visibility" = 'GROUP') = ("group_id" IS NOT NULL)), CONSTRAINT "posts_visibility_check" CHECK ("visibility" IN ('ALL_VERIFIED', 'FOLLOWERS', 'GROUP')), CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "posts_group_pinned_idx" ON "posts" ("group_id", "pinned_at") WHERE "pinned_at" IS NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "posts_specialty_feed_idx" ON "posts" ("specialty_code", "created_at", "id") WHERE "deleted_at" IS NULL AND "hidden_at" IS NULL AND "visibility" = 'ALL_VERIFIED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "posts_group_feed_idx" ON "posts" ("group_id", "created_at", "id") WHERE "deleted_at" IS NULL AND "group_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "posts_followed_feed_idx" ON "posts" ("author_id", "created_at", "id") WHERE "deleted_at" IS NULL AND "hidden_at" IS NULL AND "visibility" <> 'GROUP'`,
    );
    await queryRunner.query(`CREATE INDEX "posts_author_feed_idx" ON "posts" ("author_id", "created_at", "id") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "posts_author_client_key" ON "posts" ("author_id", "client_id") `);
    await queryRunner.query(
      `CREATE TABLE "post_hashtags" ("post_id" uuid NOT NULL, "tag" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c1a12d454ea8f2103d6c36d68bf" PRIMARY KEY ("post_id", "tag"))`,
    );
    await queryRunner.query(`CREATE INDEX "post_hashtags_tag_idx" ON "post_hashtags" ("tag", "created_at", "post_id") `);
    await queryRunner.query(
      `CREATE TABLE "post_reactions" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "post_reactions_kind_check" CHECK ("kind" IN ('LIKE', 'LOVE', 'INSIGHTFUL', 'SUPPORT')), CONSTRAINT "PK_9f396c526942d247ed054f88de9" PRIMARY KEY ("post_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "comments" ("id" uuid NOT NULL, "post_id" uuid NOT NULL, "author_id" uuid NOT NULL, "parent_id" uuid, "body" text NOT NULL, "mention_ids" uuid array NOT NULL DEFAULT '{}', "reply_count" integer NOT NULL DEFAULT '0', "client_id" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "hidden_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "comments_reply_count_check" CHECK ("reply_count" >= 0), CONSTRAINT "comments_body_length_check" CHECK (char_length("body") <= 5000), CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "comments_replies_idx" ON "comments" ("parent_id", "created_at", "id") WHERE "parent_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "comments_thread_idx" ON "comments" ("post_id", "created_at", "id") WHERE "parent_id" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "comments_author_client_key" ON "comments" ("author_id", "client_id") `);
    await queryRunner.query(
      `CREATE TABLE "saved_posts" ("user_id" uuid NOT NULL, "post_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_837a562f71fec3009c9af77ee53" PRIMARY KEY ("user_id", "post_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "saved_posts_user_idx" ON "saved_posts" ("user_id", "created_at", "post_id") `);
    await queryRunner.query(
      `CREATE TABLE "reports" ("id" uuid NOT NULL, "target_type" text NOT NULL, "target_id" uuid NOT NULL, "post_id" uuid NOT NULL, "comment_id" uuid, "reporter_id" uuid NOT NULL, "reason" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "resolved_by_id" uuid, CONSTRAINT "reports_status_check" CHECK ("status" IN ('OPEN', 'HIDDEN', 'RESTORED', 'DISMISSED')), CONSTRAINT "reports_target_type_check" CHECK ("target_type" IN ('POST', 'COMMENT')), CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "reports_open_reporter_key" ON "reports" ("reporter_id", "target_id") WHERE "status" = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX "reports_target_idx" ON "reports" ("target_id", "status") `);
    await queryRunner.query(`CREATE INDEX "reports_status_created_idx" ON "reports" ("status", "created_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "groups" ADD CONSTRAINT "FK_65a98f23825ecdcdaaeefe1da15" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_members" ADD CONSTRAINT "FK_2c840df5db52dc6b4a1b0b69c6e" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_members" ADD CONSTRAINT "FK_20a555b299f75843aa53ff8b0ee" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_join_requests" ADD CONSTRAINT "FK_afc16af49bbe9e779b1da017d32" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_join_requests" ADD CONSTRAINT "FK_d09f3710535fc2f224005bd2b41" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_invitations" ADD CONSTRAINT "FK_312f24bd763f755ac2c1604083c" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_invitations" ADD CONSTRAINT "FK_83fa1f799f28a3699eb3152a784" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_invitations" ADD CONSTRAINT "FK_871b36d9f354783c12379bdd520" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_312c63be865c81b922e39c2475e" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_7628aa3741a30d6217271a226cf" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_96c4bbc13f8ac6af832dbc7bf20" FOREIGN KEY ("shared_post_id") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_hashtags" ADD CONSTRAINT "FK_6c16a0f366b0642259bbe50481c" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_reactions" ADD CONSTRAINT "FK_595c9605f31a27c0c557c5befb9" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_reactions" ADD CONSTRAINT "FK_8268cd23ab20dcef2bfd3cbada0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_259bf9825d9d198608d1b46b0b5" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_d6f93329801a93536da4241e386" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_posts" ADD CONSTRAINT "FK_78c961371a509e86d789714dd4f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_posts" ADD CONSTRAINT "FK_116e9df57f5221cc1a77c3d1cfe" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_b84fcce5b84191fc4b8e5d0d6f9" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_90128aa0533cf113b418de0304f" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_580adb3369c061e2f3cd20e7442" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_580adb3369c061e2f3cd20e7442"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_90128aa0533cf113b418de0304f"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_b84fcce5b84191fc4b8e5d0d6f9"`);
    await queryRunner.query(`ALTER TABLE "saved_posts" DROP CONSTRAINT "FK_116e9df57f5221cc1a77c3d1cfe"`);
    await queryRunner.query(`ALTER TABLE "saved_posts" DROP CONSTRAINT "FK_78c961371a509e86d789714dd4f"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_d6f93329801a93536da4241e386"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_259bf9825d9d198608d1b46b0b5"`);
    await queryRunner.query(`ALTER TABLE "post_reactions" DROP CONSTRAINT "FK_8268cd23ab20dcef2bfd3cbada0"`);
    await queryRunner.query(`ALTER TABLE "post_reactions" DROP CONSTRAINT "FK_595c9605f31a27c0c557c5befb9"`);
    await queryRunner.query(`ALTER TABLE "post_hashtags" DROP CONSTRAINT "FK_6c16a0f366b0642259bbe50481c"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_96c4bbc13f8ac6af832dbc7bf20"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_7628aa3741a30d6217271a226cf"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_312c63be865c81b922e39c2475e"`);
    await queryRunner.query(`ALTER TABLE "group_invitations" DROP CONSTRAINT "FK_871b36d9f354783c12379bdd520"`);
    await queryRunner.query(`ALTER TABLE "group_invitations" DROP CONSTRAINT "FK_83fa1f799f28a3699eb3152a784"`);
    await queryRunner.query(`ALTER TABLE "group_invitations" DROP CONSTRAINT "FK_312f24bd763f755ac2c1604083c"`);
    await queryRunner.query(`ALTER TABLE "group_join_requests" DROP CONSTRAINT "FK_d09f3710535fc2f224005bd2b41"`);
    await queryRunner.query(`ALTER TABLE "group_join_requests" DROP CONSTRAINT "FK_afc16af49bbe9e779b1da017d32"`);
    await queryRunner.query(`ALTER TABLE "group_members" DROP CONSTRAINT "FK_20a555b299f75843aa53ff8b0ee"`);
    await queryRunner.query(`ALTER TABLE "group_members" DROP CONSTRAINT "FK_2c840df5db52dc6b4a1b0b69c6e"`);
    await queryRunner.query(`ALTER TABLE "groups" DROP CONSTRAINT "FK_65a98f23825ecdcdaaeefe1da15"`);
    await queryRunner.query(`DROP INDEX "public"."reports_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."reports_target_idx"`);
    await queryRunner.query(`DROP INDEX "public"."reports_open_reporter_key"`);
    await queryRunner.query(`DROP TABLE "reports"`);
    await queryRunner.query(`DROP INDEX "public"."saved_posts_user_idx"`);
    await queryRunner.query(`DROP TABLE "saved_posts"`);
    await queryRunner.query(`DROP INDEX "public"."comments_author_client_key"`);
    await queryRunner.query(`DROP INDEX "public"."comments_thread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."comments_replies_idx"`);
    await queryRunner.query(`DROP TABLE "comments"`);
    await queryRunner.query(`DROP TABLE "post_reactions"`);
    await queryRunner.query(`DROP INDEX "public"."post_hashtags_tag_idx"`);
    await queryRunner.query(`DROP TABLE "post_hashtags"`);
    await queryRunner.query(`DROP INDEX "public"."posts_author_client_key"`);
    await queryRunner.query(`DROP INDEX "public"."posts_author_feed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."posts_followed_feed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."posts_group_feed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."posts_specialty_feed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."posts_group_pinned_idx"`);
    await queryRunner.query(`DROP TABLE "posts"`);
    await queryRunner.query(`DROP INDEX "public"."group_invitations_user_idx"`);
    await queryRunner.query(`DROP TABLE "group_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."group_join_requests_group_idx"`);
    await queryRunner.query(`DROP TABLE "group_join_requests"`);
    await queryRunner.query(`DROP INDEX "public"."group_members_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."group_members_group_joined_idx"`);
    await queryRunner.query(`DROP TABLE "group_members"`);
    await queryRunner.query(`DROP INDEX "public"."groups_search_idx"`);
    await queryRunner.query(`DROP INDEX "public"."groups_creator_client_key"`);
    await queryRunner.query(`DROP TABLE "groups"`);
  }
}
