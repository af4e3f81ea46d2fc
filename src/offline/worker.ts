/// <reference lib="webworker" />
/**
 * The service worker (built into /sw.js by ./integration.ts). It keeps on the device what the
 * reader has read, and everything when she asks:
 * - on first install, only the shell (the offline answer and the search page, and the styles and
 *   scripts they and the handouts need);
 * - each page she opens, with what it loads, and with a flow page its handout, Word file and
 *   search data;
 * - the whole site when the page asks ('save-all'), with progress;
 * - a file never saved, asked for without a network, is made from a saved page where one can
 *   make it (./made-here.ts: a form of the kit, a pair comparison, a chart's file); else a page gets
 *   the offline answer.
 * Saved files are served from the device first. A new build installs a new worker, which copies
 * each saved file whose hash is unchanged and downloads the rest; until all of that has
 * succeeded the old worker and its files stay in charge, so pages never mix two builds.
 * Workbox precaches everything up front, which is what this replaces: hence a worker of our own.
 */
import { companionsOf } from './companions.ts';
import { madeHereBy } from './made-here.ts';
import type { OfflineReply, OfflineRequest, OfflineStatus } from './status.ts';

declare const self: ServiceWorkerGlobalScope;
/** Filled in at build time (./integration.ts). */
declare const OFFLINE: {
  build: string;
  shell: string[];
  manifestPath: string;
  offlinePath: string;
  workerPath: string;
  /** The whole site, for the save-all control. */
  total: OfflineStatus['total'];
};

interface Entry {
  url: string;
  hash: string;
  bytes: number;
  /** Kept when it is read, not by 保存全部 (./files.ts). */
  whenRead?: true;
}

const prefix = 'zuzhi-offline-';
const cacheName = `${prefix}${OFFLINE.build}`;
const hashHeader = 'X-Content-Hash';
/** Downloads at once: enough to fill a poor connection, few enough to leave room for the page. */
const parallel = 4;

const pathOf = (url: string) => {
  const parsed = new URL(url, self.location.href);
  return parsed.origin === self.location.origin ? parsed.pathname : null;
};

async function hashOf(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return Array.from(digest.slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Saves a response under its path, with the hash of its body; refuses one that is not `expected`. */
async function store(cache: Cache, path: string, response: Response, expected?: string): Promise<void> {
  const body = await response.arrayBuffer();
  const hash = await hashOf(body);
  if (expected && hash !== expected) throw new Error(`${path}: not the file this build lists`);
  const headers = new Headers(response.headers);
  headers.set(hashHeader, hash);
  await cache.put(path, new Response(body, { status: response.status, statusText: response.statusText, headers }));
}

async function download(path: string, mode: RequestCache = 'no-cache'): Promise<Response> {
  const response = await fetch(path, { cache: mode, credentials: 'same-origin' });
  if (!response.ok || response.redirected) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

/** Runs `task` over `items`, a few at a time; the first failure fails all. */
async function inTurn<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

async function manifest(): Promise<Map<string, Entry>> {
  const response = await download(OFFLINE.manifestPath);
  const entries = (await response.json()) as Entry[];
  return new Map(entries.map((entry) => [entry.url, entry]));
}

async function savedPaths(cache: Cache): Promise<string[]> {
  return (await cache.keys()).map((request) => pathOf(request.url)).filter((path): path is string => path !== null);
}

// ---- install: the shell on first install; on an update, what was saved, from the new build.

async function install(): Promise<void> {
  const cache = await caches.open(cacheName);
  const earlier = (await caches.keys()).filter((name) => name.startsWith(prefix) && name !== cacheName);
  const old = new Map<string, Response>();
  for (const name of earlier) {
    const oldCache = await caches.open(name);
    for (const request of await oldCache.keys()) {
      const path = pathOf(request.url);
      const response = await oldCache.match(request);
      if (path && response) old.set(path, response);
    }
  }
  if (old.size === 0) {
    // Styles and scripts have hashed names: the copy the page just loaded is the one to keep.
    await inTurn(OFFLINE.shell, async (path) =>
      store(cache, path, await download(path, path.startsWith('/_astro/') ? 'force-cache' : 'no-cache')),
    );
    return;
  }
  const entries = await manifest();
  // Saved everything before: save everything again.
  const wanted = [
    ...new Set([
      ...OFFLINE.shell,
      ...[...entries.values()]
        .filter((entry) => old.has(entry.url) || (old.has(OFFLINE.manifestPath) && !entry.whenRead))
        .map((entry) => entry.url),
    ]),
  ];
  await inTurn(wanted, async (path) => {
    const entry = entries.get(path);
    const copy = old.get(path);
    if (copy && entry && copy.headers.get(hashHeader) === entry.hash) await cache.put(path, copy);
    else await store(cache, path, await download(path), entry?.hash);
  });
  if (old.has(OFFLINE.manifestPath)) await cache.put(OFFLINE.manifestPath, await download(OFFLINE.manifestPath));
}

self.addEventListener('install', (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(prefix) && name !== cacheName) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// ---- reading: saved first; else the network, keeping what was read; else the offline answer.

/**
 * Keeps a page and its companions (handout, Word file, search data) that are not saved yet; and
 * what the page `loaded` before this worker was there to see it (its styles and scripts, from the
 * browser's own cache: the page has just loaded them).
 */
async function keep(cache: Cache, path: string, response?: Response, loaded: readonly string[] = []): Promise<void> {
  const saved = new Set(await savedPaths(cache));
  if (!saved.has(path)) await store(cache, path, response ?? (await download(path, 'force-cache')));
  await inTurn(
    loaded.filter((asset) => !saved.has(asset)),
    async (asset) => store(cache, asset, await download(asset, 'force-cache')),
  );
  await inTurn(
    companionsOf(path).filter((companion) => !saved.has(companion)),
    async (companion) => store(cache, companion, await download(companion)),
  );
}

async function respond(event: FetchEvent, path: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  const saved = await cache.match(path);
  if (saved) return saved;
  try {
    const response = await fetch(event.request);
    if (response.ok && !response.redirected && response.type === 'basic' && !event.request.headers.has('range')) {
      event.waitUntil(keep(cache, path, response.clone()).catch(() => undefined));
    }
    return response;
  } catch (error) {
    const made = madeHereBy(path);
    const from = made && (await cache.match(made.page));
    if (made?.cut && from) {
      const body = made.cut.from(await from.text());
      if (body !== null) return new Response(body, { headers: { 'Content-Type': made.cut.type } });
    }
    if (event.request.mode === 'navigate') {
      const answer = (!made?.cut && from) || (await cache.match(OFFLINE.offlinePath));
      if (answer) return answer;
    }
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const path = pathOf(event.request.url);
  // The worker itself and the list of files are always asked of the network.
  if (!path || path === OFFLINE.workerPath || path === OFFLINE.manifestPath) return;
  event.respondWith(respond(event, path));
});

// ---- what the page asks: 'status', 'keep' (this page), 'save-all' (with progress).

async function status(): Promise<OfflineStatus> {
  const cache = await caches.open(cacheName);
  const saved = await savedPaths(cache);
  return { saved, complete: saved.includes(OFFLINE.manifestPath), total: OFFLINE.total };
}

async function saveAll(port: MessagePort): Promise<void> {
  const cache = await caches.open(cacheName);
  const entries = await manifest();
  const saved = new Set(await savedPaths(cache));
  const all = [...entries.values()].filter((entry) => !entry.whenRead);
  const missing = all.filter((entry) => !saved.has(entry.url));
  let done = all.length - missing.length;
  const progress = (): OfflineReply => ({ type: 'progress', done, count: all.length });
  port.postMessage(progress());
  await inTurn(missing, async (entry) => {
    await store(cache, entry.url, await download(entry.url), entry.hash);
    done++;
    port.postMessage(progress());
  });
  // The list itself marks the site as saved whole: an update then saves the whole new build.
  await cache.put(OFFLINE.manifestPath, await download(OFFLINE.manifestPath));
}

self.addEventListener('message', (event) => {
  const port = event.ports[0];
  const request = event.data as OfflineRequest | null;
  if (!port || !request) return;
  const answer = (type: 'status' | 'failed') => async (): Promise<void> =>
    port.postMessage({ type, ...(await status()) } satisfies OfflineReply);
  const reply = (work: Promise<unknown>) => event.waitUntil(work.then(answer('status'), answer('failed')));
  if (request.type === 'status') reply(Promise.resolve());
  else if (request.type === 'keep') {
    const path = pathOf(request.path);
    const loaded = request.loaded.map(pathOf).filter((asset): asset is string => asset !== null);
    if (path) reply(caches.open(cacheName).then((cache) => keep(cache, path, undefined, loaded)));
  } else if (request.type === 'save-all') reply(saveAll(port));
});
