import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, recordRequests } from './pages';

const pages = builtPages();
/**
 * Every page of the build is checked, in batches that share one browser tab: a fresh context per page
 * cost more than the checks. A batch reports every page with a problem, not just the first.
 */
const batches = 12;

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(10);
});

async function problemsOf(page: Page, path: string, origin: string): Promise<string[]> {
  const requests = recordRequests(page, origin);
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  const problems: string[] = [];
  if (response?.status() !== 200) problems.push(`status ${response?.status()}`);
  requests.stop();
  problems.push(...requests.foreign().map((url) => `request to another origin: ${url}`));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  problems.push(
    ...results.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    ),
  );
  return problems.map((p) => `/${path}: ${p}`);
}

for (let batch = 0; batch < batches; batch += 1) {
  const mine = pages.filter((_, i) => i % batches === batch);
  test(`pages ${batch + 1} of ${batches} (${mine.length} pages, from /${mine[0] ?? ''}) make no request to another origin and have no WCAG 2.2 A/AA violations`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(mine.length * 20_000);
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    for (const path of mine) problems.push(...(await problemsOf(page, path, origin)));
    expect(problems).toEqual([]);
  });
}
