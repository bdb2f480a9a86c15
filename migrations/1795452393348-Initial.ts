import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795452393348 implements MigrationInterface {
  name = 'Initial1795452393348';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" uuid, "allowed" boolean NOT NULL DEFAULT true, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_actor_idx" ON "audit_log" ("actor_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_log_target_idx" ON "audit_log" ("target_type", "target_id", "at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL, "owner_id" uuid NOT NULL, "purpose" text NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "storage_key" text NOT NULL, "thumbnail_key" text, "status" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "attachments_size_check" CHECK ("size" >= 0), CONSTRAINT "attachments_status_check" CHECK ("status" IN ('PENDING', 'READY', 'REJECTED')), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "attachments_storage_key_key" ON "attachments" ("storage_key") `);
    await queryRunner.query(`CREATE INDEX "attachments_status_created_idx" ON "attachments" ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "attachments_owner_created_idx" ON "attachments" ("owner_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "provinces" ("code" text NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_f4b684af62d5cb3aa174f6b9b8a" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "specialties" ("code" text NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT "PK_0ecc16d70a3eba636ba693759da" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "facilities" ("id" uuid NOT NULL, "name" text NOT NULL, "search_text" text NOT NULL, "level" text NOT NULL, "kind" text NOT NULL, "ownership" text NOT NULL, "province_code" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e6c685b2e1195e6d6394a22bc7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "facilities_name_idx" ON "facilities" ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "facilities_province_name_idx" ON "facilities" ("province_code", "name", "id") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL, "email" text NOT NULL, "password_hash" text NOT NULL, "full_name" text NOT NULL, "search_text" text NOT NULL, "profession" text NOT NULL, "specialty_code" text, "facility_id" uuid, "scope_province_code" text, "roles" text array NOT NULL DEFAULT '{MEMBER}', "verification_status" text NOT NULL DEFAULT 'PENDING', "verified_by_id" uuid, "verified_at" TIMESTAMP(3) WITH TIME ZONE, "rejection_reason" text, "license_number" text, "title" text, "bio" text, "experience_years" integer, "avatar_attachment_id" uuid, "follower_count" integer NOT NULL DEFAULT '0', "following_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "users_facility_idx" ON "users" ("facility_id") `);
    await queryRunner.query(`CREATE INDEX "users_specialty_idx" ON "users" ("specialty_code") `);
    await queryRunner.query(`CREATE INDEX "users_directory_idx" ON "users" ("verification_status", "search_text", "id") `);
    await queryRunner.query(`CREATE INDEX "users_status_created_idx" ON "users" ("verification_status", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "users_status_facility_idx" ON "users" ("verification_status", "facility_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "follows" ("follower_id" uuid NOT NULL, "followee_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f9294bbb1517cfd99f06f534fe7" PRIMARY KEY ("follower_id", "followee_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "follows_followee_idx" ON "follows" ("followee_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "auth_sessions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "user_agent" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions" ("user_id", "revoked_at") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("token_hash" text NOT NULL, "session_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_a7838d2ba25be1342091b6695f1" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "refresh_tokens_session_idx" ON "refresh_tokens" ("session_id") `);
    await queryRunner.query(
      `ALTER TABLE "facilities" ADD CONSTRAINT "FK_6fef0dfd877f69c07ff18df1a4e" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_2b63d9988c6a960aa3c39c7dc7d" FOREIGN KEY ("specialty_code") REFERENCES "specialties"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_5cce3415d144173ca33ed1d8626" FOREIGN KEY ("facility_id") REFERENCES "facilities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_10fbd890bbeabfe13afc6b05f1e" FOREIGN KEY ("scope_province_code") REFERENCES "provinces"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follows" ADD CONSTRAINT "FK_54b5dc2739f2dea57900933db66" FOREIGN KEY ("follower_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follows" ADD CONSTRAINT "FK_1984b177379388946c21afcdaa9" FOREIGN KEY ("followee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_50ccaa6440288a06f0ba693ccc6"`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_1984b177379388946c21afcdaa9"`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_54b5dc2739f2dea57900933db66"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_10fbd890bbeabfe13afc6b05f1e"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_5cce3415d144173ca33ed1d8626"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_2b63d9988c6a960aa3c39c7dc7d"`);
    await queryRunner.query(`ALTER TABLE "facilities" DROP CONSTRAINT "FK_6fef0dfd877f69c07ff18df1a4e"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_session_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."auth_sessions_user_idx"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."follows_followee_idx"`);
    await queryRunner.query(`DROP TABLE "follows"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."users_status_facility_idx"`);
    await queryRunner.query(`DROP INDEX "public"."users_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."users_directory_idx"`);
    await queryRunner.query(`DROP INDEX "public"."users_specialty_idx"`);
    await queryRunner.query(`DROP INDEX "public"."users_facility_idx"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."facilities_province_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."facilities_name_idx"`);
    await queryRunner.query(`DROP TABLE "facilities"`);
    await queryRunner.query(`DROP TABLE "specialties"`);
    await queryRunner.query(`DROP TABLE "provinces"`);
    await queryRunner.query(`DROP INDEX "public"."attachments_owner_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attachments_status_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attachments_storage_key_key"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_target_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_actor_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
