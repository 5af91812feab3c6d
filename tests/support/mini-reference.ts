import type { Country, Partner, Theme } from '../../src/domain/reference.ts';
import type { ReferenceInput } from '../../src/pipeline/tag/reference-input.ts';
import { fixtureCountry } from './fixture-parts.ts';

/** A small, hand-made reference for rule tests: independent of data/reference. */
function country(
  iso3: string,
  zh: string,
  en: string,
  region = '142',
  aliases: string[] = [],
): Country {
  return fixtureCountry({
    iso3,
    names: { zh, en, zhFormal: null, enFormal: null },
    aliases: aliases.map((text) => ({ text, lang: 'zh' as const, source: 'test' })),
    region: { code: region, zh: '', en: '' },
  });
}

function partner(
  id: string,
  type: Partner['type'],
  zh: string,
  en: string,
  aliases: string[] = [],
  acronyms: string[] = [],
): Partner {
  return { id, type, names: { zh, en }, aliases, acronyms, country: null };
}

function theme(
  id: string,
  pillar: Theme['pillar'],
  zh: string[],
  parent: string | null = pillar,
): Theme {
  return { id, pillar, parent, labels: { zh: id, en: id }, rules: { zh, en: [] } };
}

export const miniReference: ReferenceInput = {
  countries: [
    country('CHN', '中国', 'China'),
    country('IND', '印度', 'India'),
    country('CMR', '喀麦隆', 'Cameroon', '002'),
    country('BFA', '布基纳法索', 'Burkina Faso', '002'),
    country('BDI', '布隆迪', 'Burundi', '002'),
    country('THA', '泰国', 'Thailand'),
    country('CHE', '瑞士', 'Switzerland', '150'),
    country('FJI', '斐济', 'Fiji', '009'),
    country('MHL', '马绍尔群岛', 'Marshall Islands', '009'),
    country('PRT', '葡萄牙', 'Portugal', '150'),
    country('ECU', '厄瓜多尔', 'Ecuador', '019'),
    country('BRB', '巴巴多斯', 'Barbados', '019'),
    country('GIN', '几内亚', 'Guinea', '002'),
    country('GNB', '几内亚比绍', 'Guinea-Bissau', '002'),
    country('PNG', '巴布亚新几内亚', 'Papua New Guinea', '009'),
    country('WSM', '萨摩亚', 'Samoa', '009'),
    country('TUR', '土耳其', 'Türkiye', '142'),
    country('COL', '哥伦比亚', 'Colombia', '019'),
    country('UGA', '乌干达', 'Uganda', '002'),
    country('SWZ', '埃斯瓦蒂尼', 'Eswatini', '002', ['斯威士兰']),
    country('UKR', '乌克兰', 'Ukraine', '150'),
    country('JPN', '日本', 'Japan', '142', ['日本国']),
  ],
  cities: [
    {
      id: 'bangkok',
      names: { zh: '曼谷', en: 'Bangkok' },
      aliases: [],
      country: 'THA',
      capital: true,
      source: 'test',
    },
    {
      id: 'geneva',
      names: { zh: '日内瓦', en: 'Geneva' },
      aliases: [],
      country: 'CHE',
      capital: false,
      source: 'test',
    },
    {
      id: 'istanbul',
      names: { zh: '伊斯坦布尔', en: 'Istanbul' },
      aliases: [],
      country: 'TUR',
      capital: false,
      source: 'test',
    },
  ],
  partners: [
    partner(
      'undp',
      'un-entity',
      '联合国开发计划署',
      'United Nations Development Programme',
      ['开发署'],
      ['UNDP'],
    ),
    partner(
      'european-union',
      'regional-organisation',
      '欧洲联盟',
      'European Union',
      ['欧盟'],
      ['EU'],
    ),
    partner(
      'uganda-human-rights-commission',
      'national-human-rights-institution',
      '乌干达人权委员会',
      'Uganda Human Rights Commission',
    ),
    partner(
      'cedaw',
      'human-rights-mechanism',
      '消除对妇女歧视委员会',
      'Committee on the Elimination of Discrimination against Women',
    ),
    partner('cmw', 'human-rights-mechanism', '移徙工人委员会', 'Committee on Migrant Workers'),
    partner('ipu', 'intergovernmental-body', '各国议会联盟', 'Inter-Parliamentary Union'),
    partner('g20', 'intergovernmental-body', '20 国集团', 'Group of 20'),
    {
      ...partner('iachr', 'regional-organisation', '美洲人权委员会', 'Inter-American Commission'),
      workThemes: ['regional-mechanisms'],
    },
  ],
  actor: {
    id: 'ohchr',
    names: { zh: '联合国人权事务高级专员办事处', en: 'OHCHR' },
    aliases: ['人权高专办', '高专办'],
  },
  themes: [
    theme('development', 'development', [], null),
    theme('participation', 'participation', [], null),
    theme('business-and-human-rights', 'development', ['工商业与人权']),
    theme('parliaments', 'participation', ['议会', '议员']),
    theme('mechanisms', 'mechanisms', [], null),
    theme('regional-mechanisms', 'mechanisms', []),
  ],
  officeTypes: [
    {
      id: 'country-office',
      labels: { zh: '国别办事处', en: 'Country office' },
      rules: { zh: ['国别办事处'], en: [] },
    },
    {
      id: 'peace-mission-component',
      labels: { zh: '和平行动人权部门', en: 'Peace mission component' },
      rules: { zh: ['参与和平行动的人权部门', '人权监测团'], en: [] },
    },
    {
      id: 'regional-office',
      labels: { zh: '区域办事处', en: 'Regional office' },
      rules: { zh: ['区域办事处'], en: [] },
    },
    {
      id: 'human-rights-adviser',
      labels: { zh: '人权顾问', en: 'Human rights adviser' },
      rules: { zh: ['人权顾问'], en: [] },
    },
    {
      id: 'other-presence',
      labels: { zh: '其他办事机构', en: 'Other presence' },
      rules: { zh: ['其他办事机构'], en: [] },
    },
    {
      id: 'headquarters',
      labels: { zh: '总部', en: 'Headquarters' },
      rules: { zh: ['总部'], en: [] },
    },
  ],
  funds: [
    {
      id: 'upr-participation-fund',
      names: { zh: '参与普遍定期审议自愿基金', en: 'Voluntary Fund for Participation in the UPR' },
      aliases: [],
    },
  ],
  lookalikes: [
    { text: '发展中国家', lang: 'zh', kind: 'word' },
    { text: '印度洋', lang: 'zh', kind: 'word' },
    { text: '东南亚', lang: 'zh', kind: 'region' },
  ],
};
