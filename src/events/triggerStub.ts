import type { Pos, Token } from './nlp/annotate.ts';

/** Temporary stand-in for the learned trigger model (replaced by triggers/findTriggers.ts). */
export interface Trigger {
  index: number;
  start: number;
  end: number;
  text: string;
  lemma: string;
  pos: Pos;
  score: number;
  eventClass: string;
}
const NOUNS = new Set('attack explosion bombing blast clash fighting offensive assault raid protest meeting talks visit election arrest withdrawal ceasefire agreement massacre earthquake spill leak'.split(' '));
const REPORT = new Set('say tell report announce state claim confirm deny add'.split(' '));
const NOT = new Set('be have do get make'.split(' '));
export function findTriggers(tokens: readonly Token[]): Trigger[] {
  const out: Trigger[] = [];
  tokens.forEach((t, index) => {
    const ok = (t.pos === 'VERB' && !NOT.has(t.lemma)) || (t.pos === 'NOUN' && NOUNS.has(t.lemma));
    if (!ok) return;
    out.push({ index, start: t.start, end: t.end, text: t.text, lemma: t.lemma, pos: t.pos, score: 0.9, eventClass: REPORT.has(t.lemma) ? 'REPORTING' : 'OCCURRENCE' });
  });
  return out;
}
