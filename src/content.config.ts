import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/**
 * Explanatory prose for one flow's guide page (content/guides/<slug>.mdx). Not source text.
 * Its frontmatter is validated once, by the content gate before Astro runs (checkGuides in
 * src/flows/load.ts, with file:line messages); the pages read it as GuideFrontmatter.
 */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides' }),
});

export const collections = { guides };
