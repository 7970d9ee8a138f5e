/** Discord's embed limits, in characters (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  total: 6000,
} as const;
export const CONTENT_LIMIT = 2000;

/** Cuts text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const boundary = room.lastIndexOf(' ');
  return `${(boundary > max * 0.6 ? room.slice(0, boundary) : room).trimEnd()}…`;
}
