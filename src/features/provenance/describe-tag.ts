import type { Figure, ReferenceFile } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import type { I18n } from '../../lib/i18n/use-i18n.ts';
import type { HighlightSpan } from './segment-text-by-tags.ts';

type Bilingual = { readonly zh: string; readonly en: string };

export interface TagNames {
  readonly countries: ReadonlyMap<string, Bilingual>;
  readonly partners: ReadonlyMap<string, Bilingual>;
  readonly themes: ReadonlyMap<string, Bilingual>;
  readonly offices: ReadonlyMap<string, Bilingual>;
  readonly funds: ReadonlyMap<string, Bilingual>;
  readonly figures: ReadonlyMap<string, Figure>;
}

export function tagNames(data: DashboardData): TagNames {
  const reference: ReferenceFile = data.reference;
  return {
    countries: new Map(reference.countries.map((country) => [country.iso3, country.names])),
    partners: new Map(reference.partners.map((partner) => [partner.id, partner.names])),
    themes: new Map(reference.themes.map((theme) => [theme.id, theme.labels])),
    offices: new Map(reference.officeTypes.map((office) => [office.id, office.labels])),
    funds: new Map(reference.funds.map((fund) => [fund.id, fund.names])),
    figures: new Map(data.figures.figures.map((figure) => [figure.id, figure])),
  };
}

type Describer = Pick<I18n, 'language' | 't' | 'pick' | 'formatNumber'>;

function figureName(figure: Figure, i18n: Describer): string {
  const counted = i18n.language === 'zh' ? figure.countsText : figure.counts;
  const qualifier = figure.qualifier ? `${i18n.t(`qualifier.${figure.qualifier}`)} ` : '';
  return `${qualifier}${i18n.formatNumber(figure.value)} ${counted}`.trim();
}

function nameOf(span: HighlightSpan, names: TagNames, i18n: Describer): string {
  const lookup = (map: ReadonlyMap<string, Bilingual>) => {
    const found = span.ref === null ? undefined : map.get(span.ref);
    return found ? i18n.pick(found) : span.text;
  };
  switch (span.kind) {
    case 'country': {
      const name = lookup(names.countries);
      return span.role ? `${name} · ${i18n.t(`role.${span.role}`)}` : name;
    }
    case 'city':
      return i18n.t('tag.cityIn', { city: span.text, country: lookup(names.countries) });
    case 'partner':
    case 'actor':
      return lookup(names.partners);
    case 'theme':
      return lookup(names.themes);
    case 'office':
      return lookup(names.offices);
    case 'fund':
      return lookup(names.funds);
    case 'figure': {
      const figure = span.ref === null ? undefined : names.figures.get(span.ref);
      return figure ? figureName(figure, i18n) : span.text;
    }
    case 'title':
      return span.text;
  }
}

/**
 * A tag's rule in words: a theme's trigger word ("theme:研讨会" → the word), else the rule's id
 * ("role:venue-held-in-x"), which the README's rule list explains.
 */
export function ruleText(
  rule: string,
  i18n: Pick<I18n, 't' | 'pick'>,
  names?: Pick<TagNames, 'partners' | 'offices'>,
): string {
  // "theme:work-with:iachr": the theme of work with a body by what the body is.
  const body = /^theme:work-with:(.+)$/u.exec(rule)?.[1];
  if (body !== undefined) {
    const found = names?.partners.get(body) ?? names?.offices.get(body);
    return i18n.t('tag.workWith', { name: found ? i18n.pick(found) : body });
  }
  const trigger = /^theme:(.+)$/u.exec(rule)?.[1];
  return trigger ? i18n.t('tag.trigger', { word: trigger }) : rule;
}

/** The tooltip of a highlighted span: its kind, what it resolves to and why, in the chosen language. */
export function describeTag(span: HighlightSpan, names: TagNames, i18n: Describer): string {
  const described = i18n.t('tag.describe', {
    kind: i18n.t(`tag.${span.kind}`),
    name: nameOf(span, names, i18n),
  });
  if (!span.rule) return described;
  const rule = i18n.t('tag.rule', { rule: ruleText(span.rule, i18n, names) });
  return i18n.language === 'zh' ? `${described}（${rule}）` : `${described} (${rule})`;
}
