/**
 * What the flow page's scripts (progress.ts, plan-controls.ts, record-notice.ts, and the handout's
 * handout-progress.ts) find in the markup the page draws (StepGuide.astro, FlowOverview.astro, the
 * print page): named once, here, and used on both sides, so a renamed hook fails the type check
 * rather than a reader's ticks.
 */

/** Data attributes: the markup writes them with `hook()`, the scripts read them by these names. */
export const guideHooks = {
  /** On the guide (and the handout's checklist): the flow whose progress and plan it shows. */
  guide: 'data-progress-flow',
  /** On the guide: the flow's title, for the schedule and a shared link. */
  flowTitle: 'data-flow-title',
  /** The template of one step's controls. */
  controls: 'data-step-progress',
  /** On the guide, once steps get their controls as they come into view (progress.ts). */
  controlsLive: 'data-step-controls-live',
  /** On a step whose controls are in place. */
  stepControls: 'data-step-controls',
  /** On a step's 已完成 box and date field: the step's id (set when copied in). */
  done: 'data-done',
  date: 'data-date',
  /** A step's plan summary and 逾期 mark. */
  planSummary: 'data-plan-summary',
  overdueMark: 'data-overdue-mark',
  /** On each step: its id. */
  step: 'data-step',
  /** The overview's 已完成 count, and its number. */
  summary: 'data-progress-summary',
  count: 'data-progress-count',
  /** Where the plan's script lays out 下一步 and 逾期. */
  planOverview: 'data-plan-overview',
  /** Under the guide: where progress is private, a failed save, and 清除进度. */
  tools: 'data-progress-tools',
  failure: 'data-progress-failure',
} as const;

/** Classes the scripts look for. */
export const guideClasses = {
  step: 'step',
  stepBody: 'step-body',
  stepText: 'step-text',
  stepHeading: 'step-heading',
  stepDate: 'step-date',
  stepPlan: 'step-plan',
  erratumMark: 'erratum-mark',
  overview: 'overview',
} as const;

/** One hook as attributes to spread on an element: {...hook(guideHooks.guide, flow.slug)}. */
export const hook = (name: (typeof guideHooks)[keyof typeof guideHooks], value = '') => ({ [name]: value });

const has = (name: string) => `[${name}]`;
export const guideSelectors = {
  guide: has(guideHooks.guide),
  step: `li.${guideClasses.step}${has(guideHooks.step)}`,
  controls: `template${has(guideHooks.controls)}`,
  doneBox: `input${has(guideHooks.done)}`,
  dateField: `input${has(guideHooks.date)}`,
  planSummary: has(guideHooks.planSummary),
  summary: has(guideHooks.summary),
  count: has(guideHooks.count),
  planOverview: has(guideHooks.planOverview),
  tools: has(guideHooks.tools),
  failure: has(guideHooks.failure),
  stepBody: `.${guideClasses.stepBody}`,
  stepHeading: `.${guideClasses.stepHeading}`,
  stepDate: `.${guideClasses.stepDate}`,
  stepPlan: `details.${guideClasses.stepPlan}`,
  overview: `nav.${guideClasses.overview}`,
} as const;

/** Sent on the document with a step (its `detail`) when the step's controls are put in place. */
export const stepControlsEvent = 'step-controls';

/** The step with this id. */
export const stepOf = (id: string) => `li.${guideClasses.step}[${guideHooks.step}="${CSS.escape(id)}"]`;
