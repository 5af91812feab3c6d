/** Messages of the PowerPoint deck of a view: its button, title slide, notes and sources slide. */
export const en = {
  'deck.export': 'PowerPoint deck (PPTX)',
  'deck.records': {
    one: '{count} record in this view',
    other: '{count} records in this view',
  },
  'deck.report': '{title} ({symbol}, {year})',
  'deck.notes': 'The paragraphs behind this slide, as the report prints them:',
  'deck.notesNone': 'No paragraph is behind this slide: the view has no records for it.',
  'deck.quotedChinese': 'Quoted from the Chinese text.',
  'deck.empty': 'Nothing to show under this view’s filters.',
  'deck.sourcesTitle': 'Sources and citation',
  'deck.citeAs': 'Cite this view as:',
  'deck.documents': 'The reports on the UN Official Document System:',
  'deck.openView': 'Open this view in the dashboard',
};

export const zh: Record<keyof typeof en, string> = {
  'deck.export': 'PowerPoint 演示文稿（PPTX）',
  'deck.records': '此视图共 {count} 条记录',
  'deck.report': '《{title}》（{symbol}，{year} 年）',
  'deck.notes': '本页所依据的段落（按报告原文）：',
  'deck.notesNone': '本页没有所依据的段落：此视图没有相应记录。',
  'deck.quotedChinese': '',
  'deck.empty': '在此视图的筛选条件下没有可显示的内容。',
  'deck.sourcesTitle': '资料来源和引文',
  'deck.citeAs': '引用此视图：',
  'deck.documents': '联合国正式文件系统中的报告：',
  'deck.openView': '在仪表板中打开此视图',
};
