import { expect, test, type Page } from '@playwright/test';

/**
 * A printed result is the result with its reasons and stamp, without the form that produced it; a
 * tool printed before any result prints its form (to fill in by hand).
 */
/** Once the result shows, the print view has the result and its stamp and not the form. */
async function printsResultOnly(page: Page, name: string | RegExp) {
  const result = page.getByRole('region', { name });
  await expect(result).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form.calculator-form')).toBeHidden();
  await expect(result).toBeVisible();
  await expect(result.getByText(/Jurisdiction: .+\. Parameter set: .+\. Rules in force on \d{4}-\d{2}-\d{2}/)).toBeVisible();
}

const tools = [
  {
    path: 'tools/priority-tpch/#program=rrh&tool=vi-spdat&pop=individual&score=5&sleep=sheltered&asOf=2024-03-01',
    result: 'Priority under the TPCH standards',
  },
  {
    path: `tools/priority-nashville/#method=nashville-psh&rows=${encodeURIComponent('P1, no, 15, 2020-01-01, 2020-02-01')}&asOf=2024-03-01`,
    result: 'Households in priority order',
  },
  {
    path: 'tools/priority-cpd/#notice=cpd-14-012&ch=yes&sev=yes&cont=14&occ=1&total=14&asOf=2024-03-01',
    result: 'Place in the order of priority',
  },
];

for (const tool of tools) {
  test(`${tool.path.split('#')[0]} prints the result and its stamp, not the form`, async ({ page }) => {
    await page.goto(tool.path);
    await printsResultOnly(page, tool.result);
  });
}

const byLink = [
  {
    path: 'tools/scoring-renewal/',
    link: 'Family Preservation Program on the RFP’s scales, chronic counted in persons',
    result: /Renewal score/,
  },
  { path: 'tools/performance-standards/', link: 'A TPCH PSH project: six standards met, two not', result: /Standards met and not met/ },
  {
    path: 'tools/points-sustainable-ct/',
    link: 'Every part in 2023, certifying in 2024: 45 points',
    result: /Points the municipality may earn/,
  },
];

for (const tool of byLink) {
  test(`/${tool.path} prints the worked example's result and its stamp, not the form`, async ({ page }) => {
    await page.goto(tool.path);
    await page.getByRole('link', { name: tool.link }).click();
    await printsResultOnly(page, tool.result);
  });
}

test('a tool printed before any result prints its form', async ({ page }) => {
  await page.goto('tools/priority-tpch/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('SPDAT score')).toBeVisible();
});
