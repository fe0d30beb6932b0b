/** What every `event-lens` command does with its arguments first: Node's parser, its errors as usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorMessage } from '../utils/batch/error-message';

type Options = NonNullable<ParseArgsConfig['options']>;

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;

/** The options and paths given, or the usage error to print. */
export function parseCommandArgs<const O extends Options>(
  args: readonly string[],
  options: O,
): { ok: true; parsed: Parsed<O> } | { ok: false; error: string } {
  try {
    return { ok: true, parsed: parseArgs({ args: [...args], allowPositionals: true, options }) };
  } catch (err) {
    return { ok: false, error: errorMessage(err) };
  }
}
