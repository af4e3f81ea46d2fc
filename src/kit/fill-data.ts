/**
 * What a form's script needs to fill it in on the reader's device (src/scripts/kit-fill.ts): the
 * form itself, and what is needed to read her records for the flow (every step id, for the plan;
 * the groups of people, for 本支部信息) and to name the Word file. One file for a flow's forms
 * (kitFillDataPath), not a copy in each page: a form's page names only its flow and form
 * (data-flow, data-form), and 保存全部 keeps each step's text once a flow instead of once a form.
 */
import type { Flow } from '../flows/model.ts';
import { stepsOf } from '../flows/model.ts';
import type { FlowSlug } from '../flows/vocabulary.ts';
import { formsOf, peopleGroups, type Form } from './forms.ts';
import { needsGrading } from './papers.ts';
import type { Grading } from '../review/grading.ts';
import { ledgerShapeOf, type LedgerShape } from '../ledger/ledger.ts';

export interface FillData {
  slug: FlowSlug;
  shortName: string;
  /** Above a form's title where no 党组织名称 is given. */
  orgType: string;
  /** Every step id of the flow, in order: the plan is read with them all, so no part of it looks foreign. */
  steps: string[];
  /** The groups of people 本支部信息 lists for this flow. */
  groups: string[];
  form: Form;
  /** The grades, for the 民主评议's forms. */
  grading?: Grading;
  /** What the flow's 整改台账 holds, for the forms it fills (问题清单, 整改清单, 整改落实情况). */
  ledger?: LedgerShape;
}

/** The forms the 整改台账 fills. */
export const fromLedger = (form: Form) => form.kind === 'table' || form.kind === 'problems' || form.kind === 'ledger';

/** What one form adds to what every form of its flow shares. */
export type FormFillData = Omit<FillData, keyof SharedFillData>;
type SharedFillData = Pick<FillData, 'slug' | 'shortName' | 'orgType' | 'steps' | 'groups'>;

/** A flow's file: what its forms share, and each form's own, by its id. */
export interface FlowFillData extends SharedFillData {
  forms: Record<string, FormFillData>;
}

/** Which form a page is: its flow and its id. */
export interface FormRef {
  slug: FlowSlug;
  id: string;
}

export const flowFillData = (flow: Flow, grading: Grading): FlowFillData => ({
  slug: flow.slug,
  shortName: flow.shortName,
  orgType: flow.orgType,
  steps: stepsOf(flow).map(({ step }) => step.id),
  groups: peopleGroups(formsOf(flow)).map(({ group }) => group),
  forms: Object.fromEntries(formsOf(flow).map((form) => [form.id, formFillData(flow, form, grading)])),
});

const formFillData = (flow: Flow, form: Form, grading: Grading): FormFillData => ({
  form,
  ...(needsGrading(form) ? { grading } : {}),
  ...(fromLedger(form) && ledgerShapeOf(flow) ? { ledger: ledgerShapeOf(flow)! } : {}),
});
