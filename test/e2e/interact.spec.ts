import { expect, test, type Page } from '@playwright/test';

/**
 * Islands marked `client:interact` load their code on first use. These tests hold that code back
 * (as a slow phone connection would) and check that nothing the person does meanwhile is lost.
 */
async function slowIslandCode(page: Page, ms = 2500) {
  await page.route(/\/_astro\/.+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

const island = (page: Page) => page.locator('astro-island[client="interact"]').first();

test('answers typed and chosen while the calculator loads all count, and a Calculate pressed meanwhile runs once it has', async ({
  page,
}) => {
  await slowIslandCode(page);
  await page.goto('tools/rent/');
  const type = async (label: string, text: string) => {
    await page.getByLabel(label).first().focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  };
  await type('Calculate under the rules in force on', '2023-06-01');
  await type('Age in years', '40');
  await type('Amount of each payment', '12,000');
  await page.getByLabel('How often it is paid').selectOption({ label: 'Yearly' });
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(island(page)).not.toHaveAttribute('data-interactive'); // still loading: the click was held
  const result = page.getByRole('region', { name: 'Income-based rent' });
  await expect(result.getByRole('row', { name: /Tenant rent/ })).toContainText('$300.00');
  await expect(result.getByRole('row', { name: /Income rules applied/ })).toContainText('Before HOTMA');
  await expect(page.getByLabel('Amount of each payment')).toHaveValue('12,000');
  await expect(island(page)).toHaveAttribute('data-interactive', '');
});

test('an option chosen while the calculator loads stays chosen and is the answer it keeps', async ({ page }) => {
  await slowIslandCode(page);
  await page.goto('tools/eligibility/');
  await page.getByRole('radio', { name: /Lowell/ }).check();
  await expect(page.getByRole('radio', { name: /Lowell/ })).toBeChecked();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: /Lowell/ })).toBeChecked();
});
