/** The exemplar cities of a CLDR timeZoneNames.json "zone" tree, keyed by time zone id. */
export function exemplarCities(zoneTree: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.exemplarCity === 'string') out[path.join('/')] = record.exemplarCity;
    for (const [key, child] of Object.entries(record)) {
      if (child && typeof child === 'object') walk(child, [...path, key]);
    }
  };
  walk(zoneTree, []);
  return out;
}

interface WindowsZonesFile {
  supplemental: {
    windowsZones: {
      mapTimezones: { mapZone: { _type: string; _territory: string } }[];
    };
  };
}

/** Time zone id → territory, from CLDR supplemental windowsZones.json (001 and ZZ are not territories). */
export function zoneTerritories(windowsZones: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const { mapTimezones } = (windowsZones as WindowsZonesFile).supplemental.windowsZones;
  for (const { mapZone } of mapTimezones) {
    const { _type: zones, _territory: territory } = mapZone;
    if (!/^[A-Z]{2}$/.test(territory) || territory === 'ZZ') continue;
    for (const zone of zones.split(/\s+/)) {
      if (zone) out[zone] = territory;
    }
  }
  return out;
}

/** CLDR leaves out the English exemplar when it is the last part of the id: America/New_York → New York. */
export function englishExemplar(zone: string, english: Readonly<Record<string, string>>): string {
  return english[zone] ?? (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}
