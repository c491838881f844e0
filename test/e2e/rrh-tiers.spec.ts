import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

test('a caseworker splits a $900 rent at Tier 2 and sees the arithmetic and its source', async ({ page }) => {
  await page.goto('tools/rrh-tiers/');
  await page.getByLabel('Monthly contract rent').fill('900');
  await page.getByLabel('Tier 2').check();
  await page.getByRole('button', { name: 'Calculate' }).click();
  const result = page.getByRole('region', { name: 'Program and household shares' });
  await expect(result.getByRole('row', { name: /Tier 2 \(chosen\)/ })).toContainText('$603.00');
  await expect(result.getByRole('row', { name: /Tier 2 \(chosen\)/ })).toContainText('$297.00');
  await expect(result).toContainText('the program pays 67% of $900.00 = $603.00');
  await expect(result.getByRole('link', { name: /Tier 2: The program pays 67% of the contract rent/ })).toHaveAttribute(
    'href',
    /\/standards\/tpch-written-standards\/rapid-rehousing-programs\/$/,
  );
  // The case-file stamp names the jurisdiction whose standards were applied.
  await expect(result).toContainText('Jurisdiction: Tucson/Pima County CoC (AZ-501).');
  await expect(page).toHaveURL(/#rent=900&tier=2&asOf=\d{4}-\d{2}-\d{2}$/);
  expect(await axe(page)).toEqual([]);
});

test('the result is rebuilt from the link fragment', async ({ page }) => {
  await page.goto('tools/rrh-tiers/#rent=750.00&tier=1&asOf=2024-01-15');
  await expect(page.getByLabel('Monthly contract rent')).toHaveValue('750.00');
  await expect(page.getByLabel('Tier 1')).toBeChecked();
  await expect(page.getByRole('row', { name: /Tier 1 \(chosen\)/ })).toContainText('$750.00');
});

test('bad money gets an error summary that takes focus and an inline message', async ({ page }) => {
  await page.goto('tools/rrh-tiers/');
  await page.getByLabel('Monthly contract rent').fill('12.345');
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: /two decimal places/ })).toBeVisible();
  await expect(page.getByLabel('Monthly contract rent')).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page)).toEqual([]);
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Monthly contract rent')).toBeFocused();
});

test('an implausible rent is flagged rather than calculated', async ({ page }) => {
  await page.goto('tools/rrh-tiers/');
  await page.getByLabel('Monthly contract rent').fill('1,000,000');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.getByRole('alert')).toContainText('implausibly large');
});

test('a worked example loads with one button', async ({ page }) => {
  await page.goto('tools/rrh-tiers/');
  await page.getByRole('button', { name: 'Family of 3, $900 rent, Tier 2' }).click();
  await expect(page.getByRole('row', { name: /Tier 2 \(chosen\)/ })).toContainText('$603.00');
});
