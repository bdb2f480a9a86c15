import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GraphQLInputType,
  GraphQLOutputType,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type { TestApp } from './app';

/** The committed schema, to enumerate operations from (a new operation is covered without editing tests). */
export const schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));

/**
 * A valid-looking value of `type`: required input fields (and, with `optionalIds`, optional ID
 * fields too); `id` fills every ID.
 */
export function sample(type: GraphQLInputType, id: () => string = randomUUID, optionalIds = false): unknown {
  if (isNonNullType(type)) return sample(type.ofType, id, optionalIds);
  if (isListType(type)) return [sample(type.ofType, id, optionalIds)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) || (optionalIds && getNamedType(f.type).name === 'ID'))
        .map((f) => [f.name, sample(f.type, id, optionalIds)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0].name;
  if (type.name === 'ID') return id();
  return ({ Int: 1, Float: 1, Boolean: true, JSON: {}, DateTime: new Date().toISOString() } as Record<string, unknown>)[type.name] ?? 'x';
}

/** `{ __typename }` for objects; connections also list their edges, so a leak shows. */
export function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isObjectType(named) && named.getFields().edges) return '{ __typename edges { cursor } }';
  return '{ __typename }';
}

/** A digest of every table but `except`: equal digests mean nothing was written. */
export async function fingerprint(app: TestApp, except: string[] = []): Promise<string> {
  const tables = await app.sql<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const parts = tables
    .filter(({ t }) => !except.includes(t))
    .map(({ t }) => `SELECT '${t}' AS t, count(*) AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${t}" x`);
  const rows = await app.sql<{ t: string; n: string; h: string }>(parts.join(' UNION ALL '));
  return rows
    .map((r) => `${r.t}:${r.n}:${r.h}`)
    .sort()
    .join('\n');
}
