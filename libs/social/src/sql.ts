import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** Builds positional parameters ($1, $2, …) while composing SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Columns never read into memory by the post pages (they are never shown). */
const SKIPPED_COLUMNS = new Set(['password_hash']);

/**
 * Selects an entity's columns under a prefix (`u.full_name AS "u_full_name"`) so one
 * statement can return several entities side by side; `hydrate` reads them back into
 * the shape TypeORM would have produced. Used to prime DataLoaders from a joined query.
 */
export class EntityColumns<T extends ObjectLiteral> {
  private readonly columns: { property: string; db: string }[];
  /** Per prefix: [property, result key] pairs and the id's key (built once, read per row). */
  private readonly keys = new Map<string, { id: string; pairs: [string, string][] }>();

  constructor(dataSource: DataSource, target: EntityTarget<T>) {
    this.columns = dataSource
      .getMetadata(target)
      .columns.filter((c) => !SKIPPED_COLUMNS.has(c.databaseName))
      .map((c) => ({ property: c.propertyName, db: c.databaseName }));
  }

  select(alias: string, prefix: string): string {
    return this.columns.map((c) => `${alias}."${c.db}" AS "${prefix}${c.db}"`).join(', ');
  }

  /** null when the row has no such entity (a LEFT JOIN that found nothing). */
  hydrate(raw: Record<string, unknown>, prefix: string): T | null {
    let k = this.keys.get(prefix);
    if (!k) {
      k = { id: `${prefix}id`, pairs: this.columns.map((c) => [c.property, `${prefix}${c.db}`]) };
      this.keys.set(prefix, k);
    }
    if (raw[k.id] === null || raw[k.id] === undefined) return null;
    const out: Record<string, unknown> = {};
    for (const [property, key] of k.pairs) out[property] = raw[key];
    return out as T;
  }
}
