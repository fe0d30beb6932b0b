/**
 * The one message protocol between the content script, the popup and the background. Every message is
 * validated on receipt; anything unknown or malformed is ignored, and only the extension's own pages and
 * content scripts are listened to (a content script runs inside hostile pages).
 */
import { errorText } from './error-text';
import * as z from 'zod/mini';
import { ArchiveCapturesSchema } from './captures/capture';
import { LinkResultSchema } from './links/link-check-types';

/** Strict objects: a message carrying anything beyond its fields is malformed, not trimmed and trusted. */
export const RequestSchema = z.discriminatedUnion('type', [
  /** Content script → background: this frame holds a UNESCO page; read it (inject the extractor here). */
  z.strictObject({ type: z.literal('page:candidate') }),
  /**
   * Popup → background: read the page in a tab that has no record yet (front pages and indexes, which the
   * content script does not offer). The background finds the frame to read from each frame's own address.
   */
  z.strictObject({ type: z.literal('page:read'), tabId: z.number().check(z.int(), z.nonnegative()) }),
  /** In-page card → background: open the popup's details for the sender's own tab (in a new tab). */
  z.strictObject({ type: z.literal('card:openDetails') }),
  /**
   * Popup → background: the other captures of the page in a tab, from the archives' indexes (cached; `refresh`
   * when the reader asks again). Only for a page the background itself read: never an address from the sender.
   */
  z.strictObject({
    type: z.literal('captures:get'),
    tabId: z.number().check(z.int(), z.nonnegative()),
    refresh: z.boolean(),
  }),
]);
export type ExtensionRequest = z.infer<typeof RequestSchema>;
export type RequestType = ExtensionRequest['type'];

/** What the background answers to each request type: the schemas the receiving side validates with. */
export const ReplyDataSchemas = {
  'page:candidate': z.object({ stored: z.boolean() }),
  'page:read': z.object({ stored: z.boolean() }),
  'captures:get': z.object({ results: z.array(ArchiveCapturesSchema) }),
  'card:openDetails': z.object({ opened: z.boolean() }),
} satisfies Record<RequestType, z.ZodMiniType>;
export type ReplyData<T extends RequestType> = z.infer<(typeof ReplyDataSchemas)[T]>;

export const ErrorCodeSchema = z.enum(['bad-request', 'forbidden', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
/** The background's answer: the data, or an error with its code; never a thrown string. */
export type ExtensionReply<T extends RequestType> =
  { ok: true; data: ReplyData<T> } | { ok: false; error: { code: ErrorCode; message: string } };

/** A handler for every request type, or the compiler complains. */
export type Handlers<Ctx> = {
  [T in RequestType]: (req: Extract<ExtensionRequest, { type: T }>, ctx: Ctx) => Promise<ReplyData<T>>;
};

/** What the background knows about a message's sender (a subset of `runtime.MessageSender`). */
export type SenderInfo = { id?: string; url?: string; frameId?: number; tab?: { id?: number; url?: string } };

/** Which request types each kind of sender may send. */
const FROM_CONTENT_SCRIPT: ReadonlySet<RequestType> = new Set(['page:candidate', 'card:openDetails']);
const FROM_EXTENSION_PAGE: ReadonlySet<RequestType> = new Set(['captures:get', 'page:read']);

/**
 * Whether `sender` may send `type`: it must be this extension; content scripts (which have a tab) may only
 * offer their own frame for reading; extension pages (our origin, no tab) may ask for captures.
 */
export function isAllowedSender(type: RequestType, sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  if (sender.id !== ownId) return false;
  const isExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  if (isExtensionPage) return FROM_EXTENSION_PAGE.has(type);
  return typeof sender.tab?.id === 'number' && FROM_CONTENT_SCRIPT.has(type);
}

/** Validates `raw` and runs its handler; never throws, never answers what it should not. */
export async function dispatchMessage<Ctx>(
  raw: unknown,
  sender: SenderInfo,
  own: { id: string; origin: string },
  handlers: Handlers<Ctx>,
  ctx: Ctx,
): Promise<ExtensionReply<RequestType>> {
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'bad-request', message: 'Unknown or malformed message.' } };
  const req = parsed.data;
  if (!isAllowedSender(req.type, sender, own.id, own.origin)) {
    return { ok: false, error: { code: 'forbidden', message: `${req.type} is not accepted from this sender.` } };
  }
  try {
    const handler = handlers[req.type] as (r: ExtensionRequest, c: Ctx) => Promise<ReplyData<RequestType>>;
    return { ok: true, data: await handler(req, ctx) };
  } catch (err) {
    return { ok: false, error: { code: 'internal', message: errorText(err) } };
  }
}

/** The background's answer to a request of type `type`, validated; `null` if it is not one. */
export function parseReply<T extends RequestType>(type: T, raw: unknown): ExtensionReply<T> | null {
  const schema = z.union([
    z.object({ ok: z.literal(true), data: ReplyDataSchemas[type] }),
    z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema, message: z.string() }) }),
  ]);
  const parsed = schema.safeParse(raw);
  return parsed.success ? (parsed.data as ExtensionReply<T>) : null;
}

/**
 * The link check runs over a port the popup opens (`runtime.connect({ name: LINK_CHECK_PORT })`): progress
 * streams back as each address is judged, and closing the popup (or "Cancel") stops the check. An open port
 * also keeps the background worker alive while the check runs (MV3).
 */
export const LINK_CHECK_PORT = 'link-check';

/** Popup → background, on the port. */
export const LinkCheckRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), tabId: z.number().check(z.int(), z.nonnegative()) }),
  z.strictObject({ type: z.literal('cancel') }),
]);
export type LinkCheckRequest = z.infer<typeof LinkCheckRequestSchema>;

/** Background → popup, on the port. */
export const LinkCheckEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    done: z.number(),
    total: z.number(),
    result: LinkResultSchema,
  }),
  z.object({ type: z.literal('done'), results: z.array(LinkResultSchema) }),
  z.object({ type: z.literal('failed'), code: z.enum(['no-record', 'no-permission', 'internal']), detail: z.string() }),
]);
export type LinkCheckEvent = z.infer<typeof LinkCheckEventSchema>;

/** Whether a port was opened by one of this extension's own pages (never a content script or a web page). */
export function isOwnPagePort(sender: SenderInfo | undefined, ownId: string, ownOrigin: string): boolean {
  return sender?.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}
