import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPageSource } from '../utils/page/page-source';

// Injected by the background (scripting.executeScript) into the one frame whose content script found an archived
// or live UNESCO page; its value, the frame's markup and addresses, is the result of the injection. The page is
// read in the background, whose script context stays warm from page to page (docs/extraction.md, "Where the page is
// read"); the two marks tell tests which frames were read.
export default defineUnlistedScript(() => {
  performance.mark('event-lens:source:start');
  const source = readPageSource(document, performance, location.href);
  performance.mark('event-lens:source:end');
  return source;
});
