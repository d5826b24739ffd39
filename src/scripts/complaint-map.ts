/**
 * <complaint-map>: the public map of complaints, drawn with Leaflet from the snapshot's map data
 * (`/data/peta.json`) and district boundaries. It adds to the static page: the filter form, the
 * clustered points, the shaded districts with their legend, and the list redrawn for the filter.
 */

import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { decodeMapRow, isMapListed, type MapComplaint, type MapData } from '../domain/map-data.ts';
import { filterPredicate, readFilter, writeFilter, type MapFilter } from '../domain/map-filter.ts';
import { addAttribution } from './map/attribution.ts';
import { renderComplaintList } from './map/complaint-list.ts';
import { DistrictLayer, type DistrictFeature } from './map/district-layer.ts';
import { bindFilterForm } from './map/filter-form.ts';
import { PointLayer } from './map/point-layer.ts';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  return (await response.json()) as T;
}

class ComplaintMap extends HTMLElement {
  private map!: L.Map;
  private data!: MapData;
  private complaints: MapComplaint[] = [];
  private points!: PointLayer;
  private districts: DistrictLayer | null = null;
  private filter: MapFilter | null = null;

  async connectedCallback(): Promise<void> {
    const canvas = this.querySelector<HTMLElement>('.map-canvas');
    if (!canvas || this.dataset.state) {
      return;
    }
    this.dataset.state = 'loading';
    this.hidden = false;
    this.map = this.createMap(canvas);

    let boundaries: { features: DistrictFeature[] } | null = null;
    try {
      const [data, districtData] = await Promise.all([
        fetchJson<MapData>(this.dataset.source ?? ''),
        fetchJson<{ features: DistrictFeature[] }>(this.dataset.districts ?? '').catch(() => null),
      ]);
      this.data = data;
      boundaries = districtData;
    } catch {
      this.showMessage('Data peta tidak dapat dimuat. Daftar aduan di bawah peta tetap dapat dibaca.');
      this.dataset.state = 'failed';
      return;
    }

    this.complaints = this.data.rows.flatMap((row) => decodeMapRow(this.data, row) ?? []);
    this.points = new PointLayer(this.map, this.data);
    const legend = this.querySelector<HTMLElement>('.district-legend');
    if (boundaries && legend) {
      this.districts = new DistrictLayer(this.map, boundaries.features, legend);
    }

    const initial = readFilter(new URLSearchParams(window.location.search), this.data);
    const form = document.querySelector<HTMLFormElement>('form.map-filter');
    if (form) {
      bindFilterForm(form, initial, (filter) => this.apply(filter));
    }
    this.apply(initial);
    this.dataset.state = 'ready';
    // For `npm run bench:map`, which times the page from the data's arrival to this mark.
    performance.mark('map-ready');
  }

  private createMap(canvas: HTMLElement): L.Map {
    const [lat, lng] = (this.dataset.center ?? '').split(',').map(Number);
    const map = L.map(canvas, { attributionControl: false, maxZoom: Number(this.dataset.maxZoom) || 19 });
    map.setView([lat ?? 0, lng ?? 0], Number(this.dataset.zoom) || 11);
    // The tile address comes from the deployment settings and is used here only.
    L.tileLayer(this.dataset.tileUrl ?? '', { maxZoom: map.getMaxZoom() }).addTo(map);
    addAttribution(map, [
      { text: this.dataset.tileAttribution ?? '', url: this.dataset.tileAttributionUrl ?? '' },
      { text: this.dataset.boundaryAttribution ?? '', url: this.dataset.boundaryAttributionUrl ?? '' },
    ]);
    // Leaflet measures its container once. A map created in a hidden tab or a collapsed section
    // has no size until it is shown, so the map measures again whenever the size changes.
    new ResizeObserver(() => map.invalidateSize()).observe(canvas);
    // A popup opened from the keyboard should take the focus to its link.
    map.on('popupopen', (event) => event.popup.getElement()?.querySelector('a')?.focus({ preventScroll: true }));
    return map;
  }

  private apply(filter: MapFilter): void {
    const previous = this.filter;
    this.filter = filter;
    const passes = filterPredicate(filter, this.data);
    const listed = this.complaints.filter((complaint) => isMapListed(this.data, complaint) && passes(complaint));
    const located = listed.filter((complaint) => complaint.lat !== null);
    this.points.show(located);

    const counted = filterPredicate(filter, this.data, { ignoreDistrict: true });
    const counts = new Map<string, number>();
    for (const complaint of this.complaints) {
      const code = this.data.districts[complaint.districtIndex]?.code;
      if (code && counted(complaint)) {
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    }
    this.districts?.update(counts, filter.district);
    if (filter.district && filter.district !== previous?.district) {
      const bounds = this.districts?.boundsOf(filter.district);
      if (bounds) {
        this.map.fitBounds(bounds);
      }
    }

    const table = document.querySelector<HTMLTableElement>('table.complaint-list');
    const summary = document.querySelector<HTMLElement>('.complaint-list-summary');
    if (table && summary) {
      renderComplaintList(table, summary, this.data, listed, Number(this.dataset.listLimit) || 100);
    }
    this.dataset.shown = String(located.length);
    this.dataset.listed = String(listed.length);

    const query = writeFilter(filter).toString();
    history.replaceState(history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }

  private showMessage(text: string): void {
    const message = document.createElement('p');
    message.className = 'notice notice-error';
    message.setAttribute('role', 'alert');
    message.textContent = text;
    this.prepend(message);
  }
}

if (!customElements.get('complaint-map')) {
  customElements.define('complaint-map', ComplaintMap);
}
