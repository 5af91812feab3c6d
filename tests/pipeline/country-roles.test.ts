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
