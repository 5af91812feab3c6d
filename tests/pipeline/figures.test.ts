import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officeTypeSchema } from '../../src/domain/reference.ts';
import type { Paragraph } from '../../src/domain/paragraphs.ts';
import { findOfficeBreakdown } from '../../src/pipeline/records/office-breakdown.ts';
import { buildFigures } from '../../src/pipeline/records/build-records.ts';
import { findFigures } from '../../src/pipeline/tag/figures.ts';
import { ParagraphTagger } from '../../src/pipeline/tag/tag-paragraph.ts';
import { miniReference } from '../support/mini-reference.ts';

const brief = (text: string) =>
  findFigures(text).map((f) => `${f.value} ${f.counts}${f.qualifier ? ` (${f.qualifier})` : ''}`);
const phrases = (text: string) => findFigures(text).map((f) => f.countsText);

describe('findFigures: number, measure word and the whole counted phrase', () => {
  it.each([
    ['向 23 个城市的 1,453 名受益者伸出援手', ['23 cities', '1453 beneficiaries']],
    ['来自 116 个国家的 306 名学员参加了该模块', ['116 countries', '306 participants']],
    [
      '来自 36 个国家的 90 多名议员参加了这次研讨会',
      ['36 countries', '90 parliamentarians (more than)'],
    ],
    ['约 70 名代表参加了这次讲习班', ['70 representatives (about)']],
    ['已向 110 多个发展中国家和最不发达国家提供支持', ['110 countries (more than)']],
    ['在六个试点国家推出了该数据库', ['6 countries']],
    ['向所有 51 个在 2020 年报名参加自愿国家审查的国家提供了指导', ['51 countries']],
    ['请人权高专办组织五次区域磋商', ['5 events']],
    // Written for these tests, not taken from any report of the corpus.
    ['为近 2,000 名境内流离失所者提供法律援助', ['2000 people (about)']],
    ['逾 3.4 万名难民获得了身份证件', ['34000 people (more than)']],
    // A person noun after 个 or 起 modifies what is counted; agent nouns in 员 count people.
    ['记录了 1,200 起针对记者的袭击', ['1200 other']],
    ['查访了 24 个难民拘留和遣返中心', ['24 other']],
    ['收到了 60 余起个人或团体因与联合国合作而遭受报复的指控', ['60 other (more than)']],
    ['为 85 名法官和法庭口译员举办了培训', ['85 people']],
    ['在 3 个青年组织的协助下', ['3 other']],
    // Read first on held-out texts (fictional-11/12), then written anew here.
    ['来自 15 个非洲联盟成员国的国家人权机构参加了会议', ['15 states']],
    ['在 6 个边境村庄开展了监测', ['6 other']],
    ['培训课程共有 860 人次参加', ['860 participants']],
    ['实施了一个为期 24 个月的项目', []],
    ['三名特别报告员访问了该国', ['3 people']],
    // A head that opens with a verb (工作人员) and a verb inside a modifier (制定) go on.
    ['为 30 名国家防范机制工作人员举办了培训', ['30 people']],
    ['召开了 8 场人权指标制定会议', ['8 events']],
    ['向 40 个以上小岛屿发展中国家提供了咨询', ['40 countries (more than)']],
    ['培训了 250 余名法官、检察官和律师', ['250 people (more than)']],
    ['部署了 12 名人权顾问', ['12 advisers']],
    ['开设了 9 个国别/独立办事处', ['9 offices']],
    ['为十二名议员举办了三期培训班', ['12 parliamentarians', '3 events']],
    ['记录了 1,250 起侵犯人权案件', ['1250 other']],
    ['支持了 8 个民间社会组织和 3 所大学', ['8 other', '3 other']],
    // Blind round 4 (fictional-14) showed these; the sentences here are written anew.
    // A measure word counts a noun phrase whatever its head, listed or not.
    ['向委员会提交了 27 份国别评估', ['27 other']],
    ['该基金发放了 64 笔小额赠款', ['64 other']],
    ['办事处受理了 212 项申诉请求和 9 项紧急呼吁', ['212 other', '9 other']],
    ['共同制定了 15 项关于司法救助的进展指标', ['15 other']],
    ['特别程序共有 44 个专题任务', ['44 other']],
    ['举办了 6 期关于人权的培训', ['6 events']],
    // 存在 counted by a measure word is a presence; 代表团 a delegation, not its representatives.
    ['还有 7 个其他形式的存在', ['7 offices']],
    ['来自 31 个代表团的 40 名外交官参加', ['31 other', '40 people']],
    ['支持 19 个市和 4 个镇的青年委员会', ['19 cities', '4 cities']],
    ['为 60 名法学学生和 12 名社区活动人士开设了课程', ['60 people', '12 people']],
    // The measure word alone before a predicate counts what the sentence counted last with it.
    ['编写了 30 份简报，其中 8 份涉及移民', ['30 other', '8 other']],
    // A verb with 了 after the head is the predicate, not a modifier clause before 的.
    ['为 14 个地方妇女组织提供了调查方面的培训', ['14 other']],
    ['在 12 个收容站访谈了 300 名难民', ['12 other', '300 people']],
    // Blind round 5 (fictional-13); written anew.
    ['约一百二十名地方官员参加了培训', ['120 people (about)']],
    ['共有三千余人参加了对话', ['3000 people (more than)']],
    ['收到了 45 份正式请求，其中 20 份来自非洲', ['45 other', '20 other']],
    ['发布了 4 种培训材料和在线课程', ['4 other']],
    ['支持 9 个国家方案', ['9 projects']],
    ['资助代表出席了两届常会', ['2 events']],
    ['为 12 名研究员提供了奖学金', ['12 people']],
    // Blind round 9 (fictional-19, -20): bodies, requests, tasks and meetings the list lacked;
    // written anew.
    ['支持 9 个工会的 30 名代表参加了对话', ['9 other', '30 representatives']],
    ['与司法部召开了 6 次工作会议', ['6 events']],
    ['为 25 名残疾人组织代表举办了讲习班', ['25 representatives']],
    ['共收到 20 项请求，其中 9 项请求来自小岛屿发展中国家', ['20 other', '9 other']],
    ['人权干事完成了 60 次保护任务', ['60 other']],
    ['委员会举行了三次公开听证会', ['3 events']],
    ['该区域遭受了两场强烈地震', ['2 other']],
    ['向起草委员会提交了两轮书面意见', ['2 other']],
    // 派代表 and 开设 start a predicate; 项 counts items,
    // not events held; "这 30 份" counts again what the sentence counted.
    ['有 10 个国家机制派代表出席了会议', ['10 other']],
    ['计划在三个国家开设办事处', ['3 countries']],
    ['年度计划列出了 6 项培训活动', ['6 other']],
    ['举办了 6 场培训活动', ['6 events']],
    ['举办了两场讨论会，都很成功', ['2 events']],
    ['支持 5 个与选举有关的项目', ['5 projects']],
    ['委员会审议了 30 份报告，并就这 30 份报告通过了结论性意见', ['30 other']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('keeps the whole counted phrase: coordinated nouns, modifier clauses, compounds', () => {
    expect(phrases('为 100 名司法人员和警员举办了培训')).toEqual(['司法人员和警员']);
    expect(phrases('132 名代表和研究员参加了会议')).toEqual(['代表和研究员']);
    expect(phrases('为 30 名部署在国家工作队的人权顾问提供了指导')).toEqual([
      '部署在国家工作队的人权顾问',
    ]);
    expect(phrases('组织了两次关于少年司法的讲习班')).toEqual(['关于少年司法的讲习班']);
    expect(phrases('22 个非洲国家人权机构的工作人员参加')).toEqual(['非洲国家人权机构']);
    expect(phrases('17 个国别/独立办事处、12 个区域办事处和中心')).toEqual([
      '国别/独立办事处',
      '区域办事处和中心',
    ]);
    // The category is the first conjunct's head; a compound takes its last head.
    expect(brief('22 个非洲国家人权机构')).toEqual(['22 other']);
    expect(brief('45 名法官和书记官')).toEqual(['45 people']);
    // Written for blind round 9: heads the list lacked end or join the phrase.
    expect(phrases('审查了 7 项访问请求')).toEqual(['访问请求']);
    expect(phrases('社区伙伴组建了 3 个监测小组')).toEqual(['监测小组']);
    expect(phrases('为 40 名省级机构负责人举办了培训')).toEqual(['省级机构负责人']);
    expect(phrases('编写了 9 份国别和区域风险分析')).toEqual(['国别和区域风险分析']);
    expect(phrases('得到 30 个会员国和其他捐助方的支持')).toEqual(['会员国和其他捐助方']);
    // The next count ends the phrase, in Arabic or Chinese numerals; 以上的 is not the noun's; a
    // head straight before 了 is the verb.
    expect(phrases('与 9 个地方当局和 14 个民间社会组织举行了对话')).toEqual([
      '地方当局',
      '民间社会组织',
    ]);
    expect(phrases('得到 40 个会员国和一个政府间组织的支持')).toEqual(['会员国']);
    expect(phrases('培训了 500 名以上的社区调解员')).toEqual(['社区调解员']);
    expect(phrases('在 12 所学校和社区中心培训了 300 名教师')).toEqual(['学校和社区中心', '教师']);
  });

  // Found by two texts written for review without sight of the pipeline; these sentences are new.
  it('reads a one-character head glued to the next word as a modifier (国别, 人权, 省份, 全国)', () => {
    expect(phrases('为 15 个国别或区域办事处提供了指导')).toEqual(['国别或区域办事处']);
    expect(brief('为 15 个国别或区域办事处提供了指导')).toEqual(['15 offices']);
    expect(brief('招聘了 30 名人权干事')).toEqual(['30 people']);
    expect(phrases('在三个省份开展了监测')).toEqual(['省份']);
    expect(brief('向 5 个举行议会选举的国家提供了支持')).toEqual(['5 countries']);
    // 人 straight after a number, or after a verb, is still the head.
    expect(brief('向 3.2 万人提供了援助')).toEqual(['32000 people']);
    expect(brief('共有 300 人参加了培训')).toEqual(['300 people']);
  });

  it('stops the counted phrase at a verb, keeps agent nouns in 者, and lets 名 count the people', () => {
    expect(phrases('另有 25 名人权顾问派驻各国')).toEqual(['人权顾问']);
    expect(brief('另有 25 名人权顾问派驻各国')).toEqual(['25 advisers']);
    expect(phrases('为 80 名警察和社会工作者举办了讲习班')).toEqual(['警察和社会工作者']);
    expect(phrases('为 85 名法官和法庭口译员举办了培训')).toEqual(['法官和法庭口译员']);
    expect(phrases('查访了 24 个难民拘留和遣返中心')).toEqual(['难民拘留和遣返中心']);
    expect(phrases('为 30 名青年和法律援助提供者提供了培训')).toEqual(['青年和法律援助提供者']);
    expect(brief('为 50 名数据保护机构和媒体监管机构工作人员举办了课程')).toEqual(['50 people']);
    expect(phrases('查访了 8 所监狱和警察局')).toEqual(['监狱和警察局']);
    expect(brief('查访了 9 处拘留中心')).toEqual(['9 other']);
  });

  it('reads a counted noun that stands before its number', () => {
    expect(brief('人权顾问 41 名，其他外地存在 6 个。')).toEqual(['41 advisers', '6 offices']);
    expect(phrases('外地存在共计 88 个。')).toEqual(['外地存在']);
    expect(brief('派驻国家工作队的人权顾问 30 名，')).toEqual(['30 advisers']);
    expect(phrases('编写了 30 份简报，其中 8 份涉及移民')).toEqual(['简报', '简报']);
    expect(phrases('编制了 5 项关于少数群体获得教育的指标。')).toEqual([
      '关于少数群体获得教育的指标',
    ]);
  });

  it('reads counts that follow their nouns in a list, each conjunct its own noun', () => {
    expect(brief('受训者包括律师 52 名、狱警 31 名和社会工作者 17 名。')).toEqual([
      '52 people',
      '31 people',
      '17 people',
    ]);
    expect(phrases('受训者包括律师 52 名、狱警 31 名和社会工作者 17 名。')).toEqual([
      '律师',
      '狱警',
      '社会工作者',
    ]);
    expect(phrases('该办设有国别办事处 9 个、区域中心 4 个。')).toEqual(['国别办事处', '区域中心']);
  });

  it('ends a phrase at a verb after its head, and reads a noun opening on 过', () => {
    expect(phrases('该办协助 23 个缔约国编写了定期报告。')).toEqual(['缔约国']);
    expect(brief('监测了 4 个过境点。')).toEqual(['4 other']);
  });

  it.each([
    '人权理事会在 2019 年 7 月 11 日第 41/3 号决议中',
    '联合国成立 75 周年',
    '(A/HRC/42/29, 第 29-68 段)',
    '工作组第二十一届会议',
    '第 3 号一般性意见(1990 年)',
    '20 国集团和七国集团的成员',
    '为期三天的会议，约 40% 的与会者',
    '一次专家组会议和一项研究',
    '与莫桑比克、南非和津巴布韦合作。这三个国家的人权委员会参加了会议',
    '他说：“17 项可持续发展目标不可分割”',
    '目标 16 和第二次审议',
    // The end of a range is neither an ordinal's count nor one count of its own.
    '资助代表出席第四十至四十二届会议',
    '出席第 40 至 42 届会议',
    '各国各派 3 至 5 名官员',
    // 所 before a verb (所载, 所述) is no measure word; a small Chinese numeral before an unlisted
    // noun is the prose's (两个体系, 三个例子).
    '可持续发展目标 16 所载的具体目标',
    '加强两个体系之间的信息交流',
    '下文介绍三个例子。',
    '根据同一项决议，举行了一次会议。',
    // Written for blind round 9: "both" of what was named, and a measure word whose noun is left
    // out before a clause that is no modifier.
    '两场磋商都讨论了预算问题。',
    '其中有三项与本报告直接相关：第一，',
  ])('ignores numbers that count nothing: %s', (text) => {
    expect(findFigures(text)).toEqual([]);
  });
});

const tagger = new ParagraphTagger(miniReference);
const paragraph = (text: string, number = 24): Paragraph => ({
  report: 'TEST/1',
  number,
  section: ['IV'],
  text,
  footnotes: [],
  footnoteRefs: [],
  numberSource: 'recovered',
  lines: { first: 1, last: 1 },
});
/** The project's own office-type names and synonyms, which the breakdown reads parts through. */
const officeTypes = officeTypeSchema
  .array()
  .parse(
    (
      JSON.parse(
        readFileSync(new URL('../../data/reference/office-types.json', import.meta.url), 'utf8'),
      ) as { officeTypes: unknown }
    ).officeTypes,
  );
const breakdownOf = (text: string) => {
  const tagged = [tagger.tag(paragraph(text))];
  return findOfficeBreakdown(tagged, buildFigures(tagged), officeTypes);
};
const parts = (text: string) => {
  const found = breakdownOf(text).breakdown;
  return found
    ? [
        found.total,
        found.countryOffices,
        found.peaceMissionComponents,
        found.regionalOffices,
        found.humanRightsAdvisers,
        found.otherPresences,
        found.reconciles,
      ]
    : null;
};
const SEED =
  '人权高专办在世界各地有 84 个办事机构，包括 17 个国别办事处、12 个参与和平行动的人权部门、12 个区域办事处、联合国可持续发展集团框架内部署的 37 名人权顾问，以及 6 个其他办事机构。本部分举例介绍。';

describe('office breakdown in any wording', () => {
  it('reads A/HRC/44/28 ¶24 and cites the figures it was built from', () => {
    const { breakdown, warnings } = breakdownOf(SEED);
    expect(parts(SEED)).toEqual([84, 17, 12, 12, 37, 6, true]);
    expect(breakdown?.sources?.map((source) => [source.part, source.text])).toEqual([
      ['total', '84 个办事机构'],
      ['countryOffices', '17 个国别办事处'],
      ['peaceMissionComponents', '12 个参与和平行动的人权部门'],
      ['regionalOffices', '12 个区域办事处'],
      ['humanRightsAdvisers', '37 名人权顾问'],
      ['otherPresences', '6 个其他办事机构'],
    ]);
    expect(warnings).toEqual([]);
  });

  it.each([
    // Wordings written for these tests (not from the corpus).
    [
      '截至 2022 年底，人权高专办共设有 95 个实地存在，其中包括 20 个国别办事处、13 个区域办事处、9 个和平行动人权部门、46 名人权顾问和 7 个其他实地存在。',
      [95, 20, 9, 13, 46, 7, true],
    ],
    [
      '人权高专办的外地存在有：区域办事处和中心 11 个，国别/独立办事处 18 个，人权顾问 40 名，参与和平行动的人权部门 10 个，其他外地存在 5 个，共计 84 个。',
      [84, 18, 10, 11, 40, 5, true],
    ],
    [
      '人权高专办在 16 个国家设有国别办事处，在 12 个区域设有区域办事处。此外，还向国家工作队部署了 39 名人权顾问，支持 11 个和平行动的人权部门，另有 4 个其他外地存在，外地存在总数为 82 个。',
      [82, 16, 11, 12, 39, 4, true],
    ],
    // The type named by a modifier before the number, the parts over two sentences.
    [
      '截至 2029 年底，人权高专办共有 77 个外地存在，其中包括维和行动中的 12 个人权部门和 15 个国别办事处。此外，还设有 10 个区域办事处，并派出了 36 名人权顾问和 4 个其他办事机构。',
      [77, 15, 12, 10, 36, 4, true],
    ],
    // Blind round 5 (fictional-13): a mission component named by its missions, an adviser count
    // with its noun before the number after a modifier; written anew.
    [
      '截至 2032 年底，人权高专办共有 70 个实地存在。其中有 15 个国别办事处，9 个设在维持和平行动和特别政治任务中的人权部门，10 个区域办事处，派驻国家工作队的人权顾问 30 名，以及 6 个其他类型的存在。',
      [70, 15, 9, 10, 30, 6, true],
    ],
    // "其他形式的存在" names the other presences.
    [
      '截至 2031 年 6 月，人权高专办共有 88 个外地存在。其中包括 16 个国别办事处、11 个和平行动中的人权部门、12 个区域办事处、41 名人权顾问以及 8 个其他形式的存在。',
      [88, 16, 11, 12, 41, 8, true],
    ],
    // Blind rounds 6 and 7 (fictional-15, -16): counts after their nouns over three sentences
    // with the total last; parts first in another order, other presences named by a modifier,
    // the total at the end. Written anew.
    [
      '截至 2033 年底，人权高专办共有国别或独立办事处 15 个、区域办事处和区域中心 10 个，并在维和特派团中设有 8 个人权部门。派驻国家工作队的人权顾问 35 名，另有其他类型的存在 6 个。以上共计 74 个实地存在。',
      [74, 15, 8, 10, 35, 6, true],
    ],
    [
      '人权高专办的实地存在包括：以其他形式部署的 4 个实地存在；33 名人权顾问；9 个区域办事处；和平行动中的 10 个人权部门；14 个国别办事处，总计 70 个实地存在。',
      [70, 14, 10, 9, 33, 4, true],
    ],
  ])('%s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('keeps parts that do not add up, as stated, and warns', () => {
    const { breakdown, warnings } = breakdownOf(SEED.replace('84 个', '85 个'));
    expect(breakdown?.total).toBe(85);
    expect(breakdown?.reconciles).toBe(false);
    expect(warnings).toEqual([
      {
        paragraph: 24,
        code: 'office-breakdown-does-not-add-up',
        message:
          'paragraph 24: the field presences by type add up to 84, but the text states 85; the parts are shown as stated',
      },
    ]);
  });

  it('gives none, with a warning, for a report that states none', () => {
    const { breakdown, warnings } = breakdownOf(
      '人权高专办通过其在本区域的 9 个外地存在开展工作，并向 3 个国家部署了人权顾问。',
    );
    expect(breakdown).toBeNull();
    expect(warnings.map((warning) => warning.code)).toEqual(['no-office-breakdown']);
  });
});

describe('buildFigures', () => {
  it('ties a figure to its year and to the fund its paragraph is about', () => {
    const text =
      '参与普遍定期审议自愿基金自设立以来，已向 110 多个发展中国家提供支持。2019 年，26 个国家和 31 名代表获得援助。此外，一个政府间组织向基金捐款。';
    const figures = buildFigures([tagger.tag(paragraph(text, 54))]);
    expect(figures.map((f) => [f.value, f.counts, f.year, f.fund, f.sentence])).toEqual([
      [110, 'countries', null, 'upr-participation-fund', 0],
      [26, 'countries', 2019, 'upr-participation-fund', 1],
      [31, 'representatives', 2019, 'upr-participation-fund', 1],
    ]);
  });
});
