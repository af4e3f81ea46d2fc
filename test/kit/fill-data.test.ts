/** A flow's forms' one file (src/kit/fill-data.ts) and a form's data read from it (src/scripts/fill-data.ts). */
import { describe, expect, it } from 'vitest';
import { loadFlows, loadRules } from '../../src/flows/load.ts';
import { stepsOf } from '../../src/flows/model.ts';
import { flowFillData } from '../../src/kit/fill-data.ts';
import { formsOf } from '../../src/kit/forms.ts';
import { gradingOf } from '../../src/review/grading.ts';
import { fillDataOf } from '../../src/scripts/fill-data.ts';

const grading = gradingOf(loadRules());

describe.each(loadFlows())('$slug', (flow) => {
  const file = flowFillData(flow, grading);

  it('holds every form of the flow, each once, with what the flow’s forms share once', () => {
    expect(Object.keys(file.forms)).toEqual(formsOf(flow).map((form) => form.id));
    expect(file.steps).toEqual(stepsOf(flow).map(({ step }) => step.id));
    expect(file.orgType).toBe(flow.orgType);
  });

  it('gives a form its own data with the shared, and refuses a form or flow it does not hold', () => {
    for (const form of formsOf(flow)) {
      const data = fillDataOf(file, { slug: flow.slug, id: form.id });
      expect(data.form).toEqual(form);
      expect(data.slug).toBe(flow.slug);
      expect(data.groups).toBe(file.groups);
      expect('forms' in data).toBe(false);
    }
    expect(() => fillDataOf(file, { slug: flow.slug, id: 'no-such-form' })).toThrow(/no-such-form/);
    const other = loadFlows().find((candidate) => candidate.slug !== flow.slug)!;
    expect(() => fillDataOf(file, { slug: other.slug, id: formsOf(flow)[0]!.id })).toThrow(other.slug);
  });
});
