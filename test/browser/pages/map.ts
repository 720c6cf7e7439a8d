import { createMapView } from '../../../src/timeline/view/mapView.ts';

/** Test hook: the mounted view and every onSelectPlaces call, for test/browser/mapView.test.ts. */
const calls: (string[] | null)[] = [];
const view = createMapView(document.getElementById('map')!, { onSelectPlaces: (names) => calls.push(names) });
Object.assign(window, { __map: { view, calls } });
document.body.dataset.ready = '';
