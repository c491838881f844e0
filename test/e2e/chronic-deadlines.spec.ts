import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

type Stay = { start: string; end: string; type: string; evidence: string };
const link = (fields: Record<string, string>, stays: Stay[]) =>
  `tools/chronic/#${new URLSearchParams({ ...fields, stays: JSON.stringify(stays) }).toString()}`;
const person = { role: 'adult_head', adult: 'yes', dis: 'yes' };
// The result view loads with the first result; on a busy machine that can take longer than an assertion's default wait.
const loaded = { timeout: 30_000 };

test('TPCH’s 45-day and 180-day deadlines appear as a to-do list with their due dates', async ({ page }) => {
  await page.goto(
    link({ ...person, j: 'tucson-pima', a: '2024-06-20', ver: 'secondary_source', sec: '2024-06-10', entry: '2024-06-15' }, [
      { start: '2023-01-01', end: '', type: 'street', evidence: 'third_party' },
    ]),
  );
  const result = page.getByRole('region', { name: 'Chronic homelessness' });
  await expect(result.getByRole('heading', { name: 'Still needed for the file' })).toBeVisible(loaded);
  // 2024-06-10 + 45 days = 2024-07-25
  await expect(result.locator('[data-todo="disability-third-party"]')).toContainText('Due 2024-07-25.');
  // 2024-06-15 + 180 days = 2024-12-12
  await expect(result.locator('[data-todo="written-verification"]')).toContainText('Due 2024-12-12.');
  expect(await axe(page)).toEqual([]);
});

test('HUD sets no deadlines: the same file’s to-do has no due date', async ({ page }) => {
  await page.goto(
    link({ ...person, j: 'hud', a: '2024-06-20', ver: 'secondary_source', sec: '2024-06-10', entry: '2024-06-15' }, [
      { start: '2023-01-01', end: '', type: 'street', evidence: 'third_party' },
    ]),
  );
  const result = page.getByRole('region', { name: 'Chronic homelessness' });
  await expect(result.locator('[data-todo="disability-third-party"]')).toBeVisible(loaded);
  await expect(result.locator('[data-todo]')).toHaveCount(1);
  await expect(result.locator('[data-todo]')).not.toContainText('Due');
});

test('the timeline picture shows four occasions, their breaks, a counted institution stay and the 3-year look-back', async ({ page }) => {
  await page.goto(
    link({ ...person, j: 'hud', a: '2024-06-01', ver: 'third_party' }, [
      { start: '2022-01-01', end: '2022-02-28', type: 'street', evidence: 'third_party' },
      { start: '2022-03-01', end: '2022-03-31', type: 'institution', evidence: 'third_party' },
      { start: '2022-04-01', end: '2022-05-31', type: 'housed_other', evidence: '' },
      { start: '2022-06-01', end: '2022-08-31', type: 'street', evidence: 'third_party' },
      { start: '2022-09-01', end: '2022-10-31', type: 'housed_other', evidence: '' },
      { start: '2022-11-01', end: '2023-01-31', type: 'emergency_shelter', evidence: 'third_party' },
      { start: '2023-02-01', end: '2024-02-29', type: 'housed_other', evidence: '' },
      { start: '2024-03-01', end: '', type: 'street', evidence: 'third_party' },
    ]),
  );
  const result = page.getByRole('region', { name: 'Chronic homelessness' });
  // January–March 2022 (the 30-night institution stay after the street counts) + 3 + 3 + 3 = 12 months on 4 occasions
  await expect(result).toContainText('Enough separate occasions, adding up to enough time, in the look-back', loaded);
  const picture = result.getByRole('img', { name: /Timeline of stays/ });
  // The picture is named by its title and its description, which states what it draws.
  await expect(picture).toHaveAccessibleName(
    'Timeline of stays 8 stays from 2022-01-01 to 2024-06-01. The look-back runs from 2021-06-01 to 2024-05-31 and holds 4 occasions of homelessness; 3 breaks separate occasions. The tables below give the same facts.',
  );
  await expect(result.getByRole('listitem').filter({ hasText: 'Institution stay that counts (striped)' })).toBeVisible();
  await expect(result.getByRole('listitem').filter({ hasText: 'Break between occasions (line below)' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
