/** A form's document as the site makes it: with the grading read from the checked guidance, for the 民主评议's forms. */
import { loadRules } from '../../src/flows/load.ts';
import type { Form } from '../../src/kit/forms.ts';
import { formDocument, type FormValues } from '../../src/kit/papers.ts';
import { cellText, type Cell } from '../../src/paper/model.ts';
import { gradingOf } from '../../src/review/grading.ts';

export const grading = gradingOf(loadRules());

export const documentOf = (form: Form, values: FormValues = {}) => formDocument(form, values, grading);

/** What a cell prints as words: its text (a box to tick prints none). */
export const cellWords = (cell: Cell): string => (typeof cell === 'object' && 'tick' in cell ? '' : cellText(cell));
