/** Joins a site-relative path to the configured base path, so every link works under a sub-folder. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${base}${clean}`;
}

/** The page of a document section: /standards/<doc>/<section>/ (with an optional paragraph anchor). */
export const sectionUrl = (doc: string, section: string, anchor?: string): string =>
  withBase(`/standards/${doc}/${section}/${anchor ? `#${anchor}` : ''}`);

/** The index page of a document. */
export const documentUrl = (doc: string): string => withBase(`/standards/${doc}/`);
