import { describe, expect, it } from 'vitest';
import { barOption } from '../../src/features/charts/bar-option.ts';
import { breakdownChart, breakdownCheck } from '../../src/features/charts/breakdown-option.ts';
import { chartRows } from '../../src/features/charts/charts-state.ts';
import { fundCharts } from '../../src/features/charts/fund-option.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();
const breakdown = data.figures.officeBreakdown!;

describe('field-presence breakdown chart', () => {
  it('has the five parts, which add up to the stated total given in the subtitle', () => {
    const model = breakdownChart(breakdown, data.reference, 'en');
    expect(model.bars.map((bar) => bar.value)).toEqual([
      breakdown.countryOffices,
      breakdown.peaceMissionComponents,
      breakdown.regionalOffices,
      breakdown.humanRightsAdvisers,
      breakdown.otherPresences,
    ]);
    expect(model.bars.reduce((sum, bar) => sum + bar.value, 0)).toBe(breakdown.total);
    expect(breakdownCheck(breakdown)).toEqual({ sum: 84, total: 84, reconciles: true });
    expect(model.counted).toBe(
      `Stated total: 84 presences (¶${breakdown.paragraph}); the parts add up to 84.`,
    );
    expect(model.bars[0]?.label).toBe('Country office');
    expect(model.clickOpensSources).toBe(true);
    for (const bar of model.bars)
      expect(bar.refs).toEqual([{ report: breakdown.report, paragraph: breakdown.paragraph }]);
  });

  it('says so when the parts do not add up', () => {
    const broken = { ...breakdown, otherPresences: breakdown.otherPresences + 1 };
    expect(breakdownCheck(broken).reconciles).toBe(false);
    expect(breakdownChart(broken, data.reference, 'en').counted).toContain('not to the total');
  });

  it('labels the parts in Chinese', () => {
    const model = breakdownChart(breakdown, data.reference, 'zh');
    expect(model.bars[0]?.label).toBe('国别办事处');
    expect(model.counted).toContain('84');
  });
});

describe('fund figures charts', () => {
  const funded = data.figures.figures.filter((f) => f.fund !== null);
  const models = fundCharts(data.figures.figures, data.reference, 'en');
  const bars = models.flatMap((model) => model.bars);

  it('have one chart per thing counted and every figure with a fund once, none filtering', () => {
    expect(funded.length).toBeGreaterThan(0);
    expect(bars.map((bar) => bar.id).sort()).toEqual(funded.map((f) => f.id).sort());
    for (const model of models) {
      const units = new Set(
        model.bars.map((bar) => funded.find((figure) => figure.id === bar.id)!.counts),
      );
      expect(units.size).toBe(1);
      expect(model.id).toBe(`fund-figures-${[...units][0]}`);
    }
    for (const bar of bars) expect(bar.filter).toBeNull();
  });

  it('label a bar with the fund, the report’s words quoted when they say more, and the year', () => {
    const first = funded[0]!;
    const fund = data.reference.funds.find((f) => f.id === first.fund)!;
    const bar = bars.find((b) => b.id === first.id)!;
    // ¶54: “发展中国家” (developing countries), no year stated.
    expect(bar.label).toBe(`${fund.names.en}: “发展中国家”, year not stated`);
    const plain = funded.find((f) => f.countsText === '国家' && f.year === 2019)!;
    const plainFund = data.reference.funds.find((f) => f.id === plain.fund)!;
    expect(bars.find((b) => b.id === plain.id)!.label).toBe(`${plainFund.names.en}, 2019`);
  });

  it('keep the qualifier with the value, in the label and the table', () => {
    const qualified = funded.find((f) => f.qualifier === 'more than')!;
    const model = models.find((m) => m.bars.some((b) => b.id === qualified.id))!;
    const bar = model.bars.find((b) => b.id === qualified.id)!;
    expect(bar.valueLabel).toBe(`more than ${qualified.value}`);
    expect(bar.qualifier).toBe('more than');
    const option = barOption(model, { language: 'en', decals: false });
    const series = option.series as { data: { label: { formatter: string } }[] }[];
    expect(series[0]?.data[model.bars.indexOf(bar)]?.label.formatter).toBe(
      `more than ${qualified.value}`,
    );
    const rows = chartRows(model, { qualifier: 'As stated', paragraphs: 'Paragraphs' });
    // Fund, what is counted and year in their own columns, then the value and its paragraph.
    expect(rows.columns).toEqual([
      'Fund',
      'What is counted',
      'Year',
      'As stated',
      'Number of countries',
      'Paragraphs',
    ]);
    const fund = data.reference.funds.find((f) => f.id === qualified.fund)!;
    expect(rows.rows[model.bars.indexOf(bar)]).toEqual([
      fund.names.en,
      expect.any(String),
      qualified.year ?? 'year not stated',
      'more than',
      qualified.value,
      `A/HRC/44/28 ¶ ${qualified.paragraph}`,
    ]);
  });

  it('use the Chinese fund name and the report’s words in zh', () => {
    const zh = fundCharts(data.figures.figures, data.reference, 'zh');
    const first = funded[0]!;
    expect(zh[0]?.title).toBe('与基金相关的数字：国家');
    expect(zh[0]?.bars[0]?.label).toBe(
      `${data.reference.funds.find((f) => f.id === first.fund)!.names.zh}：发展中国家，未说明年份`,
    );
  });
});
