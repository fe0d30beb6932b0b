import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryFilters } from '../../components/LibraryFilters';
import { DEFAULT_QUERY, type LibraryQuery } from '../../utils/library/saved-events';
import { english } from '../helpers/i18n';
import { mountIn } from './render';

afterEach(() => {
  document.body.textContent = '';
});

function filters(query: LibraryQuery = DEFAULT_QUERY) {
  const onQuery = vi.fn<(q: LibraryQuery) => void>();
  const root = mountIn(
    <LibraryFilters
      t={english}
      query={query}
      onQuery={onQuery}
      facets={{ years: [2021, 2020], sites: ['uil.unesco.org', 'en.unesco.org'] }}
    />,
  );
  const select = (id: string) => root.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`) as HTMLSelectElement;
  const choose = (id: string, value: string) => {
    const el = select(id);
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  return { root, onQuery, select, choose };
}

describe('LibraryFilters', () => {
  it('offers "All" and then each year and site the saved events have', () => {
    const { select } = filters();
    const texts = (id: string) => [...select(id).options].map((o) => [o.value, o.textContent]);
    expect(texts('library-year')).toEqual([
      ['', 'All'],
      ['2021', '2021'],
      ['2020', '2020'],
    ]);
    expect(texts('library-site')).toEqual([
      ['', 'All'],
      ['uil.unesco.org', 'uil.unesco.org'],
      ['en.unesco.org', 'en.unesco.org'],
    ]);
    expect(texts('library-mode').map(([, text]) => text)).toEqual(['All', 'Online', 'In person']);
  });

  it('turns each choice into the query, a year as a number and "All" as no filter', () => {
    const { choose, onQuery } = filters({ ...DEFAULT_QUERY, year: 2020, site: 'en.unesco.org' });
    choose('library-year', '2021');
    expect(onQuery).toHaveBeenLastCalledWith({ ...DEFAULT_QUERY, year: 2021, site: 'en.unesco.org' });
    choose('library-year', '');
    expect(onQuery).toHaveBeenLastCalledWith({ ...DEFAULT_QUERY, year: null, site: 'en.unesco.org' });
    choose('library-site', '');
    expect(onQuery).toHaveBeenLastCalledWith({ ...DEFAULT_QUERY, year: 2020, site: null });
    choose('library-mode', 'online');
    expect(onQuery).toHaveBeenLastCalledWith({ ...DEFAULT_QUERY, year: 2020, site: 'en.unesco.org', mode: 'online' });
    choose('library-sort', 'saved-desc');
    expect(onQuery).toHaveBeenLastCalledWith({
      ...DEFAULT_QUERY,
      year: 2020,
      site: 'en.unesco.org',
      sort: 'saved-desc',
    });
  });

  it('shows the query it was given and passes typed text on, without submitting the form', () => {
    const { root, select, onQuery } = filters({ ...DEFAULT_QUERY, text: 'learning', year: 2021, mode: 'in-person' });
    const search = root.querySelector<HTMLInputElement>('[data-testid="library-search"]') as HTMLInputElement;
    expect(search.value).toBe('learning');
    expect(select('library-year').value).toBe('2021');
    expect(select('library-mode').value).toBe('in-person');
    search.value = 'learning cities';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onQuery).toHaveBeenLastCalledWith({
      ...DEFAULT_QUERY,
      text: 'learning cities',
      year: 2021,
      mode: 'in-person',
    });
    const submit = new Event('submit', { cancelable: true });
    root.querySelector('form')?.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });
});
