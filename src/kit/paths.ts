/**
 * One page and one Word file per form of every flow: Astro's getStaticPaths for
 * /flows/<slug>/kit/<form>/ and /flows/<slug>/kit/<form>.docx.
 */
import { loadFlows, loadRules } from '../flows/load.ts';
import { gradingOf } from '../review/grading.ts';
import { formDocument } from './papers.ts';
import { formsOf } from './forms.ts';

export function formPaths() {
  const grading = gradingOf(loadRules());
  return loadFlows().flatMap((flow) =>
    formsOf(flow).map((form) => ({
      params: { slug: flow.slug, form: form.id },
      props: { flow, document: formDocument(form, { org: flow.orgType }, grading) },
    })),
  );
}
