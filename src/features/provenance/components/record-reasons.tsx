import { REPORT_TEXT_LANG } from '../../../lib/i18n/locale.ts';
import { useI18n } from '../../../lib/i18n/use-i18n.ts';
import type { I18n } from '../../../lib/i18n/use-i18n.ts';
import type { MessageKey } from '../../../lib/i18n/messages.ts';
import type { FootnoteRef } from '../../../domain/index.ts';
import { TextWithFootnotes } from '../../../lib/provenance/footnote-marker.tsx';
import { footnoteRefsIn } from '../../../lib/provenance/split-text-by-footnote-refs.ts';
import { ruleText, type TagNames } from '../describe-tag.ts';
import type { RecordReason } from '../provenance-state.ts';
import { FlagTag } from './flag-tag.tsx';

const WORK_RULES = {
  'work:actor-named': 'work.actor-named',
  'work:office-named': 'work.office-named',
  'work:fund-named': 'work.fund-named',
  'work:mechanism-named': 'work.mechanism-named',
  'work:presence-named-in-the-paragraph': 'work.presence-named-in-the-paragraph',
  'work:the-fund': 'work.the-fund',
  'work:refers-back': 'work.refers-back',
  'work:who-took-part-or-where': 'work.who-took-part-or-where',
} as const satisfies Record<string, MessageKey>;

const OFFICE_RULES = {
  'office:named-in-sentence': 'office.named-in-sentence',
  'office:named-earlier-in-paragraph': 'office.named-earlier-in-paragraph',
  'office:named-in-paragraph-before': 'office.named-in-paragraph-before',
  'office:ohchr-with-no-place': 'office.ohchr-with-no-place',
} as const satisfies Record<string, MessageKey>;

/** A record's work rule in words ("work:refers-back" → "it goes on with…"), else its id. */
function workRuleText(rule: string | null, i18n: Pick<I18n, 't' | 'pick'>): string {
  if (!rule) return '–';
  const key = (WORK_RULES as Record<string, MessageKey | undefined>)[rule];
  return key ? i18n.t(key) : ruleText(rule, i18n);
}

/**
 * Why each record of the paragraph exists, sentence by sentence: the rule that read the sentence
 * as work, where each place comes from (named there, or inherited from an earlier sentence) and
 * the themes it carries. Sentences are numbered from 1 as a reader counts them.
 */
export function RecordReasons({
  report,
  paragraph,
  reasons,
  names,
  footnoteRefs,
}: {
  report: string;
  paragraph: number;
  reasons: readonly RecordReason[];
  names: TagNames;
  /** The paragraph's footnote markers (paragraph offsets). */
  footnoteRefs: readonly FootnoteRef[];
}) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  if (reasons.length === 0) return null;
  const country = (iso3: string) => {
    const found = names.countries.get(iso3);
    return found ? pick(found) : iso3;
  };
  const theme = (id: string) => {
    const found = names.themes.get(id);
    return found ? pick(found) : id;
  };
  const placeText = (place: RecordReason['places'][number]) =>
    place.iso3 === null
      ? t('reasons.noPlace')
      : place.fromParagraph !== null
        ? t('reasons.inheritedParagraph', {
            country: country(place.iso3),
            number: place.fromParagraph,
          })
        : place.from !== null
          ? t('reasons.inherited', { country: country(place.iso3), number: place.from + 1 })
          : t('reasons.named', {
              country: country(place.iso3),
              role: place.role ? t(`role.${place.role}` as MessageKey) : '–',
            });
  const officeText = (officeType: string, rule: string | null) => {
    const found = names.offices.get(officeType);
    const office = found ? pick(found) : officeType;
    const year = /^office:reviewed-list-(\d{4})$/u.exec(rule ?? '')?.[1];
    if (year) return t('reasons.officeListed', { office, year });
    const key = (OFFICE_RULES as Record<string, MessageKey | undefined>)[rule ?? ''];
    return t('reasons.office', { office, why: key ? t(key) : (rule ?? '–') });
  };
  const count = reasons.reduce((sum, reason) => sum + reason.places.length, 0);
  return (
    <details className="record-reasons">
      <summary>{t('reasons.summary', { count })}</summary>
      <ol>
        {reasons.map((reason) => (
          <li key={reason.sentence} value={reason.sentence + 1}>
            <p className="record-reason-head">
              <strong>{t('reasons.sentence', { number: reason.sentence + 1 })}</strong>{' '}
              <q lang={REPORT_TEXT_LANG}>
                <TextWithFootnotes
                  text={reason.text}
                  refs={footnoteRefsIn(footnoteRefs, reason.textStart, reason.text.length)}
                />
              </q>
            </p>
            <ul>
              <li>{t('reasons.work', { rule: workRuleText(reason.workRule, i18n) })}</li>
              {reason.places.map((place) => (
                <li key={place.iso3 ?? 'none'}>
                  {placeText(place)}
                  {place.officeType ? ` · ${officeText(place.officeType, place.officeRule)}` : ''}
                </li>
              ))}
              <li>
                {reason.themes.length > 0
                  ? t('reasons.themes', {
                      themes: reason.themes.map(theme).join(i18n.language === 'zh' ? '、' : ', '),
                    })
                  : t('reasons.noThemes')}
                {reason.topicFrom !== null
                  ? ` · ${t('reasons.topicInherited', { number: reason.topicFrom + 1 })}`
                  : ''}
              </li>
            </ul>
            <FlagTag report={report} paragraph={paragraph} reason={reason} names={names} />
          </li>
        ))}
      </ol>
    </details>
  );
}
