/**
 * A form of the kit, filled in on the reader's device: where this browser holds 本支部信息 or a
 * plan for the flow, the page draws the same document filled in (src/branch/fill.ts writes the
 * values; src/kit/papers.ts makes the document; src/paper/html.ts lays it out, as on the server),
 * with a bar to see the blank form again and 下载 Word（已填写）, which makes the Word file here,
 * from the same document, loading the Word writer only when asked (./kit-filled.ts draws it, and is
 * loaded only where there is something to fill in). The form's data comes from the flow's forms'
 * one file (./fill-data.ts). Nothing is sent anywhere.
 */
import { isEmptyBranch } from '../branch/branch.ts';
import type { FillData } from '../kit/fill-data.ts';
import { branchPath } from '../site/urls.ts';
import { fillInviteWords as words } from '../words/fill-invite.ts';
import { readBranch } from './branch-store.ts';
import { formRefOf, readFillData } from './fill-data.ts';
import { element } from './dom.ts';
import { ledgerKey } from './ledger-key.ts';
import { readPlan } from './plan-store.ts';
import { storage } from './records.ts';

/** Fills the page's form in where this device holds something to fill it with; `known`: its data, where already read. */
export function fillForm(known?: FillData): void {
  const ref = formRefOf(document);
  const bar = document.querySelector<HTMLElement>('[data-form-fill]');
  const article = document.querySelector<HTMLElement>('article[data-form]');
  if (!ref || !bar || !article) return;
  // A ballot is printed once for each member present: the number of copies, on its page alone.
  if (article.dataset.kind === 'ballot')
    void import('./ballot-copies.ts').then(({ ballotCopies }) => ballotCopies(bar, article));
  (known ? Promise.resolve(known) : readFillData(ref)).then(
    (data) => fill(data, bar, article),
    () => {
      // Kept with the form when it was read: missing only offline, on a page never read whole.
      bar.replaceChildren(element('p', {}, words.unavailable));
      bar.hidden = false;
    },
  );
}

function fill(data: FillData, bar: HTMLElement, article: HTMLElement): void {
  const branch = readBranch(data.slug, data.groups)?.record ?? {};
  const plan = readPlan(data.slug, data.steps) ?? {};
  const planned = data.form.kind === 'plan' || data.form.kind === 'agenda';
  const edit = element('a', { href: branchPath(data.slug) }, isEmptyBranch(branch) ? words.enter : words.edit);
  // The 整改 forms fill from the 整改台账 too, where this device holds one.
  const ledger = !!data.ledger && !!storage()?.getItem(ledgerKey(data.slug));
  if (isEmptyBranch(branch) && !(planned && Object.keys(plan).length > 0) && !ledger) {
    bar.replaceChildren(element('p', {}, words.fillInvite, ' ', edit));
    bar.hidden = false;
  } else {
    // What draws the filled form comes only to a device that holds something to fill it with.
    void import('./kit-filled.ts').then(({ drawFilled }) => drawFilled({ data, branch, plan, bar, article, edit }));
  }
}
