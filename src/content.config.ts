import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideFrontmatterSchema } from './flows/schema.ts';

/** Explanatory prose for one flow's guide page (content/guides/<slug>.mdx). Not source text. */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides' }),
  schema: guideFrontmatterSchema,
});

export const collections = { guides };
