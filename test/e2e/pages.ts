import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page, Request } from '@playwright/test';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** Every page of the build, as a site-relative path ("standards/x/y/"), the 404 page excluded. */
export function builtPages(dist = process.env.HEARTH_E2E_DIST ?? 'dist'): string[] {
  if (!existsSync(dist)) throw new Error(`No build in ${dist}/: run "npm run build" before the browser tests`);
  return walk(dist)
    .filter((f) => f.endsWith('index.html') && !f.includes('/pagefind/'))
    .map((f) => relative(dist, f).replace(/index\.html$/, ''))
    .sort();
}

/** Records every request a page makes; `foreign()` lists those to another origin. */
export function recordRequests(page: Page, origin: string) {
  const requests: string[] = [];
  const record = (request: Request) => requests.push(request.url());
  page.on('request', record);
  return {
    /** Stops recording (a tab reused for the next page). */
    stop: () => page.off('request', record),
    all: () => requests,
    foreign: () => requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')),
  };
}

/**
 * Opens a tool page and starts using it, as a person does. Tools marked `client:interact` load their
 * code on first use; this waits until every island on the page has hydrated.
 */
export async function openTool(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const lazy = page.locator('astro-island[client="interact"]');
  if ((await lazy.count()) > 0) await lazy.first().hover();
  await page.waitForFunction(
    () =>
      document.querySelectorAll('astro-island[ssr]').length === 0 &&
      document.querySelectorAll('astro-island[client="interact"]:not([data-interactive])').length === 0,
  );
}
