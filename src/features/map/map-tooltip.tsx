import type { ReferenceFile } from '../../domain/index.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { CountryDetails } from './map-state.ts';

export interface TooltipAnchor {
  readonly iso3: string;
  /** Position inside the map frame, in CSS pixels. */
  readonly x: number;
  readonly y: number;
}

interface MapTooltipProps {
  readonly id: string;
  readonly anchor: TooltipAnchor;
  readonly name: string;
  readonly details: CountryDetails;
  readonly selected: boolean;
  readonly reference: ReferenceFile;
  /** The frame's size, to keep the tooltip inside it. */
  readonly frameWidth: number;
  /** With the map coloured by change: the country's records in each report, and the change. */
  readonly change?: string;
}

const TOOLTIP_WIDTH = 280;

export function MapTooltip({
  id,
  anchor,
  name,
  details,
  selected,
  reference,
  frameWidth,
  change,
}: MapTooltipProps) {
  const { t, pick, formatNumber } = useI18n();
  const themeName = (themeId: string) => {
    const theme = reference.themes.find((item) => item.id === themeId);
    return theme ? pick(theme.labels) : themeId;
  };
  const partnerName = (partnerId: string) => {
    const partner = reference.partners.find((item) => item.id === partnerId);
    return partner ? pick(partner.names) : partnerId;
  };
  const flip = anchor.x + 16 + TOOLTIP_WIDTH > frameWidth;
  const left = flip ? Math.max(0, anchor.x - 16 - TOOLTIP_WIDTH) : anchor.x + 16;
  return (
    <div
      id={id}
      role="tooltip"
      className="map-tooltip"
      style={{ left, top: anchor.y + 12, width: TOOLTIP_WIDTH }}
    >
      <p className="map-tooltip-name">{name}</p>
      <p className="map-tooltip-total">{t('map.tooltip.total', { count: details.counts.total })}</p>
      {change ? <p className="map-tooltip-change">{change}</p> : null}
      <ul className="map-tooltip-roles">
        {details.roles.map((entry) => (
          <li key={entry.role}>
            {t(`role.${entry.role}`)}
            {t('map.tooltip.separator')}
            {formatNumber(entry.count)}
          </li>
        ))}
      </ul>
      {details.themes.length > 0 ? (
        <p>
          <span className="map-tooltip-heading">
            {t('map.tooltip.themes')}
            {t('map.tooltip.separator')}
          </span>
          {details.themes
            .map((theme) => `${themeName(theme.id)} (${formatNumber(theme.count)})`)
            .join(' · ')}
        </p>
      ) : null}
      {details.partners.length > 0 ? (
        <p>
          <span className="map-tooltip-heading">
            {t('map.tooltip.partners')}
            {t('map.tooltip.separator')}
          </span>
          {details.partners
            .map((partner) => `${partnerName(partner.id)} (${formatNumber(partner.count)})`)
            .join(' · ')}
        </p>
      ) : null}
      <p className="map-tooltip-hint">
        {t(selected ? 'map.tooltip.hintSelected' : 'map.tooltip.hint')}
      </p>
    </div>
  );
}
