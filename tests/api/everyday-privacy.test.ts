import { createFacility } from '../factories/identity';
import { CREATE_POST, addMembers, count, createGroup, createPost, errorOf, follow, makeUsers, ok } from '../factories/social';
import { TestApp, startTestApp } from '../support/app';

// Contract §9: posts and comments are scanned like case files; a hard identifier to a
// group or to all members needs a stated reason (audited), and the server never trusts the browser.
let app: TestApp;
let facilityId: string;

beforeAll(async () => {
  app = await startTestApp();
  facilityId = (await createFacility(app, { name: 'Bệnh viện Bạch Mai' })).id;
});
afterAll(() => app?.close());

const HARD = 'Bệnh nhân nam, SĐT 0912 345 678, CCCD 001203004567, cần tư vấn';
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id body } }`;
const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { id body } }`;
const SHARE = `mutation($input: SharePostInput!) { sharePost(input: $input) { id } }`;
const postsBy = (id: string) => count(app, 'SELECT count(*) n FROM posts WHERE author_id = $1', [id]);
const commentsBy = (id: string) => count(app, 'SELECT count(*) n FROM comments WHERE author_id = $1', [id]);
const auditOf = (targetId: string) => app.sql('SELECT actor_id, action, details FROM audit_log WHERE target_id = $1 ORDER BY at', [targetId]);

describe('createPost with patient identifiers', () => {
  it('refuses a hard identifier to all members with PHI_UNRESOLVED and the spans (not the text), storing nothing', async () => {
    const [author] = await makeUsers(app, facilityId, 1);
    const res = await app.gql(CREATE_POST, { input: { body: HARD, visibility: 'ALL_VERIFIED' } }, author.accessToken);
    expect(res.errors?.[0].extensions?.code).toBe('PHI_UNRESOLVED');
    const findings = res.errors?.[0].extensions?.findings as { kind: string; start: number; end: number }[];
    expect(findings.map((f) => f.kind)).toEqual(['PHONE', 'CCCD']);
    expect(HARD.slice(findings[0].start, findings[0].end)).toBe('0912 345 678');
    expect(JSON.stringify(res.errors)).not.toContain('001203004567');
    expect(await postsBy(author.id)).toBe(0);
  });

  it('refuses the same in a group post; accepts it with a reason, audited with kinds and reason (never the values)', async () => {
    const [author] = await makeUsers(app, facilityId, 1);
    const group = await createGroup(app, author);
    const refused = await app.gql(CREATE_POST, { input: { body: HARD, visibility: 'GROUP', groupId: group.id } }, author.accessToken);
    expect(refused.errors?.[0].extensions?.code).toBe('PHI_UNRESOLVED');
    expect(await postsBy(author.id)).toBe(0);
    const reason = 'Gia đình đồng ý, nhóm hội chẩn nội bộ cần liên hệ';
    const post = ok(
      await app.gql(CREATE_POST, { input: { body: HARD, visibility: 'GROUP', groupId: group.id, phiReason: reason } }, author.accessToken),
    ).createPost;
    expect(post.body).toBe(HARD);
    const [entry] = await auditOf(post.id);
    expect(entry).toMatchObject({
      actor_id: author.id,
      action: 'post.sent_with_phi',
      details: { kinds: { PHONE: 1, CCCD: 1 }, hard: true, reason, wideAudience: true },
    });
    expect(JSON.stringify(entry.details)).not.toContain('0912');
  });

  it('lets a post to followers through (their chosen audience), and audits nothing without findings', async () => {
    const [author, reader] = await makeUsers(app, facilityId, 2);
    await follow(app, reader, author);
    const post = await createPost(app, author, { body: HARD, visibility: 'FOLLOWERS' });
    expect(post.id).toBeTruthy();
    const clean = await createPost(app, author, { body: 'Cập nhật phác đồ điều trị suy tim 2024' });
    expect(await auditOf(clean.id)).toEqual([]);
  });

  it('audits soft findings sent to all members ("send anyway") without asking for a reason', async () => {
    const [author] = await makeUsers(app, facilityId, 1);
    const post = await createPost(app, author, { body: 'Bệnh nhân Trần Văn Hùng sinh ngày 12/03/1958 nhập viện vì đau ngực' });
    const [entry] = await auditOf(post.id);
    expect(entry).toMatchObject({ action: 'post.sent_with_phi', details: { hard: false, reason: null } });
    expect(Object.keys(entry.details.kinds)).toEqual(expect.arrayContaining(['NAME', 'DATE']));
  });

  it('never counts a directory facility or a mentioned member as a patient name', async () => {
    const [author, lan] = await makeUsers(app, facilityId, [{}, { fullName: 'Nguyễn Thị Lan' }]);
    const post = await createPost(app, author, { body: `Bạch Mai trả lời rồi. Cảm ơn @[Lan](${lan.id}), cảm ơn chị Lan nhiều` });
    expect(await auditOf(post.id)).toEqual([]);
  });

  it('bad input: a blank or too long reason → BAD_USER_INPUT phiReason; a reason naming the patient is refused; nothing stored', async () => {
    const [author] = await makeUsers(app, facilityId, 1);
    for (const phiReason of ['   ', 'x'.repeat(501), 'Đồng ý của ông Trần Văn Hùng, SĐT 0987654321']) {
      const res = await app.gql(CREATE_POST, { input: { body: HARD, visibility: 'ALL_VERIFIED', phiReason } }, author.accessToken);
      expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'phiReason' });
    }
    expect(await postsBy(author.id)).toBe(0);
    expect(await count(app, "SELECT count(*) n FROM audit_log WHERE actor_id = $1 AND action = 'post.sent_with_phi'", [author.id])).toBe(0);
  });

  it('editing a post to add a hard identifier, and sharing with one, need the reason too', async () => {
    const [author] = await makeUsers(app, facilityId, 1);
    const post = await createPost(app, author, { body: 'Ca lâm sàng thú vị' });
    const edit = await app.gql(EDIT, { input: { id: post.id, body: HARD } }, author.accessToken);
    expect(edit.errors?.[0].extensions?.code).toBe('PHI_UNRESOLVED');
    expect((await app.sql('SELECT body FROM posts WHERE id = $1', [post.id]))[0].body).toBe('Ca lâm sàng thú vị');
    const share = await app.gql(SHARE, { input: { postId: post.id, body: HARD } }, author.accessToken);
    expect(share.errors?.[0].extensions?.code).toBe('PHI_UNRESOLVED');
    expect(await postsBy(author.id)).toBe(1);
    ok(await app.gql(EDIT, { input: { id: post.id, body: HARD, phiReason: 'Số của khoa, không phải người bệnh' } }, author.accessToken));
  });
});

describe('addComment with patient identifiers', () => {
  it('follows the post audience: refused on a post to all members without a reason, accepted with one (audited)', async () => {
    const [author, commenter] = await makeUsers(app, facilityId, 2);
    const post = await createPost(app, author, { body: 'Xin ý kiến về ca này' });
    const refused = await app.gql(COMMENT, { input: { postId: post.id, body: 'Gọi tôi qua 0912345678 nhé' } }, commenter.accessToken);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'PHI_UNRESOLVED', findings: [{ kind: 'PHONE', start: 12, end: 22 }] });
    expect(await commentsBy(commenter.id)).toBe(0);
    expect((await app.sql('SELECT comment_count FROM posts WHERE id = $1', [post.id]))[0].comment_count).toBe(0);
    const c = ok(
      await app.gql(
        COMMENT,
        { input: { postId: post.id, body: 'Gọi tôi qua 0912345678 nhé', phiReason: 'Số điện thoại công vụ của tôi' } },
        commenter.accessToken,
      ),
    ).addComment;
    expect(await auditOf(c.id)).toEqual([expect.objectContaining({ actor_id: commenter.id, action: 'comment.sent_with_phi' })]);
  });

  it('refuses in a group post too; bad reason → BAD_USER_INPUT phiReason with nothing stored', async () => {
    const [owner, member] = await makeUsers(app, facilityId, 2);
    const group = await createGroup(app, owner);
    await addMembers(app, owner, group.id, [member]);
    const post = await createPost(app, owner, { body: 'Ca khó', visibility: 'GROUP', groupId: group.id });
    const refused = await app.gql(COMMENT, { input: { postId: post.id, body: 'BHYT: DN4010123456789' } }, member.accessToken);
    expect(refused.errors?.[0].extensions?.code).toBe('PHI_UNRESOLVED');
    const bad = await app.gql(COMMENT, { input: { postId: post.id, body: 'BHYT: DN4010123456789', phiReason: '' } }, member.accessToken);
    expect(errorOf(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'phiReason' });
    expect(await commentsBy(member.id)).toBe(0);
  });
});
