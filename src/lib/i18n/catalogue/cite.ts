/** Messages of citing and sharing: the view's citation, its link, a paragraph with its citation. */
export const en = {
  'cite.open': 'Cite this view',
  'cite.title': 'Citation of this view',
  'cite.hint':
    'The view, its filters and address, then each report it draws on, with the paragraphs.',
  'cite.copy': 'Copy citation',
  'cite.copyLink': 'Copy link',
  'cite.copied': 'Copied',
  'cite.failed': 'Could not copy: select the text and press Ctrl+C (⌘C).',
  'cite.document': '{symbol} on the UN Official Document System',
  'cite.paragraph': 'Copy with citation',
  'cite.paragraphLabel': 'Copy paragraph {number} of {report} with its citation',
  'embed.open': 'Open this view in the dashboard',
  'embed.unknown': 'No chart “{id}” to embed. Charts: {ids}.',
  'embed.label': '{title}, embedded',
  'embed.date': 'As shown on {date}',
  'embed.copyCode': 'Embed',
  'embed.copyCodeLabel': 'Copy the code that embeds {title} in a web page',
};

export const zh: Record<keyof typeof en, string> = {
  'cite.open': '引用此视图',
  'cite.title': '此视图的引文',
  'cite.hint': '视图、筛选条件和地址，然后是所依据的每份报告及其段落。',
  'cite.copy': '复制引文',
  'cite.copyLink': '复制链接',
  'cite.copied': '已复制',
  'cite.failed': '无法复制：请选中文本后按 Ctrl+C（⌘C）。',
  'cite.document': '联合国正式文件系统中的 {symbol}',
  'cite.paragraph': '连同引文复制',
  'cite.paragraphLabel': '连同引文复制 {report} 第 {number} 段',
  'embed.open': '在仪表板中打开此视图',
  'embed.unknown': '没有可嵌入的图表“{id}”。图表：{ids}。',
  'embed.label': '{title}（嵌入）',
  'embed.date': '{date}显示的数据',
  'embed.copyCode': '嵌入',
  'embed.copyCodeLabel': '复制将“{title}”嵌入网页的代码',
};
