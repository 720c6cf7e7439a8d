import { agoParser } from './parsers/agoParser.ts';
import { chronoParser } from './parsers/chronoParser.ts';
import { comparisonPeriodParser } from './parsers/comparisonPeriodParser.ts';
import { decadeParser, spelledDecadeParser } from './parsers/decadeParser.ts';
import {
  compoundSpanParser,
  durationParser,
  durationRangeParser,
  recentSpanParser,
  vagueDurationParser,
} from './parsers/durationParser.ts';
import { habitualQuarterParser } from './parsers/habitualQuarterParser.ts';
import { holidayParser, movableHolidayParser } from './parsers/holidayParser.ts';
import { islamicHolidayParser, islamicMonthParser } from './parsers/islamicParser.ts';
import { islamicYearParser } from './parsers/islamicYearParser.ts';
import { monthlyWeekdayParser } from './parsers/monthlyWeekdayParser.ts';
import { monthOfYearParser, relativeMonthParser } from './parsers/monthOfYearParser.ts';
import { narrativeParser, runningDayParser, theDayParser } from './parsers/narrativeParser.ts';
import { ordinalDayParser } from './parsers/ordinalDayParser.ts';
import { clockWordParser, partOfDayParser } from './parsers/partOfDayParser.ts';
import { persianParser } from './parsers/persianParser.ts';
import { quarterParser, theQuarterParser } from './parsers/quarterParser.ts';
import { relativeDayParser } from './parsers/relativeDayParser.ts';
import { relativePeriodParser, weekendParser } from './parsers/relativePeriodParser.ts';
import { seasonParser } from './parsers/seasonParser.ts';
import { seasonSeriesParser } from './parsers/seasonSeriesParser.ts';
import { everyParser, frequencyParser } from './parsers/setParser.ts';
import { spelledYearParser } from './parsers/spelledYearParser.ts';
import { theYearParser, yearEndParser } from './parsers/theYearParser.ts';
import { vagueParser } from './parsers/vagueParser.ts';
import { weekdaySetParser } from './parsers/weekdaySetParser.ts';
import { weekOfParser } from './parsers/weekOfParser.ts';
import { centuryParser, yearParser } from './parsers/yearParser.ts';
import type { TaggerConfiguration } from './pipeline.ts';
import { clockTimeRefiner } from './refiners/clockTimeRefiner.ts';
import { conjoinedDayRefiner } from './refiners/conjoinedDayRefiner.ts';
import { genericDayRefiner } from './refiners/genericDayRefiner.ts';
import { modifierRefiner } from './refiners/modifierRefiner.ts';
import { narrativeAnchorRefiner } from './refiners/narrativeAnchorRefiner.ts';
import { overlapRefiner } from './refiners/overlapRefiner.ts';
import { presentEraRefiner } from './refiners/presentEraRefiner.ts';
import { quotedTitleFilter } from './refiners/quotedTitleFilter.ts';
import { recentWeekdayRefiner } from './refiners/recentWeekdayRefiner.ts';
import { schoolYearFilter } from './refiners/schoolYearFilter.ts';
import { titleFilter } from './refiners/titleFilter.ts';
import { unresolvedFilter } from './refiners/unresolvedFilter.ts';
import { weekdayRefiner } from './refiners/weekdayRefiner.ts';
import { weekOfDayRefiner } from './refiners/weekOfDayRefiner.ts';
import { yearInferenceRefiner } from './refiners/yearInferenceRefiner.ts';

/**
 * The tagger pipeline. Parser order does not matter (results are sorted and overlaps settled
 * by length, then priority); refiner order does, and each step says why it sits where it is.
 */
export const configuration: TaggerConfiguration = {
  parsers: [
    // One chrono-node pass for explicit dates and clock times.
    chronoParser,
    relativeDayParser,
    relativePeriodParser,
    weekendParser,
    weekOfParser,
    agoParser,
    durationParser,
    durationRangeParser,
    compoundSpanParser,
    vagueDurationParser,
    recentSpanParser,
    vagueParser,
    yearParser,
    decadeParser,
    spelledDecadeParser,
    centuryParser,
    spelledYearParser,
    theYearParser,
    yearEndParser,
    monthOfYearParser,
    relativeMonthParser,
    seasonParser,
    quarterParser,
    theQuarterParser,
    comparisonPeriodParser,
    partOfDayParser,
    clockWordParser,
    frequencyParser,
    everyParser,
    weekdaySetParser,
    monthlyWeekdayParser,
    seasonSeriesParser,
    habitualQuarterParser,
    narrativeParser,
    theDayParser,
    runningDayParser,
    ordinalDayParser,
    holidayParser,
    movableHolidayParser,
    islamicMonthParser,
    islamicHolidayParser,
    islamicYearParser,
    persianParser,
  ],
  refiners: [
    // Names and titles ("USA Today", ABC's "This Week") are no times at all: drop them first.
    titleFilter,
    // A date inside a quoted title of a work ("'… in the 21st Century'") dates nothing.
    quotedTitleFilter,
    // "five year seven pupils": a school year's name, no duration.
    schoolYearFilter,
    // First settle which phrase owns each stretch of text, so later steps see one result per place.
    overlapRefiner,
    // Modifiers widen extents leftwards; they must run after overlaps are settled (so "early"
    // joins the surviving phrase) and before anchoring (a START range anchors "days later").
    modifierRefiner,
    // Yearless dates and bare weekdays are placed from the DCT and the clause's tense.
    yearInferenceRefiner,
    // "the week of March 6" became a day with its year just above; now it becomes that ISO week.
    weekOfDayRefiner,
    // "a recent Wednesday" names no week: vague, before the weekday refiner takes the latest one.
    recentWeekdayRefiner,
    weekdayRefiner,
    // "April 24 and 25": the bare days share the month and the year the first date now has.
    conjoinedDayRefiner,
    // Rhetorical "today and tomorrow" loses its calendar reading before anything anchors on it.
    genericDayRefiner,
    // "In 1965 …; today, …": a "today" set against a year long past is the present age, before
    // anything anchors on it.
    presentEraRefiner,
    // A bare clock time takes the day the story last named, so every DCT-placed day must be final.
    clockTimeRefiner,
    // Narrative anchoring walks the text in order, so every DCT-placed date must be final.
    narrativeAnchorRefiner,
    // Last, anything still unresolved cannot be reported.
    unresolvedFilter,
  ],
};
