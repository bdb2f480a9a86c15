import { ActionIcon, Button, Group, Menu, Tooltip } from '@mantine/core';
import { IconChevronDown, IconThumbUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReactionKind } from '../../gql/graphql';
import { REACTION_COLORS, REACTION_ICONS, REACTION_KINDS } from './reactions';
import { useSetReaction } from './usePostActions';

interface Props {
  post: { id: string; viewerReaction?: ReactionKind | null; reactionCount: number };
  onError: (error: unknown) => void;
}

/**
 * "Thích" toggles a LIKE (or removes whatever reaction the viewer has); the arrow opens the
 * four kinds. Optimistic: the count moves at once.
 */
export function ReactionButton({ post, onError }: Props) {
  const { t } = useTranslation();
  const setReaction = useSetReaction();
  const [menuOpen, setMenuOpen] = useState(false);
  const current = post.viewerReaction ?? null;
  const CurrentIcon = current ? REACTION_ICONS[current] : IconThumbUp;

  const choose = (kind: ReactionKind | null) => {
    setReaction(post, kind).catch(onError);
  };

  return (
    <Group gap={0} wrap="nowrap">
      <Button
        variant="subtle"
        color={current ? REACTION_COLORS[current] : 'dark'}
        size="compact-md"
        className="post-action"
        px={6}
        leftSection={<CurrentIcon size={18} aria-hidden fill={current && current !== 'INSIGHTFUL' ? 'currentColor' : 'none'} />}
        aria-pressed={!!current}
        aria-label={current ? t('post.reaction.removeLabel', { kind: t(`post.reaction.kinds.${current}`) }) : t('post.reaction.likeLabel')}
        onClick={() => choose(current ? null : 'LIKE')}
      >
        {current ? t(`post.reaction.kinds.${current}`) : t('post.reaction.kinds.LIKE')}
      </Button>
      <Menu opened={menuOpen} onChange={setMenuOpen} position="top-start" withinPortal shadow="md" trigger="click-hover" openDelay={250} closeDelay={200}>
        <Menu.Target>
          <ActionIcon variant="subtle" color="dark" size="sm" aria-label={t('post.reaction.choose')}>
            <IconChevronDown size={14} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown aria-label={t('post.reaction.choose')}>
          <Group gap={4} wrap="nowrap" p={2}>
            {REACTION_KINDS.map((kind) => {
              const KindIcon = REACTION_ICONS[kind];
              const active = current === kind;
              return (
                <Tooltip key={kind} label={t(`post.reaction.kinds.${kind}`)} withinPortal>
                  <Menu.Item
                    component="button"
                    aria-label={active ? t('post.reaction.selected', { kind: t(`post.reaction.kinds.${kind}`) }) : t(`post.reaction.kinds.${kind}`)}
                    onClick={() => choose(active ? null : kind)}
                    p={8}
                    style={{ borderRadius: 999, background: active ? 'var(--mantine-color-gray-1)' : undefined }}
                  >
                    <KindIcon size={26} aria-hidden color={`var(--mantine-color-${REACTION_COLORS[kind]}-7)`} />
                  </Menu.Item>
                </Tooltip>
              );
            })}
          </Group>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
