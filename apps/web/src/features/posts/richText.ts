/**
 * The post body's markup, as the API parses it: mentions are written `@[Display name](userId)`,
 * hashtags are `#word` (letters, digits, underscores; at least one letter), and bare links
 * are made clickable.
 */
export type RichSegment =
  { kind: 'text'; text: string } | { kind: 'mention'; name: string; userId: string } | { kind: 'hashtag'; tag: string } | { kind: 'link'; href: string };

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const TOKEN = new RegExp(
  [
    `@\\[(?<name>[^\\]\\n]{1,100})\\]\\((?<id>${UUID})\\)`,
    `(?<![\\p{L}\\p{M}\\p{N}_&/#])#(?<tag>[\\p{L}\\p{M}\\p{N}_]+)`,
    `(?<url>https?:\\/\\/[^\\s<>"]+[^\\s<>"'.,;:!?)\\]])`,
  ].join('|'),
  'gu',
);
const HAS_LETTER = /\p{L}/u;

export function parseRichText(body: string): RichSegment[] {
  const segments: RichSegment[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (!text) return;
    const previous = segments[segments.length - 1];
    if (previous?.kind === 'text') previous.text += text;
    else segments.push({ kind: 'text', text });
  };
  for (const match of body.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    const groups = match.groups ?? {};
    pushText(body.slice(last, index));
    if (groups.id && groups.name) segments.push({ kind: 'mention', name: groups.name, userId: groups.id });
    else if (groups.tag && HAS_LETTER.test(groups.tag)) segments.push({ kind: 'hashtag', tag: groups.tag.normalize('NFC') });
    else if (groups.url) segments.push({ kind: 'link', href: groups.url });
    else pushText(match[0]);
    last = index + match[0].length;
  }
  pushText(body.slice(last));
  return segments;
}

/** Plain text for previews and screen-reader labels: `@[Lan](id)` → `@Lan`. */
export function plainText(body: string): string {
  return body.replace(new RegExp(`@\\[([^\\]\\n]{1,100})\\]\\(${UUID}\\)`, 'g'), '@$1');
}

/**
 * Editing: the composer shows `@Name` and remembers who each name is; the markup is put back
 * on submit.
 */
export function markupToDraft(body: string): { text: string; mentions: Map<string, string> } {
  const mentions = new Map<string, string>();
  const text = body.replace(new RegExp(`@\\[([^\\]\\n]{1,100})\\]\\((${UUID})\\)`, 'g'), (_all, name: string, id: string) => {
    mentions.set(name, id);
    return `@${name}`;
  });
  return { text, mentions };
}

/** `@Name` → `@[Name](id)` for every remembered name still in the text (longest names first). */
export function draftToMarkup(text: string, mentions: ReadonlyMap<string, string>): string {
  const names = [...mentions.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`@(${escaped.join('|')})(?![\\p{L}\\p{M}\\p{N}_])`, 'gu');
  return text.replace(pattern, (all, name: string) => {
    const id = mentions.get(name);
    return id ? `@[${name}](${id})` : all;
  });
}
