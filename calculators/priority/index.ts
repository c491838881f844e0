// The priority rules: see the priority issue. Public names are re-exported from ../index.ts.
export {};
