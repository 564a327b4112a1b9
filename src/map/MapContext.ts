/** The one map instance, for components that need it (never kept in the store). */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext, useContext } from 'react';

export const MapContext = createContext<MapLibreMap | null>(null);

/** The map, once `MapView` has created it. */
export function useMap(): MapLibreMap | null {
  return useContext(MapContext);
}
