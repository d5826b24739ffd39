// Runs before the page script creates its map, so the benchmark can reach the Leaflet map.
import L from 'leaflet';

L.Map.addInitHook(function (this: L.Map) {
  window.benchMap = this;
});
