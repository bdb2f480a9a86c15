import { crossLibTableUses, libNames, sqlTableReferences, tablesByLib } from './boundaries';

/**
 * Places where a lib's SQL still names another lib's table, as `lib → table`, while their
 * owners move them behind the owning feature's service or exported SQL fragment
 * (CONTRIBUTING.md "Boundaries between features"). This list must only shrink: never add an
 * entry (call the owner instead), and remove an entry once it is fixed — the last test fails
 * while an entry no longer occurs.
 */
const KNOWN_VIOLATIONS: readonly string[] = [];

const uses = crossLibTableUses();
const pair = (u: { lib: string; table: string }) => `${u.lib} → ${u.table}`;

describe("feature boundaries: a lib never names another lib's tables in SQL", () => {
  it("finds each feature's tables, each with one owner", () => {
    const tables = tablesByLib();
    for (const lib of ['identity', 'directory', 'groups', 'social', 'cases', 'notifications', 'search', 'messaging', 'platform']) {
      expect([lib, tables.get(lib)?.size ?? 0]).not.toEqual([lib, 0]);
    }
    const all = [...tables.values()].flatMap((t) => [...t]);
    expect(all.filter((t, i) => all.indexOf(t) !== i)).toEqual([]);
    expect(libNames()).toEqual(expect.arrayContaining(['platform', 'reference']));
  });

  it('reads SQL identifiers in strings and templates only, not comments or prose', () => {
    const source = [
      '// SELECT * FROM users',
      '/* JOIN follows f */',
      "const a = 'SELECT 1 FROM users u';",
      'const b = `SELECT ${cols} FROM posts p JOIN "group_members" gm ON true WHERE ${x} AND EXISTS (SELECT 1 FROM follows f)`;',
      'const c = `${q}\nUPDATE public.calls SET x = 1`;',
      "const d = 'INSERT INTO messages (id) VALUES ($1)';",
      'const e = /FROM users/;',
      "const f = 'Người này from_users';",
    ].join('\n');
    expect(sqlTableReferences(source)).toEqual([
      { table: 'users', line: 3 },
      { table: 'posts', line: 4 },
      { table: 'group_members', line: 4 },
      { table: 'follows', line: 4 },
      { table: 'calls', line: 6 },
      { table: 'messages', line: 7 },
    ]);
  });

  it("no lib names another lib's table outside KNOWN_VIOLATIONS", () => {
    const fresh = uses.filter((u) => !KNOWN_VIOLATIONS.includes(pair(u))).map((u) => `${pair(u)} (${u.file}:${u.line}; owned by ${u.owner})`);
    expect(fresh).toEqual([]);
  });

  it('every KNOWN_VIOLATIONS entry still occurs (remove the ones that are fixed)', () => {
    const found = new Set(uses.map(pair));
    expect(KNOWN_VIOLATIONS.filter((v) => !found.has(v))).toEqual([]);
  });
});
