import { Box, Group, Paper, Text, Textarea, type TextareaProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { forwardRef, useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { HashtagCandidatesDocument, MentionCandidatesDocument } from './documents';

/** The @word or #word being typed right before the caret, if any. */
interface Trigger {
  kind: '@' | '#';
  query: string;
  /** Index of the @ / # in the text. */
  start: number;
  end: number;
}

const MENTION_BEFORE_CARET = /(?:^|[\s(])@([^\s@#[\]()]{1,30}(?: [^\s@#[\]()]{1,30}){0,3})$/u;
const HASHTAG_BEFORE_CARET = /(?:^|[\s(])#([\p{L}\p{M}\p{N}_]{1,40})$/u;

function findTrigger(text: string, caret: number): Trigger | null {
  const before = text.slice(0, caret);
  const hashtag = HASHTAG_BEFORE_CARET.exec(before);
  if (hashtag) return { kind: '#', query: hashtag[1]!, start: caret - hashtag[1]!.length - 1, end: caret };
  const mention = MENTION_BEFORE_CARET.exec(before);
  if (mention) return { kind: '@', query: mention[1]!, start: caret - mention[1]!.length - 1, end: caret };
  return null;
}

interface Option {
  key: string;
  insert: string;
  label: string;
  detail?: string | null;
  avatar?: { name: string; url?: string | null };
  mention?: { name: string; id: string };
}

export interface MentionTextareaHandle {
  focus: () => void;
}

interface Props extends Omit<TextareaProps, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string) => void;
  /** A name chosen from the @ list: the caller remembers its user id. */
  onMention: (name: string, userId: string) => void;
  /** Offer #hashtags the API knows (search over Hashtag). */
  hashtags?: boolean;
}

/**
 * A textarea with @mention (searchUsers) and #hashtag autocomplete. It is an ARIA combobox:
 * ↑/↓ move through the suggestions, Enter or Tab picks one, Esc closes the list.
 */
export const MentionTextarea = forwardRef<MentionTextareaHandle, Props>(function MentionTextarea(
  { value, onChange, onMention, hashtags = true, ...props },
  ref,
) {
  const { t } = useTranslation();
  const listId = useId();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const [trigger, setTrigger] = useState<Trigger | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(trigger, 200);

  useImperativeHandle(ref, () => ({ focus: () => inputRef.current?.focus() }), []);

  const mentionQuery = debounced?.kind === '@' ? debounced.query : null;
  const hashtagQuery = hashtags && debounced?.kind === '#' ? debounced.query : null;
  const mentions = useQuery(MentionCandidatesDocument, {
    variables: { query: mentionQuery ?? '' },
    skip: !mentionQuery,
    fetchPolicy: 'cache-first',
  });
  const tags = useQuery(HashtagCandidatesDocument, {
    variables: { query: `#${hashtagQuery ?? ''}` },
    skip: !hashtagQuery,
    fetchPolicy: 'cache-first',
  });

  const options: Option[] = useMemo(() => {
    if (!trigger || !debounced || trigger.kind !== debounced.kind || trigger.start !== debounced.start) return [];
    if (trigger.kind === '@') {
      return (mentions.data?.searchUsers.edges ?? []).map(({ node }) => ({
        key: node.id,
        insert: `@${node.fullName} `,
        label: node.fullName,
        detail: [node.title, node.facility?.name].filter(Boolean).join(' · ') || null,
        avatar: { name: node.fullName, url: node.avatarUrl },
        mention: { name: node.fullName, id: node.id },
      }));
    }
    const seen = new Set<string>();
    const found: Option[] = [];
    for (const { node } of tags.data?.search.edges ?? []) {
      if (node.__typename !== 'Hashtag' || seen.has(node.tag)) continue;
      seen.add(node.tag);
      found.push({ key: node.tag, insert: `#${node.tag} `, label: `#${node.tag}`, detail: t('composer.hashtagPosts', { count: node.postCount }) });
    }
    return found;
  }, [trigger, debounced, mentions.data, tags.data, t]);

  const triggerKey = trigger ? `${trigger.kind}${trigger.start}:${trigger.query}` : null;
  const open = !!trigger && options.length > 0 && dismissed !== triggerKey;

  useEffect(() => {
    setActive(0);
  }, [triggerKey]);

  const syncTrigger = useCallback(() => {
    const el = inputRef.current;
    if (!el) return;
    const caret = el.selectionStart === el.selectionEnd ? el.selectionStart : null;
    setTrigger(caret === null ? null : findTrigger(el.value, caret));
  }, []);

  const pick = (option: Option) => {
    if (!trigger) return;
    const next = value.slice(0, trigger.start) + option.insert + value.slice(trigger.end);
    if (option.mention) onMention(option.mention.name, option.mention.id);
    onChange(next);
    setTrigger(null);
    const caret = trigger.start + option.insert.length;
    requestAnimationFrame(() => {
      const el = inputRef.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(caret, caret);
    });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        setActive((i) => (i + 1) % options.length);
        return;
      }
      if (event.key === 'ArrowUp') {
        event.preventDefault();
        setActive((i) => (i - 1 + options.length) % options.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const option = options[active];
        if (option) {
          event.preventDefault();
          pick(option);
          return;
        }
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setDismissed(triggerKey);
        return;
      }
    }
    props.onKeyDown?.(event);
  };

  const activeId = open ? `${listId}-${active}` : undefined;

  return (
    <Box pos="relative">
      <Textarea
        {...props}
        ref={inputRef}
        value={value}
        onChange={(event) => {
          onChange(event.currentTarget.value);
          const el = event.currentTarget;
          setTrigger(findTrigger(el.value, el.selectionStart));
        }}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => {
          if (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home' || event.key === 'End') syncTrigger();
          props.onKeyUp?.(event);
        }}
        onClick={(event) => {
          syncTrigger();
          props.onClick?.(event);
        }}
        onBlur={(event) => {
          // Let a click on a suggestion land first.
          setTimeout(() => setTrigger(null), 150);
          props.onBlur?.(event);
        }}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={activeId}
      />
      {open ? (
        <Paper withBorder shadow="md" radius="md" pos="absolute" left={0} right={0} mt={4} style={{ zIndex: 30, overflow: 'hidden', maxWidth: 420 }}>
          <Box
            component="ul"
            id={listId}
            role="listbox"
            aria-label={trigger?.kind === '@' ? t('composer.mentionList') : t('composer.hashtagList')}
            m={0}
            p={4}
            style={{ listStyle: 'none' }}
          >
            {options.map((option, index) => (
              <Box
                component="li"
                key={option.key}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(option)}
                onMouseEnter={() => setActive(index)}
                px="sm"
                py={6}
                style={{
                  cursor: 'pointer',
                  borderRadius: 6,
                  background: index === active ? 'var(--mantine-color-ketnoi-0)' : undefined,
                }}
              >
                <Group gap="sm" wrap="nowrap">
                  {option.avatar ? <UserAvatar name={option.avatar.name} url={option.avatar.url} size={28} /> : null}
                  <Box style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate>
                      {option.label}
                    </Text>
                    {option.detail ? (
                      <Text size="xs" c="dimmed" truncate>
                        {option.detail}
                      </Text>
                    ) : null}
                  </Box>
                </Group>
              </Box>
            ))}
          </Box>
        </Paper>
      ) : null}
    </Box>
  );
});
