/** The column widths of every form's tables (src/kit/documents.ts), as one small stylesheet. */
import type { APIRoute } from 'astro';
import { loadFlows } from '../flows/load.ts';
import { columnStyles, formDocument } from '../kit/documents.ts';
import { formsOf } from '../kit/forms.ts';

export const GET: APIRoute = () =>
  new Response(columnStyles(loadFlows().flatMap((flow) => formsOf(flow).map((form) => formDocument(form)))), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
