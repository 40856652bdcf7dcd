#!/usr/bin/env node
/**
 * `npm test`: build, then the Node suites (CLI, schemas), then the element
 * suites in Chromium and Firefox ESR, then one line summing them all:
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

// Node's runner: spec for people, TAP to a file for the count.
const nodeFiles = readdirSync('test/node').filter((f) => f.endsWith('.test.js')).map((f) => join('test/node', f));
const tap = join(results, 'node.tap');
const nodeStatus = run(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...nodeFiles]);
const tapText = readFileSync(tap, 'utf8');
const tapCount = (name) => Number(tapText.match(new RegExp(`^# ${name} (\\d+)$`, "m"))?.[1] ?? 0);
const node = { passed: tapCount('pass'), failed: tapCount('fail') + tapCount('cancelled') };
// A run that crashed before counting still counts as a failure.
if (nodeStatus !== 0 && node.failed === 0) node.failed = 1;

let browser = { passed: 0, failed: 1 };
if (browsersReady) {
  run('npx', ['web-test-runner', '--config', 'web-test-runner.config.js']);
  try {
    browser = JSON.parse(readFileSync(join(results, 'browser.json'), 'utf8'));
  } catch {
    console.error('The browser test run ended without a result.');
  }
}

const passed = node.passed + browser.passed;
const failed = node.failed + browser.failed;
console.log(`\nnode: ${node.passed} passed, ${node.failed} failed; browsers: ${browser.passed} passed, ${browser.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
