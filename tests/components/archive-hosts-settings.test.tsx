import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArchiveHostsSettings } from '../../components/ArchiveHostsSettings';
import { english } from '../helpers/i18n';

afterEach(() => {
  document.body.textContent = '';
});

describe('ArchiveHostsSettings', () => {
  it('lists the hosts, adds what is typed and removes on request', () => {
    const onAdd = vi.fn();
    const onRemove = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <ArchiveHostsSettings
        t={english}
        origins={['http://localhost:8080']}
        message="Added."
        onAdd={onAdd}
        onRemove={onRemove}
      />,
      root,
    );
    expect(root.querySelector('[data-testid="archive-hosts"]')?.textContent).toContain('http://localhost:8080');
    expect(root.textContent).toContain('Added.');
    root.querySelector<HTMLButtonElement>('li button')?.click();
    expect(onRemove).toHaveBeenCalledWith('http://localhost:8080');
  });

  it('says when there are none', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <ArchiveHostsSettings
        t={english}
        origins={[]}
        message={null}
        onAdd={() => undefined}
        onRemove={() => undefined}
      />,
      root,
    );
    expect(root.textContent).toContain('No archives added.');
  });
});
