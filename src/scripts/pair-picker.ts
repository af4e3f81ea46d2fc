/** /compare/: two selects that go straight to the pair page; without JavaScript the list of pairs does the same. */
import { flowSlugs, type FlowSlug } from '../flows/vocabulary.ts';
import { pairPath } from '../site/urls.ts';

const form = document.querySelector<HTMLFormElement>('#pair-picker');
if (form) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value as FlowSlug;
    const [a, b] = [value('a'), value('b')];
    if (!flowSlugs.includes(a) || !flowSlugs.includes(b)) return;
    if (a === b) {
      form.querySelector('.picker-message')!.textContent = form.dataset.same ?? '';
      return;
    }
    location.href = pairPath(a, b);
  });
}
