/**
 * What every form of a flow needs to be filled in on the reader's device (src/kit/fill-data.ts):
 * one file for the flow's forms, which each form's page asks for once it is drawn and keeps
 * offline with it (src/offline/companions.ts), and from which, offline, a form's blank Word file is made.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { flowPaths, loadRules } from '../../../../flows/load.ts';
import type { Flow } from '../../../../flows/model.ts';
import { flowFillData } from '../../../../kit/fill-data.ts';
import { gradingOf } from '../../../../review/grading.ts';

export const getStaticPaths = flowPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ flow: Flow }> = ({ props }) =>
  new Response(JSON.stringify(flowFillData(props.flow, gradingOf(loadRules()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
