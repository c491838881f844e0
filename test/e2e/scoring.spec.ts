import { expect, test, type Page } from '@playwright/test';
import { openTool } from './pages';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

test('a reviewer reproduces the Family Preservation Program’s 87 on the 2019 worksheet', async ({ page }) => {
  await openTool(page, 'tools/scoring-renewal/');
  await page.getByRole('link', { name: 'Family Preservation Program as the 2019 worksheet scored it (87)' }).click();
  const result = page.getByRole('region', { name: /Renewal score/ });
  await expect(result).toContainText('87 of 100');
  await expect(result.getByRole('row', { name: /Exits to permanent housing/ })).toContainText('14 of 16 = 87.5%');
  await expect(page).toHaveURL(/#.*scales=worksheet/);
  expect(await axe(page)).toEqual([]);
});

test('on the RFP’s scales the fiscal maximum problem is shown, and 10% returned is left to the committee', async ({ page }) => {
  await openTool(page, 'tools/scoring-renewal/');
  await page.getByRole('link', { name: '10% of funds returned: two fiscal bands apply' }).click();
  const result = page.getByRole('region', { name: /Renewal score/ });
  await expect(result).toContainText('between 63.25 and 68.25 of 100');
  await expect(result.getByRole('row', { name: /Fiscal management/ })).toContainText('5 or 0: the committee decides');
  await expect(result).toContainText('has a 20-point maximum but its scale awards at most 15');
  await expect(result.getByRole('link', { name: /0%= 15; 1%-5%= 10; 6%-10%= 5; 10%>= 0/ }).first()).toHaveAttribute(
    'href',
    /\/standards\/new-bedford-fy2019-local-competition\/appendix-b-scoring-and-ranking\/$/,
  );
});

test('a renewal result is rebuilt from its link', async ({ page }) => {
  await openTool(page, 'tools/scoring-renewal/');
  await page.getByRole('link', { name: 'Family Preservation Program on the RFP’s scales, chronic counted in persons' }).click();
  await expect(page.getByRole('region', { name: /Renewal score/ })).toContainText('78.25 of 100');
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.getByLabel(/1\. Exits to permanent housing/)).toHaveValue('14 of 16');
  await expect(page.getByRole('region', { name: /Renewal score/ })).toContainText('78.25 of 100');
});

test('unreadable and missing answers get an error summary that takes focus', async ({ page }) => {
  await openTool(page, 'tools/scoring-renewal/');
  await page.getByLabel(/1\. Exits to permanent housing/).fill('most of them');
  await page.getByRole('button', { name: 'Score the project' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: /Enter a percentage like 87.5, or a count like 14 of 16/ })).toBeVisible();
  await expect(page.getByLabel(/1\. Exits to permanent housing/)).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(/1\. Exits to permanent housing/).fill('14 of 16');
  await page.getByRole('button', { name: 'Score the project' }).click();
  await expect(summary.getByRole('link', { name: /Choose which scales to score with/ })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await summary.getByRole('link', { name: /Choose which scales/ }).click();
  await expect(page.getByLabel('The RFP’s Appendix B')).toBeFocused();
});

test('a new project meeting every criterion scores 100, and the fiscal contradiction is an error', async ({ page }) => {
  await openTool(page, 'tools/scoring-new-project/');
  await page.getByRole('link', { name: 'A project meeting every criterion scores 100' }).click();
  await expect(page.getByRole('region', { name: /New project score/ })).toContainText('100 of 100');
  await page.getByRole('group', { name: 'Has the applicant shown prompt expenditure of program funds?' }).getByLabel('No').check();
  await page.getByRole('button', { name: 'Score the project' }).click();
  await expect(page.getByRole('alert')).toContainText('Appendix B states only what earns the maximum');
  expect(await axe(page)).toEqual([]);
});

test('the FY2019 rank and order splits Portico across the Tier 1 line', async ({ page }) => {
  await openTool(page, 'tools/scoring-ranking/');
  await page.getByRole('link', { name: 'The FY2019 rank and order: Portico straddles the Tier 1 line' }).click();
  const result = page.getByRole('region', { name: 'Rank and order' });
  await expect(result.getByRole('row', { name: /PORTICO/ })).toContainText('$513,385.00');
  await expect(result.getByRole('row', { name: /PORTICO/ })).toContainText('$105,535.00');
  await expect(result).toContainText('Tier 1: $1,653,382.00 of $1,653,382.00');
  expect(await axe(page)).toEqual([]);
});

test('a bad project line is reported by its line number', async ({ page }) => {
  await openTool(page, 'tools/scoring-ranking/');
  await page.getByLabel('Annual Renewal Demand (ARD)').fill('1,000,000');
  await page.getByLabel('Amount available for permanent housing bonus projects').fill('0');
  await page.getByRole('textbox', { name: 'Projects', exact: true }).fill('A | PH-PSH | 100,000 | 80\nB | PH-PSH | lots | 70');
  await page.getByRole('button', { name: 'Rank the projects' }).click();
  await expect(page.getByRole('alert')).toContainText('Line 2: Enter an amount in dollars and cents');
});
