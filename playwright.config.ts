import { defineConfig } from '@playwright/test';
import { DESK_DATA, DESK_PORT, DEV_PORT, PREVIEW_PORT } from './e2e/ports.ts';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/browser.ts';

const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  workers: 2,
  reporter: 'list',
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI, where the machine is shared: a test that needs it is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  // Headroom for two workers on two cores with WebGL drawn on the CPU (SwiftShader): a map loads
  // in about 5 s alone and up to 15 s beside another test. A test loads one map, so a minute is
  // four times what it needs; a test that cannot help loading more is marked test.slow() (×3).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npx vite preview --port ${PREVIEW_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PREVIEW_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    // The README's `npm start` serves the app with Vite's dev server: e2e/dev.spec.ts opens it.
    {
      command: `npx vite --port ${DEV_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${DEV_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    // The desk, on a scratch copy of data/ that its tests reset (e2e/desk.ts).
    {
      command: `rm -rf ${DESK_DATA} && mkdir -p ${DESK_DATA} && cp -r data/. ${DESK_DATA} && npx tsx scripts/desk.ts --port ${DESK_PORT} --data ${DESK_DATA}`,
      url: `http://127.0.0.1:${DESK_PORT}/desk.html`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
