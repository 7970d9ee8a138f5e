import { MAX_QUESTION_LENGTH } from './answer.js';
import { UserFacingError } from './errors.js';

/** The question trimmed, or a clear refusal for an empty or overlong one. */
export function validateQuestion(question: string, subject: string): string {
  const trimmed = question.trim();
  if (trimmed.length === 0) throw new UserFacingError(`The question is empty: ask something about ${subject}.`);
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    throw new UserFacingError(`The question is ${trimmed.length} characters long; the limit is ${MAX_QUESTION_LENGTH}.`);
  }
  return trimmed;
}
