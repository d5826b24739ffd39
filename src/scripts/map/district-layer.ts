/**
 * The district layer of the public map: the official district polygons, shaded by the number of
 * complaints that pass the filter (the district field of the filter aside), with a legend.
 * Clicking a district, or pressing Enter on it, opens the district's page.
 */

import L from 'leaflet';
import { formatNumber } from '../../domain/format.ts';
import { element } from './dom.ts';
import { shadeClasses, type ShadeClass } from './shade-classes.ts';

export interface DistrictFeature {
  type: 'Feature';
  properties: { kode: string; nama: string };
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

export function districtPath(code: string): string {
  return `/kecamatan/${encodeURIComponent(code)}/`;
}

function districtLabel(name: string, count: number): string {
  return `Kecamatan ${name}, ${formatNumber(count)} aduan; buka halaman kecamatan`;
}

export class DistrictLayer {
  private readonly layers = new Map<string, L.Path>();
  private counts = new Map<string, number>();
  private selected: string | null = null;
  private readonly legend: HTMLElement;

  constructor(map: L.Map, features: DistrictFeature[], legend: HTMLElement) {
    this.legend = legend;
    L.geoJSON(features as unknown as GeoJSON.FeatureCollection, {
      style: () => ({ color: '#4d5b66', weight: 1, fillOpacity: 0.55 }),
      onEachFeature: (feature, layer) => this.prepare(feature as unknown as DistrictFeature, layer as L.Path),
    }).addTo(map);
  }

  private prepare(feature: DistrictFeature, layer: L.Path): void {
    const { kode, nama } = feature.properties;
    this.layers.set(kode, layer);
    layer.bindTooltip(() => element('span', {}, `Kecamatan ${nama}: ${formatNumber(this.counts.get(kode) ?? 0)} aduan`), {
      sticky: true,
    });
    const open = () => window.location.assign(districtPath(kode));
    layer.on('click', open);
    layer.on('add', () => {
      const path = layer.getElement();
      if (!path) {
        return;
      }
      path.setAttribute('tabindex', '0');
      path.setAttribute('role', 'link');
      path.setAttribute('aria-label', districtLabel(nama, this.counts.get(kode) ?? 0));
      path.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter') {
          open();
        }
      });
    });
  }

  /** Shade the districts by `counts` (district code to number of complaints) and mark `selected`. */
  update(counts: Map<string, number>, selected: string | null): void {
    this.counts = counts;
    this.selected = selected;
    const max = Math.max(0, ...counts.values());
    const classes = shadeClasses(max);
    for (const [code, layer] of this.layers) {
      const count = counts.get(code) ?? 0;
      const shade = classes.find((item) => count >= item.min && count <= item.max) ?? classes[0]!;
      layer.setStyle({
        fillColor: shade.colour,
        weight: code === this.selected ? 3 : 1,
        color: code === this.selected ? '#000000' : '#4d5b66',
      });
      layer.getElement()?.setAttribute('aria-label', districtLabel(this.nameOf(layer), count));
    }
    this.renderLegend(classes);
  }

  /** Bounds of a district, to zoom the map to it. */
  boundsOf(code: string): L.LatLngBounds | null {
    const layer = this.layers.get(code);
    return layer instanceof L.Polygon ? layer.getBounds() : null;
  }

  private nameOf(layer: L.Path): string {
    return (layer as L.Path & { feature?: DistrictFeature }).feature?.properties.nama ?? '';
  }

  private renderLegend(classes: ShadeClass[]): void {
    const items = classes.map((shade) => {
      const swatch = element('span', { class: 'legend-swatch', 'aria-hidden': 'true' });
      swatch.style.background = shade.colour;
      const range = shade.min === shade.max ? formatNumber(shade.min) : `${formatNumber(shade.min)}–${formatNumber(shade.max)}`;
      return element('li', {}, swatch, `${range} aduan`);
    });
    this.legend.replaceChildren(...items);
  }
}
