import { MONTH_NAME, WEEKDAY_NAME } from '../calendarNames.ts';

/** After a month in an event's name: "(the) March for Life", "March of the Combatant Mothers". */
const EVENT_NAME_AFTER = new RegExp(
  String.raw`^\s+(?:for|of|on|against)\s+(?:the\s+)?(?!${WEEKDAY_NAME}\b|${MONTH_NAME}\b)[A-Z][a-z]`,
);

/**
 * A lone month or weekday inside a proper name: "April Ryan", "The Sunday Times", "the Long
 * March", "the March for Life". A capitalized word right after it, a capitalized non-initial
 * word right before it, or an event name after a determiner.
 */
export function isNamePart(text: string, start: number, end: number, weekday: boolean): boolean {
  const after = /^\s+([A-Z][a-z]+)/.exec(text.slice(end, end + 20))?.[1];
  // After a weekday a capital usually starts the next phrase ("said Thursday President Bush").
  if (weekday) {
    if (
      after &&
      /^(?:Times|Telegraph|Mirror|Express|Post|Herald|Observer|Tribune|Mail|Star|Journal|School)$/.test(after)
    )
      return true;
  } else if (
    after &&
    !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(
      after,
    )
  )
    return true;
  if (weekday) return false;
  // "the March for Life", "the March of the Combatant Mothers", "the March on Washington".
  if (
    EVENT_NAME_AFTER.test(text.slice(end, end + 40)) &&
    /\b(?:the|a|an|annual|yearly|first|second|third|great|mass|silent|[a-z]+['’]s)\s+[`'"“‘]*$/i.test(
      text.slice(Math.max(0, start - 20), start),
    )
  )
    return true;
  const before = /([A-Za-z]+)(\s+)$/.exec(text.slice(Math.max(0, start - 20), start));
  if (
    !before?.[1] ||
    !/^[A-Z]/.test(before[1]) ||
    /^(?:The|On|In|By|Since|Until|Last|Next|This|Early|Late|Mid|From|Through|And|Or)$/.test(before[1])
  )
    return false;
  // Capitalized word that starts a sentence does not count.
  const prefix = text.slice(0, start - before[0].length).trimEnd();
  return prefix !== '' && !/[.!?:"“]$/.test(prefix);
}
