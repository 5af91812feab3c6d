import { describe, expect, it } from 'vitest';
import { barOption } from '../../src/features/charts/bar-option.ts';
import { breakdownChart, breakdownCheck } from '../../src/features/charts/breakdown-option.ts';
import { chartRows } from '../../src/features/charts/charts-state.ts';
import { fundChart } from '../../src/features/charts/fund-option.ts';
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

describe('fund figures chart', () => {
  const funded = data.figures.figures.filter((f) => f.fund !== null);
  const model = fundChart(data.figures.figures, data.reference, 'en');

  it('has one bar per figure with a fund, labelled fund, what is counted and year', () => {
    expect(model.bars).toHaveLength(funded.length);
    expect(funded.length).toBeGreaterThan(0);
    const first = funded[0]!;
    const fund = data.reference.funds.find((f) => f.id === first.fund)!;
    const label = model.bars[0]!.label;
    expect(label.endsWith(`: ${first.counts}, ${first.year ?? 'year not stated'}`)).toBe(true);
    expect([fund.names.en, ...fund.aliases].some((name) => label.startsWith(`${name}:`))).toBe(
      true,
    );
    for (const bar of model.bars) expect(bar.filter).toBeNull();
  });

  it('keeps the qualifier with the value, in the label and the table', () => {
    const qualified = funded.find((f) => f.qualifier === 'more than')!;
    const bar = model.bars.find((b) => b.id === qualified.id)!;
    expect(bar.valueLabel).toBe(`more than ${qualified.value}`);
    expect(bar.qualifier).toBe('more than');
    const option = barOption(model, { language: 'en', decals: false });
    const series = option.series as { data: { label: { formatter: string } }[] }[];
    expect(series[0]?.data[model.bars.indexOf(bar)]?.label.formatter).toBe(
      `more than ${qualified.value}`,
    );
    const rows = chartRows(model, 'Bar', 'As stated');
    expect(rows.columns).toEqual(['Bar', 'As stated', 'Value']);
    expect(rows.rows[model.bars.indexOf(bar)]).toEqual([bar.label, 'more than', qualified.value]);
  });

  it('uses the Chinese counted noun and fund name in zh', () => {
    const zh = fundChart(data.figures.figures, data.reference, 'zh');
    const first = funded[0]!;
    expect(zh.bars[0]?.label).toContain(first.countsText);
    expect(zh.bars[0]?.label).toContain(
      data.reference.funds.find((f) => f.id === first.fund)!.names.zh,
    );
  });
});
