import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { loadDeid, type PhiFinding } from '../../features/cases/phi';
import { FacilityNamesDocument } from './documents';

/** Identifiers that point at one person on their own: to a group or all members they need a reason (contract §9). */
export const HARD_KINDS: ReadonlySet<string> = new Set(['CCCD', 'CMND', 'HEALTH_INSURANCE', 'PHONE', 'RECORD_NUMBER']);

/** CASE: a case's discussion or a consultation answer (read by those the case is shared with). */
export type Audience = 'GROUP' | 'ALL_VERIFIED' | 'FOLLOWERS' | 'CHAT' | 'CASE';
/** Beyond the author's chosen colleagues: the findings are shown before sending. */
export const isWide = (audience: Audience) => audience === 'GROUP' || audience === 'ALL_VERIFIED';

export const SCAN_DEBOUNCE_MS = 150;

const NO_NAMES: string[] = [];
/**
 * The directory's facility names (one query, cached for the session): with the hospitals
 * the detector knows, never a patient's name — the same allow-list as the server's scan.
 */
export function useFacilityNames(): readonly string[] {
  const { data } = useQuery(FacilityNamesDocument, { fetchPolicy: 'cache-first' });
  return data?.facilityNames ?? NO_NAMES;
}

/**
 * Live findings of the in-browser detector for everyday writing. `people`: the names of
 * the members the text @mentions (never a patient's); the hospitals the detector knows are
 * never patients either. The server's own scan stays the rule.
 */
export function useEverydayPhi(text: string, people: readonly string[] = []): PhiFinding[] {
  const [result, setResult] = useState<{ text: string; findings: PhiFinding[] }>({ text: '', findings: [] });
  const peopleKey = people.join('\n');
  const facilities = useFacilityNames();
  useEffect(() => {
    if (!text.trim()) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void loadDeid()
        .then((deid) => {
          if (cancelled) return;
          const allow = { people: peopleKey ? peopleKey.split('\n') : [], facilities: [...deid.HOSPITAL_SHORT_NAMES, ...facilities] };
          setResult({ text, findings: deid.scanText(text, { allow }) });
        })
        .catch(() => {
          /* the detector chunk failed to load (offline): no live hints; the server still checks posts and comments */
        });
    }, SCAN_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [text, peopleKey, facilities]);
  return useMemo(() => {
    if (!text.trim()) return NONE;
    return result.text === text ? result.findings : result.findings.filter((f) => text.slice(f.start, f.end) === f.text);
  }, [text, result]);
}
const NONE: PhiFinding[] = [];

/** Scans once (for the check at send time, so a fast typist cannot outrun the debounce). */
export async function scanEveryday(text: string, people: readonly string[], facilities: readonly string[] = []): Promise<PhiFinding[]> {
  try {
    const deid = await loadDeid();
    return deid.scanText(text, { allow: { people, facilities: [...deid.HOSPITAL_SHORT_NAMES, ...facilities] } });
  } catch {
    return [];
  }
}

/** The hard identifiers the server refused (PHI_UNRESOLVED, extensions.findings), or null for any other error. */
export function unresolvedFindings(error: unknown): { kind: string; start: number; end: number }[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const e = error.errors.find((x) => x.extensions?.code === 'PHI_UNRESOLVED');
  if (!e) return null;
  const findings = e.extensions?.findings;
  return Array.isArray(findings) ? (findings as { kind: string; start: number; end: number }[]) : [];
}

/**
 * A case text the server refused for its findings (BAD_USER_INPUT with extensions.findings:
 * field, kind and span, never the text), or null for any other error.
 */
export function caseTextRefusal(error: unknown): { field: string; kind: string; start: number; end: number }[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const e = error.errors.find((x) => x.extensions?.code === 'BAD_USER_INPUT' && Array.isArray(x.extensions?.findings));
  return e ? (e.extensions!.findings as { field: string; kind: string; start: number; end: number }[]) : null;
}

/** Thrown when the author chose "edit" in the send check: nothing was sent. */
export class PhiEditRequested extends Error {
  constructor() {
    super('edit requested');
    this.name = 'PhiEditRequested';
  }
}
