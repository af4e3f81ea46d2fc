/**
 * A ballot printed for every member present: 打印份数 repeats the paper (blank or filled, as shown)
 * after itself, for print only, each copy whole, so that two share an A4 page where two fit. The
 * copies are made again whenever the number changes and just before printing.
 */
import { fillWords as words } from '../words/fill.ts';
import { element } from './dom.ts';

const maxCopies = 300;

export function ballotCopies(bar: HTMLElement, article: HTMLElement): void {
  const input = element('input', {
    id: 'ballot-copies',
    type: 'number',
    min: '1',
    max: String(maxCopies),
    value: '1',
    inputmode: 'numeric',
    'aria-describedby': 'ballot-copies-hint',
  });
  const copies = element('div', { class: 'print-only', 'aria-hidden': 'true' });
  article.after(copies);
  const make = () => {
    const wanted = Math.min(maxCopies, Math.max(1, Math.floor(Number(input.value)) || 1));
    copies.replaceChildren(
      ...Array.from({ length: wanted - 1 }, () => {
        const copy = element('div', { class: 'form paper-copy' });
        copy.innerHTML = article.innerHTML;
        return copy;
      }),
    );
  };
  input.addEventListener('input', make);
  window.addEventListener('beforeprint', make);
  bar.before(
    element(
      'p',
      { class: 'form-copies print-hidden' },
      element('label', { for: 'ballot-copies' }, words.copies),
      ' ',
      input,
      ' ',
      element('span', { id: 'ballot-copies-hint', class: 'form-copies-hint' }, words.copiesHint),
    ),
  );
}
