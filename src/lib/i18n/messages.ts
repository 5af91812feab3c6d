/**
 * The one message catalogue of the UI, assembled from one part per area so that areas can grow
 * independently. English defines the keys; Chinese must have every one (the type checker
 * enforces it in each part). Placeholders are {name}.
 *
 * A message about a number of things is plural: in English `{ one, other }`, chosen by
 * `Intl.PluralRules` from the number given as `count` (which is then formatted for the
 * language); Chinese has one form, so its entry is a plain string.
 */
import * as charts from './catalogue/charts.ts';
import * as cite from './catalogue/cite.ts';
import * as core from './catalogue/core.ts';
import * as deck from './catalogue/deck.ts';
import * as flag from './catalogue/flag.ts';
import * as exports from './catalogue/export.ts';
import * as layout from './catalogue/layout.ts';
import * as map from './catalogue/map.ts';
import * as provenance from './catalogue/provenance.ts';
import * as tables from './catalogue/tables.ts';
import * as views from './catalogue/views.ts';
import type { Language } from './languages.ts';
import { formatNumber, pluralCategory } from './locale.ts';
import type { Message } from './plural-message.ts';

export { languages } from './languages.ts';
export type { Language } from './languages.ts';

const en = {
  ...core.en,
  ...tables.en,
  ...provenance.en,
  ...views.en,
  ...map.en,
  ...exports.en,
  ...charts.en,
  ...layout.en,
  ...cite.en,
  ...deck.en,
  ...flag.en,
};

type English = typeof en;
export type MessageKey = keyof English;
/** The keys whose English message has plural forms: they need a numeric `count`. */
export type PluralKey = { [K in MessageKey]: English[K] extends string ? never : K }[MessageKey];
export type Messages = Record<MessageKey, Message>;

export type MessageValues = Readonly<Record<string, string | number>>;
export type PluralValues = MessageValues & { readonly count: number };
/**
 * The values a key takes: a plural key named as such needs its `count` as a number; a key
 * computed at run time (typed as any MessageKey) is not checked, and falls back to `other`
 * when its count is not a number.
 */
export type ValuesArgs<K extends MessageKey> = [K] extends [PluralKey]
  ? [values: PluralValues]
  : [values?: MessageValues];

/** A translation function of one language. */
export type Translate = <K extends MessageKey>(key: K, ...values: ValuesArgs<K>) => string;

const zh: Messages = {
  ...core.zh,
  ...tables.zh,
  ...provenance.zh,
  ...views.zh,
  ...map.zh,
  ...exports.zh,
  ...charts.zh,
  ...layout.zh,
  ...cite.zh,
  ...deck.zh,
  ...flag.zh,
};

export const catalogue: Record<Language, Messages> = { en, zh };

function isPlural(key: MessageKey): boolean {
  return typeof catalogue.en[key] !== 'string';
}

function fill(template: string, values: MessageValues): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function translateAny(language: Language, key: MessageKey, values: MessageValues = {}): string {
  const message = catalogue[language][key];
  const count = values['count'];
  if (!isPlural(key) || typeof count !== 'number') {
    return fill(typeof message === 'string' ? message : message.other, values);
  }
  const template =
    typeof message === 'string'
      ? message
      : (message[pluralCategory(language, count)] ?? message.other);
  return fill(template, { ...values, count: formatNumber(language, count) });
}

export const translate: <K extends MessageKey>(
  language: Language,
  key: K,
  ...values: ValuesArgs<K>
) => string = (language, key, ...values) => translateAny(language, key, values[0]);

/** The translation function of one language. */
export function translatorOf(language: Language): Translate {
  return (key, ...values) => translateAny(language, key, values[0]);
}
