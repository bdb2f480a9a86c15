import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

@Entity('provinces')
export class ProvinceEntity {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  name: string;
}

@Entity('specialties')
export class SpecialtyEntity {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  nameEn: string;
}

@Entity('facilities')
@Index('facilities_province_name_idx', ['provinceCode', 'name', 'id'])
@Index('facilities_name_idx', ['name', 'id'])
// GIN trigram index on search_text is created by the migration (TypeORM cannot express it).
@Index('facilities_search_trgm_idx', { synchronize: false })
export class FacilityEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  /** Folded (no diacritics, đ→d, lower case) name for accent-insensitive search. */
  @Column('text')
  searchText: string;

  @Column('text')
  level: string;

  @Column('text')
  kind: string;

  @Column('text')
  ownership: string;

  @Column('text')
  provinceCode: string;

  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code' })
  province?: ProvinceEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
