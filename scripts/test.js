#!/usr/bin/env node
/**
 * `npm test`: build, then the Node suites (CLI, schemas), then the element
 * suites in Chromium and Firefox ESR, then the end-to-end suites (the built
 * bundle under a strict CSP, test/e2e/), then the WordPress plugin on a real
 * WordPress (test/wordpress/), then one line summing them all:
 * `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

if (run('npm', ['run', '--silent', 'build']) !== 0) {
  console.log('\n0 passed, 1 failed  (the build failed, so no test ran)');
  process.exit(1);
}

// The Node suites drive browsers too (package, frameworks), so browsers come first.
const browsersReady = run(process.execPath, ['scripts/ensure-browsers.js']) === 0;

/**
 * Node's runner on `files`: spec for people, TAP to a file for the count.
 * A run that crashed before counting still counts as a failure.
 */
function nodeSuite(name, files, extraArgs = []) {
  const tap = join(results, `${name}.tap`);
  const status = run(process.execPath, ['--test', ...extraArgs, '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files]);
  let tapText = '';
  try {
    tapText = readFileSync(tap, 'utf8');
  } catch {
    // No TAP at all: counted as a failure below.
  }
  const tapCount = (label) => Number(tapText.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  const counts = { passed: tapCount('pass'), failed: tapCount('fail') + tapCount('cancelled') };
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const testFiles = (folder) => readdirSync(folder).filter((f) => f.endsWith('.test.js')).map((f) => join(folder, f));

const node = nodeSuite('node', testFiles('test/node'));

let browser = { passed: 0, failed: 1 };
let e2e = { passed: 0, failed: 1 };
let stories = { passed: 0, failed: 1 };
let wordpress = { passed: 0, failed: 1 };
if (browsersReady) {
  run('npx', ['web-test-runner', '--config', 'web-test-runner.config.js']);
  try {
    browser = JSON.parse(readFileSync(join(results, 'browser.json'), 'utf8'));
  } catch {
    console.error('The browser test run ended without a result.');
  }
  // End to end: the built bundle under the strict CSP, in Chromium and Firefox, one file at a time.
  e2e = nodeSuite('e2e', testFiles('test/e2e'), ['--test-concurrency=1']);
  // The WordPress plugin on a real WordPress; it says so and is skipped when Debian's packages are not installed.
  wordpress = nodeSuite('wordpress', testFiles('test/wordpress'));
  // Storybook builds offline and every story and docs page renders without an error.
  if (run('npm', ['run', '--silent', 'build-storybook']) === 0) {
    run(process.execPath, ['scripts/story-smoke.js', '--json', join(results, 'storybook.json')]);
    try {
      stories = JSON.parse(readFileSync(join(results, 'storybook.json'), 'utf8'));
    } catch {
      console.error('The story smoke test ended without a result.');
    }
  }
}

const passed = node.passed + browser.passed + e2e.passed + wordpress.passed + stories.passed;
const failed = node.failed + browser.failed + e2e.failed + wordpress.failed + stories.failed;
console.log(
  `\nnode: ${node.passed} passed, ${node.failed} failed; browsers: ${browser.passed} passed, ${browser.failed} failed; ` +
    `end to end: ${e2e.passed} passed, ${e2e.failed} failed; WordPress: ${wordpress.passed} passed, ${wordpress.failed} failed; stories: ${stories.passed} passed, ${stories.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
