import type { ReactNode } from 'react';
import { ErrorNotice } from './error-notice';
import { useWords } from './i18n/language-context';
import type { QueryState } from './use-hub-query';

/** Nothing to show: no value at all, or a list without a row. */
const isEmpty = (shown: unknown) => shown === null || shown === undefined || (Array.isArray(shown) && shown.length === 0);

interface QueryStatesProps<Data, Shown> {
  result: QueryState<Data>;
  /** What of the answer is shown (the whole answer if not given); none, or an empty list, shows `empty`. */
  shown?: (data: Data) => Shown | null | undefined;
  /** What is shown when the answer holds nothing to show: "nothing here" if not given. */
  empty?: ReactNode;
  children: (shown: Shown) => ReactNode;
}

/** A query's answer on screen: "loading", its error in words, `empty` when it holds nothing, else what `children` make of it. */
export function QueryStates<Data, Shown = Data>({ result, shown, empty, children }: QueryStatesProps<Data, Shown>) {
  const { t } = useWords();
  if (result.state === 'loading') return <p>{t('loading')}</p>;
  if (result.state === 'error') return <ErrorNotice code={result.code} />;
  const value = shown ? shown(result.data) : (result.data as unknown as Shown);
  if (isEmpty(value)) return empty ?? <p>{t('nothingHere')}</p>;
  return children(value as Shown);
}
