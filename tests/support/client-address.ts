import { request } from 'node:http';
import { randomInt } from 'node:crypto';
import type { GqlResult } from './app';

/**
 * A fresh loopback address (127.x.y.z): on Linux the whole 127/8 reaches the server, so
 * requests bound to different ones are different clients to it. Random, so counters a
 * shared Redis keeps from an earlier run do not carry over.
 */
export const loopbackAddress = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(2, 255)}`;

/** POST /graphql from `localAddress` (the client address the server sees). */
export function gqlFrom<T = Record<string, any>>(
  baseUrl: string,
  localAddress: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/graphql`,
      { method: 'POST', localAddress, agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({ ...JSON.parse(Buffer.concat(chunks).toString('utf8')), status: res.statusCode ?? 0 });
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
