// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { browserslistToTargets } from 'lightningcss';
import { contentGate } from './src/publish/astro-content-gate.ts';
import { offlineUse, searchIndex } from './src/offline/integration.ts';

export default defineConfig({
  // The deployed address (SITE=https://… npm run build): printed on handouts; unset, they show paths.
  ...(process.env.SITE ? { site: process.env.SITE } : {}),
  // After the pages: the search index, then the offline files (which list the index's files).
  integrations: [contentGate(), mdx(), searchIndex(), offlineUse()],
  // Pages are folders (/flows/village/) so they work on any static host.
  trailingSlash: 'always',
  // Scripts and styles always in files of their own: the Content-Security-Policy allows no inline ones.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    // The browsers the site supports (package.json's browserslist, README: Browsers): the scripts'
    // and the styles' syntax lowered to what the oldest of them reads.
    css: { transformer: 'lightningcss', lightningcss: { targets: browserslistToTargets(browserslist()) } },
    build: {
      target: browserslistToEsbuild(),
      cssTarget: browserslistToEsbuild(),
      cssMinify: 'lightningcss',
      assetsInlineLimit: 0,
      rollupOptions: {
        output: {
          // The records on the device that every flow page reads (progress, the plan), the small
          // modules every page's scripts share (addresses, the pages' hooks), 本支部信息 with its
          // keeping and what a form reads to fill in, and what draws HTML from strings with the
          // words it uses (a paper, a pair made on the device), each in one file rather than a file
          // a module: a first visit saves fewer, smaller requests, and the list of what a page's
          // scripts may load later is shorter. A module two groups could take goes to the one of
          // higher priority.
          codeSplitting: {
            groups: [
              {
                name: 'records',
                priority: 3,
                test: /src\/scripts\/(records|plan-store|progress-store)\.ts$|src\/site\/canonical-json\.ts$/,
              },
              {
                name: 'site',
                priority: 2,
                test: /src\/site\/urls\.ts$|src\/paper\/hooks\.ts$|src\/scripts\/(in-app|dom|ledger-key)\.ts$/,
              },
              {
                name: 'branch',
                priority: 1,
                test: /src\/branch\/branch\.ts$|src\/scripts\/(branch-store|fill-data)\.ts$/,
              },
              { name: 'paper', priority: 1, test: /src\/paper\/(markup|html)\.ts$|src\/words\/common\.ts$/ },
            ],
          },
        },
      },
    },
  },
  // Nothing is fetched from elsewhere: no prefetch, no remote images, no dev toolbar.
  prefetch: false,
  devToolbar: { enabled: false },
});
