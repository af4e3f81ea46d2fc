/**
 * 民主评议计票与评定 on its page: the members come from 本支部信息 (read only); the ballots given out
 * and returned, the count (as counts per member and grade, or ballot by ballot with 撤销上一张),
 * each 正式党员's grade and 反馈本人 are kept on this device (./review-store.ts), each change saved
 * at once and said. What cannot be right is said (src/review/review.ts tallyProblems), never
 * corrected or dropped; records of a member no longer listed stay until she removes them. When
 * more of the 正式党员 are graded at the top than the guide figure, the page's reminder (the
 * quoted guidance) shows; it decides nothing.
 */
import type { Member } from '../branch/branch.ts';
import type { FlowSlug } from '../flows/vocabulary.ts';
import type { Grading } from '../review/grading.ts';
import {
  reviewLimits,
  tallyOf,
  tallyProblems,
  topShare,
  withoutMembers,
  type Ballot,
  type Review,
} from '../review/review.ts';
import { reviewHooks, reviewSelectors } from '../site/review-hooks.ts';
import { branchPath } from '../site/urls.ts';
import { reviewScriptWords as words } from '../words/review.ts';
import { branchMembers } from './branch-store.ts';
import { element } from './dom.ts';
import { clearSelectors } from '../site/hooks.ts';
import { keptRecords } from './records.ts';
import { readReview, reviewKey, writeReview } from './review-store.ts';
import { followOtherWindows } from './other-windows.ts';
import { savedOnLeaving, typedBeforeStart } from './typing.ts';

type GradingData = Pick<Grading, 'grades' | 'notGraded' | 'share'>;

const editor = document.querySelector<HTMLElement>(reviewSelectors.editor);
if (editor) start(editor);

/** A whole number of ballots as typed: a number, '' for none, or null where it is not one. */
function readCount(text: string): number | '' | null {
  const value = text.trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (value === '') return '';
  return /^\d+$/.test(value) && Number(value) <= reviewLimits.count ? Number(value) : null;
}

/** Today on this device, yyyy-mm-dd. */
const today = () => new Date().toLocaleDateString('sv-SE');

function start(editor: HTMLElement): void {
  const typedEarly = typedBeforeStart(editor);
  const slug = editor.getAttribute(reviewHooks.editor) as FlowSlug;
  const grading = JSON.parse(editor.dataset.grading ?? '{}') as GradingData;
  const { grades, notGraded } = grading;
  const find = <T extends HTMLElement = HTMLElement>(hook: keyof typeof reviewSelectors) =>
    editor.querySelector<T>(reviewSelectors[hook])!;
  const status = find('status');
  const stored = readReview(slug, grades);
  void import('./keeping.ts').then((keeping) => keeping.showKeeping(reviewKey(slug)));
  if (!stored) {
    status.textContent = words.unavailable;
    editor.querySelectorAll('input, button, select').forEach((control) => control.setAttribute('disabled', ''));
    return;
  }
  let review: Review = stored.record;
  const writable = stored.writable;
  if (keptRecords([reviewKey(slug)]).length) status.textContent = words.kept;
  if (!writable) status.textContent = words.readOnly;
  const members: Member[] = branchMembers(slug);
  const formal = members.filter((member) => !member.probationary);

  function save(next: Review, said?: string): void {
    if (!writable) {
      status.textContent = words.readOnly;
      return;
    }
    review = next;
    const time = new Date().toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
    status.textContent = writeReview(slug, review) ? (said ?? '') + words.saved(time) : words.saveFailed;
    void import('./keeping.ts').then((keeping) => keeping.showKeeping(reviewKey(slug)));
    refresh();
  }

  // The members, from 本支部信息.
  const edit = element('a', { href: branchPath(slug) }, members.length ? words.editRoster : words.enterMembers);
  find('roster').replaceChildren(
    element(
      'p',
      {},
      members.length ? words.roster(formal.length, members.length - formal.length) : words.noMembers,
      ' ',
      edit,
    ),
  );

  // What each field shows of the record: drawn now, and again when another window changes it.
  const shows: (() => void)[] = [];

  // 发出票数 and 收回票数: a whole number, or said why not (and nothing saved).
  const message = find('ballotsMessage');
  for (const key of ['issued', 'returned'] as const) {
    const input = find<HTMLInputElement>(key);
    shows.push(() => (input.value = review[key] === undefined ? '' : String(review[key])));
    input.addEventListener('change', () => {
      const value = readCount(input.value);
      input.setAttribute('aria-invalid', String(value === null));
      message.textContent = value === null ? words.notANumber(input.value, reviewLimits.count) : '';
      if (value === null) return;
      const next = { ...review };
      if (value === '') delete next[key];
      else next[key] = value;
      save(next);
    });
  }

  // How the count is entered.
  const countsPlace = find('counts');
  const ballotPlace = find('ballot');
  const methods = [...find('method').querySelectorAll<HTMLInputElement>('input[name="method"]')];
  const showMethod = () => {
    const byBallot = review.method === 'ballots';
    for (const radio of methods) radio.checked = (radio.value === 'ballots') === byBallot;
    countsPlace.hidden = byBallot;
    ballotPlace.hidden = !byBallot;
  };
  for (const radio of methods)
    radio.addEventListener('change', () => {
      const next = { ...review };
      if (radio.value === 'ballots') next.method = 'ballots';
      else delete next.method;
      save(next);
      showMethod();
    });
  showMethod();

  // As counts: a box per member and grade; a 预备党员 is not graded.
  const totals = new Map<string, HTMLElement>();
  countsPlace.replaceChildren(
    element(
      'ol',
      { class: 'review-members' },
      ...members.map((member) => {
        const legend = element('legend', {}, member.name);
        if (member.probationary) return element('li', {}, element('fieldset', {}, legend, element('p', {}, notGraded)));
        const total = element('span', { class: 'review-total' });
        totals.set(member.name, total);
        const boxes = grades.map((grade) => {
          const input = element('input', { type: 'text', inputmode: 'numeric', maxlength: '4', autocomplete: 'off' });
          shows.push(() => {
            const count = review.counts?.[member.name]?.[grade];
            input.value = count === undefined ? '' : String(count);
            input.removeAttribute('aria-invalid');
          });
          input.addEventListener('change', () => {
            const value = readCount(input.value);
            input.setAttribute('aria-invalid', String(value === null));
            if (value === null) {
              total.textContent = words.notANumber(input.value, reviewLimits.count);
              return;
            }
            const mine = { ...review.counts?.[member.name] };
            if (value === '') delete mine[grade];
            else mine[grade] = value;
            const counts = { ...review.counts, [member.name]: mine };
            if (!Object.keys(mine).length) delete counts[member.name];
            const next: Review = { ...review, counts };
            if (!Object.keys(counts).length) delete next.counts;
            save(next);
          });
          return element('label', {}, grade, ' ', input);
        });
        return element('li', {}, element('fieldset', {}, legend, ...boxes, total));
      }),
    ),
  );

  // Ballot by ballot: one choice per 正式党员, then 记下; 撤销上一张 puts the last one back to correct.
  const heading = element('p', { class: 'review-ballot-now', tabindex: '-1' });
  const choices = formal.map((member, index) =>
    element(
      'fieldset',
      { class: 'review-choice' },
      element('legend', {}, member.name),
      ...[...grades, ''].map((grade) =>
        element(
          'label',
          {},
          element('input', { type: 'radio', name: `ballot-${index}`, value: grade, ...(grade ? {} : { checked: '' }) }),
          ' ',
          grade || words.ballotNone,
        ),
      ),
    ),
  );
  const choiceOf = (index: number) => choices[index]!.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  const setChoices = (ballot: Ballot) =>
    formal.forEach((member, index) => {
      const wanted = ballot[member.name] ?? '';
      choices[index]!.querySelectorAll<HTMLInputElement>('input').forEach((radio) => {
        radio.checked = radio.value === wanted;
      });
    });
  const record = element('button', { type: 'button', class: 'button' }, words.record);
  const undo = element('button', { type: 'button', class: 'button' }, words.undo);
  record.addEventListener('click', () => {
    const ballot: Ballot = {};
    formal.forEach((member, index) => {
      if (choiceOf(index)) ballot[member.name] = choiceOf(index);
    });
    const ballots = [...(review.ballots ?? []), ballot];
    save({ ...review, ballots }, words.recorded(ballots.length));
    setChoices({});
    heading.focus();
  });
  undo.addEventListener('click', () => {
    const ballots = [...(review.ballots ?? [])];
    const last = ballots.pop();
    if (!last) return;
    const next: Review = { ...review, ballots };
    if (!ballots.length) delete next.ballots;
    save(next, words.undone(ballots.length + 1));
    setChoices(last);
  });
  ballotPlace.replaceChildren(heading, ...choices, element('p', { class: 'review-actions' }, record, undo));

  // What the count says, and what cannot be right.
  const problemsPlace = find('problems');
  const tallyPlace = find('tally');
  function refresh(): void {
    const entered = review.ballots?.length ?? 0;
    heading.textContent = words.ballotNow(entered + 1, review.returned);
    undo.toggleAttribute('disabled', entered === 0);
    const tally = tallyOf(review, grades);
    const sum = (name: string) => (tally.get(name) ?? []).reduce((all, n) => all + n, 0);
    for (const [name, total] of totals)
      if (total.getAttribute('aria-invalid') !== 'true') total.textContent = words.total(sum(name));
    const problems = tallyProblems(review, members, grades);
    problemsPlace.replaceChildren(
      ...(problems.length
        ? problems.map((problem) => {
            const item = element('p', { class: 'review-problem' });
            switch (problem.kind) {
              case 'returned-over-issued':
                item.append(words.problems[problem.kind](problem.issued, problem.returned));
                break;
              case 'ballots-over-returned':
                item.append(words.problems[problem.kind](problem.entered, problem.returned));
                break;
              case 'member-over-returned':
                item.append(words.problems[problem.kind](problem.name, problem.total, problem.returned));
                break;
              case 'probationary-graded':
                item.append(words.problems[problem.kind](problem.name));
                break;
              case 'repeated-name':
                item.append(words.problems[problem.kind](problem.names.join('、')));
                break;
              case 'not-listed': {
                const remove = element('button', { type: 'button', class: 'button' }, words.removeUnlisted);
                remove.addEventListener('click', () => save(withoutMembers(review, problem.names)));
                item.append(words.problems[problem.kind](problem.names.join('、')), ' ', remove);
              }
            }
            return item;
          })
        : [element('p', {}, words.noProblems)]),
    );
    const listed = new Set(members.map(({ name }) => name));
    const rows = [
      ...members.map(({ name, probationary }) => ({ name, probationary })),
      ...[...tally.keys()].filter((name) => !listed.has(name)).map((name) => ({ name, probationary: false })),
    ];
    tallyPlace.replaceChildren(
      element(
        'div',
        { class: 'review-tally-scroll', tabindex: '0', role: 'group', 'aria-label': words.tallyCaption },
        element(
          'table',
          { class: 'review-tally' },
          element('caption', {}, words.tallyCaption, entered ? words.entered(entered) : ''),
          element(
            'thead',
            {},
            element('tr', {}, ...['', ...grades, words.sum].map((label) => element('th', { scope: 'col' }, label))),
          ),
          element(
            'tbody',
            {},
            ...rows.map(({ name, probationary }) =>
              element(
                'tr',
                {},
                element('th', { scope: 'row' }, name),
                ...(probationary && !sum(name)
                  ? [element('td', { colspan: String(grades.length + 1) }, notGraded)]
                  : [...(tally.get(name) ?? grades.map(() => 0)), sum(name)].map((n) => element('td', {}, String(n)))),
              ),
            ),
          ),
        ),
      ),
    );
    for (const [name, summary] of summaries)
      summary.textContent = words.tallySummary(
        grades.map((grade, g) => words.gradeCount(grade, tally.get(name)?.[g] ?? 0)).join(' · '),
      );
    const share = topShare(review, members, grading);
    find('top').textContent = words.topCount(share.formal, grades[0]!, share.top);
    find('reminder').hidden = !share.over;
  }

  // 评定 and 反馈本人: the count beside each grade, as one input to it.
  const summaries = new Map<string, HTMLElement>();
  find('ratings').replaceChildren(
    ...members.map((member) => {
      const summary = element('span', { class: 'review-summary' });
      summaries.set(member.name, summary);
      let grade: HTMLElement;
      if (member.probationary) grade = element('span', {}, notGraded);
      else {
        const select = element(
          'select',
          {},
          element('option', { value: '' }, words.ratingNone),
          ...grades.map((each) => element('option', { value: each }, each)),
        );
        shows.push(() => (select.value = review.ratings?.[member.name] ?? ''));
        select.addEventListener('change', () => {
          const ratings = { ...review.ratings };
          if (select.value) ratings[member.name] = select.value;
          else delete ratings[member.name];
          const next: Review = { ...review, ratings };
          if (!Object.keys(ratings).length) delete next.ratings;
          save(next);
        });
        grade = element('label', {}, words.rating, ' ', select);
      }
      const told = element('input', { type: 'checkbox' });
      const day = element('input', { type: 'date', 'aria-label': words.fedBackOn(member.name) });
      const setFeedback = (value: string) => {
        const feedback = { ...review.feedback };
        if (value) feedback[member.name] = value;
        else delete feedback[member.name];
        const next: Review = { ...review, feedback };
        if (!Object.keys(feedback).length) delete next.feedback;
        save(next);
      };
      shows.push(() => {
        const shown = review.feedback?.[member.name];
        told.checked = !!shown;
        day.value = shown ?? '';
        day.hidden = !shown;
      });
      told.addEventListener('change', () => {
        day.value = told.checked ? today() : '';
        day.hidden = !told.checked;
        setFeedback(day.value);
      });
      day.addEventListener('change', () => {
        if (day.value) setFeedback(day.value);
      });
      return element(
        'li',
        {},
        element('strong', {}, member.name),
        ' ',
        summary,
        element('span', { class: 'review-decide' }, grade, element('label', {}, told, ' ', words.fedBack), day),
      );
    }),
  );
  for (const show of shows) show();
  refresh();

  // 清除: only after 确定删除.
  const confirm = document.querySelector<HTMLElement>(clearSelectors.clearConfirm)!;
  document.querySelector<HTMLElement>(clearSelectors.clear)!.addEventListener('click', () => {
    confirm.hidden = false;
  });
  document.querySelector<HTMLElement>(clearSelectors.clearNo)!.addEventListener('click', () => {
    confirm.hidden = true;
  });
  document.querySelector<HTMLElement>(clearSelectors.clearYes)!.addEventListener('click', () => {
    confirm.hidden = true;
    save({}, words.cleared);
    if (Object.keys(review).length) return;
    editor
      .querySelectorAll<HTMLInputElement | HTMLSelectElement>('input:not([type=radio]), select')
      .forEach((field) => {
        if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = false;
        else field.value = '';
        if (field.type === 'date') field.hidden = true;
      });
    setChoices({});
    showMethod();
    refresh();
  });
  typedEarly();
  savedOnLeaving(editor);
  followOtherWindows(
    reviewKey(slug),
    () => readReview(slug, grades),
    (record) => {
      review = record;
      for (const show of shows) show();
      showMethod();
      refresh();
    },
    status,
  );
}
