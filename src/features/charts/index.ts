export { ChartsPanel } from './charts-panel.tsx';
export type { ChartsPanelProps } from './charts-panel.tsx';
