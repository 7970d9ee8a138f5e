import type { ItemEntity, ItemToken } from 'wink-nlp';
import { nlp } from './nlp.js';

export interface Token {
  text: string;
  /** Universal part-of-speech tag from wink-nlp: NOUN, PROPN, VERB, PRON... */
  pos: string;
  /** Offsets within the text that was analysed. */
  start: number;
  end: number;
  /** True when no white space separates this token from the one before ("Russian-led"). */
  joined: boolean;
}

export interface Entity {
  /** wink-nlp's entity type: CARDINAL, DATE, TIME, DURATION... */
  type: string;
  /** Indices of the entity's first and last token. */
  first: number;
  last: number;
}

export interface Analysis {
  tokens: Token[];
  entities: Entity[];
}

/** Tokens with their offsets, part-of-speech tags and named entities, all from one wink-nlp reading. */
export function analyze(text: string): Analysis {
  const { its } = nlp();
  const doc = nlp().readDoc(text);
  const tokens: Token[] = [];
  let cursor = 0;
  doc.tokens().each((token: ItemToken) => {
    const tokenText = token.out();
    const found = text.indexOf(tokenText, cursor);
    // wink-nlp normalizes a few characters; such a token keeps the cursor's offset so spans stay in order.
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : start + tokenText.length;
    tokens.push({ text: tokenText, pos: token.out(its.pos), start, end, joined: start === cursor && tokens.length > 0 });
    cursor = end;
  });
  const entities: Entity[] = [];
  doc.entities().each((entity: ItemEntity) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    entities.push({ type: entity.out(its.type), first, last });
  });
  return { tokens, entities };
}
