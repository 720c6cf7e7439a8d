import type { TallyMeasure } from '../../model/chronology.ts';
import { MONTH_NAME } from '../../temporal/calendarNames.ts';

/** A running figure read from one sentence. */
export interface TallyReading {
  readonly value: number;
  readonly measure: TallyMeasure;
}

/**
 * Phrases that make a count cumulative: a running total since some start, not one happening.
 * Each is a way reporters write totals ("the death toll rose to", "since March").
 */
const CUMULATIVE: readonly RegExp[] = [
  /\b(?:death|casualty|fatality|civilian|overall|total) tolls?\b/i,
  /\btolls? (?:has |had )?(?:rose|risen|rises|climbed|climbs|stands?|stood|reached|now|jumped|increased)\b/i,
  /\bcumulative\b/i,
  new RegExp(
    `\\bsince (?:the (?:start|beginning|outbreak|onset|uprising|unrest|revolt|protests?|crisis|conflict|violence|crackdown|disaster|quake|earthquake|spill|explosion|pandemic)|(?:early |mid-|late |last )?${MONTH_NAME}|\\d{4}|it began|then)\\b`,
    'i',
  ),
  /\b(?:number of|total number of|tally of) (?:confirmed |suspected |reported )?(?:cases|deaths|dead|people killed|infections|victims)\b/i,
  /\b(?:rose|risen|rising|climbed|climbing|jumped|increased|surged) to (?:more than |over |at least |about |around |nearly |almost )?\d/i,
  /\b(?:brings?|bringing|brought|takes?|taking|took) (?:the|its) (?:total|toll|number)\b/i,
];

/** Weaker cues: a total, unless the sentence keeps it to one day ("a total of 24 died on Saturday"). */
const TOTAL_WORDS: readonly RegExp[] = [
  /\bso far\b/i,
  /\bto date\b/i,
  /\bin total\b/i,
  /\ba total of\b/i,
  /\baltogether\b/i,
];
const ONE_DAY =
  /\b(?:on|last|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\btoday\b|\b(?:on|in) (?:a|one) (?:single )?day\b/i;

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|thousand|m\b|bn|billion))?/gi;

const MEASURES: readonly [TallyMeasure, RegExp][] = [
  [
    'deaths',
    /^\s*(?:\w+\s+){0,3}?(?:people\s+)?(?:have\s+|had\s+|has\s+)?(?:been\s+)?(?:dead|died|deaths?|killed|lives|fatalities|bodies|victims|people died|people killed)\b/i,
  ],
  ['injured', /^\s*(?:\w+\s+){0,3}?(?:have\s+|had\s+)?(?:been\s+)?(?:injured|wounded|hurt|injuries)\b/i],
  [
    'cases',
    /^\s*(?:\w+\s+){0,3}?(?:confirmed\s+|suspected\s+)?(?:cases|infections|infected|people infected)\b/i,
  ],
  ['displaced', /^\s*(?:\w+\s+){0,3}?(?:displaced|homeless|refugees|fled|evacuated)\b/i],
  ['arrested', /^\s*(?:\w+\s+){0,3}?(?:arrested|detained|detentions|arrests)\b/i],
];

const TOLL_FIRST: readonly [TallyMeasure, RegExp][] = [
  [
    'deaths',
    /\b(?:death|casualty|fatality|civilian) toll\b[^.;]{0,40}?\b(?:to|of|at|is|was|stands at|reached|passed|exceeded)\s+(?:more than |over |at least |about |around |nearly |almost |some )?$/i,
  ],
  [
    'cases',
    /\b(?:number of|total of) (?:confirmed |suspected )?(?:cases|infections)\b[^.;]{0,40}?\b(?:to|of|at|is|was|reached)\s+(?:more than |over |at least |about |around |nearly |almost )?$/i,
  ],
  [
    'deaths',
    /\b(?:number of|total of) (?:deaths|dead|people killed|victims)\b[^.;]{0,40}?\b(?:to|of|at|is|was|reached)\s+(?:more than |over |at least |about |around |nearly |almost )?$/i,
  ],
];

/**
 * Any cue at all, in one search: most sentences hold none, and one search of the alternation
 * fails faster than twelve searches each reading the sentence again (sources are whole patterns
 * with the same flag and no back-references, so the alternation matches where one of them does).
 */
const ANY_CUE = new RegExp([...CUMULATIVE, ...TOTAL_WORDS].map((r) => r.source).join('|'), 'i');
/** Every cue `ANY_CUE` joins (test/chronology/salience/tallies.test.ts checks that each can join it). */
export const TALLY_CUES: readonly RegExp[] = [...CUMULATIVE, ...TOTAL_WORDS];

/** True when the sentence reports a running total rather than one happening. */
export function isCumulative(sentence: string): boolean {
  if (!ANY_CUE.test(sentence)) return false;
  if (CUMULATIVE.some((r) => r.test(sentence))) return true;
  return TOTAL_WORDS.some((r) => r.test(sentence)) && !ONE_DAY.test(sentence);
}

function numberValue(digits: string, scale: string | undefined): number {
  const n = Number(digits.replace(/,/g, ''));
  const s = scale?.toLowerCase();
  if (s === 'million' || s === 'm') return n * 1e6;
  if (s === 'thousand') return n * 1e3;
  if (s === 'billion' || s === 'bn') return n * 1e9;
  return n;
}

/**
 * The running figure a cumulative sentence states: the number followed by what it counts
 * ("9,000 people have died"), or preceded by a toll ("the death toll rose to 9,000"). Years and
 * money are not counts. Null when the sentence is not cumulative or names no such figure.
 */
export function readTally(sentence: string): TallyReading | null {
  if (!isCumulative(sentence)) return null;
  let best: TallyReading | null = null;
  for (const m of sentence.matchAll(NUMBER)) {
    const before = sentence.slice(0, m.index);
    if (
      /[$£€¥]\s*$/.test(before) ||
      (/\b(?:in|since|of|from|by|until)\s+$/i.test(before) && /^\d{4}$/.test(m[1]!))
    )
      continue;
    const value = numberValue(m[1]!, m[2]);
    if (!(value > 0) || (/^(?:19|20)\d\d$/.test(m[1]!) && !m[2])) continue;
    const after = sentence.slice(m.index + m[0].length);
    if (
      /^\s*(?:%|per ?cent|percent|km|miles|barrels|gallons|dollars|years?|days?|weeks?|months?|hours?|am|pm|gmt)\b/i.test(
        after,
      )
    )
      continue;
    let measure = MEASURES.find(([, r]) => r.test(after))?.[0];
    if (!measure) measure = TOLL_FIRST.find(([, r]) => r.test(before))?.[0];
    if (!measure) continue;
    // The biggest figure of the sentence is the total; smaller ones are its parts ("including 500 children").
    if (!best || value > best.value) best = { value, measure };
  }
  return best;
}
