import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

const household =
  'size=1&age=45&dis=no&night=emergency-shelter&own=no&flee=no&other=no&lacks=yes&moves=0&leaving=no&income=0&lkind=entered&limit=21000';

test('a caseworker finds a Nashville ESG rapid re-housing verification too old, with the reason, its source and the checklist', async ({
  page,
}) => {
  await page.goto(
    `tools/eligibility-staff/#j=nashville-davidson&date=2024-06-03&prog=ESG&comp=rapid-rehousing&verified=2024-06-01&enrolled=2024-06-09&${household}`,
  );
  const decision = page.getByRole('region', { name: 'Decision' });
  await expect(decision).toContainText('Not eligible: ESG rapid re-housing');
  await expect(decision).toContainText(
    'Homelessness verified on 2024-06-01, 8 days before enrollment on 2024-06-09 (8 > 7 days): too old.',
  );
  await expect(decision.getByRole('link', { name: /verified within the 7 days prior to enrollment/ })).toHaveAttribute(
    'href',
    /\/standards\/nashville-davidson-standards-of-care\/rapid-re-housing-standards\/$/,
  );
  await expect(decision.getByRole('heading', { name: 'Documentation checklist' })).toBeVisible();
  await expect(decision).toContainText('Third-party: Written observation by the outreach worker');
  await expect(decision).toContainText('Jurisdiction: Nashville-Davidson County CoC (TN-504)');
  expect(await axe(page)).toEqual([]);
});

test('by keyboard alone, a caseworker changes the enrollment date and checks again', async ({ page }) => {
  await page.goto(
    `tools/eligibility-staff/#j=nashville-davidson&date=2024-06-03&prog=ESG&comp=rapid-rehousing&verified=2024-06-01&enrolled=2024-06-09&${household}`,
  );
  await expect(page.getByRole('region', { name: 'Decision' })).toContainText('Not eligible');
  const enrolled = page.getByLabel('Planned enrollment date (optional)');
  for (let presses = 0; presses < 80 && !(await enrolled.evaluate((el) => el === document.activeElement)); presses += 1)
    await page.keyboard.press('Tab');
  await expect(enrolled).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2024-06-08');
  await page.keyboard.press('Enter');
  // 2024-06-01 → 2024-06-08 is 7 days: within the window.
  await expect(page.getByRole('region', { name: 'Decision' })).toContainText('Eligible: ESG rapid re-housing');
});

test('missing answers get an error summary that takes focus, with inline messages and links to the fields', async ({ page }) => {
  await page.goto('tools/eligibility-staff/');
  await page.getByRole('button', { name: 'Check eligibility' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('Choose where the household spent last night');
  expect(await axe(page)).toEqual([]);
  await summary.getByRole('link', { name: 'Choose where the household spent last night' }).click();
  await expect(page.getByRole('radio').and(page.locator('#elig-night'))).toBeFocused();
});

test('an amount that cannot be read is reported beside every other problem, not instead of them', async ({ page }) => {
  await page.goto(
    `tools/eligibility-staff/#j=hud&date=2024-06-03&${household.replace('size=1', 'size=abc').replace('income=0', 'income=12,34')}`,
  );
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Annual household income:');
  await expect(summary).toContainText('Enter how many people are in the household');
  await expect(page.locator('#elig-income-error')).toContainText('Annual household income:');
  await expect(page.locator('#elig-size-error')).toBeVisible();
});

test('a contradiction is explained next to the answer', async ({ page }) => {
  await page.goto(
    'tools/eligibility-staff/#j=hud&date=2024-06-03&size=1&age=45&dis=no&night=emergency-shelter&own=yes&flee=no&other=yes&lacks=yes&moves=0&leaving=no&income=0&lkind=entered&limit=21000',
  );
  await expect(page.getByRole('alert')).toContainText('These answers disagree');
  await expect(page.locator('#elig-own-error')).toContainText('has a home of its own it can safely stay in tonight');
});

test('an inconsistency in the standards is shown with both passages', async ({ page }) => {
  const imminent =
    'size=2&kids=no&age=40&dis=no&night=with-others&leave=yes&leaveOn=2024-06-10&written=yes&doubled=no&ukind=larger&upeople=4&urooms=5&own=no&flee=no&other=no&lacks=yes&moves=0&leaving=no&income=18000&lkind=entered&limit=30000';
  await page.goto(`tools/eligibility-staff/#j=nashville-davidson&date=2024-06-03&prog=CoC&comp=rapid-rehousing&${imminent}`);
  const notes = page.getByRole('region', { name: 'Inconsistencies in the standards' });
  await expect(notes).toContainText('Category 2 households in Nashville CoC rapid re-housing');
  await expect(notes.getByRole('link')).toHaveCount(2);
  expect(await axe(page)).toEqual([]);
});

test('a worked example loads with one button', async ({ page }) => {
  await page.goto('tools/eligibility-staff/');
  await page.getByRole('button', { name: 'New Bedford: fleeing violence from transitional housing, bonus RRH' }).click();
  await expect(page.getByRole('region', { name: 'Decision' })).toContainText('Eligible: CoC rapid re-housing');
  await expect(page).toHaveURL(/#.*j=new-bedford/);
});

test('the income limit can come from the sample table, and says it is a sample', async ({ page }) => {
  await page.goto(
    `tools/eligibility-staff/#j=tucson-pima&date=2024-06-03&${household.replace('lkind=entered&limit=21000', 'lkind=table&area=tucson-pima')}`,
  );
  await expect(page.getByRole('region', { name: 'Decision' })).toContainText('SAMPLE figure');
});

test('the print view shows the result and its stamp, not the form', async ({ page }) => {
  await page.goto(`tools/eligibility-staff/#j=lowell&date=2024-06-03&${household}`);
  await expect(page.getByRole('region', { name: 'Decision' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Check eligibility' })).toBeHidden();
  await expect(
    page.getByText(
      /Jurisdiction: Lowell CoC \(MA-508\)\. Parameter set: Lowell CoC \(MA-508\) \(adopted\)\. Rules in force on 2024-06-03\. Calculated \d{4}-\d{2}-\d{2}/,
    ),
  ).toBeVisible();
  await expect(page.getByText(/Parameters in effect from: 2012-01-04, 2012-08-30, 2016-07-29/)).toBeVisible();
});
