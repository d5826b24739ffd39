/**
 * <location-picker>: staff click the map, or type coordinates, and the form's district and
 * village are filled in from the official boundaries through /staf/lokasi.json. The server
 * checks the point again when the form is sent.
 */

import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { addAttribution } from './map/attribution.ts';

type Place =
  | { kind: 'inside'; district: { code: string; name: string } | null; village: { code: string; name: string } | null; message: null }
  | { kind: 'swapped' | 'outside'; message: string };

/** Reads a typed coordinate as the server does: comma or point, Unicode minus; null when empty or not a number. */
function readCoordinate(text: string): number | null {
  const cleaned = text.trim().replace(/^[\u2212\u2013]/, '-').replace(',', '.');
  if (cleaned === '' || !/^-?\d{1,3}(\.\d+)?$/.test(cleaned)) {
    return null;
  }
  return Number(cleaned);
}

class LocationPicker extends HTMLElement {
  private map!: L.Map;
  private marker: L.Marker | null = null;
  private lookupCount = 0;

  connectedCallback(): void {
    const canvas = this.querySelector<HTMLElement>('.picker-canvas');
    const form = this.closest('form');
    if (!canvas || !form || this.dataset.state) {
      return;
    }
    this.dataset.state = 'ready';
    this.hidden = false;

    const [lat, lng] = (this.dataset.center ?? '').split(',').map(Number);
    this.map = L.map(canvas, { attributionControl: false, maxZoom: Number(this.dataset.maxZoom) || 19 });
    this.map.setView([lat ?? 0, lng ?? 0], Number(this.dataset.zoom) || 11);
    L.tileLayer(this.dataset.tileUrl ?? '', { maxZoom: this.map.getMaxZoom() }).addTo(this.map);
    addAttribution(this.map, [{ text: this.dataset.tileAttribution ?? '', url: this.dataset.tileAttributionUrl ?? '' }]);
    new ResizeObserver(() => this.map.invalidateSize()).observe(canvas);
    void this.drawDistricts();

    this.map.on('click', (event: L.LeafletMouseEvent) => this.place(event.latlng.lat, event.latlng.lng, true));
    this.action('centre')?.addEventListener('click', () => {
      const centre = this.map.getCenter();
      this.place(centre.lat, centre.lng, true);
    });
    this.action('swap')?.addEventListener('click', () => this.swapFields());
    for (const field of [this.field('lat'), this.field('lng')]) {
      field?.addEventListener('change', () => this.placeFromFields());
    }
    // A form shown again after an error keeps its coordinates: show them without changing the selects.
    this.placeFromFields(false);
  }

  /** Outline the districts of the published site, so staff see the boundaries without tiles too. */
  private async drawDistricts(): Promise<void> {
    try {
      const response = await fetch(this.dataset.districts ?? '');
      if (response.ok) {
        const outlines = (await response.json()) as GeoJSON.FeatureCollection;
        L.geoJSON(outlines, { interactive: false, style: { color: '#4d5b66', weight: 1, fill: false } }).addTo(this.map);
      }
    } catch {
      // The outlines only help to orient; the lookup works without them.
    }
  }

  private field(name: string): HTMLInputElement | HTMLSelectElement | null {
    return this.closest('form')?.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  }

  private action(name: string): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${name}"]`);
  }

  private placeFromFields(fill = true): void {
    const lat = readCoordinate(this.field('lat')?.value ?? '');
    const lng = readCoordinate(this.field('lng')?.value ?? '');
    if (lat === null || lng === null) {
      return;
    }
    this.showMarker(lat, lng);
    void this.lookUp(lat, lng, fill);
  }

  /** Put the point at (lat, lng): into the fields, onto the map, and look up its place. */
  private place(lat: number, lng: number, fill: boolean): void {
    const latField = this.field('lat');
    const lngField = this.field('lng');
    if (latField && lngField) {
      latField.value = lat.toFixed(6);
      lngField.value = lng.toFixed(6);
    }
    this.showMarker(lat, lng);
    void this.lookUp(lat, lng, fill);
  }

  private showMarker(lat: number, lng: number): void {
    // A swapped pair such as (111, -6.7) is no position on the map; the lookup explains it.
    if (Math.abs(lat) > 90) {
      return;
    }
    const position = L.latLng(lat, lng);
    if (this.marker) {
      this.marker.setLatLng(position);
    } else {
      this.marker = L.marker(position, {
        keyboard: false,
        icon: L.divIcon({ className: 'picker-point', html: '', iconSize: [18, 18], iconAnchor: [9, 9] }),
      }).addTo(this.map);
    }
    if (!this.map.getBounds().contains(position)) {
      this.map.panTo(position);
    }
  }

  private async lookUp(lat: number, lng: number, fill: boolean): Promise<void> {
    const count = ++this.lookupCount;
    let place: Place;
    try {
      const response = await fetch(`${this.dataset.lookup}?lat=${encodeURIComponent(lat)}&lng=${encodeURIComponent(lng)}`, {
        headers: { accept: 'application/json' },
      });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      place = (await response.json()) as Place;
    } catch {
      this.say('Kecamatan dan desa tidak dapat dicari saat ini; pilih sendiri dari daftar. Titik tetap tersimpan.', true);
      return;
    }
    if (count !== this.lookupCount) {
      return; // A newer point was placed while this one was looked up.
    }
    this.dataset.place = place.kind;
    this.action('swap')!.hidden = place.kind !== 'swapped';
    if (place.kind !== 'inside') {
      this.say(place.message, true);
      return;
    }
    if (fill) {
      this.fill(place);
    }
    const names = [place.village?.name && `Desa/kelurahan ${place.village.name}`, place.district?.name && `Kecamatan ${place.district.name}`];
    const where = names.filter(Boolean).join(', ');
    this.say(where ? `Titik berada di ${where}.${fill ? ' Isian kecamatan dan desa/kelurahan sudah disesuaikan.' : ''}` : 'Titik berada di dalam wilayah.', false);
  }

  private fill(place: Extract<Place, { kind: 'inside' }>): void {
    const district = this.field('district_code');
    const village = this.field('village_code');
    if (district && place.district) {
      district.value = place.district.code;
    }
    if (village) {
      village.value = place.village?.code ?? '';
    }
  }

  private swapFields(): void {
    const latField = this.field('lat');
    const lngField = this.field('lng');
    if (!latField || !lngField) {
      return;
    }
    [latField.value, lngField.value] = [lngField.value, latField.value];
    this.placeFromFields();
  }

  private say(text: string, isError: boolean): void {
    const message = this.querySelector<HTMLElement>('.picker-message');
    if (message) {
      message.textContent = text;
      message.classList.toggle('error', isError);
    }
  }
}

if (!customElements.get('location-picker')) {
  customElements.define('location-picker', LocationPicker);
}
