import type { EntityManager } from 'typeorm';
import type { RequestLoaders } from '@ketnoi/platform';
import { verifiedUsers, type UsersService } from '@ketnoi/identity';
import { VerificationStatus } from '@ketnoi/reference';
import { parseMentionIds, renderMentions } from './text';

/**
 * Writing: the body with each mention labelled with the user's real name (mentions of
 * anyone but a verified user become plain text), and the ids it mentions.
 */
export async function resolveMentions(m: EntityManager, body: string): Promise<{ body: string; mentionIds: string[] }> {
  const ids = parseMentionIds(body);
  if (!ids.length) return { body: renderMentions(body, () => undefined), mentionIds: [] };
  const names = new Map((await verifiedUsers(m, ids)).map((u) => [u.id, u.fullName]));
  const rendered = renderMentions(body, (id) => names.get(id));
  return { body: rendered, mentionIds: parseMentionIds(rendered) };
}

/**
 * Reading: the body with the current names of the stored mentions that are still verified
 * users; any other mention markup shows as plain text. Batched through the user loader.
 */
export async function displayBody(users: UsersService, loaders: RequestLoaders, body: string, mentionIds: readonly string[]): Promise<string> {
  if (!body.includes('@[')) return body;
  const found = mentionIds.length ? await loaders.get(users.userById).loadMany([...mentionIds]) : [];
  const names = new Map<string, string>();
  for (const u of found) if (u && !(u instanceof Error) && u.verificationStatus === VerificationStatus.VERIFIED) names.set(u.id, u.fullName);
  return renderMentions(body, (id) => names.get(id));
}
