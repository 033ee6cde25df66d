import type { Language } from '../domain';
import type { CliIo, Command } from './io';
import { EXIT, nodeIo } from './io';
import { CLI_TEXTS } from './messages';
import { validateCommand } from './commands/validate';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { newCommand } from './commands/new';
import { importCommand } from './commands/import';
import { IMPORT_TEXTS } from './commands/import-texts';
import { isPdfWorker, runPdfWorker } from './pdf-worker';
import { DOCX_TEXTS } from './commands/docx-shared';
import { fail, wantsJson } from './failure';

/**
 * The commands of contract §6. Each is a `Command` from ./io that
 * returns its exit code; --lang and --help are handled here before a command runs, so commands
 * never see them. Add a command here and its help text to COMMAND_USAGE.
 */
export const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  new: newCommand,
  check: checkCommand,
  export: exportCommand,
  import: importCommand,
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
  const json = wantsJson(argv);
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
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined) {
      return fail(io, json, { code: 'usage', message: texts.unknownCommand(name) }, texts.usage(Object.keys(COMMANDS)));
    }
    if (global.help) {
      io.stdout(`${COMMAND_USAGE[name]?.(global.lang) ?? texts.usage(Object.keys(COMMANDS))}\n`);
      return EXIT.ok;
    }
    return await command({ io, args, lang: global.lang });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(io, json, { code: 'unexpected', message: texts.unexpected(reason.split('\n')[0] ?? '') });
  }
}

// Run only as the bundled bin (lib/cli/annotatie.cjs, built by scripts/build-cli.mjs from this
// file), not when tests import main(): the bundle's own module is then the one being run.
// The same bundle is the worker thread that reads PDFs (src/cli/pdf-reader.ts).
if (typeof module !== 'undefined' && /annotatie\.cjs$/.test(module.filename ?? '')) {
  if (isPdfWorker()) {
    runPdfWorker();
  } else {
    void main(process.argv.slice(2), nodeIo()).then((code) => {
      process.exitCode = code;
    });
  }
}
