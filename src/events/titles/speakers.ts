import { modifiesNoun } from '../anchoring/attachTimex.ts';
import { clauseOf } from '../clauses/splitClauses.ts';
import { TELLING_VERBS } from '../nlp/tellingVerbs.ts';
import type { SentenceParse } from '../sentenceParse.ts';
import type { Trigger } from '../triggers/findTriggers.ts';
import { assemble, type CutTitle } from './deletionTitle.ts';
import { cutOf } from './heldCuts.ts';
import { emptyDatedTitle } from './weakTitles.ts';
import { CLAUSE_VERBS, opensTimeClause, QUOTES } from './words.ts';

/**
 * Who says so, kept with a claim so that it does not read as fact: a named source in front of the
 * words said ("Activists say Homs was bombarded") or a closing attribution after them ("…, state
 * media said", "…, according to the UN").
 */

/** Pronouns that stand for a person or a group a referent can name. */
const PERSONAL = /^(?:he|she|they)$/i;

/**
 * "Activists say Homs was bombarded", "…, state media said, security forces launched operations":
 * a happening reported by someone keeps who reports it in front, as the sentence has it, so a claim
 * does not read as fact. The reporting verb is one the trigger model classes REPORTING, before the
 * trigger in the same sentence, with no semicolon or clause of the narrator's (", but they …")
 * between them; not over a time or relative clause, and for a pronoun speaker only an opinion.
 */
export function withSpeaker(p: SentenceParse, trigger: Trigger, own: CutTitle): string | undefined {
  const { tokens } = p.s;
  const first = Math.min(...own.kept);
  // "did not say who carried it out": a question reported is no happening to attribute.
  if (/^(?:who|what|which|whether|how|why)$/i.test(tokens[first]!.text)) return undefined;
  // "told ABC TV | last week's explosion": a noun phrase without a verb is no claim.
  if (!own.kept.some((i) => tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX')) return undefined;
  // "say 7,000 have been killed since the uprising began": the said words are the main clause;
  // a time clause inside them is no claim of the speaker's. Nor is a title with nothing to say.
  // (But "activists said a number of people died | when security forces opened fire": a "when" right
  // after the words said tells the same claim.)
  const clause = clauseOf(p.clauses, trigger.index);
  const sameClaim =
    /^when$/i.test(tokens[clause.from]?.text ?? '') &&
    tokens.slice(0, clause.from).some((x) => x.pos === 'VERB' && CLAUSE_VERBS.test(x.lemma)) &&
    !tokens.slice(0, clause.from).some((x) => x.text === ',' || x.pos === 'SCONJ');
  if ((clause.kind === 'subordinate' && !sameClaim) || clause.kind === 'relative') return undefined;
  // "… have been killed since protests … erupted last March": a title opening right after a
  // subordinator is a time or reason clause, whatever the clause split made of it.
  if (opensTimeClause(tokens[first - 1]?.text) && !sameClaim) return undefined;
  // The saying governs the words up to a clause of their own: "said they had full confidence …,
  // but they gave no details" narrates the second half.
  const ownSubject = (c: { from: number; kind: string }) =>
    c.kind === 'coordinate' &&
    tokens[c.from]?.pos === 'CCONJ' &&
    /^(?:PRON|DET|NOUN|PROPN)$/.test(tokens[c.from + 1]?.pos ?? '');
  // (A verb of estimating or believing, as of saying: "The UN estimates | more than 9,000 …".)
  const saying = p.triggers.findLast(
    (t) =>
      (t.eventClass === 'REPORTING' ||
        // (Not "wants to know", "do not know", "hopes"; nor "an estimated 1,000".)
        (CLAUSE_VERBS.test(t.lemma) &&
          !/^(?:know|hope)$/.test(t.lemma) &&
          tokens[t.index - 1]?.pos !== 'PART' &&
          !modifiesNoun(tokens, t.index))) &&
      t.pos === 'VERB' &&
      t.index < first &&
      trigger.index - t.index <= 30 &&
      !tokens.slice(t.index + 1, first).some((x) => /^[;:]$/.test(x.text)) &&
      !p.clauses.some((c) => c.from > t.index && c.from <= first && ownSubject(c)),
  );
  // "It was said", "Video said to be from Homs": no one says it.
  if (!saying || tokens[saying.index - 1]?.pos === 'AUX' || tokens[saying.index + 1]?.text === 'to')
    return undefined;
  // Read last: it runs the NLP library over the title, and most titles have no saying before them.
  if (emptyDatedTitle(own.text)) return undefined;
  const said = cutOf(p, saying.index);
  const speaker = said.kept.filter((i) => i <= saying.index && !QUOTES.test(tokens[i]!.text));
  // A pronoun ("he said") names no source a reader could weigh; the title stays the happening. But
  // an opinion or a forecast is the speaker's whoever he is ("He suggests | the threat level will be
  // raised"): without him it reads as fact (the referents name him after).
  const opinion =
    /^(?:suggest|estimate|predict|believe|think|expect|fear|argue|speculate|suspect|reckon)$/.test(
      saying.lemma,
    );
  const named = speaker.some(
    (i) => i !== saying.index && (tokens[i]!.pos !== 'PRON' || (opinion && PERSONAL.test(tokens[i]!.text))),
  );
  if (said.subjectless || !named || speaker.length > 12) return undefined;
  // "Duffy told the audience | the world owed a duty": whom it was told stays with the telling.
  const told: number[] = [];
  if (TELLING_VERBS.test(saying.lemma)) {
    const first = Math.min(...own.kept);
    for (let i = saying.index + 1; i < first; i++) {
      if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[i]!.pos)) {
        told.length = 0;
        break;
      }
      told.push(i);
    }
  }
  // "Dr Murray describes how | he gave Jackson the anesthetic": the word that opens the words stays.
  const how =
    /^(?:how|why)$/i.test(tokens[first - 1]?.text ?? '') && first - 1 > saying.index ? [first - 1] : [];
  return assemble(tokens, [...speaker, ...told, ...how, ...own.kept], 20).text;
}

/**
 * "Troops were massing in Idlib, activists said.": who says so is kept at the end of the title, as
 * the sentence has it, so a claim does not read as fact; so it is before a closing caveat ("…,
 * activists say, in a report which could not be verified"). The closing verbs are written forms
 * (the raw text is read) of a source's claim: saying, reporting, claiming, alleging, warning,
 * estimating; not `CLAUSE_VERBS`' verbs of thinking or showing ("…, analysts believe" is a view,
 * which the event filter drops).
 */
export function withAttribution(p: SentenceParse, trigger: Trigger, title: string): string {
  const { s } = p;
  const m =
    /,\s*((?:[\p{L}'’.()-]+\s+){1,7}(?:(?:has|have|had)\s+)?(?:said|says|say|reported|reports|report|claimed|claims|claim|alleged|added|warned|warns|warn|estimated|estimates|told\s+(?:reporters|journalists|(?:the\s+)?\p{Lu}\p{L}*)))(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?(?:,\s*(?:in a report|citing|quoting|but|though|although)\b[^,;]*|,\s*(?:most|many|some|all|several|including|mainly|mostly|among them)\b[^;]*)?\s*\.?["”]?\s*$/u.exec(
      s.text,
    );
  // ("…, the Syrian Observatory for Human Rights said, most of them in Homs.": a count's share after it.)
  // "…, according to one activist group.": so is a closing "according to".
  // "…, say rights groups.": so is one with its verb first (whose words after it name who said it:
  // not "…, the commissioner, Androulla Vasiliou, said in Brussels", a place or a time).
  const a =
    m ??
    /,\s*(according to (?:[\p{L}\p{N}'’.-]+\s+){0,6}[\p{L}\p{N}'’-]+)\s*\.?["”]?\s*$/u.exec(s.text) ??
    /,\s*((?:say|says|said)\s+(?!(?:in|at|on|from|during|after|before|by|to|with|yesterday|today|tonight|last|this|earlier|later)\b)(?:[\p{L}'’.-]+\s+){0,4}\p{L}+)(?:,\s*(?:as|while|amid|after)\s[^,;]*)?\s*\.?["”]?\s*$/u.exec(
      s.text,
    );
  if (!a) return title;
  return attributed(p, trigger, title, a);
}

/** The title with the closing attribution `m[1]` after it, unless it stands before the trigger or is in already. */
function attributed(p: SentenceParse, trigger: Trigger, title: string, m: RegExpExecArray): string {
  const { s } = p;
  const from = s.start + m.index + m[0].indexOf(m[1]!);
  // In already, brackets aside ("the Disasters and Emergency Committee (DEC) has said").
  const plain = (x: string) =>
    x
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase();
  if (from <= trigger.start || plain(title).includes(plain(m[1]!))) return title;
  // The title reaches past it ("…, state media report, but says …"): it would stand out of order.
  const lastWord = /[\p{L}\p{N}]+$/u.exec(title)?.[0];
  if (lastWord && s.text.lastIndexOf(lastWord) > from - s.start + m[1]!.length) return title;
  // "… killed since the observers began their mission in December, according to the UN": the
  // attribution is the main clause's, not a time clause's.
  const opening = s.text.toLowerCase().indexOf(title.split(/\s+/).slice(0, 3).join(' ').toLowerCase());
  const before = /([\p{L}]+)\s*$/u.exec(s.text.slice(0, Math.max(0, opening)))?.[1];
  if (opening > 0 && opensTimeClause(before)) return title;
  return `${title}, ${m[1]}`;
}
