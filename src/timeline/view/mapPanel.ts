import type { ChronologyEvent } from '../../model/chronology.ts';
import { createMapView, type MapView } from './mapView.ts';

/** The linked map beside the timeline: shown only when some event has coordinates. */
export interface MapPanel {
  update(
    events: readonly ChronologyEvent[],
    highlightedIds: ReadonlySet<string>,
    selectedId: string | null,
  ): void;
  destroy(): void;
}

/**
 * Mounts the map in `slot` when any event is located. Selecting places on the map filters the
 * timeline by place (null clears); the timeline's view and selection highlight the map.
 */
export function createMapPanel(
  slot: HTMLElement,
  allEvents: readonly ChronologyEvent[],
  onSelectPlaces: (names: string[] | null) => void,
): MapPanel {
  const located = allEvents.some((e) => e.places.some((p) => p.lat !== undefined && p.lon !== undefined));
  if (!located) return { update() {}, destroy() {} };
  slot.hidden = false;
  const map: MapView = createMapView(slot, { onSelectPlaces });
  return {
    update: (events, highlighted, selected) => map.update(events, highlighted, selected),
    destroy: () => map.destroy(),
  };
}
