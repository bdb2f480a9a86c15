import { FacilityLevel, foldVietnamese, Profession, provinceByCode, Role, specialtyByCode, VerificationStatus } from '@ketnoi/reference';
import { passwordProblem } from '@ketnoi/identity';
import { allDemoAccounts, DEMO_ACCOUNTS, DEMO_FACILITIES, DEMO_PASSWORD, demoFacilityByKey, DemoWorker, generateDemoWorkers, mulberry32 } from './demo-data';

const CLINICAL_SPECIALTY_BY_PROFESSION: Partial<Record<Profession, readonly string[]>> = {
  [Profession.PHARMACIST]: ['CLINICAL_PHARMACY'],
  [Profession.MIDWIFE]: ['OBSTETRICS_GYNECOLOGY', 'NEONATOLOGY'],
  [Profession.MEDICAL_TECHNICIAN]: ['LABORATORY', 'RADIOLOGY', 'REHABILITATION', 'PATHOLOGY'],
  [Profession.TRADITIONAL_MEDICINE]: ['TRADITIONAL_MEDICINE'],
};

describe('mulberry32', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('DEMO_FACILITIES', () => {
  it('has unique keys and names, valid provinces', () => {
    expect(DEMO_FACILITIES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(DEMO_FACILITIES.map((f) => f.key)).size).toBe(DEMO_FACILITIES.length);
    expect(new Set(DEMO_FACILITIES.map((f) => f.name)).size).toBe(DEMO_FACILITIES.length);
    for (const f of DEMO_FACILITIES) {
      expect(f.key).toMatch(/^[a-z0-9-]+$/);
      expect(provinceByCode(f.provinceCode)).toBeDefined();
    }
  });

  it('covers all three technical levels', () => {
    const levels = new Set(DEMO_FACILITIES.map((f) => f.level));
    expect([...levels].sort()).toEqual(Object.values(FacilityLevel).sort());
  });

  it('spans at least 6 provinces, including the big five cities', () => {
    const provinces = new Set(DEMO_FACILITIES.map((f) => f.provinceCode));
    expect(provinces.size).toBeGreaterThanOrEqual(6);
    for (const code of ['01', '79', '46', '48', '92']) expect(provinces.has(code)).toBe(true);
  });

  it('includes the named anchor hospitals', () => {
    expect(demoFacilityByKey('bach-mai')?.name).toBe('Bệnh viện Bạch Mai');
    expect(demoFacilityByKey('cho-ray')?.level).toBe(FacilityLevel.SPECIALIZED);
    expect(demoFacilityByKey('trung-uong-hue')?.provinceCode).toBe('46');
  });
});

describe('DEMO_ACCOUNTS', () => {
  const byEmail = new Map(DEMO_ACCOUNTS.map((a) => [a.email, a]));

  it('documents the shared password', () => {
    expect(DEMO_PASSWORD).toBe('Ketnoi-Demo-Tim-Phoi-2026');
    expect(passwordProblem(DEMO_PASSWORD)).toBeNull();
  });

  it('has the five named accounts with the right roles', () => {
    expect(byEmail.get('admin.bachmai@demo.ketnoi.vn')).toMatchObject({ facilityKey: 'bach-mai' });
    expect(byEmail.get('admin.bachmai@demo.ketnoi.vn')?.roles).toContain(Role.FACILITY_ADMIN);
    expect(byEmail.get('so.yte.hanoi@demo.ketnoi.vn')?.roles).toContain(Role.DEPARTMENT_ADMIN);
    expect(byEmail.get('so.yte.hanoi@demo.ketnoi.vn')?.scopeProvinceCode).toBe('01');
    expect(demoFacilityByKey(byEmail.get('so.yte.hanoi@demo.ketnoi.vn')!.facilityKey)?.provinceCode).toBe('01');
    expect(byEmail.get('bo.yte@demo.ketnoi.vn')?.roles).toContain(Role.MINISTRY_ADMIN);
    expect(byEmail.get('bs.lan@demo.ketnoi.vn')).toMatchObject({
      fullName: 'Nguyễn Thị Lan',
      profession: Profession.PHYSICIAN,
      specialtyCode: 'CARDIOLOGY',
      facilityKey: 'bach-mai',
      verificationStatus: VerificationStatus.VERIFIED,
    });
    const minh = byEmail.get('dd.minh@demo.ketnoi.vn');
    expect(minh).toMatchObject({ profession: Profession.NURSE, verificationStatus: VerificationStatus.PENDING });
    expect(demoFacilityByKey(minh!.facilityKey)?.kind).toBe('COMMUNE_HEALTH_STATION');
  });
});

describe('generateDemoWorkers', () => {
  const workers = generateDemoWorkers();
  const all: DemoWorker[] = allDemoAccounts();

  it('generates 50 by default and is deterministic', () => {
    expect(workers).toHaveLength(50);
    expect(generateDemoWorkers()).toEqual(workers);
    expect(generateDemoWorkers(20)).toEqual(workers.slice(0, 20));
    expect(generateDemoWorkers(0)).toEqual([]);
  });

  it('does not let callers corrupt later calls', () => {
    const first = generateDemoWorkers(3);
    first[0].fullName = 'changed';
    first[0].roles.push(Role.PLATFORM_ADMIN);
    expect(generateDemoWorkers(3)).toEqual(workers.slice(0, 3));
  });

  it('has unique, ASCII, lower-case e-mails across all demo accounts', () => {
    const emails = all.map((a) => a.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const e of emails) expect(e).toMatch(/^[a-z0-9.]+@demo\.ketnoi\.vn$/);
    // firstname.lastname.N
    for (const [i, w] of workers.entries()) {
      const parts = w.fullName.split(' ');
      const given = foldVietnamese(parts[parts.length - 1]);
      const family = foldVietnamese(parts[0]);
      expect(w.email).toBe(`${given}.${family}.${i + 1}@demo.ketnoi.vn`);
    }
  });

  it('has unique licence numbers in a plausible format', () => {
    const licences = all.map((a) => a.licenseNumber).filter((l): l is string => !!l);
    expect(new Set(licences).size).toBe(licences.length);
    for (const l of licences) expect(l).toMatch(/^\d{6}\/[A-Z0-9]{2,4}-CCHN$/);
    for (const w of workers) expect(w.licenseIssuedOn).toMatch(/^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/);
  });

  it('refers only to existing facilities and specialties', () => {
    for (const a of all) {
      expect(demoFacilityByKey(a.facilityKey)).toBeDefined();
      if (a.specialtyCode !== undefined) expect(specialtyByCode(a.specialtyCode)).toBeDefined();
    }
  });

  it('keeps specialties consistent with professions', () => {
    for (const w of workers) {
      expect(w.specialtyCode).toBeDefined();
      const allowed = CLINICAL_SPECIALTY_BY_PROFESSION[w.profession];
      if (allowed) expect(allowed).toContain(w.specialtyCode);
      if (w.specialtyCode === 'NURSING') expect(w.profession).toBe(Profession.NURSE);
      if (w.specialtyCode === 'CLINICAL_PHARMACY') expect(w.profession).toBe(Profession.PHARMACIST);
    }
  });

  it('has realistic names, professions and statuses', () => {
    for (const w of workers) {
      expect(w.fullName.split(' ')).toHaveLength(3);
      expect(w.fullName).toBe(w.fullName.normalize('NFC'));
      expect(w.roles).toEqual([Role.MEMBER]);
      expect(w.bio).toContain(demoFacilityByKey(w.facilityKey)!.name);
      expect(w.title).toBeTruthy();
      expect(w.birthYear).toBeGreaterThanOrEqual(1966);
      expect(w.birthYear).toBeLessThanOrEqual(2002);
    }
    expect(new Set(workers.map((w) => w.fullName)).size).toBe(workers.length);
    const count = (p: Profession) => workers.filter((w) => w.profession === p).length;
    expect(count(Profession.PHYSICIAN) + count(Profession.NURSE)).toBeGreaterThanOrEqual(workers.length / 2);
    expect(count(Profession.PHYSICIAN)).toBeGreaterThan(0);
    expect(count(Profession.NURSE)).toBeGreaterThan(0);
    const pending = workers.filter((w) => w.verificationStatus === VerificationStatus.PENDING).length;
    expect(pending).toBeGreaterThan(0);
    expect(pending).toBeLessThan(workers.length / 4);
    expect(workers.filter((w) => w.fullName.startsWith('Nguyễn ')).length).toBeGreaterThan(5);
  });

  it('gives department-head titles only where there are departments', () => {
    for (const w of generateDemoWorkers(300)) {
      const kind = demoFacilityByKey(w.facilityKey)!.kind;
      if (kind === 'COMMUNE_HEALTH_STATION' || kind === 'CLINIC') expect(w.title).not.toMatch(/trưởng khoa/i);
    }
  });

  it('spreads workers over facilities of every level and at least 6 provinces', () => {
    const fs = workers.map((w) => demoFacilityByKey(w.facilityKey)!);
    expect(new Set(fs.map((f) => f.level)).size).toBe(3);
    expect(new Set(fs.map((f) => f.provinceCode)).size).toBeGreaterThanOrEqual(6);
  });
});
