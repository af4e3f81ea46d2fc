/** The handout's 打印 button: shown only where a script can make it work. */
const button = document.querySelector<HTMLButtonElement>('#print-button');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
