/**
 * 整改台账 on its page: opinions noted by whom they came from and gathered into problems; each
 * problem's 整改 under the step's column heads, its status, the day it was done and what was done;
 * 逾期 where its 时限 has passed (today in China) and it is not done. Each change is saved at once
 * and said (./ledger-store.ts); what cannot be taken (no text, no name, a day that does not exist)
 * is said and not saved. 转到其他设备 carries the whole ledger (./transfer-controls.ts); 转入新一年
 * and 清除 ask first.
 */
import { isName } from '../branch/branch.ts';
import type { FlowSlug } from '../flows/vocabulary.ts';
import {
  carriedInto,
  isDeadline,
  isIndividual,
  isOverdue,
  ledgerCounts,
  ledgerLinkKey,
  ledgerLimits,
  nextId,
  type Ledger,
  type LedgerShape,
  type Problem,
  type Status,
} from '../ledger/ledger.ts';
import { isCalendarDate, todayInChina } from '../plan/dates.ts';
import { cleanLine } from '../plan/reader-text.ts';
import { ledgerHooks, ledgerSelectors } from '../site/ledger-hooks.ts';
import { ledgerScriptWords as words } from '../words/ledger.ts';
import { branchNames } from './branch-store.ts';
import { element } from './dom.ts';
import { clearSelectors } from '../site/hooks.ts';
import { readLedger, writeLedger } from './ledger-store.ts';
import { ledgerKey } from './ledger-key.ts';
import { keptRecords } from './records.ts';
import { wireTransfer } from './transfer-controls.ts';
import { followOtherWindows } from './other-windows.ts';
import { savedOnLeaving, typedBeforeStart } from './typing.ts';

const editor = document.querySelector<HTMLElement>(ledgerSelectors.editor);
if (editor) start(editor);

function start(editor: HTMLElement): void {
  const typedEarly = typedBeforeStart(editor);
  const slug = editor.getAttribute(ledgerHooks.editor) as FlowSlug;
  const shortName = editor.dataset.shortName ?? slug;
  const shape = JSON.parse(editor.dataset.shape ?? '{}') as LedgerShape;
  const find = <T extends HTMLElement = HTMLElement>(hook: keyof typeof ledgerSelectors) =>
    editor.querySelector<T>(ledgerSelectors[hook])!;
  const status = find('status');
  const stored = readLedger(slug, shape);
  void import('./keeping.ts').then((keeping) => keeping.showKeeping(ledgerKey(slug)));
  if (!stored) {
    status.textContent = words.unavailable;
    editor
      .querySelectorAll('input, textarea, button, select')
      .forEach((control) => control.setAttribute('disabled', ''));
    return;
  }
  let ledger: Ledger = stored.record;
  const writable = stored.writable;
  if (keptRecords([ledgerKey(slug)]).length) status.textContent = words.kept;
  if (!writable) status.textContent = words.readOnly;
  const today = todayInChina();
  const yearInput = document.querySelector<HTMLInputElement>('#ledger-new-year')!;
  const showYear = () => (yearInput.value = String((ledger.year ?? Number(today.slice(0, 4))) + 1));
  showYear();
  find('names').replaceChildren(...branchNames(slug).map((name) => element('option', { value: name })));

  function save(next: Ledger, said = ''): boolean {
    if (!writable) {
      status.textContent = words.readOnly;
      return false;
    }
    const time = new Date().toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
    if (!writeLedger(slug, next)) {
      status.textContent = words.saveFailed;
      return false;
    }
    ledger = next;
    status.textContent = said + words.saved(time);
    void import('./keeping.ts').then((keeping) => keeping.keptChanged(ledgerKey(slug), Object.keys(next).length > 0));
    draw();
    return true;
  }
  const withProblem = (id: number, change: (problem: Problem) => Problem) => ({
    ...ledger,
    problems: (ledger.problems ?? []).map((problem) => (problem.id === id ? change({ ...problem }) : problem)),
  });

  // Adding an opinion, and a problem.
  const adder = (hook: 'addOpinion' | 'addProblem', add: (box: HTMLElement, say: (text: string) => void) => void) => {
    const box = find(hook);
    const message = box.querySelector<HTMLElement>('.ledger-message')!;
    box.querySelector('button')!.addEventListener('click', () => {
      message.textContent = '';
      add(box, (text) => (message.textContent = text));
    });
  };
  adder('addOpinion', (box, say) => {
    const field = box.querySelector<HTMLTextAreaElement>('textarea')!;
    const text = cleanLine(field.value, ledgerLimits.text);
    if (!text) return say(words.needText);
    if ((ledger.opinions?.length ?? 0) >= ledgerLimits.opinions) return say(words.tooMany(ledgerLimits.opinions));
    const source = box.querySelector<HTMLSelectElement>('select')!.value;
    if (save({ ...ledger, opinions: [...(ledger.opinions ?? []), { id: nextId(ledger.opinions), source, text }] }))
      field.value = '';
  });
  const memberField = find('addProblem').querySelector<HTMLElement>('[data-member-field]')!;
  const groupOf = () =>
    find('addProblem').querySelector<HTMLInputElement>('input[name="problem-group"]:checked')!.value;
  // A member's name is asked for where the group is one member's (党员个人).
  const individual = isIndividual;
  find('addProblem').addEventListener('change', () => (memberField.hidden = !individual(groupOf())));
  adder('addProblem', (box, say) => {
    const field = box.querySelector<HTMLTextAreaElement>('textarea')!;
    const text = cleanLine(field.value, ledgerLimits.text);
    const group = groupOf();
    const member = cleanLine(box.querySelector<HTMLInputElement>('#problem-member')!.value, 21);
    if (!text) return say(words.needText);
    if (individual(group) && !isName(member)) return say(words.needMember);
    if ((ledger.problems?.length ?? 0) >= ledgerLimits.problems) return say(words.tooMany(ledgerLimits.problems));
    const problem: Problem = { id: nextId(ledger.problems), group, text, ...(individual(group) ? { member } : {}) };
    if (save({ ...ledger, problems: [...(ledger.problems ?? []), problem] })) field.value = '';
  });

  /** 删除, asking first, beside what it removes. */
  function removeControl(label: string, remove: () => void): HTMLElement {
    const ask = element(
      'button',
      { type: 'button', class: 'button', 'aria-label': `${words.remove} ${label}` },
      words.remove,
    );
    const confirm = element('span', { class: 'ledger-confirm', hidden: '' });
    const yes = element('button', { type: 'button', class: 'button' }, words.removeYes);
    const no = element('button', { type: 'button', class: 'button' }, words.removeNo);
    confirm.append(words.removeConfirm, ' ', yes, ' ', no);
    ask.addEventListener('click', () => (confirm.hidden = false));
    no.addEventListener('click', () => (confirm.hidden = true));
    yes.addEventListener('click', remove);
    return element('span', {}, ask, confirm);
  }

  /** A field of a problem, saved on change; a day that does not exist is said and not saved. */
  function problemField(
    problem: Problem,
    label: string,
    value: string,
    kind: 'text' | 'date',
    keep: (problem: Problem, value: string) => Problem,
  ): HTMLElement {
    const id = `problem-${problem.id}-${label}`;
    const input = element('input', {
      id,
      type: kind,
      ...(kind === 'text' ? { maxlength: String(ledgerLimits.field) } : {}),
    });
    input.value = value;
    const error = element('span', { class: 'ledger-error', role: 'alert' });
    input.addEventListener('change', () => {
      const text = kind === 'date' ? input.value : cleanLine(input.value, ledgerLimits.field);
      const bad = kind === 'date' && text !== '' && !isCalendarDate(text);
      input.setAttribute('aria-invalid', String(bad));
      error.textContent = bad ? words.badDate : '';
      if (!bad) save(withProblem(problem.id, (each) => keep(each, text)));
    });
    return element('p', { class: 'ledger-field' }, element('label', { for: id }, label), input, error);
  }
  const setField = (column: string) => (problem: Problem, value: string) => {
    const fields = { ...problem.fields };
    if (value) fields[column] = value;
    else delete fields[column];
    if (Object.keys(fields).length) problem.fields = fields;
    else delete problem.fields;
    return problem;
  };
  const setOptional =
    <K extends 'due' | 'doneOn' | 'outcome'>(key: K) =>
    (problem: Problem, value: string) => {
      if (value) problem[key] = value;
      else delete problem[key];
      return problem;
    };

  function problemItem(problem: Problem, index: number): HTMLElement {
    const late = isOverdue(problem, today);
    const gathered = (ledger.opinions ?? []).filter((opinion) => opinion.problem === problem.id).length;
    const statusSelect = element(
      'select',
      { id: `problem-${problem.id}-status` },
      ...(['todo', 'doing', 'done'] as const).map((value) => element('option', { value }, words.statuses[value])),
    );
    statusSelect.value = problem.status ?? 'todo';
    statusSelect.addEventListener('change', () =>
      save(
        withProblem(problem.id, (each) => {
          const value = statusSelect.value as Status | 'todo';
          if (value === 'todo') delete each.status;
          else each.status = value;
          if (value === 'done') each.doneOn ??= today;
          else delete each.doneOn;
          return each;
        }),
      ),
    );
    return element(
      'li',
      { class: `ledger-problem${late ? ' is-overdue' : ''}`, 'data-problem': String(problem.id) },
      element(
        'h3',
        {},
        words.problemHeading(index + 1, problem.group, problem.member ?? ''),
        ...(late ? [' ', element('span', { class: 'ledger-overdue' }, words.overdue)] : []),
      ),
      element('p', { class: 'ledger-problem-text' }, problem.text),
      ...(gathered ? [element('p', { class: 'ledger-hint' }, words.fromOpinions(gathered))] : []),
      ...shape.columns.map((column) =>
        isDeadline(column)
          ? problemField(problem, column, problem.due ?? '', 'date', setOptional('due'))
          : problemField(problem, column, problem.fields?.[column] ?? '', 'text', setField(column)),
      ),
      element(
        'p',
        { class: 'ledger-field' },
        element('label', { for: `problem-${problem.id}-status` }, words.status),
        statusSelect,
      ),
      ...(problem.status === 'done'
        ? [problemField(problem, words.doneOn, problem.doneOn ?? '', 'date', setOptional('doneOn'))]
        : []),
      problemField(problem, words.outcome, problem.outcome ?? '', 'text', setOptional('outcome')),
      removeControl(words.problemHeading(index + 1, problem.group, problem.member ?? ''), () =>
        save({
          ...ledger,
          problems: (ledger.problems ?? []).filter((each) => each.id !== problem.id),
          opinions: (ledger.opinions ?? []).map(({ problem: into, ...opinion }) =>
            into === problem.id ? opinion : { ...opinion, ...(into ? { problem: into } : {}) },
          ),
        }),
      ),
    );
  }

  function opinionItem(opinion: NonNullable<Ledger['opinions']>[number]): HTMLElement {
    const id = `opinion-${opinion.id}-problem`;
    const into = element(
      'select',
      { id },
      element('option', { value: '' }, words.gatherNone),
      ...(ledger.problems ?? []).map((problem, index) =>
        element(
          'option',
          { value: String(problem.id) },
          words.problemHeading(index + 1, problem.group, problem.member ?? ''),
        ),
      ),
    );
    into.value = opinion.problem ? String(opinion.problem) : '';
    const setInto = (problem: number | undefined) => ({
      ...ledger,
      opinions: (ledger.opinions ?? []).map((each) => {
        if (each.id !== opinion.id) return each;
        const { problem: _old, ...rest } = each;
        return problem ? { ...rest, problem } : rest;
      }),
    });
    into.addEventListener('change', () => save(setInto(into.value ? Number(into.value) : undefined)));
    const create = element('button', { type: 'button', class: 'button' }, words.gatherNew);
    create.addEventListener('click', () => {
      if ((ledger.problems?.length ?? 0) >= ledgerLimits.problems) return;
      const problem: Problem = { id: nextId(ledger.problems), group: shape.groups[0]!, text: opinion.text };
      ledger = { ...ledger, problems: [...(ledger.problems ?? []), problem] };
      save(setInto(problem.id));
    });
    return element(
      'li',
      {},
      element('p', {}, element('strong', {}, words.opinionLine(opinion.source)), opinion.text),
      element(
        'p',
        { class: 'ledger-actions' },
        element('label', { for: id }, words.gatherInto),
        ' ',
        into,
        ' ',
        create,
      ),
      removeControl(opinion.text.slice(0, 20), () =>
        save({ ...ledger, opinions: (ledger.opinions ?? []).filter((each) => each.id !== opinion.id) }),
      ),
    );
  }

  function draw(): void {
    const opinions = ledger.opinions ?? [];
    const problems = ledger.problems ?? [];
    find('opinions').replaceChildren(
      ...(opinions.length ? opinions.map(opinionItem) : [element('li', { class: 'ledger-empty' }, words.noOpinions)]),
    );
    find('problems').replaceChildren(
      ...(problems.length ? problems.map(problemItem) : [element('li', { class: 'ledger-empty' }, words.noProblems)]),
    );
    const counts = ledgerCounts(ledger, today);
    find('counts').textContent =
      `${ledger.year ? `${words.year(ledger.year)} ` : ''}${words.counts(counts.all, counts.done, counts.overdue.length)}`;
  }
  draw();

  // 转入新一年: the problems not done, into a new year's list, after she confirms.
  const carryConfirm = find('carryConfirm');
  find('carry').addEventListener('click', () => {
    const year = Number(yearInput.value);
    if (!Number.isInteger(year) || year < 2000 || year > 2099) {
      yearInput.setAttribute('aria-invalid', 'true');
      carryConfirm.replaceChildren(element('p', { role: 'alert' }, words.badDate));
      carryConfirm.hidden = false;
      return;
    }
    yearInput.removeAttribute('aria-invalid');
    const next = carriedInto(ledger, year);
    const left = (ledger.problems?.length ?? 0) - (next.problems?.length ?? 0);
    const yes = element('button', { type: 'button', class: 'button' }, words.carryYes);
    const no = element('button', { type: 'button', class: 'button' }, words.removeNo);
    yes.addEventListener('click', () => {
      carryConfirm.hidden = true;
      if (save(next, words.carried(year))) yearInput.value = String(year + 1);
    });
    no.addEventListener('click', () => (carryConfirm.hidden = true));
    carryConfirm.replaceChildren(
      element('p', {}, words.carryConfirm(next.problems?.length ?? 0, year, left)),
      yes,
      ' ',
      no,
    );
    carryConfirm.hidden = false;
  });

  // 清除: only after 确定删除.
  const clearConfirm = document.querySelector<HTMLElement>(clearSelectors.clearConfirm)!;
  document
    .querySelector<HTMLElement>(clearSelectors.clear)!
    .addEventListener('click', () => (clearConfirm.hidden = false));
  document
    .querySelector<HTMLElement>(clearSelectors.clearNo)!
    .addEventListener('click', () => (clearConfirm.hidden = true));
  document.querySelector<HTMLElement>(clearSelectors.clearYes)!.addEventListener('click', () => {
    clearConfirm.hidden = true;
    save({}, words.cleared);
  });

  wireTransfer(ledgerLinkKey, () =>
    import('./ledger-transfer.ts').then(({ ledgerTransfer }) =>
      ledgerTransfer({
        slug,
        shortName,
        shape,
        current: () => ledger,
        accept: (incoming: Ledger) => save(incoming, words.imported),
      }),
    ),
  );
  typedEarly();
  savedOnLeaving(editor);
  followOtherWindows(
    ledgerKey(slug),
    () => readLedger(slug, shape),
    (record) => {
      ledger = record;
      draw();
      showYear();
    },
    status,
  );
}
