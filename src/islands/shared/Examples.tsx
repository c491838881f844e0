// The buttons that load an example into an island live in the calculator kit (calculator.tsx).
export { ExampleButtons } from './calculator';

type Example = { title: string; rule: string };

/**
 * "Try an example" as plain links to a result's URL fragment, rendered on the server (no client
 * directive), so trying an example costs the page no JavaScript: the island recalculates on `hashchange`.
 */
export function ExampleLinks({ id, heading, links }: { id: string; heading: string; links: (Example & { href: string })[] }) {
  return (
    <section class="no-print" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {links.map((link) => (
          <li>
            <a href={link.href}>{link.title}</a>: {link.rule}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The fragment of a worked example's link: its answers as the island's fields (empty ones left out). */
export const exampleHref = (values: Record<string, string>): string =>
  `#${new URLSearchParams(Object.entries(values).filter(([, v]) => v !== '')).toString()}`;
