export { WorldMap } from './world-map.tsx';
export type { WorldMapProps } from './world-map.tsx';
export { RegionTable } from './region-table.tsx';
export type { RegionTableProps } from './region-table.tsx';
export { prepareMapGeometry } from './map-geometry.ts';
