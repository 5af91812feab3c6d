/** Messages of the summary views, header and layout. */
export const en = {} as const;

export const zh: Record<keyof typeof en, string> = {};
