import { EVENT_TYPES, type EventType } from '../../model/chronology.ts';

/** The event types of the model, for messages that list them. */
export { EVENT_TYPES };

const KNOWN: ReadonlySet<string> = new Set(EVENT_TYPES);

/** True for the event types the model knows (imports must not invent new ones). */
export function isEventType(s: string): s is EventType {
  return KNOWN.has(s);
}
