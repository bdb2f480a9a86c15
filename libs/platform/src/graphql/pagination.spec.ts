import { cursorAt, decodeCursor, encodeCursor, pageSize, toConnection, type CursorPart } from './pagination';
import { DomainError } from './errors';

const ID = '0190a8f2-6c1e-7a3b-8f00-0123456789ab';
const AT = '2026-01-01T00:00:00.000Z';
const b64 = (text: string) => Buffer.from(text).toString('base64url');

function refusal(run: () => unknown): { code: string; field: unknown } | null {
  try {
    run();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return { code: (e as DomainError).code, field: (e as DomainError).extensions.field };
  }
}

describe('keyset pagination helpers', () => {
  it('round-trips cursors of every part kind', () => {
    const c = encodeCursor([AT, ID]);
    expect(decodeCursor(c, ['time', 'uuid'])).toEqual([new Date(AT), ID]);
    expect(decodeCursor(encodeCursor([3, AT, 'HASHTAG', 'tim mạch 😀']), ['int', 'time', 'text', 'text'])).toEqual([3, new Date(AT), 'HASHTAG', 'tim mạch 😀']);
    expect(decodeCursor(encodeCursor([2_147_483_647]), ['int'], 'before')).toEqual([2_147_483_647]);
    expect(cursorAt(c)).toEqual({ at: new Date(AT), id: ID });
    for (const empty of [undefined, null, '']) {
      expect(decodeCursor(empty, ['time', 'uuid'])).toBeNull();
      expect(cursorAt(empty)).toBeNull();
    }
  });

  // Every row: a cursor a client might forge, and the shape it is decoded against.
  const malformed: [string, string, readonly CursorPart[]][] = [
    ['not base64url', '@@@', ['time', 'uuid']],
    ['base64 with padding in the middle', 'YQ==YQ', ['time', 'uuid']],
    ['base64 of junk', b64('\u0000\xff not json'), ['time', 'uuid']],
    ['base64 of a JSON object', b64('{"a":1}'), ['time', 'uuid']],
    ['base64 of a JSON string', b64('"x"'), ['time', 'uuid']],
    ['base64 of JSON null', b64('null'), ['time', 'uuid']],
    ['too few values', encodeCursor([AT]), ['time', 'uuid']],
    ['too many values', encodeCursor([AT, ID, 1]), ['time', 'uuid']],
    ['a nested object', b64(JSON.stringify([{ x: 1 }, ID])), ['time', 'uuid']],
    ['time not a string', encodeCursor([1767225600000, ID]), ['time', 'uuid']],
    ['time of junk', encodeCursor(['yesterday', ID]), ['time', 'uuid']],
    ['time V8 would accept but is not ISO', encodeCursor(['1', ID]), ['time', 'uuid']],
    ['time without milliseconds', encodeCursor(['2026-01-01T00:00:00Z', ID]), ['time', 'uuid']],
    ['an impossible date', encodeCursor(['2026-02-31T00:00:00.000Z', ID]), ['time', 'uuid']],
    ['id not a UUID', encodeCursor([AT, 'abc']), ['time', 'uuid']],
    ['id a number', encodeCursor([AT, 42]), ['time', 'uuid']],
    ['id null', encodeCursor([AT, null]), ['time', 'uuid']],
    ['text with a null byte', encodeCursor(['a\u0000b', ID]), ['text', 'uuid']],
    ['text with a lone surrogate', encodeCursor(['a\ud800', ID]), ['text', 'uuid']],
    ['text not a string', encodeCursor([true, ID]), ['text', 'uuid']],
    ['int negative', encodeCursor([-1]), ['int']],
    ['int fractional', encodeCursor([1.5]), ['int']],
    ['int beyond PostgreSQL integer', encodeCursor([2_147_483_648]), ['int']],
    ['int as a string', encodeCursor(['7']), ['int']],
    ['far too long', encodeCursor(['x'.repeat(3000), ID]), ['text', 'uuid']],
  ];

  it.each(malformed)('refuses %s as BAD_USER_INPUT on the field', (_name, cursor, shape) => {
    expect(refusal(() => decodeCursor(cursor, shape))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(refusal(() => decodeCursor(cursor, shape, 'before'))).toEqual({ code: 'BAD_USER_INPUT', field: 'before' });
  });

  it('cursorAt refuses what decodeCursor refuses for [time, uuid]', () => {
    expect(refusal(() => cursorAt(encodeCursor(['nope', ID])))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(refusal(() => cursorAt(encodeCursor([AT, 'nope'])))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('caps first at 50', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(50)).toBe(50);
    expect(() => pageSize(51)).toThrow(DomainError);
    expect(() => pageSize(0)).toThrow(DomainError);
  });

  it('uses the extra row only to tell hasNextPage', () => {
    const conn = toConnection([1, 2, 3], 2, (n) => [n]);
    expect(conn.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(conn.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    expect(toConnection([1], 2, (n) => [n]).pageInfo.hasNextPage).toBe(false);
  });
});
