/**
 * News outlets by name, as regular-expression alternations (no groups). `BROADCAST_OUTLETS` are
 * those whose journalists a page names by the outlet ("the BBC's Jim Muir", "Reuters correspondent
 * …"); `NEWS_OUTLETS` adds papers and agencies a subject names ("the Washington Post", "The
 * Associated Press"), for the newsroom's own work (newsroomWork.ts). The two stay apart: the
 * journalist rules of eventFilter.ts were measured with the shorter list.
 */
export const BROADCAST_OUTLETS = 'BBC|Reuters|AP|AFP|CNN';

export const NEWS_OUTLETS = `BBC(?: \\p{Lu}[\\p{L}]*){0,2}|${BROADCAST_OUTLETS.replace('BBC|', '')}|Associated Press|(?:Washington |New York )?Post|Guardian|(?:New York |Financial |Los Angeles )?Times|Wall Street Journal|Al[- ]Jazeera`;
