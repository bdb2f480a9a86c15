import { FacilitySql } from '@ketnoi/directory';

/**
 * SQL cases exports on purpose for staffing analytics (consult demand), so that feature
 * never names the consultation tables. One row per consultation request that was not
 * cancelled; no patient content.
 *
 * Columns: specialty_code (the requested specialty, or NULL), target_facility_id, province_code (the case's
 * province, else the target facility's), created_at, answered_in_time (answered no later
 * than its urgency's due time).
 */
export const ConsultationSql = {
  demandRows: () =>
    `SELECT _cs_k.target_specialty_code AS specialty_code,
            coalesce(_cs_c.province_code, ${FacilitySql.provinceOf('_cs_k.target_facility_id')}) AS province_code,
            _cs_k.target_facility_id,
            _cs_k.created_at,
            (_cs_k.answered_at IS NOT NULL AND _cs_k.answered_at <= _cs_k.due_at) AS answered_in_time
       FROM consultations _cs_k JOIN case_files _cs_c ON _cs_c.id = _cs_k.case_file_id
      WHERE _cs_k.status <> 'CANCELLED'`,
};
