/**
 * 本支部信息 on its page: reads what this device holds for the flow, fills the page's fields and
 * lists, and saves each change at once (saying so, or that the browser refused). Members come in
 * as a pasted list (src/branch/branch.ts says what it could not take, and why) and are edited one
 * by one; duplicates are pointed out, never dropped. 转到其他设备 writes a file and a link with a
 * QR code (src/branch/transfer.ts); a file or link that arrives shows what it holds and what it
 * would replace, and is imported only when she says so. 清除本机信息 asks first. Its words are
 * its own (src/words/branch-editor.ts).
 */
import {
  branchLinkKey,
  isEmptyValue,
  isMeetingTime,
  isName,
  limits,
  meetingIds,
  namesOf,
  type Branch,
  type Meeting,
} from '../branch/branch.ts';
import { readPastedNames, repeatedNames, type PastedNames } from '../branch/pasted.ts';
import { cleanLine } from '../plan/reader-text.ts';
import { branchHooks, branchSelectors } from '../site/branch-hooks.ts';
import { branchEditorWords as words } from '../words/branch-editor.ts';
import { branchKey, readBranch, writeBranch } from './branch-store.ts';
import { element } from './dom.ts';
import { keptRecords } from './records.ts';
import { followOtherWindows } from './other-windows.ts';
import { savedOnLeaving, typedBeforeStart } from './typing.ts';
import { wireTransfer } from './transfer-controls.ts';
import type { FlowSlug } from '../flows/vocabulary.ts';

const form = document.querySelector<HTMLElement>(branchSelectors.editor);
const find = <T extends HTMLElement>(selector: string) => form!.querySelector<T>(selector)!;

function start(editor: HTMLElement): void {
  const typedEarly = typedBeforeStart(editor);
  const slug = editor.getAttribute(branchHooks.editor) as FlowSlug;
  const shortName = editor.dataset.shortName ?? slug;
  const groups: string[] = JSON.parse(editor.dataset.groups ?? '[]') as string[];
  const status = find<HTMLElement>(branchSelectors.status);
  const stored = readBranch(slug, groups);
  const key = branchKey(slug);
  void import('./keeping.ts').then((keeping) => keeping.showKeeping(key));
  if (!stored) {
    status.textContent = words.unavailable;
    editor.querySelectorAll('input, textarea, button').forEach((control) => control.setAttribute('disabled', ''));
    return;
  }
  let branch: Branch = stored.record;
  const writable = stored.writable;
  const kept = keptRecords([branchKey(slug)]);
  if (kept.length) showKept(kept[0]!.text);
  if (!writable) status.textContent = words.readOnly;

  /** Saves the branch as it now is, and says so (or that it could not). */
  function save(): void {
    if (!writable) {
      status.textContent = words.readOnly;
      return;
    }
    const time = new Date().toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
    const written = writeBranch(slug, branch);
    status.textContent = written ? words.saved(time) : words.saveFailed;
    if (written)
      void import('./keeping.ts').then((keeping) => keeping.keptChanged(key, Object.keys(branch).length > 0));
    refreshNames();
  }

  // 党组织名称 and 党支部书记.
  const orgInput = find<HTMLInputElement>('input[name="org"]');
  const secretaryInput = find<HTMLInputElement>('input[name="secretary"]');
  orgInput.addEventListener('change', () => {
    const org = cleanLine(orgInput.value, limits.text);
    orgInput.value = org;
    branch = withValue(branch, 'org', org);
    save();
  });
  checkedName(
    secretaryInput,
    (name) => {
      branch = withValue(branch, 'secretary', name);
      save();
    },
    true,
  );

  // 班子成员: a row each, name and 职务.
  const committeeList = find<HTMLOListElement>(branchSelectors.committee);
  function drawCommittee(): void {
    const members = branch.committee ?? [];
    committeeList.replaceChildren(
      ...members.map((member, index) => {
        const name = element('input', {
          type: 'text',
          value: member.name,
          maxlength: String(limits.name),
          'aria-label': words.nameLabel(index + 1),
          autocomplete: 'off',
        });
        const post = element('input', {
          type: 'text',
          value: member.post ?? '',
          maxlength: String(limits.text),
          'aria-label': words.postLabel(index + 1),
          placeholder: words.post,
          autocomplete: 'off',
        });
        checkedName(name, (value) => {
          branch = { ...branch, committee: members.map((m, i) => (i === index ? { ...m, name: value } : m)) };
          save();
        });
        post.addEventListener('change', () => {
          const value = cleanLine(post.value, limits.text);
          post.value = value;
          branch = {
            ...branch,
            committee: members.map((m, i) => (i === index ? withValue(m, 'post', value) : m)),
          };
          save();
        });
        return element(
          'li',
          {},
          rowNumber(index + 1),
          name,
          post,
          removeButton(member.name, () => removeCommittee(index)),
        );
      }),
    );
  }
  function removeCommittee(index: number): void {
    branch = withValue(
      branch,
      'committee',
      (branch.committee ?? []).filter((_, i) => i !== index),
    );
    save();
    drawCommittee();
  }
  find<HTMLButtonElement>(branchSelectors.addCommittee).addEventListener('click', () => {
    // A row to fill in: kept on the page, saved once it holds a name.
    const index = (branch.committee ?? []).length;
    if (index >= limits.people) return;
    const name = element('input', {
      type: 'text',
      maxlength: String(limits.name),
      'aria-label': words.nameLabel(index + 1),
      autocomplete: 'off',
    });
    checkedName(name, (value) => {
      branch = { ...branch, committee: [...(branch.committee ?? []), { name: value }] };
      save();
      drawCommittee();
      committeeList.querySelectorAll('input')[index * 2 + 1]?.focus();
    });
    committeeList.append(element('li', {}, rowNumber(index + 1), name));
    name.focus();
  });

  // 党员名单: pasted in one go, then a row each.
  const paste = find<HTMLTextAreaElement>('#branch-paste');
  const pasteMessages = find<HTMLElement>(branchSelectors.pasteMessages);
  const memberList = find<HTMLOListElement>(branchSelectors.members);
  const membersCount = find<HTMLElement>(branchSelectors.membersCount);
  find<HTMLButtonElement>(branchSelectors.addMembers).addEventListener('click', () => {
    const members = branch.members ?? [];
    const read = readPastedNames(paste.value, limits.members - members.length);
    branch = withValue(branch, 'members', [
      ...members,
      ...read.names.map(({ name, probationary }) => (probationary ? { name, probationary: true as const } : { name })),
    ]);
    // What could not be taken stays in the box, to be put right.
    paste.value = read.refused.map(({ text }) => text).join('\n');
    pasteMessages.replaceChildren(...pastedMessages(read, true));
    save();
    drawMembers();
  });
  function drawMembers(): void {
    const members = branch.members ?? [];
    const probationary = members.filter((member) => member.probationary).length;
    membersCount.textContent = members.length ? words.membersCount(members.length, probationary) : words.membersEmpty;
    const repeated = repeatedNames(members.map(({ name }) => name));
    const repeatedSet = new Set(repeated.map(({ name }) => name));
    if (repeated.length) {
      membersCount.append(
        element(
          'span',
          { class: 'branch-warning' },
          ' ',
          words.repeated(repeated.map(({ name, count }) => words.repeatedItem(name, count)).join('、')),
        ),
      );
    }
    memberList.replaceChildren(
      ...members.map((member, index) => {
        const n = index + 1;
        const name = element('input', {
          type: 'text',
          value: member.name,
          maxlength: String(limits.name),
          'aria-label': words.nameLabel(n),
          autocomplete: 'off',
          ...(repeatedSet.has(member.name) ? { class: 'branch-repeated' } : {}),
        });
        const probationaryBox = element('input', {
          type: 'checkbox',
          id: `branch-member-${n}-probationary`,
          ...(member.probationary ? { checked: '' } : {}),
        });
        const group = element('input', {
          type: 'text',
          value: member.group ?? '',
          maxlength: String(limits.text),
          'aria-label': words.groupLabel(n),
          placeholder: words.group,
          autocomplete: 'off',
        });
        const update = (changed: Branch['members'] & object) => {
          branch = { ...branch, members: changed };
          save();
        };
        checkedName(name, (value) => {
          update(members.map((m, i) => (i === index ? { ...m, name: value } : m)));
          drawMembers();
        });
        probationaryBox.addEventListener('change', () => {
          const checked = probationaryBox.checked;
          update(
            members.map((m, i) => {
              if (i !== index) return m;
              const { probationary: _was, ...rest } = m;
              return checked ? { ...rest, probationary: true } : rest;
            }),
          );
          drawMembers();
        });
        group.addEventListener('change', () => {
          const value = cleanLine(group.value, limits.text);
          group.value = value;
          update(members.map((m, i) => (i === index ? withValue(m, 'group', value) : m)));
        });
        return element(
          'li',
          {},
          rowNumber(n),
          name,
          element(
            'label',
            { class: 'branch-check', for: `branch-member-${n}-probationary` },
            probationaryBox,
            element('span', { class: 'visually-hidden' }, words.probationaryLabel(n)),
            element('span', { 'aria-hidden': 'true' }, words.probationary),
          ),
          group,
          removeButton(member.name, () => {
            branch = withValue(
              branch,
              'members',
              members.filter((_, i) => i !== index),
            );
            save();
            drawMembers();
          }),
        );
      }),
    );
  }

  // The two meetings.
  for (const fieldset of editor.querySelectorAll<HTMLFieldSetElement>(branchSelectors.meeting)) {
    const id = fieldset.getAttribute(branchHooks.meeting) as (typeof meetingIds)[number];
    const input = (name: keyof Meeting) => fieldset.querySelector<HTMLInputElement>(`input[name="${id}-${name}"]`)!;
    const setMeeting = (key: keyof Meeting, value: string) => {
      const meeting = withValue({ ...branch.meetings?.[id] }, key, value);
      branch = withValue(branch, 'meetings', withValue({ ...branch.meetings }, id, meeting));
      save();
    };
    const time = input('time');
    time.addEventListener('change', () => {
      const message = fieldset.querySelector('.branch-error');
      message?.remove();
      if (time.value && !isMeetingTime(time.value)) {
        time.after(element('span', { class: 'branch-error', role: 'alert' }, words.badTime));
        return;
      }
      setMeeting('time', time.value);
    });
    const place = input('place');
    place.addEventListener('change', () => {
      place.value = cleanLine(place.value, limits.text);
      setMeeting('place', place.value);
    });
    for (const key of ['chair', 'recorder'] as const) checkedName(input(key), (name) => setMeeting(key, name), true);
  }

  // The other groups of people: one box each, names as in a pasted list.
  for (const box of editor.querySelectorAll<HTMLElement>(branchSelectors.group)) {
    const group = box.getAttribute(branchHooks.group)!;
    const area = box.querySelector('textarea')!;
    const messages = box.querySelector<HTMLElement>(branchSelectors.groupMessages)!;
    area.addEventListener('change', () => {
      const read = readPastedNames(area.value, limits.people);
      const names = read.names.map(({ name }) => name);
      branch = withValue(branch, 'people', withValue({ ...branch.people }, group, names));
      area.value = [...names, ...read.refused.map(({ text }) => text)].join('\n');
      const repeated = repeatedNames(names);
      messages.replaceChildren(
        ...pastedMessages(read, false),
        ...(repeated.length
          ? [
              element(
                'p',
                { class: 'branch-warning' },
                words.repeated(repeated.map(({ name, count }) => words.repeatedItem(name, count)).join('、')),
              ),
            ]
          : []),
      );
      save();
    });
  }

  /** Every field and list as the branch now holds it. */
  function drawAll(): void {
    orgInput.value = branch.org ?? '';
    secretaryInput.value = branch.secretary ?? '';
    for (const fieldset of editor.querySelectorAll<HTMLFieldSetElement>(branchSelectors.meeting)) {
      const id = fieldset.getAttribute(branchHooks.meeting) as (typeof meetingIds)[number];
      for (const key of ['time', 'place', 'chair', 'recorder'] as const) {
        fieldset.querySelector<HTMLInputElement>(`input[name="${id}-${key}"]`)!.value =
          branch.meetings?.[id]?.[key] ?? '';
      }
    }
    for (const box of editor.querySelectorAll<HTMLElement>(branchSelectors.group)) {
      box.querySelector('textarea')!.value = (branch.people?.[box.getAttribute(branchHooks.group)!] ?? []).join('\n');
    }
    drawCommittee();
    drawMembers();
    refreshNames();
  }

  /** The names she entered, offered in the chair's and recorder's fields. */
  function refreshNames(): void {
    find<HTMLDataListElement>(branchSelectors.names).replaceChildren(
      ...namesOf(branch).map((name) => element('option', { value: name })),
    );
  }

  // 转到其他设备: its script is loaded when asked for, or when a link brings details.
  wireTransfer(branchLinkKey, () =>
    import('./branch-transfer.ts').then(({ branchTransfer }) =>
      branchTransfer({
        slug,
        shortName,
        groups,
        what: words.what,
        current: () => branch,
        accept: (incoming: Branch) => {
          if (!writable || !writeBranch(slug, incoming)) return false;
          branch = incoming;
          drawAll();
          status.textContent = words.imported;
          return true;
        },
      }),
    ),
  );

  // 清除本机信息.
  const clearButton = find<HTMLButtonElement>(branchSelectors.clear);
  const confirm = find<HTMLElement>(branchSelectors.clearConfirm);
  clearButton.addEventListener('click', () => {
    confirm.hidden = false;
    find<HTMLButtonElement>(branchSelectors.clearNo).focus();
  });
  find<HTMLButtonElement>(branchSelectors.clearNo).addEventListener('click', () => {
    confirm.hidden = true;
    clearButton.focus();
  });
  find<HTMLButtonElement>(branchSelectors.clearYes).addEventListener('click', () => {
    confirm.hidden = true;
    if (!writeBranch(slug, {})) {
      status.textContent = words.saveFailed;
      return;
    }
    branch = {};
    drawAll();
    pasteMessages.replaceChildren();
    status.textContent = words.cleared;
    clearButton.focus();
  });

  drawAll();
  typedEarly();
  savedOnLeaving(editor);
  followOtherWindows(
    key,
    () => readBranch(slug, groups),
    (record) => {
      branch = record;
      drawAll();
    },
    status,
  );

  /** A record that could not be read, kept aside: said, with a way to take a copy. */
  function showKept(text: string): void {
    const file = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    status.before(
      element(
        'p',
        { class: 'branch-warning', 'data-branch-kept': '' },
        words.kept,
        ' ',
        element('a', { href: file, download: words.keptName(slug) }, words.exportKept),
      ),
    );
  }
}

/** A copy of a record with one field set, or left out where the value is empty. */
function withValue<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | string | undefined): T {
  const copy = { ...record };
  if (isEmptyValue(value)) delete copy[key];
  else copy[key] = value as T[K];
  return copy;
}

/**
 * A field that takes one name: checked on change; a name is saved, anything else said and not
 * saved. An optional field (党支部书记, 主持人) may be emptied; a person's row may not (删除 removes it).
 */
function checkedName(input: HTMLInputElement, saveName: (name: string) => void, optional = false): void {
  input.addEventListener('change', () => {
    if (input.nextElementSibling?.classList.contains('branch-error')) input.nextElementSibling.remove();
    input.removeAttribute('aria-invalid');
    const name = cleanLine(input.value, limits.name + 1);
    if (name === '' && optional) {
      saveName('');
      return;
    }
    if (!isName(name)) {
      input.setAttribute('aria-invalid', 'true');
      input.after(element('span', { class: 'branch-error', role: 'alert' }, words.badName(limits.name)));
      return;
    }
    input.value = name;
    saveName(name);
  });
}

const rowNumber = (n: number) => element('span', { class: 'branch-number', 'aria-hidden': 'true' }, String(n));

function removeButton(name: string, remove: () => void): HTMLButtonElement {
  const button = element('button', { type: 'button', class: 'branch-remove' }, words.remove);
  button.setAttribute('aria-label', words.removeLabel(name));
  button.addEventListener('click', remove);
  return button;
}

/** What a paste added, what it refused and why, and whether it held invisible characters. */
function pastedMessages(read: PastedNames, saySum: boolean): HTMLElement[] {
  const messages: HTMLElement[] = [];
  if (saySum && read.names.length) {
    messages.push(
      element('p', {}, words.added(read.names.length, read.names.filter((name) => name.probationary).length)),
    );
  }
  if (read.hadInvisible) messages.push(element('p', { class: 'branch-warning' }, words.invisible));
  if (read.refused.length) {
    messages.push(
      element('p', { class: 'branch-warning' }, words.refusedHeading),
      element(
        'ul',
        { class: 'branch-refused' },
        ...read.refused.map(({ text, reason }) =>
          element(
            'li',
            {},
            reason === 'too-long'
              ? words.refused['too-long'](text, limits.name)
              : reason === 'over-limit'
                ? words.refused['over-limit'](text, limits.members)
                : words.refused[reason](text),
          ),
        ),
      ),
    );
  }
  return messages;
}

if (form) start(form);
