/**
 * How the background hands a value to a script it injects into a page's frame (the card's record and its words):
 * one global in the extension's isolated world, which the page's own scripts can neither read nor forge, carrying
 * the value as JSON text (the browser's argument passing drops object keys whose value is null), read back and
 * validated with its zod schema like any input.
 */
import type * as z from 'zod/mini';

export type InjectedInput<S extends z.ZodMiniType> = { key: string; schema: S; maxLength: number };

/** A value the background hands injected scripts under `key`, checked by `schema` on read. */
export function injectedInput<S extends z.ZodMiniType>(
  key: string,
  schema: S,
  maxLength = 5_000_000,
): InjectedInput<S> {
  return { key, schema, maxLength };
}

/** The arguments of the `executeScript` call that sets the value (see `setInjectedGlobal`). */
export function injectedArgs<S extends z.ZodMiniType>(input: InjectedInput<S>, value: z.infer<S>): [string, string] {
  return [input.key, JSON.stringify(value)];
}

/** The function the background runs in the frame's isolated world, with `injectedArgs`. */
export function setInjectedGlobal(key: string, json: string): void {
  (globalThis as Record<string, unknown>)[key] = json;
}

/** The value handed to this injected script, validated; `null` when it is missing or malformed. */
export function readInjected<S extends z.ZodMiniType>(input: InjectedInput<S>): z.infer<S> | null {
  const raw = (globalThis as Record<string, unknown>)[input.key];
  if (typeof raw !== 'string' || raw.length > input.maxLength) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = input.schema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
