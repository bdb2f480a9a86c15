import { buildSchema, parse, validate } from 'graphql';
import { LIMITS, validationRules } from './limits';

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
