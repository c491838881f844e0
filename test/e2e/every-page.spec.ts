import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, recordRequests } from './pages';

const pages = builtPages();

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(10);
});

for (const path of pages) {
  test(`/${path} makes no request to another origin and has no WCAG 2.2 A/AA violations`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requests = recordRequests(page, origin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(requests.foreign()).toEqual([]);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      ),
    ).toEqual([]);
  });
}
