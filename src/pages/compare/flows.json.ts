/**
 * Every flow and the roles, as the pair comparisons are made from them: what a pair page never
 * kept on this device is drawn from offline (src/scripts/compare-pair.ts), so that 保存全部 keeps
 * one file that grows with the flows instead of a page for every pair.
 */
import type { APIRoute } from 'astro';
import { loadFlows, loadRoles } from '../../flows/load.ts';
import type { CompareData } from '../../site/compare-html.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ flows: loadFlows(), roles: loadRoles() } satisfies CompareData), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
