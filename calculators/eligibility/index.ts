// The eligibility rules: see the eligibility issue. Public names are re-exported from ../index.ts.
export {};
