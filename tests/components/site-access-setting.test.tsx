import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteAccessSetting } from '../../components/SiteAccessSetting';
import { ANY_SITE, siteAccessToGiveBack } from '../../utils/links/site-access';
import { english } from '../helpers/i18n';

afterEach(() => {
  document.body.textContent = '';
});

function mount(props: Omit<Parameters<typeof SiteAccessSetting>[0], 't'>) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<SiteAccessSetting t={english} {...props} />, root);
  return root;
}

describe('SiteAccessSetting (settings page: access to every website, for link checks)', () => {
  it('says the access is held and gives it back in one click', () => {
    const onGiveBack = vi.fn();
    const root = mount({ granted: true, message: null, onGiveBack });
    expect(root.querySelector('[data-testid="site-access-state"]')?.textContent).toContain(
      'Event Lens may reach any website',
    );
    root.querySelector<HTMLButtonElement>('[data-testid="site-access-give-back"]')?.click();
    expect(onGiveBack).toHaveBeenCalledOnce();
  });

  it('offers nothing to give back when nothing was granted, and says what will ask for it', () => {
    const root = mount({ granted: false, message: 'Access to all websites was given back.', onGiveBack: vi.fn() });
    expect(root.querySelector('[data-testid="site-access-give-back"]')).toBeNull();
    expect(root.textContent).toContain('“Check links” asks for that access');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Access to all websites was given back.');
  });

  it('says nothing while the browser is asked', () => {
    expect(mount({ granted: null, message: null, onGiveBack: vi.fn() }).textContent).toBe('');
  });
});

describe('siteAccessToGiveBack', () => {
  it('gives back every site, and webRequest unless the reader’s own archives still read Memento headers', () => {
    expect(siteAccessToGiveBack([])).toEqual({ origins: ANY_SITE.origins, permissions: ['webRequest'] });
    expect(siteAccessToGiveBack(['http://localhost:8080'])).toEqual({ origins: ANY_SITE.origins, permissions: [] });
  });
});
