import { pillars } from '../../domain/index.ts';
import { translate } from '../../lib/i18n/messages.ts';
import {
  PALETTE,
  byValue,
  countColumn,
  countTitle,
  countFields,
  countedLine,
  groupRecords,
  recordsBar,
} from './bar-model.ts';
import type { Bar, BarChartModel, RecordsChartInput } from './bar-model.ts';

export type ThemeMode = 'theme' | 'pillar';

/**
 * Records per theme, coloured by pillar and grouped in the management plan's pillar order (most
 * records first within a pillar); or per pillar. Themes without records are left out unless
 * selected.
 */
export function themeChart(input: RecordsChartInput, mode: ThemeMode): BarChartModel {
  const { records, filters, reference, language } = input;
  const byTheme = groupRecords(records, (record) => record.themes);
  const pillarThemes = pillars.flatMap(
    (pillar) =>
      reference.themes.find((theme) => theme.id === pillar && theme.parent === null) ?? [],
  );
  const groups = pillarThemes.map((theme, index) => ({
    id: theme.pillar,
    name: theme.labels[language],
    color: PALETTE[index % PALETTE.length] ?? PALETTE[0],
  }));
  const bar = (id: string, label: string, group: string, key: 'theme' | 'pillar'): Bar => {
    const list = byTheme.get(id) ?? [];
    return recordsBar(
      {
        id,
        label,
        ...countFields(list, input),
        group,
        filter: { key, value: id },
        selected: filters[key] === id,
      },
      list,
    );
  };
  const bars =
    mode === 'pillar'
      ? pillarThemes.map((theme) => bar(theme.id, theme.labels[language], theme.pillar, 'pillar'))
      : pillarThemes.flatMap((pillar) =>
          reference.themes
            .filter((theme) => theme.parent === pillar.id)
            .map((theme) => bar(theme.id, theme.labels[language], pillar.pillar, 'theme'))
            .filter((row) => row.value > 0 || row.selected)
            .sort(byValue(language)),
        );
  return {
    id: 'records-by-theme',
    title: countTitle(input, 'charts.theme.title'),
    counted: countedLine(input, 'charts.theme.counted'),
    scope: { follows: 'others', ignores: ['theme', 'pillar'] },
    barColumn: translate(
      language,
      mode === 'pillar' ? 'charts.column.pillar' : 'charts.column.theme',
    ),
    ...(mode === 'pillar' ? {} : { groupColumn: translate(language, 'charts.column.pillar') }),
    valueColumn: countColumn(input),
    unit: input.unit ?? 'records',
    bars,
    groups,
    rowHeight: 30,
  };
}
