import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL cluster listening on a Unix socket in its own temporary directory. */
export interface PostgresCluster {
  /** The directory holding the data, the socket and any file written with {@link writeFile}. */
  readonly dir: string;
  /** Writes a file the server's user can read; returns its path. */
  writeFile(name: string, content: string): string;
  /** Runs a SQL file through psql (unaligned, fields split by U+001F, NULL as `\N`); returns stdout. */
  psqlFile(path: string): string;
  /** Stops the server and removes the directory; safe to call twice. */
  stop(): void;
}

/** Field separator of {@link PostgresCluster.psqlFile} output: no value here holds it. */
export const FIELD_SEPARATOR = '\u001f';
/** How psql prints NULL in {@link PostgresCluster.psqlFile} output. */
export const NULL_TEXT = '\\N';

/** The newest PostgreSQL under /usr/lib/postgresql/<version>/bin (Debian's layout). */
function findBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new Error(
      'PostgreSQL binaries were not found under /usr/lib/postgresql/*/bin: install the postgresql package ' +
        '(apt-get install postgresql, as .ci/run does) to run the SQL export parity test',
    );
  }
  return join(root, newest, 'bin');
}

interface ServerUser {
  /** Prefix that runs a command as the server's user (empty when we are not root). */
  readonly prefix: readonly string[];
  readonly uid: number | undefined;
  readonly gid: number | undefined;
}

/** initdb refuses to run as root: as root, the server runs as Debian's `postgres` user. */
function serverUser(): ServerUser {
  if (process.getuid?.() !== 0) return { prefix: [], uid: undefined, gid: undefined };
  const id = (flag: string) => {
    const out = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    if (out.status !== 0)
      throw new Error('running as root, but there is no "postgres" user to run PostgreSQL as');
    return Number(out.stdout.trim());
  };
  const uid = id('-u');
  const gid = id('-g');
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => existsSync(p));
  return { prefix: runuser ? [runuser, '-u', 'postgres', '--'] : [], uid, gid };
}

function describe(command: readonly string[], out: SpawnSyncReturns<string>): string {
  return `${command.join(' ')} exited with ${out.status ?? out.signal}: ${out.error?.message ?? ''}\n${out.stderr}\n${out.stdout}`.slice(
    0,
    4000,
  );
}

/**
 * Starts a cluster: `initdb -A trust -U postgres`, then `pg_ctl start` with no TCP listener
 * (`listen_addresses=''`) and the socket in the temporary directory. Throws, after cleaning up,
 * when PostgreSQL is missing or does not start.
 */
export function startPostgres(port = 54329): PostgresCluster {
  const bin = findBinaries();
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'hezuo-pg-'));
  const data = join(dir, 'data');
  const own = (path: string) => {
    if (user.uid !== undefined && user.gid !== undefined) chownSync(path, user.uid, user.gid);
  };
  own(dir);
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C', PGTZ: 'UTC' };
  const run = (command: string[]): string => {
    let full = [...user.prefix, ...command];
    if (user.uid !== undefined && user.prefix.length === 0) {
      // No runuser: fall back to su, quoting each argument for its shell.
      const quoted = command.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
      full = ['su', 'postgres', '-s', '/bin/sh', '-c', quoted];
    }
    const out = spawnSync(full[0] as string, full.slice(1), {
      encoding: 'utf8',
      env,
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024,
    });
    if (out.status !== 0) throw new Error(describe(full, out));
    return out.stdout;
  };
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run([join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already down: nothing to stop.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run([
      join(bin, 'initdb'),
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    run([
      join(bin, 'pg_ctl'),
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-c listen_addresses='' -k ${dir} -p ${port} -c fsync=off`,
      '-w',
      'start',
    ]);
    started = true;
  } catch (error) {
    stop();
    throw error;
  }
  // A crashed test run must not leave a server behind.
  process.once('exit', stop);
  return {
    dir,
    writeFile(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      own(path);
      return path;
    },
    psqlFile(path) {
      return run([
        join(bin, 'psql'),
        '-X',
        '-q',
        '-h',
        dir,
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-v',
        'ON_ERROR_STOP=1',
        '-A',
        '-t',
        '-F',
        FIELD_SEPARATOR,
        '-P',
        `null=${NULL_TEXT}`,
        '-f',
        path,
      ]);
    },
    stop,
  };
}
