/**
 * What she typed into a tool page's fields before its script started. The fields show from the
 * first paint where JavaScript runs, and take typing at once; the script that saves them comes
 * after, and draws what this device holds into them. Read before it draws and given back after,
 * each with the change event it missed, an entry made early is saved like any other: neither put
 * back to what was stored nor left on screen unsaved, without a word.
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const notTyped = new Set(['hidden', 'button', 'submit', 'reset', 'file', 'image']);

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
  return !notTyped.has(field.type) && field.value !== field.defaultValue;
}

/**
 * Call first thing, before the page draws its record; call what it returns once the page's
 * fields are drawn and listened to.
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
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
}
