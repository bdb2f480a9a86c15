import type { Viewer } from '../auth/viewer';
import { SessionVerdicts, VERDICT_FRESH_MS, VERDICT_MAX_MS } from './session-verdicts';

const viewer = (sessionId: string): Viewer => ({
  id: `u-${sessionId}`,
  sessionId,
  roles: [],
  verificationStatus: 'VERIFIED',
  facilityId: null,
  provinceCode: null,
});

describe('SessionVerdicts', () => {
  afterEach(() => jest.useRealTimers());

  it('checks unknown sessions before answering, once per session, and keeps an ended one ended', async () => {
    const active = new Map([
      ['a', true],
      ['b', false],
    ]);
    const checked: string[] = [];
    const verdicts = new SessionVerdicts((v) => {
      checked.push(v.sessionId);
      return Promise.resolve(active.get(v.sessionId) ?? false);
    });
    expect(verdicts.ok(viewer('a'))).toBe(false); // never delivered unchecked
    await verdicts.ensure([viewer('a'), viewer('a'), viewer('b')]);
    expect(checked).toEqual(['a', 'b']);
    expect([verdicts.ok(viewer('a')), verdicts.ok(viewer('b'))]).toEqual([true, false]);
    await verdicts.ensure([viewer('b')]);
    expect(checked).toEqual(['a', 'b']);
  });

  it('uses a fresh verdict as is, rechecks an older one in the background, and waits for one past the maximum age', async () => {
    jest.useFakeTimers({ now: 1_000_000, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    let active = true;
    let checks = 0;
    const verdicts = new SessionVerdicts(() => {
      checks++;
      return Promise.resolve(active);
    });
    await verdicts.ensure([viewer('s'), viewer('t')]);
    expect(checks).toBe(2);
    await verdicts.ensure([viewer('s')]);
    expect(checks).toBe(2);

    active = false;
    jest.setSystemTime(1_000_000 + VERDICT_FRESH_MS);
    await verdicts.ensure([viewer('s')]);
    expect(checks).toBe(3);
    expect(verdicts.ok(viewer('s'))).toBe(true); // used while the recheck runs
    await new Promise((r) => setImmediate(r)); // the background recheck lands
    expect(verdicts.ok(viewer('s'))).toBe(false);

    jest.setSystemTime(1_000_000 + VERDICT_MAX_MS);
    await verdicts.ensure([viewer('t')]);
    expect(checks).toBe(4);
    expect(verdicts.ok(viewer('t'))).toBe(false);
  });
});
