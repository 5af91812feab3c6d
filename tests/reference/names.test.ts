import { describe, expect, it } from 'vitest';
import {
  apostropheVariants,
  bracketWidthVariants,
  cleanSourceName,
  enBracketVariants,
  withoutArticle,
  zhBracketedForm,
  zhBracketVariants,
} from '../../scripts/reference/names.ts';

describe('name rules', () => {
  it('strips UNTERM status marks and the article', () => {
    expect(cleanSourceName('Holy See (the) *')).toBe('Holy See (the)');
    expect(cleanSourceName('库克群岛 **')).toBe('库克群岛');
    expect(withoutArticle('Bahamas (the)')).toBe('Bahamas');
    expect(withoutArticle('the Islamic Republic of Iran')).toBe('Islamic Republic of Iran');
    expect(withoutArticle('The Gambia')).toBe('Gambia');
  });

  it('makes both bracket widths', () => {
    expect(bracketWidthVariants('刚果（布）')).toEqual(['刚果(布)', '刚果（布）']);
  });

  it('drops a Chinese bracket, and joins it only when it is a state designation', () => {
    expect(zhBracketVariants('伊朗(伊斯兰共和国)')).toEqual(['伊朗', '伊朗伊斯兰共和国']);
    expect(zhBracketVariants('玻利维亚（多民族国）')).toEqual(['玻利维亚', '玻利维亚多民族国']);
    expect(zhBracketVariants('科科斯（基林）群岛')).toEqual(['科科斯群岛']);
    expect(zhBracketVariants('福克兰群岛（马尔维纳斯）')).toEqual(['福克兰群岛']);
    expect(zhBracketVariants('伊朗')).toEqual([]);
  });

  it('brackets a Chinese state designation from a short and a long name', () => {
    expect(zhBracketedForm('伊朗', '伊朗伊斯兰共和国')).toBe('伊朗(伊斯兰共和国)');
    expect(zhBracketedForm('委内瑞拉', '委内瑞拉玻利瓦尔共和国')).toBe('委内瑞拉(玻利瓦尔共和国)');
    expect(zhBracketedForm('伊朗', '伊拉克')).toBeNull();
  });

  it('turns English bracketed names around', () => {
    expect(enBracketVariants('Iran (Islamic Republic of)')).toEqual([
      'Iran',
      'Islamic Republic of Iran',
    ]);
    expect(enBracketVariants('Netherlands (Kingdom of the)')).toEqual([
      'Netherlands',
      'Kingdom of the Netherlands',
    ]);
    expect(enBracketVariants('Cocos (Keeling) Islands')).toEqual(['Cocos Islands']);
  });

  it('makes both apostrophes', () => {
    expect(apostropheVariants("Côte d'Ivoire")).toEqual(["Côte d'Ivoire", 'Côte d’Ivoire']);
    expect(apostropheVariants('Chad')).toEqual([]);
  });
});
