import { describe, expect, it } from 'vitest';
import { MAX_CHARS, MAX_NODES, readTextLines } from '../../utils/extract/page-text';
import { parseHtml } from '../helpers/fixtures';
import { parsePage } from '../../utils/page/page-parser';

describe('readTextLines', () => {
  it('reads block elements as lines, skipping scripts, styles and archive chrome', () => {
    const doc = parseHtml(
      '<body><div id="wm-ipp-base">captured 2020</div><h1>Title</h1><p>Date: <b>17 November</b> 2020</p><script>x()</script><style>p{}</style></body>',
    );
    expect(readTextLines(doc.body)).toEqual(['Title', 'Date: 17 November 2020']);
  });

  it('reads at most a million characters, even from one text node', () => {
    const doc = parseHtml(`<body><p>${'x'.repeat(MAX_CHARS + 5000)}</p><p>after</p></body>`);
    const lines = readTextLines(doc.body);
    expect(lines.join('').length).toBe(MAX_CHARS);
    expect(lines).not.toContain('after');
  });

  it(`visits at most ${MAX_NODES.toLocaleString('en')} nodes`, () => {
    // Built with batch mode's DOM: happy-dom takes many seconds over 400,000 nodes.
    const doc = parsePage(`<body>${'<i>a</i>'.repeat(MAX_NODES)}<p>the end</p></body>`);
    expect(readTextLines(doc.body)).not.toContain('the end');
    // Building 200,000 nodes takes a few seconds on a busy 2-core machine: more than vitest's default 5 s.
  }, 30_000);
});
