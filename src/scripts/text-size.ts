/**
 * 字号 (标准 / 大 / 特大): sets the root size on top of the system's own, remembered on this
 * device. The early script (src/site/early-script.ts) applies the stored choice before the first
 * paint (and lets the control show from the first paint); this keeps the choice.
 */
import { textSizeKey as key } from '../site/early-script.ts';

const control = document.querySelector<HTMLElement>('[data-text-size-control]');

if (control) {
  const buttons = [...control.querySelectorAll<HTMLButtonElement>('button[data-size]')];
  const current = () => document.documentElement.getAttribute('data-text-size') ?? 'standard';
  const show = () =>
    buttons.forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.size === current())));
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const size = button.dataset.size!;
      if (size === 'standard') document.documentElement.removeAttribute('data-text-size');
      else document.documentElement.setAttribute('data-text-size', size);
      try {
        if (size === 'standard') localStorage.removeItem(key);
        else localStorage.setItem(key, size);
      } catch {
        // Not kept on this device; it still applies to this page.
      }
      show();
    });
  }
  show();
}
