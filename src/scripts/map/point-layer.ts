/**
 * The complaint points of the public map, clustered with supercluster. Only the clusters and
 * points inside the view are turned into Leaflet markers, so panning and zooming stay smooth
 * with 100,000 points (docs/benchmarks.md compares this with Leaflet.markercluster).
 */

import L from 'leaflet';
import Supercluster from 'supercluster';
import { formatNumber } from '../../domain/format.ts';
import type { MapComplaint, MapDataHeader } from '../../domain/map-data.ts';
import { clusterIcon, nameMarker, statusIcon } from './markers.ts';
import { complaintLabel, complaintPopup, sameSpotPopup } from './popups.ts';

interface PointProperties {
  /** Index into the complaints given to `show`. */
  index: number;
}

/** Cluster radius in pixels on 256-pixel tiles. */
const CLUSTER_RADIUS = 60;

export class PointLayer {
  private readonly group = L.layerGroup();
  private readonly markers = new Map<string, L.Marker>();
  private index: Supercluster<PointProperties> | null = null;
  private complaints: MapComplaint[] = [];
  private readonly map: L.Map;
  private readonly data: MapDataHeader;

  constructor(map: L.Map, data: MapDataHeader) {
    this.map = map;
    this.data = data;
    this.group.addTo(map);
    map.on('moveend resize', () => this.render());
  }

  /** Replace the points with `complaints`; all of them must have a location. */
  show(complaints: MapComplaint[]): void {
    this.complaints = complaints;
    const points = complaints.map((complaint, index) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [complaint.lng!, complaint.lat!] },
      properties: { index },
    }));
    // Clustering goes up to the map's last zoom level, so points that no zoom separates stay one
    // cluster whose popup lists each of them, instead of markers hiding each other.
    this.index = new Supercluster<PointProperties>({ radius: CLUSTER_RADIUS, extent: 256, maxZoom: this.map.getMaxZoom() });
    this.index.load(points);
    for (const marker of this.markers.values()) {
      this.group.removeLayer(marker);
    }
    this.markers.clear();
    this.render();
  }

  /** Draw what is in view, keeping markers that stay so that an open popup stays open. */
  render(): void {
    const index = this.index;
    const size = this.map.getSize();
    if (!index || size.x === 0 || size.y === 0) {
      return;
    }
    const bounds = this.map.getBounds().pad(0.25);
    const box: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const zoom = Math.round(this.map.getZoom());
    const wanted = new Map<string, () => L.Marker>();
    for (const feature of index.getClusters(box, zoom)) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const position = L.latLng(lat, lng);
      if ('cluster' in feature.properties && feature.properties.cluster) {
        const { cluster_id: clusterId, point_count: count } = feature.properties;
        wanted.set(`c${clusterId}`, () => this.clusterMarker(index, clusterId, count, position));
      } else {
        const complaint = this.complaints[(feature.properties as PointProperties).index]!;
        wanted.set(`p${(feature.properties as PointProperties).index}`, () => this.pointMarker(complaint, position));
      }
    }

    for (const [key, marker] of this.markers) {
      if (!wanted.has(key)) {
        this.group.removeLayer(marker);
        this.markers.delete(key);
      }
    }
    for (const [key, create] of wanted) {
      if (!this.markers.has(key)) {
        const marker = create();
        this.markers.set(key, marker);
        this.group.addLayer(marker);
      }
    }
  }

  private pointMarker(complaint: MapComplaint, position: L.LatLng): L.Marker {
    const marker = L.marker(position, { icon: statusIcon(complaint.status), keyboard: true });
    marker.bindPopup(() => complaintPopup(this.data, complaint));
    return nameMarker(marker, complaintLabel(this.data, complaint));
  }

  private clusterMarker(index: Supercluster<PointProperties>, clusterId: number, count: number, position: L.LatLng): L.Marker {
    const marker = L.marker(position, { icon: clusterIcon(count), keyboard: true });
    const expansionZoom = index.getClusterExpansionZoom(clusterId);
    if (expansionZoom > this.map.getMaxZoom()) {
      marker.bindPopup(() => {
        const leaves = index.getLeaves(clusterId, Infinity);
        return sameSpotPopup(
          this.data,
          leaves.map((leaf) => this.complaints[leaf.properties.index]!),
        );
      });
      return nameMarker(marker, `${formatNumber(count)} aduan di titik yang sama; tekan Enter untuk melihat daftarnya`);
    }

    const zoomIn = (fromKeyboard: boolean) => {
      this.map.setView(position, expansionZoom);
      if (fromKeyboard) {
        this.map.getContainer().focus();
      }
    };
    marker.on('click', () => zoomIn(false));
    marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
      if (event.originalEvent.key === 'Enter') {
        zoomIn(true);
      }
    });
    return nameMarker(marker, `Kelompok ${formatNumber(count)} aduan; tekan Enter untuk memperbesar peta`);
  }
}
