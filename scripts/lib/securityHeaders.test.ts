import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile, SECURITY_HEADERS } from './securityHeaders.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the security headers', () => {
  it('allow nothing unsafe and nothing from another host', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:/);
  });

  it('let an opaque-origin page (WordPress’s sandbox) load the files, and start a worker from data:', () => {
    expect(SECURITY_HEADERS['Access-Control-Allow-Origin']).toBe('*');
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self' data:");
  });

  it('are written as a _headers file for every path', () => {
    expect(headersFile({ A: '1', B: 'two words' })).toBe('/*\n  A: 1\n  B: two words\n');
  });

  it.each(Object.entries(SECURITY_HEADERS))(
    'are given to hosts in the README: %s',
    (name, value) => {
      expect(readme).toContain(`${name}: ${value}`);
    },
  );
});
