/**
 * The other captures of the tab's page: asked of the background (which queries the archives' indexes, or
 * answers from its cache) once per page shown, and again when the reader changes which archives to ask or
 * refreshes.
 * Sent only from here: nothing leaves the browser until the popup is open on a page.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CapturesState } from '../../components/CapturesPanel';
import { errorText } from '../../utils/error-text';
import { parseReply, type ExtensionRequest } from '../../utils/messages';

async function askCaptures(tabId: number, refresh: boolean): Promise<CapturesState> {
  const request: ExtensionRequest = { type: 'captures:get', tabId, refresh };
  const response = parseReply('captures:get', await browser.runtime.sendMessage(request));
  if (!response) return { kind: 'failed', detail: 'The extension answered with something it cannot read.' };
  if (!response.ok) return { kind: 'failed', detail: response.error.message };
  return { kind: 'done', results: response.data.results };
}

/** `pageUrl`: the page shown (`null` while there is none). `ask(true)` bypasses the cache. */
export function useCaptures(
  tabId: number | null,
  pageUrl: string | null,
): { state: CapturesState; ask: (refresh: boolean) => void } {
  const [state, setState] = useState<CapturesState>({ kind: 'loading' });
  const fetchCaptures = (refresh: boolean) => {
    if (tabId === null || pageUrl === null) return;
    setState({ kind: 'loading' });
    askCaptures(tabId, refresh).then(setState, (err: unknown) => setState({ kind: 'failed', detail: errorText(err) }));
  };
  useEffect(() => fetchCaptures(false), [tabId, pageUrl]);
  return { state, ask: fetchCaptures };
}
