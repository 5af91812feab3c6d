/**
 * The one message catalogue of the UI. English defines the keys; Chinese must have every one
 * (the type checker enforces it). Placeholders are {name}.
 */
const en = {
  'app.name': 'OHCHR activities dashboard',
  'app.language': 'Language',
  'app.loading': 'Loading the data…',
  'header.asOf': 'As of {year}',
  'header.recordMeaning':
    'One record is one sentence of the report that describes work by OHCHR or a human rights mechanism, in one country (or globally).',
  'header.counts': '{records} records · {paragraphs} paragraphs · {countries} countries',
  'error.title': 'The dashboard could not load its data',
  'error.recover':
    'Run `npm run prep` to regenerate the data, then press Retry or reload the page.',
  'error.retry': 'Retry',
  'filters.title': 'Filters',
  'filters.clearAll': 'Clear all filters',
  'filters.matching': '{count} matching records',
  'filters.dropped': 'Ignored filter values this data does not know: {values}',
  'filters.pillar': 'Pillar',
  'filters.theme': 'Theme',
  'filters.partnerType': 'Partner type',
  'filters.partner': 'Partner',
  'filters.region': 'Region',
  'filters.subregion': 'Sub-region',
  'filters.country': 'Country',
  'filters.role': 'Country role',
  'filters.officeType': 'Office type',
  'filters.q': 'Search sentences',
  'filters.any': 'Any',
  'filters.remove': 'Remove filter {label}',
  'role.activity': 'Activity',
  'role.participant': 'Participant',
  'role.venue': 'Venue',
  'role.mechanism': 'Addressed by a mechanism',
  'role.lead': 'Lead or funder',
  'role.mention': 'Mention only',
  'partnerType.un-entity': 'UN entity',
  'partnerType.regional-organisation': 'Regional organisation',
  'partnerType.intergovernmental-body': 'Intergovernmental body',
  'partnerType.financial-institution': 'Financial institution',
  'partnerType.national-human-rights-institution': 'National human rights institution',
  'partnerType.government-body': 'Government body',
  'partnerType.parliament': 'Parliament',
  'partnerType.civil-society': 'Civil society',
  'partnerType.private-sector': 'Private sector',
  'partnerType.academic': 'Academic',
  'partnerType.human-rights-mechanism': 'Human rights mechanism',
  'partnerType.other': 'Other',
  global: 'Global or regional (no country)',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const zh: Messages = {
  'app.name': '人权高专办活动仪表板',
  'app.language': '语言',
  'app.loading': '正在加载数据…',
  'header.asOf': '截至 {year} 年',
  'header.recordMeaning':
    '一条记录是报告中的一个句子，描述人权高专办或人权机制在一个国家（或全球）开展的工作。',
  'header.counts': '{records} 条记录 · {paragraphs} 个段落 · {countries} 个国家',
  'error.title': '仪表板无法加载数据',
  'error.recover': '请运行 `npm run prep` 重新生成数据，然后点击“重试”或重新加载页面。',
  'error.retry': '重试',
  'filters.title': '筛选',
  'filters.clearAll': '清除全部筛选',
  'filters.matching': '{count} 条匹配记录',
  'filters.dropped': '已忽略数据中不存在的筛选值：{values}',
  'filters.pillar': '支柱',
  'filters.theme': '主题',
  'filters.partnerType': '伙伴类型',
  'filters.partner': '伙伴',
  'filters.region': '区域',
  'filters.subregion': '次区域',
  'filters.country': '国家',
  'filters.role': '国家角色',
  'filters.officeType': '办事机构类型',
  'filters.q': '搜索句子',
  'filters.any': '全部',
  'filters.remove': '移除筛选 {label}',
  'role.activity': '开展活动',
  'role.participant': '参与方',
  'role.venue': '举办地',
  'role.mechanism': '人权机制所涉国家',
  'role.lead': '牵头或出资',
  'role.mention': '仅提及',
  'partnerType.un-entity': '联合国实体',
  'partnerType.regional-organisation': '区域组织',
  'partnerType.intergovernmental-body': '政府间机构',
  'partnerType.financial-institution': '金融机构',
  'partnerType.national-human-rights-institution': '国家人权机构',
  'partnerType.government-body': '政府机构',
  'partnerType.parliament': '议会',
  'partnerType.civil-society': '民间社会',
  'partnerType.private-sector': '私营部门',
  'partnerType.academic': '学术机构',
  'partnerType.human-rights-mechanism': '人权机制',
  'partnerType.other': '其他',
  global: '全球或区域（无具体国家）',
};

export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

export const catalogue: Record<Language, Messages> = { en, zh };

export function translate(
  language: Language,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return catalogue[language][key].replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
