/** What must be done before each meeting, and what goes up for review or is published (src/flows/milestones.ts). */
import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flows/load.ts';
import { milestones } from '../../src/flows/milestones.ts';

const flows = loadFlows();
const numbers = (steps: { number: number }[]) => steps.map((step) => step.number);

describe('milestones', () => {
  it.each(flows.map((flow) => [flow.slug, flow] as const))('%s', (slug, flow) => {
    const facts = milestones(flow);
    const nonpublic = slug === 'nonpublic';
    expect(facts.beforeMeetings.map(({ meeting, steps }) => [meeting, numbers(steps)])).toEqual([
      ['召开组织生活会', nonpublic ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
      ['党员大会', nonpublic ? [11, 12, 13, 14] : [16, 17, 18, 19]],
    ]);
    expect(numbers(facts.review)).toEqual(nonpublic ? [11] : [6, 16]);
    expect(numbers(facts.publish)).toEqual(nonpublic ? [12, 23] : [7, 17, 28]);
    for (const step of facts.review) expect(step.text).toContain('审核');
    for (const step of facts.publish) expect(step.text).toContain('公示');
  });
});
