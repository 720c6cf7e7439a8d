/** Schema metadata keys of a chronology Arrow file. */
export const ARROW_META = {
  version: 'chronoscope:version',
  articles: 'chronoscope:articles',
  errors: 'chronoscope:errors',
} as const;
