import { describe, expect, it } from '@jest/globals';
import { dequeue, draftKey, draftToStore, enqueue, markRejected, outboxKey, sortByCreated, toFlush, type OutboxItem } from './outbox';

const item = (clientId: string, second: number, rejected?: boolean): OutboxItem => ({
  clientId,
  conversationId: 'c1',
  body: `tin ${clientId}`,
  attachments: [],
  replyTo: null,
  createdAt: new Date(Date.UTC(2026, 0, 1, 8, 0, second)).toISOString(),
  ...(rejected === undefined ? {} : { rejected }),
});

describe('offline outbox (pure parts)', () => {
  it('keeps messages in the order they were written, whatever the order they were stored', () => {
    let list = enqueue(undefined, item('b', 2));
    list = enqueue(list, item('a', 1));
    list = enqueue(list, item('c', 3));
    expect(list.map((x) => x.clientId)).toEqual(['a', 'b', 'c']);
  });

  it('stores one item per clientId: saving again replaces it (a resend is the same message)', () => {
    const list = enqueue(enqueue([item('a', 1)], item('b', 2)), { ...item('a', 1), body: 'sửa' });
    expect(list.map((x) => [x.clientId, x.body])).toEqual([
      ['a', 'sửa'],
      ['b', 'tin b'],
    ]);
  });

  it('removes a sent or discarded message and leaves the others', () => {
    expect(dequeue([item('a', 1), item('b', 2)], 'a').map((x) => x.clientId)).toEqual(['b']);
    expect(dequeue(undefined, 'a')).toEqual([]);
  });

  it('flushes oldest first and leaves what the server refused to "retry", except on a page load', () => {
    const list = markRejected([item('c', 3), item('a', 1), item('b', 2)], 'b', true);
    expect(toFlush(list).map((x) => x.clientId)).toEqual(['a', 'c']);
    expect(toFlush(list, true).map((x) => x.clientId)).toEqual(['a', 'b', 'c']);
    expect(toFlush(markRejected(list, 'b', false)).map((x) => x.clientId)).toEqual(['a', 'b', 'c']);
    expect(toFlush(undefined)).toEqual([]);
  });

  it('sorts ties by the order they were added', () => {
    expect(sortByCreated([item('x', 1), item('y', 1), item('z', 0)]).map((x) => x.clientId)).toEqual(['z', 'x', 'y']);
  });

  it('keys the outbox and the draft per user and per conversation', () => {
    expect(outboxKey('u1', 'c1')).not.toBe(outboxKey('u2', 'c1'));
    expect(outboxKey('u1', 'c1')).not.toBe(outboxKey('u1', 'c2'));
    expect(draftKey('u1', 'c1')).not.toBe(outboxKey('u1', 'c1'));
  });

  it('keeps a draft with text and drops an empty or blank one', () => {
    expect(draftToStore('  Chị ơi, ')).toBe('  Chị ơi, ');
    expect(draftToStore('   \n')).toBeNull();
    expect(draftToStore('')).toBeNull();
  });
});
