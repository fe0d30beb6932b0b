/**
 * The extension's own words, in the browser's language: `public/_locales/<lang>/messages.json` (English,
 * French, Spanish), read through `browser.i18n.getMessage`, which follows the browser's language and falls
 * back to English. Components take a `Translate` in their props; only the entrypoints build one.
 *
 * The English file is the reference: its keys are the type of every key, so a missing or misspelt key is a
 * type error, and a test checks that every language has the same keys and placeholders.
 */
import type englishMessages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof englishMessages;

/** A message in the reader's language; `substitutions` fill its `$PLACEHOLDERS$` in order. */
export type Translate = (key: MessageKey, substitutions?: string | readonly string[]) => string;

/** The `messages.json` shape (Chrome's and Firefox's `_locales` format). */
export type MessagesFile = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

/**
 * A `Translate` over the browser's `i18n.getMessage`. A key the browser cannot find (an outdated locale file)
 * shows as the key itself rather than as nothing.
 */
export function browserTranslate(getMessage: (key: string, substitutions?: string | string[]) => string): Translate {
  return (key, substitutions) =>
    getMessage(key, typeof substitutions === 'string' ? substitutions : substitutions && [...substitutions]) || key;
}

/**
 * The same lookup over a parsed `messages.json`, done as the browsers do it (named placeholders whose content
 * is `$1`…`$9`, `$$` for a dollar sign): for tests and for the command line, which have no `browser.i18n`.
 */
export function fileTranslate(messages: MessagesFile): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const subs = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name?: string) => {
      if (name === undefined) return '$';
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : whole;
    });
  };
}

/**
 * Messages that come in plural forms: `<key>_one`, `<key>_other`, and `_zero`/`_two`/`_few`/`_many` where needed.
 * (`kind_other` is the link kind "Other", not a plural.)
 */
export type PluralKey = Exclude<
  { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey],
  'kind'
>;

/**
 * A message about a number of things, in the plural form the messages' own language uses for it
 * (`Intl.PluralRules`: English has "one" and "other", French counts 0 as "one", Russian and Arabic have more
 * forms; docs/i18n.md). The count, written as that language writes numbers, is the first substitution
 * (`$COUNT$`); a form a language file lacks falls back to `<key>_other`.
 */
export function translateCount(
  t: Translate,
  key: PluralKey,
  count: number,
  substitutions: readonly string[] = [],
): string {
  const language = t('messagesLocale');
  const subs = [new Intl.NumberFormat(language).format(count), ...substitutions];
  const form = `${key}_${new Intl.PluralRules(language).select(count)}` as MessageKey;
  const text = t(form, subs);
  return text === form || text === '' ? t(`${key}_other`, subs) : text;
}
