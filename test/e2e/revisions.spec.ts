import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

const tier2 = 'revisions/tpch-rrh-tier-2-seventy-percent/';

test('the revisions index filters by status with plain links', async ({ page }) => {
  await page.goto('revisions/');
  const filter = page.getByRole('navigation', { name: 'Filter revisions by status' });
  await expect(filter.getByRole('link', { name: /^All \(\d+\)$/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: /^Public comment \(2\)$/ })).toBeVisible();
  await filter.getByRole('link', { name: 'Draft (1)' }).click();
  await expect(page).toHaveURL(/\/revisions\/status\/draft\/$/);
  await expect(
    page.getByRole('navigation', { name: 'Filter revisions by status' }).getByRole('link', { name: 'Draft (1)' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: 'Align the utilities ESG prevention may pay for with rapid re-housing' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Tier 2 program share/ })).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
  await page.goto('revisions/status/adopted/');
  await expect(page.getByText('No revision has the status “Adopted”.')).toBeVisible();
});

test('a revision page marks insertions and deletions with text labels, beside the adopted text', async ({ page }) => {
  await page.goto(tier2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raise the TPCH rapid re-housing Tier 2 program share from 67% to 70%');
  await expect(page.getByText('Proposed, not adopted.')).toBeVisible();
  const compare = page.getByRole('table', { name: /Rapid Rehousing Programs: adopted and proposed text/ });
  const row = compare.getByRole('row', { name: /Changed ¶11/ });
  await expect(row.getByRole('deletion')).toHaveText('[deleted: 67]');
  await expect(row.getByRole('insertion')).toHaveText('[inserted: 70]');
  await expect(row.getByRole('cell').nth(0)).toHaveText('Tier 2: The program pays [deleted: 67]% of the contract rent');
  await expect(row.getByRole('cell').nth(1)).toHaveText('Tier 2: The program pays [inserted: 70]% of the contract rent');
  await expect(page.getByText('How to read the redline.')).toBeVisible();
  await expect(page.getByText('November 16, 2026 to December 16, 2026 (30 calendar days)')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('the impact table shows what the Tier 2 change does to the worked example', async ({ page }) => {
  await page.goto(tier2);
  const table = page.getByRole('table', { name: /RRH Tier 2: share of contract rent the program pays 67% → 70%/ });
  const row = table.getByRole('row', { name: /Family of 3, \$900 rent, Tier 2.*Program pays/ });
  await expect(row.getByRole('cell')).toHaveText(['Rent: Rapid re-housing tiers', 'Program pays', '$603.00', '$630.00']);
  await expect(page.getByText(/Not changed: \d+ examples? give/)).toBeVisible();
});

test('a text revision redlines list items and folds unchanged text', async ({ page }) => {
  await page.goto('revisions/nashville-category-2-coc-rrh/');
  const redline = page.locator('.rl-doc');
  await expect(redline.getByRole('insertion').filter({ hasText: 'not' }).first()).toBeVisible();
  await expect(redline.getByRole('deletion').filter({ hasText: 'are eligible for CoC funded RRH' })).toHaveCount(1);
  await expect(page.getByText(/unchanged blocks \(¶1–¶/).first()).toBeVisible();
  await expect(page.getByText('This revision changes no parameters, so no calculator result changes.')).toBeVisible();
  await expect(page.getByRole('link', { name: /30 calendar days allotted for review and input/ })).toHaveAttribute(
    'href',
    /\/standards\/nashville-davidson-standards-of-care\/evaluation-and-revision\/$/,
  );
  expect(await axe(page)).toEqual([]);
});

test('revision pages load no JavaScript but the search button’s', async ({ page }) => {
  for (const path of ['revisions/', tier2, 'revisions/nashville-esg-utility-payment-types/', 'revisions/history/tpch-written-standards/']) {
    const scripts: string[] = [];
    const record = (r: import('@playwright/test').Request) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    };
    page.on('request', record);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('request', record);
    // The only script element is the search button's module; anything else requested must be one of its static imports.
    const sources = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
    expect(sources, path).toHaveLength(1);
    expect(sources[0], path).toMatch(/SearchButton/);
    const code = await (await page.request.get(sources[0]!)).text();
    const imports = [...code.matchAll(/import\s*\{?[^"']*?\}?\s*from\s*"([^"]+)"/g)].map((m) => new URL(m[1]!, sources[0]).href);
    expect(
      scripts.filter((url) => url !== sources[0] && !imports.includes(url)),
      path,
    ).toEqual([]);
    expect(await page.locator('astro-island').count(), path).toBe(0);
    expect(await page.locator('script:not([src]):not([type="application/json"])').count(), path).toBe(0);
  }
});

test('a standards section lists the revisions that target it and says which dated text it shows', async ({ page }) => {
  await page.goto('standards/tpch-written-standards/rapid-rehousing-programs/');
  const note = page.getByRole('complementary', { name: 'Proposed revisions to this section' });
  await expect(note.getByRole('link', { name: 'Raise the TPCH rapid re-housing Tier 2 program share from 67% to 70%' })).toHaveAttribute(
    'href',
    /\/revisions\/tpch-rrh-tier-2-seventy-percent\/$/,
  );
  await expect(note).toContainText('Public comment, comments until 2026-12-16');
  await expect(page.getByText(/This is the text as amended on 2023-03-28\. Hearth's sources hold only this text/)).toBeVisible();
  await page.getByRole('link', { name: 'Text history of this document' }).click();
  await expect(page).toHaveURL(/\/revisions\/history\/tpch-written-standards\/$/);
});

test('the text history says which dated texts Hearth has', async ({ page }) => {
  await page.goto('revisions/history/tpch-written-standards/');
  await expect(page.getByRole('row', { name: /March 28, 2023/ })).toContainText('As adopted on March 28, 2023');
  await expect(page.getByRole('row', { name: /April 28, 2015/ })).toContainText('Not in Hearth’s sources');
  expect(await axe(page)).toEqual([]);
});

test('a calculator opened under a revision shows the banner and calculates with the proposed share', async ({ page }) => {
  await page.goto(`tools/rrh-tiers/#revision=tpch-rrh-tier-2-seventy-percent&rent=900&tier=2`);
  const banner = page.getByRole('region', { name: 'Proposed revision, not adopted' });
  await expect(banner).toContainText('Raise the TPCH rapid re-housing Tier 2 program share from 67% to 70%');
  await expect(banner).toContainText('RRH Tier 2: share of contract rent the program pays: 67% → 70%, from 2027-01-01');
  // The proposal takes effect on 2027-01-01, so the date in force defaults to it.
  await expect(page.getByLabel('Calculate under the rules in force on')).toHaveValue('2027-01-01');
  const row = page.getByRole('row', { name: /Tier 2 \(chosen\)/ });
  await expect(row).toContainText('70%');
  await expect(row).toContainText('$630.00');
  await expect(page.getByText(/with proposed revision “Raise the TPCH/)).toBeVisible();
  await expect(page).toHaveURL(/#revision=tpch-rrh-tier-2-seventy-percent&rent=900&tier=2&asOf=2027-01-01$/);
  // The reason for 70% quotes the proposed words and leads to the revision, not to the adopted text that says 67%.
  const source = page.getByRole('link', { name: '“Tier 2: The program pays 70% of the contract rent”' });
  await expect(source).toHaveAttribute('href', /\/revisions\/tpch-rrh-tier-2-seventy-percent\/$/);
  await expect(page.getByRole('link', { name: /The program pays 67%/ })).toHaveCount(0);
  expect(await axe(page)).toEqual([]);

  // Before the proposal takes effect the adopted share applies, and the banner says so.
  await expect(banner).toContainText('from the dates below; for earlier dates, the adopted ones');
  await page.getByLabel('Calculate under the rules in force on').fill('2026-12-31');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.getByRole('row', { name: /Tier 2 \(chosen\)/ })).toContainText('$603.00');
  await expect(page.getByRole('link', { name: /The program pays 67%/ }).first()).toHaveAttribute(
    'href',
    /\/standards\/tpch-written-standards\/rapid-rehousing-programs\/$/,
  );
  await page.getByLabel('Calculate under the rules in force on').fill('2027-01-01');
  await page.getByRole('button', { name: 'Calculate' }).click();
  await expect(page.getByRole('row', { name: /Tier 2 \(chosen\)/ })).toContainText('$630.00');

  await banner.getByRole('link', { name: 'Use the adopted rules instead' }).click();
  await expect(page.getByRole('region', { name: 'Proposed revision, not adopted' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Tier 2 \(chosen\)/ })).toContainText('$603.00');
});

test('an embedded calculator stays under the revision while the reader follows a ¶ link', async ({ page }) => {
  await page.goto('standards/tpch-written-standards/rapid-rehousing-programs/#revision=tpch-rrh-tier-2-seventy-percent&rent=900&tier=2');
  const banner = page.getByRole('region', { name: 'Proposed revision, not adopted' });
  const row = page.getByRole('row', { name: /Tier 2 \(chosen\)/ });
  await expect(banner).toBeVisible();
  await expect(row).toContainText('$630.00');
  await page.locator('#p2 > a.para-link').click();
  await expect(page).toHaveURL(/#p2$/);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await expect(banner).toBeVisible();
  await expect(row).toContainText('70%');
  await expect(row).toContainText('$630.00');
});

test('after a ¶ link, "Copy a link to this result" still copies the result and its revision, not the paragraph', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const section = 'standards/tpch-written-standards/rapid-rehousing-programs/';
  const answers = '#revision=tpch-rrh-tier-2-seventy-percent&rent=900&tier=2';
  await page.goto(`${section}${answers}`);
  await expect(page.getByRole('row', { name: /Tier 2 \(chosen\)/ })).toContainText('$630.00');
  await page.locator('#p2 > a.para-link').click();
  await expect(page).toHaveURL(/#p2$/);
  await page.getByRole('button', { name: 'Copy a link to this result' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.pathname).toBe(new URL(section, baseURL).pathname);
  expect(new URLSearchParams(copied.hash.slice(1)).get('revision')).toBe('tpch-rrh-tier-2-seventy-percent');
  expect(new URLSearchParams(copied.hash.slice(1)).get('rent')).toBe('900');
});

test('a calculator opened under an unknown revision says so and uses the adopted rules', async ({ page }) => {
  await page.goto('tools/rrh-tiers/#revision=no-such-revision&rent=900&tier=2&asOf=2027-01-01');
  await expect(page.getByRole('status').filter({ hasText: 'There is no proposed revision “no-such-revision”' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Tier 2 \(chosen\)/ })).toContainText('$603.00');
});

test('a worked-example link keeps the calculator under the revision, so a committee can try the examples with the proposal', async ({
  page,
}) => {
  await page.goto('tools/match/#revision=tpch-rrh-tier-2-seventy-percent');
  // The form opens on the HUD rules: a TPCH revision does not apply to them, and the page says so.
  await expect(page.getByRole('status').filter({ hasText: 'Proposed revision not applied' })).toContainText(
    'changes the Tucson/Pima County CoC (AZ-501) standards',
  );
  await page.getByRole('link', { name: 'Pima County 2023–24 RRH budget' }).first().click();
  const banner = page.getByRole('region', { name: 'Proposed revision, not adopted' });
  await expect(banner).toContainText('This revision changes no number this calculator uses');
  await expect(page.getByRole('region', { name: 'Match and budget result' })).toContainText('10% × $36,677.00 = $3,667.70');
  await expect(page).toHaveURL(/revision=tpch-rrh-tier-2-seventy-percent/);

  await banner.getByRole('link', { name: 'Use the adopted rules instead' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Match and budget result' })).toContainText('10% × $36,677.00 = $3,667.70');
  await expect(page).not.toHaveURL(/revision=tpch/);
});
