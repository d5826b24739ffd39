// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

// Host names the portal answers to besides localhost, from ALLOWED_HOSTS (comma-separated,
// e.g. "aduan.patikab.go.id"). Astro trusts the Host and X-Forwarded-Host headers only for these,
// and its check that forms come from the same origin compares against them.
const allowedHosts = ['localhost', '127.0.0.1', ...(process.env.ALLOWED_HOSTS ?? '').split(',')]
  .map((host) => host.trim())
  .filter(Boolean);

// Public pages are prerendered from the snapshot; `lacak/[ticket]`, `staf/**` and `api/**`
// opt out with `export const prerender = false` and run on the Node server.
export default defineConfig({
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  compressHTML: 'jsx',
  build: {
    format: 'directory',
    // Stylesheets as files, never <style> elements: the Content-Security-Policy allows no inline styles.
    inlineStylesheets: 'never',
  },
  security: {
    checkOrigin: true,
    allowedDomains: allowedHosts.map((hostname) => ({ hostname })),
  },
  vite: {
    build: {
      // No script or asset inlined into the markup, for the same reason.
      assetsInlineLimit: 0,
    },
    // Per checkout rather than in node_modules, which several checkouts may share.
    cacheDir: '.astro/vite',
    ssr: {
      // Packages that load native or WASM files next to their own code must not be bundled.
      external: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres'],
    },
  },
});
