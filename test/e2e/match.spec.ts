import { expect, test, type Page } from '@playwright/test';
import { openTool } from './pages';
import AxeBuilder from '@axe-core/playwright';
import { recordRequests } from './pages';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);
const result = (page: Page) => page.getByRole('region', { name: 'Match and budget result' });
const totals = (page: Page) => result(page).getByRole('table', { name: 'Required match and the match that counts' });

test('the Pima 2023–24 budget loads with one button: $253,018 needs $63,254.50, indirect costs within 10%', async ({ page, baseURL }) => {
  const requests = recordRequests(page, new URL(baseURL!).origin);
  await openTool(page, 'tools/match/');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('link', { name: /Pima County 2023–24 RRH budget/ }).click();
  await expect(totals(page).getByRole('row', { name: /Total request/ })).toContainText('$253,018.00');
  await expect(totals(page).getByRole('row', { name: /Required match/ })).toContainText('$63,254.50');
  await expect(result(page).locator('[data-check="indirect-rate"]')).toContainText('10% × $36,677.00 = $3,667.70');
  const indirect = result(page).locator('[data-check="indirect-rate"]');
  await expect(indirect.getByRole('link', { name: /x 10% de minimis/ })).toHaveAttribute(
    'href',
    /\/standards\/pima-county-rrh-subaward-2023\/exhibit-a-1-budget-and-reporting\/$/,
  );
  await expect(indirect.getByRole('link', { name: /up to 15 percent|10% of modified total direct costs/ })).toHaveAttribute(
    'href',
    /\/standards\/federal-regulations\/2-cfr-200-414-indirect-costs\/$/,
  );
  expect(await axe(page)).toEqual([]);
  expect(requests.foreign()).toEqual([]);
});

test('New Bedford appendix C: $100,000 with no leasing needs $25,000, with $50,000 leasing $12,500', async ({ page }) => {
  await openTool(page, 'tools/match/');
  await page.getByRole('link', { name: 'New Bedford appendix C: $100,000 with no leasing' }).click();
  await expect(totals(page).getByRole('row', { name: /Required match/ })).toContainText('$25,000.00');
  await page.getByRole('link', { name: 'New Bedford appendix C: $100,000 of which $50,000 leasing' }).click();
  await expect(totals(page).getByRole('row', { name: /Required match/ })).toContainText('$12,500.00');
  await expect(result(page)).toContainText('25% × ($100,000.00 total request − $50,000.00 leasing) = 25% × $50,000.00 = $12,500.00');
});

test('a State ESG grant of $1,000,000 needs $900,000', async ({ page }) => {
  await openTool(page, 'tools/match/');
  await page.getByRole('link', { name: 'ESG: a State’s $1,000,000 grant' }).click();
  await expect(totals(page).getByRole('row', { name: /Required match/ })).toContainText('$900,000.00');
});

test('a budget built with the keyboard gets live totals, and comes back from the link', async ({ page }) => {
  await openTool(page, 'tools/match/');
  await page.getByLabel('Whose standards apply').selectOption({ label: 'New Bedford CoC (MA-505)' });
  await page.getByLabel('Application date').fill('2019-08-09');
  await page.getByRole('group', { name: 'New project or renewal' }).getByLabel('New project').focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Project type').selectOption({ label: 'Permanent supportive housing' });
  await page.getByLabel('Amount requested').fill('93,000.00');
  await page.getByRole('button', { name: 'Add a budget line' }).focus();
  await page.keyboard.press('Enter');
  // Focus moves to the new line's first field.
  await expect(page.locator('#match-budget-1-category')).toBeFocused();
  await page.keyboard.press('End');
  await page.locator('#match-budget-1-category').selectOption('admin');
  await page.locator('#match-budget-1-amount').fill('7000');
  await page.getByRole('button', { name: 'Add a source' }).click();
  await expect(page.locator('#match-sources-0-name')).toBeFocused();
  await page.keyboard.type('City general fund');
  await page.getByRole('group', { name: 'Source 1' }).getByLabel('Cash', { exact: true }).check();
  await page.getByLabel('Where it comes from').selectOption({ label: 'Local government funds' });
  await page.getByLabel('Amount or value committed').fill('10,000');
  // 25% × $100,000 = $25,000; $25,000 − $10,000 = $15,000 short.
  await expect(totals(page).getByRole('row', { name: /Shortfall/ })).toContainText('$15,000.00');
  await expect(result(page).locator('[data-check="admin"]')).toContainText('Met');
  await page.reload();
  await expect(page.locator('#match-sources-0-name')).toHaveValue('City general fund');
  await expect(totals(page).getByRole('row', { name: /Shortfall/ })).toContainText('$15,000.00');
});

test('bad input gets an error summary that takes focus: a negative amount, a source with no origin, a duplicate source', async ({
  page,
}) => {
  await openTool(page, 'tools/match/');
  await page.getByRole('link', { name: 'New Bedford: which sources count' }).click();
  await page.locator('#match-budget-0-amount').fill('-5');
  // The live totals give way to a note saying why, before the person asks for the check.
  await expect(totals(page)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Totals show when every answer can be used' })).toBeVisible();
  await page.getByRole('button', { name: 'Check the budget' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('Budget line 1: the amount requested cannot be negative');
  await expect(page.locator('#match-budget-0-amount')).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page)).toEqual([]);
  await summary.getByRole('link').first().click();
  await expect(page.locator('#match-budget-0-amount')).toBeFocused();

  await page.locator('#match-budget-0-amount').fill('75000');
  await page.locator('#match-sources-1-origin').selectOption('');
  await page.locator('#match-sources-2-name').fill('city general fund');
  await page.getByRole('button', { name: 'Check the budget' }).click();
  await expect(page.getByRole('alert')).toContainText('Source 2 (“HOME program”): choose where the source comes from');
  await page.locator('#match-sources-1-origin').selectOption('other-federal');
  await page.getByRole('button', { name: 'Check the budget' }).click();
  await expect(page.getByRole('alert')).toContainText('Source 3 (“city general fund”) is listed twice (sources 1 and 3)');
});

test('sources that cannot count are listed with the reason and a link to the standard', async ({ page }) => {
  await openTool(page, 'tools/match/');
  await page.getByRole('link', { name: 'New Bedford: which sources count' }).click();
  const rejected = result(page).getByRole('region', { name: 'Sources that cannot count' });
  await expect(rejected).toContainText('“Another CoC grant” ($4,000.00) cannot count. CoC program funds cannot match a CoC grant');
  await expect(rejected.getByRole('link', { name: /excluding Continuum of Care program funds/ })).toHaveAttribute(
    'href',
    /appendix-c-match\/$/,
  );
  await expect(totals(page).getByRole('row', { name: /Surplus/ })).toContainText('$200.00');
  for (const name of ['Laundry income', 'United Way grant', 'State rental vouchers']) await expect(rejected).toContainText(`“${name}”`);
});

test('the print view keeps the result and the stamp and leaves out the editor', async ({ page }) => {
  await openTool(page, 'tools/match/');
  await page.getByRole('link', { name: 'New Bedford appendix C: $100,000 with no leasing' }).click();
  await expect(totals(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Check the budget' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Load a worked example' })).toBeHidden();
  await expect(totals(page)).toBeVisible();
  await expect(page.locator('.stamp')).toContainText('New Bedford CoC (MA-505)');
});
