import L from 'leaflet';
import { element } from './dom.ts';

export interface AttributionSource {
  text: string;
  /** Page to link; empty or anything but http(s) shows the text alone. */
  url: string;
}

/**
 * Add an attribution control that shows each source as text with an optional link. Leaflet's
 * own control inserts attributions as HTML, so it stays off and this one takes its place.
 */
export function addAttribution(map: L.Map, sources: AttributionSource[]): void {
  const control = new L.Control({ position: 'bottomright' });
  control.onAdd = () => {
    const box = element('div', { class: 'leaflet-control-attribution' });
    sources
      .filter((source) => source.text !== '')
      .forEach((source, index) => {
        if (index > 0) {
          box.append(' | ');
        }
        const linkable = /^https?:\/\//i.test(source.url);
        box.append(linkable ? element('a', { href: source.url, rel: 'noopener' }, source.text) : source.text);
      });
    return box;
  };
  control.addTo(map);
}
