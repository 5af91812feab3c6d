/** Messages of the page layout: the filters drawer on narrow screens, skip links. */
export const en = {
  'drawer.open': 'Filters',
  'drawer.activeCount': '{count} active',
  'drawer.close': 'Close the filters',
  'drawer.show': 'Show {records}',
  'print.view': 'View: {url}',
  'print.records.title': 'The records of this view ({count})',
  'print.records.cut':
    'The first {shown} of {total} records, in the report’s order. Every record: the XLSX or CSV export of this view, or the view’s address above.',
  'print.records.number': 'No.',
  'print.records.country': 'Country (role)',
  'print.records.sentence': 'Sentence (report text, Chinese)',
  'print.records.paragraph': 'Paragraph',
  'print.records.paragraphRef': '{report} ¶{paragraph}',
};

export const zh: Record<keyof typeof en, string> = {
  'drawer.open': '筛选',
  'drawer.activeCount': '{count} 项已选',
  'drawer.close': '关闭筛选',
  'drawer.show': '查看{records}',
  'print.view': '视图地址：{url}',
  'print.records.title': '本视图的记录（{count} 条）',
  'print.records.cut':
    '按报告顺序列出 {total} 条记录中的前 {shown} 条。全部记录：本视图的 XLSX 或 CSV 导出，或上方的视图地址。',
  'print.records.number': '序号',
  'print.records.country': '国家（角色）',
  'print.records.sentence': '句子（报告原文，中文）',
  'print.records.paragraph': '段落',
  'print.records.paragraphRef': '{report} 第 {paragraph} 段',
};
