/** Finding a project's clause in an article and the sentence around it. */

/** A sentence of the article split around the clause that concerns one project. */
export interface Excerpt {
  before: string;
  clause: string;
  after: string;
}

/** A sentence ends at . ! or ? followed by whitespace and a capital letter, or at a line break. */
const SENTENCE_END = /[.!?](?=\s+\p{Lu})|\n/gu;

function sentenceBounds(text: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= from) start = boundary;
    else if (match.index >= to) {
      end = match[0] === '\n' ? match.index : boundary;
      break;
    }
  }
  return [start, end];
}

/**
 * Returns the sentence of `text` that contains `clause`, split around the clause, or null when
 * the clause is not a verbatim part of the text.
 */
export function findExcerpt(text: string, clause: string): Excerpt | null {
  if (clause.length === 0) return null;
  const at = text.indexOf(clause);
  if (at < 0) return null;
  const [start, end] = sentenceBounds(text, at, at + clause.length);
  return {
    before: text.slice(start, at).trimStart(),
    clause,
    after: text.slice(at + clause.length, end).trimEnd(),
  };
}
