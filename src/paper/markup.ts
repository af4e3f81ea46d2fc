/**
 * HTML written as strings, escaped: for what is drawn the same on the server and on the reader's
 * device (a paper, ./html.ts; a pair comparison made offline, src/site/compare-html.ts).
 */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => escapes[char]!);

/** An element: its attributes (left out where undefined or false) and its inner HTML. */
export function tag(name: string, attributes: Record<string, string | boolean | undefined>, inner = ''): string {
  const list = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([key, value]) => (value === true ? ` ${key}` : ` ${key}="${escapeHtml(value as string)}"`))
    .join('');
  return `<${name}${list}>${inner}</${name}>`;
}
