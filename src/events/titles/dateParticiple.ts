import type { Token } from '../nlp/annotate.ts';

/**
 * "Thriller, released in 1982, is the biggest-selling album", "Graham's study, released Monday, is
 * published …": a past participle set off after its noun by a comma, whose only words the title
 * left out (a date), would stand before the clause's verb as if it were that verb ("Graham's study,
 * released is published"); it goes, and the subject meets its verb ("Graham's study is …"). Removes it, in place, from the kept token indices (`kept`, in
 * sentence order); the trigger stays.
 */
export function dropDateParticiple(tokens: readonly Token[], kept: number[], trigger: number): void {
  for (let n = kept.length - 2; n >= 1; n--) {
    const p = kept[n]!;
    const t = tokens[p]!;
    if (p === trigger || t.pos !== 'VERB' || t.lemma === t.text.toLowerCase() || /ing$/i.test(t.text))
      continue;
    // After its noun, past the comma that opens an aside. (Not a participle right after its noun,
    // a reduced relative that reads as one without its date: "The man arrested was released".)
    const noun = kept[n - 1]!;
    if (noun !== p - 2 || tokens[p - 1]!.text !== ',' || !/^(?:NOUN|PROPN)$/.test(tokens[noun]!.pos))
      continue;
    // Its words left out, then the clause's own verb: an auxiliary or a verb in the past or present.
    const next = kept[n + 1]!;
    if (next === p + 1) continue;
    const verb = tokens[next]!;
    const finite =
      verb.pos === 'AUX' ||
      (verb.pos === 'VERB' && verb.lemma !== verb.text.toLowerCase() && !/ing$/i.test(verb.text));
    if (!finite || /^['’]s$/.test(verb.text)) continue;
    // (Only words the title left out lie between: no verb of the participle's own clause.)
    if (tokens.slice(p + 1, next).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) continue;
    kept.splice(n, 1);
  }
}
