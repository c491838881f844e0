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
  problems.push(...(await reflowProblems(page)));
  return problems.map((p) => `/${path}: ${p}`);
}

/** The narrowest width WCAG 1.4.10 (Reflow) asks a page to fit without scrolling sideways. */
const narrow = { width: 320, height: 800 };

/**
 * At 320 CSS px the page must not scroll sideways (WCAG 1.4.10); a wide table may scroll inside itself
 * if the keyboard can reach it. Names the elements that stick out past the edge outside any scrolling box.
 */
async function reflowProblems(page: Page): Promise<string[]> {
  const viewport = page.viewportSize();
  await page.setViewportSize(narrow);
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const scrolls = (e: Element) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const sticking = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 1 && !scrolls(e));
    return [
      `${document.documentElement.scrollWidth} px wide at ${width} px: ${sticking
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${[...e.classList].join('.')}` : ''}`)
        .join(', ')}`,
    ];
  });
  // What scrolls inside itself at this width (a wide table, a chart) must be reachable by keyboard to scroll it.
  const unreachable = (await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze()).violations.flatMap((v) =>
    v.nodes.map((n) => `at 320 px, ${v.id}: ${n.target.join(' ')}`),
  );
  if (viewport) await page.setViewportSize(viewport);
  return [...wide.map((w) => `scrolls sideways on a 320 px screen (WCAG 1.4.10): ${w}`), ...unreachable];
}

for (let batch = 0; batch < batches; batch += 1) {
  const mine = pages.filter((_, i) => i % batches === batch);
  test(`pages ${batch + 1} of ${batches} (${mine.length} pages, from /${mine[0] ?? ''}) make no request to another origin, have no WCAG 2.2 A/AA violations and fit a 320 px screen`, async ({
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

test('each calculator, showing the result of each worked example, fits a 320 px screen (WCAG 1.4.10)', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize(narrow);
  const problems: string[] = [];
  for (const tool of pages.filter((path) => /^tools\/[^/]+\/$/.test(path))) {
    await page.goto(tool);
    const examples = page
      .locator('section.no-print')
      .filter({ has: page.getByRole('heading', { name: /example/i }) })
      .locator('li > button, li > a');
    for (let i = 0; i < (await examples.count()); i += 1) {
      await examples.nth(i).click();
      // A result (or the form's error summary) says the example has been calculated.
      await expect(page.locator('section.result, .error-summary').first()).toBeVisible();
      problems.push(...(await reflowProblems(page)).map((p) => `/${tool} example ${i + 1}: ${p}`));
    }
  }
  expect(problems).toEqual([]);
});
