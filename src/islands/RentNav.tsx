/** Links between the rent calculators; rendered on the server (no client directive), so it ships no JavaScript. */

const strings = {
  label: 'Rent calculators',
  pages: [
    { slug: 'rent', label: 'Income-based rent (CoC PSH and TH)' },
    { slug: 'rent-limits', label: 'FMR, rent reasonableness and assistance limits' },
    { slug: 'rrh-tiers', label: 'RRH tiers (TPCH)' },
    { slug: 'rent-nashville-budget', label: 'RRH monthly budget (Nashville)' },
    { slug: 'rent-budget-line', label: 'Application budget line (Lowell)' },
  ],
} as const;

export type RentPage = (typeof strings.pages)[number]['slug'];

/** The list of rent calculators with the current one marked. */
export default function RentNav({ current }: { current: RentPage }) {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return (
    <nav aria-label={strings.label} class="no-print">
      <ul class="tool-nav">
        {strings.pages.map((page) => (
          <li>
            <a href={`${base}/tools/${page.slug}/`} aria-current={page.slug === current ? 'page' : undefined}>
              {page.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
