import { expect, test, type Page } from '@playwright/test';
import { openTool } from './pages';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);
const group = (page: Page, name: string) => page.getByRole('group', { name });

test('a HUD-VASH coordinator places a Veteran from transitional housing in the Fourth Priority', async ({ page }) => {
  await openTool(page, 'tools/priority-cpd/');
  await page.getByLabel('HUD-VASH admission with Notice CPD-16-11 (TPCH standards)').check();
  await group(page, 'Is the person chronically homeless?').getByLabel('No').check();
  await group(page, 'Has the person been identified as having severe service needs?').getByLabel('No').check();
  await group(page, 'Does the person have a disability?').getByLabel('Yes').check();
  await group(page, 'Does the person have long periods of episodic homelessness?').getByLabel('No').check();
  await page.getByLabel('Where is the person staying now?').selectOption('transitional-housing');
  await page.getByLabel('Work out the priority under the rules in force on').fill('2024-03-01');
  await page.getByRole('button', { name: 'Find the priority' }).click();
  const result = page.getByRole('region', { name: 'Place in the order of priority' });
  await expect(result).toContainText('Group 5: CPD-16-11 Fourth Priority: disability, coming from transitional housing');
  await expect(
    result.getByRole('link', { name: /Fourth Priority\. Homeless persons with a disability coming from transitional housing/ }),
  ).toHaveAttribute('href', /\/standards\/tpch-written-standards\/prioritization-for-hud-vash-housing\/$/);
  expect(await axe(page)).toEqual([]);
});

test('CPD-14-012: a contradiction in the months is an error on the field', async ({ page }) => {
  await page.goto('tools/priority-cpd/#notice=cpd-14-012&ch=yes&sev=yes&cont=20&occ=1&total=14&asOf=2024-03-01');
  const summary = page.getByRole('alert');
  await expect(summary).toContainText(
    'The current episode alone gives 20 months in the last 3 years, more than the 14 months in total you entered',
  );
  await expect(page.getByLabel('Total months homeless across those occasions')).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page)).toEqual([]);
});

test('CPD-14-012: First Priority from the link fragment', async ({ page }) => {
  await page.goto('tools/priority-cpd/#notice=cpd-14-012&ch=yes&sev=yes&cont=14&occ=1&total=14&asOf=2024-03-01');
  await expect(page.getByRole('region', { name: 'Place in the order of priority' })).toContainText(
    'Group 1: First Priority: longest history and most severe service needs',
  );
});
