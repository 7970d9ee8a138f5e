import type { Message } from 'discord.js';
import type { CitedFact, LedgerEntry } from '../../ledger/ledgerEntry.js';

/** Fact ids as the bot prints them in its messages: `casualties.police-killed`. */
const FACT_ID_IN_TEXT = /`([a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+)`/g;

export interface ReportedAnswer {
  question: string;
  answer: string;
  cited: (Pick<CitedFact, 'id'> & Partial<Pick<CitedFact, 'hash'>>)[];
}

/**
 * What the reported message asked, said and cited. The ledger knows the exact fact versions; the message itself is
 * the fallback for one the ledger no longer holds (expired, or posted while its store was down).
 */
export function reportedAnswer(message: Message | null, entry: LedgerEntry | undefined): ReportedAnswer {
  const embed = message?.embeds[0];
  const shown = [embed?.description, ...(embed?.fields.map((field) => field.value) ?? [])].filter((text) => text != null).join('\n');
  const answer = [message?.content, shown].filter((text) => text !== undefined && text !== '').join('\n') || '(no text)';
  const question = entry?.question ?? (entry?.kind === 'digest' ? 'the pinned summary' : (embed?.title ?? '(unknown)'));
  const cited = entry?.cited ?? [...new Set([...shown.matchAll(FACT_ID_IN_TEXT)].map((match) => match[1] as string))].map((id) => ({ id }));
  return { question, answer, cited };
}
