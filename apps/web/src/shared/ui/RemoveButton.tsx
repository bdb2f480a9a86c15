import { ActionIcon } from '@mantine/core';
import { IconX } from '@tabler/icons-react';

/** The small "×" in the top-right corner of a tile (an attachment being written). */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="gray" size="sm" pos="absolute" top={4} right={4} aria-label={label} onClick={onClick}>
      <IconX size={16} aria-hidden />
    </ActionIcon>
  );
}
