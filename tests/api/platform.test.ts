import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { printSchemaSdl } from '../../apps/api/src/schema';
import { createFacility, registerUser, verifiedUser } from '../factories/identity';
import { TestApp, collect, startTestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('HTTP surface', () => {
  it('answers liveness and readiness', async () => {
    expect(await (await fetch(`${app.url}/health`)).json()).toEqual({ status: 'ok', database: 'up' });
    expect(await (await fetch(`${app.url}/health/ready`)).json()).toMatchObject({ status: 'ready', database: 'ok' });
  });

  it('refuses simple (CSRF-able) requests', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ provinces { code } }')}`);
    expect(res.status).toBe(400);
    const form = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ provinces { code } }' }),
    });
    expect(form.status).toBe(400);
  });

  it('limits aliases and cost', async () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `p${i}: provinces { code }`).join(' ')} }`;
    const aliasRes = await app.gql(aliases);
    expect(aliasRes.errors![0].message).toMatch(/bí danh/);
    const fine = `{ ${Array.from({ length: 5 }, (_, i) => `p${i}: provinces { code }`).join(' ')} }`;
    expect((await app.gql(fine)).errors).toBeUndefined();
    const costly = `{ ${Array.from({ length: 10 }, (_, i) => `s${i}: searchUsers(query: "a", first: 50) { edges { node { id fullName facility { name province { name } } specialty { name } } } }`).join(' ')} f: facilities(first: 50) { edges { node { id name province { code name } } } } }`;
    const costRes = await app.gql(costly);
    expect(costRes.errors![0].message).toMatch(/quá phức tạp/);
  });

  it('never returns stack traces', async () => {
    const res = await app.gql(`{ nope }`);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('serves the schema committed in schema.graphql', () => {
    const schema = app.server.app.get(GraphQLSchemaHost).schema;
    const committed = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');
    expect(printSchemaSdl(schema)).toBe(committed);
  });
});

describe('graphql-ws', () => {
  const SUB = `subscription { verificationStatusChanged { id verificationStatus } }`;

  async function closeCode(connectionParams?: Record<string, unknown>): Promise<number> {
    return new Promise((resolveCode) => {
      const client = createClient({
        url: app.url.replace('http', 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        on: { closed: (e) => resolveCode((e as { code: number }).code) },
      });
      client.subscribe({ query: SUB }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
  }

  it('closes with 4403 on a forged, missing or revoked token', async () => {
    expect(await closeCode({ authorization: 'Bearer forged.token.value' })).toBe(4403);
    expect(await closeCode()).toBe(4403);
    const facility = await createFacility(app);
    const u = await registerUser(app, { facilityId: facility.id });
    await app.gql(`mutation { logout }`, {}, u.accessToken);
    expect(await closeCode({ authorization: `Bearer ${u.accessToken}` })).toBe(4403);
  });

  it('delivers a verification decision live to that user only', async () => {
    const facility = await createFacility(app);
    const admin = await verifiedUser(app, facility.id, { roles: ['MEMBER', 'FACILITY_ADMIN'] });
    const applicant = await registerUser(app, { facilityId: facility.id });
    const bystander = await registerUser(app, { facilityId: facility.id });
    const mine = collect(app.ws(applicant.accessToken), SUB);
    const theirs = collect(app.ws(bystander.accessToken), SUB);
    await new Promise((r) => setTimeout(r, 300));
    await app.gql(
      `mutation($input: VerifyUserInput!) { verifyUser(input: $input) { id } }`,
      { input: { userId: applicant.id, approve: true } },
      admin.accessToken,
    );
    const event = await mine.next();
    expect(event).toEqual({ data: { verificationStatusChanged: { id: applicant.id, verificationStatus: 'VERIFIED' } } });
    await expect(theirs.next(700)).rejects.toThrow(/no event/);
  });

  it('maps subscription errors like HTTP ones: a code, no stack', async () => {
    const facility = await createFacility(app);
    const pending = await registerUser(app, { facilityId: facility.id });
    const sub = collect(app.ws(pending.accessToken), `subscription { conversationEvents { kind } }`);
    // A refused subscribe arrives as a result carrying errors (graphql-ws "next"), then completes.
    const result = await sub.next();
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
    expect(JSON.stringify(result)).not.toMatch(/stack|at .*\.js:\d+/);
  });

  it('rechecks the session on every event: a revoked session receives nothing more', async () => {
    const facility = await createFacility(app);
    const admin = await verifiedUser(app, facility.id, { roles: ['MEMBER', 'FACILITY_ADMIN'] });
    const applicant = await registerUser(app, { facilityId: facility.id });
    const sub = collect(app.ws(applicant.accessToken), SUB);
    await new Promise((r) => setTimeout(r, 300));
    await app.gql(`mutation { logout }`, {}, applicant.accessToken);
    await app.gql(
      `mutation($input: VerifyUserInput!) { verifyUser(input: $input) { id } }`,
      { input: { userId: applicant.id, approve: true } },
      admin.accessToken,
    );
    await expect(sub.next(1000)).rejects.toThrow(/no event/);
  });
});
