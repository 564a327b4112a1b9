/**
 * Seas named on the basemap. Positions are cartographic label anchors, not data; the names are
 * translated in `data/i18n/<language>.json` like place names.
 */
export const SEA_LABELS: readonly { name: string; at: [number, number] }[] = [
  { name: 'Caspian Sea', at: [51.6, 38.7] },
  { name: 'Black Sea', at: [34.5, 43.2] },
  { name: 'Aral Sea', at: [60.2, 45.6] },
  { name: 'Mediterranean Sea', at: [31.0, 34.4] },
];
