import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Language } from '../domain/fields';
import type { CliIo, Command } from './io';
import { EXIT, nodeIo } from './io';
import { CLI_TEXTS } from './messages';
import { DOCX_TEXTS } from './docx-texts';
import { IMPORT_TEXTS } from './commands/import-texts';
import { fail, jsonMode } from './failure';

/**
 * The commands of contract §6. Each is a `Command` from ./io that
 * returns its exit code; --lang and --help are handled here before a command runs, so commands
 * never see them. Add a command here and its help text to COMMAND_USAGE.
 *
 * Loaded on demand: `--help` or a usage error needs none of them, and a command needs only its
 * own code (the bundle initialises a module the first time it is imported), which keeps the
 * start-up of every call small (bench/cli.bench.ts measures it).
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  validate: async () => (await import('./commands/validate')).validateCommand,
  new: async () => (await import('./commands/new')).newCommand,
  check: async () => (await import('./commands/check')).checkCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  import: async () => (await import('./commands/import')).importCommand,
};

/** Per-command help; commands without an entry show the general usage. */
const COMMAND_USAGE: Readonly<Record<string, (lang: Language) => string>> = {
  validate: (lang) => CLI_TEXTS[lang].validateUsage,
  new: (lang) => DOCX_TEXTS[lang].newUsage,
  check: (lang) => DOCX_TEXTS[lang].checkUsage,
  export: (lang) => DOCX_TEXTS[lang].exportUsage,
  import: (lang) => IMPORT_TEXTS[lang].usage,
};

function isLanguage(value: string | undefined): value is Language {
  return value === 'nl' || value === 'en';
}

type Global = { readonly ok: true; readonly lang: Language; readonly help: boolean; readonly rest: readonly string[] } | { readonly ok: false; readonly lang: Language; readonly value: string };

/** Takes the global options (--lang, --help) out of argv, wherever they stand. */
function globalOptions(argv: readonly string[]): Global {
  let lang: Language = 'nl';
  let help = false;
  let badLang: string | undefined;
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(index));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[(index += 1)] : arg.slice('--lang='.length);
      if (isLanguage(value)) lang = value;
      else badLang = value ?? '';
    } else {
      rest.push(arg);
    }
  }
  return badLang === undefined ? { ok: true, lang, help, rest } : { ok: false, lang, value: badLang };
}

/**
 * Runs the command line and returns the exit code (contract §6). Never throws: an unexpected
 * exception is one line on stderr and exit 2, without a stack trace (users are ambtenaren, not
 * developers; the message is enough to report it).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const global = globalOptions(argv);
  const texts = CLI_TEXTS[global.lang];
  const json = jsonMode(argv);
  try {
    if (!global.ok) return fail(io, json, { code: 'usage', message: texts.badLang(global.value) }, texts.usage(Object.keys(COMMANDS)));
    const [name, ...args] = global.rest;
    if (name === undefined) {
      if (global.help) {
        io.stdout(`${texts.usage(Object.keys(COMMANDS))}\n`);
        return EXIT.ok;
      }
      return fail(io, json, { code: 'usage', message: texts.noCommand }, texts.usage(Object.keys(COMMANDS)));
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (load === undefined) {
      return fail(io, json, { code: 'usage', message: texts.unknownCommand(name) }, texts.usage(Object.keys(COMMANDS)));
    }
    if (global.help) {
      io.stdout(`${COMMAND_USAGE[name]?.(global.lang) ?? texts.usage(Object.keys(COMMANDS))}\n`);
      return EXIT.ok;
    }
    const command = await load();
    return await command({ io, args, lang: global.lang });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(io, json, { code: 'unexpected', message: texts.unexpected(reason.split('\n')[0] ?? '') });
  }
}

/**
 * How many worker threads `check` may use for a large folder: one per core, up to 8 (reading is
 * partly I/O, and each thread holds its own copy of the code, ~40 MB). ANNOTATIE_THREADS=1 (or
 * a one-core machine) keeps everything in this thread.
 */
export function workerCount(env: NodeJS.ProcessEnv, cores: number): number {
  const asked = Number.parseInt(env['ANNOTATIE_THREADS'] ?? '', 10);
  return Number.isInteger(asked) && asked >= 1 ? Math.min(asked, 64) : Math.min(cores, 8);
}

// Run only as the bundled bin (lib/cli/annotatie.cjs, built by scripts/build-cli.mjs from this
// file), not when tests import main(): the bundle's own module is then the one being run. The
// workers are bundled beside it: lib/cli/check-worker.cjs (check) and lib/cli/pdf-worker.cjs (import).
if (typeof module !== 'undefined' && /annotatie\.cjs$/.test(module.filename ?? '')) {
  // A reader that goes away (`annotatie check map | head`) is no error of ours: stop the way any
  // Unix tool stops on a closed pipe (killed by SIGPIPE, exit 128 + 13), without a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(141);
    });
  }
  const io = nodeIo({
    workerScript: join(__dirname, 'check-worker.cjs'),
    workerCount: workerCount(process.env, availableParallelism()),
    pdfWorkerScript: join(__dirname, 'pdf-worker.cjs'),
  });
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
