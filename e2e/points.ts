/**
 * Points on each project's drawn routes, chosen where no other project's line runs within
 * about 20 px at zoom 6, and one where two projects share a sea lane.
 */
export const POINTS = {
  /**
   * On the Kazakh rail Dostyk – Almaty – Shalkar, about 110 km south-east of Kyzylorda: halfway
   * along its drawn segment 67.031 E 44.028 N – 66.638 E 44.212 N.
   */
  titr: { lng: 66.8345, lat: 44.1201 },
  /**
   * On the BTC pipeline west of Sivas, halfway along its drawn segment 37.631 E 39.821 N –
   * 37.232 E 39.663 N, far from the Middle Corridor's rail (which ends at Erzurum).
   */
  'oil-transit': { lng: 37.4315, lat: 39.742 },
  /** On the fibre line Aktau – Sumgayit, 85 % of the way from Aktau. */
  'fiber-optic': { lng: 49.895, lat: 41.049 },
  /** On the schematic power cable Aktau – Baku, 85 % of the way from Aktau. */
  'power-cable': { lng: 50.082, lat: 40.8705 },
  /**
   * Where the Aktau – Alat ferry and the Aktau – Sangachal tanker lane share a line: halfway
   * along their common first leg, from the Aktau port (51.183 E 43.62 N) to 50.75 E 40.15 N.
   */
  sharedSeaLane: { lng: 50.9665, lat: 41.9086 },
} as const;

/** A deep link centred on a point at zoom 6. */
export function viewAt(point: { lng: number; lat: number }, zoom = 6): string {
  return `#map=${zoom}/${point.lat}/${point.lng}`;
}
