import type { Translate } from '../../lib/i18n/messages.ts';
import { CHANGE_FILLS, CHANGE_ORDER } from './map-change-state.ts';
import type { ExportLegend } from './map-export.ts';
import { NEUTRAL_FILL } from './map-scale-state.ts';
import type { MapModel } from './map-state.ts';

/** One legend for the page and the exported picture: what each colour, hatch and marker means. */
export function mapLegend(
  model: Pick<MapModel, 'scale' | 'comparison'>,
  t: Translate,
  formatNumber: (value: number) => string,
): ExportLegend {
  const none = { colour: NEUTRAL_FILL, label: t('map.legend.none') };
  const { comparison } = model;
  if (comparison) {
    return {
      title: t('map.legend.changeTitle', { earlier: comparison.earlier, later: comparison.later }),
      items: [
        none,
        ...CHANGE_ORDER.map((status) => ({
          colour: CHANGE_FILLS[status],
          label: `${t(`tables.change.status.${status}`)} (${formatNumber(comparison.counts[status])})`,
        })),
        { colour: CHANGE_FILLS.same, label: t('map.legend.marker'), kind: 'marker' as const },
      ],
    };
  }
  const first = model.scale.classes[0]?.colour ?? NEUTRAL_FILL;
  return {
    title: t('map.legend.title'),
    items: [
      none,
      ...model.scale.classes.map((item) => ({
        colour: item.colour,
        label:
          item.min === item.max
            ? formatNumber(item.min)
            : `${formatNumber(item.min)}–${formatNumber(item.max)}`,
      })),
      { colour: first, label: t('map.legend.noActivity'), kind: 'hatch' as const },
      { colour: first, label: t('map.legend.marker'), kind: 'marker' as const },
    ],
  };
}
