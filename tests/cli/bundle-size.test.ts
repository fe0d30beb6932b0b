import { describe, expect, it } from 'vitest';
import { startCostsIn } from '../../cli/bundle-size';

// The built content scripts themselves are checked by `tsx cli/bundle-size.ts --check`, a step of `npm test`.
describe('startCostsIn: what a content script must not do as it starts', () => {
  it.each([
    ['var t=/^([a-z][a-z0-9+.-]*):/i;function n(e){return t.test(e)}', 'a regular expression'],
    ['if(/^https?%3A/i.test(n))try{}catch{}', 'a regular expression'],
    ['return e.replace(/^(https?:)\\/(?!\\/)/i,`$1//`)', 'a regular expression'],
    ['let r=new RegExp(e)', 'a regular expression'],
    ['i=new Set(r.flatMap(e=>[e]))', 'a Set or Map'],
    ['let m=new WeakMap()', 'a Set or Map'],
    ['performance.mark(`event-lens:content:loaded`)', 'timing instrumentation'],
  ])('finds it in %s', (code, what) => {
    expect(startCostsIn(code)).toEqual([what]);
  });

  it.each([
    'var a=b/c/d;',
    'let n=` /event /events /home  `;return n.includes(` ${e} `)',
    'matches:[`https://*.unesco.org/*`]',
    'return e.split(`/`).length>2',
    '// a comment /x/',
  ])('finds nothing in %s', (code) => {
    expect(startCostsIn(code)).toEqual([]);
  });
});
