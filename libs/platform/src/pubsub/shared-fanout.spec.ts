import { buildSchema, execute, parse } from 'graphql';
import { RequestLoaders } from '../graphql/loaders';
import type { RequestContext } from '../graphql/context';
import { SharedFanout, fieldsOutside, type SubscriptionSink } from './shared-fanout';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type User { id: ID! name: String! viewerFollows: Boolean! }
  type Post { id: ID! }
  type Message { id: ID! body: String sender: User! shared: Post }
  type Event { kind: String! message: Message }
  type Subscription { events(c: ID): Event! }
`);
const SHARED = { Event: ['kind', 'message'], Message: ['id', 'body', 'sender'], User: ['id', 'name'] } as const;

describe('fieldsOutside', () => {
  const outside = (query: string) => [...fieldsOutside(schema, parse(query), SHARED)].sort();

  it('lists the selected fields that are not shared, without descending into them', () => {
    expect(outside(`subscription { events { kind message { id body sender { id name } } } }`)).toEqual([]);
    expect(outside(`subscription { events { __typename message { __typename sender { viewerFollows } shared { id } } } }`)).toEqual([
      'Message.shared',
      'User.viewerFollows',
    ]);
  });

  it('looks into fragments and inline fragments', () => {
    expect(outside(`subscription { events { message { ...M } } } fragment M on Message { id sender { ... on User { viewerFollows } } }`)).toEqual([
      'User.viewerFollows',
    ]);
  });
});

describe('SharedFanout', () => {
  type Meta = { user: string };
  let executions = 0;
  const sink = (id: string, query: string, frames: string[]): SubscriptionSink => {
    const document = parse(query);
    return {
      id,
      key: query,
      document,
      schema,
      execute: (rootValue, contextValue) => {
        executions++;
        return Promise.resolve(execute({ schema, document, rootValue: { events: rootValue }, contextValue }));
      },
      send: (frame) => frames.push(frame) > 0,
      backlog: () => 0,
    };
  };
  const context: RequestContext = { viewer: null, loaders: new RequestLoaders(), requestId: 'r' };

  it('executes once per document and variant, and writes each subscriber its own frame', async () => {
    executions = 0;
    const fanout = new SharedFanout<Meta>();
    const frames: Record<string, string[]> = { a: [], b: [], c: [], d: [] };
    const Q1 = `subscription { events { kind } }`;
    const Q2 = `subscription { events { kind message { id } } }`;
    fanout.attach(sink('1', Q1, frames.a), { user: 'a' });
    fanout.attach(sink('2', Q1, frames.b), { user: 'b' });
    fanout.attach(sink('3', Q2, frames.c), { user: 'c' });
    fanout.attach(sink('4', Q1, frames.d), { user: 'd' });
    const sent = await fanout.deliver({
      include: (m) => m.user !== 'd',
      variantOf: (m) => (m.user === 'b' ? 'b' : ''),
      rootValue: (variant) => ({ kind: variant || 'plain', message: { id: 'm1' } }),
      context,
    });
    expect(sent).toBe(3);
    expect(executions).toBe(3); // Q1 plain, Q1 variant b, Q2 plain
    expect(frames.a.map((f) => JSON.parse(f) as unknown)).toEqual([{ id: '1', type: 'next', payload: { data: { events: { kind: 'plain' } } } }]);
    expect(frames.b.map((f) => JSON.parse(f) as unknown)).toEqual([{ id: '2', type: 'next', payload: { data: { events: { kind: 'b' } } } }]);
    expect(frames.c.map((f) => JSON.parse(f) as unknown)).toEqual([
      { id: '3', type: 'next', payload: { data: { events: { kind: 'plain', message: { id: 'm1' } } } } },
    ]);
    expect(frames.d).toEqual([]);
  });

  it('ends a subscriber whose socket is gone, and its iterator completes', async () => {
    const fanout = new SharedFanout<Meta>();
    const gone: SubscriptionSink = { ...sink('1', `subscription { events { kind } }`, []), send: () => false };
    const iterator = fanout.attach(gone, { user: 'a' });
    const next = iterator.next();
    expect(await fanout.deliver({ rootValue: () => ({ kind: 'x' }), context })).toBe(0);
    expect(await next).toEqual({ done: true, value: undefined });
    expect(fanout.size).toBe(0);
  });
});
