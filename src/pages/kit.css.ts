/**
 * The forms' own stylesheet: what only a form of the kit uses (src/styles/form.css), then the
 * column widths of every form's tables (src/paper/columns.ts).
 */
import type { APIRoute } from 'astro';
import formStyles from '../styles/form.css?raw';
import { loadFlows, loadRules } from '../flows/load.ts';
import { gradingOf } from '../review/grading.ts';
import { formDocument } from '../kit/papers.ts';
import { columnStyles } from '../paper/columns.ts';
import { formsOf } from '../kit/forms.ts';

const grading = gradingOf(loadRules());

export const GET: APIRoute = () =>
  new Response(
    formStyles +
      columnStyles(loadFlows().flatMap((flow) => formsOf(flow).map((form) => formDocument(form, {}, grading)))),
    {
      headers: { 'Content-Type': 'text/css; charset=utf-8' },
    },
  );
