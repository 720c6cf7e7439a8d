import type { TemporalRefiner } from '../pipeline.ts';

/**
 * A school year named by its number and then the pupils or class of it: "five year seven pupils",
 * "a year 10 student" (British schools number their years). Spelled so, "year" opens the name of a
 * class, and the count before it counts pupils, not years.
 */
const SCHOOL_YEAR =
  /^[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|[1-9]|1[0-3])[ \t]+(?:pupils?|students?|class(?:es)?|classmates?|girls?|boys?|child(?:ren)?|groups?|form|teachers?)\b/i;

/** A count and "year", all the expression says ("five year", "a year"; not "last year", "this year"). */
const COUNTED_YEAR =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|\d{1,2})[ \t]+year$/i;

/**
 * Drops an expression ending in "year" that is the start of a school year's name ("five year |
 * seven pupils" is no duration of five years).
 */
export const schoolYearFilter: TemporalRefiner = {
  name: 'SchoolYearFilter',
  refine(context, drafts) {
    return drafts.filter(
      (d) =>
        !COUNTED_YEAR.test(context.text.slice(d.start, d.end)) ||
        !SCHOOL_YEAR.test(context.text.slice(d.end, d.end + 40)),
    );
  },
};
