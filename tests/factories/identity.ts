import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/app';

export const PASSWORD = 'Cây đa giếng nước sân đình';

const uniq = () => randomBytes(4).toString('hex');

export async function createFacility(
  app: TestApp,
  overrides: Partial<{ name: string; provinceCode: string; level: string; kind: string }> = {},
): Promise<{ id: string; provinceCode: string }> {
  const id = crypto.randomUUID();
  const name = overrides.name ?? `Bệnh viện Thử nghiệm ${uniq()}`;
  const provinceCode = overrides.provinceCode ?? '01';
  await app.sql(
    `INSERT INTO facilities (id, name, search_text, level, kind, ownership, province_code)
     VALUES ($1, $2, lower($3), $4, $5, 'PROVINCIAL', $6)`,
    [id, name, name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd'), overrides.level ?? 'BASIC', overrides.kind ?? 'HOSPITAL', provinceCode],
  );
  return { id, provinceCode };
}

export interface TestUser {
  id: string;
  email: string;
  accessToken: string;
  refreshToken: string;
}

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      refreshToken
      user {
        id
        verificationStatus
      }
    }
  }
`;

/** Registers through the API (PENDING), then optionally promotes in SQL and logs in again. */
export async function registerUser(
  app: TestApp,
  opts: {
    facilityId: string;
    fullName?: string;
    email?: string;
    profession?: string;
    specialtyCode?: string;
    status?: string;
    roles?: string[];
    scopeProvinceCode?: string;
  },
): Promise<TestUser> {
  const email = opts.email ?? `user-${uniq()}@test.ketnoi.vn`;
  const res = await app.gql(REGISTER, {
    input: {
      fullName: opts.fullName ?? 'Nguyễn Văn Thử',
      email,
      password: PASSWORD,
      profession: opts.profession ?? 'PHYSICIAN',
      specialtyCode: opts.specialtyCode,
      facilityId: opts.facilityId,
    },
  });
  if (res.errors) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  const id = res.data!.register.user.id as string;
  if (opts.status || opts.roles || opts.scopeProvinceCode) {
    await app.sql(
      `UPDATE users SET verification_status = coalesce($2, verification_status), roles = coalesce($3, roles),
              scope_province_code = $4 WHERE id = $1`,
      [id, opts.status ?? null, opts.roles ?? null, opts.scopeProvinceCode ?? null],
    );
  }
  return { id, email, accessToken: res.data!.register.accessToken, refreshToken: res.data!.register.refreshToken };
}

export async function verifiedUser(
  app: TestApp,
  facilityId: string,
  extra: Parameters<typeof registerUser>[1] extends infer O ? Partial<O> : never = {},
): Promise<TestUser> {
  return registerUser(app, { facilityId, status: 'VERIFIED', ...extra });
}
