/**
 * The search page's behaviour. Loads Pagefind and the list of searchable texts only when
 * there is something to search for; shows only results that hold every term as typed.
 */
import type { SearchDocument } from './documents.ts';
import { highlight, queryTerms, rankMatches } from './match.ts';
import { pagefindPath, searchDocumentsPath } from '../site/urls.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; sub_results: { url: string }[] }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const messages = JSON.parse(document.querySelector('#search-messages')!.textContent!) as Record<string, string>;

let engine: Promise<{ documents: SearchDocument[]; pagefind: Pagefind }> | undefined;
const loadEngine = () =>
  (engine ??= Promise.all([
    fetch(searchDocumentsPath).then((response) => response.json() as Promise<SearchDocument[]>),
    import(/* @vite-ignore */ `${pagefindPath}pagefind.js`) as Promise<Pagefind>,
  ]).then(([documents, pagefind]) => ({ documents, pagefind })));

const selectedOrg = () => form.querySelector<HTMLInputElement>('input[name="org"]:checked')?.value ?? '';

/** Pagefind's ranking, as a list of step URLs; quoted terms ask it for exact phrases. */
async function pagefindOrder(pagefind: Pagefind, terms: string[]): Promise<string[]> {
  const search = await pagefind.search(terms.map((term) => `"${term}"`).join(' '));
  const pages = await Promise.all((search?.results ?? []).map((result) => result.data()));
  return pages.flatMap((page) => page.sub_results.map((sub) => sub.url));
}

let latest = 0;
async function run(): Promise<void> {
  const query = input.value.trim();
  const org = selectedOrg();
  const url = new URL(location.href);
  url.search = '';
  if (query) url.searchParams.set('q', query);
  if (org) url.searchParams.set('org', org);
  history.replaceState(null, '', url);

  const terms = queryTerms(query);
  const ticket = ++latest;
  if (terms.length === 0) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = messages.searching!;
  const { documents, pagefind } = await loadEngine();
  const order = await pagefindOrder(pagefind, terms).catch(() => []);
  if (ticket !== latest) return;
  const results = rankMatches(documents, terms, order).filter((doc) => !org || doc.flow === org);
  list.replaceChildren(...results.map((doc) => renderResult(doc, terms)));
  status.textContent = (results.length ? messages.found! : messages.none!)
    .replace('{query}', terms.join(' '))
    .replace('{count}', String(results.length));
}

function renderResult(doc: SearchDocument, terms: string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const link = document.createElement('a');
  link.href = doc.url;
  link.className = 'result-title';
  const org = document.createElement('span');
  org.className = 'result-org';
  org.textContent = doc.orgType;
  link.append(org, ' ', doc.title);
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
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).name === 'org') void run();
});

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
const org = params.get('org');
const orgInput = org && form.querySelector<HTMLInputElement>(`input[name="org"][value="${CSS.escape(org)}"]`);
if (orgInput) orgInput.checked = true;
if (input.value.trim()) void run();
