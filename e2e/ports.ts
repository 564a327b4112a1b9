/** Where the end-to-end tests serve the app: the production build, and Vite's dev server. */
export const PREVIEW_PORT = 4173;
export const DEV_PORT = 5174;

/**
 * How long a test waits for a map's first complete render: three times the slowest load seen
 * with two tests running at once on a 2-core machine drawing WebGL on the CPU.
 */
export const MAP_LOAD_TIMEOUT = 45_000;
