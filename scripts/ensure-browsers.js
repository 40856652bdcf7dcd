#!/usr/bin/env node
/**
 * Before the browser tests: find Chromium and Firefox ESR, or install them with
 * apt when running as root on Debian, or stop with the command to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browsers.js';

const missing = ['chromium', 'firefox'].filter((browser) => !findBrowser(browser));
if (missing.length === 0) process.exit(0);

const packages = missing.map((browser) => (browser === 'firefox' ? 'firefox-esr' : 'chromium'));
const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
const isRoot = process.getuid?.() === 0;

if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `The browser tests need ${packages.join(' and ')}, and none was found.\n` +
      `Install with:  sudo ${command}\n` +
      'or point CHROME_BIN and FIREFOX_BIN at installed browsers.',
  );
  process.exit(1);
}

console.log(`Installing ${packages.join(' and ')} for the browser tests (${command})…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
const still = ['chromium', 'firefox'].filter((browser) => !findBrowser(browser));
if (still.length) {
  console.error(`Installed, but still cannot find: ${still.join(', ')}`);
  process.exit(1);
}
