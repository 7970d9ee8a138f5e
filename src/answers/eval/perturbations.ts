/**
 * Ways of asking the same question that change nothing for a reader: a friendly preamble, a sign-off, lower case, a
 * stray number in brackets, and two letters swapped in the longest word. The eval compares each with its clean form.
 */
export interface Perturbation {
  kind: 'preamble' | 'sign-off' | 'lower case' | 'stray number' | 'typo';
  question: string;
}

/** Swaps the two middle letters of the question's longest word of six letters or more ("airport" → "airpror"). */
function withTypo(question: string): string | undefined {
  const longest = [...question.matchAll(/\p{L}{6,}/gu)].sort((a, b) => b[0].length - a[0].length)[0];
  if (longest?.index === undefined) return undefined;
  const word = longest[0];
  const at = Math.floor(word.length / 2);
  if (word[at - 1] === word[at]) return undefined;
  const swapped = `${word.slice(0, at - 1)}${word[at] as string}${word[at - 1] as string}${word.slice(at + 1)}`;
  return `${question.slice(0, longest.index)}${swapped}${question.slice(longest.index + word.length)}`;
}

export function perturbations(question: string): Perturbation[] {
  const typo = withTypo(question);
  return [
    { kind: 'preamble', question: `hey bot, quick question: ${question}` },
    { kind: 'sign-off', question: `${question} thanks!` },
    { kind: 'lower case', question: question.toLowerCase() },
    { kind: 'stray number', question: `${question} (2)` },
    ...(typo === undefined ? [] : [{ kind: 'typo' as const, question: typo }]),
  ];
}
