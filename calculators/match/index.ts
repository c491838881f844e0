// The match rules: see the match issue. Public names are re-exported from ../index.ts.
export {};
