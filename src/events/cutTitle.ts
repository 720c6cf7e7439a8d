import { EVENT_VERBS } from './lexicon.ts';
import { words } from './tokenize.ts';

/**
 * Where a timeline label may end: at a length a label can carry, on a word that finishes a thought,
 * not a preposition, a modifier without its noun, half a name or a purpose clause without its verb's
 * object. The rules that clean a label before it is cut are in `polishTitle.ts`.
 */

/** Words a headline cannot end on: articles, prepositions, conjunctions, auxiliaries, possessives (in lower case: "in May" ends well). */
export const DANGLING =
  /^(?:the|a|an|of|to|in|on|at|by|for|from|with|into|onto|over|under|after|before|against|between|about|than|as|and|or|nor|but|that|which|who|whom|whose|what|where|when|while|because|if|its|his|her|their|our|my|your|this|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|shall|may|might|must|not|no|very|more|most|less|such|also|even|only|just|some|any|every|each|all|both|another|own|there|then|per|via|amid|among|despite|during|since|until|towards?|upon|like|including|[\p{L}-]+['’]s)$/u;

const REPORTING = /^(?:says?|said|urges?|calls?|tells?|warns?|announces?)$/;

/** Verbs that need an object or a complement: a label ending "to try" or "to help" says nothing. */
export const NEEDS_COMPLEMENT =
  /^(?:try|attempt|seek|help|allow|make|ensure|persuade|force|get|put|bring|give|take|find|keep|prevent|stop|use|provide|include|support|push|ask|urge|enable|let|continue|begin|start|want|need|decide|hope|offer|agree|promise|threaten|refuse|fail|manage|aim|tell|convince|encourage|require|press|pressure|send|raise|reach|consider|discuss|address|set|build|create|establish|launch|hold|secure)$/i;

// Modifiers that need their noun: "a senior …", "a peaceful …", "wide-ranging …".
const MODIFIER =
  /^(?:\p{Ll}+(?:ful|ical|ic|ive|ous|ian|ese|ary|ern|ior|iest)|[\p{Ll}\d]+-\p{Ll}+|new|old|top|former|strong|key|major|large|small|big|high|low|full|further|fresh|first|second|third|latest|several|many|few|other|main|senior|joint|possible|national|international|military|civil|total|special|general|armed|rebel)$/u;

// Modifiers never used as nouns: "a new", "a peaceful" end nowhere ("the public", "the capital" do).
const BARE_MODIFIER =
  /^(?:\p{Ll}+(?:ful|ous)|new|top|former|strong|key|major|large|small|big|high|low|full|further|fresh|latest|senior|joint|possible|total|special)$/u;

// A title or rank that a name follows: "Mr", "President", "Foreign" (Minister …).
const TITLE_WORD =
  /^(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Prof|Sen|Rep|Gov|St|President|Minister|Secretary|Prime|General|Brigadier|Colonel|King|Queen|Prince|Sheikh|Sheik|Pope|Ambassador|Judge|Senator|Governor|Mayor|Foreign|Deputy|Vice|Defense|Defence|Interior|Arab|United|Security|Human|Free|National|Syrian|Red)$/;

// Where a clause or phrase may end: before a preposition, a conjunction or a relative.
const BREAK =
  /^(?:and|which|who|while|because|after|before|as|from|in|on|at|for|with|to|over|until|since|amid|despite|during|near|across|into|against|through|under|following|but)$/;
// A word of a name: "Assad", "al-Assad", "bin".
const name = (w: string | undefined): boolean =>
  w !== undefined &&
  /^(?:\p{Lu}[\p{L}.'’-]*|(?:al|el|ad|as|ash|bin|ibn|abu|van|von|de|da|di|du|la|le)-?\p{Lu}[\p{L}'’-]*)$/u.test(
    w,
  );
const lowerWord = (w: string | undefined): boolean => w !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(w);

// Words after which "to" starts a complement, not a purpose: "appears to show", "would be able to pay".
const CATENATIVE =
  /^(?:appears?|appeared|seems?|seemed|able|unable|likely|unlikely|due|set|ready|going|wants?|wanted|tries|tried|trying|began|begins?|starts?|started|continues?|continued|agreed?|agrees|decided?|decides|plans?|planned|hopes?|hoped|needs?|needed|expects?|expected|refused?|failed?|managed?|promised?|vowed?|threatened?|ought|has|have|had|used|asked|urged?|urges|calls?|called|forced|allowed|enough|how|where|whether|what|purports?|claims?|claimed|intends?|intended|aims?|aimed|seeks?|sought|vows?|pledged?|pledges|moved|moves|sought|prepared|prepares?|ready|willing)$/;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those|some|all|any|more|\d[\d,.]*)$/;
const PURPOSE_FRAME =
  /\s?(?:in (?:a|an) (?:bid|attempt|effort)|as part of (?:an? )?efforts?|in order|so as)$/i;

/** How a phrase may be trimmed: the words it may not end on, and whether the label rules apply. */
export interface TrimOptions {
  /** Words the phrase cannot end on (DANGLING by default). */
  readonly dangling?: RegExp;
  /**
   * A whole label, not a subject or an object inside one: also drop a rank without its name, a
   * pronoun after "says", a modifier after its determiner and a purpose infinitive without object.
   */
  readonly label?: boolean;
}

// A word that can end a compound noun: not a function word, nor a verb form.
const nounAfter = (x: string | undefined): boolean =>
  x !== undefined &&
  lowerWord(x) &&
  !DANGLING.test(x) &&
  !AUXILIARY.test(x) &&
  !REPORTING.test(x) &&
  !/(?:ed|ing|ly)$/.test(x) &&
  !INFLECTED.has(x) &&
  !IRREGULAR_PAST.test(x) &&
  !/^(?:continues|remains|seems|appears|needs|wants|hopes|plans|faces|makes|takes|gets|goes|comes|gives|shows|looks|tries|believes|knows|thinks|means)$/.test(
    x,
  );

/**
 * The first `n` words of `w`, cut where a phrase may end: a name is finished when at most three
 * more words finish it ("Syrian Foreign Minister Walid Muallem"), else left out; a modifier keeps
 * the noun right after it ("a peaceful solution"); a purpose whose object the cut loses goes ("…
 * to Syria this weekend to assess | the damage"); then dangling words are trimmed.
 */
export function cutWords(w: readonly string[], n: number, extend = true, opts: TrimOptions = {}): string[] {
  if (w.length <= n) return trimEnd([...w], opts);
  let end = n;
  if (name(w[end - 1]) && name(w[end])) {
    let k = end;
    while (k < w.length && name(w[k]) && k - end < 3) k++;
    if (extend && !name(w[k])) end = k;
    else {
      // The name runs on: leave it out rather than show half of it.
      while (end > 1 && name(w[end - 1])) end--;
    }
    if (extend && /['’]s$/.test(w[end - 1]!) && lowerWord(w[end])) end++;
  }
  // "Mr Annan's | mission": a possessive keeps the noun it owns.
  else if (extend && /['’]s$/.test(w[end - 1] ?? '') && lowerWord(w[end]) && !DANGLING.test(w[end]!)) end++;
  else if (extend && MODIFIER.test(w[end - 1] ?? '') && lowerWord(w[end]) && !DANGLING.test(w[end]!)) {
    end++;
    // "aggressive violent | actions": a second modifier still wants the noun.
    if (!/s$/.test(w[end - 1]!) && nounAfter(w[end])) end++;
  }
  // "members of the security | forces": a noun after a determiner and a noun finishes the compound.
  else if (
    extend &&
    /^(?:the|a|an|its|their|his|her)$/i.test(w[end - 2] ?? '') &&
    lowerWord(w[end - 1]) &&
    !/(?:s|ing)$/.test(w[end - 1]!) &&
    nounAfter(w[end])
  )
    end++;
  let out = trimEnd(w.slice(0, end), opts);
  const n2 = out.length;
  if (
    n2 > 3 &&
    n2 < w.length &&
    out[n2 - 2] === 'to' &&
    lowerWord(out[n2 - 1]) &&
    (DETERMINER.test(w[n2]!) || n2 < end) &&
    !CATENATIVE.test(out[n2 - 3]!)
  ) {
    out = out.slice(0, -2);
    const frame = PURPOSE_FRAME.exec(out.slice(-4).join(' '));
    if (frame) out = out.slice(0, -words(frame[0]).length);
    out = trimEnd(out, opts);
  }
  return out;
}

/**
 * Drops what a phrase cannot end on, repeatedly: function words; for a label also a title without
 * its name ("… on Mr"), a pronoun whose words are not given ("… says he") and an infinitive of
 * purpose whose verb lost its object ("… in Qatar to try", "in a bid to find").
 */
export function trimEnd(w: readonly string[], opts: TrimOptions = {}): string[] {
  const dangling = opts.dangling ?? DANGLING;
  const label = opts.label ?? true;
  const out = [...w];
  for (;;) {
    const last = (out.at(-1) ?? '').replace(/[,;:]+$/, '');
    const before = out.at(-2) ?? '';
    const drop =
      dangling.test(last) ||
      /^[-–—‘'`(]$/.test(last) ||
      (label &&
        // "… plan That": a capital does not make a function word a name ("May" is a month).
        ((/^\p{Lu}\p{Ll}+$/u.test(last) && last !== 'May' && dangling.test(last.toLowerCase())) ||
          // "… with Mr", "… from the Arab": a title without its name; "Paul King" is a name.
          (TITLE_WORD.test(last) && (/^(?:Mr|Mrs|Ms|Dr)$/.test(last) || !name(before))) ||
          // "Ronald Sepulvado says he", "… shells they": a subject pronoun never ends a label.
          /^(?:he|she|they|we|I)$/.test(last) ||
          // "negotiating a new": a modifier after its determiner, without the noun.
          (BARE_MODIFIER.test(last) && /^(?:a|an|the|its|their|his|her)$/i.test(before))));
    if (out.length > 1 && drop) {
      out.pop();
      continue;
    }
    if (
      label &&
      out.length > 3 &&
      before === 'to' &&
      NEEDS_COMPLEMENT.test(last) &&
      // "appears to show" keeps its "to"; in a chain ("to continue to support") the last link goes.
      (!CATENATIVE.test(out.at(-3) ?? '') || out.at(-4) === 'to')
    ) {
      out.splice(-2);
      // "in a bid to", "in an effort to", "as part of efforts to": the frame of the purpose goes too.
      const frame = PURPOSE_FRAME.exec(out.slice(-4).join(' '));
      if (frame) out.splice(-words(frame[0]).length);
      continue;
    }
    return out;
  }
}

// A phrase a label can do without: where, when or amid what it happened ("… in Homs", "… amid protests");
// not "on", "for", "with": they often bring the verb's object ("put pressure on the government").
const ADJUNCT =
  /^(?:while|because|after|before|as|in|at|until|since|amid|despite|during|near|following|but)$/;
const AUXILIARY =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|did|does|do)$/;

// Inflected forms of the event verbs ("kills", "fled"); a lemma ("head", "attack") is as often a noun.
const INFLECTED = new Set<string>();
for (const [form, v] of EVENT_VERBS) if (form !== v.lemma && !form.endsWith('ing')) INFLECTED.add(form);

/** Irregular simple pasts, which read as verbs ("fell", "left"). */
export const IRREGULAR_PAST =
  /^(?:came|went|took|gave|made|got|put|set|held|told|sent|left|met|ran|fell|rose|saw|found|began|won|lost|brought|kept|stood|became|spoke|wrote|broke|drove|threw|grew|spent|felt|meant|dealt|lent|sought|taught|caught|bought|thought|paid|laid|said|heard|led|fed|sat|hung|struck|wore|tore|bore|knew|chose|drew|flew|fought|fled|hid|shot|shut|slept|stole|swore|understood|withdrew|overran)$/;

/**
 * Whether what follows the last reporting verb has a verb: "Mr Ladsous says the attack on the UN
 * team" has none. An event verb's bare form counts unless a determiner makes it a noun ("people
 * march", not "the head").
 */
export function hasVerb(w: readonly string[]): boolean {
  const from = w.findLastIndex((x) => REPORTING.test(x)) + 1;
  return w.slice(from).some((x, i) => {
    if (AUXILIARY.test(x)) return true;
    if (from + i === 0) return false;
    const prev = w[from + i - 1] ?? '';
    // "unverified footage", "the armed groups": an -ed word opening a noun phrase is an adjective.
    const opensPhrase =
      i === 0 || /^(?:the|a|an|its|their|his|her|of|to|for|in|on|and|or|some|many|more|all)$/i.test(prev);
    if ((/^\p{Ll}{3,}ed$/u.test(x) && !opensPhrase) || INFLECTED.has(x) || IRREGULAR_PAST.test(x))
      return true;
    // A bare event verb after a plural subject ("people march"), not a noun ("oil spill", "the head").
    if (
      EVENT_VERBS.has(x) &&
      /^(?:\p{Ll}+s|people|police|children|men|women|they|we|I|you|\d[\d,]*)$/u.test(prev)
    )
      return true;
    // "oil reaches the coast": a third person between a noun and what starts its object.
    return (
      /^\p{Ll}{3,}s$/u.test(x) &&
      !/^(?:the|a|an|its|their|his|her|of|to|for|in|on|and|or)$/i.test(prev) &&
      /^(?:the|a|an|its|their|his|her|\d[\d,.]*)$/i.test(w[from + i + 1] ?? '')
    );
  });
}

// Whether a label may end here: not on a verb that wants more ("… would try", "amounted", "to remain").
function endsWell(w: readonly string[]): boolean {
  const last = w.at(-1) ?? '';
  const before = w.at(-2) ?? '';
  if (/^(?:to|would|will|could|can|should|must|may|might|not)$/.test(before) && lowerWord(last)) return false;
  // "the district came | under a hail": a verb right before the cut had it for complement.
  if (/^\p{Ll}{3,}(?:ed|ing)$/u.test(last) || INFLECTED.has(last) || IRREGULAR_PAST.test(last)) return false;
  return hasVerb(w);
}

/**
 * A label of at most `maxChars` characters, and of `maxWords` words where a phrase break allows:
 * the last adjunct that can go goes ("… as part of a GCC force"), so long as what is left still
 * says who did what; a longer title is cut at the last break within `maxChars`, or at the limit
 * without half a name or a dangling word.
 */
export function shorten(title: string, maxWords: number, maxChars: number): string {
  const w = words(title);
  const chars = (k: number) => w.slice(0, k).join(' ').length;
  if (w.length <= maxWords && chars(w.length) <= maxChars) return title;
  // "the military operation, and violence, will continue": an aside between commas goes first.
  const aside = title.replace(/,\s(?=\p{Ll})(?:[^,]{1,40}),\s/u, ' ');
  if (aside !== title && hasVerb(words(aside))) return shorten(aside, maxWords, maxChars);
  // A break right after an auxiliary or a subject ("he would have | to cancel") leaves no verb.
  const open = (b: number) => /^(?:to|he|she|they|it|we|I)$/.test(w[b - 1]!) || AUXILIARY.test(w[b - 1]!);
  // "as well as", "such as" join, they do not start an adjunct.
  const joins = (b: number) => w[b] === 'as' && (/^(?:well|such)$/.test(w[b - 1]!) || w[b + 1] === 'well');
  for (let b = Math.min(w.length - 1, maxWords); b >= 5; b--) {
    // "… in Qatar | to try to reach serious results": a purpose is an adjunct too.
    // Only a verb with its object: "to multi-party elections" is no purpose.
    const purpose =
      w[b] === 'to' &&
      lowerWord(w[b + 1]) &&
      (NEEDS_COMPLEMENT.test(w[b + 1]!) || DETERMINER.test(w[b + 2] ?? '')) &&
      !CATENATIVE.test(w[b - 1]!);
    if (!(ADJUNCT.test(w[b]!) || purpose) || joins(b) || chars(b) > maxChars || open(b)) continue;
    const kept = trimEnd(w.slice(0, b));
    // What is left must still say what happened, if the title did.
    const nominal = !hasVerb(w) && !w.some((x) => REPORTING.test(x));
    if (kept.length >= 5 && (endsWell(kept) || nominal)) return kept.join(' ');
  }
  if (chars(w.length) <= maxChars) return title;
  let k = w.length;
  while (k > 1 && chars(k) > maxChars) k--;
  // The last break within the limit, unless it throws away most of what would fit.
  for (let b = k; b >= 5 && chars(b) >= maxChars * 0.6; b--)
    if (BREAK.test(w[b] ?? '') && !open(b) && !joins(b) && !(w[b] === 'to' && CATENATIVE.test(w[b - 1]!))) {
      const kept = trimEnd(w.slice(0, b));
      if (kept.length >= 5 && endsWell(kept)) return kept.join(' ');
    }
  // A name finished past the limit ("… a new UN Security Council") beats half of it, within a few characters.
  const cut = cutWords(w, k);
  return (cut.join(' ').length <= maxChars + 12 ? cut : cutWords(w, k, false)).join(' ');
}
