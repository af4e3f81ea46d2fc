/**
 * The meeting kit: which forms a flow's steps call for, read from the flow's own data. The two
 * meetings (召开组织生活会, 党员大会) each get an agenda, minutes (会议记录) and a 主持词 of their
 * stage's steps; a step that names groups of people gets a name list, one that names what it
 * publishes a 公示 draft (the 党员大会's steps as its 程序, where it publishes one), one that sets
 * out a table's columns that table (the 整改清单; without groups, a row per member: the 情况通报),
 * one that makes a 方案 a plan scaffold of its part's steps, one that asks for opinions a 征求意见表,
 * one that reports a report to those it names, and the steps that hold 谈心谈话 one 谈心谈话记录;
 * the step that holds the 民主测评 a ballot (民主测评表) and its count (民主测评情况汇总表), and the
 * one that decides the grades the 民主评议党员结果; the step that publishes the 问题清单 that list, and
 * the 整改 step, beside its 整改清单, the 整改落实情况 to report up.
 * Every quote was checked against its step's text when the flow was loaded (src/flows/schema.ts).
 * Pure: a flow in, its forms out, in the order of the steps they serve.
 */
import { stepsOf, type Flow, type Part, type Stage, type Step } from '../flows/model.ts';
import { agendaStages, type MeetingId, type StageId } from '../flows/vocabulary.ts';
import { isDeadline } from '../ledger/ledger.ts';
export { isIndividual } from '../ledger/ledger.ts';

/** What every form has: its id, the step it serves, and the meeting of its part (the stage with an agenda), if any. */
interface FormBase {
  id: string;
  serves: Step;
  meeting: MeetingId | null;
}

export type Form = FormBase &
  (
    | /** A meeting's agenda: its stage's steps, verbatim, and who chairs it where the source says. */
      { kind: 'agenda'; stage: Stage; items: Step[] }
      /** A name list: the groups the step names, as headings over rows to fill in. */
    | { kind: 'names'; groups: string[] }
    /** A 公示 draft: what the step says is published, each with room to fill in; its 程序 the meeting's steps. */
    | { kind: 'notice'; publishes: string[]; programme: Step[] }
    /** A table the step sets out: a section per group, the step's own words as column heads. */
    | { kind: 'table'; groups: string[]; columns: string[] }
    /** A meeting's minutes (会议记录): its stage's steps in order, each with room to write. */
    | { kind: 'minutes'; stage: Stage; items: Step[]; name: string; attendees: string[]; observers: string[] }
    /** A 主持词: its stage's steps in order, each introduced as the next item, with room for notes. */
    | { kind: 'script'; stage: Stage; items: Step[] }
    /** A 征求意见表: whom the step asks, a row each, with room for what they say. */
    | { kind: 'opinions'; asks: string[] }
    /** A record of what the steps do (谈心谈话记录), serving the first, naming every step it serves. */
    | { kind: 'record'; records: string; steps: Step[] }
    /** A report to those the step names (会议准备情况报告), with its 落款. */
    | { kind: 'report'; reports: string[] }
    /** A row per member under the step's own words (the 情况通报: 参加党组织活动、党费缴纳、完成支部交办事项). */
    | { kind: 'roster'; columns: string[] }
    /**
     * A 方案 scaffold: the steps of the step's part as 工作步骤, with time and person to fill in,
     * and the groups of people its part's name lists name (参加人员).
     */
    | { kind: 'plan'; makes: string; steps: Step[]; groups: string[] }
    /** A ballot (民主测评表): a row per member, a box per grade; a 预备党员's row not graded. */
    | { kind: 'ballot' }
    /** The count of the ballots (民主测评情况汇总表): per member, the ballots for each grade; out and back. */
    | { kind: 'tally' }
    /** The grades decided (民主评议党员结果): per member, and how many of each, for the higher organisation. */
    | { kind: 'results' }
    /** A 问题清单 the step publishes: a section per group of the 整改 step, a problem a row. */
    | { kind: 'problems'; groups: string[] }
    /** 整改落实情况, to report up: the 整改 table with each problem's status and 完成情况. */
    | { kind: 'ledger'; groups: string[]; columns: string[] }
  );

/**
 * The group of a name list that is every member of the branch (党支部全体党员, 医院党支部全体党员):
 * filled from the 党员名单 rather than typed again.
 */
export const isAllMembers = (group: string) => group.endsWith('全体党员');
/** The group that is the branch committee (党组织班子成员): filled from the 班子成员. */
export const isCommittee = (group: string) => group.endsWith('班子成员');

const stepsOfPart = (part: Part) => part.stages.flatMap((stage) => stage.steps);
const isMeeting = (stage: StageId): stage is MeetingId => (agendaStages as readonly StageId[]).includes(stage);

/** What a 公示 publishes that the source itself sets out: the 程序, which is the meeting's steps. */
export const programmeWord = '程序';
/** A meeting's name on its minutes: the part's for the 专题组织生活会, the stage's for the 党员大会. */
const meetingName = (part: Part, stage: Stage) => (stage.id === 'assembly' && stage.title ? stage.title : part.title);
/** The steps that say who takes part in a meeting, and who attends it without taking part (列席). */
const attendeeSteps = ['meeting-attendees', 'review-attendees'];
const observerSteps = ['invite-non-members'];

export function formsOf(flow: Flow): Form[] {
  const forms: Form[] = [];
  const recorded = stepsOf(flow).filter(({ step }) => step.paper?.records);
  /** The step that sets out the 整改 (its groups, and columns with a deadline): its problems are the 问题清单's. */
  const rectify = stepsOf(flow).find(({ step }) => step.paper?.groups && step.paper.columns?.some(isDeadline))?.step;
  for (const part of flow.parts) {
    const meeting = part.stages.map((stage) => stage.id).find(isMeeting) ?? null;
    const meetingStage = part.stages.find((stage) => stage.id === meeting);
    const groupsOf = (ids: readonly string[]) =>
      stepsOfPart(part).flatMap((step) => (ids.includes(step.id) ? (step.paper?.groups ?? []) : []));
    /** The people the part's name lists name, group by group, each once. */
    const groups = [
      ...new Set(
        stepsOfPart(part).flatMap((step) => (step.paper?.groups && !step.paper.columns ? step.paper.groups : [])),
      ),
    ];
    for (const stage of part.stages) {
      if (isMeeting(stage.id)) {
        const base = { serves: stage.steps[0]!, meeting, stage, items: stage.steps };
        forms.push({ ...base, kind: 'agenda', id: `${stage.id}-agenda` });
        forms.push({ ...base, kind: 'script', id: `${stage.id}-script` });
        forms.push({
          ...base,
          kind: 'minutes',
          id: `${stage.id}-minutes`,
          name: meetingName(part, stage),
          attendees: groupsOf(attendeeSteps),
          observers: groupsOf(observerSteps),
        });
      }
      for (const step of stage.steps) {
        const paper = step.paper;
        if (!paper) continue;
        const base = { id: step.id, serves: step, meeting };
        const plan = paper.makes?.find((made) => made.endsWith('方案'));
        if (plan) forms.push({ ...base, kind: 'plan', makes: plan, steps: stepsOfPart(part), groups });
        if (paper.publishes) {
          const programme = paper.publishes.includes(programmeWord) ? (meetingStage?.steps ?? []) : [];
          forms.push({ ...base, kind: 'notice', publishes: paper.publishes, programme });
        }
        if (paper.groups && paper.columns) {
          forms.push({ ...base, kind: 'table', groups: paper.groups, columns: paper.columns });
          if (step === rectify)
            forms.push({
              ...base,
              id: 'rectification-report',
              kind: 'ledger',
              groups: paper.groups,
              columns: paper.columns,
            });
        } else if (paper.groups) {
          forms.push({ ...base, kind: 'names', groups: paper.groups });
        } else if (paper.columns) {
          forms.push({ ...base, kind: 'roster', columns: paper.columns });
        }
        if (paper.asks) forms.push({ ...base, kind: 'opinions', asks: paper.asks });
        if (paper.reports) forms.push({ ...base, kind: 'report', reports: paper.reports });
        if (paper.problems && rectify)
          forms.push({ ...base, id: 'problem-list', kind: 'problems', groups: rectify.paper!.groups! });
        if (paper.assesses) {
          forms.push({ ...base, id: 'ballot', kind: 'ballot' });
          forms.push({ ...base, id: 'ballot-tally', kind: 'tally' });
        }
        if (paper.rates) forms.push({ ...base, id: 'rating-results', kind: 'results' });
        if (paper.records && step === recorded[0]?.step) {
          forms.push({
            ...base,
            id: 'talk-record',
            kind: 'record',
            records: paper.records[0]!,
            steps: recorded.map(({ step: each }) => each),
          });
        }
      }
    }
  }
  return forms;
}

/**
 * The groups of people the reader lists herself in 本支部信息: every group a name list of the
 * flow names, in step order, each once with the step that first names it, except the two filled
 * from her 班子成员 and 党员名单.
 */
export function peopleGroups(forms: readonly Form[]): { group: string; step: Step }[] {
  const seen = new Map<string, Step>();
  for (const form of forms) {
    if (form.kind !== 'names') continue;
    for (const group of form.groups) {
      if (!isAllMembers(group) && !isCommittee(group) && !seen.has(group)) seen.set(group, form.serves);
    }
  }
  return [...seen].map(([group, step]) => ({ group, step }));
}

/**
 * What a step calls for, as its page and handout say under it: what must be ready (需要准备: its
 * needs, and what it publishes) and what it produces (形成材料), each in its own words.
 */
export function papersOf(step: Step): { needs: string[]; makes: string[] } {
  return { needs: [...(step.paper?.needs ?? []), ...(step.paper?.publishes ?? [])], makes: step.paper?.makes ?? [] };
}

/** The forms that serve a step (shown under it on the flow page). */
export function formsServing(forms: readonly Form[], step: Step): Form[] {
  return forms.filter((form) => form.serves.id === step.id);
}
