import type { Actor } from '../../../model/chronology.ts';
import { escapeRe } from '../../nlp/escapeRe.ts';
import { ACTOR_ALIASES } from './aliases.ts';

/** An actor found in a text, with where its name was. */
export interface ActorMatch {
  readonly actor: Actor;
  readonly start: number;
  readonly end: number;
}

const NAME = "\\p{Lu}[\\p{L}'’-]+";
// Role nouns that follow a name as an apposition ("Bilal Karimi, deputy spokesman for …").
const ROLE =
  '(?:deputy |chief |senior |former |acting |second |2nd |first |1st |local |provincial |district |field |military |political )*' +
  '(?:spokesman|spokeswoman|spokesperson|minister|leader|commander|governor|president|chief|head|director|official|analyst|resident|member|mp|general|prime minister|pm|envoy|ambassador|correspondent|one of the [a-z ]+)';
const APPOSITION = new RegExp(
  `(${NAME}(?: (?:al-|bin |ul-)?${NAME}){1,3}), (?:the |a |an )?(${ROLE}\\b[^,.;“”"]{0,60})`,
  'gu',
);
const TITLE_BEFORE = new RegExp(
  `\\b((?:field |deputy |2nd |second )?(?:[Cc]ommander|Deputy PM|PM|Minister|President|General|Gen\\.|spokesman|Governor)) ((?:Maulvi |Mawlawi |Mullah |Mohammad )?${NAME}(?: ${NAME}){0,2})`,
  'gu',
);

const aliasPattern = (() => {
  const names = ACTOR_ALIASES.flatMap((a) => a.names.map((n) => ({ n, actor: a.actor }))).sort(
    (a, b) => b.n.length - a.n.length,
  );
  const byName = new Map(names.map((x) => [x.n, x.actor]));
  // A bare surname ("Massoud") must not take a longer name ("Massoud Ekhtiarai").
  const re = new RegExp(
    `(?<![\\p{L}-])(${names.map((x) => escapeRe(x.n)).join('|')})(?![\\p{L}-]| \\p{Lu}\\p{Ll})`,
    'gu',
  );
  return { re, byName };
})();

/** Canonical actor for a name, when the alias table knows it. */
export function canonicalActor(name: string): Actor | undefined {
  return aliasPattern.byName.get(name);
}

/**
 * Actors named in a text: aliases from the table (merged to one canonical name) and people
 * introduced with a role, before ("field commander Maulvi Amanuddin Mansour") or after the name
 * ("Bilal Karimi, deputy spokesman for the Afghan government").
 */
export function findActors(text: string, offset = 0): ActorMatch[] {
  const found: ActorMatch[] = [];
  for (const m of text.matchAll(aliasPattern.re)) {
    const actor = aliasPattern.byName.get(m[1]!);
    if (actor) found.push({ actor, start: offset + m.index, end: offset + m.index + m[1]!.length });
  }
  for (const m of text.matchAll(APPOSITION)) {
    const name = m[1]!;
    if (aliasPattern.byName.has(name)) continue;
    const role = m[2]!.trim().replace(/\s+(?:and|who|which|that)$/, '');
    found.push({
      actor: { name, role, kind: 'person' },
      start: offset + m.index,
      end: offset + m.index + name.length,
    });
  }
  for (const m of text.matchAll(TITLE_BEFORE)) {
    const name = m[2]!;
    if (aliasPattern.byName.has(name)) continue;
    const start = offset + m.index + m[1]!.length + 1;
    found.push({
      actor: { name, role: m[1]!.toLowerCase(), kind: 'person' },
      start,
      end: start + name.length,
    });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Distinct actors, first mention first; a person's role comes from the mention that states one. */
export function uniqueActors(matches: readonly ActorMatch[]): Actor[] {
  const byName = new Map<string, Actor>();
  for (const { actor } of matches) {
    const prev = byName.get(actor.name);
    if (!prev || (!prev.role && actor.role)) byName.set(actor.name, { ...prev, ...actor });
  }
  return [...byName.values()];
}
