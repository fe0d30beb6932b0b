/**
 * "Are the links still live?": the check runs in the background over a port (progress streams back; closing the
 * popup or "Cancel" stops it). The access to websites it needs is asked inside the reader's click, the first
 * time; with the "check when the popup opens" setting, a check starts by itself once that access was granted.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LinkCheckState } from '../../components/LinkCheckPanel';
import { errorText } from '../../utils/common/error-text';
import { savePageCheck } from '../../utils/storage';
import {
  LINK_CHECK_PORT,
  LinkCheckEventSchema,
  type LinkCheckEvent,
  type LinkCheckRequest,
} from '../../utils/messages';

/** The permission a link check needs, asked in the click itself (browsers require a user gesture). */
const LINK_CHECK_PERMISSIONS = { origins: ['http://*/*', 'https://*/*'], permissions: ['webRequest' as const] };

type Port = ReturnType<typeof browser.runtime.connect>;

/** The state after one of the background's messages. */
function next(prev: LinkCheckState, event: LinkCheckEvent): LinkCheckState {
  if (event.type === 'progress') {
    return prev.kind === 'running'
      ? { kind: 'running', done: event.done, total: event.total, results: [...prev.results, event.result] }
      : prev;
  }
  if (event.type === 'done') return { kind: 'done', results: event.results, cancelled: false };
  return {
    kind: 'failed',
    message: event.code === 'no-permission' ? 'linksPermissionRefused' : 'linksFailed',
    detail: event.detail,
  };
}

/**
 * `checkKey`: the event whose links are checked (a listing's other event starts afresh); `pageUrl`: the page, under
 * which what a check judged is kept for the card's marks.
 */
export function useLinkCheck(
  tabId: number | null,
  checkKey: string | null,
  pageUrl: string | null,
  autoCheck: boolean,
): { state: LinkCheckState; start: () => void; cancel: () => void } {
  const [state, setState] = useState<LinkCheckState>({ kind: 'idle' });
  const port = useRef<Port | null>(null);
  useEffect(() => {
    port.current?.disconnect();
    port.current = null;
    setState({ kind: 'idle' });
  }, [checkKey]);
  useEffect(() => {
    if (state.kind === 'done' && state.results.length > 0 && pageUrl !== null)
      void savePageCheck(pageUrl, state.results);
  }, [state]);
  const run = (tab: number) => {
    const connection = browser.runtime.connect({ name: LINK_CHECK_PORT });
    port.current = connection;
    setState({ kind: 'running', done: 0, total: 0, results: [] });
    connection.onMessage.addListener((raw: unknown) => {
      const parsed = LinkCheckEventSchema.safeParse(raw);
      if (!parsed.success) return;
      setState((prev) => next(prev, parsed.data));
      if (parsed.data.type !== 'progress') connection.disconnect();
    });
    // The background's worker stopped (MV3 may stop it; an update restarts it): keep what was answered and say
    // so; checking again finishes the job from the cache, asking only what is not known yet.
    connection.onDisconnect.addListener(() => {
      if (port.current === connection) port.current = null;
      setState((prev) =>
        prev.kind === 'running' ? { kind: 'done', results: prev.results, cancelled: false, interrupted: true } : prev,
      );
    });
    const request: LinkCheckRequest = { type: 'start', tabId: tab };
    connection.postMessage(request);
  };
  const start = () => {
    if (tabId === null) return;
    // Asked first, inside the click: the browser shows its prompt only the first time.
    browser.permissions.request(LINK_CHECK_PERMISSIONS).then(
      (granted) => (granted ? run(tabId) : setState({ kind: 'failed', message: 'linksPermissionRefused' })),
      (err: unknown) => setState({ kind: 'failed', message: 'linksFailed', detail: errorText(err) }),
    );
  };
  useEffect(() => {
    if (!autoCheck || checkKey === null || tabId === null || state.kind !== 'idle') return;
    void browser.permissions.contains(LINK_CHECK_PERMISSIONS).then((granted) => {
      if (granted) run(tabId);
    });
  }, [autoCheck, checkKey, tabId]);
  const cancel = () => {
    port.current?.disconnect();
    port.current = null;
    setState((prev) => ({ kind: 'done', results: prev.kind === 'running' ? prev.results : [], cancelled: true }));
  };
  return { state, start, cancel };
}
