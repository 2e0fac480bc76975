import { useWords } from '../i18n/language-context';
import { hasNext, hasPrevious, nextPlace, previousPlace, type PageInfo } from './paging';
import type { Pages } from './use-pages';

/** The "previous page" and "next page" buttons of a cursor-paged list, each only where there is such a page. */
export function Pager({ pages, pageInfo }: { pages: Pages; pageInfo: PageInfo }) {
  const { t } = useWords();
  const { place, goTo } = pages;
  return (
    <>
      {hasPrevious(place) && (
        <button type="button" onClick={() => goTo(previousPlace(place))}>
          {t('previousPage')}
        </button>
      )}
      {hasNext(pageInfo) && (
        <button type="button" onClick={() => goTo(nextPlace(place, pageInfo))}>
          {t('nextPage')}
        </button>
      )}
    </>
  );
}
