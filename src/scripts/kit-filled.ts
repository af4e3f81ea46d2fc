/**
 * A form drawn filled in (loaded by src/scripts/kit-fill.ts where this device holds 本支部信息 or
 * a plan): the document made with her values, laid out by the same renderer as the blank page,
 * with 显示空白表格 and 下载 Word（已填写）. In a messaging app's browser, which drops files made
 * in the page, the bar says so before the tap.
 */
import type { Branch } from '../branch/branch.ts';
import { formValues } from '../branch/fill.ts';
import type { FillData } from '../kit/fill-data.ts';
import { formDocument, type FormDocument } from '../kit/papers.ts';
import { blocksHtml, headHtml } from '../paper/html.ts';
import type { Plan } from '../plan/plan.ts';
import { fillWords as words } from '../words/fill.ts';
import { element, saveFile } from './dom.ts';
import { inMessagingApp } from './in-app.ts';
import { readReview } from './review-store.ts';
import { readLedger } from './ledger-store.ts';
import { todayInChina } from '../plan/dates.ts';

export function drawFilled({
  data,
  branch,
  plan,
  bar,
  article,
  edit,
}: {
  data: FillData;
  branch: Branch;
  plan: Plan;
  bar: HTMLElement;
  article: HTMLElement;
  edit: HTMLElement;
}): void {
  // The 民主评议's count and grades, for its papers.
  const review = data.grading && readReview(data.slug, data.grading.grades)?.record;
  const assessment = data.grading && review ? { review, grading: data.grading } : undefined;
  const ledger = data.ledger && readLedger(data.slug, data.ledger)?.record;
  const filled = formDocument(
    data.form,
    {
      org: data.orgType,
      ...formValues(data.form, branch, plan, {
        assessment,
        ledger: ledger ? { ledger, today: todayInChina() } : undefined,
      }),
    },
    data.grading,
  );
  const filledHtml = headHtml(filled) + blocksHtml(filled.blocks);
  const blank = article.innerHTML;
  let showingFilled = true;
  article.innerHTML = filledHtml;
  const status = element('p', { role: 'status', class: 'form-fill-status' });
  const word = element('button', { type: 'button' }, words.wordFilled);
  word.addEventListener('click', () => void downloadWord(filled, status));
  const toggle = element('button', { type: 'button', 'aria-pressed': 'false' }, words.showBlank);
  toggle.addEventListener('click', () => {
    showingFilled = !showingFilled;
    article.innerHTML = showingFilled ? filledHtml : blank;
    toggle.textContent = showingFilled ? words.showBlank : words.showFilled;
    toggle.setAttribute('aria-pressed', String(!showingFilled));
    word.hidden = !showingFilled;
  });
  // The toolbar's Word file is the blank form, made when the site was built: said so, beside the filled one.
  const blankWord = document.querySelector<HTMLAnchorElement>('.handout-toolbar a[download]');
  if (blankWord) blankWord.textContent = words.wordBlank;
  bar.replaceChildren(
    element('p', {}, words.filled, ' ', edit),
    ...(inMessagingApp() ? [element('p', { class: 'in-app-hint' }, words.wordInApp)] : []),
    element('p', { class: 'form-fill-actions' }, word, toggle),
    status,
  );
  bar.hidden = false;
}

/** Makes the filled document's Word file in the page and hands it to the browser under its Chinese name. */
async function downloadWord(filled: FormDocument, status: HTMLElement): Promise<void> {
  status.textContent = words.wordMaking;
  try {
    const { wordDocument } = await import('../paper/docx.ts');
    const file = new Blob([(await wordDocument(filled)) as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    saveFile(file, words.wordFileName(filled.org ?? '', filled.title));
    status.textContent = '';
  } catch {
    status.textContent = words.wordFailed;
  }
}
