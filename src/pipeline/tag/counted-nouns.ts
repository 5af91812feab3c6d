/**
 * The head nouns a counted number in these reports can count, by what they are: the grammar of
 * a figure reads "number + measure word + noun phrase" and takes its category from the phrase's
 * head. General Chinese vocabulary of the reports' subjects (people, States, offices, events),
 * not phrases of one report; longer heads win over the nouns inside them (人权顾问 over 人).
 */
/** The categories that count people: what 名 and 位 count. */
const personCategoryList = [
  'people',
  'participants',
  'parliamentarians',
  'representatives',
  'beneficiaries',
  'advisers',
] as const;

export const countedCategories = [
  ...personCategoryList,
  'countries',
  'states',
  'cities',
  'offices',
  'projects',
  'events',
  'commitments',
  'modules',
  'other',
] as const;

export type CountedCategory = (typeof countedCategories)[number];

export const personCategories: ReadonlySet<CountedCategory> = new Set(personCategoryList);

/** 名 and 位 count people; every other measure word counts things. */
export function isPersonMeasure(measure: string | null): boolean {
  return measure === '名' || measure === '位';
}

const HEADS: Record<CountedCategory, readonly string[]> = {
  advisers: ['人权顾问', '顾问'],
  parliamentarians: ['议员'],
  representatives: ['代表'],
  participants: ['学员', '与会者', '参与者', '参加者', '受训人员', '受训者', '人次'],
  beneficiaries: ['受益者', '受益人'],
  states: ['会员国', '缔约国', '成员国', '签署国', '捐助国'],
  countries: ['国家', '岛国', '国'],
  cities: ['城市', '市', '镇'],
  offices: [
    '办事处',
    '办事机构',
    '外地存在',
    '实地存在',
    '人权部门',
    '区域中心',
    '分区域中心',
    '办公室',
    '外地办事处',
    '人权组成部分',
    // "10 个其他形式的存在": a presence counted by a measure word is a noun (存在 the verb starts a
    // predicate, see figures.ts).
    '存在',
  ],
  projects: ['项目', '方案'],
  events: [
    '会议',
    '磋商',
    '研讨会',
    '讲习班',
    '培训班',
    '培训',
    '培训课程',
    '课程',
    '访问',
    '对话',
    '论坛',
    '会外活动',
    '活动',
    '讨论会',
    '圆桌会议',
    '协商',
    '常会',
    '届会',
    // A meeting or visit named by what it is for: 工作 here is no verb (see MODIFIER_OPENING).
    '工作会议',
    '工作访问',
    '听证',
    '听证会',
    '介绍会',
    '情况介绍会',
    '通报会',
  ],
  commitments: ['承诺'],
  modules: ['单元', '模块'],
  people: [
    '人',
    '官员',
    '法官',
    '检察官',
    '警察',
    '警员',
    '警官',
    '宪兵',
    '军人',
    '军官',
    '士兵',
    '记者',
    '博客作者',
    '律师',
    '专家',
    '人员',
    '工作人员',
    '成员',
    '领袖',
    '领导人',
    '妇女',
    '女童',
    '儿童',
    '男童',
    '青年',
    '难民',
    '移民',
    '流离失所者',
    '被拘留者',
    '囚犯',
    '受害者',
    '幸存者',
    '人权维护者',
    '维护者',
    '观察员',
    '调解员',
    '教师',
    '家属',
    '平民',
    '被告',
    '失踪者',
    '被遣返者',
    '战俘',
    '志愿者',
    '外交官',
    '书记官',
    '居民',
    '村民',
    '国民',
    '行为者',
    '协调员',
    '法医',
    '干事',
    '人权干事',
    '用户',
    '狱警',
    '民警',
    '企业家',
    '特别报告员',
    '报告员',
    '独立专家',
    '学生',
    '研究员',
    '人士',
    '活动人士',
    '负责人',
    '残疾人',
  ],
  other: [
    '组织',
    '机构',
    '设施',
    '监狱',
    '案件',
    '事件',
    '行为',
    '指控',
    '建议',
    '社区',
    '家庭',
    '公司',
    '企业',
    '省',
    '州',
    '区域',
    '地区',
    '诊所',
    '委员会',
    '草案',
    '法律',
    '文书',
    '报告',
    '说明',
    '新闻稿',
    '陈述',
    '目标',
    '具体目标',
    '议会',
    '省议会',
    '工作队',
    '出版物',
    '手册',
    '领土',
    '大学',
    '学校',
    '医院',
    '省份',
    '警察局',
    '派出所',
    '拘留所',
    '拘留中心',
    '拘留场所',
    '拘留设施',
    '拘留地点',
    '场所',
    // A centre in general (司法便民中心, 拘留和遣返中心) is not an office; OHCHR's are 区域中心.
    '中心',
    '团体',
    '袭击',
    '攻击',
    '案例',
    '投诉',
    '申诉',
    '来文',
    '站',
    '内容',
    '交涉',
    '村庄',
    '村',
    '法案',
    '框架',
    // A delegation is a body, not its representatives (代表团 holds 代表).
    '代表团',
    '材料',
    '资料',
    '工具',
    '指南',
    '县',
    // Bodies, groups and what they ask or give: "8 个工会", "4 个监测小组", "12 项请求".
    '工会',
    '小组',
    '工作组',
    '机制',
    // An organisation of persons with disabilities, not the persons (残疾人组织代表).
    '残疾人组织',
    '捐助方',
    '请求',
    '倡议',
    '任务',
    '意见',
    '条款',
    '分析',
    '汇编',
    '摘要',
    '中学',
    '小学',
    // Disasters a report counts: "两场飓风".
    '飓风',
    '地震',
    '洪水',
    '风暴',
  ],
};

export interface HeadNoun {
  readonly text: string;
  readonly category: CountedCategory;
}

const BY_LENGTH: readonly HeadNoun[] = (Object.entries(HEADS) as [CountedCategory, string[]][])
  .flatMap(([category, words]) => words.map((text) => ({ text, category })))
  .sort((a, b) => b.text.length - a.text.length);

/** The longest head noun that starts at `index`, if any. */
export function headNounAt(text: string, index: number): HeadNoun | null {
  for (const head of BY_LENGTH) {
    if (text.startsWith(head.text, index)) return head;
  }
  return null;
}

/** What a measure word counts when the phrase after it names no head of the list. */
/**
 * Whether a measure word can count a head of this category: 名 and 位 count people; 个, 起, 项
 * and the other measure words count things, never people in the reports' register ("38 个移民拘留
 * 中心" counts centres, "90 起……的指控" allegations). A bare number counts anything.
 */
export function measureCounts(measure: string | null, category: CountedCategory): boolean {
  if (measure === null || measure === '') return true;
  return personCategories.has(category) === isPersonMeasure(measure);
}

export function categoryOfMeasureWord(measure: string): CountedCategory {
  if (isPersonMeasure(measure)) return 'people';
  if (/^[次场期轮]$/u.test(measure)) return 'events';
  return 'other';
}

/**
 * The category a figure counts: its head's, or what its measure word counts when the phrase names
 * no listed head. 项 counts items of a list or a programme ("三项活动" are three of its items),
 * never events held, which 次, 场, 期 and 届 count.
 */
export function categoryCountedBy(
  measure: string,
  category: CountedCategory | null,
): CountedCategory {
  if (category === null) return categoryOfMeasureWord(measure);
  return measure === '项' && category === 'events' ? 'other' : category;
}
