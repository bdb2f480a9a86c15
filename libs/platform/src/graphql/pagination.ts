import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { badInput } from './errors';
import { isUuid } from '../database/ids';
import { PG_INT_MAX, hasUnstorableText } from '../database/storable';

export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Relay connection types for `node`: `<Name>Edge` and `<Name>Connection`. */
export function ConnectionType<T>(node: Type<T>, name = node.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass as Type<Connection<T>>;
}

export type CursorValue = string | number | boolean | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * What one position of a keyset cursor holds: `time` an ISO timestamp as written by
 * `Date.toISOString()` (decoded to a Date), `uuid` a UUID, `text` a string PostgreSQL can
 * store (no U+0000, no lone surrogates), `int` a non-negative PostgreSQL integer.
 */
export type CursorPart = 'time' | 'uuid' | 'text' | 'int';
type DecodedPart<P extends CursorPart> = P extends 'time' ? Date : P extends 'int' ? number : string;
export type DecodedCursor<S extends readonly CursorPart[]> = { -readonly [I in keyof S]: DecodedPart<S[I]> };

/** Longer than any cursor `encodeCursor` makes for our keys; refused before decoding. */
const MAX_CURSOR_LENGTH = 2048;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

function decodePart(part: CursorPart, value: unknown): Date | number | string | undefined {
  switch (part) {
    case 'time': {
      if (typeof value !== 'string' || !ISO_TIME.test(value)) return undefined;
      const at = new Date(value);
      // The round trip refuses impossible dates (2026-02-31) that Date would roll over.
      return !Number.isNaN(at.getTime()) && at.toISOString() === value ? at : undefined;
    }
    case 'uuid':
      return isUuid(value) ? value : undefined;
    case 'text':
      return typeof value === 'string' && !hasUnstorableText(value) ? value : undefined;
    case 'int':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= PG_INT_MAX ? (value as number) : undefined;
  }
}

/**
 * The one cursor decoder: a cursor made by `encodeCursor`, checked against `shape` (one
 * entry per position). Anything else — not base64url, not a JSON array, the wrong length,
 * a value of the wrong kind — is BAD_USER_INPUT on `field`, never a database error.
 */
export function decodeCursor<const S extends readonly CursorPart[]>(cursor: string | null | undefined, shape: S, field = 'after'): DecodedCursor<S> | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  if (cursor.length <= MAX_CURSOR_LENGTH && BASE64URL.test(cursor)) {
    let values: unknown;
    try {
      values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      values = undefined;
    }
    if (Array.isArray(values) && values.length === shape.length) {
      const decoded = shape.map((part, i) => decodePart(part, values[i]));
      if (decoded.every((v) => v !== undefined)) return decoded as DecodedCursor<S>;
    }
  }
  throw badInput(field, 'Con trỏ phân trang không hợp lệ.');
}

/** Decodes a `[time, uuid]` keyset cursor (the most common shape). */
export function cursorAt(cursor: string | null | undefined, field = 'after'): { at: Date; id: string } | null {
  const values = decodeCursor(cursor, ['time', 'uuid'], field);
  return values && { at: values[0], id: values[1] };
}

export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(field, `"${field}" phải từ 1 đến ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

/**
 * Builds a connection from rows fetched with LIMIT size + 1 (the extra row only tells
 * whether there is a next page).
 */
export function toConnection<T>(rows: T[], size: number, cursorOf: (row: T) => CursorValue[]): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
