import { readFile, writeFile, stat, readdir, realpath } from 'node:fs/promises';
import type { Language } from '../domain/fields';

/**
 * Everything a command touches outside itself. Commands get this instead of reaching for
 * process and fs, so golden tests can run them in-process and record stdout, stderr and the
 * exit code.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  readonly isDirectory: (path: string) => Promise<boolean>;
  readonly listDirectory: (path: string) => Promise<readonly string[]>;
  /**
   * The path with symbolic links resolved, so a folder walk visits each real folder once: a
   * link back to a parent otherwise loops (QA counted one file 11 times). Optional because
   * in-memory test file systems have no links.
   */
  readonly realPath?: (path: string) => Promise<string>;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly stderrIsTTY: boolean;
}

export interface CommandContext {
  readonly io: CliIo;
  /** Arguments after the command name, with the global --lang option already removed. */
  readonly args: readonly string[];
  readonly lang: Language;
}

/** A command returns its exit code (contract §6): 0 no errors, 1 error findings, 2 usage or file problem. */
export type Command = (context: CommandContext) => Promise<number>;

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, bytes) => writeFile(path, bytes),
    isDirectory: async (path) => (await stat(path)).isDirectory(),
    listDirectory: (path) => readdir(path),
    realPath: (path) => realpath(path),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}
