/**
 * The checks every page gets (page-checks.ts), for the pair pages: one template, so a chain of pairs
 * in the flows' order (村（社区） vs 机关, 机关 vs 非公, …) that puts every flow's text in a pair, on
 * both sides where the order allows. Every pair page's HTML is validated (html.test.ts), and the
 * comparison itself is tested pair by pair (test/flows/compare.test.ts, compare.test.ts).
 */
import { flowSlugs } from '../../src/flows/vocabulary.ts';
import { pairPath } from '../../src/site/urls.ts';
import { useBrowser } from './browser.ts';
import { checkEveryPage } from './page-checks.ts';

useBrowser();

checkEveryPage(flowSlugs.slice(1).map((slug, index) => pairPath(flowSlugs[index]!, slug)));
