import { describe, expect, it } from '@jest/globals';
import { advance, givenName, highestVersionSeq, isGap, mergeMessages, orderBySeq, unconfirmed, withinWindow, type Versioned } from './merge';

interface M extends Versioned {
  body: string | null;
}
const m = (id: string, seq: number, versionSeq = seq, body: string | null = `v${versionSeq}`, clientId: string | null = null): M => ({
  id,
  seq,
  versionSeq,
  body,
  clientId,
});
const map = (...list: M[]) => mergeMessages(new Map<string, M>(), list);

describe('message merging (delivery without gaps or duplicates)', () => {
  it('keeps one copy per id, whatever the arrival order', () => {
    const merged = mergeMessages(map(m('a', 1), m('b', 2)), [m('b', 2), m('c', 3), m('a', 1)]);
    expect(orderBySeq(merged).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the higher versionSeq: an edit seen live is not undone by an older copy from a page', () => {
    const edited = mergeMessages(map(m('a', 1)), [m('a', 1, 5, 'edited')]);
    const stale = mergeMessages(edited, [m('a', 1, 1, 'original')]);
    expect(stale.get('a')?.body).toBe('edited');
    expect(stale).toBe(edited); // nothing changed: same map (no re-render)
  });

  it('a deletion (tombstone) replaces the message', () => {
    const merged = mergeMessages(map(m('a', 1), m('b', 2)), [m('a', 1, 3, null)]);
    expect(merged.get('a')?.body).toBeNull();
    expect(merged.size).toBe(2);
  });

  it('orders by seq, not by arrival or versionSeq', () => {
    const merged = map(m('c', 3), m('a', 1, 9), m('b', 2));
    expect(orderBySeq(merged).map((x) => x.seq)).toEqual([1, 2, 3]);
  });

  it('does not mutate the map it was given', () => {
    const before = map(m('a', 1));
    mergeMessages(before, [m('b', 2)]);
    expect([...before.keys()]).toEqual(['a']);
  });

  it('catches up from the highest position held (edits included)', () => {
    expect(highestVersionSeq([m('a', 1, 7), m('b', 2)])).toBe(7);
    expect(highestVersionSeq([], 4)).toBe(4);
  });

  it('detects a missed event and only moves the position over consecutive ones', () => {
    expect(isGap(5, 6)).toBe(false);
    expect(isGap(5, 5)).toBe(false);
    expect(isGap(5, 8)).toBe(true);
    expect(isGap(5, null)).toBe(false);
    expect(advance(5, 6)).toBe(6);
    expect(advance(5, 8)).toBe(5); // the catch-up from 5 fetches 6 and 7
    expect(advance(5, 3)).toBe(5);
  });

  it('leaves old messages outside the loaded window to their page', () => {
    const incoming = [m('old', 2, 40), m('new', 39)];
    expect(withinWindow(incoming, 10, true).map((x) => x.id)).toEqual(['new']);
    expect(withinWindow(incoming, 10, false).map((x) => x.id)).toEqual(['old', 'new']);
  });

  it('drops pending sends once the server message with the same clientId is held', () => {
    const pending = [{ clientId: 'k1' }, { clientId: 'k2' }];
    const held = map(m('a', 1, 1, 'x', 'k1'));
    expect(unconfirmed(pending, held)).toEqual([{ clientId: 'k2' }]);
    expect(unconfirmed(pending, map())).toBe(pending);
  });

  it('names people by their given name', () => {
    expect(givenName('Nguyễn Thị Lan')).toBe('Lan');
    expect(givenName('Lan')).toBe('Lan');
  });
});
