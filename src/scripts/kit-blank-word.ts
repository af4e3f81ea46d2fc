/**
 * A form's blank Word file made on this device: offline use keeps no copy of every form's file, so
 * without a network it is made here — the same document (src/kit/papers.ts) and the same writer
 * (src/paper/docx.ts) as the file the server holds, loaded only when asked. From the kit's list,
 * the form is read from its page as the device keeps it (what the page carries for its script).
 */
import type { FillData } from '../kit/fill-data.ts';
import { formDocument } from '../kit/papers.ts';
import { saveFile } from './dom.ts';

export async function saveBlankWord(data: FillData, fileName: string): Promise<void> {
  const { wordDocument } = await import('../paper/docx.ts');
  const blank = formDocument(data.form, { org: data.orgType }, data.grading);
  const bytes = await wordDocument(blank, `${data.orgType}：${blank.title}`);
  saveFile(
    new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
    fileName,
  );
}

/** The same, for a form whose page is at `formPage` (kept on the device once read or saved). */
export async function saveBlankWordOf(formPage: string, fileName: string): Promise<void> {
  const html = await (await fetch(formPage)).text();
  const carried = new DOMParser().parseFromString(html, 'text/html').querySelector('script[data-form-data]');
  await saveBlankWord(JSON.parse(carried?.textContent ?? '') as FillData, fileName);
}
