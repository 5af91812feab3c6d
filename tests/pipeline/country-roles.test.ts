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
