import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { recordRequests } from './pages';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

/** Types into a field reached by focus, replacing what is there, the way a keyboard user would. */
async function typeInto(page: Page, label: string | RegExp, text: string) {
  await page.getByLabel(label).first().focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

test.describe('income-based rent', () => {
  test('a worked example shows $516 with the arithmetic and links to 24 CFR 5.611, and the link rebuilds it', async ({ page }) => {
    test.slow(); // two axe runs and a reload
    await page.goto('tools/rent/');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: /Two dependents, \$24,000, child care \$2,400/ }).click();
    const result = page.getByRole('region', { name: 'Income-based rent' });
    await expect(result.getByRole('row', { name: /Tenant rent/ })).toContainText('$516.00');
    await expect(result.locator('[data-reason="adjusted-income"]')).toContainText('$24,000.00 − 2 × $480.00 − $2,400.00 = $20,640.00');
    await expect(result.locator('[data-reason="tenant-rent-adjusted-share"]')).toContainText('$20,640.00 × 30% ÷ 12 = $516.00');
    await expect(result.locator('[data-reason="deduction-dependents"] a').first()).toHaveAttribute(
      'href',
      /\/standards\/federal-regulations\/24-cfr-5-611-adjusted-income\/$/,
    );
    await expect(page).toHaveURL(/#ib=/);
    expect(await axe(page)).toEqual([]);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Income-based rent' }).getByRole('row', { name: /Tenant rent/ })).toContainText(
      '$516.00',
    );
  });

  test('the print view keeps the result and its stamp and leaves out the form', async ({ page }) => {
    await page.goto('tools/rent/');
    await page.getByRole('button', { name: /Two dependents, \$24,000, child care \$2,400/ }).click();
    const result = page.getByRole('region', { name: 'Income-based rent' });
    await expect(result.getByRole('row', { name: /Tenant rent/ })).toContainText('$516.00');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Calculate' })).toBeHidden();
    await expect(page.getByLabel('Age in years').first()).toBeHidden();
    await expect(result.getByRole('row', { name: /Tenant rent/ })).toBeVisible();
    await expect(
      result.getByText(/Jurisdiction: .+\. Parameter set: .+\. Rules in force on \d{4}-\d{2}-\d{2}\. Calculated \d{4}-\d{2}-\d{2}/),
    ).toBeVisible();
  });

  test('a caseworker enters $12,000 a year by keyboard and sees $300 a month', async ({ page, baseURL }) => {
    const requests = recordRequests(page, new URL(baseURL ?? 'http://127.0.0.1:4321/').origin);
    await page.goto('tools/rent/');
    await typeInto(page, 'Calculate under the rules in force on', '2023-06-01');
    await typeInto(page, 'Age in years', '40');
    await typeInto(page, 'Amount of each payment', '12,000');
    await page.getByLabel('How often it is paid').selectOption({ label: 'Yearly' });
    await page.getByRole('button', { name: 'Calculate' }).focus();
    await page.keyboard.press('Enter');
    const result = page.getByRole('region', { name: 'Income-based rent' });
    await expect(result.getByRole('row', { name: /Tenant rent/ })).toContainText('$300.00');
    await expect(result.getByRole('row', { name: /Income rules applied/ })).toContainText('Before HOTMA');
    expect(requests.foreign()).toEqual([]);
  });

  test('bad money gets an error summary that takes focus and an inline message', async ({ page }) => {
    await page.goto('tools/rent/');
    await typeInto(page, 'Age in years', '40');
    await typeInto(page, 'Amount of each payment', '12.345');
    await page.getByRole('button', { name: 'Calculate' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('There is a problem');
    await expect(summary.getByRole('link', { name: /two decimal places/ })).toBeVisible();
    await expect(page.getByLabel('Amount of each payment')).toHaveAttribute('aria-invalid', 'true');
    expect(await axe(page)).toEqual([]);
    await summary.getByRole('link').first().click();
    await expect(page.getByLabel('Amount of each payment')).toBeFocused();
  });

  test('a rule error lands on its field: the head cannot be a dependent', async ({ page }) => {
    await page.goto('tools/rent/');
    await typeInto(page, 'Age in years', '40');
    await typeInto(page, 'Amount of each payment', '1000');
    await page.getByLabel('Dependent').check();
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect(page.getByRole('alert')).toContainText('The head, spouse or co-head cannot be a dependent');
  });
});

test.describe('limits', () => {
  test('ESG gross rent above the FMR is not met, with the sum shown', async ({ page }) => {
    await page.goto('tools/rent-limits/');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: /ESG: FMR \$1,200, rent \$1,100/ }).click();
    const result = page.getByRole('region', { name: 'Limits' });
    await expect(result.getByRole('row', { name: /Gross rent at or below the FMR/ })).toContainText('Not met');
    await expect(result.locator('[data-reason="gross-rent"]')).toContainText(
      '$1,100.00 contract rent + $150.00 utility allowance = $1,250.00',
    );
    expect(await axe(page)).toEqual([]);
  });

  test('6 months of arrears leave 18 months', async ({ page }) => {
    await page.goto('tools/rent-limits/');
    await page.getByRole('button', { name: /6 months of arrears leave at most 18 months/ }).click();
    await expect(page.getByRole('region', { name: 'Limits' }).getByRole('row', { name: /Months remaining/ })).toContainText('18');
  });

  test('ESG without an FMR asks for it', async ({ page }) => {
    await page.goto('tools/rent-limits/');
    await typeInto(page, 'Monthly contract rent', '1000');
    await page.getByRole('button', { name: 'Check the limits' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter the Fair Market Rent');
  });
});

test('the application budget line multiplies units × FMR × 12', async ({ page }) => {
  await page.goto('tools/rent-budget-line/');
  expect(await axe(page)).toEqual([]);
  await typeInto(page, 'Calculate under the rules in force on', '2016-07-15');
  await typeInto(page, '1 bedroom: number of units', '3');
  await typeInto(page, '1 bedroom: monthly FMR', '1000');
  await typeInto(page, '2 bedrooms: number of units', '2');
  await typeInto(page, '2 bedrooms: monthly FMR', '1,250');
  await page.getByRole('button', { name: 'Calculate the budget line' }).click();
  const result = page.getByRole('region', { name: 'Rental assistance budget' });
  await expect(result.getByRole('row', { name: /^Total/ })).toContainText('$66,000.00');
  await expect(result).toContainText('1 Bedroom: 3 units × $1,000.00 × 12 months = $36,000.00');
  expect(await axe(page)).toEqual([]);
});

test('the Nashville budget shows the assistance needed', async ({ page }) => {
  await page.goto('tools/rent-nashville-budget/');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: /Nashville RRH budget: \$1,400 income/ }).click();
  const result = page.getByRole('region', { name: 'Rental assistance from the monthly budget' });
  await expect(result.getByRole('row', { name: /Assistance needed/ })).toContainText('$550.00');
  expect(await axe(page)).toEqual([]);
});
