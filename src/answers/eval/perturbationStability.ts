import type { Answer } from '../answer.js';
import type { Perturbation } from './perturbations.js';
import { perturbations } from './perturbations.js';

export interface Stability {
  compared: number;
  identical: number;
  /** Per kind of perturbation: [identical, compared]. */
  byKind: Record<Perturbation['kind'], [number, number]>;
  changed: { kind: Perturbation['kind']; question: string; perturbed: string }[];
}

/** The same decision and the same cited facts, in the same order. */
const outcome = (answer: Answer): string => `${answer.answered}|${answer.citations.map((citation) => citation.factId).join(',')}`;

/** How often a perturbed question gets exactly the answer its clean form gets. */
export function perturbationStability(questions: readonly string[], answer: (question: string) => Answer): Stability {
  const stability: Stability = { compared: 0, identical: 0, byKind: {} as Stability['byKind'], changed: [] };
  for (const question of questions) {
    const clean = outcome(answer(question));
    for (const { kind, question: perturbed } of perturbations(question)) {
      const same = outcome(answer(perturbed)) === clean;
      const counts = (stability.byKind[kind] ??= [0, 0]);
      counts[1] += 1;
      stability.compared += 1;
      if (same) {
        counts[0] += 1;
        stability.identical += 1;
      } else {
        stability.changed.push({ kind, question, perturbed });
      }
    }
  }
  return stability;
}
