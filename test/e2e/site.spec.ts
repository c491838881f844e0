import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('the home page offers the three ways in', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hearth');
  await expect(page.getByRole('link', { name: 'Learn the standards' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Check eligibility and use the calculators' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Review proposed revisions' })).toBeVisible();
});

test('an unknown address shows the not-found page', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations).toEqual([]);
});

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('standards/tpch-written-standards/rapid-rehousing-programs/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test("a section leads on to the next section of its document and back, in the document's order", async ({ page }) => {
  await page.goto('standards/tpch-written-standards/');
  const order = await page
    .getByRole('navigation', { name: 'Sections of this document' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => [a.textContent?.trim() ?? '', new URL((a as HTMLAnchorElement).href).pathname] as const));
  const sections = order.filter(([, path]) => !path.endsWith('/about/'));
  expect(sections.length).toBeGreaterThan(2);
  const prevNext = page.getByRole('navigation', { name: 'Previous and next sections' });

  await page.goto(sections[0]![1]!);
  await expect(prevNext.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  await prevNext.getByRole('link', { name: `Next: ${sections[1]![0]} →` }).click();
  await expect(page).toHaveURL(new RegExp(`${sections[1]![1]}$`));
  await expect(prevNext.getByRole('link', { name: `← Previous: ${sections[0]![0]}` })).toHaveAttribute('rel', 'prev');
  await expect(prevNext.getByRole('link', { name: `Next: ${sections[2]![0]} →` })).toHaveAttribute('rel', 'next');

  await page.goto(sections.at(-1)![1]!);
  await expect(prevNext.getByRole('link', { name: `← Previous: ${sections.at(-2)![0]}` })).toBeVisible();
  await expect(prevNext.getByRole('link', { name: /Next/ })).toHaveCount(0);
});

test('a paragraph has a stable anchor that works as a plain link', async ({ page }) => {
  await page.goto('standards/tpch-written-standards/rapid-rehousing-programs/');
  const tier2 = page.locator('li', { hasText: 'Tier 2: The program pays 67% of the contract rent' });
  const id = await tier2.getAttribute('id');
  expect(id).toMatch(/^p\d+$/);
  await page.goto(`standards/tpch-written-standards/rapid-rehousing-programs/#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test('the parameters page says what a worded value means, beside the value and its source', async ({ page }) => {
  await page.goto('parameters/');
  const row = page.getByRole('row', { name: /rent\.coc\.leasing\.rentLimit/ });
  await expect(row).toContainText('CoC leasing rent limit');
  await expect(row).toContainText('leasing pays at most the lower of the FMR and the reasonable rent');
  await expect(row.getByRole('cell').nth(1)).toHaveText('lower-of-fmr-and-reasonable');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations).toEqual([]);
});
