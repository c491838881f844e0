import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allEmbeds, toolTitles, type EmbeddableToolId } from '../../src/utils/embeds';
import { recordRequests } from './pages';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);
const headingOrder = async (page: Page) =>
  (await new AxeBuilder({ page }).withRules(['heading-order']).analyze()).violations.map((v) => v.id);
const sectionPath = (document: string, section: string) => `standards/${document}/${section}/`;
const embed = (page: Page) => page.getByRole('region', { name: /^Try it:/ });
const group = (scope: Locator, name: string | RegExp) => scope.getByRole('group', { name });

/** Starts using the embedded calculator (pointer over it) and waits until its code has hydrated it. */
async function startUsing(page: Page) {
  await page.locator('.tool-embed astro-island').hover();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

/** The fragment of a worked-example link on a tool page: what a shared link to that example carries. */
async function exampleFragment(page: Page, tool: string, name: string): Promise<string> {
  await page.goto(`tools/${tool}/`);
  const href = await page.getByRole('link', { name }).first().getAttribute('href');
  expect(href, `${tool}: example “${name}”`).toMatch(/^#.+=/);
  return href!;
}

/**
 * The fragment a worked example's button on a tool page leaves after it calculates: what a shared link to
 * that result carries (the examples themselves are on the tool page, not in the section).
 */
async function exampleResultFragment(page: Page, tool: string, name: string | RegExp): Promise<string> {
  await page.goto(`tools/${tool}/`);
  await page.getByRole('button', { name }).click();
  await expect(page).toHaveURL(/#.+=/);
  return new URL(page.url()).hash;
}

/** Opens a section afresh with a result's fragment (as a shared link does). */
async function openWith(page: Page, [document, section]: [string, string], fragment: string) {
  await page.goto('about:blank');
  await page.goto(sectionPath(document, section) + fragment);
}

type Case = {
  tool: EmbeddableToolId;
  section: [document: string, section: string];
  /** Uses the calculator on the section page and returns the region that shows its result. */
  use: (page: Page, box: Locator) => Promise<Locator>;
  shows: string | RegExp;
};

const cases: Case[] = [
  {
    tool: 'rrh-tiers',
    section: ['tpch-written-standards', 'rapid-rehousing-programs'],
    use: async (page, box) => {
      await box.getByLabel('Monthly contract rent').fill('900');
      await box.getByLabel('Tier 2').check();
      await box.getByRole('button', { name: 'Calculate' }).click();
      return box.getByRole('region', { name: 'Program and household shares' });
    },
    shows: 'the program pays 67% of $900.00 = $603.00',
  },
  {
    tool: 'eligibility-staff',
    section: ['nashville-davidson-standards-of-care', 'participant-eligibility'],
    use: async (page, box) => {
      await expect(group(box, 'Whose written standards apply?').getByLabel(/Nashville/)).toBeChecked();
      const fragment = await exampleResultFragment(
        page,
        'eligibility-staff',
        'Nashville: ESG rapid re-housing verified 8 days before enrollment',
      );
      await openWith(page, ['nashville-davidson-standards-of-care', 'participant-eligibility'], fragment);
      return box.getByRole('region', { name: 'Decision' });
    },
    shows: 'Not eligible: ESG rapid re-housing',
  },
  {
    tool: 'chronic',
    section: ['lowell-2016-bonus-application', 'definitions-of-key-terms'],
    use: async (page, box) => {
      await expect(box.getByLabel('Whose written standards apply')).toHaveValue('lowell');
      // The worked examples are on the tool's own page; a shared link with the HUD FAQ's shelter letter, opened
      // afresh (the timeline reads its link when the page loads), shows its result here.
      const stays = encodeURIComponent(
        JSON.stringify([{ start: '2023-05-04', end: '2023-06-20', type: 'emergency_shelter', evidence: 'third_party' }]),
      );
      await openWith(
        page,
        ['lowell-2016-bonus-application', 'definitions-of-key-terms'],
        `#j=lowell&a=2023-06-21&role=adult_head&adult=yes&dis=yes&ver=third_party&stays=${stays}`,
      );
      return box.getByRole('region', { name: 'Chronic homelessness' });
    },
    shows: /Months homeless in the look-back\s*2/,
  },
  {
    tool: 'chronic-screen',
    section: ['federal-regulations', 'hmis-data-standards-chronic-homelessness-status'],
    use: async (page, box) => {
      await box.getByLabel('Project start date (3.10)').fill('2024-06-01');
      await group(box, 'Project type').getByLabel('Emergency shelter', { exact: true }).check();
      await group(box, /Disabling condition/)
        .getByLabel('Yes', { exact: true })
        .check();
      await box.getByLabel(/Approximate date this episode/).fill('2023-06-02');
      await box.getByRole('button', { name: 'Screen' }).click();
      return box.getByRole('region', { name: 'Chronically homeless at project start (HMIS quick screen)' });
    },
    shows: 'on or before 2024-06-01 − 365 days = 2023-06-02',
  },
  {
    tool: 'service-needs',
    section: ['tpch-written-standards', 'key-terms'],
    use: async (page, box) => {
      await group(box, 'SPDAT tool').getByLabel('VI-SPDAT (pre-screen)').check();
      await group(box, 'Version of the tool').getByLabel('Individuals').check();
      await box.getByLabel('SPDAT score').fill('12');
      await box.getByLabel('Use the table in force on').fill('2024-06-01');
      await box.getByRole('button', { name: 'Find the service-needs level' }).click();
      return box.getByRole('region', { name: 'Service-needs level under the TPCH standards' });
    },
    shows: 'Severe service needs (score band 12 to 17)',
  },
  {
    tool: 'rent',
    section: ['federal-regulations', '24-cfr-578-77-calculating-occupancy-charges-and-rent'],
    use: async (page, box) => {
      const fragment = await exampleResultFragment(page, 'rent', /Two dependents, \$24,000, child care \$2,400/);
      await openWith(page, ['federal-regulations', '24-cfr-578-77-calculating-occupancy-charges-and-rent'], fragment);
      return box.getByRole('region', { name: 'Income-based rent' });
    },
    shows: '$20,640.00 × 30% ÷ 12 = $516.00',
  },
  {
    tool: 'rent-nashville-budget',
    section: ['nashville-davidson-standards-of-care', 'rapid-re-housing-standards'],
    use: async (page, box) => {
      const fragment = await exampleResultFragment(page, 'rent-nashville-budget', /Nashville RRH budget: \$1,400 income/);
      await openWith(page, ['nashville-davidson-standards-of-care', 'rapid-re-housing-standards'], fragment);
      return box.getByRole('region', { name: 'Rental assistance from the monthly budget' });
    },
    shows: 'Assistance needed: $950.00 − $400.00 = $550.00 a month.',
  },
  {
    tool: 'rent-limits',
    section: ['nashville-davidson-standards-of-care', 'homelessness-prevention-standards'],
    use: async (page, box) => {
      await expect(box.getByLabel('Whose standards apply')).toHaveValue('nashville-davidson');
      const fragment = await exampleResultFragment(page, 'rent-limits', /ESG: FMR \$1,200, rent \$1,100/);
      await openWith(page, ['nashville-davidson-standards-of-care', 'homelessness-prevention-standards'], fragment);
      return box.getByRole('region', { name: 'Limits' });
    },
    shows: '$1,100.00 contract rent + $150.00 utility allowance = $1,250.00',
  },
  {
    tool: 'rent-budget-line',
    section: ['lowell-2016-bonus-application', 'budget-detail'],
    use: async (page, box) => {
      await box.getByLabel('Calculate under the rules in force on').fill('2016-07-15');
      await box.getByLabel('1 bedroom: number of units').fill('3');
      await box.getByLabel('1 bedroom: monthly FMR').fill('1000');
      await box.getByRole('button', { name: 'Calculate the budget line' }).click();
      return box.getByRole('region', { name: 'Rental assistance budget' });
    },
    shows: '1 Bedroom: 3 units × $1,000.00 × 12 months = $36,000.00',
  },
  {
    tool: 'match',
    section: ['pima-county-rrh-subaward-2023', 'exhibit-a-1-budget-and-reporting'],
    use: async (page, box) => {
      const fragment = await exampleFragment(page, 'match', 'Pima County 2023–24 RRH budget');
      await page.goto(sectionPath('pima-county-rrh-subaward-2023', 'exhibit-a-1-budget-and-reporting') + fragment);
      return box.getByRole('region', { name: 'Match and budget result' });
    },
    shows: '10% × $36,677.00 = $3,667.70',
  },
  {
    tool: 'priority-tpch',
    section: ['tpch-written-standards', 'permanent-supportive-housing'],
    use: async (page, box) => {
      await box.getByLabel('Rapid rehousing (RRH)').check();
      await box.getByLabel('VI-SPDAT (pre-screen)').check();
      await box.getByLabel('Individuals').check();
      await box.getByLabel('SPDAT score').fill('5');
      await box.getByLabel(/^Sheltered/).check();
      await box.getByLabel('Work out the priority under the standards in force on').fill('2024-03-01');
      await box.getByRole('button', { name: 'Find the priority' }).click();
      return box.getByRole('region', { name: 'Priority under the TPCH standards' });
    },
    shows: 'Group 2: Moderate service needs, sheltered',
  },
  {
    tool: 'priority-nashville',
    section: ['nashville-davidson-standards-of-care', 'permanent-supportive-housing-standards'],
    use: async (page, box) => {
      await box.getByLabel(/^Permanent supportive housing/).check();
      await box.getByLabel('Households, one per line').fill('P1, no, 15, 2020-01-01, 2020-02-01\nP2, yes, 9, 2023-01-01, 2023-02-01');
      await box.getByLabel('Order the list as of').fill('2024-03-01');
      await box.getByRole('button', { name: 'Order the list' }).click();
      return box.getByRole('region', { name: 'Households in priority order' });
    },
    shows: /1\s*P2/,
  },
  {
    tool: 'priority-cpd',
    section: ['tpch-written-standards', 'prioritization-for-hud-vash-housing'],
    use: async (page, box) => {
      // The section is TPCH's, so the HUD-VASH order is already chosen.
      await expect(box.getByLabel('HUD-VASH admission with Notice CPD-16-11 (TPCH standards)')).toBeChecked();
      await group(box, 'Is the person chronically homeless?').getByLabel('No').check();
      await group(box, 'Has the person been identified as having severe service needs?').getByLabel('No').check();
      await group(box, 'Does the person have a disability?').getByLabel('Yes').check();
      await group(box, 'Does the person have long periods of episodic homelessness?').getByLabel('No').check();
      await box.getByLabel('Where is the person staying now?').selectOption('transitional-housing');
      await box.getByLabel('Work out the priority under the rules in force on').fill('2024-03-01');
      await box.getByRole('button', { name: 'Find the priority' }).click();
      return box.getByRole('region', { name: 'Place in the order of priority' });
    },
    shows: 'Group 5: CPD-16-11 Fourth Priority: disability, coming from transitional housing',
  },
  {
    tool: 'scoring-new-project',
    section: ['new-bedford-fy2019-local-competition', 'appendix-b-scoring-and-ranking'],
    use: async (page, box) => {
      const fragment = await exampleFragment(page, 'scoring-new-project', 'A project meeting every criterion scores 100');
      await page.goto(sectionPath('new-bedford-fy2019-local-competition', 'appendix-b-scoring-and-ranking') + fragment);
      return box.getByRole('region', { name: /New project score/ });
    },
    shows: '100 of 100',
  },
  {
    tool: 'scoring-renewal',
    section: ['new-bedford-fy2019-coc-application', 'consolidated-application'],
    use: async (page, box) => {
      const fragment = await exampleFragment(page, 'scoring-renewal', 'Family Preservation Program as the 2019 worksheet scored it (87)');
      await page.goto(sectionPath('new-bedford-fy2019-coc-application', 'consolidated-application') + fragment);
      return box.getByRole('region', { name: /Renewal score/ });
    },
    shows: '87 of 100',
  },
  {
    tool: 'scoring-ranking',
    section: ['new-bedford-fy2019-local-competition', 'funding-availability'],
    use: async (page, box) => {
      const fragment = await exampleFragment(page, 'scoring-ranking', 'The FY2019 rank and order: Portico straddles the Tier 1 line');
      await page.goto(sectionPath('new-bedford-fy2019-local-competition', 'funding-availability') + fragment);
      return box.getByRole('region', { name: 'Rank and order' });
    },
    shows: 'Tier 1: $1,653,382.00 of $1,653,382.00',
  },
  {
    tool: 'performance-standards',
    section: ['nashville-davidson-standards-of-care', 'street-outreach-standards'],
    use: async (page, box) => {
      // Nashville's benchmarks for street outreach are already chosen: the section's own.
      await expect(box.getByLabel('Nashville-Davidson target performance benchmarks')).toBeChecked();
      await expect(box.getByLabel('Program component')).toHaveValue('street-outreach');
      await box.getByLabel(/^Successful exits/).fill('40 of 100');
      await box.getByRole('button', { name: 'Check the standards' }).click();
      return box.getByRole('region', { name: /Standards met and not met/ });
    },
    shows: /Successful exits[^\n]*Not met/,
  },
  {
    tool: 'points-sustainable-ct',
    section: ['sustainable-ct-homelessness-action', 'what-to-do'],
    use: async (page, box) => {
      const fragment = await exampleFragment(page, 'points-sustainable-ct', 'Every part in 2023, certifying in 2024: 45 points');
      await page.goto(sectionPath('sustainable-ct-homelessness-action', 'what-to-do') + fragment);
      return box.getByRole('region', { name: /Points the municipality may earn/ });
    },
    shows: '45 of 45',
  },
];

test('every embeddable calculator has a case here', () => {
  const embedded = [...new Set(allEmbeds().map(([, , e]) => e.tool))].sort();
  expect(cases.map((c) => c.tool).sort()).toEqual(embedded);
});

for (const c of cases) {
  test(`${c.tool}: used in its section, it shows a result, passes axe and stays on this origin`, async ({ page, baseURL }) => {
    test.slow();
    const requests = recordRequests(page, new URL(baseURL!).origin);
    const [document, section] = c.section;
    await page.goto(sectionPath(document, section));
    const box = embed(page);
    await expect(box.getByRole('heading', { name: /^Try it:/ })).toHaveText(`Try it: ${toolTitles[c.tool]}`);
    await startUsing(page);
    const result = await c.use(page, box);
    // Rules and examples load on first use: allow for a slow machine.
    await expect(result).toContainText(c.shows, { timeout: 30_000 });
    await expect(page).toHaveURL(new RegExp(`/${section}/#.+=`));
    expect(await axe(page)).toEqual([]);
    expect(await headingOrder(page)).toEqual([]);
    expect(requests.foreign()).toEqual([]);
  });
}

test('every section with a calculator labels it, links its page, keeps it out of search and lists it on the page', async ({ page }) => {
  test.slow();
  for (const [doc, section, { tool, also = [] }] of allEmbeds()) {
    const where = `${doc}/${section}`;
    await page.goto(sectionPath(doc, section));
    const box = embed(page);
    await expect(box, where).toHaveAttribute('data-pagefind-ignore', '');
    await expect(box.getByRole('heading', { name: /^Try it:/ }), where).toHaveText(`Try it: ${toolTitles[tool]}`);
    await expect(box.getByRole('link', { name: 'Open it on its own page' }), where).toHaveAttribute('href', new RegExp(`/tools/${tool}/$`));
    for (const other of also)
      await expect(box.getByRole('link', { name: toolTitles[other], exact: true }), where).toHaveAttribute(
        'href',
        new RegExp(`/tools/${other}/$`),
      );
    await expect(box.locator('astro-island[client="interact"]'), where).toHaveCount(1);
    await expect(box.getByRole('heading', { name: /example/i }), where).toHaveCount(0);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link', { name: `Try it: ${toolTitles[tool]}` }), where).toHaveAttribute('href', '#try-it');
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicates, where).toEqual([]);
  }
});

test('reading a section, following its contents and paragraph links, loads no calculator code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('standards/tpch-written-standards/rapid-rehousing-programs/#p3');
  const island = page.locator('.tool-embed astro-island');
  const component = new URL((await island.getAttribute('component-url'))!, page.url()).href;
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first().click();
  await page.locator('a.para-link').nth(1).click();
  await page.waitForTimeout(300);
  await expect(island).toHaveAttribute('ssr', '');
  expect(scripts).not.toContain(component);
  await startUsing(page);
  expect(scripts).toContain(component);
});

test('following a paragraph link after using a calculator keeps its answers and result', async ({ page }) => {
  await page.goto('standards/tpch-written-standards/transitional-housing/');
  const box = embed(page);
  await startUsing(page);
  await box.getByLabel('Rapid rehousing (RRH)').check();
  await box.getByLabel('VI-SPDAT (pre-screen)').check();
  await box.getByLabel('Individuals').check();
  await box.getByLabel('SPDAT score').fill('5');
  await box.getByLabel(/^Sheltered/).check();
  await box.getByRole('button', { name: 'Find the priority' }).click();
  const result = box.getByRole('region', { name: 'Priority under the TPCH standards' });
  await expect(result).toContainText('Group 2: Moderate service needs, sheltered');
  const paragraph = page.locator('a.para-link').first();
  const anchor = (await paragraph.getAttribute('href'))!;
  await paragraph.click();
  await expect(page).toHaveURL(new RegExp(`${anchor}$`));
  await expect(box.getByLabel('SPDAT score')).toHaveValue('5');
  await expect(result).toContainText('Group 2: Moderate service needs, sheltered');
});

test('starting to use an embedded calculator keeps the place on the page a link pointed at', async ({ page }) => {
  test.setTimeout(240_000);
  for (const [doc, section] of allEmbeds()) {
    await page.goto(sectionPath(doc, section));
    // A paragraph's ¶ link, or a heading's id where the section has no numbered paragraphs.
    const anchor = await page.evaluate(
      () => document.querySelector('a.para-link')?.getAttribute('href') ?? `#${document.querySelector('main :is(h2, h3)[id]')?.id}`,
    );
    expect(anchor, `${doc}/${section}`).toMatch(/^#[\w-]+$/);
    await page.evaluate((hash) => (location.hash = hash), anchor);
    await startUsing(page);
    await page.waitForTimeout(50);
    expect(new URL(page.url()).hash, `${doc}/${section}`).toBe(anchor);
  }
});

test('calculators open on the section’s own standards', async ({ page }) => {
  await page.goto('standards/lowell-2016-bonus-application/notice-cpd-14-012/');
  await startUsing(page);
  await expect(embed(page).getByLabel('Notice CPD-14-012, First and Second Priority (Lowell 2016 application)')).toBeChecked();
  await page.goto('standards/pima-county-rrh-subaward-2023/exhibit-a-1-budget-and-reporting/');
  await startUsing(page);
  await expect(embed(page).getByLabel('Whose standards apply')).toHaveValue('tucson-pima');
  await page.goto('standards/tpch-written-standards/program-performance-standards-2021/');
  await startUsing(page);
  await expect(embed(page).getByLabel('Tucson/Pima (TPCH) 2021 CoC Program Performance Standards')).toBeChecked();
});

test('a printed section leaves the calculator out and keeps the text and its source', async ({ page }) => {
  await page.goto('standards/tpch-written-standards/rapid-rehousing-programs/');
  await page.emulateMedia({ media: 'print' });
  await expect(embed(page)).toBeHidden();
  await expect(page.getByText('Tier 2: The program pays 67% of the contract rent')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapid Rehousing Programs' })).toBeVisible();
  // The site's navigation is for the screen: header, breadcrumbs, section list, previous and next.
  for (const name of ['Breadcrumb', 'Sections of this document', 'Previous and next sections'])
    await expect(page.getByRole('navigation', { name, includeHidden: true })).toBeHidden();
});
