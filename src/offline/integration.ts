/**
 * The two steps that need the whole built site, as Astro integrations, so that `astro build`
 * alone makes the complete site: the Pagefind index, then (it lists Pagefind's files) the list
 * of files offered offline and the service worker that serves them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { offlineManifestPath, offlinePath, pagefindPath, serviceWorkerPath } from '../site/urls.ts';
import { contentHash, offlineEntries, savedByAll, shellOf } from './files.ts';
import { isMakerPage } from './made-here.ts';
import type { OfflineStatus } from './status.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'zuzhi:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: path.join(site, pagefindPath) });
        const problems = [...errors, ...added.errors, ...written.errors];
        await pagefind.close();
        if (problems.length) throw new Error(`Pagefind: ${problems.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}

export function offlineUse(): AstroIntegration {
  return {
    name: 'zuzhi:offline-use',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, bytes } = await writeOfflineFiles(fileURLToPath(dir));
        logger.info(`offers ${count} files offline (${Math.round(bytes / 1024)} KB to save them all)`);
      },
    },
  };
}

/** Writes /offline.json and /sw.js into a built site. */
export async function writeOfflineFiles(dir: string): Promise<OfflineStatus['total']> {
  const entries = offlineEntries(dir);
  const list = JSON.stringify(entries);
  writeFileSync(path.join(dir, offlineManifestPath), list);
  const all = savedByAll(entries);
  const total = {
    count: all.length,
    // Every page a reader may open offline once all is saved: those kept, and those made here.
    pages: entries.filter((entry) => entry.url.endsWith('/') && !isMakerPage(entry.url)).length,
    bytes: all.reduce((sum, entry) => sum + entry.bytes, 0),
  };
  const settings = {
    build: contentHash(Buffer.from(list)),
    shell: shellOf(dir, entries),
    manifestPath: offlineManifestPath,
    offlinePath,
    workerPath: serviceWorkerPath,
    total,
  };
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    define: { OFFLINE: JSON.stringify(settings) },
    logLevel: 'silent',
  });
  writeFileSync(path.join(dir, serviceWorkerPath), result.outputFiles[0]!.contents);
  return total;
}
