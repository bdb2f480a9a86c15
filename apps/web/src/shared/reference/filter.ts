import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { foldAccents } from '../lib/text';

function isGroup(item: ComboboxParsedItem): item is { group: React.ReactNode; items: ComboboxItem[] } {
  return 'group' in item;
}

/**
 * Select filter that ignores case and Vietnamese diacritics: "tim mach" finds "Tim mạch".
 * Labels that start with the search come first ("tim" → "Tim mạch" before "Ngoại tim mạch").
 */
export const accentInsensitiveFilter: OptionsFilter = ({ options, search, limit }) => {
  const needle = foldAccents(search);
  if (!needle) return options.slice(0, limit);
  const words = needle.split(/\s+/);
  const matches = (item: ComboboxItem) => {
    const haystack = foldAccents(item.label);
    return words.every((word) => haystack.includes(word));
  };
  const rank = (item: ComboboxItem) => (foldAccents(item.label).startsWith(needle) ? 0 : 1);
  const byRank = (a: ComboboxItem, b: ComboboxItem) => rank(a) - rank(b);
  const result: ComboboxParsedItem[] = [];
  const flat: ComboboxItem[] = [];
  for (const item of options) {
    if (isGroup(item)) {
      const items = item.items.filter(matches).sort(byRank);
      if (items.length) result.push({ group: item.group, items });
    } else if (matches(item)) {
      flat.push(item);
    }
  }
  return [...flat.sort(byRank), ...result].slice(0, limit);
};
