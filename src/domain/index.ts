export * from './meta.ts';
export * from './reports.ts';
export * from './paragraphs.ts';
export * from './reference.ts';
export * from './activities.ts';
export * from './figures.ts';
export * from './corrections.ts';
export * from './records.ts';
