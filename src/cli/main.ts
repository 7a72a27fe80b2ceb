/**
 * The `phuluc` command line: dispatches `validate`, `table` and `check-targets`. Exit codes:
 * 0 no errors, 1 errors found, 2 unusable input. Nothing is ever printed as a stack trace:
 * every failure becomes one line in both languages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXIT_OK, EXIT_UNUSABLE, type CliIO } from './io';
import { UnusableInputError } from './open-workbook';
import { USAGE } from './strings';

type Command = (argv: string[], io: CliIO) => Promise<number>;

const stdio: CliIO = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function colorAllowed(io: CliIO): boolean {
  const noColor = process.env.NO_COLOR;
  return io === stdio && Boolean(process.stdout.isTTY) && (noColor === undefined || noColor === '');
}

/** The other helpers' commands are loaded on demand, so that `validate` never pays for them. */
export async function lazyCommand(name: string): Promise<Command> {
  // A variable specifier: the module is written separately and may be absent from a build.
  const specifier = `./commands/${name}`;
  let mod: { run?: Command };
  try {
    mod = (await import(specifier)) as { run?: Command };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new UnusableInputError(`Lệnh “${name}” chưa có trong bản cài đặt này`, `The “${name}” command is not available in this build`);
  }
  if (typeof mod.run !== 'function') throw new UnusableInputError(`Lệnh “${name}” chưa có trong bản cài đặt này`, `The “${name}” command is not available in this build`);
  return mod.run;
}

const COMMANDS: Record<string, (io: CliIO) => Promise<Command>> = {
  validate: async (io) => {
    const { run } = await import('./commands/validate');
    return (argv) => run(argv, io, { color: colorAllowed(io) });
  },
  table: () => lazyCommand('table'),
  'check-targets': () => lazyCommand('check-targets'),
};

export function version(): string {
  try {
    // src/cli and build/cli both sit two levels below the package root.
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function oneLine(e: unknown): string {
  if (e instanceof UnusableInputError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return `Lỗi không mong đợi / Unexpected error: ${msg.split('\n')[0].slice(0, 300)}`;
}

let pipeGuarded = false;

/** `phuluc validate … | head` closes the pipe early: stop quietly instead of dying with an EPIPE trace. */
function guardPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    process.stderr.write(`phuluc: ${oneLine(e)}\n`);
    process.exit(EXIT_UNUSABLE);
  });
}

export async function main(argv: string[], io: CliIO = stdio): Promise<number> {
  if (io === stdio) guardPipe();
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.err(USAGE + '\n');
      return EXIT_UNUSABLE;
    }
    if (command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE + '\n');
      return EXIT_OK;
    }
    if (command === '--version' || command === '-v' || command === 'version') {
      io.out(`phuluc ${version()}\n`);
      return EXIT_OK;
    }
    const load = COMMANDS[command];
    if (!load) {
      throw new UnusableInputError(`Lệnh không hợp lệ “${command}” (xem phuluc --help)`, `Unknown command “${command}” (see phuluc --help)`);
    }
    return await (await load(io))(rest, io);
  } catch (e) {
    io.err(`phuluc: ${oneLine(e)}\n`);
    return EXIT_UNUSABLE;
  }
}
