/** The built app works under a strict Content-Security-Policy, as `npm run preview` serves it. */
import { CONTENT_SECURITY_POLICY } from '../scripts/lib/securityHeaders.ts';
import { expect, test } from './driver.ts';

test('under the strict policy the map renders, selects and exports with no violation', async ({
  mapPage,
}) => {
  test.slow(); // the page's map, then the off-screen export map
  const { page } = mapPage;
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  const response = await page.goto('./#project=titr');
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  await mapPage.waitForMap();
  const dialog = await mapPage.openExport();
  await dialog.getByRole('radio', { name: '1×' }).check();
  await mapPage.downloadExport(dialog);
  expect(
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  ).toEqual([]);
});
