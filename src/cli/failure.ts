import type { CliIo } from './io';
import { EXIT } from './io';
import { terminalSafe } from './terminal';

/**
 * A usage or file problem (exit 2, contract §6). `code` is stable, for scripts; `message` is the
 * one line people read. With --json a script reads stdout only, so the failure is also the one
 * JSON document there: `{ "error": { "code", "message" } }`.
 */
export interface Failure {
  readonly code: string;
  readonly message: string;
}

/** Our lines start with the program's name for a terminal; inside JSON that is noise. */
export function jsonMessage(message: string): string {
  return message.replace(/^annotatie: /, '');
}

/**
 * Reports one failure: the line on stderr (and the usage after it, if given), and with --json
 * also `{ "error": … }` on stdout. Returns the exit code, so a command can `return fail(…)`.
 */
export function fail(io: CliIo, json: JsonMode | boolean, failure: Failure, usage?: string): number {
  io.stderr(`${terminalSafe(failure.message)}\n${usage === undefined ? '' : `\n${usage}\n`}`);
  const error = { error: { code: failure.code, message: jsonMessage(failure.message) } };
  // --ndjson readers take one object per line, so the failure is one line there.
  if (json === 'lines') io.stdout(`${JSON.stringify(error)}\n`);
  else if (json !== false) io.stdout(`${JSON.stringify(error, null, 2)}\n`);
  return EXIT.usage;
}

/** false: people read the output; 'document': one JSON document (--json); 'lines': one JSON object per line (--ndjson). */
export type JsonMode = false | 'document' | 'lines';

function optionsPart(args: readonly string[]): readonly string[] {
  const end = args.indexOf('--');
  return end === -1 ? args : args.slice(0, end);
}

/** Whether argv asks for JSON, for failures found before the options are parsed (or when they cannot be). */
export function wantsJson(args: readonly string[]): boolean {
  return optionsPart(args).includes('--json');
}

/** Which JSON argv asks for (--json wins when both are given: the usage error is then a document). */
export function jsonMode(args: readonly string[]): JsonMode {
  const options = optionsPart(args);
  if (options.includes('--json')) return 'document';
  return options.includes('--ndjson') ? 'lines' : false;
}
