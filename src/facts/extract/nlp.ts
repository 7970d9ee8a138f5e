import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

let instance: WinkNLP | undefined;

/** The model takes a few hundred milliseconds to load, so only the extractor pays for it, once. */
export function nlp(): WinkNLP {
  instance ??= winkNLP(model);
  return instance;
}
