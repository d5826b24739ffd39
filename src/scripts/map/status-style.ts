/**
 * The look of each status on the map. Every status has its own symbol as well as its own colour
 * (Okabe–Ito palette, distinguishable with the common colour-vision deficiencies), so the
 * markers and the legend can be read without telling colours apart.
 */

import type { Status } from '../../domain/status.ts';

export interface StatusStyle {
  fill: string;
  /** Colour of the symbol, chosen for contrast with the fill. */
  ink: string;
  symbol: string;
}

export const STATUS_STYLES: Record<Status, StatusStyle> = {
  received: { fill: '#e69f00', ink: '#000000', symbol: '+' },
  needs_info: { fill: '#f0e442', ink: '#000000', symbol: '?' },
  forwarded: { fill: '#56b4e9', ink: '#000000', symbol: '→' },
  in_progress: { fill: '#0072b2', ink: '#ffffff', symbol: '!' },
  resolved: { fill: '#009e73', ink: '#ffffff', symbol: '✓' },
  invalid: { fill: '#999999', ink: '#000000', symbol: '×' },
};

/** Statuses in the order of the lifecycle, for legends. */
export const LEGEND_ORDER: Status[] = ['received', 'needs_info', 'forwarded', 'in_progress', 'resolved', 'invalid'];
