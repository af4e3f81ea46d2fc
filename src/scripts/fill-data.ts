/**
 * A form's fill data, read on the device: what its page carries, and what the flow's forms share,
 * from their one file (src/kit/fill-data.ts), which the service worker keeps with the form.
 */
import type { FillData, FlowFillData, FormFillData } from '../kit/fill-data.ts';
import { kitFillDataPath } from '../site/urls.ts';

/** What the page carries, or null on a page that is not a form's. */
export function carriedFillData(page: ParentNode): FormFillData | null {
  const carried = page.querySelector('script[data-form-data]');
  return carried ? (JSON.parse(carried.textContent ?? '') as FormFillData) : null;
}

/** The whole of it; throws where the flow's file cannot be read. */
export async function readFillData(own: FormFillData): Promise<FillData> {
  const response = await fetch(kitFillDataPath(own.slug));
  if (!response.ok) throw new Error(`${kitFillDataPath(own.slug)}: HTTP ${response.status}`);
  return { ...((await response.json()) as FlowFillData), ...own };
}
