/** Messages of "Flag a tag": a reader's correction of a sentence's tags, for review. */
export const en = {
  'flag.open': 'Flag a tag of this sentence',
  'flag.hint':
    'Say what is wrong and why: you get a correction to add to data/review/corrections.json; the next npm run prep applies it and lists it in prep-report.md.',
  'flag.what': 'What is wrong',
  'flag.removeCountry': '{country} is not a place of this sentence',
  'flag.setRole': 'The role of {country} is wrong',
  'flag.removeTheme': 'The theme “{theme}” does not apply',
  'flag.removePartner': '“{partner}” is not a partner here',
  'flag.role': 'Right role',
  'flag.rolePick': 'Choose a role',
  'flag.reason': 'Why (as the text shows it, at least 10 characters)',
  'flag.reviewer': 'Your name (reviewer)',
  'flag.download': 'Download correction (JSON)',
  'flag.problem.reason': 'Say why in at least 10 characters.',
  'flag.problem.reviewer': 'Give your name as reviewer.',
  'flag.problem.role': 'Choose the right role.',
  'flag.done': 'Saved {file}. Add its entry to data/review/corrections.json and run npm run prep.',
};

export const zh: Record<keyof typeof en, string> = {
  'flag.open': '标记本句的错误标签',
  'flag.hint':
    '说明错在哪里及原因：将得到一条更正，可加入 data/review/corrections.json；下次运行 npm run prep 时会应用它并列在 prep-report.md 中。',
  'flag.what': '错在哪里',
  'flag.removeCountry': '{country}不是本句的地点',
  'flag.setRole': '{country}的角色有误',
  'flag.removeTheme': '主题“{theme}”不适用',
  'flag.removePartner': '“{partner}”在此不是伙伴',
  'flag.role': '正确的角色',
  'flag.rolePick': '选择角色',
  'flag.reason': '原因（依据原文，至少 10 个字符）',
  'flag.reviewer': '您的姓名（审核人）',
  'flag.download': '下载更正（JSON）',
  'flag.problem.reason': '请用至少 10 个字符说明原因。',
  'flag.problem.reviewer': '请填写审核人姓名。',
  'flag.problem.role': '请选择正确的角色。',
  'flag.done':
    '已保存 {file}。请将其中的条目加入 data/review/corrections.json，然后运行 npm run prep。',
};
