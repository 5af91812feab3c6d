export { SourcesPanel, type SourcesPanelProps } from './components/sources-panel.tsx';
