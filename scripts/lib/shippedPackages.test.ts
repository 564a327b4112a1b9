import { describe, expect, it } from 'vitest';
import { dependencyClosure, packageOf, undeclaredPackages } from './shippedPackages.ts';

describe('packageOf', () => {
  it('names the package of a module, scoped or not, and nothing for the project’s own', () => {
    expect(packageOf('/w/node_modules/maplibre-gl/dist/maplibre-gl.js')).toBe('maplibre-gl');
    expect(packageOf('/w/node_modules/@turf/simplify/dist/esm/index.js')).toBe('@turf/simplify');
    expect(packageOf('/w/node_modules/a/node_modules/@x/y/i.js?commonjs-es-import')).toBe('@x/y');
    expect(packageOf('/w/src/main.tsx')).toBeNull();
  });
});

describe('undeclaredPackages', () => {
  it('lists each package of the bundle outside the allowed ones, once', () => {
    const ids = [
      '/w/node_modules/react/index.js',
      '/w/node_modules/pngjs/lib/png.js',
      '/w/node_modules/pngjs/lib/packer.js',
      '/w/src/App.tsx',
    ];
    expect(undeclaredPackages(ids, new Set(['react']))).toEqual(['pngjs']);
    expect(undeclaredPackages(ids, new Set(['react', 'pngjs']))).toEqual([]);
  });
});

describe('dependencyClosure', () => {
  it('holds the dependencies and what they bring, not the dev dependencies', () => {
    const closure = dependencyClosure('.');
    expect(closure.has('maplibre-gl')).toBe(true);
    expect(closure.has('scheduler')).toBe(true); // brought by react-dom
    expect(closure.has('vitest')).toBe(false);
  });
});
