/**
 * A comparison's two filters (只看有差异的步骤, 忽略标点) where the browser lacks :has() (Chrome < 105,
 * Safari < 15.4), which the stylesheet otherwise reads from the checkboxes themselves: each
 * checkbox's state as a class on the body (only-diff, ignore-punct), kept as it changes. Called
 * once the checkboxes are on the page: at once on a pair page, after drawing on a pair made here.
 */
const filters = ['only-diff', 'ignore-punct'] as const;

export function keepFilterClasses(): void {
  if (CSS.supports('selector(:has(*))')) return;
  for (const id of filters) {
    const box = document.getElementById(id) as HTMLInputElement | null;
    if (!box) continue;
    const show = () => document.body.classList.toggle(id, box.checked);
    box.addEventListener('change', show);
    show();
  }
}
