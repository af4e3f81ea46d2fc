/**
 * Hooks a page's markup carries for its script, named once: each as an attribute, and as the
 * selector that finds it ([data-…]). A renamed hook then fails the type check, not the page.
 */
export const selectorsOf = <Hooks extends Record<string, string>>(hooks: Hooks) =>
  Object.fromEntries(Object.entries(hooks).map(([name, attribute]) => [name, `[${attribute}]`])) as {
    [Name in keyof Hooks]: `[${Hooks[Name]}]`;
  };

/** 清除本机记录 on a page that keeps a record (src/components/ClearSection.astro): the control and its confirmation. */
export const clearHooks = {
  clear: 'data-clear',
  clearConfirm: 'data-clear-confirm',
  clearYes: 'data-clear-yes',
  clearNo: 'data-clear-no',
} as const;
export const clearSelectors = selectorsOf(clearHooks);

/** Where a page that keeps her record says how sure that keeping is (src/components/KeepingNotice.astro). */
export const keepingHooks = {
  notPersisted: 'data-keeping-not-persisted',
  exportDue: 'data-keeping-export-due',
} as const;
export const keepingSelectors = selectorsOf(keepingHooks);
