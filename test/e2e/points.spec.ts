import { expect, test, type Page } from '@playwright/test';
import { openTool } from './pages';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

test('a municipality claiming every part in 2023 for 2024 may earn 45 points', async ({ page }) => {
  await openTool(page, 'tools/points-sustainable-ct/');
  await page.getByRole('link', { name: 'Every part in 2023, certifying in 2024: 45 points' }).click();
  const result = page.getByRole('region', { name: /Points the municipality may earn/ });
  await expect(result).toContainText('45 of 45');
  await expect(result).toContainText('Items completed on or after 2021-01-01 can earn new action credit.');
  expect(await axe(page)).toEqual([]);
});

test('a liaison designated before the window must answer the ongoing impact question', async ({ page }) => {
  await openTool(page, 'tools/points-sustainable-ct/');
  await page.getByLabel('Certification year').fill('2024');
  await page.getByRole('group', { name: 'Is the municipality recertifying in its year of expiration?' }).getByLabel('No').check();
  await page
    .getByRole('group', { name: /Are you claiming 1a/ })
    .getByLabel('Yes')
    .check();
  await page
    .getByRole('group', { name: /name, title and contact details posted/ })
    .getByLabel('Yes')
    .check();
  await page
    .getByRole('group', { name: /at least once a quarter/ })
    .getByLabel('Yes')
    .check();
  await page.getByLabel('A member of it').check();
  await page.getByLabel('Date it was completed').fill('2019-03-01');
  await page.getByRole('group', { name: 'Did this receive Sustainable CT credit before?' }).getByLabel('No').check();
  for (const part of [/Are you claiming 1b/, /Are you claiming 2/, /Are you claiming 3/])
    await page.getByRole('group', { name: part }).getByLabel('No').check();
  await page.getByRole('button', { name: 'Work out the points' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('needs rolling credit');
  await summary.getByRole('link').first().click();
  await expect(page.getByRole('group', { name: /ongoing, currently relevant/ }).getByLabel('Yes')).toBeFocused();
  expect(await axe(page)).toEqual([]);
});

test('trainings can be added and removed with the keyboard', async ({ page }) => {
  await openTool(page, 'tools/points-sustainable-ct/');
  await page
    .getByRole('group', { name: /Are you claiming 1b/ })
    .getByLabel('Yes')
    .check();
  await page.getByRole('button', { name: 'Add a training' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Training 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove training 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Training 2' })).toHaveCount(0);
});
