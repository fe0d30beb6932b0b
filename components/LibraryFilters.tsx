import type { Translate } from '../utils/i18n/translate';
import type { LibraryQuery } from '../utils/library/saved-events';

type Props = {
  t: Translate;
  query: LibraryQuery;
  onQuery: (q: LibraryQuery) => void;
  facets: { years: readonly number[]; sites: readonly string[] };
};

/** Search (accents aside), filters by year, site and how one attends, and the order. */
export function LibraryFilters({ t, query, onQuery, facets }: Props) {
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
      <FilterSelect
        label={t('libraryYear')}
        testId="library-year"
        value={query.year === null ? '' : String(query.year)}
        options={[all, ...facets.years.map((y) => [String(y), String(y)] as const)]}
        onChange={(v) => onQuery({ ...query, year: v ? Number(v) : null })}
      />
      <FilterSelect
        label={t('librarySite')}
        testId="library-site"
        value={query.site ?? ''}
        options={[all, ...facets.sites.map((s) => [s, s] as const)]}
        onChange={(v) => onQuery({ ...query, site: v || null })}
      />
      <FilterSelect
        label={t('libraryMode')}
        testId="library-mode"
        value={query.mode}
        options={[
          ['any', t('libraryAll')],
          ['online', t('libraryOnline')],
          ['in-person', t('libraryInPerson')],
        ]}
        onChange={(v) => onQuery({ ...query, mode: v as LibraryQuery['mode'] })}
      />
      <FilterSelect
        label={t('librarySort')}
        testId="library-sort"
        value={query.sort}
        options={[
          ['date-desc', t('librarySortDateDesc')],
          ['date-asc', t('librarySortDateAsc')],
          ['saved-desc', t('librarySortSaved')],
        ]}
        onChange={(v) => onQuery({ ...query, sort: v as LibraryQuery['sort'] })}
      />
    </form>
  );
}

/** One filter: its label above, its choices. */
function FilterSelect(props: {
  label: string;
  testId: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  return (
    <label class="field">
      <span class="field-label">{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} data-testid={props.testId}>
        {props.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
