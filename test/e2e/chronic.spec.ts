import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

/** Types into a field reached by focus, replacing what is there, the way a keyboard user would. */
async function typeInto(page: Page, label: string | RegExp, text: string, within = page.locator('body')) {
  await within.getByLabel(label).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Checks a radio button from the keyboard. */
async function choose(page: Page, group: string, option: string) {
  await page.getByRole('group', { name: group }).getByLabel(option, { exact: true }).focus();
  await page.keyboard.press('Space');
}

/** Fills one stay from its first field using Tab and typing only (selects take type-ahead). */
async function fillStay(page: Page, n: number, start: string, end: string, type: string, evidence: string) {
  const stay = page.getByRole('group', { name: `Stay ${n}` });
  await stay.getByLabel('First night').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(start);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(end);
  await page.keyboard.press('Tab');
  await expect(stay.getByLabel('Where the person slept')).toBeFocused();
  await page.keyboard.type(type);
  await page.keyboard.press('Tab');
  await expect(stay.getByLabel('Evidence on file')).toBeFocused();
  await page.keyboard.type(evidence);
}

async function fillPerson(page: Page) {
  await typeInto(page, 'Assessment date', '2024-06-01');
  await choose(page, 'Whose stays are you entering?', 'The adult head of household');
  await choose(page, 'Is any adult (18 or over) in the household?', 'Yes');
  await choose(page, 'Does this person have a qualifying disability?', 'Yes');
  await choose(page, 'How is the disability verified so far?', 'Third-party verification');
}

test('a caseworker builds a timeline by keyboard, removes a stay, and gets the determination with its sources', async ({ page }) => {
  await page.goto('tools/chronic/');
  expect(await axe(page)).toEqual([]);
  await fillPerson(page);
  await fillStay(page, 1, '2023-01-01', '2023-12-31', 'Street', 'Third');

  await page.getByRole('button', { name: 'Add a stay' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Stay 2' }).getByLabel('First night')).toBeFocused();
  await fillStay(page, 2, '2024-01-01', '', 'Emergency', 'Third');

  await page.getByRole('button', { name: 'Add a stay' }).focus();
  await page.keyboard.press('Enter');
  await fillStay(page, 3, '2020-01-01', '2020-02-01', 'Housed', 'Self');
  expect(await axe(page)).toEqual([]);

  await page.getByRole('button', { name: 'Remove stay 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Stay 3' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Stay 3 removed.' })).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Stay 2' }).getByLabel('First night')).toBeFocused();

  await page.getByRole('button', { name: 'Check chronic status' }).focus();
  await page.keyboard.press('Enter');
  const result = page.getByRole('region', { name: 'Chronic homelessness' });
  // 2023-01-01 to 2024-05-31 without a break: January 2023 to May 2024 = 17 months ≥ 12
  await expect(result).toContainText('Meets the definition of chronically homeless: Continuously homeless for long enough.');
  await expect(result.getByRole('img', { name: 'Timeline of stays' })).toBeVisible();
  await expect(result.getByRole('row', { name: /Time counted in/ })).toContainText('Calendar months (HUD)');
  await expect(result.locator('[data-reason="continuous-path"]')).toContainText('17 calendar months counted; 17 ≥ 12 months required');
  await expect(
    result.getByRole('link', { name: /continuously for at least 12 months or on at least 4 separate occasions/ }).first(),
  ).toHaveAttribute('href', /\/standards\/new-bedford-fy2019-local-competition\/appendix-a-definitions\/$/);
  await expect(page).toHaveURL(/#.*j=hud.*a=2024-06-01.*stays=/);
  expect(await axe(page)).toEqual([]);
});

test('impossible dates get an error summary that takes focus, with a message at each field', async ({ page }) => {
  await page.goto('tools/chronic/');
  await fillPerson(page);
  await fillStay(page, 1, '2023-05-01', '2023-04-01', 'Street', 'Third');
  await page.getByRole('button', { name: 'Check chronic status' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  const stay = page.getByRole('group', { name: 'Stay 1' });
  await expect(stay.getByLabel('Last night')).toHaveAttribute('aria-invalid', 'true');
  await expect(stay).toContainText('is before its first night');
  expect(await axe(page)).toEqual([]);
  await summary.getByRole('link').first().click();
  await expect(stay.getByLabel('Last night')).toBeFocused();
});

test('overlapping stays are explained night by night', async ({ page }) => {
  await page.goto('tools/chronic/');
  await fillPerson(page);
  await fillStay(page, 1, '2023-01-01', '2023-03-01', 'Street', 'Third');
  await page.getByRole('button', { name: 'Add a stay' }).click();
  await fillStay(page, 2, '2023-03-01', '', 'Emergency', 'Third');
  await page.getByRole('button', { name: 'Check chronic status' }).click();
  await expect(page.getByRole('alert')).toContainText('Each date is one night in one place');
  await expect(page.getByRole('group', { name: 'Stay 2' }).getByLabel('First night')).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page)).toEqual([]);
});

test('the result is rebuilt from the link fragment, and TPCH counts nights', async ({ page }) => {
  const stays = encodeURIComponent(JSON.stringify([{ start: '2023-06-02', end: '', type: 'street', evidence: 'third_party' }]));
  await page.goto(`tools/chronic/#j=tucson-pima&a=2024-06-01&role=adult_head&adult=yes&dis=yes&ver=third_party&stays=${stays}`);
  await expect(page.getByLabel('Assessment date')).toHaveValue('2024-06-01');
  const result = page.getByRole('region', { name: 'Chronic homelessness' });
  // 2023-06-02 to 2024-05-31 = 365 nights ≥ 365
  await expect(result.getByRole('row', { name: /Time counted in/ })).toContainText('Nights (TPCH)');
  await expect(result.locator('[data-reason="continuous-path"]')).toContainText('365 nights; 365 ≥ 365 nights required');
});

test('a worked example loads with one button: a shelter letter from May 4 to June 20 counts 2 months', async ({ page }) => {
  await page.goto('tools/chronic/');
  await page.getByRole('button', { name: 'A shelter letter covering May 4 to June 20 counts 2 months' }).click();
  const result = page.getByRole('region', { name: 'Chronic homelessness' });
  await expect(result.getByRole('row', { name: /Months homeless in the look-back/ })).toContainText('2');
  expect(await axe(page)).toEqual([]);
});

test('the print view shows the result and the stays, not the form', async ({ page }) => {
  await page.goto('tools/chronic/');
  await page.getByRole('button', { name: 'Two years on the street, now in transitional housing' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Check chronic status' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Chronic homelessness' })).toContainText(
    'Does not meet the definition of chronically homeless',
  );
  await expect(page.getByRole('table').filter({ hasText: 'Transitional housing' }).last()).toBeVisible();
});
