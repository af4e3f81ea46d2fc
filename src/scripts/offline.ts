/**
 * Offline use, from the page's side. When the page is idle (reading never waits for it) it
 * registers the service worker (src/offline/worker.ts), asks it to keep this page, and says in the
 * footer what this device holds, with a control that saves the whole site, its progress and its
 * outcome. On a later visit it asks at once whether a new build was deployed; the new worker then
 * takes over. Without service workers the site works online as before, and the panel says that
 * offline use needs another browser.
 */
import { companionsOf } from '../offline/companions.ts';
import { savedPages, type OfflineReply, type OfflineRequest, type OfflineStatus } from '../offline/status.ts';
import { serviceWorkerPath } from '../site/urls.ts';
import { offlineWords as words } from '../words/offline.ts';

/** Asks the active worker; `onProgress` hears the steps of a save-all. */
function ask(
  worker: ServiceWorker,
  request: OfflineRequest,
  onProgress?: (done: number, count: number) => void,
): Promise<OfflineReply & { type: 'status' | 'failed' }> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }: MessageEvent<OfflineReply>) => {
      if (data.type === 'progress') onProgress?.(data.done, data.count);
      else resolve(data);
    };
    worker.postMessage(request, [channel.port2]);
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.textContent = text;
  return made;
}

/** The panel, headed 离线使用, with what it says. */
function show(panel: HTMLElement, said: HTMLElement): void {
  const heading = element('h2', words.heading);
  heading.id = 'offline-heading';
  panel.setAttribute('aria-labelledby', heading.id);
  panel.replaceChildren(heading, said);
  panel.hidden = false;
}

/** What this page says: whether it is saved, how much of the site is, and the save-all control. */
function render(panel: HTMLElement, worker: ServiceWorker, status: OfflineStatus, keepsThisPage: boolean): void {
  const here = location.pathname;
  const summary = element('p');
  summary.dataset.offlineSummary = '';
  if (status.complete) summary.textContent = words.complete;
  else {
    const saved = new Set(status.saved);
    const withCompanions = companionsOf(here);
    const pageSaved = saved.has(here);
    const sentence = !keepsThisPage
      ? ''
      : pageSaved && withCompanions.length && withCompanions.every((path) => saved.has(path))
        ? words.savedFlow
        : pageSaved
          ? words.savedPage
          : words.notSaved;
    summary.textContent = sentence + words.count(savedPages(status), status.total.pages);
  }
  show(panel, summary);
  if (!status.complete) panel.append(saveAllControl(panel, worker, status, keepsThisPage));
  markSavedFlows(status);
}

function saveAllControl(
  panel: HTMLElement,
  worker: ServiceWorker,
  status: OfflineStatus,
  keepsThisPage: boolean,
): HTMLElement {
  const control = element('div');
  control.className = 'offline-save';
  const button = element('button', words.saveAll(words.size(status.total.bytes)));
  button.type = 'button';
  const progress = element('progress');
  progress.hidden = true;
  const said = element('p');
  said.setAttribute('role', 'status');
  said.dataset.offlineProgress = '';
  progress.setAttribute('aria-label', words.heading);
  button.addEventListener('click', async () => {
    button.disabled = true;
    progress.hidden = false;
    const reply = await ask(worker, { type: 'save-all' }, (done, count) => {
      progress.max = count;
      progress.value = done;
      said.textContent = words.saving(done, count);
    });
    if (reply.type === 'status' && reply.complete) {
      render(panel, worker, reply, keepsThisPage);
      panel.querySelector('[data-offline-summary]')!.textContent = words.saved;
      return;
    }
    button.disabled = false;
    progress.hidden = true;
    said.textContent = words.failed(progress.value, progress.max);
  });
  control.append(button, progress, said);
  return control;
}

/** On the offline page: which of the flows listed this device holds. */
function markSavedFlows(status: OfflineStatus): void {
  const saved = new Set(status.saved);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-offline-flows] a[href]')) {
    const mark = link.querySelector('[data-saved-mark]') ?? link.appendChild(element('span', words.savedMark));
    (mark as HTMLElement).dataset.savedMark = '';
    (mark as HTMLElement).hidden = !status.complete && !saved.has(new URL(link.href).pathname);
  }
}

/** The site's own styles and scripts this page has loaded (before the worker was there to see). */
function loadedFiles(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && /\.(css|js)$/.test(url.pathname))
    .map((url) => url.pathname);
}

async function start(): Promise<void> {
  const registration = await navigator.serviceWorker.register(serviceWorkerPath);
  // On a later visit: fetch the worker again, so a new build takes over.
  if (registration.active) void registration.update().catch(() => undefined);
  const worker = (await navigator.serviceWorker.ready).active;
  const panel = document.querySelector<HTMLElement>('[data-offline-panel]');
  if (!worker || !panel) return;
  // The offline page stands in for a page that is not saved: it asks only what is saved.
  const keepsThisPage = panel.dataset.offlinePanel !== 'status';
  const reply = await ask(
    worker,
    keepsThisPage ? { type: 'keep', path: location.pathname, loaded: loadedFiles() } : { type: 'status' },
  );
  render(panel, worker, reply, keepsThisPage);
}

/** Where there is no worker: the pages work online, and the panel says that offline use needs another browser. */
function sayNoWorker(): void {
  const panel = document.querySelector<HTMLElement>('[data-offline-panel]');
  if (!panel) return;
  show(panel, element('p', words.noWorker));
}

if (import.meta.env.PROD) {
  const run = () =>
    'serviceWorker' in navigator && navigator.serviceWorker ? void start().catch(sayNoWorker) : sayNoWorker();
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 4000 }) : setTimeout(run, 1000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
