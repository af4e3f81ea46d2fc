/**
 * A form's blank Word file made on this device (./offline-word.ts, without a network): the same
 * document (src/kit/papers.ts) and the same writer (src/paper/docx.ts) as the file the server holds,
 * from what the form's page carries for its script, read from the page as this device keeps it.
 */
import type { FillData } from '../kit/fill-data.ts';
import { formDocument } from '../kit/papers.ts';
import { wordDocument } from '../paper/docx.ts';
import { saveFile } from './dom.ts';

export async function saveBlankWord(formPage: string, fileName: string): Promise<void> {
  const html = await (await fetch(formPage)).text();
  const carried = new DOMParser().parseFromString(html, 'text/html').querySelector('script[data-form-data]');
  const data = JSON.parse(carried?.textContent ?? '') as FillData;
  const blank = formDocument(data.form, { org: data.orgType }, data.grading);
  const bytes = await wordDocument(blank, `${data.orgType}：${blank.title}`);
  saveFile(
    new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
    fileName,
  );
}
