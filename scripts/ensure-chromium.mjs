// Browser tests drive Debian's chromium (Playwright cannot download its own browsers here).
// Installs it when missing and we may (root with apt-get); otherwise says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`chromium not found at ${path}: installing Debian's chromium package…`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Browser tests need Chromium at ${path}. Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
    'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
);
process.exit(1);
