/**
 * Ways people open and close a question in a server. Only words that carry no subject (greetings, "thanks", "pls"),
 * so a variant asks what its eval question asks, and no digits: a number would be a different question for the engine.
 */
const PREAMBLES = ['', 'hey bot, ', 'hi factdesk, ', 'hello, ', 'ok so ', 'hmm, ', 'yeah so ', 'wait, ', 'hey guys, ', 'okay, question: '];
const SIGN_OFFS = ['', ' thanks', ' pls', ' thanks!', ' please', ' lol', ' ok thanks'];
const CASINGS: readonly ((text: string) => string)[] = [
  (text) => text,
  (text) => text.toLowerCase(),
  (text) => text.charAt(0).toUpperCase() + text.slice(1),
];
const VARIATIONS = PREAMBLES.length * SIGN_OFFS.length * 2 * CASINGS.length;

/** Adds a trailing "?" where the question has none, and drops it where it has one. */
const toggleQuestionMark = (text: string): string => (text.endsWith('?') ? text.replace(/\?+$/, '') : `${text}?`);

/** The k-th variation of a question; k = 0 is the question as written. */
function variant(question: string, k: number): string {
  const preamble = PREAMBLES[k % PREAMBLES.length] as string;
  const signOff = SIGN_OFFS[Math.floor(k / PREAMBLES.length) % SIGN_OFFS.length] as string;
  const toggled = Math.floor(k / (PREAMBLES.length * SIGN_OFFS.length)) % 2 === 1;
  const casing = CASINGS[Math.floor(k / (PREAMBLES.length * SIGN_OFFS.length * 2))] as (text: string) => string;
  const body = question.trim();
  return casing(`${preamble}${toggled ? toggleQuestionMark(body) : body}${signOff}`);
}

export class NotEnoughQuestionsError extends Error {}

/**
 * `needed` distinct questions made from `questions`: the first pass asks each as written, every later pass asks each
 * with another preamble, sign-off, casing or trailing "?", so the questions keep cycling as in a server but no string
 * comes twice. Throws NotEnoughQuestionsError when the variations run out first.
 */
export function uniqueQuestions(questions: readonly string[], needed: number): string[] {
  const seen = new Set<string>();
  const made: string[] = [];
  const next = questions.map(() => 0);
  while (made.length < needed) {
    let added = false;
    for (const [index, question] of questions.entries()) {
      if (made.length === needed) break;
      for (let k = next[index] as number; k < VARIATIONS; k += 1) {
        const text = variant(question, k);
        next[index] = k + 1;
        if (seen.has(text)) continue;
        seen.add(text);
        made.push(text);
        added = true;
        break;
      }
    }
    if (!added) {
      throw new NotEnoughQuestionsError(
        `${needed} distinct questions are needed, but ${questions.length} questions have only ${made.length} distinct variations: ` +
          'lower --warmup, --rounds, --n or --seconds',
      );
    }
  }
  return made;
}
