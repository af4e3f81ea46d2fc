/** The column widths of every form's tables (src/paper/columns.ts), as one small stylesheet. */
import type { APIRoute } from 'astro';
import { loadFlows } from '../flows/load.ts';
import { formDocument } from '../kit/papers.ts';
import { columnStyles } from '../paper/columns.ts';
import { formsOf } from '../kit/forms.ts';

export const GET: APIRoute = () =>
  new Response(columnStyles(loadFlows().flatMap((flow) => formsOf(flow).map((form) => formDocument(form)))), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
