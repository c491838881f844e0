import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page, include = 'body') =>
  (
    await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  ).violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );

const rrh = 'standards/nashville-davidson-standards-of-care/rapid-re-housing-standards/';

// The section a reader means by each query: the one whose subject it is, not a page that repeats it.
const searches: [query: string, section: string, why: string][] = [
  [
    'Tier 3',
    'standards/tpch-written-standards/rapid-rehousing-programs/',
    'the only passage that defines Tier 3 (the program pays 33% of the contract rent)',
  ],
  ['Recovery Housing', 'standards/nashville-davidson-standards-of-care/transitional-housing-standards/', 'its "Recovery Housing" heading'],
  [
    'Coordinated Access Network',
    'standards/sustainable-ct-homelessness-action/objective/',
    "the action's objective introduces the Coordinated Access Networks (CANs)",
  ],
  ['578.3', 'standards/federal-regulations/24-cfr-578-3-homeless/', 'the text of 24 CFR 578.3'],
  [
    'rent reasonableness',
    'standards/federal-regulations/24-cfr-578-51-rental-assistance/',
    'the rent reasonableness rule of 24 CFR 578.51',
  ],
  [
    'Moving On',
    'standards/new-bedford-fy2019-coc-application/moving-on-multifamily-preference/',
    'the Moving On strategy itself (the glossary entry quotes it)',
  ],
];

for (const [query, section, why] of searches) {
  test(`searching "${query}" finds ${section} first: ${why}`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('#search-page-results > li').first().getByRole('link').first();
    // Pagefind loads its index on the first query: allow for a slow machine.
    await expect(page.locator('#search-page-status')).toContainText(query, { timeout: 20_000 });
    await expect(first).toBeVisible();
    expect(new URL((await first.getAttribute('href'))!, 'http://x').pathname).toBe(`/${section}`);
  });
}

test('a new staff member reaches a rapid re-housing rule, a definition and a citation by keyboard alone', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('./');
  const follow = async (name: string | RegExp) => {
    const link = page.getByRole('main').getByRole('link', { name }).first();
    await link.focus();
    await page.keyboard.press('Enter');
  };
  await follow('Learn the standards');
  await expect(page).toHaveURL(/\/standards\/$/);
  await follow(/Nashville-Davidson County Homelessness Continuum of Care/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Standards of Care');
  await follow('Rapid Re-Housing (RRH) Standards');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapid Re-Housing (RRH) Standards' })).toBeVisible();

  // The first use of the term links to its glossary entry; the button after it opens the definition.
  const term = page.locator('a.gloss-term[href$="/glossary/rapid-re-housing/"]');
  await expect(term).toHaveCount(1);
  const definitionButton = page.getByRole('button', { name: 'Definition of Rapid re-housing' });
  await definitionButton.focus();
  await page.keyboard.press('Enter');
  const popover = page.locator('#gloss-rapid-re-housing');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('Nashville-Davidson');
  await expect(popover).toContainText('Rapid re-housing rapidly connects families and individuals');
  await page.keyboard.press('Tab');
  await expect(popover.getByRole('link', { name: /of Rapid re-housing/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(definitionButton).toBeFocused();

  // Following the ¶ link of paragraph 3 offers the copy buttons; the citation is copied and announced.
  const paragraphLink = page.locator('#p3 > a.para-link');
  await paragraphLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#p3$/);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy citation' })).toBeFocused();
  await page.keyboard.press('Enter');
  const citation = 'Nashville-Davidson Standards of Care, Rapid Re-Housing (RRH) Standards ¶3';
  await expect(page.locator('#para-status')).toHaveText(`Citation copied: ${citation}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${citation}, ${new URL(rrh, baseURL).href}#p3`);
});

test('a section loads the paragraph tools only when a reader follows a ¶ link, and a mouse click on one offers them', async ({ page }) => {
  const toolsCode: string[] = [];
  page.on('request', (request) => {
    if (/\/paragraphTools\.[\w-]+\.js$/.test(request.url())) toolsCode.push(request.url());
  });
  await page.goto(rrh);
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 600);
  expect(toolsCode).toEqual([]);
  await page.locator('#p4 > a.para-link').click();
  await expect(page).toHaveURL(/#p4$/);
  await expect(page.locator('#p4').getByRole('button', { name: 'Copy link' })).toBeFocused();
  expect(toolsCode).toHaveLength(1);
});

test('"Copy link" copies the paragraph address and says so politely', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto(`${rrh}#p2`);
  const status = page.locator('#para-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await page.locator('#p2').getByRole('button', { name: 'Copy link' }).click();
  await expect(status).toHaveText(`Link copied: ${new URL(rrh, baseURL).href}#p2`);
  // A section opened under a proposed revision is shared under it: the query stays in the link.
  await page.goto(`${rrh}?revision=nashville-category-2-coc-rrh#p4`);
  await page.locator('#p4').getByRole('button', { name: 'Copy link' }).click();
  await expect(status).toHaveText(`Link copied: ${new URL(rrh, baseURL).href}?revision=nashville-category-2-coc-rrh#p4`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${new URL(rrh, baseURL).href}?revision=nashville-category-2-coc-rrh#p4`,
  );
});

test('the glossary entry and an open definition popover have no accessibility violations', async ({ page }) => {
  await page.goto('glossary/rapid-re-housing/');
  expect(await axe(page)).toEqual([]);
  await page.goto(rrh);
  await page.getByRole('button', { name: 'Definition of Rapid re-housing' }).click();
  await expect(page.locator('#gloss-rapid-re-housing')).toBeVisible();
  // The paragraph holding the term, its button and the open popover (every-page.spec.ts checks whole pages).
  expect(await axe(page, '[data-para]:has(> #gloss-rapid-re-housing)')).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the ¶ link and the glossary link are plain links and the definition still opens', async ({ page }) => {
    await page.goto(rrh);
    await expect(page.locator('#para-tools')).toBeHidden();
    const href = await page.locator('#p3 > a.para-link').getAttribute('href');
    expect(href).toBe('#p3');
    await page.getByRole('button', { name: 'Definition of Rapid re-housing' }).click();
    await expect(page.locator('#gloss-rapid-re-housing')).toBeVisible();
    await page
      .locator('#gloss-rapid-re-housing')
      .getByRole('link', { name: /of Rapid re-housing/ })
      .click();
    await expect(page).toHaveURL(/\/glossary\/rapid-re-housing\/$/);
  });
});

test('an inconsistency is marked at its passage and the note links each quote to its paragraph', async ({ page }) => {
  await page.goto(rrh);
  const note = page.locator('#inconsistency-note-nashville-category-2-coc-rrh');
  await expect(note).toBeVisible();
  const here = note.locator('li > a[href^="#p"]').first();
  const anchor = (await here.getAttribute('href'))!;
  const quote = (await here.textContent())!.replace(/^“|”$/g, '');
  const passage = page.locator(anchor);
  await expect(passage).toContainText(quote.slice(0, 40));
  const marker = passage.getByRole('link', { name: /^Inconsistency: / }).first();
  await expect(marker).toHaveAttribute('href', '#inconsistency-note-nashville-category-2-coc-rrh');
  await marker.click();
  await expect(page).toHaveURL(/#inconsistency-note-nashville-category-2-coc-rrh$/);
});

test('the HDX report draws its tables as SVG charts with the numbers in their text alternative', async ({ page }) => {
  await page.goto('standards/new-bedford-fy2019-coc-application/hdx-competition-report/');
  await expect(page.getByRole('heading', { level: 2, name: 'Charts' })).toBeVisible();
  const chart = page.getByRole('img', {
    name: /^People counted in the PIT count, sheltered and unsheltered, 2016-2019\. 2016: 469 people; 2017: 352 people; 2018: 409 people; 2019: 433 people\.$/,
  });
  await expect(chart).toBeVisible();
  expect(await page.locator('figure.bar-chart').count()).toBeGreaterThan(20);
  await page.getByRole('link', { name: 'the table under “Total Population PIT Count Data”' }).first().click();
  await expect(page).toHaveURL(/#total-population-pit-count-data$/);
  expect(await axe(page, '.charts')).toEqual([]);
});
