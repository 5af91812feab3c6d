import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/domain/paragraphs.ts';
import { tagAndBuildRecords } from '../../src/pipeline/run-tagging.ts';
import { splitSentences } from '../../src/pipeline/tag/sentences.ts';
import { ParagraphTagger } from '../../src/pipeline/tag/tag-paragraph.ts';
import { miniReference } from '../support/mini-reference.ts';

const tagger = new ParagraphTagger(miniReference);

function paragraph(text: string, number = 1): Paragraph {
  return {
    report: 'TEST/1',
    number,
    section: ['I'],
    text,
    footnotes: [],
    footnoteRefs: [],
    numberSource: 'recovered',
    lines: { first: 1, last: 1 },
  };
}

function places(text: string) {
  return tagger
    .tag(paragraph(text))
    .sentences.flatMap((s) => s.tags)
    .filter((tag) => tag.kind === 'country' || tag.kind === 'city')
    .map((tag) => `${tag.ref}:${tag.role}`);
}

function records(...texts: string[]) {
  return tagAndBuildRecords(
    texts.map((text, i) => paragraph(text, i + 1)),
    miniReference,
    [],
  ).records.map(
    (r) =>
      `${r.paragraph}.${r.sentence}:${r.country ?? '-'}:${r.role ?? '-'}${r.placeInherited ? ':inherited' : ''}`,
  );
}

describe('look-alike names', () => {
  it('does not read a country inside a longer word', () => {
    expect(places('人权高专办向发展中国家和印度洋岛国提供支持。')).toEqual([]);
  });

  it('prefers the longest country name', () => {
    expect(places('人权高专办在几内亚比绍和巴布亚新几内亚提供支持。')).toEqual([
      'GNB:activity',
      'PNG:activity',
    ]);
  });

  it('reads older UN spellings through aliases', () => {
    expect(places('在人权高专办的支持下，斯威士兰加强了与条约机构的接触。')).toEqual([
      'SWZ:activity',
    ]);
  });

  it('matches Latin names only as whole words', () => {
    const tags =
      tagger.tag(paragraph('人权高专办与 UNDP 和 EUropean 合作。')).sentences[0]?.tags ?? [];
    expect(tags.filter((t) => t.kind === 'partner').map((t) => t.ref)).toEqual(['undp']);
  });
});

describe('places inside titles and names', () => {
  it('a place inside 《...》 is a mention', () => {
    expect(places('各国重申致力于执行《伊斯坦布尔宣言和行动纲领》。')).toEqual(['TUR:mention']);
  });

  it('a document named after a place is a mention even without brackets', () => {
    expect(places('人权高专办支持落实萨摩亚途径。')).toEqual(['WSM:mention']);
  });

  it('a regional organisation is a partner, not a country', () => {
    const tags = tagger.tag(paragraph('人权高专办与欧洲联盟合作。')).sentences[0]?.tags ?? [];
    expect(tags.map((t) => `${t.kind}:${t.ref}`)).toEqual([
      'actor:ohchr',
      'partner:european-union',
    ]);
  });

  it('a country inside an organisation name is that organisation', () => {
    const tags =
      tagger.tag(paragraph('人权高专办与乌干达人权委员会合作。')).sentences[0]?.tags ?? [];
    expect(tags.map((t) => `${t.kind}:${t.ref}`)).toEqual([
      'actor:ohchr',
      'partner:uganda-human-rights-commission',
    ]);
  });
});

describe('country roles from sentence structure', () => {
  it.each([
    ['在喀麦隆，人权高专办举办了一次讲习班。', 'CMR:activity'],
    ['人权高专办向巴巴多斯提供了法律咨询意见。', 'BRB:activity'],
    ['来自布基纳法索的 14 名议员参加了这次研讨会。', 'BFA:participant'],
    ['包括斐济的代表以及谈判人员，参加了这次活动。', 'FJI:participant'],
    ['人权高专办在曼谷举行了研讨会。', 'THA:venue'],
    ['各国议会联盟和人权高专办在日内瓦联合举办了一次研讨会。', 'CHE:venue'],
    ['移徙工人委员会建议厄瓜多尔加强国际合作。', 'ECU:mechanism'],
    ['葡萄牙牵头的之友小组是一个非正式平台，人权高专办参与其中。', 'PRT:lead'],
    ['几内亚通过了一项国家人权计划。', 'GIN:mention'],
    [
      '高级专员提及 2019 年在日本举行的 20 国集团首脑会议上达成的协议，人权高专办予以宣传。',
      'JPN:mention',
    ],
    [
      '分别在曼谷、瑞士和喀麦隆举行了这些研讨会，人权高专办为此提供支持。',
      'THA:venue,CHE:venue,CMR:venue',
    ],
    [
      '塞拉利昂为筹备审议，人权高专办提供支持，几内亚于 2019 年提交了一份中期报告。',
      'GIN:mechanism',
    ],
    // People named after a country are not work there; a country's migration office is.
    ['人权高专办在乌干达监测了布隆迪难民的处境。', 'UGA:activity,BDI:mention'],
    ['人权高专办为乌克兰寻求庇护者提供了法律咨询。', 'UKR:mention'],
    // Blind round 8 (fictional-18), written anew: people a country's conflict displaced.
    ['人权高专办乌干达办事处应对乌克兰冲突造成的难民涌入。', 'UGA:activity,UKR:mention'],
    ['人权高专办与哥伦比亚移民局合作，培训了边境官员。', 'COL:activity'],
    // A regional office's name lists its area; a country office's name is its country.
    ['人权高专办中美洲和巴巴多斯区域办事处在曼谷举办了讲习班。', 'BRB:mention,THA:venue'],
    ['人权高专办乌干达国别办事处培训了警察。', 'UGA:activity'],
    // A neighbour locating a crossing, an office's seat, a country in an institute's name.
    ['人权高专办在与乌干达和布隆迪接壤的过境点监测了返回者的情况。', 'UGA:mention,BDI:mention'],
    ['人权高专办区域办事处(设在曼谷)为警察举办了培训。', 'THA:mention'],
    [
      '人权高专办乌干达办事处监测了乌干达与布隆迪之间边境的过境点。',
      'UGA:activity,UGA:activity,BDI:mention',
    ],
    ['人权高专办与喀麦隆人权研究所共同举办了一次会外活动。', 'CMR:mention'],
    // Blind round 7 (fictional-16): the seat of another institution; written anew.
    ['人权高专办与设在乌干达的一所人权大学合作举办了暑期班。', 'UGA:mention'],
    ['人权高专办支持该法院在其位于喀麦隆雅温得的所在地之外开庭。', 'CMR:mention'],
    ['人权高专办设在乌干达的办事处培训了警察。', 'UGA:activity'],
    // Blind round 8 (fictional-17, -18): a State's development agency, another body's session
    // people were funded to attend; written anew.
    ['人权高专办为乌干达国际合作机构的工作人员举办了培训。', 'UGA:mention'],
    // The 国 of the formal 日本国 opens 国际: the shorter name is read.
    ['人权高专办为日本国际协力机构的工作人员举办了培训。', 'JPN:mention'],
    ['该基金资助了 20 名代表参加在曼谷举行的区域论坛第五届会议。', 'THA:mention'],
    ['人权高专办派代表团出席了在曼谷举行的区域论坛第五届会议。', 'THA:venue'],
    ['人权高专办在曼谷举行了第二届区域讲习班。', 'THA:venue'],
    // A city in a group's or a text's name (invented names: the test reference knows 曼谷).
    ['人权高专办在问卷中采用了曼谷残疾统计小组的问题集。', 'THA:mention'],
    // Another organisation's mission named after a country is not work there; OHCHR's own is.
    ['人权高专办为非洲联盟布隆迪支助和稳定团的警务人员提供了培训。', 'BDI:mention'],
    ['人权高专办为欧洲联盟驻喀麦隆训练团的教官举办了讲习班。', 'CMR:mention'],
    ['人权高专办支持联合国布基纳法索特派团人权司培训了检察官。', 'BFA:activity'],
    // Blind round 4 (fictional-14) showed these; the sentences here are written anew.
    // People of several countries counted for an event came from them; one country's are work there.
    [
      '人权高专办为乌干达、喀麦隆和布隆迪的 52 名检察官举办了讲习班。',
      'UGA:participant,CMR:participant,BDI:participant',
    ],
    [
      '人权高专办在曼谷为斐济和萨摩亚的 30 名官员举办了 2 期培训。',
      'THA:venue,FJI:participant,WSM:participant',
    ],
    ['人权高专办为布隆迪国家独立人权委员会的 18 名工作人员举办了培训。', 'BDI:activity'],
    // A State's institution the work is done with or for is work in its country.
    ['人权高专办与布隆迪人权委员会合作，培训了监狱官员。', 'BDI:activity'],
    ['人权高专办支持乌干达国民议会设立了人权委员会。', 'UGA:activity'],
    ['人权高专办与亚洲网络和布隆迪人权委员会合作，为中亚国家人权机构组织了交流。', 'BDI:mention'],
    ['人权高专办与布隆迪人权委员会合作，为 20 名监狱官员举办了讲习班。', 'BDI:activity'],
    ['人权高专办审查了 30 个机构的认证情况，其中包括布隆迪人权委员会。', 'BDI:mention'],
    // A mechanism visiting or reviewing a State addresses it.
    ['酷刑问题特别报告员于 2031 年 5 月访问了乌干达和喀麦隆。', 'UGA:mechanism,CMR:mechanism'],
    ['禁止酷刑委员会在审议布隆迪的报告后，建议该国设立国家防范机制。', 'BDI:mechanism'],
    // A State co-hosting or funding; a place that lacks something; an event still to come.
    [
      '人权高专办为即将部署到乌干达和布隆迪特派团的 300 名警察提供了培训。',
      'UGA:mention,BDI:mention',
    ],
    ['布隆迪政府共同主办了这次讲习班，人权高专办提供了支持。', 'BDI:lead'],
    [
      '截至 2031 年底，仍有 9 个小岛屿国家在日内瓦没有常驻代表团，人权高专办为此提供支持。',
      'CHE:mention',
    ],
    ['日本和瑞士是该基金的主要捐助国，人权高专办感谢其支持。', 'JPN:lead,CHE:lead'],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected.split(','));
  });
});

describe('records', () => {
  it('a sentence without a place inherits the place that governs its paragraph', () => {
    expect(
      records(
        '在哥伦比亚，人权高专办与监察专员建立了伙伴关系。高专办还与总法律顾问进行了合作。人权高专办在喀麦隆开展了培训。高专办还编写了报告。',
      ),
    ).toEqual(['1.0:COL:activity', '1.1:COL:activity:inherited', '1.2:CMR:activity', '1.3:-:-']);
  });

  it('a country office at the start of a sentence governs what follows', () => {
    expect(
      records('人权高专办乌干达国别办事处重新发行了一本小册子。人权高专办还支持政府加强能力。'),
    ).toEqual(['1.0:UGA:activity', '1.1:UGA:activity:inherited']);
  });

  // Blind round 6's reading (fictional-15): a country office's own sub-section names its country
  // once, then says 该办事处. Written anew.
  it('a paragraph opening on 该办事处 goes on with the office the paragraph before named, and says from where', () => {
    expect(
      records(
        '人权高专办乌干达办事处根据与政府的协定设立。办事处的任务包括监测和技术援助。',
        '2031 年，该办事处为 40 名法官举办了讲习班。该办事处还监测了拘留场所。',
        '人权高专办为议员举办了培训。',
      ),
    ).toEqual([
      '1.0:UGA:activity',
      '2.0:UGA:activity:inherited',
      '2.1:UGA:activity:inherited',
      '3.0:-:-',
    ]);
    const built = tagAndBuildRecords(
      [
        paragraph('人权高专办乌干达办事处根据与政府的协定设立。', 1),
        paragraph('在司法问题上，该办事处培训了检察官。', 2),
      ],
      miniReference,
      [],
    ).records.find((record) => record.paragraph === 2);
    expect(built?.placeFromParagraph).toBe(1);
    expect(built?.placeFrom).toBeNull();
    expect(built?.officeRule).toBe('office:named-in-paragraph-before');
    // Not in another section.
    const other = tagAndBuildRecords(
      [
        paragraph('人权高专办乌干达办事处根据与政府的协定设立。', 1),
        { ...paragraph('该办事处培训了检察官。', 2), section: ['II'] },
      ],
      miniReference,
      [],
    ).records.filter((record) => record.paragraph === 2);
    expect(other).toEqual([]);
  });

  it('a sentence that reports no OHCHR or mechanism work yields no record', () => {
    expect(records('各国对促进可持续发展负有主要责任。')).toEqual([]);
  });

  // Blind round 6 (fictional-15): another body's doing, after OHCHR's work, is not part of it.
  // Written anew; 曼谷 is a city the test reference knows.
  it('a court sitting somewhere, or a meeting of a treaty’s parties, does not go on with OHCHR’s work', () => {
    expect(
      records('人权高专办在乌干达举办了讲习班。同年 5 月，区域法院在曼谷举行了公开听证。'),
    ).toEqual(['1.0:UGA:venue']);
    expect(
      records('人权高专办在乌干达举办了讲习班。该公约缔约方会议第二届会议在曼谷举行。'),
    ).toEqual(['1.0:UGA:venue']);
    // The event OHCHR held, said to be held somewhere, still is.
    expect(records('人权高专办举办了一次区域讲习班。讲习班在曼谷举行。')).toEqual([
      '1.0:-:-',
      '1.1:THA:venue',
    ]);
  });

  it('a sentence that goes on with the work just reported takes its topic, and says from where', () => {
    const built = tagAndBuildRecords(
      [
        paragraph(
          '人权高专办举办了一次工商业与人权讲习班。来自 12 个国家的官员参加了这次讲习班。人权高专办还为议员举办了培训。该项目还编写了一份指南。',
        ),
      ],
      miniReference,
      [],
    ).records.map((r) => [r.sentence, r.themes.join('+'), r.topicFrom ?? null]);
    expect(built).toEqual([
      [0, 'business-and-human-rights+development', null],
      // Refers back ("这次讲习班"), no theme of its own: the workshop's topic, from sentence 0.
      [1, 'business-and-human-rights+development', 0],
      // Its own topic.
      [2, 'parliaments+participation', null],
      // Refers back to the sentence before, whose topic is its own.
      [3, 'parliaments+participation', 2],
    ]);
  });

  it('a paragraph that opens on those who took part goes on with the meeting before it', () => {
    // Same section: the participants of the meeting just reported; a paragraph opening otherwise
    // ("各国政府……") does not.
    expect(
      records(
        '人权高专办在曼谷举办了一次区域会议。',
        '与会者讨论了落实建议的办法。几位与会者介绍了本国的做法。',
        '各国政府通过了行动计划。',
      ),
    ).toEqual(['1.0:THA:venue', '2.0:-:-', '2.1:-:-']);
  });

  it('work with a regional human rights body is about regional mechanisms, by the body', () => {
    const built = tagAndBuildRecords(
      [paragraph('人权高专办与美洲人权委员会举行了年度会议。')],
      miniReference,
      [],
    );
    expect(built.records.map((r) => r.themes)).toEqual([['mechanisms', 'regional-mechanisms']]);
    const tag = built.records[0]?.evidence.spans.find((span) => span.kind === 'theme');
    expect(tag).toMatchObject({
      ref: 'regional-mechanisms',
      rule: 'theme:work-with:iachr',
      text: '美洲人权委员会',
    });
  });

  it('work with no country is one record with country null', () => {
    expect(records('人权高专办出版了一本书。')).toEqual(['1.0:-:-']);
  });
});

describe('sentences', () => {
  it('splits at stops outside quotes and keeps a footnote marker with its sentence', () => {
    const text = '他说“甲。乙。”然后走了。1 第二句。30 多个国家参加。';
    const markers = [{ start: 13, end: 14 }];
    expect(splitSentences(text, markers).map((s) => text.slice(s.start, s.end))).toEqual([
      '他说“甲。乙。”然后走了。1',
      '第二句。',
      '30 多个国家参加。',
    ]);
  });
});

describe('office type, with its reason', () => {
  // A reviewed list written for this test (the real one is data/reference/field-presences.json).
  const reference = {
    ...miniReference,
    fieldPresences: [
      {
        year: 2031,
        officeType: 'country-office' as const,
        iso3: 'CMR',
        asListed: 'Cameroon',
        source: 'test',
        note: null,
      },
    ],
  };
  const offices = (year: number | null, ...texts: string[]) =>
    tagAndBuildRecords(
      texts.map((text, i) => paragraph(text, i + 1)),
      reference,
      [],
      year,
    ).records.map((r) => `${r.country ?? '-'}:${r.officeType ?? '-'}:${r.officeRule ?? '-'}`);

  it('takes a country office from the reviewed list of the report year, for work in the country', () => {
    expect(offices(2031, '人权高专办向喀麦隆政府提供了法律咨询。')).toEqual([
      'CMR:country-office:office:reviewed-list-2031',
    ]);
    // Another year: the list says nothing.
    expect(offices(2030, '人权高专办向喀麦隆政府提供了法律咨询。')).toEqual(['CMR:-:-']);
    // Participants from the country are not the office's work there.
    expect(offices(2031, '来自喀麦隆的 14 名议员参加了人权高专办的研讨会。')).toEqual(['CMR:-:-']);
  });

  it('prefers the presence the text names, and says OHCHR with no place is headquarters', () => {
    expect(offices(2031, '人权高专办中部非洲区域办事处在喀麦隆培训了警察。')[0]).toBe(
      'CMR:regional-office:office:named-in-sentence',
    );
    expect(offices(2031, '人权高专办发布了一份指南。')).toEqual([
      '-:headquarters:office:ohchr-with-no-place',
    ]);
  });
});

describe('partners named before a verb', () => {
  const partnerRefs = (text: string) =>
    tagger
      .tag(paragraph(text))
      .sentences.flatMap((s) => s.tags)
      .filter((tag) => tag.kind === 'partner')
      .map((tag) => tag.ref);

  it.each([
    '人权高专办与开发署合作，支持了选举委员会。',
    '人权高专办与开发署共同组织了三次讲习班。',
    '开发署支持人权高专办部署了人权顾问。',
  ])('keeps a short name followed by its verb: %s', (text) => {
    expect(partnerRefs(text)).toEqual(['undp']);
  });
});
