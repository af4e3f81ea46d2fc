/**
 * Draws, on the device, the pair comparison the address names (/compare/<a>-vs-<b>/), from every
 * flow's data (/compare/flows.json) with the renderer the pair pages are built with
 * (src/site/compare-html.ts): the page the service worker answers with, offline, for a pair this
 * device has not kept (src/pages/compare/made-here/). Then the filters, and the row the address
 * points to.
 */
import { flowBySlug } from '../flows/model.ts';
import { keepFilterClasses } from './compare-filters.ts';
import { pairHead, pairHtml, type CompareData } from '../site/compare-html.ts';
import { compareDataPath, pairOfPath } from '../offline/made-here.ts';
import { commonWords } from '../words/common.ts';
import { compareWords as words } from '../words/compare.ts';

const place = document.querySelector<HTMLElement>('[data-pair-made-here]');
const pair = pairOfPath(location.pathname);

if (place && pair) {
  fetch(compareDataPath)
    .then(async (response) => {
      if (!response.ok) throw new Error(`${compareDataPath}: HTTP ${response.status}`);
      const { flows, roles } = (await response.json()) as CompareData;
      const [left, right] = [flowBySlug(flows, pair[0]), flowBySlug(flows, pair[1])];
      place.innerHTML = pairHtml(left, right, flows, roles);
      document.title = commonWords.documentTitle(pairHead(left, right).title);
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
      keepFilterClasses();
    })
    .catch(() => {
      const message = place.querySelector('[data-pair-message]');
      if (message) message.textContent = words.madeHereUnavailable;
    });
}
