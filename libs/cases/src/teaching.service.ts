import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict, type Viewer } from '@ketnoi/platform';
import { provinceByCode } from '@ketnoi/reference';
import { PostsService, Visibility } from '@ketnoi/social';
import { CaseAudit } from './case-audit.service';
import { findingsOf } from './cases.queries';
import { CasesService } from './cases.service';
import { closedConsultationsOf } from './consultations.queries';
import { contentOf, redactContent, type CaseContent } from './content';
import type { ConsultationEntity } from './entities';
import { CasePermission } from './types';

const POST_MAX = 20_000;
const SEX_VI: Record<string, string> = { FEMALE: 'nữ', MALE: 'nam', OTHER: 'khác', UNKNOWN: 'không rõ giới' };

/** The post body of a teaching case: the de-identified content and the closed consultations' answers. */
export function teachingBody(content: CaseContent, consultations: ConsultationEntity[]): string {
  const lines: string[] = [`Ca bệnh học tập: ${content.title}`];
  const who = [
    `Người bệnh ${SEX_VI[content.sex] ?? 'không rõ giới'}`,
    content.ageYears === null ? null : content.ageYears >= 90 ? '≥ 90 tuổi' : `${content.ageYears} tuổi`,
    content.provinceCode ? provinceByCode(content.provinceCode)?.name : null,
  ].filter(Boolean);
  lines.push(who.join(', '));
  const add = (label: string, value: string | null | undefined) => value && lines.push('', `${label}: ${value}`);
  add('Lý do khám', content.presentingComplaint);
  add('Tiền sử', content.history);
  add('Khám', content.examination);
  const vitals = Object.entries(content.vitals ?? {}).map(([k, v]) => `${k} ${v ?? ''}`.trim());
  if (vitals.length) add('Dấu hiệu sinh tồn', vitals.join('; '));
  const labs = (content.labResults ?? []).map(
    (r) => `- ${r.name}: ${r.value ?? ''}${r.unit ? ` ${r.unit}` : ''}${r.reference ? ` (bình thường ${r.reference})` : ''}`,
  );
  if (labs.length) lines.push('', 'Xét nghiệm:', ...labs);
  const icd = content.icd10Codes.length ? `ICD-10: ${content.icd10Codes.join(', ')}` : null;
  add('Chẩn đoán', content.workingDiagnosis ? [content.workingDiagnosis, icd && `(${icd})`].filter(Boolean).join(' ') : icd);
  add('Điều trị', content.treatment);
  add('Câu hỏi', content.question);
  for (const k of consultations) {
    add('Ý kiến hội chẩn', k.opinion);
    add('Khuyến nghị', k.recommendation);
    add('Kết cục', k.outcome);
  }
  const body = lines.join('\n');
  return body.length > POST_MAX ? `${body.slice(0, POST_MAX - 1)}…` : body;
}

/**
 * Turns a case whose consultation was closed into a teaching post in a group (PRODUCT §5).
 * Author only; no open findings; KEPT findings are redacted too (a keep was for colleagues
 * the author chose, not a whole group). Publishing the same case to the same group again
 * returns the first post. Audited as `case.export`.
 */
@Injectable()
export class TeachingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly posts: PostsService,
    private readonly audit: CaseAudit,
  ) {}

  async publish(viewer: Viewer, caseFileId: string, groupId: string): Promise<string> {
    const m = this.dataSource.manager;
    const { c } = await this.cases.require(viewer, caseFileId, CasePermission.OWNER);
    await this.cases.requireNoOpenFindings(m, c.id);
    const closed = await closedConsultationsOf(m, c.id);
    if (!closed.length) throw conflict('Chỉ ca bệnh đã kết thúc hội chẩn mới đăng làm ca học tập được.', 'caseFileId');
    const kept = await findingsOf(m, c.id, ['KEPT'], c.version);
    const body = teachingBody(redactContent(contentOf(c), kept), closed);
    const postId = await this.posts.create(viewer, { body, visibility: Visibility.GROUP, groupId, clientId: `teaching-case-${c.id}-${groupId}` });
    await this.audit.record(viewer.id, 'case.export', c.id, { as: 'TEACHING_POST', postId, groupId, version: c.version });
    return postId;
  }
}
