/**
 * Draws, on the device, the form the address names (/flows/<slug>/kit/<form>/), from the flow's
 * forms' file with the document and renderer its built page is made with (src/kit/papers.ts,
 * src/paper/html.ts): the page the service worker answers with, offline, for a form this device
 * has not kept (src/pages/flows/[slug]/kit/made-here/). Its title and Word link become the form's;
 * then the form's own scripts run, as on its built page (filled in from 本支部信息, its Word file).
 */
import { formDocument } from '../kit/papers.ts';
import { formOfPath } from '../offline/made-here.ts';
import { blocksHtml, headHtml } from '../paper/html.ts';
import { formWordPath } from '../site/urls.ts';
import { commonWords } from '../words/common.ts';
import { kitWords as words } from '../words/kit.ts';
import { readFillData } from './fill-data.ts';
import { fillForm } from './kit-fill.ts';
import './offline-word.ts';

const article = document.querySelector<HTMLElement>('article[data-form-made-here]');
const ref = formOfPath(location.pathname);

if (article && ref && ref.slug === article.dataset.formMadeHere) {
  readFillData(ref)
    .then((data) => {
      const blank = formDocument(data.form, { org: data.orgType }, data.grading);
      article.innerHTML = headHtml(blank) + blocksHtml(blank.blocks);
      article.removeAttribute('data-form-made-here');
      Object.assign(article.dataset, { flow: ref.slug, form: ref.id, kind: data.form.kind });
      document.title = commonWords.documentTitle(words.formTitle(data.orgType, blank.title));
      const word = document.querySelector<HTMLAnchorElement>('a[data-word-link]');
      word?.setAttribute('href', formWordPath(ref.slug, ref.id));
      word?.setAttribute('download', words.wordFileName(data.shortName, blank.title));
      word?.removeAttribute('hidden');
      fillForm(data);
    })
    .catch(() => {
      const message = article.querySelector('[data-form-message]');
      if (message) message.textContent = words.madeHereUnavailable;
    });
}
