export { SourcesPanel, type SourcesPanelProps } from './components/sources-panel.tsx';
export { indexSources } from './provenance-state.ts';
