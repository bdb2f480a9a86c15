import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, ConfigError, LOGGER, newId } from '@ketnoi/platform';
import { Role, foldVietnamese } from '@ketnoi/reference';
import { DirectoryService, FacilityEntity } from '@ketnoi/directory';
import { AuthService, UserEntity, hashPassword, passwordProblem } from '@ketnoi/identity';
import { DEMO_FACILITIES, DEMO_PASSWORD, allDemoAccounts } from './demo-data';
import { DemoBroadcastsSeeder } from './demo-broadcasts';
import { DemoSocialSeeder } from './demo-social';
import { RegistryRefresh } from '@ketnoi/workforce';
import { seedDemoWorkforce } from './demo-workforce';
import { DemoLiveSeeder } from './demo-live';

/** Start-up data: reference tables always, the configured admin, demo data on an empty database. */
@Injectable()
export class SeedService {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
    private readonly demoSocial: DemoSocialSeeder,
    private readonly demoBroadcasts: DemoBroadcastsSeeder,
    private readonly workforceRefresh: RegistryRefresh,
    private readonly demoLive: DemoLiveSeeder,
  ) {
    this.logger = logger.child({ component: 'seed' });
  }

  async run(): Promise<void> {
    await this.directory.syncReferenceData();
    if (this.config.seedDemo) await this.seedDemoIfEmpty();
    if (this.config.admin) {
      const problem = passwordProblem(this.config.admin.password, [this.config.admin.email.split('@')[0]]);
      if (problem) throw new ConfigError([`ADMIN_PASSWORD is refused by the password policy: ${problemInEnglish(problem)}`]);
      await this.auth.ensurePlatformAdmin(this.config.admin.email, this.config.admin.password);
      this.logger.info('platform admin from ADMIN_EMAIL ensured');
    }
  }

  async seedDemoIfEmpty(): Promise<boolean> {
    const [{ n }] = await this.dataSource.query('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM facilities) AS n');
    if (Number(n) > 0) return false;
    const started = Date.now();
    // One hash for every demo account: they share the documented demo password.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await this.dataSource.transaction(async (m) => {
      const facilityIds = new Map<string, string>();
      const facilities = DEMO_FACILITIES.map((f) => {
        const id = newId();
        facilityIds.set(f.key, id);
        return { id, name: f.name, searchText: foldVietnamese(f.name), level: f.level, kind: f.kind, ownership: f.ownership, provinceCode: f.provinceCode };
      });
      await m.insert(FacilityEntity, facilities);
      const users = allDemoAccounts().map((a) => ({
        id: newId(),
        email: a.email,
        passwordHash,
        fullName: a.fullName,
        searchText: foldVietnamese(a.fullName),
        profession: a.profession,
        specialtyCode: a.specialtyCode ?? null,
        facilityId: facilityIds.get(a.facilityKey) ?? null,
        scopeProvinceCode: a.roles.includes(Role.DEPARTMENT_ADMIN) ? (a.scopeProvinceCode ?? null) : null,
        roles: [...a.roles],
        verificationStatus: a.verificationStatus,
        verifiedAt: a.verificationStatus === 'VERIFIED' ? new Date() : null,
        title: a.title ?? null,
        bio: a.bio ?? null,
        licenseNumber: a.licenseNumber ?? null,
      }));
      await m.insert(UserEntity, users);
    });
    const social = await this.demoSocial.seed();
    await this.demoLive.seed(social.byHandle, social.groupIds);
    await this.demoBroadcasts.seed();
    const workforceRows = await seedDemoWorkforce(this.dataSource, this.workforceRefresh);
    this.logger.info({ rows: workforceRows }, 'demo workforce registry seeded');
    this.logger.info({ ms: Date.now() - started, facilities: DEMO_FACILITIES.length }, 'demo data seeded');
    return true;
  }
}

/** Start-up messages are for operators; the policy's messages are Vietnamese user text. */
function problemInEnglish(problem: string): string {
  if (/phổ biến/.test(problem)) return 'it is a common password';
  if (/dễ đoán/.test(problem))
    return 'it is too easy to guess (strength score below 3 of 4: common words, names, dates, sequences or keyboard runs); use a longer passphrase';
  if (/lặp lại/.test(problem)) return 'it repeats one character';
  if (/e-mail hoặc tên/.test(problem)) return 'it contains the e-mail name';
  if (/tối đa/.test(problem)) return 'it is longer than 128 characters';
  return 'it is too short';
}
