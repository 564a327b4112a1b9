import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './securityHeaders';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the security headers', () => {
  it('allow nothing unsafe and nothing from another host', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:/);
  });

  it.each(Object.entries(SECURITY_HEADERS))(
    'are given to hosts in the README: %s',
    (name, value) => {
      expect(readme).toContain(`${name}: ${value}`);
    },
  );
});
