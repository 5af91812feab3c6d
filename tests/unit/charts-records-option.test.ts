import { describe, expect, it } from 'vitest';
import { barOption, chartHeight, describeChart } from '../../src/features/charts/bar-option.ts';
import type { RecordsChartInput } from '../../src/features/charts/bar-model.ts';
import { chartRecords, chartRows, chartSources } from '../../src/features/charts/charts-state.ts';
import { officeChart } from '../../src/features/charts/office-option.ts';
import {
  TOP_PARTNERS,
  partnerChart,
  partnerLabel,
} from '../../src/features/charts/partner-option.ts';
import { regionChart } from '../../src/features/charts/region-option.ts';
import { themeChart } from '../../src/features/charts/theme-option.ts';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import type { FilterState } from '../../src/lib/filters/filter-state.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();
const all = data.activities.records;
const input = (
  filters: FilterState = emptyFilters,
  language: 'en' | 'zh' = 'en',
): RecordsChartInput => ({
  records: all,
  filters,
  reference: data.reference,
  language,
});

type Series = {
  name: string;
  data: (string | { value: number; itemStyle: { opacity: number; borderWidth: number } })[];
};

describe('theme chart', () => {
  const model = themeChart(input(), 'theme');

  it('has one bar per theme with records, counted from the records, grouped by pillar', () => {
    for (const bar of model.bars) {
      expect(bar.value).toBe(all.filter((r) => r.themes.includes(bar.id)).length);
      expect(bar.value).toBeGreaterThan(0);
      expect(bar.filter).toEqual({ key: 'theme', value: bar.id });
    }
    const pillarOrder = model.groups.map((g) => g.id);
    const groupsInOrder = model.bars.map((bar) => pillarOrder.indexOf(bar.group ?? ''));
    expect(groupsInOrder).toEqual([...groupsInOrder].sort((a, b) => a - b));
    expect(model.groups).toHaveLength(6);
    expect(new Set(model.groups.map((g) => g.color)).size).toBe(6);
  });

  it('draws one stacked series per pillar, with a legend of the pillars', () => {
    const option = barOption(model, { language: 'en', decals: false, width: 600 });
    const series = option.series as Series[];
    expect(series).toHaveLength(6);
    expect((option.legend as { data: string[] }).data).toEqual(model.groups.map((g) => g.name));
    // Each bar appears in exactly one series.
    model.bars.forEach((bar, index) => {
      const filled = series.filter((s) => s.data[index] !== '-');
      expect(filled).toHaveLength(1);
      expect((filled[0]!.data[index] as { value: number }).value).toBe(bar.value);
    });
    const yAxis = option.yAxis as {
      data: string[];
      axisLabel: { formatter: (id: string) => string };
    };
    expect(yAxis.data).toEqual(model.bars.map((bar) => bar.id));
    expect(yAxis.axisLabel.formatter(model.bars[0]!.id)).toBe(model.bars[0]!.label);
  });

  it('gives each bar the paragraphs of its records, each once, in report order', () => {
    for (const bar of model.bars) {
      const own = all.filter((record) => record.themes.includes(bar.id));
      const expected = [...new Set(own.map((record) => record.paragraph))].sort((a, b) => a - b);
      expect(bar.refs.map((ref) => ref.paragraph)).toEqual(expected);
      // Worked out once, when first asked for.
      expect(bar.refs).toBe(bar.refs);
    }
  });

  it('writes the tooltip as plain text drawn by ECharts, never as HTML', () => {
    const option = barOption(model, { language: 'en', decals: false, width: 600 });
    const tooltip = option.tooltip as {
      renderMode: string;
      formatter: (params: { dataIndex: number }) => string;
    };
    expect(tooltip.renderMode).toBe('richText');
    const bar = model.bars[0]!;
    expect(tooltip.formatter({ dataIndex: 0 })).toBe(
      `${bar.label}\nRecords: ${bar.valueLabel}\nClick: filter by this bar`,
    );
    expect(tooltip.formatter({ dataIndex: model.bars.length })).toBe('');
  });

  it('keeps braces in names from starting an ECharts rich-text style', () => {
    const odd = { ...model, bars: [{ ...model.bars[0]!, label: '{b|<img src=x>}' }] };
    const tooltip = barOption(odd, { language: 'en', decals: false }).tooltip as {
      formatter: (params: { dataIndex: number }) => string;
    };
    const text = tooltip.formatter({ dataIndex: 0 });
    expect(text).not.toMatch(/[{}]/u);
    expect(text.split('\n')[0]).toBe('\uFF5Bb|<img src=x>\uFF5D');
  });

  it('labels the bars in Chinese when the language is zh', () => {
    const zh = themeChart(input(emptyFilters, 'zh'), 'theme');
    const theme = data.reference.themes.find((t) => t.id === zh.bars[0]?.id);
    expect(zh.bars[0]?.label).toBe(theme?.labels.zh);
    expect(zh.title).toBe('各主题记录数（按支柱）');
  });

  it('highlights the selected theme and dims the others', () => {
    const chosen = model.bars[0]!.id;
    const selected = themeChart(input({ ...emptyFilters, theme: chosen }), 'theme');
    expect(selected.bars.filter((bar) => bar.selected).map((bar) => bar.id)).toEqual([chosen]);
    const series = barOption(selected, { language: 'en', decals: false }).series as Series[];
    const items = series.flatMap((s) => s.data.filter((d) => d !== '-')) as Exclude<
      Series['data'][number],
      string
    >[];
    expect(items.filter((item) => item.itemStyle.borderWidth === 2)).toHaveLength(1);
    expect(items.filter((item) => item.itemStyle.opacity < 1)).toHaveLength(items.length - 1);
  });

  it('counts pillars in pillar mode and filters by pillar', () => {
    const pillars = themeChart(input(), 'pillar');
    expect(pillars.bars).toHaveLength(6);
    for (const bar of pillars.bars) {
      expect(bar.filter?.key).toBe('pillar');
      expect(bar.value).toBe(all.filter((r) => r.themes.includes(bar.id)).length);
    }
  });

  it('describes itself for screen readers and switches decals', () => {
    const option = barOption(model, { language: 'en', decals: true });
    const aria = option.aria as {
      enabled: boolean;
      label: { description: string };
      decal: { show: boolean };
    };
    expect(aria.enabled).toBe(true);
    expect(aria.decal.show).toBe(true);
    expect(aria.label.description).toBe(describeChart(model, 'en'));
    expect(aria.label.description).toContain(
      `Records per theme, by pillar: bar chart with ${model.bars.length} bars.`,
    );
    expect(aria.label.description).toContain(
      `${model.bars[0]!.label}: ${model.bars[0]!.valueLabel}`,
    );
    const off = barOption(model, { language: 'en', decals: false }).aria as {
      decal: { show: boolean };
    };
    expect(off.decal.show).toBe(false);
  });

  it('grows with the number of bars', () => {
    expect(chartHeight(model, 600)).toBeGreaterThan(model.bars.length * model.rowHeight);
  });
});

describe('partner chart', () => {
  const model = partnerChart(input(), 'partner');

  it('shows the top ten, most first, then an "others" bar that does not filter', () => {
    expect(model.bars).toHaveLength(TOP_PARTNERS + 1);
    const top = model.bars.slice(0, TOP_PARTNERS);
    const values = top.map((bar) => bar.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    for (const bar of top)
      expect(bar.value).toBe(all.filter((r) => r.partners.includes(bar.id)).length);
    const others = model.bars.at(-1)!;
    expect(others.id).toBe('others');
    expect(others.filter).toBeNull();
    const topIds = new Set(top.map((bar) => bar.id));
    const otherIds = new Set(all.flatMap((r) => r.partners).filter((id) => !topIds.has(id)));
    expect(others.label).toBe(`Other partners (${otherIds.size})`);
    expect(others.value).toBe(all.filter((r) => r.partners.some((id) => otherIds.has(id))).length);
  });

  it('keeps a selected partner outside the top ten as its own bar', () => {
    const counts = new Map<string, number>();
    for (const r of all)
      for (const id of new Set(r.partners)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const rare = [...counts].sort((a, b) => a[1] - b[1])[0]![0];
    const selected = partnerChart(input({ ...emptyFilters, partner: rare }), 'partner');
    expect(selected.bars.find((bar) => bar.id === rare)?.selected).toBe(true);
  });

  it('groups by partner type and filters by it', () => {
    const types = partnerChart(input(), 'partnerType');
    const typeOf = new Map(data.reference.partners.map((p) => [p.id, p.type]));
    for (const bar of types.bars) {
      expect(bar.filter).toEqual({ key: 'partnerType', value: bar.id });
      expect(bar.value).toBe(
        all.filter((r) => r.partners.some((id) => typeOf.get(id) === bar.id)).length,
      );
    }
    expect(types.bars.some((bar) => bar.label === 'UN entity')).toBe(true);
  });
});

describe('region and office type charts', () => {
  it('counts records per M49 region and puts those without one last, not filterable', () => {
    const model = regionChart(input());
    const last = model.bars.at(-1)!;
    expect(last.label).toBe('Global or no region');
    expect(last.filter).toBeNull();
    expect(last.value).toBe(all.filter((r) => r.region === null).length);
    expect(model.bars.reduce((sum, bar) => sum + bar.value, 0)).toBe(all.length);
    for (const bar of model.bars.slice(0, -1))
      expect(bar.filter).toEqual({ key: 'region', value: bar.id });
  });

  it('counts records per office type with "not stated" for none', () => {
    const model = officeChart(input());
    expect(model.bars.map((bar) => bar.id)).toEqual([
      ...data.reference.officeTypes.map((type) => type.id),
      'not-stated',
    ]);
    expect(model.bars.at(-1)?.label).toBe('Not stated');
    expect(model.bars.at(-1)?.value).toBe(all.filter((r) => r.officeType === null).length);
    expect(model.bars.reduce((sum, bar) => sum + bar.value, 0)).toBe(all.length);
  });
});

describe('chart records, rows and sources', () => {
  it('ignores the chart’s own filter keys but applies the others', () => {
    const region = all.find((r) => r.region !== null)!.region!;
    const filters = { ...emptyFilters, region, officeType: 'headquarters' as const };
    const filtered = all.filter((r) => r.region === region && r.officeType === 'headquarters');
    const forOffice = chartRecords(all, filtered, filters, data.reference, ['officeType']);
    expect(forOffice).toHaveLength(all.filter((r) => r.region === region).length);
    const forRegion = chartRecords(all, filtered, filters, data.reference, ['region', 'subregion']);
    expect(forRegion).toHaveLength(all.filter((r) => r.officeType === 'headquarters').length);
    expect(chartRecords(all, filtered, filters, data.reference, ['theme'])).toBe(filtered);
  });

  it('gives the table rows and the paragraphs behind the bars', () => {
    const model = officeChart(input());
    const rows = chartRows(model, { qualifier: 'As stated', paragraphs: 'Paragraphs' });
    expect(rows.columns).toEqual(['Office type', 'Records', 'Paragraphs']);
    const first = model.bars[0]!;
    expect(rows.rows[0]?.slice(0, 2)).toEqual([first.label, first.value]);
    // The paragraphs cell lists exactly the paragraphs of the bar's records, as ranges.
    const cell = String(rows.rows[0]?.[2]);
    expect(cell).toMatch(/^A\/HRC\/44\/28 ¶¶? [\d, –]+$/u);
    const expanded = cell
      .replace(/^A\/HRC\/44\/28 ¶¶? /u, '')
      .split(', ')
      .flatMap((part) => {
        const [from, to = from] = part.split('–').map(Number);
        return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
      });
    const ofBar = new Set(all.filter((r) => r.officeType === first.id).map((r) => r.paragraph));
    expect(new Set(expanded)).toEqual(ofBar);
    const sources = chartSources(model);
    expect(sources).toHaveLength(new Set(all.map((r) => r.paragraph)).size);
  });
});

describe('partnerLabel', () => {
  const partner = (en: string, acronyms: string[] = []) => ({
    id: 'x',
    type: 'un-entity' as const,
    names: { zh: '机构', en },
    acronyms,
    aliases: [],
    country: null,
  });

  it('keeps a name that fits, uses the acronym or an ellipsis for one that does not', () => {
    expect(partnerLabel(partner('European Union'), 'en')).toBe('European Union');
    const long = 'UNSDG Task Team on Leaving No One Behind, Human Rights and the Normative Agenda';
    expect(partnerLabel(partner(long, ['LNOB TT']), 'en')).toBe('LNOB TT');
    const cut = partnerLabel(partner(long), 'en');
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBe(48);
  });
});

describe('the count unit of the records charts', () => {
  const counted = (unit: 'sentences' | 'paragraphs') => ({ ...input(), unit });
  const distinct = (records: typeof all, key: (r: (typeof all)[number]) => string) =>
    new Set(records.map(key)).size;

  it('counts each sentence once, however many countries it names', () => {
    const model = regionChart(counted('sentences'));
    for (const bar of model.bars) {
      const own = all.filter((r) => (r.region ?? 'none') === bar.id);
      expect(bar.value).toBe(distinct(own, (r) => `${r.report} ${r.paragraph} ${r.sentence}`));
    }
    // The report has sentences naming several countries of one region: fewer sentences than records.
    const records = regionChart(input());
    expect(model.bars.reduce((sum, bar) => sum + bar.value, 0)).toBeLessThan(
      records.bars.reduce((sum, bar) => sum + bar.value, 0),
    );
    expect(model.title).toBe('Sentences by region');
    expect(model.valueColumn).toBe('Sentences');
    expect(model.counted).toBe(
      'Sentences (each once, however many countries it names) under the other filters, per M49 region.',
    );
  });

  it('counts paragraphs, in Chinese too', () => {
    const model = themeChart({ ...input(emptyFilters, 'zh'), unit: 'paragraphs' }, 'theme');
    for (const bar of model.bars)
      expect(bar.value).toBe(
        distinct(
          all.filter((r) => r.themes.includes(bar.id)),
          (r) => `${r.report} ${r.paragraph}`,
        ),
      );
    expect(model.title).toBe('各主题段落数（按支柱）');
    expect(model.counted).toContain('段落数（每段计一次）');
  });

  it('keeps the records titles when the unit is records', () => {
    expect(officeChart(input()).title).toBe('Records by office type');
    expect(partnerChart(input(), 'partner').valueColumn).toBe('Records');
  });
});
