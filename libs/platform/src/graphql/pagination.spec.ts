import { decodeCursor, encodeCursor, pageSize, toConnection } from './pagination';
import { DomainError } from './errors';

describe('keyset pagination helpers', () => {
  it('round-trips cursors', () => {
    const c = encodeCursor(['2026-01-01T00:00:00.000Z', 'abc']);
    expect(decodeCursor(c, 2)).toEqual(['2026-01-01T00:00:00.000Z', 'abc']);
    expect(decodeCursor(undefined, 2)).toBeNull();
  });

  it('rejects forged or malformed cursors as BAD_USER_INPUT on the field', () => {
    for (const bad of ['@@@', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url'), encodeCursor([{ x: 1 } as never, 'y'])]) {
      try {
        decodeCursor(bad, 2);
        throw new Error('expected failure');
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe('BAD_USER_INPUT');
        expect((e as DomainError).extensions.field).toBe('after');
      }
    }
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
