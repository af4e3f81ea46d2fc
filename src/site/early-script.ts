/**
 * The one inline script, run before the page is drawn: it marks that JavaScript runs, so controls
 * that need it are laid out from the first paint (.needs-js, base.css) and nothing moves when they
 * start working, and it applies the reader's 字号 (the control is src/scripts/text-size.ts).
 * Inline, so the first paint waits for no request; the Content-Security-Policy allows exactly this
 * text by its hash (csp.ts), and nothing else inline.
 */
/** Where the reader's 字号 is kept (src/scripts/text-size.ts writes it). */
export const textSizeKey = 'zuzhi-shenghuohui:text-size';

export const earlyScript =
  `document.documentElement.setAttribute('data-js','');` +
  `try{var s=localStorage.getItem('${textSizeKey}');` +
  `if(s==='large'||s==='larger')document.documentElement.setAttribute('data-text-size',s)}catch(e){}`;
