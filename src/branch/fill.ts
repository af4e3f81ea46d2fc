/**
 * What a branch's own details (./branch.ts) and its plan (src/plan/plan.ts) write into a form of
 * the kit: the 党组织名称 above the title and in its field; the meeting's time (hers, else the
 * plan's date for the meeting), place, chair and recorder; one row per person in each name list
 * (the members and the committee from her lists, every other group from its own) with 应到 N 人;
 * a 方案's 时间和地点 and 参加人员, and each 工作步骤's date and person; the members on a ballot,
 * and, from the 民主评议 on the device (src/review/review.ts), the count and the grades. Pure: the
 * same values make the print page and the Word file (src/kit/papers.ts formDocument).
 */
import { fullDate, meetingTimeText } from '../plan/dates.ts';
import type { Plan } from '../plan/plan.ts';
import { isAllMembers, isCommittee, type Form } from '../kit/forms.ts';
import type { AssessedMember, FormValues, ListedPerson, ListedProblem } from '../kit/papers.ts';
import type { Grading } from '../review/grading.ts';
import { tallyOf, type Review } from '../review/review.ts';
import { isDeadline, isOverdue, type Ledger } from '../ledger/ledger.ts';
import { kitWords as words } from '../words/kit.ts';
import type { Branch } from './branch.ts';

/** The people of one group of a name list, as rows: the members (预备党员 noted), the committee (with 职务), or her own list. */
export function peopleOf(group: string, branch: Branch): ListedPerson[] {
  if (isAllMembers(group))
    return (branch.members ?? []).map(({ name, probationary }) => ({
      name,
      ...(probationary ? { note: words.probationary } : {}),
    }));
  if (isCommittee(group))
    return [
      ...(branch.secretary ? [{ name: branch.secretary, note: words.secretary }] : []),
      ...(branch.committee ?? [])
        .filter((member) => member.name !== branch.secretary)
        .map(({ name, post }) => ({ name, ...(post ? { note: post } : {}) })),
    ];
  return (branch.people?.[group] ?? []).map((name) => ({ name }));
}

/** The form's values from her branch and plan, and, for the 民主评议's forms, the review on the device. */
export function formValues(
  form: Form,
  branch: Branch,
  plan: Plan,
  records: {
    /** The 民主评议 on the device, with its grading. */
    assessment?: { review: Review; grading: Grading } | undefined;
    /** The 整改台账 on the device, and today in China (what is 逾期). */
    ledger?: { ledger: Ledger; today: string } | undefined;
  } = {},
): FormValues {
  const { assessment } = records;
  const meeting = form.meeting ? branch.meetings?.[form.meeting] : undefined;
  /** The meeting's day from the plan: the date planned for its first step (its agenda's first item). */
  const plannedDay = form.kind === 'agenda' ? plan[form.items[0]!.id]?.date : undefined;
  const fields: Record<string, string> = {};
  const set = (label: string, value: string | undefined) => {
    if (value) fields[label] = value;
  };
  set(words.orgField, branch.org);
  set(words.meetingTime, meeting?.time ? meetingTimeText(meeting.time) : plannedDay && fullDate(plannedDay));
  set(words.meetingPlace, meeting?.place);
  set(words.chair, meeting?.chair);
  set(words.recorder, meeting?.recorder);
  const values: FormValues = { fields };
  if (branch.org) values.org = branch.org;
  // A list she has named no one for stays as blank as the blank one.
  const people = 'groups' in form ? form.groups.map((group) => [group, peopleOf(group, branch)] as const) : [];
  if ((form.kind === 'names' || form.kind === 'plan') && people.some(([, listed]) => listed.length)) {
    values.names = Object.fromEntries(people);
  }
  if (form.kind === 'names' && values.names) {
    fields[words.expected] = words.headcount(people.reduce((sum, [, listed]) => sum + listed.length, 0));
  }
  if (form.kind === 'minutes') {
    const expected = form.attendees.reduce((sum, group) => sum + peopleOf(group, branch).length, 0);
    if (expected) fields[words.expected] = words.headcount(expected);
    const observers = form.observers.flatMap((group) => peopleOf(group, branch).map(({ name }) => name));
    if (observers.length) fields[words.observers] = observers.join('、');
  }
  if (form.kind === 'roster' && branch.members?.length) {
    values.members = branch.members.map(({ name }) => ({ name }));
  }
  if ((form.kind === 'ballot' || form.kind === 'tally' || form.kind === 'results') && branch.members?.length) {
    set(words.assessedOn, fields[words.meetingTime]);
    values.assessed = assessedMembers(form.kind, branch, assessment);
    const review = assessment?.review;
    if (form.kind === 'tally' && review) {
      if (review.issued !== undefined) set(words.ballotsIssued, words.ballotCount(review.issued));
      if (review.returned !== undefined) set(words.ballotsReturned, words.ballotCount(review.returned));
    }
  }
  if (
    (form.kind === 'table' || form.kind === 'problems' || form.kind === 'ledger') &&
    records.ledger?.ledger.problems
  ) {
    values.problems = listedProblems(form, records.ledger.ledger, records.ledger.today);
  }
  if (form.kind === 'plan') {
    values.plan = Object.fromEntries(
      form.steps.map((step) => [
        step.id,
        { time: plan[step.id]?.date ? fullDate(plan[step.id]!.date) : '', owner: plan[step.id]?.owner ?? '' },
      ]),
    );
  }
  return values;
}

/** The members as a ballot lists them; with the count, on the 汇总表; with the grade decided, on the results. */
function assessedMembers(
  kind: 'ballot' | 'tally' | 'results',
  branch: Branch,
  assessment: { review: Review; grading: Grading } | undefined,
): AssessedMember[] {
  const tally = assessment && kind === 'tally' ? tallyOf(assessment.review, assessment.grading.grades) : null;
  return (branch.members ?? []).map(({ name, probationary }) => {
    const member: AssessedMember = { name, probationary: !!probationary };
    if (tally) member.counts = tally.get(name) ?? assessment!.grading.grades.map(() => 0);
    const grade = kind === 'results' ? assessment?.review.ratings?.[name] : undefined;
    if (grade && !probationary) member.grade = grade;
    return member;
  });
}

/** The ledger's problems as a list's rows, by group: the 整改 under the table's columns, and, on the report, how each stands. */
function listedProblems(
  form: Extract<Form, { kind: 'table' | 'problems' | 'ledger' }>,
  ledger: Ledger,
  today: string,
): Record<string, ListedProblem[]> {
  const columns = form.kind === 'problems' ? [] : form.columns;
  return Object.fromEntries(
    form.groups.map((group) => [
      group,
      (ledger.problems ?? [])
        .filter((problem) => problem.group === group)
        .map((problem) => {
          const listed: ListedProblem = {
            text: problem.text,
            columns: columns.map((column) =>
              isDeadline(column) ? (problem.due ? fullDate(problem.due) : '') : (problem.fields?.[column] ?? ''),
            ),
          };
          if (problem.member) listed.member = problem.member;
          if (form.kind === 'ledger') {
            listed.status =
              problem.status === 'done'
                ? words.statusDone(problem.doneOn ? fullDate(problem.doneOn) : '')
                : words.statuses[problem.status ?? 'todo'] + (isOverdue(problem, today) ? words.overdueMark : '');
            if (problem.outcome) listed.outcome = problem.outcome;
          }
          return listed;
        }),
    ]),
  );
}
