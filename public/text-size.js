// Before the page is drawn (a blocking script of its own: the Content-Security-Policy allows no
// inline script): mark that JavaScript runs, so controls that need it are laid out from the first
// paint (.needs-js, base.css) and nothing moves when they start working; and apply the reader's
// 字号 (the control is src/scripts/text-size.ts).
document.documentElement.setAttribute('data-js', '');
try {
  var size = localStorage.getItem('zuzhi-shenghuohui:text-size');
  if (size === 'large' || size === 'larger') document.documentElement.setAttribute('data-text-size', size);
} catch (error) {
  // No storage: the standard size.
}
