import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './scripts/lib/contentPlugin.ts';
import { deskHint } from './scripts/lib/deskHint.ts';
import { hostScript } from './scripts/lib/hostScript.ts';
import { precompress } from './scripts/lib/precompress.ts';
import { preloadFonts } from './scripts/lib/preloadFonts.ts';
import { securityHeaders } from './scripts/lib/securityHeaders.ts';
import { sharePagesDev } from './scripts/lib/sharePagesDev.ts';
import { shippedPackages } from './scripts/lib/shippedPackages.ts';

export default defineConfig({
  // Relative asset URLs, so that dist/ works from any path of any static host.
  base: './',
  // The benchmark builds the app with synthetic content from another folder.
  plugins: [
    react(),
    contentPlugin(process.env.TRANS_CASPIAN_DATA ?? 'data', {
      reloadPages: !process.env.TRANS_CASPIAN_DESK,
    }),
    securityHeaders(),
    hostScript(),
    sharePagesDev(),
    deskHint(),
    preloadFonts(),
    precompress(),
    shippedPackages(),
  ],
  build: {
    // MapLibre alone is about 1 MB minified; it sits in its own chunk, the app code stays small.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // MapLibre is most of the code and changes least: its own chunk caches across releases.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Headroom for the property tests (150 checks of the whole content each, about 4 s alone) on
    // two cores shared with another test file: Vitest's default of 5 s is too close.
    testTimeout: 30_000,
  },
});
