export * from './meta.ts';
export * from './reports.ts';
export * from './paragraphs.ts';
