/**
 * Offline after one visit: a Workbox service worker that precaches the whole site (pages,
 * CSS and JS, charts, the search index and documents), written into the build output. Each
 * build's files are listed with a hash of their content, so a new deploy replaces exactly what
 * changed and deletes the old cache; the new worker takes over at once (skipWaiting).
 */
import { generateSW, getManifest } from 'workbox-build';
import { offlinePath, pagefindPath, serviceWorkerPath } from '../site/urls.ts';

/** Site paths as globs inside the build folder. */
const pagefind = pagefindPath.slice(1);

/** What is precached, and so what reads offline. Pagefind's own UI files are not used here. */
const precache = {
  globPatterns: [
    '**/*.{html,css,js,json,svg,txt,png,webmanifest,docx}',
    `${pagefind}**/*.{pf_fragment,pf_index,pf_meta,pf_filter,pagefind}`,
  ],
  globIgnores: [
    `${pagefind}pagefind-*ui*`,
    `${pagefind}pagefind-highlight.js`,
    serviceWorkerPath.slice(1),
    // Pictures for link previews: never read offline.
    '**/share.png',
    'workbox-*.js',
  ],
  maximumFileSizeToCacheInBytes: 512 * 1024,
};

/** The budget for a first visit's precache (uncompressed bytes). */
export const precacheBudget = 2 * 1024 * 1024;

export async function writeServiceWorker(dir: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    ...precache,
    globDirectory: dir,
    swDest: `${dir}${serviceWorkerPath}`,
    // Pages are folders: /flows/village/ is flows/village/index.html in the precache.
    directoryIndex: 'index.html',
    // /search/?q=… is the search page; pagefind.js?retry=2 is pagefind.js.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    skipWaiting: true,
    clientsClaim: true,
    // A page that is not saved (an unknown address, or one without its closing slash) is asked
    // of the network; with no network, the offline page answers, saying so.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        // The precache knows pages by their files (offline/index.html).
        options: { precacheFallback: { fallbackURL: `${offlinePath}index.html` } },
      },
    ],
    // Everything in one file from this site: no Workbox runtime fetched from elsewhere.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  if (warnings.length) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { count, size };
}

/** The precache of a built site, without writing anything (for the bench). */
export async function precacheSize(dir: string): Promise<{ count: number; size: number }> {
  const { count, size } = await getManifest({ ...precache, globDirectory: dir });
  return { count, size };
}
