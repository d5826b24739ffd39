/** Steps on the public map page shared by its browser tests. */

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { portalUrl } from './browser.ts';

export async function openMap(page: Page, path = '/peta/'): Promise<void> {
  await page.goto(portalUrl(path));
  await expect.poll(() => page.locator('complaint-map').getAttribute('data-state')).toBe('ready');
}

/** Zooms out `steps` levels with the keyboard, as a reader without a mouse does. */
export async function zoomOut(page: Page, steps: number): Promise<void> {
  await page.locator('.map-canvas').focus();
  for (let step = 0; step < steps; step += 1) {
    await page.keyboard.press('-');
    // Leaflet animates each zoom step for 250 ms.
    await page.waitForTimeout(350);
  }
}
