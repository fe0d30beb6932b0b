import { badgeFor } from '../../utils/badge';
import type { Handlers, SenderInfo } from '../../utils/messages';
import { loadTabRecord, saveTabRecord } from '../../utils/storage';
import { toolbarButton } from './toolbar';

/** Each request type mapped to its utils/ function; thin by design. */
export const handlers: Handlers<SenderInfo> = {
  async 'page:analysed'(req, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('page:analysed needs a tab');
    await saveTabRecord(tabId, req.record);
    const badge = badgeFor(req.record);
    const button = toolbarButton();
    await button.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) {
      await button.setBadgeBackgroundColor({ tabId, color: badge.color });
      await button.setTitle({ tabId, title: badge.title });
    }
    return { stored: true };
  },
  async 'tab:getRecord'(req) {
    return { record: await loadTabRecord(req.tabId) };
  },
};
