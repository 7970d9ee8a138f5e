import { describe, expect, test } from 'vitest';
import { EMBED_LIMITS, truncateAtWord } from '../../src/discord/limits.js';
import { embedLength, fitEmbed } from '../../src/discord/render/embedFit.js';
import { escapeMarkdown } from 'discord.js';
import { defuseMentions, safeText } from '../../src/discord/safeText.js';
import { createRateLimiter } from '../../src/discord/rateLimiter.js';
import { quotesEmbed } from '../../src/discord/render/quotesMessage.js';
import { quoted } from '../../src/discord/render/quoted.js';
import { loadStore } from '../../src/facts/loadStore.js';

describe('embed limits', () => {
  test('GIVEN text over a limit THEN it is cut at a word boundary with an ellipsis', () => {
    const cut = truncateAtWord('one two three four five six', 14);
    expect(cut).toBe('one two three…');
    expect(cut.length).toBeLessThanOrEqual(14);
  });

  test('GIVEN an embed far over every limit THEN each part and the total fit Discord', () => {
    const long = 'word '.repeat(3000);
    const embed = fitEmbed({
      title: long,
      description: long,
      fields: Array.from({ length: 40 }, (_, index) => ({ name: `${index} ${long}`, value: long })),
      footer: { text: long },
    });
    expect(embed.title?.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(embed.description?.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(embed.fields?.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
  });
});

describe('quotes', () => {
  test('GIVEN a span that is itself a quotation THEN it keeps its own marks instead of gaining a second pair', () => {
    expect(quoted('“dozens of attackers were killed”')).toBe('“dozens of attackers were killed”');
    expect(quoted('“dozens of attackers…')).toBe('“dozens of attackers…”');
    expect(quoted('the internet was cut')).toBe('“the internet was cut”');
  });

  test('GIVEN every fact in the store THEN its full quote shows exactly one pair of quotation marks', async () => {
    const store = await loadStore();
    for (const fact of store.facts) expect(quotesEmbed([fact]).fields?.[0]?.value).not.toMatch(/““|””/);
  });
});

describe('echoed user text', () => {
  test.each([
    ['@everyone look', '@\u200beveryone look'],
    ['hi @here', 'hi @\u200bhere'],
    ['<@123456789012345678> and <@&123456789012345678>', '<\u200b@123456789012345678> and <\u200b@&123456789012345678>'],
    ['**bold** `code`', '\\*\\*bold\\*\\* \\`code\\`'],
  ])('GIVEN %j THEN it cannot ping or format', (input, expected) => {
    expect(safeText(input)).toBe(expected);
  });

  // safeText skips escapeMarkdown for text without the characters it acts on; every printable ASCII character, alone,
  // doubled, tripled and at either end, must come out as escapeMarkdown itself would have it.
  const printable = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index));
  test.each(printable)('GIVEN text with %j THEN it is escaped exactly as discord.js escapes it', (character) => {
    for (const text of [`a ${character} b`, `${character}${character}x${character}${character}`, `${character.repeat(3)} 1. # - [a](b)`]) {
      expect(safeText(text)).toBe(defuseMentions(escapeMarkdown(text)));
    }
  });
});

describe('rate limit', () => {
  test('GIVEN more uses than allowed in the window THEN the next is refused with the wait, and allowed after it', () => {
    let now = 0;
    const limiter = createRateLimiter(2, 60_000, () => now);
    expect(limiter.take('u').allowed).toBe(true);
    expect(limiter.take('u').allowed).toBe(true);
    expect(limiter.take('u')).toEqual({ allowed: false, retryAfterMs: 60_000 });
    expect(limiter.take('someone else').allowed).toBe(true);
    now = 60_001;
    expect(limiter.take('u').allowed).toBe(true);
  });

  test('GIVEN uses spread over the window THEN each frees its turn a window after it was used, not all at once', () => {
    let now = 0;
    const limiter = createRateLimiter(2, 60_000, () => now);
    limiter.take('u');
    now = 30_000;
    limiter.take('u');
    now = 60_000;
    expect(limiter.peek('u').allowed).toBe(true);
    expect(limiter.take('u').allowed).toBe(true);
    expect(limiter.take('u')).toEqual({ allowed: false, retryAfterMs: 30_000 });
    now = 200_000;
    expect(limiter.take('u').allowed).toBe(true);
    expect(limiter.take('u').allowed).toBe(true);
    expect(limiter.take('u').allowed).toBe(false);
  });
});
