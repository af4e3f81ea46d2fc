/**
 * Copies text to the clipboard and says so. Where the clipboard is refused (some messaging apps'
 * browsers, a page not served over https), the text is shown selected instead, to copy by hand.
 */
export async function copyText(
  text: string,
  status: HTMLElement,
  words: { copied: string; copyFailed: string },
): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = words.copied;
  } catch {
    const lines = text.split('\n').length;
    const field =
      lines > 1
        ? Object.assign(document.createElement('textarea'), { value: text, readOnly: true, rows: Math.min(lines, 8) })
        : Object.assign(document.createElement('input'), { value: text, readOnly: true });
    field.className = 'copy-by-hand';
    field.setAttribute('aria-label', words.copyFailed);
    status.replaceChildren(words.copyFailed, field);
    field.select();
  }
}
