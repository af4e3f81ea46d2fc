/**
 * A list of names pasted in one go (a column from Excel or WPS, a WeChat message): the names in
 * it, in order, and every piece it could not take as a name, with the reason, so that nothing is
 * dropped without a word. Pure.
 */
import { isName, limits } from './branch.ts';

/** A piece of a pasted list that is not taken as a name, and why. */
export interface Refused {
  text: string;
  reason: 'too-long' | 'not-a-name' | 'only-digits' | 'over-limit';
}

export interface PastedNames {
  names: { name: string; probationary: boolean }[];
  refused: Refused[];
  /** The paste held invisible control or format characters (bidi overrides, zero widths), taken out. */
  hadInvisible: boolean;
}

/** After a name: （预备） or （预备党员）, in full-width or ASCII brackets, marks a 预备党员. */
const probationaryMark = /^(.*?)[（(]预备(?:党员)?[）)]$/u;
/** Between names: new lines, spaces (full-width too), tabs, 、，,；; — as Excel, WPS and WeChat give them. */
const separators = /[\s\u3000、，,；;]+/u;

/**
 * The names in a pasted list, in order, and every piece that is not a name with the reason: a
 * column copied from Excel or WPS (a 序号 column's numbers are pointed out, not taken), a WeChat
 * message, names separated by new lines, spaces, 、，or tabs. `room` is how many more may be added.
 */
export function readPastedNames(text: string, room: number = limits.members): PastedNames {
  const hadInvisible = /[\p{Cf}\p{Cc}]/u.test(text.replace(/[\t\n\r]/g, ''));
  const visible = text
    .replace(/\p{Cf}+/gu, '')
    .replace(/[\p{Cc}]/gu, (char) => (/[\t\n\r]/.test(char) ? char : ' '))
    // A mark written apart from its name still belongs to it: 张三 （预备） → 张三（预备）.
    .replace(/[\s\u3000]+(?=[（(]预备(?:党员)?[）)])/gu, '');
  const names: PastedNames['names'] = [];
  const refused: Refused[] = [];
  for (const piece of visible.split(separators).filter(Boolean)) {
    const marked = probationaryMark.exec(piece);
    const name = marked ? marked[1]! : piece;
    if ([...name].length > limits.name) refused.push({ text: piece, reason: 'too-long' });
    else if (/^\p{N}+[.、．]?$/u.test(name)) refused.push({ text: piece, reason: 'only-digits' });
    else if (!isName(name)) refused.push({ text: piece, reason: 'not-a-name' });
    else if (names.length >= room) refused.push({ text: piece, reason: 'over-limit' });
    else names.push({ name, probationary: !!marked });
  }
  return { names, refused, hadInvisible };
}

/** Names that appear more than once, with how often, in the order they first appear. */
export function repeatedNames(names: readonly string[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([name, count]) => ({ name, count }));
}
