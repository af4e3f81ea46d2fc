/**
 * Errata: the only way the site's text may differ from the source. A box's text is
 * matched with its number ("2. 上级…"), so a stray mark next to a number can be listed too.
 */
import type { Erratum } from './schema.ts';
import { rectifyBoxPrefix, type SourceItem } from './source.ts';

/** The box as the source prints it: "2.xxx", or "三、制定整改措施：xxx" for part 三. */
export function boxText(item: SourceItem): string {
  return item.number === null ? `${rectifyBoxPrefix}${item.text}` : `${item.number}.${item.text}`;
}

/** The ids of a flow's steps whose text the errata list corrects: they carry a 校 mark. */
export function correctedSteps(errata: readonly Erratum[], slug: string): Set<string> {
  return new Set(errata.filter((erratum) => erratum.flow === slug).map((erratum) => erratum.item));
}

/** An erratum whose original does not occur exactly once in the text it corrects. */
export class ErratumMismatch extends Error {
  readonly erratum: Erratum;
  constructor(erratum: Erratum, count: number, text: string) {
    super(
      `Erratum for ${erratum.flow}/${erratum.item}: "${erratum.original}" occurs ${count} times in "${text}", expected exactly once.`,
    );
    this.erratum = erratum;
  }
}

/** Applies errata in list order; each original must occur exactly once in the current text. */
export function applyErrata(box: string, errata: readonly Erratum[]): string {
  return errata.reduce((text, erratum) => {
    const count = text.split(erratum.original).length - 1;
    if (count !== 1) throw new ErratumMismatch(erratum, count, text);
    return text.replace(erratum.original, () => erratum.corrected);
  }, box);
}
