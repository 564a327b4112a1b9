/**
 * Where the end-to-end tests serve the app: the production build, and Vite's dev server.
 * `E2E_PREVIEW_PORT` and `E2E_DEV_PORT` move them, for a second checkout tested beside this one
 * (the demo news page only knows port 4173, so its test needs the default).
 */
export const PREVIEW_PORT = Number(process.env.E2E_PREVIEW_PORT ?? 4173);
export const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? 5174);
/** The desk (`npm run desk`), editing a scratch copy of data/ (`DESK_DATA`), never data/ itself. */
export const DESK_PORT = Number(process.env.E2E_DESK_PORT ?? 5184);
export const DESK_DATA = `.e2e-desk/data-${DESK_PORT}`;

/**
 * How long a test waits for a map's first complete render: three times the slowest load seen
 * with two tests running at once on a 2-core machine drawing WebGL on the CPU.
 */
export const MAP_LOAD_TIMEOUT = 45_000;
