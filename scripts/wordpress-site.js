#!/usr/bin/env node
/**
 * A real WordPress from Debian's packages (wordpress, mariadb-server, php-cli,
 * php-mysql), for the plugin's tests and for trying the plugin by hand:
 * `node scripts/wordpress-site.js` starts one and prints where to log in.
 *
 * Each site gets its own database, its own content folder (plugins, uploads)
 * in a temporary folder and its own /etc/wordpress/config-NAME.php, chosen by
 * the router, and is installed by posting WordPress's own install form.
 * The site makes no request to another host (WP_HTTP_BLOCK_EXTERNAL) and runs
 * no cron, so nothing waits on a network that is not there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const WORDPRESS = '/usr/share/wordpress';
export const wordpressPackages = 'wordpress mariadb-server php-cli php-mysql';
export const installHint = `apt-get install -y ${wordpressPackages}`;
const router = resolve('scripts/wordpress-router.php');

const quiet = (command, args, options = {}) => spawnSync(command, args, { encoding: 'utf8', ...options });

/** What is missing to run a WordPress here, as a sentence; '' when nothing is. */
export function wordpressMissing() {
  const missing = [];
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) missing.push('wordpress');
  if (quiet('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0) missing.push('php-cli with php-mysql');
  if (!existsSync('/usr/sbin/mariadbd') && !existsSync('/usr/sbin/mysqld')) missing.push('mariadb-server');
  return missing.length ? `missing ${missing.join(', ')} (as root: ${installHint})` : '';
}

function sql(statement) {
  const result = quiet('mariadb', ['-u', 'root', '-e', statement]);
  if (result.status !== 0) throw new Error(`MariaDB refused "${statement}": ${result.stderr.trim()}`);
}

/** MariaDB running; true when this call started it (and so should stop it). */
async function ensureDatabaseServer() {
  if (quiet('mariadb-admin', ['-u', 'root', 'ping']).status === 0) return false;
  const started = quiet('service', ['mariadb', 'start']);
  if (started.status !== 0) throw new Error(`could not start MariaDB: ${started.stderr || started.stdout}`);
  for (let i = 0; i < 50; i++) {
    if (quiet('mariadb-admin', ['-u', 'root', 'ping']).status === 0) return true;
    await sleep(200);
  }
  throw new Error('MariaDB did not answer within 10 s of "service mariadb start"');
}

async function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

const phpString = (text) => `'${String(text).replace(/[\\']/g, (c) => `\\${c}`)}'`;

/**
 * Starts a fresh, installed WordPress. Returns its URL, the administrator's
 * login, `php(code)` to run PHP inside it (WordPress loaded), and `stop()`.
 */
export async function startWordPress({ title = 'Know your rights test site' } = {}) {
  const missing = wordpressMissing();
  if (missing) throw new Error(`WordPress cannot start: ${missing}`);
  const startedDatabase = await ensureDatabaseServer();
  const id = `${process.pid}-${Date.now().toString(36)}`;
  const name = `kyrtest-${id}`;
  const database = `kyrtest_${id.replace(/-/g, '_')}`;
  const password = randomBytes(12).toString('hex');
  sql(`CREATE DATABASE \`${database}\`; CREATE USER '${database}'@'localhost' IDENTIFIED BY '${password}'; GRANT ALL ON \`${database}\`.* TO '${database}'@'localhost';`);

  const folder = mkdtempSync(join(tmpdir(), 'kyr-wordpress-'));
  const content = join(folder, 'wp-content');
  for (const sub of ['plugins', 'uploads', 'upgrade']) mkdirSync(join(content, sub), { recursive: true });
  symlinkSync(join(WORDPRESS, 'wp-content/themes'), join(content, 'themes'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  writeFileSync(
    configFile,
    `<?php
define('DB_NAME', ${phpString(database)});
define('DB_USER', ${phpString(database)});
define('DB_PASSWORD', ${phpString(password)});
define('DB_HOST', 'localhost');
define('WP_HOME', ${phpString(url)});
define('WP_SITEURL', ${phpString(url)});
define('WP_CONTENT_DIR', ${phpString(content)});
define('WP_CONTENT_URL', ${phpString(`${url}/wp-content`)});
define('FS_METHOD', 'direct');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
${keys.map((key) => `define('${key}', '${randomBytes(24).toString('hex')}');`).join('\n')}
`,
    { mode: 0o600 },
  );

  // PHP's own upload limit is 2 MB; the plugin zip is larger, as on most hosts' settings (8 MB or more).
  const limits = ['-d', 'upload_max_filesize=16M', '-d', 'post_max_size=16M'];
  const server = spawn('php', [...limits, '-S', `127.0.0.1:${port}`, '-t', WORDPRESS, router], {
    env: { ...process.env, WORDPRESS_CONFIG: name, KYR_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: PHP's workers are its children, and all of them stop together.
    detached: true,
  });
  let serverLog = '';
  server.stderr.on('data', (chunk) => {
    serverLog = (serverLog + chunk).slice(-20000);
  });

  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      process.kill(-server.pid, 'SIGTERM');
      await exited;
    }
    rmSync(configFile, { force: true });
    rmSync(folder, { recursive: true, force: true });
    try {
      sql(`DROP DATABASE IF EXISTS \`${database}\`; DROP USER IF EXISTS '${database}'@'localhost';`);
    } finally {
      if (startedDatabase) quiet('service', ['mariadb', 'stop']);
    }
  };

  try {
    for (let i = 0; ; i++) {
      try {
        await fetch(`${url}/wp-admin/install.php`);
        break;
      } catch (error) {
        if (i > 50) throw new Error(`PHP's server did not start: ${error.message}\n${serverLog}`);
        await sleep(100);
      }
    }
    const admin = { user: 'siteadmin', password: randomBytes(9).toString('hex') };
    const form = new URLSearchParams({
      weblog_title: title,
      user_name: admin.user,
      admin_password: admin.password,
      admin_password2: admin.password,
      pw_weak: '1',
      admin_email: 'siteadmin@example.org',
      blog_public: '0',
      language: '',
    });
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
    const page = await install.text();
    if (!install.ok || !/wp-login\.php/.test(page)) throw new Error(`WordPress's install form did not finish (HTTP ${install.status}):\n${page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 600)}`);

    /** Runs `code` with WordPress loaded, as the PHP CLI; returns what it printed. */
    const php = (code) => {
      const script = `<?php
$_SERVER['WORDPRESS_CONFIG'] = ${phpString(name)};
$_SERVER['HTTP_HOST'] = ${phpString(`127.0.0.1:${port}`)};
require ${phpString(join(WORDPRESS, 'wp-load.php'))};
${code}
`;
      const result = quiet('php', [], { input: script });
      if (result.status !== 0) throw new Error(`PHP in WordPress failed: ${result.stdout}\n${result.stderr}`);
      return result.stdout;
    };
    // Avatars come from gravatar.com, another site: off, as a privacy-minded site would have them.
    php(`update_option('show_avatars', 0);`);
    return { url, admin, php, stop, content, log: () => serverLog };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Adds a user with `role`; returns the login. */
export function addUser(site, role) {
  const login = { user: `${role}1`, password: randomBytes(9).toString('hex') };
  site.php(
    `$id = wp_insert_user(array('user_login' => ${phpString(login.user)}, 'user_pass' => ${phpString(login.password)}, 'user_email' => ${phpString(`${login.user}@example.org`)}, 'role' => ${phpString(role)}));
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }`,
  );
  return login;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await startWordPress();
  const author = addUser(site, 'author');
  console.log(`WordPress at ${site.url}/wp-admin/\n  administrator: ${site.admin.user} / ${site.admin.password}\n  author:        ${author.user} / ${author.password}\nThe plugin zip (npm run wordpress) installs under Plugins → Add New → Upload Plugin. Ctrl-C stops and removes the site.`);
  const shutdown = () => site.stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
