/**
 * The one inline script, run before the page is drawn. It marks that JavaScript runs, so controls
 * that need it are laid out from the first paint (.needs-js, base.css) and nothing moves when they
 * start working; it applies the reader's 字号 (the control is src/scripts/text-size.ts); and it
 * starts the page's scripts only once the page is drawn. Each page keeps its scripts (and the
 * manifest, which only installing needs) in `<template data-after-paint>` (AfterPaint.astro):
 * inert, so nothing is fetched before the first paint, and put in place here after it, on a slow
 * phone the text shows first and the controls come a moment later.
 *
 * Inline, so the first paint waits for no request; the Content-Security-Policy allows exactly this
 * text by its hash (csp.ts), and the search page's below, and nothing else inline.
 */
import { pagefindPath, pagefindWarmQuery } from './urls.ts';

/** Where the reader's 字号 is kept (src/scripts/text-size.ts writes it). */
export const textSizeKey = 'zuzhi-shenghuohui:text-size';

/** The attribute that marks a `<template>` whose content is put in place after the first paint. */
export const afterPaintAttribute = 'data-after-paint';

const textSize =
  `document.documentElement.setAttribute('data-js','');` +
  `try{var s=localStorage.getItem('${textSizeKey}');` +
  `if(s==='large'||s==='larger')document.documentElement.setAttribute('data-text-size',s)}catch(e){}`;

/**
 * Waits for two things, the document parsed and the page drawn, then puts every after-paint
 * template's content where the template is (a cloned script runs when it is inserted). The paint
 * is observed where the browser reports it; where it does not, the next frame stands in for it.
 */
const afterPaint =
  `(function(){var d=document,n=2;function go(){if(--n)return;setTimeout(function(){` +
  `d.querySelectorAll('template[${afterPaintAttribute}]').forEach(function(t){t.replaceWith(d.importNode(t.content,true))})})}` +
  `d.addEventListener('DOMContentLoaded',go);` +
  `var P=window.PerformanceObserver;` +
  `if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0)` +
  `new P(function(l,o){o.disconnect();go()}).observe({type:'paint',buffered:true});` +
  `else requestAnimationFrame(function(){setTimeout(go)})})();`;

export const earlyScript = textSize + afterPaint;

/**
 * The search page's one more: Pagefind started as the page is read in, not once it is drawn. The
 * page is there to search, and the index takes longer to load than the page to draw; the search
 * script (src/search/client.ts) imports the same module and finds it under way. Its failure is the
 * search script's to say.
 */
export const searchEarlyScript =
  `import('${pagefindPath}pagefind.js').then(function(p){` +
  `return p.init().then(function(){return p.search('${pagefindWarmQuery}')}).then(function(s){` +
  `return Promise.all(s.results.map(function(r){return r.data()}))})}).catch(function(){});`;
