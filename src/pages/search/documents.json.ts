import type { APIRoute } from 'astro';
import { loadFlows, loadRules, loadStageNotes } from '../../flows/load.ts';
import { searchDocuments } from '../../search/documents.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchDocuments(loadFlows(), loadStageNotes(), loadRules())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
