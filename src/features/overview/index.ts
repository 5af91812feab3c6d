export { CountriesWithRecords } from './components/countries-with-records.tsx';
export { RecordsByTheme } from './components/records-by-theme.tsx';
export type { OverviewProps } from './overview-props.ts';
