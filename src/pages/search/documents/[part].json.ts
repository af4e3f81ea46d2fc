/**
 * The search data, one file for each flow and one for the rule texts ("site"): a device that
 * has saved one flow for offline use can search it without holding the others.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFlows, loadRules, loadStageNotes } from '../../../flows/load.ts';
import { flowSlugs } from '../../../flows/vocabulary.ts';
import { searchDocuments } from '../../../search/documents.ts';

export const getStaticPaths = (() =>
  ['site', ...flowSlugs].map((part) => ({ params: { part } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const documents = searchDocuments(loadFlows(), loadStageNotes(), loadRules());
  // An article bears on every flow: it has no flow of its own, and lives in "site".
  const part = documents.filter((doc) => (doc.flow || 'site') === params.part);
  return new Response(JSON.stringify(part), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
