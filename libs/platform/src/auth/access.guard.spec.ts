import { checkAccess } from './access.guard';
import { DomainError } from '../graphql/errors';
import type { Viewer } from './viewer';

const viewer = (over: Partial<Viewer> = {}): Viewer => ({
  id: 'u',
  sessionId: 's',
  roles: ['MEMBER'],
  verificationStatus: 'VERIFIED',
  facilityId: null,
  provinceCode: null,
  ...over,
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('checkAccess', () => {
  it('lets anyone through public rules, even with a bad token', () => {
    expect(codeOf(() => checkAccess({ kind: 'public' }, { viewer: null, authError: 'bad' }))).toBe('OK');
  });
  it('turns a bad token into UNAUTHENTICATED everywhere else', () => {
    expect(codeOf(() => checkAccess({ kind: 'optional' }, { viewer: null, authError: 'bad' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => checkAccess({ kind: 'optional' }, { viewer: null }))).toBe('OK');
  });
  it('separates pending, suspended, verified and role holders', () => {
    const pending = viewer({ verificationStatus: 'PENDING' });
    const suspended = viewer({ verificationStatus: 'SUSPENDED' });
    const admin = viewer({ roles: ['MEMBER', 'FACILITY_ADMIN'] });
    expect(codeOf(() => checkAccess({ kind: 'authenticated' }, { viewer: null }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => checkAccess({ kind: 'authenticated' }, { viewer: pending }))).toBe('OK');
    expect(codeOf(() => checkAccess({ kind: 'authenticated' }, { viewer: suspended }))).toBe('FORBIDDEN');
    expect(codeOf(() => checkAccess({ kind: 'verified' }, { viewer: pending }))).toBe('FORBIDDEN');
    expect(codeOf(() => checkAccess({ kind: 'verified' }, { viewer: viewer() }))).toBe('OK');
    expect(codeOf(() => checkAccess({ kind: 'roles', roles: ['FACILITY_ADMIN'] }, { viewer: viewer() }))).toBe('FORBIDDEN');
    expect(codeOf(() => checkAccess({ kind: 'roles', roles: ['FACILITY_ADMIN'] }, { viewer: admin }))).toBe('OK');
    expect(codeOf(() => checkAccess({ kind: 'roles', roles: ['FACILITY_ADMIN'] }, { viewer: { ...admin, verificationStatus: 'PENDING' } }))).toBe('FORBIDDEN');
  });
});
