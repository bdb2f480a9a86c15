import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1795455911804 implements MigrationInterface {
  name = 'Cases1795455911804';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_files" ("id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" text NOT NULL, "age_years" integer, "sex" text NOT NULL, "province_code" text, "presenting_complaint" text NOT NULL, "history" text, "examination" text, "vitals" jsonb, "lab_results" jsonb, "working_diagnosis" text, "icd10_codes" text array NOT NULL DEFAULT '{}', "treatment" text, "question" text NOT NULL, "attachment_ids" uuid array NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "client_id" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "case_files_version_check" CHECK ("version" >= 1), CONSTRAINT "case_files_sex_check" CHECK ("sex" IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')), CONSTRAINT "case_files_age_check" CHECK ("age_years" IS NULL OR ("age_years" >= 0 AND "age_years" <= 90)), CONSTRAINT "PK_083843297d525d3287b9477548a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "case_files_author_client_key" ON "case_files" ("author_id", "client_id") `);
    await queryRunner.query(`CREATE INDEX "case_files_author_idx" ON "case_files" ("author_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "case_file_versions" ("id" uuid NOT NULL, "case_file_id" uuid NOT NULL, "version" integer NOT NULL, "editor_id" uuid NOT NULL, "reason" text NOT NULL, "content" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2791f25339ed8405e71183e9d7f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "case_file_versions_version_key" ON "case_file_versions" ("case_file_id", "version") `);
    await queryRunner.query(
      `CREATE TABLE "case_phi_findings" ("id" uuid NOT NULL, "case_file_id" uuid NOT NULL, "version" integer NOT NULL, "field" text NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "reason" text, "resolved_by_id" uuid, "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "case_phi_findings_span_check" CHECK ("start" >= 0 AND "end" > "start"), CONSTRAINT "case_phi_findings_status_check" CHECK ("status" IN ('OPEN', 'KEPT', 'REDACTED', 'SUPERSEDED')), CONSTRAINT "PK_ac51e8b297642d3bf05cea0b712" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_phi_findings_open_idx" ON "case_phi_findings" ("case_file_id") WHERE "status" = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX "case_phi_findings_version_idx" ON "case_phi_findings" ("case_file_id", "version") `);
    await queryRunner.query(
      `CREATE TABLE "case_shares" ("id" uuid NOT NULL, "case_file_id" uuid NOT NULL, "grantee_type" text NOT NULL, "grantee_id" uuid NOT NULL, "permission" text NOT NULL, "granted_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "case_shares_permission_check" CHECK ("permission" IN ('VIEW', 'COMMENT', 'CONSULT')), CONSTRAINT "case_shares_type_check" CHECK ("grantee_type" IN ('USER', 'GROUP', 'FACILITY')), CONSTRAINT "PK_2bdd5041ef4d188c7529b230162" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_shares_grantee_idx" ON "case_shares" ("grantee_type", "grantee_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "case_shares_grantee_key" ON "case_shares" ("case_file_id", "grantee_type", "grantee_id") `);
    await queryRunner.query(
      `CREATE TABLE "case_comments" ("id" uuid NOT NULL, "case_file_id" uuid NOT NULL, "author_id" uuid NOT NULL, "parent_id" uuid, "body" text NOT NULL, "reply_count" integer NOT NULL DEFAULT '0', "client_id" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "case_comments_body_length_check" CHECK (char_length("body") <= 5000), CONSTRAINT "PK_e309fb1394ca40f0f931642981f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "case_comments_author_client_key" ON "case_comments" ("author_id", "client_id") `);
    await queryRunner.query(`CREATE INDEX "case_comments_case_idx" ON "case_comments" ("case_file_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "consultations" ("id" uuid NOT NULL, "case_file_id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "consultant_id" uuid, "target_facility_id" uuid, "target_specialty_code" text, "urgency" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "note" text, "opinion" text, "recommendation" text, "outcome" text, "due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP(3) WITH TIME ZONE, "answered_at" TIMESTAMP(3) WITH TIME ZONE, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "client_id" text, "overdue_flagged_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "consultations_urgency_check" CHECK ("urgency" IN ('ROUTINE', 'URGENT', 'EMERGENCY')), CONSTRAINT "consultations_status_check" CHECK ("status" IN ('OPEN', 'ACCEPTED', 'ANSWERED', 'CLOSED', 'CANCELLED')), CONSTRAINT "PK_c5b78e9424d9bc68464f6a12103" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "consultations_overdue_idx" ON "consultations" ("due_at") WHERE "status" IN ('OPEN', 'ACCEPTED') AND "overdue_flagged_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "consultations_consultant_idx" ON "consultations" ("consultant_id", "status", "due_at", "id") `);
    await queryRunner.query(`CREATE INDEX "consultations_desk_idx" ON "consultations" ("target_facility_id", "status", "due_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "consultations_requester_client_key" ON "consultations" ("requested_by_id", "client_id") `);
    await queryRunner.query(`CREATE INDEX "consultations_case_idx" ON "consultations" ("case_file_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "case_files" ADD CONSTRAINT "FK_273228f82f3e4690e237af7b5c8" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_file_versions" ADD CONSTRAINT "FK_81f4e233061982fe997b69666d4" FOREIGN KEY ("case_file_id") REFERENCES "case_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_phi_findings" ADD CONSTRAINT "FK_0af1cee7cfae2e6ec465c89059f" FOREIGN KEY ("case_file_id") REFERENCES "case_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_shares" ADD CONSTRAINT "FK_dd3f52c1f816937b1822f025cb3" FOREIGN KEY ("case_file_id") REFERENCES "case_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_comments" ADD CONSTRAINT "FK_4c29954d374876e8aa4fb9202f8" FOREIGN KEY ("case_file_id") REFERENCES "case_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_comments" ADD CONSTRAINT "FK_22a9b05e0926fcc396fc615bed6" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_comments" ADD CONSTRAINT "FK_c714f41431ca0ff27fa769c23e9" FOREIGN KEY ("parent_id") REFERENCES "case_comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultations" ADD CONSTRAINT "FK_394c35aec7eaa2633d0fe506fbd" FOREIGN KEY ("case_file_id") REFERENCES "case_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultations" ADD CONSTRAINT "FK_3440f377a4d413840e56b8fd231" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultations" ADD CONSTRAINT "FK_0489ca1223160ffa297b4435b33" FOREIGN KEY ("consultant_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultations" ADD CONSTRAINT "FK_8f61af36e6b5e5de955594f796f" FOREIGN KEY ("target_facility_id") REFERENCES "facilities"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "FK_8f61af36e6b5e5de955594f796f"`);
    await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "FK_0489ca1223160ffa297b4435b33"`);
    await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "FK_3440f377a4d413840e56b8fd231"`);
    await queryRunner.query(`ALTER TABLE "consultations" DROP CONSTRAINT "FK_394c35aec7eaa2633d0fe506fbd"`);
    await queryRunner.query(`ALTER TABLE "case_comments" DROP CONSTRAINT "FK_c714f41431ca0ff27fa769c23e9"`);
    await queryRunner.query(`ALTER TABLE "case_comments" DROP CONSTRAINT "FK_22a9b05e0926fcc396fc615bed6"`);
    await queryRunner.query(`ALTER TABLE "case_comments" DROP CONSTRAINT "FK_4c29954d374876e8aa4fb9202f8"`);
    await queryRunner.query(`ALTER TABLE "case_shares" DROP CONSTRAINT "FK_dd3f52c1f816937b1822f025cb3"`);
    await queryRunner.query(`ALTER TABLE "case_phi_findings" DROP CONSTRAINT "FK_0af1cee7cfae2e6ec465c89059f"`);
    await queryRunner.query(`ALTER TABLE "case_file_versions" DROP CONSTRAINT "FK_81f4e233061982fe997b69666d4"`);
    await queryRunner.query(`ALTER TABLE "case_files" DROP CONSTRAINT "FK_273228f82f3e4690e237af7b5c8"`);
    await queryRunner.query(`DROP INDEX "public"."consultations_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."consultations_requester_client_key"`);
    await queryRunner.query(`DROP INDEX "public"."consultations_desk_idx"`);
    await queryRunner.query(`DROP INDEX "public"."consultations_consultant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."consultations_overdue_idx"`);
    await queryRunner.query(`DROP TABLE "consultations"`);
    await queryRunner.query(`DROP INDEX "public"."case_comments_case_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_comments_author_client_key"`);
    await queryRunner.query(`DROP TABLE "case_comments"`);
    await queryRunner.query(`DROP INDEX "public"."case_shares_grantee_key"`);
    await queryRunner.query(`DROP INDEX "public"."case_shares_grantee_idx"`);
    await queryRunner.query(`DROP TABLE "case_shares"`);
    await queryRunner.query(`DROP INDEX "public"."case_phi_findings_version_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_phi_findings_open_idx"`);
    await queryRunner.query(`DROP TABLE "case_phi_findings"`);
    await queryRunner.query(`DROP INDEX "public"."case_file_versions_version_key"`);
    await queryRunner.query(`DROP TABLE "case_file_versions"`);
    await queryRunner.query(`DROP INDEX "public"."case_files_author_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_files_author_client_key"`);
    await queryRunner.query(`DROP TABLE "case_files"`);
  }
}
