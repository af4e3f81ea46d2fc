/**
 * Exact matching for Chinese search. Pagefind segments Chinese into words and can match
 * a query to text that only has its characters apart (纪检 → 纪律…检查), or miss a phrase
 * segmented differently. So a result is shown only if its text holds every term as typed,
 * and every document that does is shown.
 */
import { ellipsis } from '../words/search.ts';

/** Search terms: split on spaces (half or full width), quotes dropped, duplicates removed. */
/** The longest query searched, in characters: a step's name is far shorter; matching stays instant. */
export const maxQueryLength = 64;

/** A query cut to maxQueryLength characters (whole characters, never half a surrogate pair). */
export const cappedQuery = (query: string) => [...query].slice(0, maxQueryLength).join('');

export function queryTerms(query: string): string[] {
  const terms = cappedQuery(query)
    .normalize('NFKC')
    .replace(/["'“”‘’「」『』]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => term.toLowerCase());
  return [...new Set(terms)];
}

/** Full-width punctuation and Latin letters compare like their plain forms; length is kept. */
function comparable(text: string): string {
  const normal = text.normalize('NFKC').toLowerCase();
  return normal.length === text.length ? normal : text.toLowerCase();
}

export function matchesAll(text: string, terms: readonly string[]): boolean {
  const haystack = comparable(text);
  return terms.length > 0 && terms.every((term) => haystack.includes(term));
}

export interface Highlighted {
  text: string;
  mark: boolean;
}

/**
 * The text cut to about `length` characters around the first match, with every
 * occurrence of every term marked.
 */
export function highlight(text: string, terms: readonly string[], length = 120): Highlighted[] {
  const haystack = comparable(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = haystack.indexOf(term); at >= 0 && term; at = haystack.indexOf(term, at + 1)) {
      marked.fill(true, at, at + term.length);
    }
  }
  let start = 0;
  let end = text.length;
  if (text.length > length) {
    const first = Math.max(0, marked.indexOf(true));
    start = Math.max(0, Math.min(first - Math.floor(length / 4), text.length - length));
    end = start + length;
  }
  const pieces: Highlighted[] = [];
  for (let i = start; i < end; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.mark === marked[i]) last.text += text[i];
    else pieces.push({ text: text[i]!, mark: marked[i]! });
  }
  return [
    ...(start > 0 ? [{ text: ellipsis, mark: false }] : []),
    ...pieces,
    ...(end < text.length ? [{ text: ellipsis, mark: false }] : []),
  ];
}

/**
 * The documents that hold every term, best first: those whose name (a step's label) holds the
 * query, since people type the name of the step they want; then those of the reader's own flow;
 * then in Pagefind's ranking where it found them (its order of URLs), then the ones it missed,
 * in reading order.
 */
export function rankMatches<
  T extends { url: string; text: string; title?: string; flow?: string; kind?: DocumentKind },
>(documents: readonly T[], terms: readonly string[], pagefindOrder: readonly string[], ownFlow?: string): T[] {
  const rank = new Map(pagefindOrder.map((url, index) => [url, index]));
  // Among the steps of the source only: a note's title is a stage's, not what the reader named.
  const named = (document: T) =>
    document.kind !== 'note' &&
    document.kind !== 'rule' &&
    document.title !== undefined &&
    matchesAll(document.title, terms)
      ? 0
      : 1;
  const own = (document: T) => (ownFlow && document.flow === ownFlow ? 0 : 1);
  return documents
    .map((document, index) => ({ document, index }))
    .filter(({ document }) => matchesAll(document.text, terms))
    .sort(
      (a, b) =>
        named(a.document) - named(b.document) ||
        own(a.document) - own(b.document) ||
        (rank.get(a.document.url) ?? Infinity) - (rank.get(b.document.url) ?? Infinity) ||
        a.index - b.index,
    )
    .map(({ document }) => document);
}

/** A step of the source, a form of the meeting kit, an article quoted as 依据, a note of the site's. */
export type DocumentKind = 'step' | 'form' | 'rule' | 'note';

/**
 * Steps of the source first, then the forms of the meeting kit, then the articles quoted as 依据,
 * then the site's own notes, each group in the order given.
 */
export function stepsFirst<T extends { kind: DocumentKind }>(
  documents: readonly T[],
): { steps: T[]; forms: T[]; rules: T[]; notes: T[] } {
  return {
    steps: documents.filter((document) => document.kind === 'step'),
    forms: documents.filter((document) => document.kind === 'form'),
    rules: documents.filter((document) => document.kind === 'rule'),
    notes: documents.filter((document) => document.kind === 'note'),
  };
}

/**
 * The share of steps above which a word is too common to be offered as a partial match: 党员 is
 * in a third of all steps, 组织 in half, and neither tells a reader where to look.
 */
export const commonShare = 0.25;

/** Characters that join or mark words (的、和…): a partial match never starts or ends on one. */
const particles = [...'的之了和与及或是在对把被着过'];

/**
 * When no step holds every term: the longest part of a term (two characters or more) that
 * some step does hold, and those steps. Offered as a partial match, never as an exact one.
 */
export function partialMatch<T extends { text: string; kind: DocumentKind }>(
  documents: readonly T[],
  terms: readonly string[],
): { part: string; documents: T[] } | null {
  const steps = documents.filter((document) => document.kind === 'step');
  const parts = new Set<string>();
  for (const term of terms) {
    for (let length = term.length; length >= 2; length--) {
      for (let start = 0; start + length <= term.length; start++) parts.add(term.slice(start, start + length));
    }
  }
  // A part that starts or ends on a particle (会的, 的议) is a fragment across two words.
  const whole = (part: string) => !particles.includes(part[0]!) && !particles.includes(part[part.length - 1]!);
  const longestFirst = [...parts].filter(whole).sort((a, b) => b.length - a.length);
  for (const part of longestFirst) {
    const found = steps.filter((document) => matchesAll(document.text, [part]));
    // A part that half the steps hold (党员, say) tells the reader nothing: look for another.
    if (found.length > steps.length * commonShare) continue;
    if (found.length) return { part, documents: found };
  }
  return null;
}
