// A forecast is no happening: TimeML classes "predict", "expect", "forecast" and "anticipate" as
// I_STATE (in TBAQ "expected"/"expects" alone are 91 of its I_STATE events), a belief about what is
// to come, and what it foresees is told in a modal ("will", "could") that no one has made happen.

/** A finite forecasting verb, in the active ("Meteorologists predict", "Forecasts suggest", "has predicted"). */
const FORECASTING =
  '(?:predict(?:s|ed)?|forecast(?:s|ed)?|expect(?:s|ed)?|anticipate[sd]?|project(?:s|ed)|suggest(?:s|ed)?|(?:is|are) (?:predicting|forecasting|expecting|anticipating|projecting|suggesting))';
/**
 * The sentence opens on the forecast as its main clause: a subject of up to ten words (no comma, no
 * words said or reported before it, no passive "is expected"), the forecasting verb, "that" or not,
 * then within twelve words with no comma a modal of what is to come. "may have" and "could have"
 * speak of the past ("Genetic analysis suggests the virus may have first infected someone around
 * January 12"): an inference about what happened, left as it is.
 */
const FORECAST = new RegExp(
  `^(?:(?:But|And|However|Now|Yet|Still|So|Meanwhile),? )?((?:[^\\s,;:()]+ ){1,10}?)(?:(?:has|have|had|now|also|widely|generally|still|already) ){0,2}(${FORECASTING}) (?:that )?(?:[^\\s,;:()]+ ){0,12}?(will|would|could|may|might|won['’]t|(?:is|are) (?:likely|going) to)\\b(?! (?:not |never )?have\\b)`,
);
/** Words in the subject that make it no forecast's subject: a saying, a relative or a passive's auxiliary. */
const NOT_SUBJECT =
  /\b(?:said|says|say|told|tells|announced|reported|added|according|who|which|when|if|as|is|are|was|were|be|been)\b/i;

/**
 * "Favorable conditions are expected, he said", "More rain is expected.": a passive forecast with
 * nothing after it, no time nor happening of its own.
 */
const EXPECTED_BARE = /^((?:[^\s,;:()]+ ){1,8})(?:is|are) (?:also |now |still )?expected(?:,|\.?$)/;

/**
 * Whether a sentence is a forecast: its main clause a forecasting verb whose complement speaks in a
 * modal of what is to come ("Meteorologists predict this year will be very active", "Forecasts
 * suggest the oil spill could move significantly west", "Most scientists now predict a second wave
 * of the disease is likely to strike later in the year"), or a bare passive "… are expected". A
 * forecast the text dates before its modal ("Margaret Chan yesterday suggested the alert would
 * move …", `datedFrom` the offset of the first date) was made on that day and stays; a date after
 * it is the time foreseen. An expectation of one's own act ("BP expects to pay about $4bn") is a
 * plan, not matched here (no modal after the verb).
 */
export function forecast(free: string, datedFrom?: number): boolean {
  if (!/predict|forecast|expect|anticipat|project|suggest/.test(free)) return false;
  const m = FORECAST.exec(free) ?? EXPECTED_BARE.exec(free);
  if (!m) return false;
  if (m[1] !== undefined && NOT_SUBJECT.test(m[1])) return false;
  // "Analysts had expected BP would post a loss but the company reported a profit of $5bn on
  // Tuesday": a clause of its own after the forecast tells a happening; the sentence is read as any.
  if (OWN_HAPPENING_AFTER.test(free.slice(m[0].length))) return false;
  // "Three separate tests suggested that the mixture would be unstable": evidence that pointed to a
  // fact, "would" only the past's sequence of tenses, not a forecast.
  if (/suggest/.test(m[2] ?? '') && m[3] === 'would') return false;
  if (datedFrom === undefined) return true;
  // A date after a relative, a time clause or a source tells a happening of its own ("… since the 20
  // April explosion that killed 11 workers", "when it unveils annual results on Tuesday",
  // "according to a commission staff letter released Thursday").
  return datedFrom >= m[0].length && !OWN_CLAUSE.test(free.slice(m[0].length, datedFrom));
}

/** A clause of its own after the forecast's: "but", "while", "whereas", a semicolon, "and" before a name. */
const OWN_HAPPENING_AFTER = /\b(?:but|while|whereas)\b|;|\band (?=\p{Lu})/u;

/** Words that open a clause of its own between a forecast's modal and a date. */
const OWN_CLAUSE = /\b(?:which|who|that|since|when|after|before|until|according to)\b/;
