import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  fundSchema,
  officeTypeIds,
  officeTypeSchema,
  partnerSchema,
  pillars,
  themeSchema,
} from '../../src/domain/reference.ts';

const note = { note: z.string().min(1).optional() };
// Each registry says who reviewed it (a helper session reading the sources, not the pipeline).
const about = z.string().regex(/helper \(session \d+\)|helper session/u);

const partnersFileSchema = z.strictObject({
  about,
  actor: z.strictObject({
    id: z.literal('ohchr'),
    names: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
    aliases: z.array(z.string().min(1)),
    ...note,
  }),
  partners: z.array(partnerSchema.extend(note).strict()),
});
const themesFileSchema = z.strictObject({
  about,
  themes: z.array(themeSchema.extend({ ...note, rulesNote: z.string().min(1) }).strict()),
  notInside: z.array(z.string().min(2)),
});
const officeTypesFileSchema = z.strictObject({
  about,
  officeTypes: z.array(officeTypeSchema.extend(note).strict()),
});
const fundsFileSchema = z.strictObject({ about, funds: z.array(fundSchema.extend(note).strict()) });

function readReference(name: string): unknown {
  const path = fileURLToPath(new URL(`../../data/reference/${name}`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8'));
}

const { actor, partners } = partnersFileSchema.parse(readReference('partners.json'));
const { themes, notInside } = themesFileSchema.parse(readReference('themes.json'));
const { officeTypes } = officeTypesFileSchema.parse(readReference('office-types.json'));
const { funds } = fundsFileSchema.parse(readReference('funds.json'));

const report = z
  .object({
    paragraphs: z.array(
      z.object({ text: z.string(), footnotes: z.array(z.object({ text: z.string() })) }),
    ),
  })
  .parse(
    JSON.parse(
      readFileSync(
        fileURLToPath(new URL('../golden/A_HRC_44_28.paragraphs.json', import.meta.url)),
        'utf8',
      ),
    ),
  );
const reportText = report.paragraphs
  .flatMap((paragraph) => [paragraph.text, ...paragraph.footnotes.map((f) => f.text)])
  .join('\n');

/** Every organisation A/HRC/44/28 names, as the text spells it, and the partner it must resolve to. */
const REPORT_PARTNERS: Record<string, string> = {
  人权理事会: 'human-rights-council',
  理事会: 'human-rights-council',
  人权理事会咨询委员会: 'hrc-advisory-committee',
  咨询委员会: 'hrc-advisory-committee',
  '经济、社会及文化权利委员会': 'cescr',
  联合国: 'united-nations',
  联合国系统: 'united-nations',
  大会: 'general-assembly',
  秘书长: 'secretary-general',
  联合国发展系统: 'un-development-system',
  和平行动部: 'dpo',
  维持和平行动部: 'dpo',
  政治和建设和平事务部: 'dppa',
  人权条约机构: 'treaty-bodies',
  条约机构: 'treaty-bodies',
  调查委员会: 'commissions-of-inquiry',
  实况调查团: 'fact-finding-missions',
  联合国可持续发展集团: 'unsdg',
  联合国可持续发展小组: 'unsdg',
  '“不让一个人掉队”、人权和规范性议程工作组': 'unsdg-lnob-task-team',
  驻地协调员: 'resident-coordinators',
  联合国国家工作队: 'un-country-teams',
  国家工作队: 'un-country-teams',
  和平大学: 'upeace',
  联合国大学全球健康国际研究所: 'unu-iigh',
  发展权工作组: 'wg-right-to-development',
  经济合作与发展组织: 'oecd',
  经合组织: 'oecd',
  负责任的工商行为全球论坛: 'oecd-global-forum-rbc',
  工商业与人权论坛: 'forum-business-human-rights',
  '20 国集团': 'g20',
  国际金融机构: 'international-financial-institutions',
  多边开发银行: 'multilateral-development-banks',
  欧洲复兴开发银行: 'ebrd',
  亚洲开发银行: 'adb',
  美洲开发银行: 'idb',
  国家人权机构: 'nhris',
  国家人权委员会: 'nhris',
  数字合作高级别小组: 'hlp-digital-cooperation',
  联合国移民问题网络: 'un-network-on-migration',
  萨赫勒五国集团: 'g5-sahel',
  联合国环境规划署: 'unep',
  东南亚国家联盟政府间人权委员会: 'aichr',
  欧洲联盟基本权利局: 'eu-fra',
  中非国家经济共同体: 'eccas',
  国家人权和自由委员会: 'cmr-nchrf',
  国家统计局: 'national-statistics-office',
  民间社会: 'civil-society-organisations',
  民间社会组织: 'civil-society-organisations',
  普遍定期审议: 'upr',
  普遍定期审议机制: 'upr',
  普遍定期审议工作组: 'upr',
  乌干达人权委员会: 'uga-uhrc',
  欧洲联盟: 'european-union',
  议会: 'parliaments',
  部际委员会: '',
  司法部: 'ministry-of-justice',
  报告和后续行动国家机制委员会: 'nmrf-committee',
  法律改革委员会: 'law-reform-commission',
  西非国家经济共同体: 'ecowas',
  爱国者理事会: 'lbr-council-of-patriots',
  '妇女、男女同性恋、双性恋、变性者和双性人及少数民族权利监察专员办公室': 'ombudsman',
  监察专员: 'ombudsman',
  总法律顾问: 'procurator-general',
  法律总顾问: 'procurator-general',
  总检察长: 'attorney-general-office',
  总统委员会: 'presidential-council-human-rights',
  矿产和能源部: 'ministry-of-mines-and-energy',
  Ecopetrol: 'ecopetrol',
  Nestlé: 'nestle',
  'Empresas Públicas de Medellín': 'epm',
  Amerisur: 'amerisur',
  国家土地机构: 'national-land-agency',
  环境部: 'ministry-of-environment',
  农业部: 'ministry-of-agriculture',
  世界自然基金会: 'wwf',
  上米拉和弗龙特拉社区理事会: 'col-alto-mira-frontera',
  欧洲委员会: 'council-of-europe',
  欧洲安全与合作组织特别监测团: 'osce-smm-ukraine',
  欧洲联盟咨询团: 'euam-ukraine',
  可持续发展问题高级别政治论坛: 'hlpf',
  高级别政治论坛: 'hlpf',
  非洲可持续发展问题区域论坛: 'africa-regional-forum-sd',
  法语国家国际组织: 'oif',
  法语国家组织: 'oif',
  各国议会联盟: 'ipu',
  全球法治协调中心: 'global-focal-point-rule-of-law',
  全球协调中心: 'global-focal-point-rule-of-law',
  联合国开发计划署: 'undp',
  开发署: 'undp',
  开发署区域办事处: 'undp',
  国家人权机构全球联盟: 'ganhri',
  全球联盟: 'ganhri',
  认证小组委员会: 'ganhri-sca',
  '国家执行、报告和后续行动机制之友小组': 'friends-of-nmirf',
  发展协调办公室: 'dco',
  塞拉利昂特设部际委员会: 'sle-interministerial-committee',
  特别程序: 'special-procedures',
  特别程序任务负责人: 'special-procedures',
  移徙工人委员会: 'cmw',
  消除对妇女歧视委员会: 'cedaw',
  儿童权利委员会: 'crc',
  红十字国际委员会: 'icrc',
  负责儿童与武装冲突问题的秘书长特别代表: 'srsg-caac',
  联合国儿童基金会: 'unicef',
  儿童基金会: 'unicef',
  非洲联盟: 'african-union',
  非洲发展新伙伴关系: 'nepad',
  国际联盟: 'league-of-nations',
};
// Named only generically (an inter-ministerial committee of Guinea, ¶32): deliberately unmapped.
const UNMAPPED = new Set(Object.keys(REPORT_PARTNERS).filter((k) => REPORT_PARTNERS[k] === ''));

const REPORT_ACTOR = [
  '联合国人权事务高级专员办事处',
  '人权事务高级专员办事处',
  '联合国人权事务高级专员',
  '人权高专办',
  '高专办',
  '高专班',
  '高级专员',
];

const REPORT_FUNDS: Record<string, string> = {
  联合国人权领域技术合作自愿基金: 'vftc',
  参与普遍定期审议自愿基金: 'upr-participation-fund',
  执行普遍定期审议财政和技术援助自愿基金: 'upr-implementation-fund',
  支持最不发达国家和小岛屿发展中国家参与人权理事会工作的自愿技术援助信托基金: 'ldc-sids-trust-fund',
  建设和平基金: 'peacebuilding-fund',
};

const REPORT_OFFICES: Record<string, string> = {
  国别办事处: 'country-office',
  国家办事机构: 'country-office',
  参与和平行动的人权部门: 'peace-mission-component',
  区域办事处: 'regional-office',
  人权顾问: 'human-rights-adviser',
  其他办事机构: 'other-presence',
  人权监测团: 'other-presence',
  总部: 'headquarters',
};

/** Words that would fire on nearly every sentence of a human rights report. */
const TOO_GENERAL = new Set([
  '人权',
  '合作',
  '国际',
  '国际合作',
  '发展',
  '国家',
  '政府',
  'human rights',
  'cooperation',
  'international',
  'development',
]);

function partnerForms(partner: (typeof partners)[number]): string[] {
  return [partner.names.zh, partner.names.en, ...partner.acronyms, ...partner.aliases];
}

function indexBy<T>(items: readonly T[], forms: (item: T) => string[], id: (item: T) => string) {
  const index = new Map<string, Set<string>>();
  for (const item of items) {
    for (const form of forms(item)) {
      const ids = index.get(form) ?? new Set<string>();
      ids.add(id(item));
      index.set(form, ids);
    }
  }
  return index;
}

const partnerIndex = indexBy(partners, partnerForms, (p) => p.id);
const fundIndex = indexBy(
  funds,
  (f) => [f.names.zh, f.names.en, ...f.aliases],
  (f) => f.id,
);
const officeIndex = indexBy(
  officeTypes,
  (o) => [...o.rules.zh, ...o.rules.en],
  (o) => o.id,
);
const actorForms = new Set([actor.names.zh, actor.names.en, ...actor.aliases]);

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function ambiguous(index: Map<string, Set<string>>): string[] {
  return [...index].filter(([, ids]) => ids.size > 1).map(([form, ids]) => `${form}: ${[...ids]}`);
}

describe('data/reference registries', () => {
  it('have unique ids', () => {
    expect(duplicates(partners.map((p) => p.id))).toEqual([]);
    expect(duplicates(themes.map((t) => t.id))).toEqual([]);
    expect(duplicates(funds.map((f) => f.id))).toEqual([]);
    expect(partners.map((p) => p.id)).not.toContain(actor.id);
  });

  it('spell every form trimmed and at least two characters long', () => {
    const forms = [
      ...partnerIndex.keys(),
      ...fundIndex.keys(),
      ...officeIndex.keys(),
      ...actorForms,
      ...themes.flatMap((t) => [...t.rules.zh, ...t.rules.en]),
    ];
    const bad = forms.filter((form) => form.trim() !== form || [...form].length < 2);
    expect(bad).toEqual([]);
  });

  it('map no partner form to two partners, and share no form with funds or the actor', () => {
    expect(ambiguous(partnerIndex)).toEqual([]);
    expect([...partnerIndex.keys()].filter((form) => fundIndex.has(form))).toEqual([]);
    expect([...partnerIndex.keys()].filter((form) => actorForms.has(form))).toEqual([]);
    expect([...fundIndex.keys()].filter((form) => actorForms.has(form))).toEqual([]);
  });

  it('give national government bodies a country, or name them per country', () => {
    // A generic body every State has (司法部) takes the country of its sentence (perCountry).
    const missing = partners.filter(
      (p) => p.type === 'government-body' && p.country === null && p.perCountry !== true,
    );
    expect(missing.map((p) => p.id)).toEqual([]);
    const fitted = partners.filter((p) => /uses it only there/u.test(JSON.stringify(p)));
    expect(fitted.map((p) => p.id)).toEqual([]);
  });

  it('map no fund form to two funds and no office rule to two office types', () => {
    expect(ambiguous(fundIndex)).toEqual([]);
    expect(ambiguous(officeIndex)).toEqual([]);
  });

  it('list each office type exactly once', () => {
    expect(officeTypes.map((o) => o.id).toSorted()).toEqual([...officeTypeIds].toSorted());
  });

  it('have every pillar as a top-level theme and every other theme under a pillar', () => {
    const top = themes.filter((t) => t.parent === null);
    expect(top.map((t) => t.id).toSorted()).toEqual([...pillars].toSorted());
    for (const theme of top) expect(theme.pillar).toBe(theme.id);
    for (const theme of themes.filter((t) => t.parent !== null)) {
      expect(pillars as readonly string[], theme.id).toContain(theme.parent);
      expect(theme.pillar, theme.id).toBe(theme.parent);
      expect(theme.rules.zh.length + theme.rules.en.length, theme.id).toBeGreaterThan(0);
    }
  });

  it('give each theme rule word to one theme only, and no over-general word', () => {
    const index = indexBy(
      themes,
      (t) => [...t.rules.zh, ...t.rules.en],
      (t) => t.id,
    );
    expect(ambiguous(index)).toEqual([]);
    expect([...index.keys()].filter((word) => TOO_GENERAL.has(word))).toEqual([]);
  });

  it('block a theme word only inside a longer word that holds it', () => {
    const words = themes.flatMap((t) => t.rules.zh);
    // A blocker that holds no rule word would block nothing: a sign the rule word it was for is gone.
    const idle = notInside.filter((blocker) => !words.some((word) => blocker.includes(word)));
    expect(idle).toEqual([]);
    expect(notInside.filter((blocker) => words.includes(blocker))).toEqual([]);
  });
});

describe('coverage of A/HRC/44/28', () => {
  it('lists only surface forms that occur in the report', () => {
    const surfaces = [
      ...Object.keys(REPORT_PARTNERS),
      ...REPORT_ACTOR,
      ...Object.keys(REPORT_FUNDS),
      ...Object.keys(REPORT_OFFICES),
    ];
    expect(surfaces.filter((surface) => !reportText.includes(surface))).toEqual([]);
  });

  it('resolves every organisation the report names to its partner', () => {
    const wrong = Object.entries(REPORT_PARTNERS)
      .filter(([surface]) => !UNMAPPED.has(surface))
      .filter(([surface, id]) => {
        const ids = partnerIndex.get(surface);
        return ids?.size !== 1 || !ids.has(id);
      })
      .map(([surface, id]) => `${surface} → ${id} (got ${[...(partnerIndex.get(surface) ?? [])]})`);
    expect(wrong).toEqual([]);
    for (const surface of UNMAPPED) expect(partnerIndex.has(surface), surface).toBe(false);
  });

  it('resolves every form of OHCHR to the actor, never to a partner', () => {
    expect(REPORT_ACTOR.filter((surface) => !actorForms.has(surface))).toEqual([]);
  });

  it('resolves every fund the report names', () => {
    const wrong = Object.entries(REPORT_FUNDS).filter(
      ([surface, id]) => !fundIndex.get(surface)?.has(id),
    );
    expect(wrong).toEqual([]);
  });

  it('resolves the office-type words of the report', () => {
    const wrong = Object.entries(REPORT_OFFICES).filter(
      ([surface, id]) => !officeIndex.get(surface)?.has(id),
    );
    expect(wrong).toEqual([]);
  });
});
