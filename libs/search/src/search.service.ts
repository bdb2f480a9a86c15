import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Viewer, decodeCursor, hasRole, pageSize, toConnection, type Connection, type RequestLoaders } from '@ketnoi/platform';
import { foldVietnamese } from '@ketnoi/reference';
import { UsersService, searchableUsersSql } from '@ketnoi/identity';
import { GroupAccess, GroupsService } from '@ketnoi/groups';
import { PostAccess } from '@ketnoi/social';
import { searchPage, type SearchRow } from './search.queries';
import { SEARCH_KIND, SEARCH_KINDS, SearchHit, type SearchArgs } from './types';

const MAX_WORDS = 6;

/**
 * One search over posts, people, groups and hashtags, accent-insensitive (folded text,
 * đ → d) and typo-tolerant (pg_trgm), visibility applied in SQL before LIMIT: each
 * feature exports what the reader may find (search.queries.ts ranks and pages it).
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly posts: PostAccess,
    private readonly groupAccess: GroupAccess,
    private readonly groups: GroupsService,
    private readonly users: UsersService,
  ) {}

  /** Input checked by SearchArgs (a non-empty folded query of at most 100 characters, at least one kind). */
  async search(viewer: Viewer, args: SearchArgs, loaders: RequestLoaders): Promise<Connection<SearchHit>> {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['int', 'time', 'text', 'text']);
    const text = searchText(args.query);
    const moderator = hasRole(viewer, 'PLATFORM_ADMIN');
    const rows = await searchPage(
      this.dataSource.manager,
      {
        users: searchableUsersSql(),
        groups: this.groupAccess.listedGroupsSql('$1'),
        posts: this.posts.visiblePostsSql('$1', moderator),
        hashtags: this.posts.visibleHashtagsSql('$1', moderator),
      },
      {
        viewerId: viewer.id,
        text,
        words: text.split(' ').filter(Boolean).slice(0, MAX_WORDS),
        kinds: new Set(args.types ?? SEARCH_KINDS),
        after: after && ([after[0], after[1], after[2], after[3]] as const),
        limit: size + 1,
      },
    );
    const hits = await this.hydrate(viewer, rows, loaders);
    return toConnection(hits, size, (h) => h.cursor as never);
  }

  /** Loads every hit through the request's loaders at once (batched: statements do not grow with the page). */
  private async hydrate(viewer: Viewer, rows: SearchRow[], loaders: RequestLoaders): Promise<(SearchHit & { cursor: unknown })[]> {
    const nodes = await Promise.all(
      rows.map((r): Promise<object | null> => {
        if (r.kind === 'USER') return loaders.get(this.users.userById).load(r.key);
        if (r.kind === 'GROUP') return loaders.get(this.groups.groupById).load(r.key);
        if (r.kind === 'POST') return this.posts.load(viewer, r.key, loaders);
        return Promise.resolve({ tag: r.key, postCount: r.post_count ?? 0 });
      }),
    );
    return rows.flatMap((r, i) => {
      const node = nodes[i];
      if (!node) return [];
      const hit = Object.assign(Object.create(Object.getPrototypeOf(node)), node, { [SEARCH_KIND]: r.kind });
      return [Object.defineProperty(hit, 'cursor', { value: [r.bucket, new Date(r.ts).toISOString(), r.kind, r.key], enumerable: false })];
    });
  }
}

/** The folded query without a leading "#" (a hashtag search is a text search). */
const searchText = (query: string) => foldVietnamese(query).replace(/^#/, '');
