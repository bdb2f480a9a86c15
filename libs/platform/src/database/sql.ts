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
  private readonly columns: { property: string; db: string; date: boolean }[];
  /** Per prefix: [property, result key] pairs and the id's key (built once, read per row). */
  private readonly keys = new Map<string, { id: string; pairs: [string, string][] }>();

  constructor(dataSource: DataSource, target: EntityTarget<T>) {
    this.columns = dataSource
      .getMetadata(target)
      .columns.filter((c) => !SKIPPED_COLUMNS.has(c.databaseName))
      .map((c) => ({ property: c.propertyName, db: c.databaseName, date: /^timestamp/.test(String(c.type)) }));
  }

  /** The entity from a row converted by `row_to_json` (dates arrive as ISO strings). */
  fromJson(json: Record<string, unknown> | null): T | null {
    if (!json) return null;
    const out: Record<string, unknown> = {};
    for (const c of this.columns) {
      const v = json[c.db];
      out[c.property] = c.date && typeof v === 'string' ? new Date(v) : v;
    }
    return out as T;
  }

  select(alias: string, prefix: string): string {
    return this.columns.map((c) => `${alias}."${c.db}" AS "${prefix}${c.db}"`).join(', ');
  }

  /**
   * Reads the entity from array rows (node-postgres rowMode "array") of a result with
   * these column names; the column positions are looked up once, not per row.
   */
  reader(fields: string[], prefix: string): (row: unknown[]) => T | null {
    const id = fields.indexOf(`${prefix}id`);
    const pairs = this.columns.map((c) => [c.property, fields.indexOf(`${prefix}${c.db}`)] as const);
    if (id < 0 || pairs.some(([, i]) => i < 0)) throw new Error(`columns of "${prefix}" missing from the result`);
    return (row) => {
      if (row[id] === null || row[id] === undefined) return null;
      const out: Record<string, unknown> = {};
      for (const [property, i] of pairs) out[property] = row[i];
      return out as T;
    };
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
