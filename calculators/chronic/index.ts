// The chronic rules: see the chronic issue. Public names are re-exported from ../index.ts.
export {};
