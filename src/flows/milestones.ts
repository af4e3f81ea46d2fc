/**
 * What a reader must have done before each meeting, and which steps send something up for
 * review or publish a 公示: read off the flow's own stages and step texts (the site's note on
 * them, never source text). Pure.
 */
import { stepsOf, type Flow, type Step } from './model.ts';
import type { StageId } from './vocabulary.ts';

/** The two meetings of every flow, as the source's stages. */
const meetings: { stage: StageId; before: (stage: StageId) => boolean }[] = [
  // 专题组织生活会: everything of part 一 that comes before 召开组织生活会.
  { stage: 'convene', before: (stage) => stage === 'mobilize' || stage === 'prepare' },
  // 党员大会: 会前组织.
  { stage: 'assembly', before: (stage) => stage === 'organize' },
];

export interface Milestones {
  /** For each meeting (its stage's title), the steps to finish before it. */
  beforeMeetings: { meeting: string; steps: Step[] }[];
  /** Steps whose text sends something up for review (审核). */
  review: Step[];
  /** Steps whose text publishes a 公示. */
  publish: Step[];
}

export function milestones(flow: Flow): Milestones {
  const placements = stepsOf(flow);
  return {
    beforeMeetings: meetings.flatMap(({ stage, before }) => {
      const meeting = placements.find((placement) => placement.stage.id === stage)?.stage;
      if (!meeting?.title) return [];
      return [{ meeting: meeting.title, steps: placements.filter((p) => before(p.stage.id)).map(({ step }) => step) }];
    }),
    review: placements.filter(({ step }) => step.text.includes('审核')).map(({ step }) => step),
    publish: placements.filter(({ step }) => /公示/.test(step.text)).map(({ step }) => step),
  };
}
