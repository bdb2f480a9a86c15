import { buildSchema, parse, validate } from 'graphql';
import { LIMITS, validateOperation, validationRules } from './limits';

const schema = buildSchema(`type Node { id: ID! child: Node name: String } type Query { root: Node }`);
const nested = (depth: number) => `{ root ${'{ child '.repeat(depth - 1)}{ id }${' }'.repeat(depth - 1)} }`;

describe('GraphQL validation limits', () => {
  it(`refuses documents deeper than ${LIMITS.depth}`, () => {
    expect(validate(schema, parse(nested(LIMITS.depth - 1)), validationRules)).toEqual([]);
    const errors = validate(schema, parse(nested(LIMITS.depth + 2)), validationRules);
    expect(errors[0].message).toMatch(/exceeds maximum operation depth/);
  });

  it(`refuses more than ${LIMITS.aliases} aliases`, () => {
    const doc = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: root { id }`).join(' ')} }`;
    expect(validate(schema, parse(doc(LIMITS.aliases)), validationRules)).toEqual([]);
    expect(validate(schema, parse(doc(LIMITS.aliases + 1)), validationRules)).toHaveLength(1);
  });
});

describe('validateOperation (graphql-ws: the checks Apollo makes on HTTP)', () => {
  const run = (query: string, production: boolean) => validateOperation(schema, { document: parse(query) }, { production });

  it('refuses introspection in production only', () => {
    const introspection = `{ __schema { types { name } } }`;
    expect(run(introspection, false)).toEqual([]);
    expect(run(introspection, true)[0]).toMatchObject({ message: expect.stringMatching(/introspection/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('gives no "Did you mean" suggestions in production', () => {
    expect(run(`{ roots { id } }`, false)[0].message).toMatch(/Did you mean "root"\?/);
    expect(run(`{ roots { id } }`, true)[0].message).toBe('Cannot query field "roots" on type "Query".');
  });

  it('applies the depth and alias limits and the cost limit', () => {
    expect(run(nested(LIMITS.depth + 2), false)[0].message).toMatch(/exceeds maximum operation depth/);
    const chained = `{ ${Array.from({ length: LIMITS.aliases }, (_, i) => `a${i}: root { ${'child { '.repeat(8)}id${' }'.repeat(8)} }`).join(' ')} }`;
    expect(run(chained, false)).toEqual([]);
    const list = buildSchema(`type Item { id: ID! } type Query { items(first: Int): [Item!]! }`);
    const costly = `{ ${Array.from({ length: 20 }, (_, i) => `i${i}: items(first: 1000) { id }`).join(' ')} }`;
    expect(validateOperation(list, { document: parse(costly) }, { production: false })[0].message).toMatch(/quá phức tạp/);
  });
});
