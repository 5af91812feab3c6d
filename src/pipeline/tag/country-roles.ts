import type { CountryRole } from '../../domain/activities.ts';
import { isReportsRecommendation } from './sentence-work.ts';

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
const STATE_INSTITUTION_OF_X =
  /^(?:国家)?(?:人权委员会|人权和自由委员会|人权机构|监察员|监察专员|国民议会|议会|立法议会)/u;
const CO_ORGANISER_FOR_OTHERS =
  /^[^。；，]{0,30}?合作，(?:共同)?为(?!该|其|这|此|本|\s*[\d一二三四五六七八九十两])/u;
const OTHER_INSTITUTION_OF_X = /^(?:国家)?(?:大学|人权研究所|研究所|人权中心)/u;
/**
 * "印度尼西亚独立记者联盟", "索马里律师协会", "苏丹妇女联合会": an association named after its country
 * (a few words of what its members are, no verb or conjunction between), which the country only
 * names.
 */
const ASSOCIATION_OF_X =
  /^[^\s\d的和与及、，。；为在向对从举办开展支持协助参加举行提供]{0,6}?(?:联盟|协会|联合会|工会|学会|商会|基金会)/u;
/** Further countries of a list the mention opens: "、布隆迪和卢旺达". */
const LIST_GOES_ON = '(?:[、和及与][^，。；、和及与的]{1,16}){0,12}';
/** "来自南苏丹、" / "来自": where people came from, the mention in a list it opens. */
const PEOPLE_FROM_X = /来自\s*(?:[^，。；、和及与]{1,16}[、和及与])*\s*$/u;
// "来自阿富汗的约 1.2 万名难民": a count of the people may stand between 的 and who they are.
const COUNT_OF_PEOPLE = String.raw`(?:(?:约|近|逾|超过|大约)?\s*[\d.,]+(?:\s*[万千百])?\s*(?:多|余)?\s*名\s*)?`;
/** "……的受害者", "……的难民": people whom something happened to or who fled, not their representatives. */
const PEOPLE_FROM_X_AFTER = new RegExp(
  `^${LIST_GOES_ON}的\\s*${COUNT_OF_PEOPLE}[^，。；的]{0,4}?(?:受害者|幸存者|难民|寻求庇护者|移民|移徙者|移徙工人|流离失所者|被遣返者)(?!代表|组织|团体|协会|领袖|社区领袖)`,
  'u',
);
/** "驻日内瓦和纽约的", "驻": where people are posted, in a list it opens. */
const POSTED_IN_X = /驻\s*(?:[^，。；、和及与驻]{1,16}[、和及与])*\s*$/u;
/** "……的外交官", "……常驻代表团": people or missions posted there, not an office doing work there. */
const POSTED_PEOPLE_AFTER = new RegExp(
  `^${LIST_GOES_ON}(?:的)?\\s*${COUNT_OF_PEOPLE}(?:外交官|外交人员|常驻代表|代表团|使团|大使馆|大使)`,
  'u',
);
/** "已表示愿意参加", "均有意加入", "将于 2031 年参加": a wish or a plan to join, not work done. */
const INTENT_TO_JOIN = new RegExp(
  `^${LIST_GOES_ON}(?:政府|的[^，。；、]{1,10}?)?(?:已|也|均|还|都|亦)?(?:(?:表示|表达了?|宣布)(?:了)?(?:其)?(?:愿意|有意|有兴趣|希望|打算|计划)|将|拟|有意|愿意)(?:在|于)?[^，。；]{0,12}?(?:参加|加入|参与)`,
  'u',
);
/** "西部拘留中心内移民的遣返": camps in the country (or its part) that people are returned from. */
const CAMPS_PEOPLE_ARE_RETURNED_FROM = new RegExp(
  `^${LIST_GOES_ON}\\s*(?:[东西南北]{1,2}部|境内|各地)?(?:的)?\\s*[^，。；]{0,4}?(?:营地|难民营|拘留营|收容营|拘留中心|拘留设施)[^，。；]{0,30}?(?:遣返|撤离|回返|返回原籍)`,
  'u',
);
/** "在孟加拉国的难民营中监测遣返条件": the work placed in the country itself (位于 only locates). */
const PLACED_IN_BEFORE = /(?<![位设])(?:在|于)\s*(?:[^，。；]{0,30}[、和及与])?\s*$/u;
/** A verb of working with or for what follows, straight before it or before a list it opens. */
const WORK_WITH_BEFORE = /(?:与|同|支持|协助|帮助|为|向|应)(?:[^，。；与同]{0,30}[、和及])?\s*$/u;
/**
 * "为巴林、科威特和阿曼的 64 名官员举办了培训", "为来自 A 和 B 的 32 名代表": people of several
 * countries (or of countries after 来自) counted for an event: those countries are where the
 * participants came from. One country's people ("为苏丹民间社会团体的 35 名代表") stay work there.
 */
const PEOPLE_COUNTED_AFTER =
  /^((?:[、和及与][^，。；、和及与的]{1,16}){0,12})的\s*(?:约|近|逾|超过)?\s*[\d,]+\s*(?:多|余)?\s*[名位]/u;
const LIST_BEFORE = /(为|向|对|来自)\s*((?:[^，。；、和及与为]{1,16}[、和及与]){0,12})\s*$/u;

function peopleOfListedCountries(before: string, after: string): boolean {
  const tail = PEOPLE_COUNTED_AFTER.exec(after);
  const head = LIST_BEFORE.exec(before);
  if (!tail || !head) return false;
  const joined = (text: string) => text.match(/[、和及与]/gu)?.length ?? 0;
  const items = 1 + joined(tail[1] ?? '') + joined(head[2] ?? '');
  return head[1] === '来自' || items >= 2;
}
/** "特别报告员于 2024 年 10 月访问了", "委员会在审议": a mechanism visiting or reviewing a State. */
const MECHANISM_VISITS_OR_REVIEWS =
  /(?:委员会|条约机构|特别程序|任务负责人|工作组|特别报告员|独立专家|普遍定期审议)[^，。；]{0,30}?(?:访问|审议|审查)了?(?:[^，。；]{0,30}[、和及])?\s*$/u;
/** "人权事务委员会在对……", "两个委员会分别对……": a mechanism's review or findings about what follows. */
const MECHANISM_ON_X_BEFORE =
  /(?:委员会|条约机构|工作组|普遍定期审议)[^，。；]{0,30}?对\s*(?:[^，。；]{0,30}[、和及])?\s*$/u;
/** "……的审议", "……初次报告的结论性意见", "……进行了审议". */
const REVIEW_OF_X_AFTER = new RegExp(
  `^${LIST_GOES_ON}(?:[^，。；]{0,8}?的(?:审议|结论性意见)|(?:进行|开展)了?(?:审议|审查))`,
  'u',
);
/** "工作组……共审议了 14 个国家，包括": the States a mechanism reviewed, listed after their count. */
const REVIEWED_STATES_LISTED_BEFORE =
  /(?:委员会|条约机构|工作组|普遍定期审议)[^。；]{0,30}?审议了[^。；，]{0,12}?(?:国家|缔约国)，\s*(?:其中)?包括\s*(?:[^，。；]{0,30}[、和及])?\s*$/u;
/** "……提供的专项捐款", "……政府捐助的资金": the contribution of the country and those listed with it. */
const CONTRIBUTION_OF_X_AFTER = new RegExp(
  `^${LIST_GOES_ON}(?:政府)?(?:提供|捐助)的[^，。；]{0,6}?(?:捐款|资金|供资)`,
  'u',
);
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
  // "高级专员建议联合国各实体在过渡期间……，如在海地": a country the report's recommendation
  // names is an example, also where the recommendation goes to bodies other than States (and its
  // themes still count for the paragraph).
  if (isReportsRecommendation(sentence)) {
    return { role: 'mention', rule: 'role:mention-in-the-reports-recommendation' };
  }
  const { before, after } = clauseAround(sentence, start, end);

  // "海地国民", "海地裔人", "阿塞拜疆族", "叙利亚难民", "海地移民": people named after the country,
  // not a place of work ("移民局", a migration office, is an institution of the country).
  if (
    /^(?:国民(?!议会|大会|会议)|裔|侨民|公民|籍|族|难民|寻求庇护者|移徙者|移民(?!局|署|部|事务|机构|法|政策))/u.test(
      after,
    )
  ) {
    return { role: 'mention', rule: 'role:mention-people-of-x' };
  }
  // "来自南苏丹和布隆迪的难民", "为来自缅甸的酷刑幸存者提供心理支持": where people came from,
  // as above; the work is done where they are now.
  if (PEOPLE_FROM_X.test(before) && PEOPLE_FROM_X_AFTER.test(after)) {
    return { role: 'mention', rule: 'role:mention-people-from-x' };
  }
  // "为驻日内瓦和纽约的外交官举办培训": where diplomats are posted, not where the work was done.
  if (POSTED_IN_X.test(before) && POSTED_PEOPLE_AFTER.test(after)) {
    return { role: 'mention', rule: 'role:mention-posted-in-x' };
  }
  // "多哥和贝宁已表示有意加入该网络", "汤加将于明年参加该方案": a State that will join, or only
  // said it would, is where no work has been done yet.
  if (INTENT_TO_JOIN.test(after) && !WORK_WITH_BEFORE.test(before)) {
    return { role: 'mention', rule: 'role:mention-intends-to-join' };
  }
  // "苏丹冲突造成的难民危机", "因叙利亚战争而流离失所的人": people displaced from the country by
  // its conflict, as above.
  if (
    /^\s*(?:境内)?(?:冲突|战争|危机|暴力)(?:所)?(?:造成|引发|导致|产生)的[^，。；]{0,6}?(?:难民|流离失所|寻求庇护者|移徙者|移民)/u.test(
      after,
    )
  ) {
    return { role: 'mention', rule: 'role:mention-people-displaced-from-x' };
  }
  // "澳大利亚人权委员会", "喀麦隆人权研究所": the country names an institution the dictionary does
  // not know. A State's own institution (a human rights commission, an ombudsperson, a parliament)
  // that the work is done with or for ("与塞拉利昂人权委员会合作", "支持蒙古国家人权委员会",
  // "协助马尔代夫人权委员会和萨摩亚监察员办公室") is work in its country; where it only teaches, is
  // listed or co-operates beside another ("由澳大利亚人权委员会……授课", "其中包括斯里兰卡人权委员会"),
  // and for a university or institute, the country is named only inside the name.
  const stateInstitution = STATE_INSTITUTION_OF_X.test(after);
  if (stateInstitution || OTHER_INSTITUTION_OF_X.test(after) || ASSOCIATION_OF_X.test(after)) {
    // "与欧洲网络和澳大利亚人权委员会合作，为中亚……国家人权机构组织了": a co-organiser working
    // for others named after it, not the one the work is for.
    const forOthers = CO_ORGANISER_FOR_OTHERS.test(sentence.slice(end));
    return stateInstitution && options.workSentence && WORK_WITH_BEFORE.test(before) && !forOthers
      ? { role: 'activity', rule: 'role:activity-work-with-a-state-institution-of-x' }
      : { role: 'mention', rule: 'role:mention-inside-institution-name' };
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
  // "在与巴基斯坦和伊朗接壤的过境点", "危地马拉与洪都拉斯之间边境的过境点": a neighbour that only
  // locates the place of work.
  if (
    /与(?:[^，。；]{0,16}[和、及])?\s*$/u.test(before) &&
    (/^[^，。；]{0,16}?(?:接壤|交界|毗邻)/u.test(after) ||
      /^\s*之间(?:的)?(?:边境|边界)/u.test(after))
  ) {
    return { role: 'mention', rule: 'role:mention-neighbour-locating-a-place' };
  }
  // "区域办事处(设在布鲁塞尔)", "通过设在内罗毕的工作人员": the seat of an office, not work there.
  if (options.isCity && /(?:设在|设于|位于|常驻)\s*$/u.test(before)) {
    return { role: 'mention', rule: 'role:mention-seat-of-an-office' };
  }
  // "设在哥斯达黎加的联合国和平大学", "位于哥斯达黎加圣何塞的所在地": the seat of another
  // institution, not work there (an office of OHCHR "设在也门的办事处" works in its country).
  if (
    (/(?:设在|设于|位于)\s*$/u.test(before) ||
      (options.isCity && /(?:设在|设于|位于)[^，。；\s]{1,8}\s*$/u.test(before))) &&
    /^[^，。；]{0,12}?的[^，。；]{0,20}?(?:大学|学院|法院|秘书处|总部|所在地)/u.test(after)
  ) {
    return { role: 'mention', rule: 'role:mention-seat-of-an-institution' };
  }
  // "华盛顿残疾统计小组", "巴黎原则", "曼谷宣言": a city in the name of a group, a text or a
  // process is no place of work.
  if (
    options.isCity &&
    /^[^，。；、\s]{0,8}?(?:小组|集团|原则|宣言|公约|议定书|进程|共识|承诺|行动纲领|议程)/u.test(
      after,
    )
  ) {
    return { role: 'mention', rule: 'role:mention-city-in-a-name' };
  }
  // "德国国际合作机构", "日本国际协力机构", "瑞典国际开发合作署": a State's development agency
  // works abroad; its country is named only inside its name.
  if (
    !options.isCity &&
    /^(?:国际|对外)(?:合作|开发|发展|协力|援助)[^，。；、\s]{0,6}?(?:机构|署|部|团|局|中心)/u.test(
      after,
    )
  ) {
    return { role: 'mention', rule: 'role:mention-inside-development-agency-name' };
  }
  // "参加在纽约举行的常设论坛第二十一届会议": the seat of another body's numbered session that
  // people were funded or invited to attend, not a place of OHCHR's work; where OHCHR itself
  // attends ("人权高专办派代表团出席了在巴库举行的……第二十九届会议"), it is a venue of its work.
  if (
    /(?:参加|出席)(?:了)?\s*(?:在|[^。；]*?(?:和|及|以及)\s*在)\s*$/u.test(before) &&
    !/(?:人权高专办|高专办|高级专员)[^，。；]{0,14}(?:参加|出席)/u.test(before) &&
    /^\s*举行的[^，。；]{0,40}?第\s*[\d一二三四五六七八九十百]+\s*届(?:会议|会)/u.test(after)
  ) {
    return { role: 'mention', rule: 'role:mention-seat-of-another-bodys-session' };
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

  // "利比亚西部拘留中心内移民的遣返", "位于某国的营地中的妇女被遣返": camps in the country that
  // people are taken back from, the place they leave as above without 从.
  if (CAMPS_PEOPLE_ARE_RETURNED_FROM.test(after) && !PLACED_IN_BEFORE.test(before)) {
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
  // "为即将部署到中非共和国……特派团的 1,900 名军警人员提供培训": where people will go is not
  // where the work was done.
  if (
    /(?:即将|将要|将|拟)(?:被)?(?:部署到|部署至|部署于|派往|派驻到|派驻)[^，。；]{0,40}$/u.test(
      before,
    )
  ) {
    return { role: 'mention', rule: 'role:mention-destination-of-a-deployment' };
  }
  if (peopleOfListedCountries(before, after)) {
    return { role: 'participant', rule: 'role:participant-people-of-listed-countries' };
  }
  // "委员会在对秘鲁的审议中", "分别对 A 和 B 进行了审议", "工作组审议了 14 个国家，包括 A、B".
  const reviewedHere =
    (MECHANISM_ON_X_BEFORE.test(before) && REVIEW_OF_X_AFTER.test(after)) ||
    REVIEWED_STATES_LISTED_BEFORE.test(sentence.slice(Math.max(0, start - 80), start));
  if (reviewedHere && !/议会[^，。；]{0,8}委员会/u.test(before)) {
    return { role: 'mechanism', rule: 'role:mechanism-reviews-x' };
  }
  if (MECHANISM_VISITS_OR_REVIEWS.test(before) && !/议会[^，。；]{0,8}委员会/u.test(before)) {
    return { role: 'mechanism', rule: 'role:mechanism-visits-or-reviews-x' };
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
  // "哥斯达黎加政府共同主办了", "德国、挪威和瑞士是该基金的主要捐助国".
  if (
    /^\s*(?:政府|当局)?\s*(?:共同|联合)?(?:牵头|主持|担任主席|捐款|捐助|资助|主办)/u.test(after) ||
    /^(?:[、和及][^，。；、和及]{1,16}){0,12}是[^，。；]{0,30}(?:主要)?捐助(?:国|方)/u.test(
      after,
    ) ||
    (/由\s*$/u.test(before) && /^[^，。；]{0,4}(?:牵头|主持|资助)/u.test(after)) ||
    (/由\s*(?:[^，。；]{0,30}[、和及])?\s*$/u.test(before) && CONTRIBUTION_OF_X_AFTER.test(after))
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
    // "在日内瓦没有常驻代表团": what a place lacks is no event there.
    if (/^\s*(?:没有|尚无|并无|无|未|缺乏)/u.test(after)) {
      return { role: 'mention', rule: 'role:mention-city' };
    }
    return /(?:在|于)[^，。；]{0,8}$/u.test(before) || after.startsWith('的')
      ? { role: 'venue', rule: 'role:venue-city' }
      : { role: 'mention', rule: 'role:mention-city' };
  }
  if (!options.workSentence) return { role: 'mention', rule: 'role:mention-no-ohchr-work' };
  return { role: 'activity', rule: 'role:activity-ohchr-work-in-or-with-x' };
}
