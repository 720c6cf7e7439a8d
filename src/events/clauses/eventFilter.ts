import { knownWord } from '../nlp/annotate.ts';
import { isGluedFactBox } from '../nlp/pageFurniture.ts';
import { factBoxLine } from './factBoxLine.ts';
import { quotedRanges } from './findReportFrame.ts';
import { forecast } from './forecast.ts';
import { methodNote } from './methodNote.ts';
import { newsroomWork } from './newsroomWork.ts';
import { BROADCAST_OUTLETS } from './outlets.ts';
import { photoCaption } from './photoCaption.ts';
import { reportedState } from './reportedState.ts';
import { isSiteNotice } from './siteNotice.ts';

/** Verbs of opinion: the sentence voices a view, it does not report a happening. */
const OPINION_VERBS =
  'hope hopes hoped believe believes think thinks estimate estimate expressed feel feels fear fears'.split(
    ' ',
  );
/**
 * One of `OPINION_VERBS` as a whole word (a run of letters): one search of the sentence, where
 * splitting it into words and looking each up made an array and a string per word of every sentence.
 */
const OPINION_WORD = new RegExp(`(?<!\\p{L})(?:${OPINION_VERBS.join('|')})(?!\\p{L})`, 'u');

const outsideQuotes = (text: string): string => {
  let out = text;
  for (const [a, b] of quotedRanges(text)) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
};

// This filter reads the raw text, untagged: its verbs of saying are written forms, and each pattern
// lists the forms its construction takes (a quotation's "said" or "asked", an analyst's "believe",
// an opinion piece's "writes", a journalist's "found"), on purpose not one list: a form added to
// one would fire a pattern tuned without it.

/** Verbs that attribute a quotation right after its closing mark. */
const QUOTE_SAYING = '(?:said|says|added|told|asked|wrote)';
/** `… journalists,"says X`, `…,” said Y`: a quotation closed before up to three capitalised words and its verb. */
const NAMED_AFTER_QUOTE = new RegExp(
  `[,.!?]["”]\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${QUOTE_SAYING}\\b`,
  'u',
);
/** `… Sarah Brown,"he said.`: the sentence's only quotation mark closes before a pronoun and its verb. */
const PRONOUN_AFTER_CLOSING_QUOTE = new RegExp(
  `^[^"“”]*[,.!?]["”]\\s*(?:he|she|they)\\s+${QUOTE_SAYING}\\b[^"“”]*$`,
);
/**
 * Why a sentence cannot state a happening of its own, or undefined when it may: quotations
 * (`"We will win," he said`, also with glued straight quotes), questions, reader letters and
 * first-person commentary, opinions ("observers believe"), conditionals and generic statements.
 * The test is on the words outside quotation marks, so a reported happening in narration passes.
 * `datedFrom` is the offset of the sentence's first date: a view voiced after it does not govern it.
 * `article.stampsAreYears`: the four-figure stamps opening its sentences are years of a box (`stampsAreYears`).
 */
export function notAnEvent(
  sentence: string,
  datedFrom?: number,
  article: { readonly stampsAreYears?: boolean } = {},
): string | undefined {
  const text = sentence.trim();
  if (/^["“‘'«]/.test(text)) return 'a quotation';
  // Page furniture and reader comments of scraped pages: "Last updated …", "BluesBerry wrote:",
  // live-page timestamps ("20:48 …"), promotion for other programmes.
  if (
    /\b(?:Last updated|Page last updated|A version appeared (?:on p\d+|in the)|This article appeared on p\d+|Share this page|Related (?:Internet )?links|Comments? \(\d+\))\b/i.test(
      text,
    ) ||
    // The page's labels and calls, capitalised as labels are: in small letters the same words tell
    // (or quote) a happening ("it would be important to watch the Southern Hemisphere", "fans
    // huddled to watch the live feed", "the most popular cars in America").
    /\b(?:Have your say|Most popular|Top (?:news )?stories|Click here|Read more|Listen to|Watch (?:the|more|video))\b|(?:\.\.\.|…) ?(?:read more|click here)\b|\bclick here\b/.test(
      text,
    ) ||
    // (Each pattern that needs a word is tried only in a text that holds it: most hold none.)
    ((text.includes('wrote:') || text.includes('writes:')) &&
      /^\S+(?:\s\S+)?\s+wrote:|\b(?:wrote|writes):\s/.test(text)) ||
    // A media label ("Watch:", "Video:"), a call to the reader ("Join us at 8pm", "Follow live
    // updates here"), a standfirst of what the piece does ("Here he explains …", "In this video, X
    // reports …").
    /^(?:Watch|Listen|Video|Audio|Photos?|Pictures|Gallery|Slideshow)\s*:/.test(text) ||
    /^(?:Join|Follow|Watch|Listen|Subscribe|Tune in|Send|Share|Click|Read|Find out) (?:us|our|me|the|this|more|live|here|in|to|your|all|latest|now)\b/.test(
      text,
    ) ||
    /^(?:Here|In this (?:video|film|clip|report|piece|programme|program|audio|slideshow)),? (?:\p{L}+ ){0,4}(?:explains|reports|looks|examines|assesses|considers|asks|describes|talks|tells|shows|hears|meets)\b/u.test(
      text,
    ) ||
    /^\d{1,2}:\d{2}\b/.test(text) ||
    // A news-link widget: other outlets' headlines, each with its age and outlet ("Haitian girl saved
    // after 15 days - 4 hrs ago MSNBC Girl pulled out alive …").
    (text.includes('ago') && /\s[-–]\s\d+\s(?:hrs?|mins?|hours?|minutes?|days?)\sago\b/.test(text)) ||
    // A teaser of another story, cut off inside a word ("… to remove a half-million gallons of fuel
    // fro...", "… the Gulf of Mex...").
    truncatedTeaser(text) ||
    // A reader comment's signature ("Posted by: clairevb | June 7, 2010 12:24 PM | Report abuse").
    (text.includes('Posted by:') && /\bPosted by:\s*\S+\s*\|[^|]{4,40}\|\s*Report abuse\b/.test(text)) ||
    // "This article was published on guardian.co.uk at …", "This BBC News clip is published as part
    // of BBC News Online and was first broadcast …", "This program is also available to watch …": the
    // page tells of itself. A live page's stamp "… 5 May 2009 17.42 BST".
    /^This (?:\p{Lu}[\p{L}.]* ){0,3}(?:article|story|page|report|clip|video|film|programme|program|audio|podcast|episode|slideshow|gallery) (?:was|is) (?:first |also |only )?(?:published|posted|updated|amended|broadcast|repeated|aired|available|part of)\b/u.test(
      text,
    ) ||
    /\b\d{1,2}[.:]\d{2} (?:BST|GMT|EDT|EST|CET|UTC)$/.test(text) ||
    // A photo's caption that says so ("In this image taken from video provided by BP PLC, …",
    // "April 21: This file photo shows …"): what a picture shows, not a happening of the day.
    /^(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?: )?(?:In )?[Tt]his (?:[\w-]+ ){0,2}(?:image|photo|photograph|picture|frame grab|video grab)\b/.test(
      text,
    ) ||
    // A comment thread's notice ("This discussion is now closed.").
    /^(?:This|The) (?:discussion|debate|thread|comment section) (?:is|has been) (?:now )?closed\b/i.test(
      text,
    ) ||
    pageMaking(text) ||
    // "Live coverage of … between 2300 and 0200 GMT", "… still available here to read but commenting has closed".
    isSiteNotice(text) ||
    // "… in Grand Isle, La., Monday, July 19, 2010.", "… in this handout photograph.": a caption.
    photoCaption(text) ||
    // A fact box's lines run together ("… unarmed demonstrators Pattern of summary executions …").
    isGluedFactBox(text) ||
    // "1957: Asian flu killed two million people": a line of a box of past years.
    factBoxLine(text, article.stampsAreYears === true) ||
    // The credit line: "Associated Press writers X and Y contributed to this report", "Staff writer
    // X contributed reporting".
    // (Only this report, or the press's own people: not "Scientists … contributed to the report, which
    // was released on Monday".)
    (text.includes('contributed') &&
      /\bcontributed (?:reporting )?to this (?:report|story|article)\b|\bcontributed reporting\b|\b(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Ss]taff|[Ss]tringers?)\b(?:\s+(?:and\s+)?[\p{L}'’.-]+,?){0,12}\s+contributed to the (?:report|story|article)\b/u.test(
        text,
      )) ||
    // A reader comment's stamps ("Published: Monday, 18 January, 2010, 15:33 GMT … Added: Tuesday,
    // …"), a picture's credit line and a chart's source ("Compiled from data gathered at 16:00 …").
    /\b(?:Added|Published|Posted): (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2} \p{Lu})|^(?:Picture|Photo|Image) credit:|^Compiled from\b/u.test(
      text,
    )
  )
    return 'page furniture';
  const free = outsideQuotes(text);
  // `… journalists,"says X` / `…,” said Y`: the quotation ends before its attribution. So it does
  // in `… Sarah Brown,"he said.`, the closing mark the only one: the opening went with the sentence
  // before (not `May 28 - Obama tours the coast -"I am the president …,"he said.`).
  // (Each needs a closing quotation mark: most sentences hold none.)
  const closing = text.includes('"') || text.includes('”');
  if (closing && (NAMED_AFTER_QUOTE.test(text) || PRONOUN_AFTER_CLOSING_QUOTE.test(text)))
    return 'a quotation';
  // `…,"Kendra Barkoff, an interior department spokeswoman, said in a statement.` (`QUOTE_SAYING`
  // but "asked", which so far past the mark may put a question of its own.)
  if (closing && /[,!?]["”]\s*\p{Lu}[^"“”]{0,100}\b(?:said|says|added|told|wrote)\b[^"“”]{0,40}$/u.test(text))
    return 'a quotation';
  // "…, as the BBC's Jim Muir said at the time, …": commentary leaning on someone's words.
  if (/(?:^|,\s*)as (?:[\p{L}'’.-]+\s+){1,7}(?:said|says|noted|put it|reported)\b/u.test(text))
    return 'an attributed view';
  if (/\?["”]?$/.test(text)) return 'a question';
  // First person outside quotes: letters, columns, eyewitness commentary ("World War I" is not a pronoun).
  if (
    /\b(?:we|We|our|Our|us|my|My|me)\b|(?<!War |Phase |Part |Act |Chapter |Louis |James |Henry |Elizabeth )\bI\b(?!\.)/.test(
      free,
    )
  )
    return 'first-person commentary';
  // Addressing the reader ("You have seen friends and relatives killed", "Remember, …"): a reader's
  // comment or a feature's voice, not a report.
  if (/^(?:You|Your|Remember|Imagine|Consider)\b/.test(free) || /\b(?:you|your)\b/.test(free))
    return 'addressing the reader';
  if (conditional(free) && !/\b(?:said|says)\b/.test(free)) return 'a conditional';
  // Only a view voiced before the date governs it ("Americans believe …, a poll released on Friday");
  // "clashes during the past days, and observers believe …" still dates the clashes.
  const scope = datedFrom === undefined ? free : free.slice(0, datedFrom);
  if (OPINION_WORD.test(scope)) return 'an opinion';
  if (/\b(?:expressed|voiced|raised) (?:concerns?|hopes?|worry|fears?|doubts?)\b/i.test(scope))
    return 'an opinion';
  // "Meteorologists predict this year will be very active": what is foreseen, not what happened.
  if (forecast(free, datedFrom)) return 'a forecast';
  // "Such claims have not been verified independently", "These interviews were conducted in Wadi
  // Khaled …": how the news is known, not what happened.
  if (methodNote(free)) return 'a method note';
  if (/^(?:By comparison|In comparison|Compared (?:with|to)|By contrast)\b/.test(text)) return 'a comparison';
  // "And in 1918 as now there were reports of …", "Then, as now, …": the past held up to the present,
  // a comparison the writer draws, not the news.
  // (Opening the sentence: "the capital, then as now a centre of dissent" describes a noun.)
  if (/^(?:(?:and|but|yet)\s+)?(?:then|in (?:1[5-9]|20)\d\d),? as (?:now|today)\b/i.test(free.trimStart()))
    return 'a comparison';
  // ", says Jim Muir." at the end: an analyst's view, attributed after the fact.
  // "…, analysts said.": commentators' view, not a happening of its own.
  if (
    /,\s*(?:\p{L}+\s+){0,3}(?:analysts|experts|economists|observers|critics|commentators)\s+(?:said|say|says|believe|argue)\.?$/u.test(
      free,
    )
  )
    return 'an attributed view';
  if (/,\s*(?:says|said) (?:the )?(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}\.?$/u.test(free))
    return 'an attributed view';
  if (analysis(free)) return 'an analysis';
  // "That means his dangerous actions … caused his death", "That suggests the oil has started
  // spilling more quickly, Graber said": what something before implies, an explanation or an
  // inference drawn from it, not a happening told.
  if (/^(?:(?:But|And|So) )?(?:That|This|It) (?:means|meant|suggests|suggested|implies|implied)\b/.test(free))
    return 'an explanation';
  // "But recently there have been signs that Moscow is losing patience", "there were signs of a
  // split": the writer reads signs; what they point to is not told as having happened (not "no
  // sign of …", which tells that something was looked for).
  if (readsSigns(free)) return 'an analysis';
  // "It seemed inevitable that …, a spokesman said", "There was no sign of the plume, Hazen said".
  if (datedFrom === undefined && reportedState(free)) return 'a state';
  // "There is too much pressure", "It is a …": generic statements, not happenings.
  if (/^(?:There (?:is|are)|It (?:is|'s|remains)|This is|That is)\b/.test(text)) return 'a generic statement';
  // "The last time BP suspended a dividend was during World War II": history, not news.
  if (/^(?:The|This was the|It was the) (?:last|first|only|previous) time\b/.test(text)) return 'background';
  if (
    (free.includes('War') || free.includes('Middle Ages')) &&
    /\b(?:World War (?:I|II|One|Two)|Second World War|First World War|Cold War|Middle Ages)\b/.test(free)
  )
    return 'background';
  return undefined;
}

/** A journalist by role ("entertainment reporter", "Middle East editor"). */
const ROLE = '(?:[\\p{L}\\d-]+ ){0,3}(?:correspondent|editor|reporter|presenter|cameraman|journalist)s?';
/**
 * A journalist of the page's outlet: the outlet's possessive or name before the role ("the BBC's
 * Middle East editor", "our correspondent", "BBC Northern Ireland presenter"); a role alone may be
 * anyone's ("TV presenter X visited Haiti").
 */
const JOURNALIST = `(?:(?:the |this )?\\p{Lu}[\\p{L}.&-]*(?: \\p{Lu}[\\p{L}.&-]*){0,2}['’]s |[Oo]ur |(?:${BROADCAST_OUTLETS})(?: \\p{Lu}[\\p{L}]*){0,2} )${ROLE}`;
/** What a journalist does to make the report, not a happening reported. */
const MAKING =
  '(?:assess(?:es|ed)?|visit(?:s|ed)?|travel(?:s|led|ed)|look(?:s|ed)? at|examin(?:es|ed)|explor(?:es|ed)|discuss(?:es|ed)|investigat(?:es|ed)|meets|met|went|goes|join(?:s|ed)|present(?:s|ed)|sent|sends|report(?:s|ed) from|(?:spoke|speaks|talked|talks) to|took a look|takes a look)';
const JOURNALIST_MAKING = new RegExp(
  `^(?:[^,]{0,40}, )?${JOURNALIST}(?: \\p{Lu}[\\p{L}'’-]*){1,3} ${MAKING}\\b`,
  'u',
);
const TOLD_JOURNALIST = new RegExp(
  `\\b(?:spoke|speaks|talked|talks) to ${ROLE}(?: \\p{Lu}[\\p{L}'’-]*){1,3}\\.?$`,
  'u',
);
const PROGRAMME_MADE =
  /^(?:The|This|Today's|Tonight's) (?:debate|programme|program|interview|discussion|show|episode|edition|podcast|documentary|film|broadcast) (?:was|is|will be|has been) (?:first )?(?:recorded|filmed|broadcast|aired|produced|presented|hosted)\b/;

// "the BBC's Jim Muir": an outlet's possessive before a name is its journalist.
const OUTLET_NAME = `(?:the )?(?:${BROADCAST_OUTLETS})['’]s(?: \\p{Lu}[\\p{L}'’-]*){1,3}`;
// "The BBC's Jim Muir, reporting from Beirut, says …", "A BBC reporter in Damascus says …",
// "correspondents say …": the outlet's own reading, opening the sentence in the present tense.
const JOURNALIST_READS = new RegExp(
  `^(?:(?:An?|The) )?(?:${JOURNALIST}|${OUTLET_NAME}|(?:BBC |Our )?correspondents)(?: (?:in|at) \\p{Lu}[\\p{L}-]*)?(?: \\p{Lu}[\\p{L}'’-]*){0,3}(?:, [^,]{3,60},)? (?:says|say)\\b`,
  'u',
);
// "…, our reporter says.", "…, BBC correspondents say."
const JOURNALIST_READ = new RegExp(
  `,\\s*(?:(?:an?|the) )?(?:${JOURNALIST}|${OUTLET_NAME}|(?:BBC |[Oo]ur )?correspondents)(?: \\p{Lu}[\\p{L}'’-]*){0,3} (?:says|say)\\.?["”]?$`,
  'u',
);

const OPINION_GENRE = '(?:commentary|editorial|column|columnist|commentator|op-ed|leader writer)s?';
/** How an opinion piece gives its view, after or before its genre's name. */
const OPINION_SAYING = 'says|said|writes|wrote|argues|argued';
const OPINION_PIECE_CLOSING = new RegExp(
  `,\\s*(?:${OPINION_SAYING}) [^,]{0,60}\\b${OPINION_GENRE}\\.?["”]?$`,
  'u',
);
const OPINION_PIECE_OPENING = new RegExp(
  `^(?:(?:The|A|An) )?(?:[\\p{Lu}][\\p{L}.'’-]* ){0,4}${OPINION_GENRE}(?: \\p{Lu}[\\p{L}.'’-]*){0,4}(?: of [^,]{1,40})? (?:${OPINION_SAYING}|complained|complains|pointed out|notes|noted)\\b`,
  'u',
);

// Words that read events rather than tell them: a forecast or a possibility, an appearance, an
// impression or a test, what something shows or means, an attempt.
const ASSESSMENT =
  /\b(?:will|would|could|might|may|likely|unlikely|appears?|seems?|impression|sense|test|bound to|clear|shows? how|means?|signs?|suggests?|(?:is|are) trying|problem is|question is|key)\b/;

/**
 * Whether a sentence gives a reading of events rather than a happening: the outlet's correspondent
 * reading them ("The BBC's Jim Muir, reporting from Beirut, says the real test … will come on
 * Tuesday", "…, BBC correspondents say"), analysts or observers in the present tense ("Observers
 * say anti-government sentiment is rising there"), an opinion piece ("…, says another al-Sharq
 * al-Awsat commentary", "Washington Post columnist David Broder wrote …"), or a copula whose
 * complement is a that-clause ("The impression is that the government has decided …", "One reason
 * is that …").
 */
function analysis(free: string): boolean {
  // What a correspondent on the spot says happened ("The BBC's Mark Doyle says perhaps 5,000 people
  // have lined up outside the US embassy") is reporting; only a reading of it is analysis.
  const opening = JOURNALIST_READS.exec(free);
  const closing = JOURNALIST_READ.exec(free);
  const read = opening ? free.slice(opening[0].length) : closing ? free.slice(0, closing.index) : undefined;
  if (read !== undefined && ASSESSMENT.test(read)) return true;
  // An opinion piece speaking: "…, says another al-Sharq al-Awsat commentary", "Washington Post
  // columnist David Broder wrote on Thursday that …".
  if (OPINION_PIECE_CLOSING.test(free) || OPINION_PIECE_OPENING.test(free)) return true;
  // "Analysts say the SNC may face a challenge from the National Alliance, which was formed in
  // Istanbul on Thursday": an aside that narrates is a happening of its own.
  if (
    /^(?:(?:Many|Some|Most|Other|Western|Independent) )?(?:analysts|observers|experts|commentators|pundits) (?:say|believe|argue|suggest|think)\b/i.test(
      free,
    ) &&
    !/, (?:which|who) (?:was|were|had|has|have)\b/.test(free)
  )
    return true;
  return /^(?:The|One|Another|A|An) (?:[\p{L}-]+ ){1,3}(?:is|was|remains|seems) (?:now |still )?that\b/u.test(
    free,
  );
}

/** "there are/have been signs that|of …", "there were indications of …". */
const SIGNS =
  /\b[Tt]here (?:is|are|was|were|ha(?:s|ve) been|had been) (?:(?:some|growing|increasing|clear|new|further|more|early|strong) )?(?:signs?|indications?|hints?) (?:that|of)\b/;

/**
 * Whether the sentence opens on the writer's reading of signs: "there are signs that …" as its main
 * clause, after no more than an adverb or an opening phrase ("But recently there have been signs …",
 * "But even with an end to the crisis in sight, there were signs of a split …"). Not a reading
 * joined to a clause that tells ("BP says its containment effort is going well, but there are signs
 * of mistrust"), nor one inside words said.
 */
function readsSigns(free: string): boolean {
  const m = SIGNS.exec(free);
  if (!m) return false;
  const before = free.slice(0, m.index);
  return (
    before.split(/\s+/).length <= 12 &&
    !/,\s*(?:but|and|while|although|though|as)\s+$/i.test(before) &&
    !/\b(?:says?|said|told|added|warned|believes?)\b/.test(before)
  );
}

/**
 * Whether a sentence tells how the page itself was made: a journalist's own work as its subject
 * ("Hours beforehand, the BBC's Middle East editor Jeremy Bowen assessed the situation in the
 * area", "He spoke to 1xtra entertainment reporter Nesta McGregor"; the outlet or its named
 * reporter at work, see `newsroomWork`) or a programme's recording
 * ("The debate was recorded from the Arab World Institute in Paris …"). Words reported after it
 * ("… visited the camp and says that …") make it a report.
 */
function pageMaking(text: string): boolean {
  if (PROGRAMME_MADE.test(text) || TOLD_JOURNALIST.test(text) || newsroomWork(text)) return true;
  return (
    JOURNALIST_MAKING.test(text) && !/\b(?:that|says?|said|found|saw|heard|reports?)\b/.test(text.slice(30))
  );
}

/** Whether a sentence ends in an ellipsis that cuts its last word short: a teaser of a linked story. */
function truncatedTeaser(text: string): boolean {
  // (Tested first: the pattern alone tries every word of every sentence for an ending it seldom has.)
  if (!text.endsWith('...') && !text.endsWith('…')) return false;
  const last = /(\p{L}+)(?:\.\.\.|…)$/u.exec(text)?.[1];
  return last !== undefined && !knownWord(last.toLowerCase());
}

/**
 * Whether a sentence is supposed on a condition: it opens with one ("If the cap fails, …",
 * "Should talks collapse, …"); the clause the "if" hangs on, from the last comma before it, speaks
 * in a modal ("Analysts fear the cost could become astronomical if oil continues to flow"); or the
 * "if" clause closes at a comma before one ("so if the virus reaches countries there, it might
 * circulate …"). A condition inside words reported ("declared that if it was up to him, BP's boss
 * would be fired") or a later clause ("Spitzer called on Monday for Vacco to revive the unit,
 * vowing that he would do so if elected") leaves the main clause told, and an "if" that asks is
 * none ("It was not known if the arrest announced today stemmed from …").
 */
function conditional(free: string): boolean {
  if (/^(?:If|Unless|Should|Were|Had)\b/.test(free)) return true;
  for (const m of free.matchAll(/\b(?:if|unless)\s+(?!not\b)/g)) {
    const before = free.slice(0, m.index);
    const hangsOn = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
    if (!/\bthat\b/.test(hangsOn) && MODAL.test(hangsOn)) return true;
    const comma = free.indexOf(',', m.index);
    const then = comma < 0 ? '' : free.slice(comma + 1).split(/[,;]/)[0]!;
    if (!/\bthat\s+$/.test(before) && MODAL.test(then)) return true;
  }
  return false;
}
const MODAL = /\b(?:will|would|could|might|may|can|should|must|shall|['’]ll|['’]d|going to)\b/i;

/**
 * Whether a temporal expression states when the clause happened, or compares with another time
 * ("up from 20 in March", "the worst since 2005", "than last year", "as of August").
 */
export function isComparison(textBefore: string): boolean {
  return /\b(?:than|up from|down from|compared (?:with|to)|(?:most|worst|highest|lowest|largest|biggest|first|best)(?:\s+\S+)?\s+since|as of|record (?:set )?(?:in|of)|same period|levels? (?:of|in|seen in))\s+(?:\S+\s+){0,3}$/i.test(
    textBefore,
  );
}

/** Whether a clause speaks of the future ("will", "is due to", "plans to"), so a later date is no error. */
export function isFuture(clause: string): boolean {
  return /\b(?:will|shall|would|'ll|to be held|(?:is|are|was|were) (?:due|set|scheduled|expected|planning|going) to|plans? to|next|upcoming|tomorrow)\b/i.test(
    clause,
  );
}
