import { MigrationInterface, QueryRunner } from 'typeorm';

export class Messaging1795457198771 implements MigrationInterface {
  name = 'Messaging1795457198771';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conversations" ("id" uuid NOT NULL, "kind" text NOT NULL, "title" text, "direct_key" text, "group_id" uuid, "created_by_id" uuid NOT NULL, "last_seq" integer NOT NULL DEFAULT '0', "last_activity_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conversations_kind_check" CHECK ("kind" IN ('DIRECT', 'GROUP', 'GROUP_CHAT')), CONSTRAINT "PK_ee34f4f7ced4ec8681f26bf04ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "conversations_group_key" ON "conversations" ("group_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "conversations_direct_key" ON "conversations" ("direct_key") `);
    await queryRunner.query(
      `CREATE TABLE "conversation_participants" ("conversation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL DEFAULT 'MEMBER', "status" text NOT NULL DEFAULT 'ACTIVE', "muted" boolean NOT NULL DEFAULT false, "last_read_seq" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conversation_participants_status_check" CHECK ("status" IN ('ACTIVE', 'REQUESTED')), CONSTRAINT "conversation_participants_role_check" CHECK ("role" IN ('ADMIN', 'MEMBER')), CONSTRAINT "PK_fdcd6405d74e797f10fa8360338" PRIMARY KEY ("conversation_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "conversation_participants_user_idx" ON "conversation_participants" ("user_id", "conversation_id") `);
    await queryRunner.query(
      `CREATE TABLE "messages" ("id" uuid NOT NULL, "conversation_id" uuid NOT NULL, "seq" integer NOT NULL, "version_seq" integer NOT NULL, "client_id" text, "sender_id" uuid NOT NULL, "body" text, "attachment_ids" uuid array NOT NULL DEFAULT '{}', "reply_to_id" uuid, "shared_post_id" uuid, "shared_case_id" uuid, "edited_at" TIMESTAMP(3) WITH TIME ZONE, "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "messages_sender_client_key" ON "messages" ("sender_id", "client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "messages_conversation_version_key" ON "messages" ("conversation_id", "version_seq") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "messages_conversation_seq_key" ON "messages" ("conversation_id", "seq") `);
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_13a9c2d1dc1f6959e48fe5a7c93" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_6e93e2251a9baafc3d56bfdded0" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_participants" ADD CONSTRAINT "FK_1559e8a16b828f2e836a2312800" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_participants" ADD CONSTRAINT "FK_377d4041a495b81ee1a85ae026f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_22133395bd13b970ccd0c34ab22" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_22133395bd13b970ccd0c34ab22"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23"`);
    await queryRunner.query(`ALTER TABLE "conversation_participants" DROP CONSTRAINT "FK_377d4041a495b81ee1a85ae026f"`);
    await queryRunner.query(`ALTER TABLE "conversation_participants" DROP CONSTRAINT "FK_1559e8a16b828f2e836a2312800"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_6e93e2251a9baafc3d56bfdded0"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_13a9c2d1dc1f6959e48fe5a7c93"`);
    await queryRunner.query(`DROP INDEX "public"."messages_conversation_seq_key"`);
    await queryRunner.query(`DROP INDEX "public"."messages_conversation_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."messages_sender_client_key"`);
    await queryRunner.query(`DROP TABLE "messages"`);
    await queryRunner.query(`DROP INDEX "public"."conversation_participants_user_idx"`);
    await queryRunner.query(`DROP TABLE "conversation_participants"`);
    await queryRunner.query(`DROP INDEX "public"."conversations_direct_key"`);
    await queryRunner.query(`DROP INDEX "public"."conversations_group_key"`);
    await queryRunner.query(`DROP TABLE "conversations"`);
  }
}
