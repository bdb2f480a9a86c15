import { describe, expect, it } from '@jest/globals';
import { TYPING_SHED_BACKLOG_BYTES, shedsTyping } from './live-events';
import { ConversationEventKind } from './types';

describe('typing indicators are shed first under load', () => {
  it('drops TYPING for a connection whose socket is backed up, and nothing else', () => {
    const behind = TYPING_SHED_BACKLOG_BYTES + 1;
    expect(shedsTyping(ConversationEventKind.TYPING, behind)).toBe(true);
    for (const kind of Object.values(ConversationEventKind).filter((k) => k !== ConversationEventKind.TYPING)) {
      expect({ kind, shed: shedsTyping(kind, behind) }).toEqual({ kind, shed: false });
    }
  });

  it('keeps TYPING for a connection that keeps up', () => {
    expect(shedsTyping(ConversationEventKind.TYPING, 0)).toBe(false);
    expect(shedsTyping(ConversationEventKind.TYPING, TYPING_SHED_BACKLOG_BYTES)).toBe(false);
  });
});
