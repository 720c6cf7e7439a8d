import { holdsPastVerb } from '../tense.ts';

/**
 * A plan's word and its "to": "planned to", "was scheduled to", "is due to", "were expected to",
 * "intended to", "were set to". Whatever the tense of the planning, the happening it plans
 * lies after the planning, so a bare weekday of that happening looks ahead from publication.
 */
const PLAN_TO =
  /\b(?:plann?(?:ed|s|ing)?|scheduled|slated|due|set|expected|intend(?:s|ed|ing)?|poised)\s+to\s+(?:be\s+)?[a-z][\p{L}-]*\b/giu;

/**
 * Words between the plan's infinitive and the day that open another clause or tell another
 * happening: "planned to visit the coast, where he met fishermen on Friday", "was due to go after
 * officials said on Friday". (A coordinated infinitive, "to visit the coast and meet residents",
 * keeps the plan.)
 */
const OTHER_CLAUSE =
  /\b(?:who|which|that|where|when|after|since|while|because|but|although|though|as|before|until|if|said|says|say|told|tells|was|were|is|are|has|have|had|did|does)\b|[.;:!?()"“”]/i;

/**
 * "due to" or "set to" before a determiner, a possessive or a number is a cause or a setting, no
 * plan: "grounded due to heavy fog", "due to the storm", "set to music".
 */
const NO_INFINITIVE =
  /^(?:due|set)\s+to\s+(?:the|a|an|its|his|her|their|this|these|those|heavy|bad|poor|\d)\b/i;

/** A past perfect before the plan's word: "had been due to", "had originally planned to". */
const HAD = /\bhad\s+(?:(?:been|not|already|originally|initially|also)\s+)*$/i;

/**
 * The day's own preposition, read apart from the clause: "on Friday", "later on Friday". (A
 * deadline, "due to remain closed until Thursday", is left to the tense: a state's bound.)
 */
const DAY_LEAD = /\b(?:(?:later|early|late)\s+)?on\s+$/i;

/** A coordinated clause or another day between: "plans to visit the gulf again, on Friday, and on Wednesday, …". */
const ANOTHER = /,\s*(?:and|but|or)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;

/** "was due to", "were expected to", "was originally scheduled to": the plan's word told in the past. */
const WAS = /\b(?:was|were)\s+(?:(?:originally|initially|also|still)\s+)?$/i;

/**
 * How the plan whose infinitive the weekday at `start` modifies is told: `past` ("was due to",
 * "planned to"), `present` ("is expected to", "plans to"), or undefined when the day modifies no
 * plan's infinitive ("President Obama planned to visit the Gulf coast on Friday", "he is expected
 * to order on Thursday strengthened inspections"; at most 100 characters between the infinitive
 * and the day).
 */
export function planTenseOfDay(text: string, start: number): 'past' | 'present' | undefined {
  const before = text.slice(Math.max(0, start - 140), start);
  const plan = planBefore(before);
  if (!plan) return undefined;
  return WAS.test(before.slice(0, plan.index)) || /^(?:planned|intended)\b/i.test(plan[0])
    ? 'past'
    : 'present';
}

/** The plan's word and infinitive in `before` (the text up to the day) whose infinitive the day modifies. */
function planBefore(before: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  PLAN_TO.lastIndex = 0;
  for (let m = PLAN_TO.exec(before); m; m = PLAN_TO.exec(before)) last = m;
  // Past perfect puts the plan's day before the report ("The offer had been due to expire Friday").
  if (!last || HAD.test(before.slice(0, last.index)) || NO_INFINITIVE.test(last[0])) return undefined;
  const between = before.slice(last.index + last[0].length).replace(DAY_LEAD, '');
  // (Nor a verb in the past between: "The company, which planned to list its shares, filed papers
  // … on Monday", "planned to visit the coast and met fishermen on Friday" tell happenings of their own.)
  return between.length <= 100 &&
    !OTHER_CLAUSE.test(between) &&
    !ANOTHER.test(between) &&
    !holdsPastVerb(between)
    ? last
    : undefined;
}
