import { MercatorCoordinate } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { type Camera, cameraProjection, pixelPath } from './projection.ts';

/** Where MapLibre puts a longitude/latitude on a north-up map: its own Mercator, world 512·2^z. */
function maplibrePixel(camera: Camera, lngLat: [number, number]): [number, number] {
  const worldSize = 512 * 2 ** camera.zoom;
  const at = MercatorCoordinate.fromLngLat(lngLat);
  const centre = MercatorCoordinate.fromLngLat(camera.center);
  return [
    (at.x - centre.x) * worldSize + camera.width / 2,
    (at.y - centre.y) * worldSize + camera.height / 2,
  ];
}

const PLACES: [number, number][] = [
  [49.8671, 40.4093], // Baku
  [51.1801, 43.6071], // Aktau port
  [82.4813, 45.1726], // Dostyk
  [41.6705, 42.1461], // Poti
  [35.9, 36.9], // Ceyhan
];

describe('cameraProjection', () => {
  it.each([2, 3.89, 5, 7.25, 10])(
    'puts places where MapLibre does, within half a pixel, at zoom %d',
    (zoom) => {
      const camera: Camera = { width: 1200, height: 630, center: [55.5, 41.78], zoom };
      const project = cameraProjection(camera);
      for (const place of PLACES) {
        const [x, y] = project(place) ?? [Number.NaN, Number.NaN];
        const [mx, my] = maplibrePixel(camera, place);
        expect(Math.hypot(x - mx, y - my)).toBeLessThan(0.5);
      }
    },
  );
});

describe('pixelPath', () => {
  it('clips to the picture plus a margin and rounds to a tenth of a pixel', () => {
    const path = pixelPath(100, 100, 5);
    expect(
      path({
        type: 'LineString',
        coordinates: [
          [-50, 50],
          [50.123, 50],
          [50, 200],
        ],
      }),
    ).toEqual([
      ['M', -5, 50],
      ['L', 50.1, 50],
      ['L', 50.1, 105],
    ]);
    expect(
      path({
        type: 'LineString',
        coordinates: [
          [200, 200],
          [300, 300],
        ],
      }),
    ).toEqual([]);
  });

  it('closes rings and draws points as nothing', () => {
    const path = pixelPath(100, 100, 0, 0);
    expect(
      path({
        type: 'Polygon',
        coordinates: [
          [
            [10.4, 10],
            [20, 10],
            [20, 20.6],
            [10.4, 10],
          ],
        ],
      }),
    ).toEqual([['M', 10, 10], ['L', 20, 10], ['L', 20, 21], ['Z']]);
    expect(path({ type: 'Point', coordinates: [50, 50] })).toEqual([]);
  });
});
