import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { PROVINCES, SPECIALTIES, foldVietnamese } from '@ketnoi/reference';
import { byKeys, decodeCursor, defineLoader, isUuid, pageSize, toConnection, type Connection } from '@ketnoi/platform';
import { allFacilityNames, facilityPage } from './directory.queries';
import { FacilityEntity, ProvinceEntity, SpecialtyEntity } from './entities';
import type { FacilitiesArgs } from './types';

@Injectable()
export class DirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  readonly facilityById = defineLoader<string, FacilityEntity | null>('facilityById', async (ids) => {
    const rows = await this.dataSource.getRepository(FacilityEntity).findBy({ id: In(ids.filter(isUuid)) });
    return byKeys(ids, rows, (r) => r.id);
  });

  private names: { at: number; list: Promise<string[]> } | null = null;

  /**
   * The names of every facility in the directory, for the detector's "not a patient's
   * name" list (cached for five minutes: facilities are added rarely).
   */
  facilityNames(): Promise<string[]> {
    if (!this.names || Date.now() - this.names.at > 5 * 60_000) {
      const list = allFacilityNames(this.dataSource.manager);
      this.names = { at: Date.now(), list };
      list.catch(() => (this.names = null));
    }
    return this.names.list;
  }

  /** One facility by id, or null. */
  facility(id: string): Promise<FacilityEntity | null> {
    return isUuid(id) ? this.dataSource.getRepository(FacilityEntity).findOneBy({ id }) : Promise.resolve(null);
  }

  /** Makes the reference tables match the reference library (idempotent). */
  async syncReferenceData(): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.upsert(
        ProvinceEntity,
        PROVINCES.map((p) => ({ code: p.code, name: p.name })),
        ['code'],
      );
      await m.upsert(
        SpecialtyEntity,
        SPECIALTIES.map((s) => ({ code: s.code, name: s.name, nameEn: s.nameEn })),
        ['code'],
      );
    });
  }

  provinces() {
    return PROVINCES;
  }

  specialties() {
    return SPECIALTIES;
  }

  /** Facilities by name; input checked by FacilitiesArgs. */
  async facilities(args: FacilitiesArgs): Promise<Connection<FacilityEntity>> {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['text', 'uuid']);
    const rows = await facilityPage(this.dataSource.manager, {
      provinceCode: args.provinceCode || null,
      search: args.search ? foldVietnamese(args.search) : '',
      after,
      limit: size + 1,
    });
    return toConnection(rows, size, (f) => [f.name, f.id]);
  }

  async createFacility(input: Omit<FacilityEntity, 'searchText' | 'createdAt' | 'province'>): Promise<FacilityEntity> {
    const repo = this.dataSource.getRepository(FacilityEntity);
    const entity = repo.create({ ...input, searchText: foldVietnamese(input.name) });
    await repo.insert(entity);
    this.names = null;
    return entity;
  }
}
