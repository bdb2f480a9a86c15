import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { DomainEvents, PUB_SUB, type Viewer } from '@ketnoi/platform';
import { POST_COUNTS_CHANNEL, type PostCountsMessage, type PostReactedEvent } from './events';
import { PostAccess } from './post-access';
import type { ReactionKind } from './types';

/** Reactions and bookmarks on posts the viewer can see. Each returns the post's id. */
@Injectable()
export class PostReactionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: PostAccess,
    private readonly events: DomainEvents,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  /** After commit: the author's screen shows the new count (see POST_COUNTS_CHANNEL). */
  private countsChanged(post: { id: string; authorId: string }): Promise<void> {
    return this.pubsub.publish(POST_COUNTS_CHANNEL, { postId: post.id, authorId: post.authorId } satisfies PostCountsMessage);
  }

  /** One reaction per user and post: adds it or changes its kind. */
  async react(viewer: Viewer, postId: string, kind: ReactionKind): Promise<string> {
    const post = await this.access.requireVisible(viewer, postId);
    const outcome = await this.dataSource.transaction(async (m) => {
      // No row back: the same kind was already there. inserted=false: the kind changed.
      const rows: { inserted: boolean }[] = await m.query(
        `INSERT INTO post_reactions (post_id, user_id, kind) VALUES ($1, $2, $3)
         ON CONFLICT (post_id, user_id) DO UPDATE SET kind = EXCLUDED.kind, updated_at = now()
           WHERE post_reactions.kind <> EXCLUDED.kind
         RETURNING (xmax = 0) AS inserted`,
        [post.id, viewer.id, kind],
      );
      if (rows[0]?.inserted) await m.query('UPDATE posts SET reaction_count = reaction_count + 1 WHERE id = $1', [post.id]);
      return rows[0];
    });
    if (outcome?.inserted) await this.countsChanged(post);
    if (outcome) {
      await this.events.emit({
        type: 'post.reacted',
        actorId: viewer.id,
        postId: post.id,
        authorId: post.authorId,
        reactorId: viewer.id,
        kind,
        changed: !outcome.inserted,
      } satisfies PostReactedEvent);
    }
    return post.id;
  }

  async removeReaction(viewer: Viewer, postId: string): Promise<string> {
    const post = await this.access.requireVisible(viewer, postId);
    const removed = await this.dataSource.transaction(async (m) => {
      const [, deleted]: [unknown, number] = await m.query('DELETE FROM post_reactions WHERE post_id = $1 AND user_id = $2', [post.id, viewer.id]);
      if (deleted) await m.query('UPDATE posts SET reaction_count = reaction_count - 1 WHERE id = $1', [post.id]);
      return deleted > 0;
    });
    if (removed) await this.countsChanged(post);
    return post.id;
  }

  async save(viewer: Viewer, postId: string): Promise<string> {
    const post = await this.access.requireVisible(viewer, postId);
    await this.dataSource.query('INSERT INTO saved_posts (user_id, post_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [viewer.id, post.id]);
    return post.id;
  }

  async unsave(viewer: Viewer, postId: string): Promise<string> {
    const post = await this.access.requireVisible(viewer, postId);
    await this.dataSource.query('DELETE FROM saved_posts WHERE user_id = $1 AND post_id = $2', [viewer.id, post.id]);
    return post.id;
  }
}
