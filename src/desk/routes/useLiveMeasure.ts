/**
 * A line's geography measured by the desk's server while the editor draws: the same measuring as
 * the build's (ends, countries and seas), asked for once the line has been still for a moment.
 */
import { useEffect, useState } from 'react';
import type { RouteGeography } from '../../content/schema.ts';
import { measureRoute } from '../api.ts';
import type { RouteGeometryInput } from './geometry.ts';

/** How long a line stays still before it is measured, in milliseconds. */
export const MEASURE_DELAY_MS = 250;

export interface LiveMeasure {
  /** The measurement of the geometry as it is now; null until it arrives. */
  geography: RouteGeography | null;
  /** Whether the geometry changed since its last measurement arrived. */
  pending: boolean;
}

/**
 * Measures a geometry against the places, debounced; a measurement of an earlier geometry is
 * never given for a later one. Without the desk's server (a call refused) nothing is measured.
 */
export function useLiveMeasure(
  geometry: RouteGeometryInput | null,
  places: readonly unknown[],
): LiveMeasure {
  // The geometry's text is its identity: a new object with the same positions is not re-measured.
  const key = geometry ? JSON.stringify(geometry) : null;
  const [measured, setMeasured] = useState<{ key: string; geography: RouteGeography } | null>(null);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    const timer = window.setTimeout(() => {
      const route = { type: 'Feature' as const, properties: {}, geometry: JSON.parse(key) };
      measureRoute(route, places)
        .then((geography) => {
          if (current) setMeasured({ key, geography });
        })
        .catch(() => {
          // The preview's measurements still show; the next change asks again.
        });
    }, MEASURE_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key, places]);

  const fresh = measured !== null && measured.key === key;
  return { geography: fresh ? measured.geography : null, pending: key !== null && !fresh };
}
