import { z } from 'zod';

/** Lower-case dotted slug: `casualties.security-forces-killed`. Stable across rebuilds; the bot and links cite it. */
export const FactId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/,
    'a dotted lower-case slug such as "casualties.security-forces-killed"',
  );

export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug such as "kazakhstan-unrest"');

/** Offsets in UTF-16 code units into the article text decoded as UTF-8: `text.slice(start, end) === quote`. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((span) => span.end > span.start, { message: 'end must be after start' });

export const AttributionKind = z.enum(['person', 'organization', 'government-body', 'news-agency', 'watchdog', 'photographer', 'article']);

export const Attribution = z.object({
  /** Normalized name: "Sultanat Azirbek", "Kazakh Interior Ministry", "The article". */
  name: z.string().min(1),
  /** Role or description: "police spokeswoman"; absent when the name says it all. */
  role: z.string().min(1).optional(),
  kind: AttributionKind,
  /** The words that name the source, exactly as printed in the article. */
  asPrinted: z.string().min(1),
  /** The reporting verb as printed: said, claimed, vowed, reported, approved... or "reported" for the article's own voice. */
  verb: z.string().min(1),
});

/** A place where the article's printed text differs from what the store says in readable form. */
export const Correction = z.object({
  field: z.enum(['attribution', 'claim']),
  printed: z.string().min(1),
  readAs: z.string().min(1),
  note: z.string().min(1),
});

export const QuantityQualifier = z.enum(['exact', 'at least', 'more than', 'nearly', 'about', 'dozens', 'hundreds', 'unspecified']);

export const Quantity = z.object({
  /** The words as printed in the quote: "at least eight", "more than 300", "dozens". */
  text: z.string().min(1),
  /** Numeric value when the text names one; absent for "dozens" or "an unspecified number". */
  value: z.number().optional(),
  qualifier: QuantityQualifier,
  /** What is counted: "law enforcement officers killed". */
  counted: z.string().min(1),
});

export const Stance = z.enum(['reported', 'attributed']);

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as "2026-11-25"');

/** First 12 hex digits of a sha256: enough to tell versions of one fact, or of the store, apart. */
export const ContentHash = z.string().regex(/^[0-9a-f]{12}$/, '12 lower-case hex digits');

/**
 * Where a fact stands. A corrected fact says what changed, when and why; a retracted one why. Either keeps its id, so
 * answers that cited it can be found and marked.
 */
export const FactStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('current') }),
  z.object({ state: z.literal('corrected'), on: IsoDate, changed: z.string().min(1), reason: z.string().min(1) }),
  z.object({ state: z.literal('retracted'), on: IsoDate, reason: z.string().min(1) }),
]);

export const Fact = z.object({
  id: FactId,
  articleId: Slug,
  claim: z.string().min(1),
  quote: z.string().min(1),
  span: Span,
  /** 0-based index of the paragraph (blank-line separated block) that holds the quote. */
  paragraph: z.number().int().nonnegative(),
  attribution: Attribution,
  /** "reported": the article states it in its own voice; "attributed": someone's claim that the article passes on. */
  stance: Stance,
  topics: z.array(Slug).min(1),
  quantities: z.array(Quantity),
  /** Time as printed: "on Wednesday", "early Thursday". */
  time: z.string().min(1).optional(),
  disputedBy: z.array(FactId),
  corrections: z.array(Correction),
  status: FactStatus.default({ state: 'current' }),
  /** Hash of what the fact says (everything but its id, span, paragraph and topics); changes whenever that does. */
  hash: ContentHash,
});

export const Topic = z.object({
  id: Slug,
  label: z.string().min(1),
  description: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Whether the moderators' summary has a section for this topic. */
  inSummary: z.boolean().default(false),
});

export const Topics = z.array(Topic).min(1);

export const ArticleMeta = z.object({
  id: Slug,
  /** Title exactly as printed on the article's first line. */
  title: z.string().min(1),
  /** Photo credits exactly as printed in the captions. */
  photoCredits: z.array(z.string().min(1)),
  /** Fields a curator supplied that the article itself does not print; kept apart so none passes for the article's own. */
  curatorSupplied: z.record(z.string(), z.string()),
});

export const Article = ArticleMeta.extend({
  /** Path of the text file relative to the data folder. */
  file: z.string().min(1),
  /** sha256 of the article text, so a changed article is noticed by the check. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The store's version: counts up and takes the build's date whenever the facts' content changes. */
export const StoreVersion = z.object({
  number: z.number().int().positive(),
  date: IsoDate,
  hash: ContentHash,
});

export const Store = z.object({
  version: StoreVersion,
  articles: z.array(Article),
  topics: Topics,
  facts: z.array(Fact),
});

export type Span = z.infer<typeof Span>;
export type AttributionKind = z.infer<typeof AttributionKind>;
export type Attribution = z.infer<typeof Attribution>;
export type Correction = z.infer<typeof Correction>;
export type Quantity = z.infer<typeof Quantity>;
export type QuantityQualifier = z.infer<typeof QuantityQualifier>;
export type FactStatus = z.infer<typeof FactStatus>;
export type Fact = z.infer<typeof Fact>;
export type StoreVersion = z.infer<typeof StoreVersion>;
export type Topic = z.infer<typeof Topic>;
export type ArticleMeta = z.infer<typeof ArticleMeta>;
export type Article = z.infer<typeof Article>;
export type Store = z.infer<typeof Store>;
