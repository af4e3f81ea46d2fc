/** A flow's link-preview picture (src/share/card.ts); none where the build machine lacks the font. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { flowPaths } from '../../../flows/load.ts';
import type { Flow } from '../../../flows/model.ts';
import { canDrawCards, shareCard } from '../../../share/card.ts';
import { ui } from '../../../words/pages.ts';

export const getStaticPaths = (() => (canDrawCards() ? flowPaths() : [])) satisfies GetStaticPaths;

export const GET: APIRoute<{ flow: Flow }> = ({ props }) =>
  new Response(
    new Uint8Array(
      shareCard({
        heading: props.flow.orgType,
        lines: ui.shareCard.flow(props.flow.stepCount),
        footer: ui.shareCard.footer,
        colour: ui.themeColor,
      }),
    ),
    { headers: { 'Content-Type': 'image/png' } },
  );
