/**
 * A form's blank Word file made on this device (./offline-word.ts, without a network): the same
 * document (src/kit/papers.ts) and the same writer (src/paper/docx.ts) as the file the server holds,
 * from what the form's page carries for its script and the flow's forms' file, as this device keeps them.
 */
import { formDocument } from '../kit/papers.ts';
import { wordDocument } from '../paper/docx.ts';
import { saveFile } from './dom.ts';
import { carriedFillData, readFillData } from './fill-data.ts';

export async function saveBlankWord(formPage: string, fileName: string): Promise<void> {
  const html = await (await fetch(formPage)).text();
  const own = carriedFillData(new DOMParser().parseFromString(html, 'text/html'));
  if (!own) throw new Error(`${formPage}: no form data`);
  const data = await readFillData(own);
  const blank = formDocument(data.form, { org: data.orgType }, data.grading);
  const bytes = await wordDocument(blank, `${data.orgType}：${blank.title}`);
  saveFile(
    new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
    fileName,
  );
}
