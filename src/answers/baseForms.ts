import { createRequire } from 'node:module';
import irregularPlurals from 'irregular-plurals';

interface IrregularVerb {
  past: string | string[];
  participles: string[];
}

const require = createRequire(import.meta.url);
const irregularVerbs = require('english-irregular-verbs') as Record<string, IrregularVerb>;

/** Irregular inflections a suffix stemmer cannot undo: "sent" → "send", "began" → "begin", "people" → "person". */
function buildBaseForms(): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [base, verb] of Object.entries(irregularVerbs)) {
    for (const form of [verb.past, verb.participles].flat()) if (form !== base) forms.set(form, base);
  }
  for (const [singular, plural] of irregularPlurals) if (!forms.has(plural)) forms.set(plural, singular);
  return forms;
}

const BASE_FORMS = buildBaseForms();

export const baseForm = (word: string): string => BASE_FORMS.get(word) ?? word;
