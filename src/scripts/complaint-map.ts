/**
 * <complaint-map>: a Leaflet map of the infrastructure complaints in the snapshot's GeoJSON.
 * Every text is inserted as text, never as HTML.
 */

import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { formatLocalDate } from '../domain/format.ts';
import { STATUS_LABELS, isStatus } from '../domain/status.ts';

const STATUS_COLOURS: Record<string, string> = {
  received: '#e69f00',
  needs_info: '#e69f00',
  forwarded: '#0072b2',
  in_progress: '#0072b2',
  resolved: '#009e73',
  invalid: '#999999',
};

interface FeatureProperties {
  ticket: string;
  received_date: string;
  category: string;
  district_name: string | null;
  status: string;
}

class ComplaintMap extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const canvas = this.querySelector<HTMLElement>('.map-canvas');
    if (!canvas || canvas.dataset.ready) {
      return;
    }
    canvas.dataset.ready = 'true';

    const [lat, lng] = (this.dataset.center ?? '0,0').split(',').map(Number);
    const map = L.map(canvas, { attributionControl: false }).setView([lat ?? 0, lng ?? 0], Number(this.dataset.zoom ?? 11));
    L.tileLayer(this.dataset.tileUrl ?? '', { maxZoom: Number(this.dataset.maxZoom ?? 19) }).addTo(map);
    this.addAttribution(map);

    const response = await fetch(this.dataset.geojson ?? '');
    if (!response.ok) {
      this.showMessage(canvas, 'Data peta tidak dapat dimuat. Daftar aduan di bawah peta tetap dapat dibaca.');
      return;
    }
    const collection = (await response.json()) as GeoJSON.FeatureCollection<GeoJSON.Point, FeatureProperties>;
    L.geoJSON(collection, {
      pointToLayer: (feature, position) =>
        L.circleMarker(position, {
          radius: 7,
          weight: 2,
          color: '#ffffff',
          fillColor: STATUS_COLOURS[feature.properties.status] ?? '#555555',
          fillOpacity: 0.9,
        }),
      onEachFeature: (feature, layer) => layer.bindPopup(() => popupContent(feature.properties)),
    }).addTo(map);
    this.dataset.loaded = String(collection.features.length);
  }

  private addAttribution(map: L.Map): void {
    const control = new L.Control({ position: 'bottomright' });
    control.onAdd = () => {
      const box = L.DomUtil.create('div', 'leaflet-control-attribution');
      const link = document.createElement(this.dataset.tileAttributionUrl ? 'a' : 'span');
      link.textContent = this.dataset.tileAttribution ?? '';
      if (link instanceof HTMLAnchorElement) {
        link.href = this.dataset.tileAttributionUrl ?? '';
      }
      box.append(link);
      return box;
    };
    control.addTo(map);
  }

  private showMessage(canvas: HTMLElement, text: string): void {
    const message = document.createElement('p');
    message.className = 'notice notice-error';
    message.textContent = text;
    canvas.before(message);
  }
}

function popupContent(properties: FeatureProperties): HTMLElement {
  const box = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = properties.category;
  const facts = document.createElement('div');
  const status = isStatus(properties.status) ? STATUS_LABELS[properties.status] : properties.status;
  facts.textContent = `${status} · ${properties.district_name ?? 'lokasi tidak tersedia'} · ${formatLocalDate(properties.received_date)}`;
  const link = document.createElement('a');
  link.href = `/lacak/${encodeURIComponent(properties.ticket)}`;
  link.textContent = `Lihat aduan ${properties.ticket}`;
  box.append(title, facts, link);
  return box;
}

if (!customElements.get('complaint-map')) {
  customElements.define('complaint-map', ComplaintMap);
}
