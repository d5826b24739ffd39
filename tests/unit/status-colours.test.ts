import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUS_STYLES } from '../../src/scripts/map/status-style.ts';

// The map page colours its legend and list with CSS classes, because the Content-Security-Policy
// forbids style attributes; the markers take the same colours from STATUS_STYLES.
const page = fs.readFileSync('src/pages/peta/index.astro', 'utf8');

describe('status colour classes', () => {
  for (const [status, style] of Object.entries(STATUS_STYLES)) {
    it(`${status} matches STATUS_STYLES`, () => {
      const rule = new RegExp(`\\.status-${status} \\{\\s*background: ([^;]+);\\s*color: ([^;]+);`).exec(page);

      expect(rule, `.status-${status} rule`).not.toBeNull();
      expect(rule![1]).toBe(style.fill);
      expect(rule![2]).toBe(style.ink);
    });
  }

  it('no style attribute in the page', () => {
    expect(page).not.toMatch(/\sstyle=/);
  });
});
