import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openTool, recordRequests } from './pages';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);
const resultName = 'Service-needs level under the TPCH standards';

/** Checks a radio button from the keyboard. */
async function choose(page: Page, group: string, option: string) {
  await page.getByRole('group', { name: group }).getByLabel(option, { exact: true }).focus();
  await page.keyboard.press('Space');
}

async function answer(page: Page, tool: string, population: string, score: string) {
  const date = page.getByLabel('Use the table in force on');
  await choose(page, 'SPDAT tool', tool);
  await choose(page, 'Version of the tool', population);
  await page.getByLabel('SPDAT score').focus();
  await page.keyboard.type(score);
  await date.fill('2024-06-01');
}

test('a caseworker finds the level for a score by keyboard, with the band table and its source', async ({ page, baseURL }) => {
  const requests = recordRequests(page, new URL(baseURL ?? 'http://127.0.0.1/').origin);
  await openTool(page, 'tools/service-needs/');
  expect(await axe(page)).toEqual([]);
  await answer(page, 'VI-SPDAT (pre-screen)', 'Individuals', '12');
  await page.getByRole('button', { name: 'Find the service-needs level' }).focus();
  await page.keyboard.press('Enter');
  const result = page.getByRole('region', { name: resultName });
  // VI-SPDAT individuals: severe 12–17, so 12 is the lowest severe score
  await expect(result).toContainText('Severe service needs (score band 12 to 17)');
  await expect(result.getByRole('row', { name: /\(this score\)/ })).toContainText('Severe (this score)12 to 17');
  await expect(result.getByRole('row', { name: /^Low/ })).toContainText('0 to 3');
  await expect(result.getByRole('link', { name: /key terms|Severe Service Needs/i }).first()).toHaveAttribute(
    'href',
    /\/standards\/tpch-written-standards\/key-terms\/$/,
  );
  await expect(page).toHaveURL(/#tool=vi-spdat&pop=individual&score=12&asOf=2024-06-01$/);
  expect(await axe(page)).toEqual([]);
  expect(requests.foreign()).toEqual([]);
});

test('a score outside the tool’s range gets an error summary that takes focus', async ({ page }) => {
  await openTool(page, 'tools/service-needs/');
  await answer(page, 'VI-SPDAT (pre-screen)', 'Individuals', '18');
  await page.getByRole('button', { name: 'Find the service-needs level' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('VI-SPDAT (individual) scores run from 0 to 17: check the score');
  await expect(page.getByLabel('SPDAT score')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('region', { name: resultName })).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
  await summary.getByRole('link').first().click();
  await expect(page.getByLabel('SPDAT score')).toBeFocused();
});

test('missing answers are each named at their field', async ({ page }) => {
  await openTool(page, 'tools/service-needs/');
  await page.getByRole('button', { name: 'Find the service-needs level' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Choose the tool: VI-SPDAT or full SPDAT' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Choose the version: individual, youth, or family' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter the score' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'SPDAT tool' })).toContainText('Choose the tool');
  expect(await axe(page)).toEqual([]);
});

test('a worked example loads from its link by keyboard: 8 is moderate for a family', async ({ page }) => {
  await openTool(page, 'tools/service-needs/');
  await page.getByRole('link', { name: 'VI-SPDAT for a family, score 8' }).focus();
  await page.keyboard.press('Enter');
  const result = page.getByRole('region', { name: resultName });
  await expect(result).toContainText('Moderate service needs (score band 4 to 8)');
  await expect(page.getByLabel('Families')).toBeChecked();
  await page.reload();
  await expect(result).toContainText('Moderate service needs (score band 4 to 8)');
});

test('the calculators page and the TPCH priority tool link to the service-needs tool', async ({ page }) => {
  await page.goto('tools/');
  await expect(page.getByRole('link', { name: 'Service-needs level from a SPDAT score (TPCH)' })).toHaveAttribute(
    'href',
    /\/tools\/service-needs\/$/,
  );
  await page.goto('tools/priority-tpch/');
  await page.getByRole('link', { name: 'service-needs level tool' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service-needs level from a SPDAT score (TPCH)');
});
