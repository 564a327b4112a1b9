/** The map's z-order, bottom to top: the one place that decides which layer draws over which. */
export const LAYER_ORDER = [
  'background',
  'land',
  'lakes',
  'borders',
  'country-labels',
  'sea-labels',
  'projects-casing',
  'projects-pipeline',
  'projects-rail',
  'projects-rail-ties',
  'projects-ferry',
  'projects-tanker',
  'projects-cable',
  'places-dots',
  'projects-labels',
  'places-labels',
] as const;
