/**
 * The string shapes the event record's schemas share (utils/event-record.ts): page text capped in length, a web or
 * mail address, an instant with its UTC offset.
 */
import * as z from 'zod/mini';
import { MAX_TEXT } from './record-limits';

/** Page text, capped: a hostile page must not make us carry megabytes around. */
export const text = () => z.string().check(z.maxLength(MAX_TEXT));
/** An `http(s):` or `mailto:` address. */
export const httpUrl = () => z.string().check(z.maxLength(MAX_TEXT), z.regex(/^(?:https?:\/\/|mailto:)/i));
/** An instant with its UTC offset, `2020-11-17T13:00:00+01:00`, or UTC with `Z`. */
export const OffsetDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/));
