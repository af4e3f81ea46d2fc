// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  // Pages are folders (/flows/village/) so they work on any static host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Nothing is fetched from elsewhere: no prefetch, no remote images, no dev toolbar.
  prefetch: false,
  devToolbar: { enabled: false },
});
