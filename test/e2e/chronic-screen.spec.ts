import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

async function choose(page: Page, group: RegExp | string, option: string) {
  await page.getByRole('group', { name: group }).getByLabel(option, { exact: true }).focus();
  await page.keyboard.press('Space');
}

async function answer(page: Page, approximateStart: string) {
  await page.getByLabel('Project start date (3.10)').fill('2024-06-01');
  await choose(page, 'Project type', 'Emergency shelter');
  await choose(page, /Disabling condition/, 'Yes');
  await page.getByLabel(/Approximate date this episode/).fill(approximateStart);
}

test('exactly 365 days before project start screens yes, by keyboard', async ({ page }) => {
  await page.goto('tools/chronic-screen/');
  expect(await axe(page)).toEqual([]);
  // 2024-06-01 − 365 days = 2023-06-02
  await answer(page, '2023-06-02');
  await page.getByRole('button', { name: 'Screen' }).focus();
  await page.keyboard.press('Enter');
  const result = page.getByRole('region', { name: 'Chronically homeless at project start (HMIS quick screen)' });
  await expect(result).toContainText('Yes');
  await expect(result).toContainText('comes from the HMIS quick screen');
  await expect(result.locator('[data-reason="hmis-approximate_start-yes"]')).toContainText(
    'on or before 2024-06-01 − 365 days = 2023-06-02',
  );
  expect(await axe(page)).toEqual([]);
});

test('a recent start with the counts left out screens as missing data', async ({ page }) => {
  await page.goto('tools/chronic-screen/');
  await answer(page, '2024-05-01');
  await page.getByRole('button', { name: 'Screen' }).click();
  await expect(page.getByRole('region', { name: /HMIS quick screen/ })).toContainText('Missing data');
});

test('four or more times and more than 12 months screen yes; the answers come back from the link', async ({ page }) => {
  await page.goto('tools/chronic-screen/');
  await answer(page, '2024-05-01');
  await page.getByLabel(/Times on the streets/).selectOption({ label: '4 or more' });
  await page.getByLabel(/Total months homeless/).selectOption({ label: 'More than 12' });
  await page.getByRole('button', { name: 'Screen' }).click();
  await expect(page.getByRole('region', { name: /HMIS quick screen/ })).toContainText(
    '13 months homeless in the past three years: 13 ≥ 12',
  );
  await page.reload();
  await expect(page.getByLabel(/Times on the streets/)).toHaveValue('4');
  await expect(page.getByRole('region', { name: /HMIS quick screen/ })).toContainText('Yes');
});

test('a start date after the project start gets an error summary that takes focus', async ({ page }) => {
  await page.goto('tools/chronic-screen/');
  await answer(page, '2024-07-01');
  await page.getByRole('button', { name: 'Screen' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('is after the project start date');
  await expect(page.getByLabel(/Approximate date this episode/)).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page)).toEqual([]);
});
