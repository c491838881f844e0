import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('the home page offers the three ways in', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hearth');
  await expect(page.getByRole('link', { name: 'Learn the standards' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Check eligibility and use the calculators' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Review proposed revisions' })).toBeVisible();
});

test('an unknown address shows the not-found page', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations).toEqual([]);
});

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('standards/tpch-written-standards/rapid-rehousing-programs/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a paragraph has a stable anchor that works as a plain link', async ({ page }) => {
  await page.goto('standards/tpch-written-standards/rapid-rehousing-programs/');
  const tier2 = page.locator('li', { hasText: 'Tier 2: The program pays 67% of the contract rent' });
  const id = await tier2.getAttribute('id');
  expect(id).toMatch(/^p\d+$/);
  await page.goto(`standards/tpch-written-standards/rapid-rehousing-programs/#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test('the parameters page says what a worded value means, beside the value and its source', async ({ page }) => {
  await page.goto('parameters/');
  const row = page.getByRole('row', { name: /rent\.coc\.leasing\.rentLimit/ });
  await expect(row).toContainText('CoC leasing rent limit');
  await expect(row).toContainText('leasing pays at most the lower of the FMR and the reasonable rent');
  await expect(row.getByRole('cell').nth(1)).toHaveText('lower-of-fmr-and-reasonable');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations).toEqual([]);
});
