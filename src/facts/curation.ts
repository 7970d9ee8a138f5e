import { z } from 'zod';
import { isCalendarDate } from './isCalendarDate.js';
import { AttributionKind, FactId, IsoDate, Slug } from './schema.js';

/** A source as the curator normalizes it, matched by the words the article prints for it. */
export const CuratedSource = z.object({
  printed: z.array(z.string().min(1)).min(1),
  name: z.string().min(1),
  role: z.string().min(1).optional(),
  kind: AttributionKind.exclude(['article']),
  /** Why the normalized name differs from what is printed, when it is a correction rather than a plain identification. */
  correction: z.string().min(1).optional(),
});

export const CuratedClaimCorrection = z.object({
  printed: z.string().min(1),
  readAs: z.string().min(1),
  note: z.string().min(1),
});

export const CuratedQuantity = z.object({
  /** Words as printed in the quote; value and qualifier are read from them. */
  text: z.string().min(1),
  counted: z.string().min(1),
});

/** The fact was wrong and is now right: what changed (usually the claim, edited alongside), when, and why. */
export const CuratedCorrection = z.object({
  on: IsoDate,
  changed: z.string().min(1),
  reason: z.string().min(1),
});

/** The fact should never have been stated. It keeps its quote and id so answers that cited it can be found and marked. */
export const CuratedRetraction = z.object({
  on: IsoDate,
  reason: z.string().min(1),
});

export const CuratedFact = z
  .object({
    id: FactId,
    /** Verbatim text of the article; its span is found by the build. */
    quote: z.string().min(1),
    /** Which occurrence of the quote is meant, when the same words appear more than once. */
    occurrence: z.number().int().positive().optional(),
    claim: z.string().min(1),
    /**
     * Printed words of the source, one of `sources[].printed`, or "article" for the article's own voice.
     * Absent: the source the extractor found for the quote (or the article's voice when it found none).
     */
    source: z.string().min(1).optional(),
    verb: z.string().min(1).optional(),
    topics: z.array(Slug).min(1),
    quantities: z.array(CuratedQuantity).default([]),
    /** Time as printed; null when the extractor's draft time does not apply to this fact. */
    time: z.string().min(1).nullable().optional(),
    disputedBy: z.array(FactId).default([]),
    corrections: z.array(CuratedClaimCorrection).default([]),
    corrected: CuratedCorrection.optional(),
    retracted: CuratedRetraction.optional(),
  })
  .superRefine((fact, context) => {
    for (const status of ['corrected', 'retracted'] as const) {
      const on = fact[status]?.on;
      if (on !== undefined && !isCalendarDate(on)) {
        context.addIssue({ code: 'custom', path: [status, 'on'], message: `fact "${fact.id}": "${on}" is not a calendar date` });
      }
    }
    if (fact.corrected !== undefined && fact.retracted !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['retracted'],
        message: `fact "${fact.id}" is both corrected and retracted: keep "retracted" if it should no longer be stated, else "corrected"`,
      });
    }
  });

export const Exclusion = z.object({
  /** The excluded sentence, verbatim. */
  sentence: z.string().min(1),
  reason: z.string().min(1),
});

export const Curation = z.object({
  articleId: Slug,
  sources: z.array(CuratedSource),
  facts: z.array(CuratedFact).min(1),
  excluded: z.array(Exclusion).default([]),
});

export type CuratedSource = z.infer<typeof CuratedSource>;
export type CuratedFact = z.infer<typeof CuratedFact>;
export type Curation = z.infer<typeof Curation>;
