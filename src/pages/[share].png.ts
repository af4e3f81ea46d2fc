/** The site's link-preview picture, /share.png (src/share/card.ts); none without the font. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { canDrawCards, shareCard } from '../share/card.ts';
import { ui } from '../words/pages.ts';

export const getStaticPaths = (() => (canDrawCards() ? [{ params: { share: 'share' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(
    new Uint8Array(
      shareCard({ heading: ui.siteName, lines: ui.shareCard.site, footer: ui.shareCard.footer, colour: ui.themeColor }),
    ),
    { headers: { 'Content-Type': 'image/png' } },
  );
