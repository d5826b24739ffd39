// Leaflet.markercluster is a UMD file that extends the global L, so L must exist before it runs.
import L from 'leaflet';

(window as unknown as { L: typeof L }).L = L;
