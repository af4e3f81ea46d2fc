/**
 * npm run lint: the styles held to the supported browsers (package.json's browserslist; README:
 * Browsers). A feature some of them lack is refused unless it is listed here with what those
 * browsers get instead.
 */
export default {
  plugins: ['stylelint-no-unsupported-browser-features'],
  rules: {
    'plugin/no-unsupported-browser-features': [
      true,
      {
        severity: 'error',
        // Partly supported features (logical properties, sticky, multi-column…) work in what the
        // site uses of them; a feature that is absent altogether is what fails a reader.
        ignorePartialSupport: true,
        ignore: [
          // The comparison's filters (compare.css): src/scripts/compare-filters.ts sets their state
          // as classes where :has() is missing, and the class rules do the same. The outline round
          // the step a link lands on (flow.css): without :has() the browser still scrolls to the
          // step, under its number, without the outline.
          'css-has',
          // The large-text layout (base.css, flow.css, basis.css, review.css, handout.css, form.css):
          // below Chrome 105 and iOS 16 the page keeps its ordinary layout (a paper's columns
          // narrower).
          'css-container-queries',
          // Skips drawing what is off screen (flow.css, basis.css): without it the whole page is drawn.
          'css-content-visibility',
          // Safari 15.0–15.3: the browser's own focus ring shows instead of the site's.
          'css-focus-visible',
          // @page's A4 size and margins (handout.css, print): Safari prints on its own page box.
          'css-paged-media',
          // Firefox does not enlarge text on its own; Safari reads the -webkit- form the build adds.
          'text-size-adjust',
        ],
      },
    ],
  },
};
