import { z } from 'zod';

/** One line of an eval file: a question, whether it should be answered, and what a right answer contains. */
export const EvalItem = z.object({
  q: z.string().min(1),
  expect: z.enum(['answer', 'abstain']),
  /** The answer or its first two quotes must contain at least one of these (ignoring case). */
  any: z.array(z.string().min(1)).optional(),
  /** ...or all of these. */
  all: z.array(z.string().min(1)).optional(),
  /** Some citation's source must contain one of these. */
  source: z.array(z.string().min(1)).optional(),
  /** Every one of these must appear among the citations' sources. */
  sources_all: z.array(z.string().min(1)).optional(),
});
export type EvalItem = z.infer<typeof EvalItem>;

export function parseEvalFile(text: string, file: string): EvalItem[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const parsed = EvalItem.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${file}:${number}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      return parsed.data;
    });
}
