// Leaflet's own ES module build, typed as the package: the map imports it so that the bundle
// needs no CommonJS interop helpers (which would otherwise become a chunk of the first load).
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
