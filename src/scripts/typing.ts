/**
 * What she types into a tool page's fields that their change events would miss, and so would
 * never be saved, without a word: typed before the page's script started, and typed into a field
 * still in use when she leaves the page.
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const notTyped = new Set(['hidden', 'button', 'submit', 'reset', 'file', 'image']);
/** A field she types into (a box she ticks has its change at once). */
const typedInto = (field: Element | null): field is HTMLInputElement | HTMLTextAreaElement =>
  field instanceof HTMLTextAreaElement ||
  (field instanceof HTMLInputElement &&
    !notTyped.has(field.type) &&
    field.type !== 'checkbox' &&
    field.type !== 'radio');

/** Whether she has changed the field from the page as it was built. */
function changedByHer(field: Field): boolean {
  if (field instanceof HTMLSelectElement) {
    const built = [...field.options].find((option) => option.defaultSelected) ?? field.options[0];
    return field.value !== (built?.value ?? '');
  }
  if (field instanceof HTMLTextAreaElement) return field.value !== field.defaultValue;
  if (field.type === 'checkbox') return field.checked !== field.defaultChecked;
  // A radio she chose; the one it replaced follows from it.
  if (field.type === 'radio') return field.checked && !field.defaultChecked;
  return typedInto(field) && field.value !== field.defaultValue;
}

const changed = (field: Element) => field.dispatchEvent(new Event('change', { bubbles: true }));

/**
 * The fields show from the first paint where JavaScript runs, and take typing at once; the
 * script that saves them comes after, and draws what this device holds into them. Call this first
 * thing, before the page draws its record, and what it returns once the fields are drawn and
 * listened to: each field she changed is given back, with the change event it missed, and saved
 * like any other entry — neither put back to what was stored nor left on screen unsaved. A field
 * whose change is saved carries autocomplete="off", so that no browser puts back, on a return to
 * the page, what it held when she left (which another window may have changed since): what
 * differs from the page as built, she typed. (A radio cannot carry it; the one saved, how 计票 is
 * entered, holds no count.)
 */
export function typedBeforeStart(root: ParentNode): () => void {
  const typed = [...root.querySelectorAll<Field>('input, textarea, select')]
    .filter(changedByHer)
    .map((field) => ({ field, value: field.value, checked: field instanceof HTMLInputElement && field.checked }));
  return () => {
    for (const { field, value, checked } of typed) {
      if (!field.isConnected || field.disabled) continue;
      if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
        field.checked = checked;
      else field.value = value;
      changed(field);
    }
  };
}

/**
 * A field is saved when she leaves it; a phone page may be hidden (another app) and then closed
 * with the field still in use, and no change event comes. When the page is hidden or left, the
 * field in use under `root` gets its change event, and is saved.
 */
export function savedOnLeaving(root: HTMLElement): void {
  const leave = () => {
    const field = document.activeElement;
    if (typedInto(field) && root.contains(field)) changed(field);
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave();
  });
  window.addEventListener('pagehide', leave);
}
