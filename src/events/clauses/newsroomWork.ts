import { NEWS_OUTLETS } from './outlets.ts';

/**
 * News outlets by name, as a subject names them ("The BBC", "the Washington Post", "The Associated
 * Press", "BBC World Service"): the press, whose own work is how a report was made.
 */
const OUTLET = `(?:[Tt]he )?(?:${NEWS_OUTLETS})`;

/**
 * What a newsroom or its reporter does to make the report: going and seeing, looking into,
 * getting hold of papers, asking ("has been investigating", "visited", "has spent days",
 * "obtained a copy", "asked experts", "has seen more evidence"). Told with any auxiliary before
 * ("has", "is", "has been").
 */
const WORK =
  '(?:(?:has|have|had|is|was|were) )?(?:been )?(?:investigat(?:es|ed|ing)|visit(?:s|ed|ing)|travel(?:s|led|ed|ling|ing)|sp(?:ent|ends|ending)|met|meets|meeting|follow(?:s|ed|ing)|return(?:s|ed|ing) from|board(?:s|ed)|caught up with|catches up with|accompan(?:ied|ies|ying)|join(?:s|ed)|obtain(?:s|ed)|review(?:s|ed)|examin(?:es|ed|ing)|analy[sz](?:es|ed)|interview(?:s|ed)|ask(?:s|ed)|contact(?:s|ed)|seen|(?:spoken|spoke|talked) (?:to|with)|gained access)';

/**
 * The outlet itself, or its reporter named after its possessive ("The BBC's Matthew Price", "the
 * BBC's Middle East editor Jeremy Bowen"), perhaps where they are ("in Port-au-Prince"), opening
 * the sentence after at most a short phrase ("Hours beforehand, "), then the work.
 */
const NEWSROOM_AT_WORK = new RegExp(
  `^(?:[^,]{0,40}, )?${OUTLET}(?:['’]s(?: [\\p{L}-]+){0,3}(?: \\p{Lu}[\\p{L}'’-]*){1,3})?(?: (?:in|at|from) \\p{Lu}[\\p{L}-]*)? ${WORK}\\b`,
  'u',
);

/**
 * Whether a sentence tells the newsroom's own work on the story, not a happening it reports: the
 * outlet or its named reporter as the subject of going, looking into, obtaining or asking ("The
 * BBC's Gabriel Gatehouse has been investigating the now notorious incident at Jisr al-Shughour",
 * "The Washington Post obtained a copy of Kendall's prepared testimony late Wednesday", "The Post
 * asked experts about the political winners and losers", "The BBC's Matthew Price visited the
 * grounds of one hospital"). What the work found or heard, said after it ("… and found large
 * variations", "… who say they have received …"), is a report, left to the rest of the pipeline.
 * Only an outlet that opens the sentence counts: "Reporters visited …" or "the minister told
 * CNN" are someone else's doing.
 */
export function newsroomWork(text: string): boolean {
  const m = NEWSROOM_AT_WORK.exec(text);
  return (
    m !== null &&
    !/\b(?:that|says?|said|found|finds|saw|heard|reports?|reported|told|shows?|showed|showing)\b/.test(
      text.slice(m[0].length),
    )
  );
}
