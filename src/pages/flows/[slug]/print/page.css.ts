/**
 * The handout's page footer (flow and address, in the bottom margin of every printed page).
 * A file of its own rather than a <style> element, so the Content-Security-Policy needs no
 * 'unsafe-inline' for styles.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { flowPaths } from '../../../../flows/load.ts';
import type { Flow } from '../../../../flows/model.ts';
import { absoluteUrl, handoutPath } from '../../../../site/urls.ts';

export const getStaticPaths = flowPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ flow: Flow }> = ({ props, site }) => {
  const footer = `${props.flow.orgType} · ${absoluteUrl(handoutPath(props.flow.slug), site)}`;
  return new Response(`@page {\n  @bottom-left {\n    content: ${JSON.stringify(footer)};\n  }\n}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
