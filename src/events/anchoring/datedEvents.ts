import type { TemporalExpression } from '../../model/timex.ts';
import type { ArticleContext } from '../articleContext.ts';
import { triggerModality } from '../clauses/modality.ts';
import { clauseOf } from '../clauses/splitClauses.ts';
import type { Draft } from '../draft.ts';
import { continueEvent, follows, relatesTo } from '../merge/continueEvent.ts';
import { cutOf, draftFromTrigger, type SentenceParse, titleOf } from '../sentenceParse.ts';
import { nounOfParticiple } from '../titles/nounObjectTitle.ts';
import { verbTitleOfNoun } from '../titles/nounVerbTitle.ts';
import { emptyDatedTitle } from '../titles/weakTitles.ts';
import { attributionWord } from '../triggers/attribution.ts';
import { type Trigger, triggerKey } from '../triggers/findTriggers.ts';
import { attachTimex, datesNoun, modifiesNoun, tokenRange, toldAsPast } from './attachTimex.ts';
import { boundNoun } from './boundNoun.ts';
import { firstClauseVerb } from './clauseVerbOfDate.ts';
import { closedRelativeApart } from './closedRelative.ts';
import { coordinatedVerbs, joinedClauseVerbs, ownDate } from './coordinated.ts';
import { quotedSpans, sayingDate, sayingTitle } from './datedSaying.ts';
import { eventNounDate, offsetEvent, undatedBeside } from './eventNounDate.ts';
import { reportedOn, timeFromTimex } from './eventTime.ts';
import { anchorTime } from './findAnchors.ts';
import { frameVerb } from './frameVerb.ts';
import {
  aspectualComplement,
  participleBefore,
  relativeOfNoun,
  simultaneousVerbs,
  whenClauseVerb,
} from './furtherWords.ts';
import { attachLearned } from './learnedAttachment.ts';
import { lookedAheadTo } from './lookedAheadTo.ts';
import { nounBeforeDate } from './nounBeforeDate.ts';
import { completesNoun, inNounPhrase, insidePhrase, nounOfDate, yearBeforeNoun } from './nounOfDate.ts';
import { openingParticiple } from './openingParticiple.ts';
import { outOfPerfect, undatedPerfect } from './perfectTense.ts';
import { periodClause } from './periodEnded.ts';
import { datePhrase } from './phraseDates.ts';
import { deverbalNouns, governing, plainVerbs, sayingTrigger } from './plainWords.ts';
import { planningProgressive } from './planningProgressive.ts';
import { asideOf } from './relativeClause.ts';
import { countsSince, tallyTime } from './sinceCount.ts';
import { comparedSince, outsideSince, sinceThrough, verbBeforeSince } from './sinceThrough.ts';
import { afterAsideTime, verblessAside } from './verblessAside.ts';

/**
 * Events of a narrated sentence with dates: each distinct date dates the trigger it modifies
 * (`attachTimex`), and that trigger names the event; `k` numbers the sentence's events. A date
 * that modifies no trigger adds to the event just before, when it follows and fits. `within`
 * (article offsets) limits the triggers dated to one stretch of the sentence.
 */
export function datedEvents(
  ctx: ArticleContext,
  p: SentenceParse,
  anchors: readonly TemporalExpression[],
  k: number,
  within?: { readonly from: number; readonly to: number },
): void {
  const { article } = ctx;
  const { s } = p;
  const byValue = new Map<string, TemporalExpression>();
  for (const t of anchors) if (!byValue.has(t.value)) byValue.set(t.value, t);
  // A date of the clause before a date inside a noun phrase: "Kopp's 1987 Chevrolet Cavalier was
  // discovered last month" dates the discovery by last month, never by the car's model year.
  const distinct = [...byValue.values()].sort(
    (x, y) => Number(insidePhrase(s.tokens, x, anchors)) - Number(insidePhrase(s.tokens, y, anchors)),
  );
  const dated = new Set<number>();
  // Triggers taken as further words of another date's event: a date that chooses one for its own
  // takes it over ("shares began trading in August, closed yesterday at …").
  const further = new Map<number, Draft>();
  const quotes = quotedSpans(s.text, s.start);
  for (const t of distinct) {
    // "just like he did two days ago": a date on a pro-verb dates a happening named elsewhere.
    const before = s.tokens.findLast((x) => x.end <= t.start);
    if (before && before.lemma === 'do' && before.end + 1 >= t.start) continue;
    // "pupils, off sick on Friday, have been confirmed": the aside's date; the clause came after it.
    // (Not a coming date: "The vote, due on Friday, will decide …" is a plan of that day.)
    const aside =
      t.range && t.range.start <= article.published.slice(0, 10) ? verblessAside(s, t) : undefined;
    // "The company, profitable in 1988, lost money this year": another date dates the clause.
    if (aside && distinct.length > 1) continue;
    const when = aside ? afterAsideTime(t, aside, article.published) : anchorTime(article, t);
    // Neither states nor participles that only describe a noun ("dead and wounded", "besieged towns").
    // A date after publication is a plan ("to resume Monday"): it dates no verb told as past.
    const ahead = when.start > article.published.slice(0, 10);
    // "… ahead of a full ceasefire coming into place on Thursday": the date dates only words of its phrase.
    // "reminiscent of last year's finger-wagging", "off school until the middle of next week as
    // authorities seek …": a possessive date's phrase, an "until" date's bounded clause.
    const phrase = lookedAheadTo(s, t, ahead) ?? datePhrase(p, article.text, t);
    // "a boxer who represented Haiti at the 2004 Olympic Games, tells …", "criticised the bloc for
    // canceling a meeting on Saturday": the words of the relative clause or gerund phrase only, and
    // the noun right before it ("employment gains that began last fall").
    const relative = asideOf(p, t, article);
    const [dateAt] = tokenRange(s.tokens, t.start, t.end);
    const eligible = (x: Trigger) =>
      (!within || (x.start >= within.from && x.end <= within.to)) &&
      // "The school, which was attended by the princes, was informed on Wednesday": not the aside's verb.
      !closedRelativeApart(p, x, dateAt) &&
      (!relative || (x.index >= relative.from && x.index < relative.to)) &&
      (!phrase || (x.start >= phrase.from && x.end <= phrase.to)) &&
      x.eventClass !== 'STATE' &&
      x.eventClass !== 'I_STATE' &&
      // "just like he did two days ago": a pro-verb stands for a happening named elsewhere.
      x.lemma !== 'do' &&
      // "Bashar will resort to new excuses just like he did two days ago": a past date is not
      // the time of what "will" happen.
      !(
        when.end < article.published.slice(0, 10) &&
        s.tokens.slice(Math.max(0, x.index - 3), x.index).some((t) => /^(?:will|shall|['’]ll)$/i.test(t.text))
      ) &&
      !(x.pos === 'VERB' && modifiesNoun(s.tokens, x.index)) &&
      !(ahead && toldAsPast(s.tokens, x.index));
    // The attachment learned from TimeBank's links ranks the candidates; a date on a noun
    // ("yesterday's operation") and a date the model attaches to nothing go to the hand rules,
    // which fall back on the clause's own verb ("She took the stand Friday") or an event noun of
    // a known type ("Talks between … in Doha next week").
    // "Elected in 2000, Mr Assad has ruled …": the date of an opening participle's phrase is its own.
    const opening = openingParticiple(p, t, p.triggers.filter(eligible));
    const learned =
      opening || datesNoun(s.tokens, t.start, t.end)
        ? undefined
        : attachLearned(s.tokens, p.clauses, p.triggers, t.start, t.end, eligible);
    const byRules = () =>
      attachTimex(s.tokens, p.clauses, p.triggers, t.start, t.end, eligible) ??
      attachTimex(s.tokens, p.clauses, plainVerbs(p), t.start, t.end, eligible);
    // The model's best candidate that makes a title with a subject; the rules when it has none
    // ("some of which raise their elements" is no headline of "reports of confrontations").
    // Nor a merely possible happening the timeline would drop ("voted to support the republic
    // Friday" dates the voting, not the support), nor an event noun whose title would say nothing
    // ("During his speech Wednesday night, Castro expressed …": "His speech" goes, the expressing
    // is dated) unless the date is part of its phrase ("a similar fund for victims of the Sept. 11,
    // 2001, terrorist attacks" dates the attacks or nothing, never the fund).
    const isPresentable = (x: Trigger) =>
      x.pos !== 'VERB'
        ? inNounPhrase(s.tokens, t, x.index) || !emptyDatedTitle(titleOf(p, x))
        : !cutOf(p, x.index).subjectless &&
          triggerModality(s.tokens, clauseOf(p.clauses, x.index), x.index) !== 'hypothetical';
    // (Asked about half the time of a candidate already answered: kept by what the answer reads,
    // a verb's index, a noun's every field through its title.)
    const shown = new Map<string, boolean>();
    const presentable = (x: Trigger) => {
      const key = x.pos === 'VERB' ? `${x.index}` : triggerKey(x);
      let answer = shown.get(key);
      if (answer === undefined) {
        answer = isPresentable(x);
        shown.set(key, answer);
      }
      return answer;
    };
    // "a ceremony for troops who were killed in Afghanistan last Friday", "since government forces
    // imposed military control some weeks ago": a date inside a relative or "since" clause dates
    // that clause's verb (clauseVerbOfDate.ts), before the learned ranking.
    const [at] = tokenRange(s.tokens, t.start, t.end);
    const dateClause = clauseOf(p.clauses, at);
    const inClause = learned && firstClauseVerb(s.tokens, dateClause, at, t, anchors, learned, presentable);
    const best = inClause ?? learned?.find(presentable);
    const rules = learned && !best ? byRules() : undefined;
    // "…, New Zealand said Friday in response to …": a date right after a saying dates the saying.
    const said = sayingDate(s.tokens, [t], quotes);
    const sayingVerb = said && sayingTrigger(p, said.verb, (x) => presentable(x));
    // "For the six months ended Aug. 12, Provigo posted net income …": the period's happening.
    const period = opening
      ? undefined
      : periodClause(p, t, [...p.triggers, ...plainVerbs(p)].filter(eligible));
    // "the Oct. 23 sniper shooting of …": a date inside a noun phrase dates its head, when a happening.
    // Not when its own title would say nothing ("Hayward said in a June 18 statement": the saying).
    // So does "… ago" right after one ("a trial over the death of pop singer Michael Jackson
    // eighteen months ago" dates the death).
    const ofPhrase = opening ? undefined : (nounOfDate(p, t, eligible) ?? nounBeforeDate(p, t, eligible));
    // "charged over the star's death in June 2009": the death's date; the verb is undated, or
    // dated by an offset ("two days after …").
    const apart = opening || ofPhrase ? undefined : eventNounDate(p, t, article.published, eligible);
    if (apart) k = offsetEvent(ctx, p, k, apart, t, dated);
    const head = ofPhrase
      ? emptyDatedTitle(titleOf(p, ofPhrase))
        ? undefined
        : ofPhrase
      : apart && !emptyDatedTitle(apart.title)
        ? apart.noun
        : undefined;
    // "comparable to the 2004 Asian tsunami": a year in the standard a likeness compares with is that
    // noun's; with no happening to date there, it dates no verb of the sentence.
    // The same for a date of an "of" phrase completing a noun ("veterans of the 1999 Turkey earthquake").
    if (!head && !opening && (yearBeforeNoun(s.tokens, t) || (!ofPhrase && completesNoun(s.tokens, t))))
      continue;
    // ("… has ordered the doctor to stand trial over the singer's death in 2009": the ordering, undated.)
    if (apart && head === apart.noun) {
      const first = learned?.find((x) => x.pos === 'VERB') ?? (rules ?? byRules())?.trigger;
      const beside = first && !presentable(first) ? governing(p, first, eligible) : first;
      k = undatedBeside(ctx, p, k, apart, beside && presentable(beside) ? beside : undefined, dated);
    }
    const chosen = opening
      ? { trigger: opening }
      : head
        ? { trigger: head }
        : period && presentable(period.verb)
          ? { trigger: period.verb }
          : sayingVerb
            ? { trigger: sayingVerb }
            : learned && learned.length > 0
              ? best
                ? { trigger: best }
                : rules && presentable(rules.trigger)
                  ? rules
                  : { trigger: learned[0]! }
              : byRules();
    // "rose $2.50 a share to close at $117.375 yesterday": an infinitive the timeline would drop
    // as merely possible hands the date to the verb it hangs on, when that one is told.
    const governor =
      chosen && !presentable(chosen.trigger) ? governing(p, chosen.trigger, eligible) : undefined;
    // "Sony has sold 31 million copies since his death on 25 June": the clause runs from the date
    // its "since" reaches through a noun (the noun itself is told at the date).
    const since = aside ? -1 : sinceThrough(s.tokens, t);
    const picked = governor && presentable(governor) ? { trigger: governor } : chosen;
    // "NATO decided at last year's Madrid summit to invite …": a noun whose title would say
    // nothing hands its date to the verb its phrase frames, or whose clause its "since" bounds.
    const verbs = () => [...p.triggers, ...plainVerbs(p)].filter((x) => eligible(x) && presentable(x));
    const framed =
      picked?.trigger.pos === 'NOUN' &&
      emptyDatedTitle(titleOf(p, picked.trigger)) &&
      // ("since the April 20 explosion that killed 11 workers": its relative clause tells it.)
      relativeOfNoun(p, picked.trigger, verbs()).length === 0
        ? (frameVerb(p, picked.trigger, t, verbs()) ??
          (since >= 0 && !outsideSince(s.tokens, since, t, picked.trigger)
            ? verbBeforeSince(s.tokens, since, verbs())
            : undefined))
        : undefined;
    const found = framed ? { trigger: framed } : picked;
    // "has pleaded not guilty to the manslaughter … in June 2009": a finished time is no perfect's.
    // (Told undated, it is no event later sentences continue.)
    if (found && !dated.has(found.trigger.index) && outOfPerfect(p, found.trigger, t, when, article)) {
      dated.add(found.trigger.index);
      undatedPerfect(ctx, p, found.trigger, k++);
      continue;
    }
    if (!found) {
      const previous = ctx.previous;
      // A dated sentence without a happening adds to the event it follows only at a compatible date.
      if (
        previous &&
        follows(previous, s) &&
        when.start <= previous.when.end &&
        previous.when.start <= when.end &&
        relatesTo(ctx, previous, s)
      )
        continueEvent(previous, article.id, s, t);
      continue;
    }
    // "the worst US oil disaster since the Exxon Valdez in Alaska in 1989": a standard, no time.
    if (since >= 0 && outsideSince(s.tokens, since, t, found.trigger) && comparedSince(s.tokens, since))
      continue;
    // Two dates of one trigger ("on Friday, 5 March", "from Monday to Friday" split): one event.
    const taken = further.get(found.trigger.index);
    if (taken) {
      const { start } = found.trigger;
      taken.mentions = taken.mentions.filter((m) => m.trigger?.start !== start);
      further.delete(found.trigger.index);
    } else if (dated.has(found.trigger.index)) continue;
    dated.add(found.trigger.index);
    // "…, which is according to the commission's chief counsel Fred Bartlit on Monday": a date the
    // source of words takes dates no happening (and the title would have no predicate).
    if (attributionWord(s.tokens, found.trigger.index)) continue;
    // With several dates, each event reads its counts, places and actors from its own clause.
    const clause = clauseOf(p.clauses, found.trigger.index);
    const span =
      distinct.length > 1
        ? { from: s.tokens[clause.from]!.start, to: s.tokens[clause.to - 1]!.end }
        : { from: s.start, to: s.end };
    const saying = found.trigger.eventClass === 'REPORTING' && !nounOfParticiple(p, found.trigger);
    const from =
      since >= 0 && outsideSince(s.tokens, since, t, found.trigger)
        ? timeFromTimex(t, article.published, true)
        : when;
    // "since last March, when protesters gathered": what the "when" clause tells happened at that date.
    const sinceWhen =
      from.mod === 'ON_OR_AFTER' &&
      found.trigger.start > t.end &&
      /^\s*,?\s*when\b/i.test(article.text.slice(t.end, t.end + 8));
    // "At least 19,106 people have been killed since March 2011": the tally as of the day's news.
    const tally =
      from.mod === 'ON_OR_AFTER' &&
      !sinceWhen &&
      countsSince(s.tokens, cutOf(p, found.trigger.index).kept, found.trigger.index);
    // "More than 5,000 civilians killed since March, the UN said in early December": the saying's
    // date tells the count, with who gave it.
    if (
      tally &&
      sayingDate(
        s.tokens,
        anchors.filter((u) => u !== t),
        quotes,
      )
    )
      continue;
    const time = tally
      ? tallyTime(t, reportedOn(article.published))
      : sinceWhen
        ? timeFromTimex(t, article.published, false)
        : from;
    const draft = draftFromTrigger(ctx, p, k++, found.trigger, time, {
      timex: t,
      ...span,
      ...(saying ? { title: sayingTitle(p, found.trigger), type: 'statement' as const, isReport: true } : {}),
      ...(apart && found.trigger === head ? { title: apart.title } : {}),
    });
    // What is dated after publication has not happened yet: the timeline shows it as planned. So is
    // what a present progressive of planning dates by a period reaching past publication ("they are
    // planning for a vote by the end of the week").
    const plan = !ahead && when.end > article.published.slice(0, 10) && planningProgressive(s.tokens, dateAt);
    if ((ahead || plan) && draft.modality !== 'hypothetical') draft.modality = 'planned';
    if (draft.places.length === 0) draft.places = ctx.placesOf(s, s.start, s.end);
    ctx.previous = draft;
    // "killed three soldiers and wounded six": the other words the date covers are further
    // mentions of the one event, each with its trigger, in the same sentence: those the model
    // ranks high enough, and the verbs coordinated with the dated verb under its subject
    // ("Bush today denounced … and said …").
    const joined =
      found.trigger.pos === 'VERB'
        ? coordinatedVerbs(s.tokens, found.trigger.index, tokenRange(s.tokens, t.start, t.end)[0]).flatMap(
            (i) => {
              const x = p.triggers.find((t) => t.index === i) ?? plainVerbs(p).find((t) => t.index === i);
              return x && eligible(x) && !ownDate(p, i, distinct, t) ? [x] : [];
            },
          )
        : [];
    // "shares closed … in early trading yesterday", "after last year's embassy blasts": an event
    // noun the date stands right after, or modifies, is a further word of the dated happening.
    const bound = attachTimex(
      s.tokens,
      p.clauses,
      [...p.triggers, ...plainVerbs(p), ...deverbalNouns(p)],
      t.start,
      t.end,
      eligible,
    );
    const noun = [boundNoun(p, t, bound)].filter((x) => x !== undefined);
    // "began to arrive", "completed the acquisition": what the dated verb begins or ends; "a year
    // ago, when the industry enjoyed …": what the date's "when" clause tells.
    const all = [...p.triggers, ...plainVerbs(p), ...deverbalNouns(p)].filter(
      (x) => eligible(x) && !anchors.some((u) => x.start < u.end && u.start < x.end),
    );
    // "a letter published Wednesday": a participle the date follows, describing its noun.
    const told = [...p.triggers, ...plainVerbs(p)].filter(
      (x) => x.eventClass !== 'STATE' && x.eventClass !== 'I_STATE',
    );
    const more = [
      aspectualComplement(p, found.trigger, all),
      whenClauseVerb(p, t, all),
      participleBefore(p, t, told),
      // "the January 1998 bombing of a clinic that killed an officer": what the dated noun did.
      ...[found.trigger, ...noun].flatMap((x) => relativeOfNoun(p, x, all)),
      // "were killed … when two military helicopters crashed last February": the same time.
      ...simultaneousVerbs(p, found.trigger, all),
    ].filter((x): x is Trigger => x !== undefined);
    if (period && found.trigger === period.verb) more.push(period.ended);
    // "In June last year, the leadership had a falling out, and Pol Pot was arrested": a sentence's
    // opening date covers a joined clause with its own subject, a happening of its own.
    if (distinct.length === 1 && found.trigger.pos === 'VERB')
      for (const v of joinedClauseVerbs(
        s.tokens,
        found.trigger.index,
        tokenRange(s.tokens, t.start, t.end)[0],
      )) {
        const x = p.triggers.find((y) => y.index === v) ?? plainVerbs(p).find((y) => y.index === v);
        if (!x || dated.has(v) || !eligible(x) || x.eventClass === 'REPORTING' || !presentable(x)) continue;
        if (!toldAsPast(s.tokens, v)) continue;
        dated.add(v);
        const own = clauseOf(p.clauses, v);
        ctx.previous = draftFromTrigger(ctx, p, k++, x, when, {
          timex: t,
          from: s.tokens[Math.max(own.from, v - 8)]!.start,
          to: s.end,
        });
      }
    for (const x of apart && found.trigger === head
      ? more
      : [...(learned ?? []), ...joined, ...noun, ...more]) {
      // "his death" in "has sold … since his death on 25 June" is of the date, not of the tally,
      // and the selling no word of the death's.
      const sides =
        since >= 0 && outsideSince(s.tokens, since, t, x) !== outsideSince(s.tokens, since, t, found.trigger);
      if (dated.has(x.index) || sides) continue;
      dated.add(x.index);
      further.set(x.index, draft);
      draft.mentions.push({ ...draft.mentions[0]!, trigger: { start: x.start, end: x.end, text: x.text } });
      // "the Baath Party came to power in a military coup in 1962": a dated event noun's phrase
      // says less than the verb of the same date whose clause holds it.
      if (found.trigger.pos !== 'VERB' && !saying)
        draft.title = verbTitleOfNoun(p, found.trigger, x, draft.title) ?? draft.title;
    }
  }
}
