import { describe, expect, it } from 'vitest';
import {
  localPresenceNames,
  noWorkReason,
  refersBack,
} from '../../src/pipeline/tag/sentence-work.ts';

// Sentences written for these tests, in the reports' register; none is taken from the corpus.
describe('noWorkReason: OHCHR named, no work of its own reported', () => {
  it.each([
    ['人权理事会在第 60/4 号决议中请高级专员就此提交一份报告。', 'work:no-request-to-ohchr'],
    ['会后，秘鲁政府请人权高专办就修订刑法提供咨询。', 'work:no-request-to-ohchr'],
    ['本报告涵盖 2031 年 1 月至 12 月。', 'work:no-report-structure'],
    ['该论坛定于 2032 年 3 月 4 日至 6 日在内罗毕举行。', 'work:no-event-still-to-come'],
    // Written anew after the seed's reading (¶3, ¶50, ¶56, ¶64, ¶70 showed the kinds).
    ['人权事务委员会在第 36 号一般性意见中指出，生命权不得克减。', 'work:no-normative-text'],
    ['此外，该公约还要求缔约国提供技术援助(第二十三条)。', 'work:no-normative-text'],
    ['会员国日益寻求：加强国家机制；减少逾期报告。', 'work:no-what-states-seek'],
    ['协助参与普遍定期审议的自愿信托基金，旨在支持各国代表出席审议。', 'work:no-purpose-of-a-fund'],
    ['任务负责人各次访问的报告载于 A/HRC/61/40 和 A/HRC/61/41。', 'work:no-report-structure'],
    [
      '在各国努力从冲突中恢复和重建机构的背景下，人权高专办随时准备提供咨询。',
      'work:no-intention-or-offer',
    ],
    ['下文第 12 至 15 段介绍人权高专办在亚洲开展的工作。', 'work:no-report-structure'],
    [
      '人权高专办作为负责人权事务的联合国系统实体，通过其外地存在提供技术合作。',
      'work:no-self-description',
    ],
    ['人权高专办随时准备应各国请求提供技术援助。', 'work:no-intention-or-offer'],
    ['高级专员呼吁各国为自愿基金提供可预测的资金。', 'work:no-recommendation-of-the-report'],
    ['各国应确保国家人权机构独立运作。', 'work:no-recommendation-of-the-report'],
    ['截至 2031 年底，人权高专办共设有 90 个实地存在。', 'work:no-presence-count'],
    ['在中美洲，人权高专办设有危地马拉和洪都拉斯国别办事处。', 'work:no-presence-count'],
    ['挪威和瑞士是该基金的主要捐助方。', 'work:no-donation-to-a-fund'],
    ['此外，两个区域组织向该基金提供了捐款。', 'work:no-donation-to-a-fund'],
    ['该基金旨在加强各国执行建议的能力。', 'work:no-purpose-of-a-fund'],
    ['理事会在第 61/2 号决议中设立了一个新的特别程序任务。', 'work:no-resolution-of-the-council'],
  ])('%s → %s', (sentence, rule) => {
    expect(noWorkReason(sentence)).toBe(rule);
  });

  it.each([
    '人权高专办为 40 名法官举办了讲习班。',
    '应秘鲁政府的请求，人权高专办审查了刑法草案。',
    '人权高专办作为协调机构，于 2031 年召集了三次磋商。',
    '2031 年，人权高专办在 3 个国家开展了监测。',
    '人权高专办向该基金的受助方提供了指导。',
    '高级专员在理事会第六十一届会议上介绍了报告。',
  ])('%s reports work', (sentence) => {
    expect(noWorkReason(sentence)).toBeNull();
  });
});

describe('refersBack: a sentence that goes on with the work just reported', () => {
  it.each([
    '讲习班讨论了落实建议的办法。',
    '2031 年，该方案支持司法部审查了 20 起案件。',
    '与会者商定了一份路线图。',
    '评估建议将残疾人纳入国家计划。',
    '在秘鲁，为检察官和警察组织了关于酷刑预防的培训。',
    '研讨会将法官和检察官聚集在一起，讨论了审前拘留问题。',
    '几位与会者介绍了本国的做法。',
    '如会议报告所述，会议强调了数据的重要性。',
    '根据同一项决议，为区域组织的工作人员制订了一项培训方案。',
    '建立了一个由 30 名观察员组成的监测网络。',
    '由于边境关闭，抵达的人数减少；该办事处为 40 人提供了咨询。',
  ])('%s', (sentence) => {
    expect(refersBack(sentence)).toBe(true);
  });

  it.each([
    '秘鲁政府通过了一项国家行动计划。',
    '疫情加剧了不平等。',
    '会员国日益重视国家后续行动机制。',
  ])('%s does not', (sentence) => {
    expect(refersBack(sentence)).toBe(false);
  });
});

describe('localPresenceNames: an OHCHR presence named in the paragraph, with its short name', () => {
  it('reads the full name and the short name defined in brackets', () => {
    expect(
      localPresenceNames(
        '在也门，联合国人权联合办事处(人权联合办)与司法部合作。人权联合办还培训了警察。',
      ),
    ).toEqual(expect.arrayContaining(['联合国人权联合办事处', '人权联合办']));
  });

  it('reads a mission human rights office', () => {
    expect(localPresenceNames('联合国利比亚支助团(联利支助团)人权办公室监测了拘留场所。')).toEqual([
      '支助团(联利支助团)人权办公室',
    ]);
  });

  it('ignores bodies of the State named with 人权', () => {
    expect(localPresenceNames('国家人权委员会(人权委)发表了报告。')).toEqual([]);
  });
});
