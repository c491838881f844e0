import type { APIRoute } from 'astro';
import { revisionSummaries } from './_revisions';

/** The revisions' parameter changes for calculators opened with #revision=<id> (src/islands/shared/revision.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await revisionSummaries()), { headers: { 'Content-Type': 'application/json' } });
