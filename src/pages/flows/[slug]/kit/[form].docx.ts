/** A form of the meeting kit as a Word file (src/kit/word.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Flow } from '../../../../flows/model.ts';
import type { FormDocument } from '../../../../kit/documents.ts';
import { formPaths } from '../../../../kit/paths.ts';
import { wordForm } from '../../../../kit/word.ts';

export const getStaticPaths = formPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ flow: Flow; document: FormDocument }> = async ({ props }) =>
  new Response(new Uint8Array(await wordForm(props.flow, props.document)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
