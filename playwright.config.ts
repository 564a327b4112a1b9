import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/browser';

const PORT = 4173;
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  workers: 2,
  reporter: 'list',
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI, where the machine is shared: a test that needs it is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
