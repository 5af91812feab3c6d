import { describe, expect, it } from 'vitest';
import { decideRole, listCues } from '../../src/pipeline/tag/country-roles.ts';

const options = { isCity: false, inTitle: false, namesDocument: false, workSentence: true };

/** The role of the first occurrence of `name` in the sentence. */
function roleOf(sentence: string, name: string, withCues = false) {
  const start = sentence.indexOf(name);
  return decideRole(sentence, start, start + name.length, {
    ...options,
    ...(withCues ? { listCues: listCues(sentence) } : {}),
  });
}

describe('a country in a list of who took part', () => {
  const took = '来自肯尼亚、乌干达和卢旺达的代表参加了讲习班。';

  it('is a participant when 来自 or 包括 opens the list and taking part is said after it', () => {
    expect(roleOf(took, '卢旺达').rule).toBe('role:participant-from-x-took-part');
    expect(roleOf('与会者包括肯尼亚、乌干达和卢旺达的官员，他们出席了会议。', '卢旺达').role).toBe(
      'participant',
    );
  });

  it('is not, when ； closes the list before the country, or nobody takes part after it', () => {
    expect(roleOf('来自各国的专家发言；人权高专办在卢旺达参加了讲习班。', '卢旺达').rule).not.toBe(
      'role:participant-from-x-took-part',
    );
    expect(roleOf('人权高专办在卢旺达举办讲习班，来自各国的专家参加。', '卢旺达').rule).not.toBe(
      'role:participant-from-x-took-part',
    );
  });

  it('decides the same with the sentence’s cues given once as without them', () => {
    const sentences = [
      took,
      '来自各国的专家发言；人权高专办在卢旺达参加了讲习班。',
      '包括卢旺达在内',
      '卢旺达来自',
    ];
    for (const sentence of sentences)
      expect(roleOf(sentence, '卢旺达', true)).toEqual(roleOf(sentence, '卢旺达'));
  });
});

describe('a country naming an association', () => {
  it('is only named inside the name of an association of its people', () => {
    // Sentences written for this test, none from a corpus text.
    expect(roleOf('人权高专办与蒙古记者协会合作，为记者举办了培训。', '蒙古').rule).toBe(
      'role:mention-inside-institution-name',
    );
    expect(
      roleOf('人权高专办与东非律师网络和乌干达妇女律师联合会合作编写了手册。', '乌干达').role,
    ).toBe('mention');
  });

  it('is still the place of work when a verb or conjunction comes before the association', () => {
    expect(roleOf('人权高专办在蒙古为记者协会成员举办了培训。', '蒙古').role).not.toBe('mention');
    expect(roleOf('人权高专办支持蒙古和律师协会开展对话。', '蒙古').role).not.toBe('mention');
  });
});

// Sentences written for these tests, none from a corpus text.
describe('a place where diplomats are posted', () => {
  it('is only named', () => {
    const sentence = '人权高专办为驻日内瓦和纽约的 40 名外交官举办了关于条约机构的讲习班。';
    expect(roleOf(sentence, '纽约').rule).toBe('role:mention-posted-in-x');
    expect(roleOf('该基金资助了驻内罗毕的常驻代表团参加会议。', '内罗毕').role).toBe('mention');
  });

  it('is not, for an office posted there', () => {
    expect(roleOf('人权高专办驻哥伦比亚办事处监测了选举。', '哥伦比亚').rule).not.toBe(
      'role:mention-posted-in-x',
    );
  });
});

describe('a country people came from', () => {
  it('is only named when it is where victims or refugees came from', () => {
    const sentence = '该基金资助的项目为来自南苏丹、刚果民主共和国和布隆迪的难民提供法律援助。';
    expect(roleOf(sentence, '刚果民主共和国').rule).toBe('role:mention-people-from-x');
    expect(roleOf(sentence, '南苏丹').role).toBe('mention');
    expect(roleOf('人权高专办为来自缅甸的酷刑幸存者提供了心理支持。', '缅甸').role).toBe('mention');
  });

  it('is only named when a count of those people comes between 的 and who they are', () => {
    expect(roleOf('人权顾问监测了来自也门的约 3,500 名难民的处境。', '也门').rule).toBe(
      'role:mention-people-from-x',
    );
    expect(roleOf('该项目为来自海地的 1.5 万名移民提供了法律咨询。', '海地').role).toBe('mention');
    // A count of officials from the country is not of people who fled it.
    expect(roleOf('人权高专办为来自也门的 30 名法官举办了培训。', '也门').rule).not.toBe(
      'role:mention-people-from-x',
    );
  });

  it('is not, for the representatives of those people or for officials who came from it', () => {
    expect(roleOf('来自缅甸的难民代表参加了磋商。', '缅甸').rule).not.toBe(
      'role:mention-people-from-x',
    );
    expect(roleOf('人权高专办为来自缅甸的法官举办了培训。', '缅甸').rule).not.toBe(
      'role:mention-people-from-x',
    );
  });
});

describe('a country that only said it would join', () => {
  it('is only named when it said it wished to join, or will join', () => {
    expect(roleOf('该网络已扩大到西非，多哥和贝宁已表示有意加入。', '多哥').rule).toBe(
      'role:mention-intends-to-join',
    );
    expect(roleOf('汤加和瓦努阿图的国家机制将于 2032 年参加该方案。', '瓦努阿图').role).toBe(
      'mention',
    );
  });

  it('is still the place of work when it has joined, or the work is for it', () => {
    expect(roleOf('多哥加入了该网络，人权高专办为其官员举办了培训。', '多哥').role).toBe(
      'activity',
    );
    expect(roleOf('人权高专办协助多哥将于明年参加审议的代表团做准备。', '多哥').role).not.toBe(
      'mention',
    );
  });
});

describe('a country where the camps are that people are returned from', () => {
  it('is only named when its camps are where people are repatriated from', () => {
    const sentence = '人权高专办就利比亚西部拘留中心内移民的遣返问题向原籍国提供了咨询。';
    expect(roleOf(sentence, '利比亚').rule).toBe('role:mention-place-people-left');
    expect(
      roleOf('人权高专办就位于叙利亚和伊拉克的营地中外国儿童的遣返提供了指导。', '叙利亚').role,
    ).toBe('mention');
  });

  it('is still the place of work when the work is placed in it, or nobody is returned', () => {
    expect(roleOf('人权高专办在孟加拉国的难民营中监测了自愿遣返的条件。', '孟加拉国').role).toBe(
      'activity',
    );
    expect(roleOf('人权高专办访问了乍得东部的难民营，访谈了受害者。', '乍得').role).toBe(
      'activity',
    );
  });
});

describe('a country the report’s recommendation names', () => {
  it('is only named as an example, whoever the recommendation goes to', () => {
    expect(
      roleOf('高级专员建议联合国各实体在过渡期间维持人权监测能力，如在海地的做法。', '海地').rule,
    ).toBe('role:mention-in-the-reports-recommendation');
  });

  it('is still the place of work where the High Commissioner urged its government', () => {
    expect(roleOf('2031 年 4 月，高级专员敦促海地政府释放被拘留的记者。', '海地').role).toBe(
      'activity',
    );
  });
});

describe('a country a mechanism reviews', () => {
  it('is reviewed when a mechanism reviews it or finds on it, or lists it among the States it reviewed', () => {
    expect(roleOf('儿童权利委员会在对秘鲁的审议中建议设立独立监测机构。', '秘鲁').rule).toBe(
      'role:mechanism-reviews-x',
    );
    expect(roleOf('两个委员会分别对智利和乌拉圭进行了审议。', '乌拉圭').role).toBe('mechanism');
    expect(
      roleOf('普遍定期审议工作组在该届会议上共审议了 14 个国家，包括秘鲁和乌拉圭。', '乌拉圭').role,
    ).toBe('mechanism');
  });

  it('is not, where OHCHR itself reviews', () => {
    expect(roleOf('人权高专办对秘鲁的刑法草案进行了审查。', '秘鲁').role).toBe('activity');
  });
});

describe('a country whose contribution paid for the work', () => {
  it('funds it', () => {
    expect(roleOf('这些交流的费用由爱尔兰和卢森堡提供的专项捐款支付。', '卢森堡').role).toBe(
      'lead',
    );
  });
});
