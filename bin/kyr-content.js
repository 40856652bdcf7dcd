#!/usr/bin/env node
// The CLI is written in TypeScript and compiled to dist/lib by `npm run build:lib`
// (run by `npm install` through the prepare script).
let cli;
try {
  cli = await import('../dist/lib/cli/kyr-content.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error('kyr-content is not built yet. Run: npm run build:lib');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
