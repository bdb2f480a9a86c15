import { MigrationInterface, QueryRunner } from 'typeorm';

export class Live1796539951737 implements MigrationInterface {
  name = 'Live1796539951737';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_programmes" ("id" uuid NOT NULL, "group_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5de76431d5f8e3de9d69b67e4ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "training_programmes_group_idx" ON "training_programmes" ("group_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "live_sessions" ("id" uuid NOT NULL, "host_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "audience" text NOT NULL, "group_id" uuid, "programme_id" uuid, "status" text NOT NULL, "scheduled_start" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "scheduled_minutes" integer NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE, "ended_at" TIMESTAMP(3) WITH TIME ZONE, "cme_hours" numeric(5,2), "attendance_threshold" real NOT NULL DEFAULT '0.8', "stream_key" text NOT NULL, "client_id" text, "ingest_error" text, "recording_status" text NOT NULL DEFAULT 'NONE', "recording_attachment_id" uuid, "recording_prefix" text, "credited_at" TIMESTAMP(3) WITH TIME ZONE, "reminded_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "live_sessions_recording_check" CHECK ("recording_status" IN ('NONE', 'PROCESSING', 'READY', 'FAILED')), CONSTRAINT "live_sessions_threshold_check" CHECK ("attendance_threshold" > 0 AND "attendance_threshold" <= 1), CONSTRAINT "live_sessions_group_check" CHECK (("audience" = 'GROUP') = ("group_id" IS NOT NULL)), CONSTRAINT "live_sessions_audience_check" CHECK ("audience" IN ('PUBLIC', 'GROUP', 'INVITEES')), CONSTRAINT "live_sessions_status_check" CHECK ("status" IN ('SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED')), CONSTRAINT "PK_cc3225418b55b1e022dbfb6dca5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "live_sessions_client_key" ON "live_sessions" ("host_id", "client_id") WHERE "client_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "live_sessions_stream_key_key" ON "live_sessions" ("stream_key") `);
    await queryRunner.query(`CREATE INDEX "live_sessions_programme_idx" ON "live_sessions" ("programme_id", "scheduled_start") `);
    await queryRunner.query(`CREATE INDEX "live_sessions_group_idx" ON "live_sessions" ("group_id", "scheduled_start") `);
    await queryRunner.query(`CREATE INDEX "live_sessions_host_idx" ON "live_sessions" ("host_id", "scheduled_start") `);
    await queryRunner.query(`CREATE INDEX "live_sessions_ended_idx" ON "live_sessions" ("ended_at") `);
    await queryRunner.query(`CREATE INDEX "live_sessions_status_start_idx" ON "live_sessions" ("status", "scheduled_start") `);
    await queryRunner.query(
      `CREATE TABLE "live_session_cohosts" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_b18ec83a1cd21fa176f11850a00" PRIMARY KEY ("session_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "live_session_cohosts_user_idx" ON "live_session_cohosts" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "live_session_invitees" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_cae813c2ce42bf774b55fafb881" PRIMARY KEY ("session_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "live_session_invitees_user_idx" ON "live_session_invitees" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "live_attendance" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "first_joined_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "last_beat_at" TIMESTAMP(3) WITH TIME ZONE, "left_at" TIMESTAMP(3) WITH TIME ZONE, "seconds_watched" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_a074871a5ed89f05de5c26900a5" PRIMARY KEY ("session_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "live_attendance_user_idx" ON "live_attendance" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "live_attendance_session_beat_idx" ON "live_attendance" ("session_id", "last_beat_at") `);
    await queryRunner.query(
      `CREATE TABLE "live_chat_messages" ("id" uuid NOT NULL, "session_id" uuid NOT NULL, "author_id" uuid NOT NULL, "client_id" text NOT NULL, "body" text NOT NULL, "is_question" boolean NOT NULL DEFAULT false, "upvotes" integer NOT NULL DEFAULT '0', "answered_at" TIMESTAMP(3) WITH TIME ZONE, "hidden_at" TIMESTAMP(3) WITH TIME ZONE, "hidden_by_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_047ed9c3e891fec34b953bea1c3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "live_chat_client_key" ON "live_chat_messages" ("author_id", "client_id") `);
    await queryRunner.query(`CREATE INDEX "live_chat_questions_idx" ON "live_chat_messages" ("session_id", "upvotes", "created_at") WHERE "is_question"`);
    await queryRunner.query(`CREATE INDEX "live_chat_session_created_idx" ON "live_chat_messages" ("session_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "live_question_votes" ("message_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_9b78ea720715352df36370d408f" PRIMARY KEY ("message_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "training_credits" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "session_id" uuid NOT NULL, "hours" numeric(5,2) NOT NULL, "earned_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c68bb6c2fafb950151a7ea72e50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "training_credits_user_earned_idx" ON "training_credits" ("user_id", "earned_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "training_credits_user_session_key" ON "training_credits" ("user_id", "session_id") `);
    await queryRunner.query(
      `ALTER TABLE "training_programmes" ADD CONSTRAINT "FK_c78be196d9a12fddef38d71a64b" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_programmes" ADD CONSTRAINT "FK_575abbe1720195f9ac498e63670" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" ADD CONSTRAINT "FK_3147c830e81d28943141e19e9c5" FOREIGN KEY ("host_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" ADD CONSTRAINT "FK_48279ab0c2c533ffa63977406d4" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" ADD CONSTRAINT "FK_4c98c66689ef19253f1d054ca45" FOREIGN KEY ("programme_id") REFERENCES "training_programmes"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" ADD CONSTRAINT "FK_9ab0fcd3d6f4e07ab50ed11961c" FOREIGN KEY ("recording_attachment_id") REFERENCES "attachments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_session_cohosts" ADD CONSTRAINT "FK_18cad4c86e29e23639abef1dfa3" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_session_cohosts" ADD CONSTRAINT "FK_ead0ce9745ab2dcbfa8a62555f2" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_session_invitees" ADD CONSTRAINT "FK_c6494de2503a3ec9e852e5f6a78" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_session_invitees" ADD CONSTRAINT "FK_f0fc62bea87dcc8f04d6e94aa44" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_attendance" ADD CONSTRAINT "FK_c5935c4a7db8b7f021d415021c6" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_attendance" ADD CONSTRAINT "FK_54efbe1b8a8788549767561ff85" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_chat_messages" ADD CONSTRAINT "FK_fa5f63b5d8cb61ffb92bfab7d72" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_chat_messages" ADD CONSTRAINT "FK_83ad7219f9cc1d12488b2047ec8" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_question_votes" ADD CONSTRAINT "FK_4eadfddafac2d10b544c0a07cd8" FOREIGN KEY ("message_id") REFERENCES "live_chat_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_question_votes" ADD CONSTRAINT "FK_2a37e703fb271c44523b398c0bb" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_credits" ADD CONSTRAINT "FK_5c6063b41e0da4574303c0f11db" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_credits" ADD CONSTRAINT "FK_3a8e1f1354f4e4a4a35e5ad57a8" FOREIGN KEY ("session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_credits" DROP CONSTRAINT "FK_3a8e1f1354f4e4a4a35e5ad57a8"`);
    await queryRunner.query(`ALTER TABLE "training_credits" DROP CONSTRAINT "FK_5c6063b41e0da4574303c0f11db"`);
    await queryRunner.query(`ALTER TABLE "live_question_votes" DROP CONSTRAINT "FK_2a37e703fb271c44523b398c0bb"`);
    await queryRunner.query(`ALTER TABLE "live_question_votes" DROP CONSTRAINT "FK_4eadfddafac2d10b544c0a07cd8"`);
    await queryRunner.query(`ALTER TABLE "live_chat_messages" DROP CONSTRAINT "FK_83ad7219f9cc1d12488b2047ec8"`);
    await queryRunner.query(`ALTER TABLE "live_chat_messages" DROP CONSTRAINT "FK_fa5f63b5d8cb61ffb92bfab7d72"`);
    await queryRunner.query(`ALTER TABLE "live_attendance" DROP CONSTRAINT "FK_54efbe1b8a8788549767561ff85"`);
    await queryRunner.query(`ALTER TABLE "live_attendance" DROP CONSTRAINT "FK_c5935c4a7db8b7f021d415021c6"`);
    await queryRunner.query(`ALTER TABLE "live_session_invitees" DROP CONSTRAINT "FK_f0fc62bea87dcc8f04d6e94aa44"`);
    await queryRunner.query(`ALTER TABLE "live_session_invitees" DROP CONSTRAINT "FK_c6494de2503a3ec9e852e5f6a78"`);
    await queryRunner.query(`ALTER TABLE "live_session_cohosts" DROP CONSTRAINT "FK_ead0ce9745ab2dcbfa8a62555f2"`);
    await queryRunner.query(`ALTER TABLE "live_session_cohosts" DROP CONSTRAINT "FK_18cad4c86e29e23639abef1dfa3"`);
    await queryRunner.query(`ALTER TABLE "live_sessions" DROP CONSTRAINT "FK_9ab0fcd3d6f4e07ab50ed11961c"`);
    await queryRunner.query(`ALTER TABLE "live_sessions" DROP CONSTRAINT "FK_4c98c66689ef19253f1d054ca45"`);
    await queryRunner.query(`ALTER TABLE "live_sessions" DROP CONSTRAINT "FK_48279ab0c2c533ffa63977406d4"`);
    await queryRunner.query(`ALTER TABLE "live_sessions" DROP CONSTRAINT "FK_3147c830e81d28943141e19e9c5"`);
    await queryRunner.query(`ALTER TABLE "training_programmes" DROP CONSTRAINT "FK_575abbe1720195f9ac498e63670"`);
    await queryRunner.query(`ALTER TABLE "training_programmes" DROP CONSTRAINT "FK_c78be196d9a12fddef38d71a64b"`);
    await queryRunner.query(`DROP INDEX "public"."training_credits_user_session_key"`);
    await queryRunner.query(`DROP INDEX "public"."training_credits_user_earned_idx"`);
    await queryRunner.query(`DROP TABLE "training_credits"`);
    await queryRunner.query(`DROP TABLE "live_question_votes"`);
    await queryRunner.query(`DROP INDEX "public"."live_chat_session_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."live_chat_questions_idx"`);
    await queryRunner.query(`DROP INDEX "public"."live_chat_client_key"`);
    await queryRunner.query(`DROP TABLE "live_chat_messages"`);
    await queryRunner.query(`DROP INDEX "public"."live_attendance_session_beat_idx"`);
    await queryRunner.query(`DROP INDEX "public"."live_attendance_user_idx"`);
    await queryRunner.query(`DROP TABLE "live_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."live_session_invitees_user_idx"`);
    await queryRunner.query(`DROP TABLE "live_session_invitees"`);
    await queryRunner.query(`DROP INDEX "public"."live_session_cohosts_user_idx"`);
    await queryRunner.query(`DROP TABLE "live_session_cohosts"`);
    await queryRunner.query(`DROP INDEX "public"."live_sessions_status_start_idx"`);
    await queryRunner.query(`DROP INDEX "public"."live_sessions_ended_idx"`);
    await queryRunner.query(`DROP INDEX "public"."live_sessions_host_idx"`);
    await queryRunner.query(`DROP INDEX "public"."live_sessions_group_idx"`);
    await queryRunner.query(`DROP INDEX "public"."live_sessions_programme_idx"`);
    await queryRunner.query(`DROP INDEX "public"."live_sessions_stream_key_key"`);
    await queryRunner.query(`DROP INDEX "public"."live_sessions_client_key"`);
    await queryRunner.query(`DROP TABLE "live_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."training_programmes_group_idx"`);
    await queryRunner.query(`DROP TABLE "training_programmes"`);
  }
}
