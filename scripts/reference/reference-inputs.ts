import type { CsvRow } from './csv.ts';
import type {
  CityAdditionsFile,
  CountryAliasesFile,
  CountryOverridesFile,
  LookalikesFile,
} from './hand-files.ts';

/** i18n-iso-countries locale data: alpha-2 → one name or several variants. */
export type LocaleNames = Readonly<Record<string, string | readonly string[]>>;

/** Everything the reference build reads, already loaded: the build itself does no I/O. */
export interface ReferenceInputs {
  readonly countryCodes: readonly CsvRow[];
  readonly m49Zh: readonly CsvRow[];
  readonly m49En: readonly CsvRow[];
  readonly i18n: { readonly version: string; readonly zh: LocaleNames; readonly en: LocaleNames };
  readonly cldr: {
    /** cldr-dates-full and cldr-core versions. */
    readonly version: string;
    readonly coreVersion: string;
    /** Time zone id → exemplar city, per language (en lists only names that differ from the id). */
    readonly exemplarCities: {
      readonly zh: Readonly<Record<string, string>>;
      readonly en: Readonly<Record<string, string>>;
    };
    /** Time zone id → ISO 3166-1 alpha-2 territory. */
    readonly zoneTerritories: Readonly<Record<string, string>>;
  };
  /** world-countries: ISO3 → [latitude, longitude] of a representative point. */
  readonly worldCountries: {
    readonly version: string;
    readonly latlng: Readonly<Record<string, readonly [number, number]>>;
  };
  readonly opencc: { readonly version: string; readonly toTraditional: (text: string) => string };
  readonly countryAliases: CountryAliasesFile;
  readonly countryOverrides: CountryOverridesFile;
  readonly cityAdditions: CityAdditionsFile;
  readonly lookalikes: LookalikesFile;
}
