/**
 * What the 民主评议 is graded by, read from the checked practice guidance (content/rules.yaml
 * guidance, cited by its publication): the grades, in the order the guidance names them; the words
 * a 预备党员's row reads instead (不评定等次); and the guide figure for 优秀 (1/3 of the 正式党员)
 * with the texts a reminder quotes. Nothing here is the site's own: a quote that no longer holds
 * what is read from it stops the build. Pure; the pages carry the result to their scripts as JSON.
 */
import { guidanceQuote, type Quote } from '../flows/rules.ts';
import type { RulesFile } from '../flows/schema.ts';

export interface Grading {
  /** 优秀, 合格, 基本合格, 不合格: the grades, in the guidance's order. */
  grades: string[];
  /** What a 预备党员's row reads instead of the grades. */
  notGraded: string;
  /** The guide figure for the top grade (优秀): at most numerator/denominator of the 正式党员. */
  share: { numerator: number; denominator: number };
  /** The texts a reminder quotes, each whole, with its source. */
  quotes: { grades: Quote; probationary: Quote };
}

/** The words of the 预备党员 rule that a row reads, as the checked text writes them. */
const notGradedWords = '不评定等次';

/** The grading, read from the guidance; throws where the quotes no longer say what is read from them. */
export function gradingOf(rules: RulesFile): Grading {
  const grades = guidanceQuote(rules, 'grades');
  const probationary = guidanceQuote(rules, 'probationary');
  const [named, limit] = grades.paragraphs;
  const names = [...(named ?? '').matchAll(/“([^”]+)”/g)].map((match) => match[1]!);
  const figure = /(\d+)\/(\d+)/.exec(limit ?? '');
  const problems = [
    names.length < 2 && 'the first paragraph of "grades" names no grades in “”',
    !figure && 'the second paragraph of "grades" gives no figure such as 1/3',
    !probationary.paragraphs.join('').includes(notGradedWords) && `"probationary" does not say ${notGradedWords}`,
  ].filter(Boolean);
  if (problems.length)
    throw new Error(`content/rules.yaml guidance: ${problems.join('; ')} (src/review/grading.ts reads them).`);
  return {
    grades: names,
    notGraded: notGradedWords,
    share: { numerator: Number(figure![1]), denominator: Number(figure![2]) },
    quotes: { grades, probationary },
  };
}

/** Whether this many of the 正式党员 graded at the top is more than the guide figure (11 of 30: yes; 10 of 30: no). */
export const overShare = (top: number, formal: number, { numerator, denominator }: Grading['share']) =>
  top * denominator > formal * numerator;
