/** The checks every page gets (page-checks.ts), for the 15 pair pages. */
import { builtPages } from '../../src/publish/built-pages.ts';
import { useBrowser } from './browser.ts';
import { checkEveryPage } from './page-checks.ts';

useBrowser();

checkEveryPage(builtPages().filter((path) => path.startsWith('/compare/') && path !== '/compare/'));
