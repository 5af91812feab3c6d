/**
 * Whether a sentence reports work, beyond naming who works: the structure of the sentence, not
 * its words alone. A sentence may name OHCHR without reporting anything it did (the Council asks
 * it for a report, it "stands ready", the report announces its sections), and may report work
 * without naming anyone (it goes on about the workshop the sentence before reported).
 */

/** Time and sequence phrases a sentence may open with before its subject: "2021 年，", "会后，". */
const LEADING_ADVERBIAL =
  /^(?:在[^，。；]{1,40}(?:背景下|情况下|框架内|期间|过程中)，|如[^，。；]{1,40}所述，|在[^，。；]{1,16}，|(?:在|于)?\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?[^，。]{0,10}，|截至[^，。]{0,24}，|迄今为止，|在这一年中，|此后，|会后，|随后，|同年(?:\s*\d{1,2}\s*月)?[^，。]{0,6}，|在此期间，|(?:根据|按照)[^，。]{0,30}，)/u;

export function withoutLeadingAdverbials(sentence: string): string {
  let rest = sentence;
  for (let step = 0; step < 3; step += 1) {
    const match = LEADING_ADVERBIAL.exec(rest);
    if (!match) break;
    rest = rest.slice(match[0].length);
  }
  return rest;
}

const RECOMMENDS = '^高级专员(?:还|再次)?(?:呼吁|鼓励|敦促|吁请|建议)';
const STATES_ADDRESSED = '各国|会员国|国际社会|捐助方|各会员国';
const OTHER_BODIES_ADDRESSED = '联合国系统|联合国各实体|国际金融机构|多边开发银行|区域组织';
/**
 * "高级专员呼吁各国……", "高级专员建议联合国各实体……": the report's own recommendation, to States
 * or to the bodies that work beside OHCHR; a country it names is an example, not a place of work.
 */
const REPORTS_RECOMMENDATION = new RegExp(
  `${RECOMMENDS}(?:${STATES_ADDRESSED}|${OTHER_BODIES_ADDRESSED})`,
  'u',
);

export function isReportsRecommendation(sentence: string): boolean {
  return REPORTS_RECOMMENDATION.test(withoutLeadingAdverbials(sentence));
}

const ACTOR =
  '(?:联合国人权事务高级专员办事处(?:\\(人权高专办\\))?|人权事务高级专员办事处|人权高专办|高专办|联合国人权事务高级专员|高级专员)';

const NO_WORK: readonly [RegExp, string][] = [
  // "理事会……请高级专员编写一份报告", "政府请高专办提供协助": someone asks OHCHR; the asking is reported.
  [new RegExp(`请\\s*${ACTOR}`, 'u'), 'work:no-request-to-ohchr'],
  // "本报告涵盖……", "下文第 7 至 9 段举例介绍……", "第三章介绍……": the report describing itself.
  [
    /^(?:本报告|本部分|本节|本章|第[一二三四五六七八九十]+章|(?:下文|上文)第\s*\d+\s*(?:至|和|到|、)?)/u,
    'work:no-report-structure',
  ],
  // "人权高专办作为负责……的联合国系统组织，……": what OHCHR is, not what it did.
  [
    new RegExp(`^${ACTOR}作为[^，。；]{0,30}联合国(?:系统)?(?:组织|实体|机构)`, 'u'),
    'work:no-self-description',
  ],
  // "人权高专办随时准备……", "将继续……": an offer or an intention.
  [
    new RegExp(`^${ACTOR}(?:还|也)?(?:随时准备|随时愿意|愿意|将继续|将|希望)`, 'u'),
    'work:no-intention-or-offer',
  ],
  // "高级专员呼吁各国……", "高级专员鼓励会员国……": the report's recommendations to States.
  // (One to other bodies still reports the paragraph's themes, as the readings give them.)
  [new RegExp(`${RECOMMENDS}(?:${STATES_ADDRESSED})`, 'u'), 'work:no-recommendation-of-the-report'],
  // "人权高专办在世界各地有 84 个办事机构", "截至……共设有 89 个实地存在": what OHCHR has.
  [
    new RegExp(
      `^${ACTOR}(?:的(?:实地|外地)存在|[^，。；]{0,14}?(?:共有|共设有|设有|有|维持))[^，。；]{0,16}?\\d[\\d,]*\\s*个[^，。；]{0,12}?(?:办事机构|实地存在|外地存在|办事处)`,
      'u',
    ),
    'work:no-presence-count',
  ],
  // "人权高专办目前在 18 个国家设有国别办事处", "人权高专办通过其在本区域的 9 个外地存在开展工作".
  [
    new RegExp(
      `^${ACTOR}(?:目前|现)?(?:在[^，。；]{0,16})?(?:共)?设有|^${ACTOR}通过其[^，。；]{0,16}的\\s*\\d+\\s*个(?:外地|实地)存在开展工作`,
      'u',
    ),
    'work:no-presence-count',
  ],
  // "丹麦、德国和瑞典是该基金的主要捐助方", "……向该基金提供了捐款": others giving to a fund.
  [
    /(?:向[^，。；]{0,40}基金(?:提供了?)?(?:捐款|捐助)|基金[^，。；]{0,16}的(?:主要)?捐助方)/u,
    'work:no-donation-to-a-fund',
  ],
  // "各国应确保……": the report's recommendation to States.
  [
    /^(?:各国|会员国|各会员国|国际社会|捐助方)(?:应|应当|必须|需要)/u,
    'work:no-recommendation-of-the-report',
  ],
  // "人权理事会在第 48/14 号决议中设立了……": what a resolution decided or asked for.
  [
    /^(?:人权)?理事会(?:在|于)?[^，。；]{0,30}第\s*\d+\/\d+\s*号决议(?:中)?/u,
    'work:no-resolution-of-the-council',
  ],
  // "该会议定于 2025 年 6 月……举行": an event still to come is not work of the year reported.
  [/(?:定于|将于|拟于)[^，。；]{0,40}(?:举行|召开|举办)/u, 'work:no-event-still-to-come'],
  // "该基金旨在……", "……信托基金，旨在加强……": what a fund is for.
  [/^[^，。；了]{0,60}基金，?(?:的目的是|旨在)/u, 'work:no-purpose-of-a-fund'],
  // "委员会在……第 3 号一般性意见中阐述了……", "该公约还承认……": what a treaty, a declaration or a
  // treaty body's general comment says is the norm, not work reported.
  [
    /(?:一般性意见|一般性建议)(?:\([^)]*\))?中(?:阐述|指出|强调|认为|确认|重申)|^(?:此外，|另外，)?(?:这项|该|本|这一)?(?:公约|宣言|盟约|宪章|条约|议定书)(?:还|也|均)?(?:承认|规定|确认|强调|指出|鼓励|要求|载有|阐述|重申|呼吁)/u,
    'work:no-normative-text',
  ],
  // "会员国正在日益争取：……": what States seek or do, with no work of OHCHR's in the sentence.
  [
    /^(?:会员国|各国|许多国家|越来越多的国家)(?:正在|日益|越来越|正)(?:日益|越来越)?(?:争取|寻求|希望|要求|重视)/u,
    'work:no-what-states-seek',
  ],
  // "……的信息，载于 A/HRC/43/64 和 A/HRC/43/65。": where documents are, the report's cross-reference.
  [
    /载于\s*(?:文件\s*)?[A-Z]+\/[\w./-]+(?:\s*(?:和|、|及)\s*[A-Z]+\/[\w./-]+)*[)）]?。?\s*\d*$/u,
    'work:no-report-structure',
  ],
];

/** Why a sentence that names OHCHR or a mechanism reports no work of theirs, or null. */
export function noWorkReason(sentence: string): string | null {
  const rest = withoutLeadingAdverbials(sentence);
  for (const [pattern, rule] of NO_WORK) {
    if (pattern.test(rest)) return rule;
  }
  return null;
}

/**
 * What the sentence before has just reported, as the subject of this one: "讲习班讨论了……",
 * "该方案支持……", "评估建议……", "与会者……", "该办事处……", "监测团核实了……".
 */
const REFERS_BACK = new RegExp(
  `^(?:(?:几位|多位|一些|部分|许多)(?:与会者|参加者|参与者|学员)|因此|此外|为此|随后|同时|另外|其中|还|该|这|此|上述|利益攸关方|与会者|参加者|参与者|学员|受训人员|(?:讲习班|研讨会|会议|磋商|论坛|培训班|培训|课程|评估报告|评估|报告|研究|方案|项目|网络|数据库|活动|对话|讨论会|索引|工具|指南|手册|模块|办事处|办公室|特派团|监测团|人权处|人权司|人权科|人权部门)(?:还|也|随后|最后|结束时)?(?:讨论|通过|重点|强调|建议|提出|审议|涵盖|包括|支持|使|帮助|结束|汇集|介绍|探讨|记录|核实|访谈|监测|协助|发布|查明|确认|呼吁|得出|形成|促成|培训|将|与|为|向|在|还|也))`,
  'u',
);

/** No subject: the sentence opens on what was done ("为……组织了培训", "建立了一个……网络"). */
const SUBJECTLESS =
  /^(?:为|向|与|同)[^，。；]{0,40}?(?:组织|举办|提供|开展|召开|编写|发布|制订|制定|编制|设立|建立|启动|举行)了|^(?:组织|举办|提供|开展|召开|建立|设立|制订|编写|发布|启动|翻译|出版)了/u;

/** Whether the sentence, or a clause of it after a semicolon, goes on with the work just reported. */
export function refersBack(sentence: string): boolean {
  return sentence.split('；').some((clause) => {
    const rest = withoutLeadingAdverbials(clause.trim());
    return REFERS_BACK.test(rest) || SUBJECTLESS.test(rest);
  });
}

/**
 * "联合国人权联合办事处(人权联合办)", "联合国海地综合办事处人权处(人权处)": an OHCHR presence
 * or a mission's human rights component named in full, with the short name the paragraph then
 * uses for it. Both names are OHCHR's own presence in that paragraph.
 */
const PRESENCE_WITH_SHORT_NAME =
  /([\p{Script=Han}]{0,24}人权[\p{Script=Han}]{0,10}?(?:办事处|办公室|处|司|科|监测团|部门|组成部分|组))\(([\p{Script=Han}]{2,8})\)/gu;

/** "联合国联合人权办事处", "联伊援助团人权办公室", "特派团人权司": a UN human rights office by name. */
const PRESENCE_NAMED =
  /联合国[\p{Script=Han}]{0,10}?人权[\p{Script=Han}]{0,4}?办事处|(?:特派团|援助团|稳定团|综合办事处|支助团|观察团)(?:\([\p{Script=Han}]{1,10}\))?人权(?:办公室|司|处|科|部门|组成部分|和保护司|和保护组)/gu;

export function localPresenceNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(PRESENCE_NAMED)) names.add(match[0]);
  for (const match of text.matchAll(PRESENCE_WITH_SHORT_NAME)) {
    const [, full = '', short = ''] = match;
    // Not a body of the State: "人权委员会", "人权和司法部".
    if (/委员会|部$|法院|监察/u.test(full)) continue;
    names.add(full);
    names.add(short);
  }
  return [...names].filter((name) => name.length >= 3);
}
