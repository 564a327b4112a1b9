/** Finding a Chromium for Playwright: Debian's where present, else Playwright's own download. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's and other system builds, in order of preference. */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that let headless Chromium run as root without a GPU (WebGL through SwiftShader). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

/**
 * The executable to launch: `CHROMIUM_PATH` if set, a system Chromium, or undefined when only
 * Playwright's own browser is there (Playwright then finds it itself). Null when there is none.
 */
export function findChromium(): string | undefined | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  return existsSync(chromium.executablePath()) ? undefined : null;
}
