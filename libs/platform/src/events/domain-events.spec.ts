import { DomainEvents } from './domain-events';

describe('DomainEvents', () => {
  it('delivers to every handler of the type, and isolates a failing one', async () => {
    const events = new DomainEvents();
    const seen: string[] = [];
    events.on('post.created', () => {
      throw new Error('boom');
    });
    events.on('post.created', (e) => {
      seen.push(String(e.postId));
    });
    events.on('other', () => {
      seen.push('wrong');
    });
    await events.emit({ type: 'post.created', actorId: 'u', postId: 'p1' });
    expect(seen).toEqual(['p1']);
  });
});
