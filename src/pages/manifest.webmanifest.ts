/** The web app manifest, so the site can be added to a phone's home screen and opened like an app. */
import type { APIRoute } from 'astro';
import { appIconPath, homePath } from '../site/urls.ts';
import { ui } from '../words/pages.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: ui.siteName,
      short_name: ui.siteShortName,
      description: ui.siteDescription,
      lang: 'zh-CN',
      start_url: homePath,
      scope: homePath,
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: ui.themeColor,
      icons: ([192, 512] as const).map((size) => ({
        src: appIconPath(size),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any',
      })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );
