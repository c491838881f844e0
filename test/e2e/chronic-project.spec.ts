import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openTool, recordRequests } from './pages';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);
const resultName = 'Project documentation under the TPCH standards';

/** Fills one household from its label using Tab and typing only (the selects take type-ahead). */
async function fillHousehold(page: Page, n: number, label: string, verified: 'Yes' | 'No', months: string, selfCertified: 'Yes' | 'No') {
  const household = page.getByRole('group', { name: `Household ${n}` });
  await household.getByLabel('Label').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(label);
  await page.keyboard.press('Tab');
  await expect(household.getByLabel('Disability verified?')).toBeFocused();
  await page.keyboard.type(verified);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(months);
  await page.keyboard.press('Tab');
  await expect(household.getByLabel('Self-certifies all of its time?')).toBeFocused();
  await page.keyboard.type(selfCertified);
}

async function setDate(page: Page, date: string) {
  const field = page.getByLabel('Check under the standards in force on');
  await field.fill(date);
}

test('a project lead lists households by keyboard, removes one, and sees both limits with their source', async ({ page, baseURL }) => {
  // Three households typed key by key and three axe runs: give a busy machine time.
  test.slow();
  const requests = recordRequests(page, new URL(baseURL ?? 'http://127.0.0.1/').origin);
  await openTool(page, 'tools/chronic-project/');
  expect(await axe(page)).toEqual([]);
  await setDate(page, '2024-06-01');
  await fillHousehold(page, 1, 'PSH-1', 'Yes', '9', 'No');

  await page.getByRole('button', { name: 'Add a household' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Household 2' }).getByLabel('Label')).toBeFocused();
  await fillHousehold(page, 2, 'PSH-2', 'Yes', '0', 'Yes');

  await page.getByRole('button', { name: 'Add a household' }).focus();
  await page.keyboard.press('Enter');
  await fillHousehold(page, 3, 'PSH-3', 'No', '12', 'No');
  expect(await axe(page)).toEqual([]);

  await page.getByRole('button', { name: 'Remove household 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Household 3' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Household 3 removed.' })).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Household 2' }).getByLabel('Label')).toBeFocused();

  // The result follows the list without a submit: 1 of 2 complete = 50% < 75%; 1 of 2 self-certified = 50% > 25%.
  const result = page.getByRole('region', { name: resultName });
  await expect(result).toContainText('The project does not meet the documentation standard yet.');
  await expect(result.getByRole('row', { name: /Households with complete packets/ })).toContainText('1 of 2 (50%)at least 75%Not met');
  await expect(result.getByRole('row', { name: /PSH-2/ })).toContainText('Get third-party evidence for 9 more months (0 of 9 on file)');
  await expect(result.locator('[data-reason="project-packets"]')).toContainText(
    'so this is not met: 1 more household needs a complete packet',
  );
  await expect(
    result.getByRole('link', { name: /75% of the project's households must have complete documentation packets/ }),
  ).toHaveAttribute('href', /\/standards\/tpch-written-standards\/evaluating-and-documenting-eligibility\/$/);
  await expect(page.getByRole('status').filter({ hasText: 'Does not meet the standard: 1 of 2 packets complete' })).toHaveCount(1);
  await expect(page).toHaveURL(/#asOf=2024-06-01&households=/);

  // Completing the second packet by keyboard turns the answer around at once.
  await fillHousehold(page, 2, 'PSH-2', 'Yes', '10', 'No');
  await expect(result).toContainText('The project meets the documentation standard.');
  expect(await axe(page)).toEqual([]);
  expect(requests.foreign()).toEqual([]);
});

test('missing answers get an error summary that takes focus, with a message at each field', async ({ page }) => {
  await openTool(page, 'tools/chronic-project/');
  await setDate(page, '2024-06-01');
  await page.getByRole('group', { name: 'Household 1' }).getByLabel('Months with third-party evidence').fill('2.5');
  await page.getByRole('button', { name: 'Check the project' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: 'Enter a label for the household' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter a whole number of months' })).toBeVisible();
  const household = page.getByRole('group', { name: 'Household 1' });
  await expect(household.getByLabel('Label')).toHaveAttribute('aria-invalid', 'true');
  await expect(household).toContainText('Answer whether the disability is verified');
  await expect(page.getByRole('region', { name: resultName })).toContainText('The result appears here once every household');
  expect(await axe(page)).toEqual([]);
  await summary.getByRole('link', { name: 'Enter a whole number of months' }).click();
  await expect(household.getByLabel('Months with third-party evidence')).toBeFocused();
});

test('contradictory and repeated households are reported on their fields', async ({ page }) => {
  const rows = [
    { label: 'A-1', dis: 'yes', months: '3', self: 'yes' },
    { label: 'A-1', dis: 'yes', months: '12', self: 'no' },
  ];
  await page.goto(`tools/chronic-project/#asOf=2024-06-01&households=${encodeURIComponent(JSON.stringify(rows))}`);
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('A-1 has 3 months of third-party evidence, so not all of its time is self-certified');
  await expect(summary).toContainText('Household 2 has the same label as household 1 (A-1)');
  await expect(page.getByRole('group', { name: 'Household 2' }).getByLabel('Label')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('group', { name: 'Household 1' }).getByLabel('Self-certifies all of its time?')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  expect(await axe(page)).toEqual([]);
});

test('a worked example loads from its link by keyboard, comes back on reload, and prints without the form', async ({ page }) => {
  await openTool(page, 'tools/chronic-project/');
  await page.getByRole('link', { name: 'Eight households: 6 complete packets and 2 self-certifying all their time' }).focus();
  await page.keyboard.press('Enter');
  const result = page.getByRole('region', { name: resultName });
  // 6 / 8 = 75% ≥ 75%; 2 / 8 = 25% ≤ 25%
  await expect(result).toContainText('The project meets the documentation standard.');
  await expect(result.getByRole('row', { name: /Households self-certifying all of their time/ })).toContainText(
    '2 of 8 (25%)at most 25%Met',
  );
  await expect(page.getByRole('group', { name: 'Household 8' }).getByLabel('Label')).toHaveValue('PSH-108');

  await page.reload();
  await expect(page.getByRole('group', { name: 'Household 8' }).getByLabel('Label')).toHaveValue('PSH-108');
  await expect(result).toContainText('6 of 8 (75%)');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Check the project' })).toBeHidden();
  await expect(result.getByRole('row', { name: /PSH-107/ })).toBeVisible();
});

test('the calculators page and the chronic verification page link to the project check', async ({ page }) => {
  await page.goto('tools/');
  await expect(page.getByRole('link', { name: 'Chronic homelessness: project documentation check (TPCH)' })).toHaveAttribute(
    'href',
    /\/tools\/chronic-project\/$/,
  );
  await page.goto('tools/chronic/');
  await page.getByRole('link', { name: 'project documentation check' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chronic homelessness: project documentation check (TPCH)');
});
