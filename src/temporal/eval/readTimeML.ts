import type { TimexType } from '../../model/timex.ts';

/** A gold TIMEX3 from a TimeML document, with offsets into the plain text of `<TEXT>`. */
export interface GoldTimex {
  readonly tid: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: string;
}

/** A gold EVENT: its trigger word's span in the plain text, class and the instance ids made of it. */
export interface GoldEvent {
  readonly eid: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** OCCURRENCE, REPORTING, STATE, I_STATE, I_ACTION, ASPECTUAL or PERCEPTION. */
  readonly eventClass: string;
}

/** A MAKEINSTANCE: an instance id of an event with its grammatical attributes. */
export interface GoldInstance {
  readonly eiid: string;
  readonly eid: string;
  readonly pos?: string;
  readonly tense?: string;
  readonly aspect?: string;
  readonly polarity?: string;
  readonly modality?: string;
}

/** A TLINK between two of event instances and times (`t…` ids or `ei…` ids), as written. */
export interface GoldTlink {
  readonly relType: string;
  /** `ei12` or `t3`. */
  readonly from: string;
  readonly to: string;
}

/** A TimeML document: what TempEval-3 Task A needs, plus the gold events and temporal links. */
export interface TimeMLDocument {
  readonly docId: string;
  /** The document creation time as `YYYY-MM-DD` (the DCT value cut to its date). */
  readonly dct: string;
  /** Plain text of `<TEXT>`: tags removed, entities decoded. */
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
  readonly events: readonly GoldEvent[];
  readonly instances: readonly GoldInstance[];
  readonly tlinks: readonly GoldTlink[];
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML predefined and numeric character references. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** The attributes of one start tag, values decoded. */
export function readAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1] as string] = decodeXmlEntities(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

const TIMEX_TYPES: ReadonlySet<string> = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

/**
 * Reads a TimeML document: the DCT, the plain text of `<TEXT>` and the TIMEX3 spans in it.
 * Offsets count UTF-16 code units of the decoded text, so they line up with `tag()` output.
 * TIMEX3s with no text (empty duration anchors) are dropped, as the official scorer does.
 */
export function readTimeML(xml: string): TimeMLDocument {
  const docId = /<DOCID>([^<]*)<\/DOCID>/.exec(xml)?.[1]?.trim() ?? '';
  const dctTag = /<DCT>\s*(<TIMEX3\b[^>]*>)/.exec(xml)?.[1];
  const dctValue = dctTag ? readAttributes(dctTag).value : undefined;
  const dct = /^\d{4}-\d{2}-\d{2}/.exec(dctValue ?? '')?.[0];
  if (!dct) throw new Error(`No DCT date in TimeML document ${docId}`);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new Error(`No <TEXT> in TimeML document ${docId}`);

  let text = '';
  const timexes: GoldTimex[] = [];
  const events: GoldEvent[] = [];
  const open: Array<{ start: number; attributes: Record<string, string> }> = [];
  const openEvents: Array<{ start: number; attributes: Record<string, string> }> = [];
  const tagPattern = /<(\/?)([\w:-]+)([^>]*?)(\/?)>/g;
  let last = 0;
  for (const match of body.matchAll(tagPattern)) {
    text += decodeXmlEntities(body.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, name, rest, selfClosing] = match;
    if (name === 'EVENT' && !selfClosing) {
      if (!closing) openEvents.push({ start: text.length, attributes: readAttributes(rest ?? '') });
      else {
        const begun = openEvents.pop();
        if (begun && begun.start < text.length)
          events.push({
            eid: begun.attributes.eid ?? '',
            start: begun.start,
            end: text.length,
            text: text.slice(begun.start, text.length),
            eventClass: begun.attributes.class ?? '',
          });
      }
      continue;
    }
    if (name !== 'TIMEX3' || selfClosing) continue;
    if (!closing) {
      open.push({ start: text.length, attributes: readAttributes(rest ?? '') });
      continue;
    }
    const begun = open.pop();
    if (!begun || begun.start === text.length) continue;
    const { tid = '', type = '', value = '', mod } = begun.attributes;
    if (!TIMEX_TYPES.has(type)) continue;
    timexes.push({
      tid,
      start: begun.start,
      end: text.length,
      text: text.slice(begun.start, text.length),
      type: type as TimexType,
      value,
      ...(mod ? { mod } : {}),
    });
  }
  text += decodeXmlEntities(body.slice(last));
  timexes.sort((a, b) => a.start - b.start);
  events.sort((a, b) => a.start - b.start);
  const instances: GoldInstance[] = [];
  for (const m of xml.matchAll(/<MAKEINSTANCE\b([^>]*)\/?>/g)) {
    const { eiid = '', eventID = '', pos, tense, aspect, polarity, modality } = readAttributes(m[1] ?? '');
    instances.push({ eiid, eid: eventID, pos, tense, aspect, polarity, modality });
  }
  const tlinks: GoldTlink[] = [];
  for (const m of xml.matchAll(/<TLINK\b([^>]*)\/?>/g)) {
    const a = readAttributes(m[1] ?? '');
    const from = a.eventInstanceID ?? a.timeID;
    const to = a.relatedToEventInstance ?? a.relatedToTime;
    if (from && to && a.relType) tlinks.push({ relType: a.relType, from, to });
  }
  return { docId, dct, text, timexes, events, instances, tlinks };
}
