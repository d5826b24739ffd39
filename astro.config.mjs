// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

// Public pages are prerendered from the snapshot; `lacak/[ticket]`, `staf/**` and `api/**`
// opt out with `export const prerender = false` and run on the Node server.
export default defineConfig({
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  compressHTML: 'jsx',
  build: {
    format: 'directory',
  },
  security: {
    checkOrigin: true,
  },
  vite: {
    ssr: {
      // Packages that load native or WASM files next to their own code must not be bundled.
      external: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres'],
    },
  },
});
