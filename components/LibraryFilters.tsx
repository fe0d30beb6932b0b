import type { Translate } from '../utils/i18n';
import type { LibraryQuery } from '../utils/library/saved-events';

type Props = {
  t: Translate;
  query: LibraryQuery;
  onQuery: (q: LibraryQuery) => void;
  facets: { years: readonly number[]; sites: readonly string[] };
};

/** Search (accents aside), filters by year, site and how one attends, and the order. */
export function LibraryFilters({ t, query, onQuery, facets }: Props) {
  const select = (
    label: string,
    testId: string,
    value: string,
    options: readonly (readonly [string, string])[],
    onChange: (v: string) => void,
  ) => (
    <label class="field">
      <span class="field-label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)} data-testid={testId}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const all = ['', t('libraryAll')] as const;
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="field grow">
        <span class="field-label">{t('librarySearch')}</span>
        <input
          type="search"
          value={query.text}
          onInput={(e) => onQuery({ ...query, text: e.currentTarget.value })}
          data-testid="library-search"
        />
      </label>
      {select(
        t('libraryYear'),
        'library-year',
        query.year === null ? '' : String(query.year),
        [all, ...facets.years.map((y) => [String(y), String(y)] as const)],
        (v) => onQuery({ ...query, year: v ? Number(v) : null }),
      )}
      {select(
        t('librarySite'),
        'library-site',
        query.site ?? '',
        [all, ...facets.sites.map((s) => [s, s] as const)],
        (v) => onQuery({ ...query, site: v || null }),
      )}
      {select(
        t('libraryMode'),
        'library-mode',
        query.mode,
        [
          ['any', t('libraryAll')],
          ['online', t('libraryOnline')],
          ['in-person', t('libraryInPerson')],
        ],
        (v) => onQuery({ ...query, mode: v as LibraryQuery['mode'] }),
      )}
      {select(
        t('librarySort'),
        'library-sort',
        query.sort,
        [
          ['date-desc', t('librarySortDateDesc')],
          ['date-asc', t('librarySortDateAsc')],
          ['saved-desc', t('librarySortSaved')],
        ],
        (v) => onQuery({ ...query, sort: v as LibraryQuery['sort'] }),
      )}
    </form>
  );
}
