/** Marker icons of the public map: one per status, and one for clusters. */

import L from 'leaflet';
import { formatNumber } from '../../domain/format.ts';
import type { Status } from '../../domain/status.ts';
import { element } from './dom.ts';
import { STATUS_STYLES } from './status-style.ts';

/** Symbol in the status colour; also used, without Leaflet, by the legend. */
export function statusSymbol(status: Status): HTMLElement {
  const style = STATUS_STYLES[status];
  const symbol = element('span', { class: 'status-symbol', 'aria-hidden': 'true' }, style.symbol);
  symbol.style.background = style.fill;
  symbol.style.color = style.ink;
  return symbol;
}

export function statusIcon(status: Status): L.DivIcon {
  return L.divIcon({ className: 'map-point', html: statusSymbol(status), iconSize: [24, 24], iconAnchor: [12, 12], popupAnchor: [0, -10] });
}

export function clusterIcon(count: number): L.DivIcon {
  let size = 48;
  if (count < 100) {
    size = 32;
  } else if (count < 1000) {
    size = 40;
  }
  const html = element('span', { class: 'cluster-count', 'aria-hidden': 'true' }, formatNumber(count));
  return L.divIcon({ className: 'map-cluster', html, iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}

/** Give a marker an accessible name once Leaflet has made its element (a focusable div with role button). */
export function nameMarker(marker: L.Marker, name: string): L.Marker {
  marker.on('add', () => marker.getElement()?.setAttribute('aria-label', name));
  return marker;
}
