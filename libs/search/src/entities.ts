import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { PostEntity } from '@ketnoi/social';

/**
 * The folded text of each post for search (lower case, no diacritics, đ → d), kept by a
 * database trigger on posts (see the PostSearch migration), so the social feature does
 * not need to know search exists. Trigram GIN index created by the migration.
 */
@Entity('post_search')
@Index('post_search_trgm_idx', { synchronize: false })
export class PostSearchEntity {
  @PrimaryColumn('uuid')
  postId: string;

  @OneToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @Column('text')
  searchText: string;
}

export const SEARCH_ENTITIES = [PostSearchEntity];
