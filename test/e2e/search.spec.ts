import { expect, test } from '@playwright/test';
import { recordRequests } from './pages';

/** Bytes the page fetched for these URLs (the preview server does not compress, so these are upper bounds). */
const bytesOf = (page: import('@playwright/test').Page, urls: string[]) =>
  page.evaluate(
    (list) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => list.includes(e.name))
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0),
    urls,
  );

test('search loads nothing until opened, then finds a known phrase within its byte budgets', async ({ page, baseURL }) => {
  const requests = recordRequests(page, new URL(baseURL!).origin);
  await page.goto('standards/tpch-written-standards/rapid-rehousing-programs/', { waitUntil: 'networkidle' });
  expect(requests.all().filter((u) => /pagefind|searchDialog/.test(u))).toEqual([]);
  const beforeOpen = requests.all().length;

  await page.getByRole('link', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search the standards' });
  await expect(box).toBeFocused();
  await box.fill('Transition-In-Place');
  const results = page.locator('.search-dialog .search-results');
  await expect(results.getByRole('link', { name: 'Rapid Rehousing Programs' }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const firstQuery = requests.all().slice(beforeOpen);
  const firstBytes = await bytesOf(page, firstQuery);
  console.log(`search: first query fetched ${firstQuery.length} files, ${firstBytes} bytes`);
  expect(firstQuery.some((u) => u.endsWith('.wasm') || u.includes('wasm'))).toBe(true);
  expect(firstBytes).toBeGreaterThan(0);
  expect(firstBytes).toBeLessThanOrEqual(120 * 1024);

  const beforeSecond = requests.all().length;
  await box.fill('utility allowance');
  await expect(page.locator('.search-dialog [role=status]')).toContainText('utility allowance');
  await page.waitForLoadState('networkidle');
  const laterBytes = await bytesOf(page, requests.all().slice(beforeSecond));
  console.log(`search: a later query fetched ${laterBytes} bytes`);
  expect(laterBytes).toBeLessThanOrEqual(30 * 1024);
  expect(requests.foreign()).toEqual([]);
});

test('keyboard alone opens search with "/" and walks the results with the arrow keys', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the standards' });
  await expect(box).toBeFocused();
  await page.keyboard.type('contract rent');
  const links = page.locator('.search-dialog .search-results a');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.search-dialog')).not.toBeVisible();
});

test('when the search index cannot load, search says so, and a later search tries again', async ({ page }) => {
  let refuse = true;
  await page.route(
    (url) => url.pathname.endsWith('/pagefind/pagefind.js'),
    (route) => (refuse ? route.fulfill({ status: 404, body: '' }) : route.fallback()),
  );
  await page.goto('search/?q=contract%20rent');
  await expect(page.locator('#search-page-status')).toHaveText(/^Search could not be loaded\./);

  await page.goto('standards/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the standards' })).toBeFocused();
  await page.keyboard.type('contract rent');
  await expect(page.locator('.search-dialog .search-status')).toHaveText(/^Search could not be loaded\./);
  refuse = false;
  await page.keyboard.type(' tier');
  await expect(page.locator('.search-dialog .search-results a').first()).toBeVisible();
});

test('Ctrl+K opens search', async ({ page }) => {
  await page.goto('standards/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search the standards' })).toBeFocused();
});

test('the search page answers /search/?q= and filters by jurisdiction', async ({ page }) => {
  await page.goto('search/?q=contract%20rent');
  const results = page.locator('#search-page-results');
  await expect(results.getByRole('link', { name: 'Rapid Rehousing Programs' }).first()).toBeVisible();
  await page.getByLabel('Jurisdiction').selectOption({ label: 'Lowell Continuum of Care' });
  await expect(page.locator('#search-page-status')).toContainText('contract rent');
  await expect(results.getByRole('link', { name: 'Rapid Rehousing Programs' })).toHaveCount(0);
  const filtered = await results.locator(':scope > li').count();
  expect(filtered).toBeGreaterThan(0);
  await page
    .getByLabel('Jurisdiction')
    .selectOption({ label: 'Tucson/Pima County Continuum of Care (Tucson Pima Collaboration to End Homelessness)' });
  await expect(results.getByRole('link', { name: 'Rapid Rehousing Programs' }).first()).toBeVisible();
});

test('the search page loads the index only when the reader starts to search, and offers the index’s own filters', async ({
  page,
  baseURL,
}) => {
  const requests = recordRequests(page, new URL(baseURL!).origin);
  await page.goto('search/', { waitUntil: 'networkidle' });
  expect(requests.all().filter((u) => u.includes('/pagefind/'))).toEqual([]);
  const offered = await page
    .getByRole('group', { name: 'Filters' })
    .locator('select')
    .evaluateAll((selects) =>
      Object.fromEntries((selects as HTMLSelectElement[]).map((s) => [s.name, [...s.options].map((o) => o.value).filter(Boolean)])),
    );

  await page.getByRole('searchbox', { name: 'Search the standards' }).focus();
  await expect.poll(() => requests.all().filter((u) => u.includes('/pagefind/')).length).toBeGreaterThan(0);
  const indexed = await page.evaluate(async (base) => {
    const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await pagefind.init();
    const filters: Record<string, Record<string, number>> = await pagefind.filters();
    return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, Object.keys(values).sort()]));
  }, new URL(baseURL!).pathname);
  expect(offered).toEqual(indexed);
  expect(Object.keys(offered).sort()).toEqual(['component', 'jurisdiction', 'program', 'type']);

  await page.getByRole('searchbox', { name: 'Search the standards' }).fill('contract rent');
  await page.getByLabel('Document type').selectOption('Glossary');
  await expect(page.locator('#search-page-status')).toContainText('contract rent');
});
