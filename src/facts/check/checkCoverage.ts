import type { ArticleSource } from '../dataFiles.js';
import type { Sentence } from '../extract/splitSentences.js';
import type { Problem } from '../problem.js';
import type { Fact } from '../schema.js';

/** Every sentence of an article is covered by a fact or excluded with a reason, and every exclusion names a real sentence. */
export function checkCoverage(article: ArticleSource, sentences: Sentence[], facts: Fact[]): Problem[] {
  const problems: Problem[] = [];
  const excluded = new Set(article.curation.excluded.map((exclusion) => exclusion.sentence));
  const own = facts.filter((fact) => fact.articleId === article.meta.id);
  for (const sentence of sentences) {
    const covered = own.some((fact) => fact.span.start < sentence.end && sentence.start < fact.span.end);
    if (!covered && !excluded.has(sentence.text)) {
      problems.push({
        file: article.curationFile,
        field: 'excluded',
        message: `sentence ${sentence.index + 1} is neither covered by a fact nor excluded with a reason: "${sentence.text}"`,
      });
    }
  }
  const texts = new Set(sentences.map((sentence) => sentence.text));
  article.curation.excluded.forEach((exclusion, index) => {
    if (!texts.has(exclusion.sentence)) {
      problems.push({
        file: article.curationFile,
        field: `excluded.${index}.sentence`,
        message: `is not a sentence of ${article.textFile}`,
      });
    }
  });
  return problems;
}
