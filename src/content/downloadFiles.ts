/**
 * The files "Get the data" offers: names and media types only. The page links them from here;
 * the generator (`downloads.ts`) stays out of its bundle, because the build writes the files.
 */

/** A downloadable file's name and the media type it is served with. */
export interface DownloadFileInfo {
  fileName: string;
  mediaType: string;
}

/** What separates the items of a list in one field of the CSV downloads (sources, countries). */
export const CSV_LIST_SEPARATOR = ';';

/** The folder of `dist/` (and of the dev server) the files are written to. */
export const DOWNLOADS_DIR = 'downloads';

/** What each download holds, in the order the page lists them. */
export const DOWNLOAD_KINDS = ['routes', 'places', 'projects', 'milestones'] as const;

/** What a download holds: `routes`, `places`, `projects` or `milestones`. */
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/** Every download, by what it holds (one for each kind, checked). */
export const DOWNLOAD_FILES = {
  routes: { fileName: 'trans-caspian-routes.geojson', mediaType: 'application/geo+json' },
  places: { fileName: 'trans-caspian-places.geojson', mediaType: 'application/geo+json' },
  projects: { fileName: 'trans-caspian-projects.csv', mediaType: 'text/csv; charset=utf-8' },
  milestones: { fileName: 'trans-caspian-milestones.csv', mediaType: 'text/csv; charset=utf-8' },
} as const satisfies Record<DownloadKind, DownloadFileInfo>;

/**
 * A download's address relative to the app's folder, e.g. `downloads/trans-caspian-routes.geojson`;
 * relative because the app is served from any path.
 */
export function downloadPath(kind: DownloadKind): string {
  return `${DOWNLOADS_DIR}/${DOWNLOAD_FILES[kind].fileName}`;
}
