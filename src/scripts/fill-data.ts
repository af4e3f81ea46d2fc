/**
 * A form's fill data, read on the device: which form its page is (its article names the flow and
 * the form), and the form's data from the flow's forms' one file (src/kit/fill-data.ts), which the
 * service worker keeps with the form.
 */
import type { FillData, FlowFillData, FormRef } from '../kit/fill-data.ts';
import type { FlowSlug } from '../flows/vocabulary.ts';
import { kitFillDataPath } from '../site/urls.ts';

/** Which form the page is, or null on a page that is not a form's. */
export function formRefOf(page: ParentNode): FormRef | null {
  const article = page.querySelector<HTMLElement>('article[data-form][data-flow]');
  const [slug, id] = [article?.dataset.flow, article?.dataset.form];
  return slug && id ? { slug: slug as FlowSlug, id } : null;
}

/** The form's data; throws where the flow's file cannot be read or has no such form. */
export async function readFillData(ref: FormRef): Promise<FillData> {
  const response = await fetch(kitFillDataPath(ref.slug));
  if (!response.ok) throw new Error(`${kitFillDataPath(ref.slug)}: HTTP ${response.status}`);
  return fillDataOf((await response.json()) as FlowFillData, ref);
}

/** One form's data from its flow's file; throws where the file has no such form. */
export function fillDataOf(file: FlowFillData, ref: FormRef): FillData {
  const own = file.forms[ref.id];
  if (file.slug !== ref.slug || !own) throw new Error(`${ref.slug}/${ref.id}: not a form of this flow's file`);
  const { slug, shortName, orgType, steps, groups } = file;
  return { slug, shortName, orgType, steps, groups, ...own };
}
