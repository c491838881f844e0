import { expect, test, type Page } from '@playwright/test';
import { openTool } from './pages';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);
const group = (page: Page, name: string) => page.getByRole('group', { name });

test('a caseworker finds a chronically homeless household’s PSH level with its sources', async ({ page }) => {
  await openTool(page, 'tools/priority-tpch/');
  await page.getByLabel('Permanent supportive housing (PSH)').check();
  await page.getByLabel('Dedicated or prioritized for chronic homelessness (CH)').check();
  await group(page, 'Has the CoC determined that it has housed the chronically homeless households in its area?').getByLabel('No').check();
  await page.getByLabel('VI-SPDAT (pre-screen)').check();
  await page.getByLabel('Individuals').check();
  await page.getByLabel('SPDAT score').fill('13');
  await page.getByLabel('Unsheltered: a place not meant for human habitation').check();
  await group(page, 'Is the household chronically homeless?').getByLabel('Yes').check();
  await page.getByLabel('Months homeless over the household’s lifetime').fill('30');
  await page.getByLabel('Work out the priority under the standards in force on').fill('2024-03-01');
  await page.getByRole('button', { name: 'Find the priority' }).click();
  const result = page.getByRole('region', { name: 'Priority under the TPCH standards' });
  await expect(result).toContainText('Level 1: Severe Service Needs & 2+ years homeless & unsheltered');
  await expect(result).toContainText('30 months homeless over its lifetime ≥ 2 years × 12 = 24 months');
  await expect(result.getByRole('listitem').filter({ hasText: '(this household)' })).toHaveCount(1);
  await expect(result.getByRole('link', { name: /1\. Severe Service Needs & 2\+ years homeless & unsheltered/ })).toHaveAttribute(
    'href',
    /\/standards\/tpch-written-standards\/permanent-supportive-housing\/$/,
  );
  await expect(page).toHaveURL(
    /#program=psh&bed=chronic-dedicated&housed=no&tool=vi-spdat&pop=individual&score=13&sleep=unsheltered&ch=yes&months=30&asOf=2024-03-01$/,
  );
  expect(await axe(page)).toEqual([]);
});

test('the result is rebuilt from the link fragment', async ({ page }) => {
  await page.goto('tools/priority-tpch/#program=rrh&tool=vi-spdat&pop=individual&score=5&sleep=sheltered&asOf=2024-03-01');
  await expect(page.getByLabel('Rapid rehousing (RRH)')).toBeChecked();
  await expect(page.getByLabel('SPDAT score')).toHaveValue('5');
  await expect(page.getByRole('region', { name: 'Priority under the TPCH standards' })).toContainText(
    'Group 2: Moderate service needs, sheltered',
  );
});

test('missing answers get an error summary that takes focus and inline messages', async ({ page }) => {
  await openTool(page, 'tools/priority-tpch/');
  await page.getByLabel('Permanent supportive housing (PSH)').check();
  await page.getByRole('button', { name: 'Find the priority' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(
    summary.getByRole('link', { name: 'Choose the kind of PSH bed: dedicated or prioritized for chronic homelessness, or other' }),
  ).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await summary.getByRole('link', { name: /Choose the kind of PSH bed/ }).click();
  await expect(page.getByLabel('Dedicated or prioritized for chronic homelessness (CH)')).toBeFocused();
});

test('contradictory answers are reported, not resolved', async ({ page }) => {
  await page.goto(
    'tools/priority-tpch/#program=psh&bed=chronic-dedicated&housed=no&tool=vi-spdat&pop=individual&score=13&sleep=unsheltered&ch=yes&months=8&asOf=2024-03-01',
  );
  await expect(page.getByRole('alert')).toContainText('which takes at least 12 months of homelessness, but entered 8 months');
  await expect(page.getByLabel('Months homeless over the household’s lifetime')).toHaveAttribute('aria-invalid', 'true');
});

test('a worked example loads from its link, using only the keyboard', async ({ page }) => {
  await openTool(page, 'tools/priority-tpch/');
  await page.getByRole('link', { name: 'RRH: low needs' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Priority under the TPCH standards' })).toContainText(
    'Not served by these beds: Low service needs: not served',
  );
});
