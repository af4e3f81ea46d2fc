/**
 * Reads the source document (content/source.txt) the way a person reads the original
 * flowchart: six titles, then six blocks of boxes. The text was extracted box by box,
 * so stage labels sit among the items, split over lines. This parser keeps every
 * line's text exactly as it is; the fidelity test compares the flow data against it.
 */

import { partHeading } from './vocabulary.ts';

/** A numbered box ("1.摸底动员：…"), or the single unnumbered box of part 三. */
export interface SourceItem {
  /** The box's own number, which restarts in every stage; null for part 三. */
  number: number | null;
  /** Everything after "N." (or after "三、制定整改措施："), untouched. */
  text: string;
}

export interface SourceFlow {
  title: string;
  items: SourceItem[];
  /** Lines that say who chairs a meeting ("党支部书记主持"). */
  chairLines: string[];
  /** Every other line (part and stage labels), joined without separators. */
  labels: string;
}

/** "三、制定整改措施：": how the source opens part 三's single box. */
export const rectifyBoxPrefix = `${partHeading('rectify')}：`;

const numberedItem = /^(\d+)\.(.*)$/;
const chairLine = /^(.+)主持$/;
const flowTitle = /党组织召开专题组织生活会.*流程(图)?$/;

export function parseSource(text: string): SourceFlow[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const titles = lines.filter((line) => flowTitle.test(line));
  const body = lines.slice(lines.indexOf(titles.at(-1)!) + 1);

  const flows: SourceFlow[] = [];
  let current: Omit<SourceFlow, 'title'> = { items: [], chairLines: [], labels: '' };
  for (const line of body) {
    const numbered = numberedItem.exec(line);
    const rectify = line.startsWith(rectifyBoxPrefix) ? [line, line.slice(rectifyBoxPrefix.length)] : null;
    if (numbered) {
      current.items.push({ number: Number(numbered[1]), text: numbered[2]! });
    } else if (rectify) {
      // Part 三 is the last box of every flow: it closes the block.
      current.items.push({ number: null, text: rectify[1]! });
      flows.push({ title: titles[flows.length] ?? '', ...current });
      current = { items: [], chairLines: [], labels: '' };
    } else if (chairLine.test(line)) {
      current.chairLines.push(line);
    } else {
      current.labels += line;
    }
  }
  if (flows.length !== titles.length || current.items.length > 0) {
    throw new Error(
      `Source has ${titles.length} flow titles but ${flows.length} complete flow blocks` +
        ` (each block must end with "${rectifyBoxPrefix}…").`,
    );
  }
  return flows;
}
