import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { flowSlugs } from './flows/vocabulary.ts';

/** Explanatory prose for one flow's guide page (content/guides/<slug>.mdx). Not source text. */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides' }),
  schema: z.strictObject({
    /** Which flow this prose belongs to; must match the file name. */
    flow: z.enum(flowSlugs),
    /** One line on who this flow is for, shown on the home page. */
    audience: z.string().min(1),
  }),
});

export const collections = { guides };
