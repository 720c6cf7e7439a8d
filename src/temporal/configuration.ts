import { chronoParser } from './parsers/chronoParser.ts';
import { relativeDayParser } from './parsers/relativeDayParser.ts';
import type { TaggerConfiguration } from './pipeline.ts';
import { genericDayRefiner } from './refiners/genericDayRefiner.ts';
import { overlapRefiner } from './refiners/overlapRefiner.ts';
import { unresolvedFilter } from './refiners/unresolvedFilter.ts';
import { weekdayRefiner } from './refiners/weekdayRefiner.ts';
import { yearInferenceRefiner } from './refiners/yearInferenceRefiner.ts';

/** The tagger pipeline. Parser order does not matter (results are sorted); refiner order does. */
export const configuration: TaggerConfiguration = {
  parsers: [chronoParser, relativeDayParser],
  refiners: [
    // First settle which phrase owns each stretch of text, so later steps see one result per place.
    overlapRefiner,
    // Then give yearless dates a year and weekdays a date, both from the DCT and tense.
    yearInferenceRefiner,
    weekdayRefiner,
    // Rhetorical "today and tomorrow" must lose its calendar reading before anything anchors on it.
    genericDayRefiner,
    // Last, anything still unresolved cannot be reported.
    unresolvedFilter,
  ],
};
