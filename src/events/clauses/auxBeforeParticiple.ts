import type { Token } from '../nlp/annotate.ts';

/** Forms of "be" and "have" that make a finite verb group with a participle. */
const FINITE_AUX = /^(?:is|are|was|were|has|have|had)$/i;

/**
 * Whether `tokens[i]` is a finite "be" or "have" before a past participle the tagger read as an
 * adjective ("was informed", "is closed"): after the comma that closes a relative clause it takes
 * the main clause up again, as a finite verb does ("The Berkshire boys' school, which was attended
 * by Princes William and Harry, | was informed on Wednesday that …"; see `splitClauses`).
 */
export function auxBeforeParticiple(tokens: readonly Token[], i: number): boolean {
  const x = tokens[i];
  const next = tokens[i + 1];
  return (
    x?.pos === 'AUX' && FINITE_AUX.test(x.text) && next?.pos === 'ADJ' && /[a-z](?:ed|en)$/i.test(next.text)
  );
}
