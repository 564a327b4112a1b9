import { describe, expect, it } from 'vitest';
import { apiRefusal, pageRefusal } from './guard.ts';

const desk = { port: 5183, secret: 's3cret-of-this-run' };
const own = {
  method: 'POST',
  host: '127.0.0.1:5183',
  origin: 'http://127.0.0.1:5183',
  token: desk.secret,
};

describe('the desk guard', () => {
  it("lets the desk's own page write", () => {
    expect(apiRefusal(own, desk)).toBeNull();
    expect(
      apiRefusal({ ...own, host: 'localhost:5183', origin: 'http://localhost:5183' }, desk),
    ).toBeNull();
  });

  it('refuses a foreign Host, on pages and on the API (DNS rebinding)', () => {
    expect(pageRefusal('evil.example:5183', 5183)).toMatch(/not the desk's own address/);
    expect(pageRefusal(undefined, 5183)).not.toBeNull();
    expect(pageRefusal('127.0.0.1:9999', 5183)).not.toBeNull();
    expect(apiRefusal({ ...own, host: 'evil.example:5183' }, desk)).toMatch(/Host/);
  });

  it('refuses a foreign Origin, even with the right token', () => {
    expect(apiRefusal({ ...own, origin: 'http://evil.example' }, desk)).toMatch(/Origin/);
    expect(apiRefusal({ ...own, origin: 'http://localhost:5173' }, desk)).toMatch(/Origin/);
    expect(apiRefusal({ ...own, origin: 'null' }, desk)).toMatch(/Origin/);
  });

  it('refuses a write without an Origin', () => {
    expect(apiRefusal({ ...own, origin: undefined }, desk)).toMatch(/Origin/);
  });

  it('refuses a missing or wrong token (CSRF)', () => {
    expect(apiRefusal({ ...own, token: undefined }, desk)).toMatch(/token/);
    expect(apiRefusal({ ...own, token: 's3cret-of-this-ruN' }, desk)).toMatch(/token/);
    expect(apiRefusal({ ...own, token: 'short' }, desk)).toMatch(/token/);
  });
});
