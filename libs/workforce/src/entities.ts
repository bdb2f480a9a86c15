import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A person a facility admin imported (staff not on the platform). Written only by roster imports. */
@Entity('workforce_roster_entries')
@Index('workforce_roster_entries_facility_idx', ['facilityId', 'searchText', 'id'])
@Index('workforce_roster_entries_license_idx', ['licenseNumber'])
export class RosterEntryEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** A facility in directory (no foreign key across features; the import checks it exists). */
  @Column('uuid')
  facilityId: string;

  @Column('text')
  fullName: string;

  /** Folded full name (no diacritics, lower case): search and the (name, birth year) key. */
  @Column('text')
  searchText: string;

  @Column('text')
  profession: string;

  @Column({ type: 'text', nullable: true })
  specialtyCode: string | null;

  @Column('text')
  sex: string;

  @Column({ type: 'int', nullable: true })
  birthYear: number | null;

  /** Upper case. */
  @Column({ type: 'text', nullable: true })
  licenseNumber: string | null;

  @Column({ type: 'date', nullable: true })
  licenseValidUntil: string | null;

  @Column({ type: 'text', nullable: true })
  position: string | null;

  @Column({ type: 'numeric', precision: 6, scale: 1, nullable: true })
  cmeHours: string | null;

  /** The import that last wrote this row. */
  @Column('uuid')
  importId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** Every import attempt (dry runs and refused ones too): the history admins see. */
@Entity('workforce_roster_imports')
@Index('workforce_roster_imports_facility_idx', ['facilityId', 'createdAt', 'id'])
export class RosterImportEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  facilityId: string;

  @Column('uuid')
  importedById: string;

  @Column('uuid')
  uploadId: string;

  @Column('text')
  fileName: string;

  /** REJECTED or IMPORTED (a clean dry run is IMPORTED with dryRun = true and nothing written). */
  @Column('text')
  status: string;

  @Column('boolean')
  dryRun: boolean;

  @Column('int')
  rowsTotal: number;

  @Column('int')
  rowsImported: number;

  /** Roster rows of the facility that the file no longer lists (removed by a real import). */
  @Column('int', { default: 0 })
  rowsRemoved: number;

  /** [{row, column, message}] — Vietnamese messages, no cell values beyond what the admin typed. */
  @Column('jsonb', { default: () => "'[]'" })
  errors: { row: number; column: string; message: string }[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * The registry: verified members and roster rows merged (one row per person; a roster row
 * whose licence number a verified member holds is left out — the member wins). Derived:
 * rebuilt per facility inside each import's transaction and fully by the refresh job.
 */
@Entity('workforce_registry')
@Index('workforce_registry_facility_idx', ['facilityId', 'searchText', 'id'])
@Index('workforce_registry_province_idx', ['provinceCode', 'searchText', 'id'])
@Index('workforce_registry_search_idx', ['searchText', 'id'])
export class RegistryEntryEntity {
  /** The user id for members, the roster entry id for roster rows. */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column('uuid')
  facilityId: string;

  @Column('text')
  provinceCode: string;

  @Column('text')
  facilityLevel: string;

  @Column('text')
  facilityKind: string;

  @Column('text')
  fullName: string;

  @Column('text')
  searchText: string;

  @Column('text')
  profession: string;

  @Column({ type: 'text', nullable: true })
  specialtyCode: string | null;

  @Column('text')
  sex: string;

  @Column({ type: 'int', nullable: true })
  birthYear: number | null;

  @Column({ type: 'text', nullable: true })
  licenseNumber: string | null;

  @Column({ type: 'date', nullable: true })
  licenseValidUntil: string | null;

  @Column({ type: 'text', nullable: true })
  position: string | null;

  /** Imported CME hours (roster rows); training-ledger credits are added when figures are computed. */
  @Column({ type: 'numeric', precision: 6, scale: 1, nullable: true })
  cmeHours: string | null;
}

/**
 * Pre-aggregated counts of the registry by province × level × profession × specialty × sex ×
 * age band (the dashboard's cells). Rebuilt per province with each import and fully by the
 * refresh job, so country and province figures read a few thousand rows, not the registry.
 */
@Entity('workforce_cells')
@Index('workforce_cells_province_idx', ['provinceCode', 'profession'])
export class WorkforceCellEntity {
  @PrimaryColumn('text')
  provinceCode: string;

  @PrimaryColumn('text')
  facilityLevel: string;

  @PrimaryColumn('text')
  profession: string;

  /** '' when none. */
  @PrimaryColumn('text')
  specialtyCode: string;

  @PrimaryColumn('text')
  sex: string;

  @PrimaryColumn('text')
  ageBand: string;

  @Column('int')
  headcount: number;

  @Column('int')
  onPlatform: number;

  @Column('int')
  renewalsDue: number;

  @Column('int')
  cmeBehind: number;
}

/** Population denominators per province (replaceable by a ministry admin). */
@Entity('workforce_population')
export class PopulationEntity {
  @PrimaryColumn('text')
  provinceCode: string;

  @Column('int')
  population: number;

  @Column('text')
  source: string;

  @Column('int')
  year: number;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** Reference data a ministry admin sets: CME hours required per licence period. One row, key 'CME'. */
@Entity('workforce_settings')
export class WorkforceSettingsEntity {
  @PrimaryColumn('text')
  key: string;

  @Column('int')
  cmeHoursPerPeriod: number;

  @Column('int')
  licencePeriodYears: number;

  /** When the figures (registry and cells) were last rebuilt in full. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  refreshedAt: Date | null;
}

export const WORKFORCE_ENTITIES = [RosterEntryEntity, RosterImportEntity, RegistryEntryEntity, WorkforceCellEntity, PopulationEntity, WorkforceSettingsEntity];
