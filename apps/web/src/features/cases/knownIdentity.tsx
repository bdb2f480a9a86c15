import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { KnownIdentity } from '@ketnoi/deid';

/**
 * The patient's own identifiers, typed by the author in the private identity panel. They
 * live in this React state only: never sent to the server, never stored (no localStorage,
 * no GraphQL document), gone when the editor closes. The in-browser scan flags every
 * occurrence of them and of their parts.
 */
interface KnownIdentityState {
  known: KnownIdentity;
  setKnown: (known: KnownIdentity) => void;
}

const KnownIdentityContext = createContext<KnownIdentityState | null>(null);

export function KnownIdentityProvider({ children }: { children: ReactNode }) {
  const [known, setKnown] = useState<KnownIdentity>({});
  const value = useMemo(() => ({ known, setKnown }), [known]);
  return <KnownIdentityContext.Provider value={value}>{children}</KnownIdentityContext.Provider>;
}

/** The known values (empty outside the case editor). */
export function useKnownIdentity(): KnownIdentityState | null {
  return useContext(KnownIdentityContext);
}
