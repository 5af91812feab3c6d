/** A catalogue entry: one text, or one text per CLDR plural category (`other` always). */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};
export type Message = string | PluralForms;
