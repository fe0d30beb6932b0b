import fc from 'fast-check';

/** Pieces real event pages are made of, to build random pages that look almost right. */
export const FRAGMENTS = [
  '<h1>Meeting</h1>',
  '<p>Date: 17 November 2020</p>',
  '<li><strong>Where:</strong> Hamburg (Germany)</li>',
  '<p>13:00–14.30h (CET)</p>',
  '<p>from 3 to 5 p.m.</p>',
  '<p>When :</p><p>from Friday 24 January, 2020</p><p>13:45</p>',
  '<div id="wm-disclaim">This page was captured on 07:20:20 Dec 06, 2020</div>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="/web/2020/https://zoom.us/meeting/register/x">Register</a>',
  '<script>__wm.wombat("x","99999999999999")</script>',
  '<time datetime="nonsense">now</time>',
  '<p>31 February 2021, 25:99 UTC+99</p>',
  '<main>',
  '</main>',
  '<p>',
  '<<<>>>',
];

export const URLS = [
  'https://webarchive.unesco.org/web/20201205001600/https://uil.unesco.org/event/x',
  'https://web.archive.org/web/2020id_/http:/en.unesco.org/events/x?y=1#z',
  'https://en.unesco.org/events/x',
  'https://archive.ph/AbCd1',
];

/** A random page built from those pieces and random text, with one of those addresses. */
export const hostilePage = fc.record({
  html: fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 80 })), { maxLength: 30 })
    .map((parts) => parts.join('')),
  url: fc.constantFrom(...URLS).map((u) => new URL(u)),
});
