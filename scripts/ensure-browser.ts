/**
 * Makes sure end-to-end tests have a Chromium (Debian's `chromium` through apt-get when this
 * machine can install it, root on Debian, else Playwright's own download) and Poppler's
 * `pdftotext`, `pdfimages` and `pdftoppm` (Debian's `poppler-utils`), which read the PDF exports.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/browser.ts';

function run(command: string): boolean {
  console.log(`$ ${command}`);
  try {
    execSync(command, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

function install(): void {
  const root = process.getuid?.() === 0;
  if (existsSync('/usr/bin/apt-get')) {
    const sudo = root ? '' : 'sudo -n ';
    const env = 'DEBIAN_FRONTEND=noninteractive';
    if (
      run(`${sudo}env ${env} apt-get update -qq`) &&
      run(`${sudo}env ${env} apt-get install -y -qq chromium`)
    ) {
      return;
    }
  }
  run('npx playwright install chromium');
}

const found = findChromium();
if (found === null) {
  console.log('No Chromium found for the end-to-end tests; installing one.');
  install();
  if (findChromium() === null) {
    console.error(
      'Could not install a Chromium. Install Debian\'s "chromium" package or run "npx playwright install chromium", or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
}
console.log(`Chromium for end-to-end tests: ${findChromium() ?? "Playwright's own"}`);

const hasPoppler = () => run('pdftotext -v > /dev/null 2>&1');
if (!hasPoppler()) {
  console.log('No Poppler found to read the PDF exports; installing poppler-utils.');
  const sudo = process.getuid?.() === 0 ? '' : 'sudo -n ';
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils`);
  if (!hasPoppler()) {
    console.error(
      'Could not install Poppler. Install Debian\'s "poppler-utils" package (pdftotext, pdftoppm).',
    );
    process.exit(1);
  }
}
