/// <reference types="astro/client" />

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the reader first focuses, points at or touches the island (src/directives/interact.mjs). */
    'client:interact'?: boolean;
  }
}
export {};
