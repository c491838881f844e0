import { expect, test, type Page } from '@playwright/test';
import { openTool } from './pages';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

const rrhLines = [
  'id, assessment, score, unsheltered, age, covid, since',
  'B, VI-SPDAT, 11, no, 30, no, 2023-06-10',
  'C, DV-CE, 8, no, 41, yes, 2022-01-01',
  'A, VI-SPDAT, 9, yes, 57, no, 2023-01-10',
].join('\n');

test('a CE lead orders an RRH list: score first, time homeless breaks the tie', async ({ page }) => {
  await openTool(page, 'tools/priority-nashville/');
  await page.getByLabel(/^Rapid re-housing: priority score/).check();
  await page.getByLabel('Households, one per line').fill(rrhLines);
  await page.getByLabel('Order the list as of').fill('2024-03-01');
  await page.getByRole('button', { name: 'Order the list' }).click();
  const result = page.getByRole('region', { name: 'Households in priority order' });
  const rows = result.getByRole('row');
  // A: 9 + 1 + 1 + 0 = 11 (416 days); B: 11 (265 days); C: 8 + 1 = 9
  await expect(rows.nth(1)).toContainText('A');
  await expect(rows.nth(2)).toContainText('B');
  await expect(rows.nth(3)).toContainText('C');
  await rows.nth(1).getByText('Why').click();
  await expect(rows.nth(1)).toContainText('Priority score: 9 + 1 + 1 + 0 = 11.');
  await expect(page).toHaveURL(/#method=nashville-rrh&rows=.+&asOf=2024-03-01$/);
  expect(await axe(page)).toEqual([]);
});

test('the list is rebuilt from the link fragment', async ({ page }) => {
  const rows = encodeURIComponent('P1, no, 15, 2020-01-01, 2020-02-01\nP2, yes, 9, 2023-01-01, 2023-02-01');
  await page.goto(`tools/priority-nashville/#method=nashville-psh&rows=${rows}&asOf=2024-03-01`);
  const table = page.getByRole('region', { name: 'Households in priority order' }).getByRole('row');
  await expect(table.nth(1)).toContainText('P2');
  await expect(table.nth(2)).toContainText('P1');
});

test('a bad value is reported with its line and household', async ({ page }) => {
  await openTool(page, 'tools/priority-nashville/');
  await page.getByLabel(/^Rapid re-housing: priority score/).check();
  await page
    .getByLabel('Households, one per line')
    .fill('A, VI-SPDAT, 9, yes, 57, no, 2023-01-10\nB, VI-SPDAT, 11, no, old, no, 2023-06-10');
  await page.getByRole('button', { name: 'Order the list' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Line 2 (B): The age of the person assessed must be a whole number');
  await expect(page.getByLabel('Households, one per line')).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page)).toEqual([]);
});

test('a line with the wrong number of values is reported', async ({ page }) => {
  await openTool(page, 'tools/priority-nashville/');
  await page.getByLabel(/^Permanent supportive housing: chronicity/).check();
  await page.getByLabel('Households, one per line').fill('P1, no, 15, 2020-01-01');
  await page.getByRole('button', { name: 'Order the list' }).click();
  await expect(page.getByRole('alert')).toContainText('Line 1 has 4 values; each line needs 5');
});

test('a worked example loads from its link', async ({ page }) => {
  await openTool(page, 'tools/priority-nashville/');
  await page.getByRole('link', { name: 'Nashville PSH: chronicity, then VI-SPDAT, then date of identification' }).click();
  await expect(page.getByRole('region', { name: 'Households in priority order' }).getByRole('row').nth(1)).toContainText('P3');
});
