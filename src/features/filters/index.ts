export { FiltersPanel } from './filters-panel.tsx';
export type { FiltersPanelProps } from './filters-panel.tsx';
export { FiltersDrawer } from './filters-drawer.tsx';
