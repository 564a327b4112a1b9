/**
 * Points on each project's drawn routes, chosen where no other project's line runs within
 * about 20 px at zoom 6, and one where two projects share a sea lane.
 */
export const POINTS = {
  /** On the schematic Kazakh rail leg Almaty – Aktau, south of the Aral Sea. */
  titr: { lng: 60, lat: 43.484 },
  /** On the BTC pipeline between Erzurum and the Ceyhan coast. */
  'oil-transit': { lng: 38.88, lat: 38.715 },
  /** On the fibre line Aktau – Sumgayit, 85 % of the way from Aktau. */
  'fiber-optic': { lng: 49.895, lat: 41.049 },
  /** On the schematic power cable Aktau – Baku, 85 % of the way from Aktau. */
  'power-cable': { lng: 50.082, lat: 40.8705 },
  /** Where the Aktau – Alat ferry and the Aktau – Sangachal tanker lane share a line. */
  sharedSeaLane: { lng: 50.99, lat: 41.875 },
} as const;

/** A deep link centred on a point at zoom 6. */
export function viewAt(point: { lng: number; lat: number }, zoom = 6): string {
  return `#map=${zoom}/${point.lat}/${point.lng}`;
}
