// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  // Pages are folders (/flows/village/) so they work on any static host.
  trailingSlash: 'always',
  // Scripts and styles always in files of their own: the Content-Security-Policy allows no inline ones.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Nothing is fetched from elsewhere: no prefetch, no remote images, no dev toolbar.
  prefetch: false,
  devToolbar: { enabled: false },
});
