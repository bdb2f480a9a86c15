import { useEffect, useMemo, useState } from 'react';
import { useFacilityNames } from '../../shared/phi/everydayPhi';
import { useKnownIdentity } from './knownIdentity';
import { loadDeid, type PhiFinding } from './phi';

export const SCAN_DEBOUNCE_MS = 150;

/**
 * Live findings of the in-browser detector for `text`, debounced. The server's scan after
 * saving stays the authority; this only helps the author see what will be flagged.
 */
export function usePhiScan(text: string, enabled = true): PhiFinding[] {
  const [result, setResult] = useState<{ text: string; findings: PhiFinding[] }>({ text: '', findings: [] });
  // the private identity panel's values (browser only): their occurrences are flagged too
  const known = useKnownIdentity()?.known;
  // the directory's facility names are never a patient's name (as on the server)
  const facilities = useFacilityNames();
  useEffect(() => {
    if (!enabled || !text.trim()) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void loadDeid()
        .then((deid) => {
          if (!cancelled) setResult({ text, findings: deid.scanText(text, { known, allow: { facilities } }) });
        })
        .catch(() => {
          /* the detector chunk failed to load (offline): no live hints, the server still scans */
        });
    }, SCAN_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [text, enabled, known, facilities]);
  return useMemo(() => {
    if (!enabled || !text.trim()) return NONE;
    // Until the new scan lands, keep only the old spans that still match the text (no flicker, no stale marks).
    return result.text === text ? result.findings : result.findings.filter((f) => text.slice(f.start, f.end) === f.text);
  }, [enabled, text, result]);
}

const NONE: PhiFinding[] = [];
