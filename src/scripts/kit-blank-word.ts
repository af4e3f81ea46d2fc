/**
 * A form's blank Word file made on this device (./offline-word.ts, without a network): the same
 * document (src/kit/papers.ts) and the same writer (src/paper/docx.ts) as the file the server holds,
 * from the flow's forms' file, as this device keeps it (the form's address names the form).
 */
import { formDocument } from '../kit/papers.ts';
import { wordDocument } from '../paper/docx.ts';
import { saveFile } from './dom.ts';
import { formOfPath } from '../offline/made-here.ts';
import { readFillData } from './fill-data.ts';
import { kitWords } from '../words/kit.ts';

export async function saveBlankWord(formPage: string, fileName: string): Promise<void> {
  const ref = formOfPath(formPage);
  if (!ref) throw new Error(`${formPage}: not a form's address`);
  const data = await readFillData(ref);
  const blank = formDocument(data.form, { org: data.orgType }, data.grading);
  const bytes = await wordDocument(blank, kitWords.formTitle(data.orgType, blank.title));
  saveFile(
    new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
    fileName,
  );
}
