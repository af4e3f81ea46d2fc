/**
 * The search page's behaviour. Starts loading the search data as soon as it runs (as the page is
 * read in, not after it is drawn), keeps what was typed before it ran, shows only results that
 * hold every term as typed (steps of the source first, the site's own notes after), offers a
 * partial match rather than a dead end, and says so when the network fails, with a retry that
 * works without reloading.
 */
import type { SearchDocument } from './documents.ts';
import { cappedQuery, highlight, partialMatch, queryTerms, rankMatches, stepsFirst } from './match.ts';
import { flowSlugs, orgShortNames, type FlowSlug } from '../flows/vocabulary.ts';
import { pagefindPath, pagefindWarmQuery, searchDocumentsPath } from '../site/urls.ts';
import { searchWords as messages } from '../words/search.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; sub_results: { url: string }[] }>;
}
interface Pagefind {
  init?: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}
interface Engine {
  documents: SearchDocument[];
  /**
   * Pagefind, whose ranking orders results that match alike: `ready` once it has started (null
   * where it could not: results then come in reading order), undefined while it starts. A query
   * is answered without waiting for it.
   */
  pagefind: { ready: Pagefind | null | undefined; loading: Promise<Pagefind | null> };
  /** Flows whose steps could not be read (offline, not saved on this device): said with the results. */
  missing: FlowSlug[];
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const scope = form.querySelector<HTMLSelectElement>('select[name="org"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const actions = document.querySelector<HTMLElement>('#search-actions')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const notes = document.querySelector<HTMLElement>('#search-notes')!;
const noteList = notes.querySelector('ol')!;
const formsGroup = document.querySelector<HTMLElement>('#search-forms')!;
const formList = formsGroup.querySelector('ol')!;
const rulesGroup = document.querySelector<HTMLElement>('#search-rules')!;
const ruleList = rulesGroup.querySelector('ol')!;

/** Gives up on a load that hangs (a weak signal) so the reader hears back within seconds. */
const within = <T>(promise: Promise<T>, ms = 6000) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

let attempt = 0;
let engine: Promise<Engine> | undefined;
function loadEngine(): Promise<Engine> {
  if (engine) return engine;
  // A failed module import is remembered by the browser: a retry asks for a fresh address.
  const retry = attempt++ ? `?retry=${attempt}` : '';
  const parts = [...flowSlugs, undefined];
  const loading = within(
    (import(/* @vite-ignore */ `${pagefindPath}pagefind.js${retry}`) as Promise<Pagefind>).then(async (pagefind) => {
      // Started already by the page's early script (src/site/early-script.ts): the same module.
      await pagefind.init?.();
      // One search that touches every flow page loads the index and the pages' fragments (the
      // page's early script asked for them already), so that ordering a query costs little.
      const warm = await pagefind.search(pagefindWarmQuery);
      await Promise.all((warm?.results ?? []).map((result) => result.data()));
      return pagefind;
    }),
  ).catch(() => null);
  const pagefind: Engine['pagefind'] = { ready: undefined, loading };
  void loading.then((started) => (pagefind.ready = started));
  engine = Promise.allSettled(
    parts.map((slug) =>
      within(
        fetch(searchDocumentsPath(slug)).then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return response.json() as Promise<SearchDocument[]>;
        }),
      ),
    ),
  ).then((loaded) => {
    const missing = flowSlugs.filter((_, index) => loaded[index]!.status === 'rejected');
    if (missing.length === flowSlugs.length) throw new Error('no search data');
    const documents = loaded.flatMap((part) => (part.status === 'fulfilled' ? part.value : []));
    return { documents, pagefind, missing };
  });
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Pagefind's ranking, as a list of step URLs; quoted terms ask it for exact phrases. */
async function pagefindOrder(pagefind: Pagefind | null, terms: string[]): Promise<string[]> {
  if (!pagefind) return [];
  const search = await pagefind.search(terms.map((term) => `"${term}"`).join(' '));
  const pages = await Promise.all((search?.results ?? []).map((result) => result.data()));
  return pages.flatMap((page) => page.sub_results.map((sub) => sub.url));
}

const selectedOrg = () => ((flowSlugs as string[]).includes(scope.value) ? (scope.value as FlowSlug) : undefined);

function button(text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

let latest = 0;
async function run(): Promise<void> {
  const typed = input.value.trim();
  const query = cappedQuery(typed);
  const cut = query !== typed;
  const org = selectedOrg();
  const url = new URL(location.href);
  url.search = '';
  if (query) url.searchParams.set('q', query);
  if (org) url.searchParams.set('org', org);
  history.replaceState(null, '', url);

  const terms = queryTerms(query);
  const ticket = ++latest;
  actions.replaceChildren();
  if (terms.length === 0) {
    list.replaceChildren();
    notes.hidden = true;
    formsGroup.hidden = true;
    rulesGroup.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = messages.searching;
  let loaded: Engine;
  try {
    loaded = await loadEngine();
  } catch {
    if (ticket !== latest) return;
    list.replaceChildren();
    notes.hidden = true;
    formsGroup.hidden = true;
    rulesGroup.hidden = true;
    status.textContent = messages.failed;
    actions.replaceChildren(button(messages.retry, () => void run()));
    return;
  }
  // Pagefind still starting (a query typed as the page shows): answered now, matches alike in
  // reading order, and left so: a list that reorders under her finger would be worse than either order.
  const { ready } = loaded.pagefind;
  const order = ready ? await pagefindOrder(ready, terms).catch(() => []) : [];
  if (ticket !== latest) return;
  show(loaded, terms, org, order, cut);
}

/** Shows the results for `terms`, in Pagefind's `order` where they match alike. */
function show(loaded: Engine, terms: string[], org: FlowSlug | undefined, order: string[], cut: boolean): void {
  actions.replaceChildren();
  const everywhere = rankMatches(loaded.documents, terms, order, org);
  // An article bears on every flow: it is shown whatever the scope.
  const shown = everywhere.filter((doc) => !org || doc.flow === org || doc.kind === 'rule');
  const { steps, forms: formResults, rules: ruleResults, notes: noteResults } = stepsFirst(shown);
  const words = terms.join(' ');
  if (shown.length > 0) {
    status.textContent = org
      ? messages.foundIn(words, shown.length, orgShortNames[org])
      : messages.found(words, shown.length);
    list.replaceChildren(...steps.map((doc) => renderResult(doc, terms)));
  } else {
    const partial = partialMatch(
      loaded.documents.filter((doc) => !org || doc.flow === org),
      terms,
    );
    status.textContent = `${messages.none(words)}${partial ? messages.partial(partial.part) : messages.noneHelp}`;
    list.replaceChildren(...(partial?.documents ?? []).map((doc) => renderResult(doc, [partial!.part], true)));
  }
  formList.replaceChildren(...formResults.map((doc) => renderResult(doc, terms)));
  formsGroup.hidden = formResults.length === 0;
  ruleList.replaceChildren(...ruleResults.map((doc) => renderResult(doc, terms)));
  rulesGroup.hidden = ruleResults.length === 0;
  noteList.replaceChildren(...noteResults.map((doc) => renderResult(doc, terms)));
  notes.hidden = noteResults.length === 0;
  if (org && everywhere.length > shown.length) {
    actions.replaceChildren(
      button(messages.showAll(everywhere.length), () => {
        scope.value = '';
        void run();
      }),
    );
  }
  if (loaded.missing.length) {
    status.append(` ${messages.missing(loaded.missing.map((slug) => orgShortNames[slug]).join('、'))}`);
    actions.append(
      button(messages.retry, () => {
        engine = undefined;
        void run();
      }),
    );
  }
  if (cut) actions.prepend(Object.assign(document.createElement('p'), { textContent: messages.tooLong }));
}

function renderResult(doc: SearchDocument, terms: string[], partial = false): HTMLLIElement {
  const item = document.createElement('li');
  item.className = partial ? 'result result-partial' : 'result';
  const link = document.createElement('a');
  link.href = doc.url;
  link.className = 'result-title';
  const org = document.createElement('span');
  org.className = 'result-org';
  org.textContent = doc.orgType;
  link.append(org, ' ', doc.title);
  if (partial) {
    const tag = document.createElement('span');
    tag.className = 'result-partial-tag';
    tag.textContent = messages.partialTag;
    link.append(tag);
  }
  const where = document.createElement('p');
  where.className = 'result-where';
  where.textContent = doc.where;
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  for (const piece of highlight(doc.text, terms)) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      excerpt.append(mark);
    } else {
      excerpt.append(piece.text);
    }
  }
  item.append(link, where, excerpt);
  return item;
}

// Typing Chinese goes through an input method: wait until a conversion is confirmed,
// and never let the Enter that confirms it submit the form.
let composing = false;
let timer: ReturnType<typeof setTimeout> | undefined;
const soon = () => {
  clearTimeout(timer);
  timer = setTimeout(run, 200);
};
input.addEventListener('compositionstart', () => (composing = true));
input.addEventListener('compositionend', () => {
  composing = false;
  soon();
});
input.addEventListener('input', (event) => {
  if (!composing && !(event as InputEvent).isComposing) soon();
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.isComposing || composing || event.keyCode === 229)) event.preventDefault();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (composing) return;
  clearTimeout(timer);
  void run();
});
scope.addEventListener('change', () => void run());

// Load the search data at once (the page is there to search), so that a query typed as soon as
// the page shows is as quick as the ones after it. Ready once the steps are in and Pagefind has
// started (or could not).
void loadEngine()
  .then((loaded) => loaded.pagefind.loading)
  .then(() => (form.dataset.ready = 'true'))
  .catch(() => undefined);

const params = new URLSearchParams(location.search);
// What she typed before this script ran is hers: kept, and searched for.
if (!input.value) input.value = params.get('q') ?? '';
const org = params.get('org');
if (org && (flowSlugs as string[]).includes(org)) scope.value = org;
if (input.value.trim()) void run();
