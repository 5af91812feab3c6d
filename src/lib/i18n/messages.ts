/**
 * The one message catalogue of the UI, assembled from one part per area so that areas can grow
 * independently. English defines the keys; Chinese must have every one (the type checker
 * enforces it in each part). Placeholders are {name}.
 */
import * as charts from './catalogue/charts.ts';
import * as core from './catalogue/core.ts';
import * as exports from './catalogue/export.ts';
import * as layout from './catalogue/layout.ts';
import * as map from './catalogue/map.ts';
import * as provenance from './catalogue/provenance.ts';
import * as tables from './catalogue/tables.ts';
import * as views from './catalogue/views.ts';

const en = {
  ...core.en,
  ...tables.en,
  ...provenance.en,
  ...views.en,
  ...map.en,
  ...exports.en,
  ...charts.en,
  ...layout.en,
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const zh: Messages = {
  ...core.zh,
  ...tables.zh,
  ...provenance.zh,
  ...views.zh,
  ...map.zh,
  ...exports.zh,
  ...charts.zh,
  ...layout.zh,
};

export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

export const catalogue: Record<Language, Messages> = { en, zh };

export function translate(
  language: Language,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return catalogue[language][key].replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
