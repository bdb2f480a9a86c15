/** Who may publish: the ministry (national) and department admins (their province). */
export function publisherRole(viewer: { roles: readonly string[]; verificationStatus: string } | null): 'MINISTRY' | 'DEPARTMENT' | null {
  if (!viewer || viewer.verificationStatus !== 'VERIFIED') return null;
  if (viewer.roles.includes('MINISTRY_ADMIN')) return 'MINISTRY';
  if (viewer.roles.includes('DEPARTMENT_ADMIN')) return 'DEPARTMENT';
  return null;
}
