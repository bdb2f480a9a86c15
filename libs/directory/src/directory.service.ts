import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PROVINCES, SPECIALTIES, foldVietnamese, provinceByCode, specialtyByCode } from '@ketnoi/reference';
import { badInput, byKeys, decodeCursor, defineLoader, pageSize, toConnection, whereAllWords, type Connection } from '@ketnoi/platform';
import { FacilityEntity, ProvinceEntity, SpecialtyEntity } from './entities';

@Injectable()
export class DirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  readonly facilityById = defineLoader<string, FacilityEntity | null>('facilityById', async (ids) => {
    const rows = await this.dataSource.getRepository(FacilityEntity).createQueryBuilder('f').where('f.id = ANY(:ids)', { ids }).getMany();
    return byKeys(ids, rows, (r) => r.id);
  });

  /** Makes the reference tables match the reference library (idempotent). */
  async syncReferenceData(): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.createQueryBuilder().insert().into(ProvinceEntity).values(PROVINCES.map((p) => ({ code: p.code, name: p.name }))).orUpdate(['name'], ['code']).execute();
      await m
        .createQueryBuilder()
        .insert()
        .into(SpecialtyEntity)
        .values(SPECIALTIES.map((s) => ({ code: s.code, name: s.name, nameEn: s.nameEn })))
        .orUpdate(['name', 'name_en'], ['code'])
        .execute();
    });
  }

  provinces() {
    return PROVINCES;
  }

  specialties() {
    return SPECIALTIES;
  }

  requireProvince(code: string, field = 'provinceCode') {
    const p = provinceByCode(code);
    if (!p) throw badInput(field, 'Mã tỉnh/thành phố không hợp lệ.');
    return p;
  }

  requireSpecialty(code: string, field = 'specialtyCode') {
    const s = specialtyByCode(code);
    if (!s) throw badInput(field, 'Chuyên khoa không hợp lệ.');
    return s;
  }

  async facilities(args: { provinceCode?: string | null; search?: string | null; first?: number | null; after?: string | null }): Promise<Connection<FacilityEntity>> {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['text', 'uuid']);
    const qb = this.dataSource.getRepository(FacilityEntity).createQueryBuilder('f');
    if (args.provinceCode) {
      this.requireProvince(args.provinceCode);
      qb.andWhere('f.province_code = :province', { province: args.provinceCode });
    }
    const search = args.search ? foldVietnamese(args.search) : '';
    if (search.length > 100) throw badInput('search', 'Từ khóa tìm kiếm quá dài (tối đa 100 ký tự).');
    whereAllWords(qb, 'f.search_text', search);
    if (after) qb.andWhere('(f.name, f.id) > (:an, :ai)', { an: after[0], ai: after[1] });
    const rows = await qb.orderBy('f.name', 'ASC').addOrderBy('f.id', 'ASC').limit(size + 1).getMany();
    return toConnection(rows, size, (f) => [f.name, f.id]);
  }

  async createFacility(input: Omit<FacilityEntity, 'searchText' | 'createdAt' | 'province'>): Promise<FacilityEntity> {
    const repo = this.dataSource.getRepository(FacilityEntity);
    const entity = repo.create({ ...input, searchText: foldVietnamese(input.name) });
    await repo.insert(entity);
    return entity;
  }
}
