// Runs before `npm test` and `npm start`, with nothing but Node itself: when the dependencies are missing
// (a fresh clone where only `npm test` was typed, as CI does) or older than package-lock.json, install them.
// Plain JavaScript on purpose: tsx and everything else it would import are what may be missing.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const installed = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function upToDate() {
  if (!existsSync(installed) || !existsSync(tsx)) return false;
  return statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
}

if (!upToDate()) {
  const fresh = !existsSync(join(root, 'node_modules'));
  // `npm install`, not `npm ci`: the lock file's optional platform entries differ between npm releases, and
  // `npm ci` refuses a lock it would rewrite.
  const args = ['install', '--no-audit', '--no-fund'];
  console.log(`Dependencies ${fresh ? 'missing' : 'out of date'}: npm install`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`npm install failed (exit ${result.status ?? result.signal}); fix that and run the command again.`);
    process.exit(result.status ?? 1);
  }
}
