import { useEffect, type ReactNode } from 'react';
import { session } from './session';

/** Restores the session from the stored refresh token once, on load. */
export function AuthBootstrap({ children }: { children: ReactNode }) {
  useEffect(() => {
    void session.restore();
  }, []);
  return <>{children}</>;
}
