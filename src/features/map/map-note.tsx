import { useI18n } from '../../lib/i18n/use-i18n.ts';

/** Under the map: what the colour counts, what is left off, the UN disclaimer and the map sources. */
export function MapNote({
  globalRecords,
  comparing,
}: {
  readonly globalRecords: number;
  /** The colour shows the change between two reports. */
  readonly comparing: boolean;
}) {
  const { t, language } = useI18n();
  const space = language === 'zh' ? '' : ' ';
  return (
    <div className="map-note">
      <p>
        {t(comparing ? 'map.countedChange' : 'map.counted')}
        {globalRecords > 0 ? `${space}${t('map.global', { count: globalRecords })}` : null}
      </p>
      <p className="map-disclaimer">{t('map.disclaimer')}</p>
      <p className="map-sources">{t('map.sources')}</p>
    </div>
  );
}
