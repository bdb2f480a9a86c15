import DataLoader from 'dataloader';

export interface LoaderDefinition<K, V> {
  readonly name: string;
  readonly batch: (keys: readonly K[]) => Promise<(V | Error)[]>;
  readonly options?: DataLoader.Options<K, V, K>;
}

let counter = 0;

/**
 * Declares a batch loader once (usually in a service constructor); each request gets
 * its own DataLoader instance from `RequestLoaders`, so caches never leak between users.
 */
export function defineLoader<K, V>(
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
  options?: DataLoader.Options<K, V, K>,
): LoaderDefinition<K, V> {
  return { name: `${name}#${++counter}`, batch, options };
}

/**
 * Loaders one event's deliveries may share across subscribers: only definitions whose
 * results do not depend on who asks (a message by id, a user by id) may be listed.
 */
export interface SharedLoaders {
  readonly loaders: RequestLoaders;
  /** Names of the shared definitions (`LoaderDefinition.name`). */
  readonly names: ReadonlySet<string>;
}

export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly shared?: SharedLoaders) {}

  get<K, V>(def: LoaderDefinition<K, V>): DataLoader<K, V> {
    if (this.shared?.names.has(def.name)) return this.shared.loaders.get(def);
    let loader = this.loaders.get(def.name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => def.batch(keys), def.options);
      this.loaders.set(def.name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders `rows` to match `keys`; missing keys get `fallback` (usually null). */
export function byKeys<K, R, V = R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K, fallback: V | null = null, map?: (r: R) => V): (V | null)[] {
  const index = new Map<K, R>();
  for (const r of rows) index.set(keyOf(r), r);
  return keys.map((k) => {
    const row = index.get(k);
    return row === undefined ? fallback : map ? map(row) : (row as unknown as V);
  });
}
