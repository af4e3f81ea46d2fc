/** A form of the meeting kit as a Word file: the same document as its print page (src/kit/papers.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Flow } from '../../../../flows/model.ts';
import type { FormDocument } from '../../../../kit/papers.ts';
import { formPaths } from '../../../../kit/paths.ts';
import { wordDocument } from '../../../../paper/docx.ts';
import { kitWords } from '../../../../words/kit.ts';

export const getStaticPaths = formPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ flow: Flow; document: FormDocument }> = async ({ props }) =>
  new Response(
    new Uint8Array(await wordDocument(props.document, kitWords.formTitle(props.flow.orgType, props.document.title))),
    {
      headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    },
  );
