import { IconBulb, IconHeart, IconHeartHandshake, IconThumbUp, type Icon } from '@tabler/icons-react';
import type { ReactionKind } from '../../gql/graphql';

export const REACTION_KINDS: readonly ReactionKind[] = ['LIKE', 'LOVE', 'INSIGHTFUL', 'SUPPORT'];

export const REACTION_ICONS: Record<ReactionKind, Icon> = {
  LIKE: IconThumbUp,
  LOVE: IconHeart,
  INSIGHTFUL: IconBulb,
  SUPPORT: IconHeartHandshake,
};

export const REACTION_COLORS: Record<ReactionKind, string> = {
  LIKE: 'ketnoi',
  LOVE: 'red',
  INSIGHTFUL: 'orange',
  SUPPORT: 'grape',
};
