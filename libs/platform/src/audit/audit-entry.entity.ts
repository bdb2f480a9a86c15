import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Append-only: the database refuses UPDATE and DELETE on this table (see migration). */
@Entity('audit_log')
@Index('audit_log_target_idx', ['targetType', 'targetId', 'at', 'id'])
@Index('audit_log_actor_idx', ['actorId', 'at'])
export class AuditEntryEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  targetType: string;

  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ type: 'boolean', default: true })
  allowed: boolean;

  /** Ids and codes only; never personal or patient data. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
