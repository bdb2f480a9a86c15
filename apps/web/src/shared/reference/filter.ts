import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { foldAccents } from '../lib/text';

function isGroup(item: ComboboxParsedItem): item is { group: React.ReactNode; items: ComboboxItem[] } {
  return 'group' in item;
}

/** Select filter that ignores case and Vietnamese diacritics: "tim mach" finds "Tim mạch". */
export const accentInsensitiveFilter: OptionsFilter = ({ options, search, limit }) => {
  const needle = foldAccents(search);
  if (!needle) return options.slice(0, limit);
  const words = needle.split(/\s+/);
  const matches = (item: ComboboxItem) => {
    const haystack = foldAccents(item.label);
    return words.every((word) => haystack.includes(word));
  };
  const result: ComboboxParsedItem[] = [];
  for (const item of options) {
    if (result.length >= limit) break;
    if (isGroup(item)) {
      const items = item.items.filter(matches);
      if (items.length) result.push({ group: item.group, items });
    } else if (matches(item)) {
      result.push(item);
    }
  }
  return result;
};
