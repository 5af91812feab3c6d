import type { FilterScope } from '../../lib/export/chart-export-api.ts';
import type { Partner, PartnerType } from '../../domain/index.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { MessageKey } from '../../lib/i18n/messages.ts';
import {
  byValue,
  countColumn,
  countTitle,
  countFields,
  countedLine,
  groupRecords,
  recordsBar,
} from './bar-model.ts';
import type { Bar, BarChartModel, RecordsChartInput } from './bar-model.ts';

export type PartnerMode = 'partner' | 'partnerType';

export const TOP_PARTNERS = 10;

/** Longest label that fits two lines beside a bar, per language (Chinese characters are wider). */
const MAX_LABEL = { en: 48, zh: 22 } as const;

/** The partner's name, or its acronym when the name would not fit beside the bar. */
export function partnerLabel(partner: Partner, language: Language): string {
  const name = partner.names[language];
  if ([...name].length <= MAX_LABEL[language]) return name;
  const acronym = partner.acronyms[0];
  if (acronym) return acronym;
  return `${[...name].slice(0, MAX_LABEL[language] - 1).join('')}…`;
}

/** The partner's whole name with its acronym, for data tables and CSV. */
export function partnerFullName(partner: Partner, language: Language): string {
  const name = partner.names[language];
  const acronym = partner.acronyms[0];
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}

/**
 * Records per partner: the ten most named (plus the selected one when it is not among them), then
 * one "others" bar counting the records that name any other partner. Or records per partner type.
 */
export function partnerChart(input: RecordsChartInput, mode: PartnerMode): BarChartModel {
  const { records, filters, reference, language } = input;
  const partners = new Map(reference.partners.map((partner) => [partner.id, partner]));
  const base = {
    id: 'records-by-partner',
    title: countTitle(input, 'charts.partner.title'),
    counted: countedLine(input, 'charts.partner.counted'),
    scope: { follows: 'others', ignores: ['partner', 'partnerType'] } satisfies FilterScope,
    barColumn: translate(
      language,
      mode === 'partnerType' ? 'charts.column.partnerType' : 'charts.column.partner',
    ),
    valueColumn: countColumn(input),
    unit: input.unit ?? 'records',
    groups: [],
    rowHeight: 30,
  };
  const toBar = (
    id: string,
    label: string,
    list: readonly (typeof records)[number][],
    filter: Bar['filter'],
    fullLabel?: string,
  ): Bar =>
    recordsBar(
      {
        id,
        label,
        ...(fullLabel !== undefined && fullLabel !== label ? { fullLabel } : {}),
        ...countFields(list, input),
        group: null,
        filter,
        selected: filter !== null && filters[filter.key] === filter.value,
      },
      list,
    );

  if (mode === 'partnerType') {
    const byType = groupRecords(records, (record) =>
      record.partners.map((id) => partners.get(id)?.type ?? null),
    );
    const bars = [...byType]
      .flatMap(([type, list]) =>
        type === null
          ? []
          : [
              toBar(
                type,
                translate(language, `partnerType.${type as PartnerType}` as MessageKey),
                list,
                {
                  key: 'partnerType',
                  value: type,
                },
              ),
            ],
      )
      .sort(byValue(language));
    return { ...base, bars };
  }

  const byPartner = groupRecords(records, (record) => record.partners);
  const ranked = [...byPartner]
    .flatMap(([id, list]) => {
      const partner = id === null ? undefined : partners.get(id);
      return partner
        ? [
            toBar(
              partner.id,
              partnerLabel(partner, language),
              list,
              { key: 'partner', value: partner.id },
              partnerFullName(partner, language),
            ),
          ]
        : [];
    })
    .sort(byValue(language));
  const top = ranked.slice(0, TOP_PARTNERS);
  const selected = ranked.slice(TOP_PARTNERS).find((bar) => bar.selected);
  const shown = new Set([...top, ...(selected ? [selected] : [])].map((bar) => bar.id));
  const rest = ranked.filter((bar) => !shown.has(bar.id));
  const bars = selected ? [...top, selected] : top;
  if (rest.length > 0) {
    const restIds = new Set(rest.map((bar) => bar.id));
    const others = records.filter((record) => record.partners.some((id) => restIds.has(id)));
    bars.push(
      toBar(
        'others',
        translate(language, 'charts.partner.others', { count: rest.length }),
        others,
        null,
      ),
    );
  }
  return { ...base, bars };
}
