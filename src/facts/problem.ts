/** One thing wrong with the data, named precisely enough for a curator to find it. */
export interface Problem {
  file: string;
  factId?: string;
  field?: string;
  message: string;
}

export function formatProblem({ file, factId, field, message }: Problem): string {
  return [file, factId, field].filter((part) => part !== undefined).join(': ') + `: ${message}`;
}

/** Raised when the store or its sources fail a check; the message lists every problem, one per line. */
export class StoreInvalidError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The fact store is invalid:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'StoreInvalidError';
  }
}

export function zodProblems(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): Problem[] {
  return issues.map((issue) => ({ file, field: issue.path.map(String).join('.') || '(root)', message: issue.message }));
}
