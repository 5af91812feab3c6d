import type { CountryRole } from '../../domain/activities.ts';

export interface RoleDecision {
  readonly role: CountryRole;
  readonly rule: string;
}

/** The clause around a mention: from the last clause break before it to the next one after. */
const CLAUSE_BREAK = /[，。；：！？]/u;

/**
 * At most this far each way: no pattern reads further, and a clause without any break (pasted
 * text) must not make every mention in it cost the whole clause.
 */
const CLAUSE_REACH = 400;

function clauseAround(
  sentence: string,
  start: number,
  end: number,
): { before: string; after: string } {
  let from = start;
  const fromLimit = Math.max(0, start - CLAUSE_REACH);
  while (from > fromLimit && !CLAUSE_BREAK.test(sentence[from - 1] ?? '')) from -= 1;
  let to = end;
  const toLimit = Math.min(sentence.length, end + CLAUSE_REACH);
  while (to < toLimit && !CLAUSE_BREAK.test(sentence[to] ?? '')) to += 1;
  return { before: sentence.slice(from, start), after: sentence.slice(end, to) };
}

/**
 * Where a list of who took part opens in a sentence ("来自……", "包括……") and where 。 or ； ends
 * one: found once per sentence, so that each of its mentions asks in log time (a sentence of a
 * thousand mentions asked its whole beginning again for each).
 */
export interface ListCues {
  readonly opens: readonly number[];
  readonly stops: readonly number[];
  /** Where the last word of taking part ("参加", "出席"…) starts, or -1. */
  readonly lastParticipation: number;
}

export function listCues(sentence: string): ListCues {
  const participations = [...sentence.matchAll(new RegExp(PARTICIPATION.source, 'gu'))];
  return {
    opens: [...sentence.matchAll(/来自|包括/gu)].map((match) => match.index),
    stops: [...sentence.matchAll(/[。；]/gu)].map((match) => match.index),
    lastParticipation: participations.at(-1)?.index ?? -1,
  };
}

/** The greatest value ≤ limit in ascending values, or -1. */
function lastAtOrBefore(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) <= limit) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? -1 : (values[low - 1] ?? -1);
}

/** A list opened before `start` ("来自" or "包括" wholly before it) that no 。 or ； has closed. */
function insideOpenList(cues: ListCues, start: number): boolean {
  const open = lastAtOrBefore(cues.opens, start - 2);
  return open >= 0 && lastAtOrBefore(cues.stops, start - 1) < open;
}

const MECHANISM_SUBJECT =
  /(?:委员会|条约机构|特别程序|任务负责人|工作组|特别报告员|独立专家|普遍定期审议)[^，。；]{0,12}(?:建议|呼吁|敦促|请|要求|鼓励|赞扬|关切)[^，。；]{0,6}$/u;
/** Regional and other non-United Nations organisations that run missions named after a country. */
const OTHER_ORGANISATION_PREFIX =
  /(?:非洲联盟|非盟|欧洲联盟|欧盟|西非国家经济共同体|西共体|南部非洲发展共同体|南共体|东非共同体|东南亚国家联盟|东盟|美洲国家组织|北大西洋公约组织|北约|欧洲安全与合作组织|欧安组织|阿拉伯国家联盟|阿盟|伊斯兰合作组织)(?:驻)?\s*$/u;
const EVENT_VERB = /(?:举行|举办|召开|主办|开幕|在此期间)/u;
const PARTICIPATION = /(?:参加|出席|与会|参与了?(?:这次|该|此)?(?:会议|活动|研讨会|讲习班|培训))/u;

/**
 * The role of a country (or a city standing for it) from the structure of its sentence, not from
 * which country it is. Checked from the most specific pattern to the default.
 */
export function decideRole(
  sentence: string,
  start: number,
  end: number,
  options: {
    /** Whether another organisation is named between the place and the event it hosts. */
    readonly othersEvent?: boolean;
    readonly isCity: boolean;
    readonly inTitle: boolean;
    readonly namesDocument: boolean;
    readonly workSentence: boolean;
    /** The sentence's `listCues`, when the caller has them for every mention of the sentence. */
    readonly listCues?: ListCues;
  },
): RoleDecision {
  if (options.inTitle) return { role: 'mention', rule: 'role:mention-inside-title' };
  if (options.namesDocument)
    return { role: 'mention', rule: 'role:mention-document-named-after-place' };
  const { before, after } = clauseAround(sentence, start, end);

  // "海地国民", "海地裔人", "阿塞拜疆族", "叙利亚难民", "海地移民": people named after the country,
  // not a place of work ("移民局", a migration office, is an institution of the country).
  if (
    /^(?:国民|裔|侨民|公民|籍|族|难民|寻求庇护者|移徙者|移民(?!局|署|部|事务|机构|法|政策))/u.test(
      after,
    )
  ) {
    return { role: 'mention', rule: 'role:mention-people-of-x' };
  }
  // "澳大利亚人权委员会": the country names an institution the dictionary does not know.
  if (
    /^(?:国家)?(?:人权委员会|人权和自由委员会|人权机构|监察员|监察专员|大学|人权研究所|研究所|人权中心)/u.test(
      after,
    )
  ) {
    return { role: 'mention', rule: 'role:mention-inside-institution-name' };
  }
  // "非洲联盟索马里支助和稳定团", "欧洲联盟驻马里训练团": another organisation's operation named after
  // the country. OHCHR's own presences (and the human rights components of United Nations
  // missions, which are among them) are work in the country; a regional organisation's mission
  // is not, unless the sentence places the work there by another name.
  if (
    OTHER_ORGANISATION_PREFIX.test(before) &&
    /^[^，。；、]{0,6}?(?:特派团|支助团|稳定团|援助团|观察团|训练团|过渡团|维和部队|部队|使团|行动)/u.test(
      after,
    )
  ) {
    return { role: 'mention', rule: 'role:mention-inside-another-organisations-mission' };
  }
  // "人权高专办中美洲和多米尼加共和国区域办事处": a regional office's name lists the area it covers;
  // where the work was done is said elsewhere (a country office, named after its one country,
  // is work there).
  if (/^(?:分)?区域(?:办事处|中心|办公室)/u.test(after)) {
    return { role: 'mention', rule: 'role:mention-inside-regional-office-name' };
  }
  // "在与巴基斯坦和伊朗接壤的过境点": a neighbour that only locates the place of work.
  if (
    /与(?:[^，。；]{0,16}[和、及])?\s*$/u.test(before) &&
    /^[^，。；]{0,16}?(?:接壤|交界|毗邻)/u.test(after)
  ) {
    return { role: 'mention', rule: 'role:mention-neighbour-locating-a-place' };
  }
  // "区域办事处(设在布鲁塞尔)", "通过设在内罗毕的工作人员": the seat of an office, not work there.
  if (options.isCity && /(?:设在|设于|位于|常驻)\s*$/u.test(before)) {
    return { role: 'mention', rule: 'role:mention-seat-of-an-office' };
  }
  // "……，直至海地的局势允许……": a place in a condition, not where the work was done.
  if (/^\s*(?:直至|直到|除非|一旦|如果|若)/u.test(before)) {
    return { role: 'mention', rule: 'role:mention-in-a-condition' };
  }
  // "从伊拉克……遣返的妇女", "逃离乌克兰的难民": where people came away from.
  if (
    (/从[^，。；]{0,12}$/u.test(before) && /(?:遣返|返回|撤离|驱逐|转移|逃离)/u.test(after)) ||
    /(?:逃离|离开|逃出)\s*$/u.test(before)
  ) {
    return { role: 'mention', rule: 'role:mention-place-people-left' };
  }

  const cues = options.listCues ?? listCues(sentence);
  // "来自……的代表参加了": taking part is said after the mention.
  if (insideOpenList(cues, start) && cues.lastParticipation >= end) {
    return { role: 'participant', rule: 'role:participant-from-x-took-part' };
  }
  if (
    /^[^，。；]{0,12}(?:的)?(?:代表|议员|与会者|学员|专家|官员)/u.test(after) &&
    cues.lastParticipation >= end
  ) {
    return { role: 'participant', rule: 'role:participant-representatives-of-x' };
  }
  // "在 X 举行", "在 A、B 和 X 举行", "于 X 召开": the event took place there.
  const heldHere =
    ((/(?:在|于)[^，。；]{0,8}$/u.test(before) ||
      /(?:在|于)[^，。；]{0,30}[、和及与]$/u.test(before)) &&
      EVENT_VERB.test(after)) ||
    /^[^，。；]{0,3}(?:举行|举办|召开)/u.test(after);
  if (heldHere) {
    return options.othersEvent
      ? { role: 'mention', rule: 'role:mention-seat-of-another-organisations-event' }
      : { role: 'venue', rule: 'role:venue-held-in-x' };
  }
  // The pattern spans at most 26 characters: reading 40 back is the same as reading the whole start.
  if (MECHANISM_SUBJECT.test(sentence.slice(Math.max(0, start - 40), start))) {
    return { role: 'mechanism', rule: 'role:mechanism-addresses-x' };
  }
  if (
    /^\s*(?:牵头|主持|担任主席|捐款|捐助|资助|主办)/u.test(after) ||
    (/由\s*$/u.test(before) && /^[^，。；]{0,4}(?:牵头|主持|资助)/u.test(after))
  ) {
    return { role: 'lead', rule: 'role:lead-x-leads-or-funds' };
  }
  if (
    /^(?:提交了?|于[^，。；]{0,12}提交了?)[^，。；]{0,8}(?:报告|中期报告)|^[^，。；]{0,20}(?:接受|进行的)审议/u.test(
      after,
    )
  ) {
    return { role: 'mechanism', rule: 'role:mechanism-x-reports-to-or-is-reviewed' };
  }
  if (options.isCity) {
    // "在曼谷", "曼谷的“亚太气候周”": something happened in the city.
    return /(?:在|于)[^，。；]{0,8}$/u.test(before) || after.startsWith('的')
      ? { role: 'venue', rule: 'role:venue-city' }
      : { role: 'mention', rule: 'role:mention-city' };
  }
  if (!options.workSentence) return { role: 'mention', rule: 'role:mention-no-ohchr-work' };
  return { role: 'activity', rule: 'role:activity-ohchr-work-in-or-with-x' };
}
