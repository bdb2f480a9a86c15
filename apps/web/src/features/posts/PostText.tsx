import { Anchor, Spoiler, Text } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { parseRichText } from './richText';

export function hashtagHref(tag: string): string {
  return `/search?q=${encodeURIComponent(`#${tag}`)}&tab=posts`;
}

/** A post or comment body: line breaks kept, @mentions, #hashtags and links clickable. */
export function RichText({ body, size = 'md' }: { body: string; size?: 'sm' | 'md' }) {
  const segments = useMemo(() => parseRichText(body), [body]);
  return (
    <Text size={size} style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
      {segments.map((segment, index) => {
        switch (segment.kind) {
          case 'mention':
            return (
              <Anchor key={index} component={Link} to={`/u/${segment.userId}`} fw={600} inherit>
                @{segment.name}
              </Anchor>
            );
          case 'hashtag':
            return (
              <Anchor key={index} component={Link} to={hashtagHref(segment.tag)} inherit>
                #{segment.tag}
              </Anchor>
            );
          case 'link':
            return (
              <Anchor key={index} href={segment.href} target="_blank" rel="noopener noreferrer nofollow" inherit>
                {segment.href}
              </Anchor>
            );
          default:
            return <Fragment key={index}>{segment.text}</Fragment>;
        }
      })}
    </Text>
  );
}

/** Long bodies fold after ~9 lines with "Xem thêm". */
export function PostText({ body }: { body: string }) {
  const { t } = useTranslation();
  if (!body.trim()) return null;
  return (
    <Spoiler maxHeight={220} showLabel={t('post.showMore')} hideLabel={t('post.showLess')}>
      <RichText body={body} />
    </Spoiler>
  );
}
