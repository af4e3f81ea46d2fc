/**
 * Keeps the "you are here" bar (HereBar.astro) on the step the reader is at: the last step
 * whose top has passed a line a third of the way down the screen. An IntersectionObserver
 * says when steps cross that line; nothing runs while the page is still.
 */
const bar = document.querySelector<HTMLElement>('[data-here]');
const link = bar?.querySelector('a');
const steps = [...document.querySelectorAll<HTMLElement>('li.step[data-place]')];

if (bar && link && steps.length && 'IntersectionObserver' in window) {
  const line = () => window.innerHeight / 3;
  let current: HTMLElement | undefined;

  const update = () => {
    const passed = steps.filter((step) => step.getBoundingClientRect().top <= line());
    const step = passed.at(-1);
    // Before step 1 reaches the line, and after the guide has scrolled away, there is no "here".
    const guide = steps[0]!.closest('.guide')!.getBoundingClientRect();
    const show = !!step && guide.bottom > line();
    bar.hidden = !show;
    if (!show || step === current) return;
    current = step;
    link.textContent = step.dataset.place!;
    link.href = `#${step.dataset.step}`;
  };

  const observer = new IntersectionObserver(update, {
    rootMargin: `0px 0px -${Math.round((2 / 3) * 100)}% 0px`,
  });
  steps.forEach((step) => observer.observe(step));
  update();
}
