import { expect, test } from '@playwright/test';
import { recordRequests } from './pages';

test('under a base path, links, assets and search stay inside it', async ({ page, baseURL }) => {
  const requests = recordRequests(page, new URL(baseURL!).origin);
  await page.goto('./');
  await page.getByRole('link', { name: 'Learn the standards' }).click();
  await expect(page).toHaveURL(/\/hearth\/standards\/$/);
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search the standards' }).fill('contract rent');
  const hit = page.locator('.search-dialog .search-results a').first();
  await expect(hit).toBeVisible();
  const href = (await hit.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/hearth\/standards\/.+/);
  await hit.click();
  // The hit's own page (the index the search started on also matches /hearth/standards/), with its scripts run.
  await page.waitForURL(new URL(href, baseURL).href);
  // search still works after navigating to another page
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search the standards' }).fill('utility allowance');
  await expect(page.locator('.search-dialog .search-results a').first()).toBeVisible();
  const ownPaths = requests.all().map((u) => new URL(u).pathname);
  expect(ownPaths.filter((p) => !p.startsWith('/hearth/'))).toEqual([]);
  expect(requests.foreign()).toEqual([]);
});
