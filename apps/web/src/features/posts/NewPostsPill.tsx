import { Affix, Button, Transition } from '@mantine/core';
import { IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "3 bài viết mới" floating over the top of the feed; announced politely to screen readers. */
export function NewPostsPill({ count, onClick }: { count: number; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <div aria-live="polite" className="visually-hidden">
        {count > 0 ? t('feed.newPosts', { count }) : ''}
      </div>
      <Affix position={{ top: 72, left: 0, right: 0 }} zIndex={150} style={{ pointerEvents: 'none', display: 'flex', justifyContent: 'center' }}>
        <Transition mounted={count > 0} transition="slide-down" duration={200}>
          {(styles) => (
            <Button
              radius="xl"
              leftSection={<IconArrowUp size={18} aria-hidden />}
              onClick={onClick}
              style={{ ...styles, pointerEvents: 'auto', boxShadow: 'var(--mantine-shadow-md)' }}
            >
              {t('feed.newPosts', { count })}
            </Button>
          )}
        </Transition>
      </Affix>
    </>
  );
}
