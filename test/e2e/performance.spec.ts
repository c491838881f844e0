import { expect, test, type Page } from '@playwright/test';
import { openTool } from './pages';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

test('a TPCH PSH project sees each standard met or not met, with its source', async ({ page }) => {
  await openTool(page, 'tools/performance-standards/');
  await page.getByRole('link', { name: 'A TPCH PSH project: six standards met, two not' }).click();
  const result = page.getByRole('region', { name: /Standards met and not met/ });
  await expect(result).toContainText('6 of 8 standards met.');
  await expect(result.getByRole('row', { name: /Returns to homelessness/ })).toContainText('Not met');
  await expect(result.getByRole('row', { name: /HMIS data completeness/ })).toContainText('Illegible in the source');
  expect(await axe(page)).toEqual([]);
});

test('an illegible TPCH column heading is flagged', async ({ page }) => {
  await openTool(page, 'tools/performance-standards/');
  await page.getByLabel('Tucson/Pima (TPCH) 2021 CoC Program Performance Standards').check();
  await page.getByLabel('Column of the TPCH 2021 table').selectOption('column-4');
  await page.getByLabel('Leavers who exited to permanent housing').fill('35');
  await page.getByRole('button', { name: 'Check the standards' }).click();
  await expect(page.getByRole('region', { name: /Standards met and not met/ })).toContainText(
    'check with TPCH that this column is the right one',
  );
});

test('a Nashville RRH project, entered by hand', async ({ page }) => {
  await openTool(page, 'tools/performance-standards/');
  await page.getByLabel('Nashville-Davidson target performance benchmarks').check();
  await page.getByLabel('Program component').selectOption('rapid-rehousing');
  await page.getByLabel('Median days from program entry to housing').fill('46');
  await page.getByLabel('Exits to permanent housing').fill('45 of 50');
  await page.getByRole('button', { name: 'Check the standards' }).click();
  const result = page.getByRole('region', { name: /Standards met and not met/ });
  await expect(result.getByRole('row', { name: /Median days/ })).toContainText('Not met');
  await expect(result.getByRole('row', { name: /Exits to permanent housing/ })).toContainText('Met');
  await expect(page).toHaveURL(/#.*component=rapid-rehousing/);
});
