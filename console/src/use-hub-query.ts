import { useCallback, useEffect, useState } from 'react';
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { errorCode } from './api/error-code';
import type { HubClient } from './api/hub-client';

export type QueryState<Data> = { state: 'loading' } | { state: 'error'; code: string } | { state: 'done'; data: Data };

/** Runs one query when the variables change; `reload` asks again. Errors are kept as codes only. */
export function useHubQuery<Data, Variables extends AnyVariables>(client: HubClient, document: TypedDocumentNode<Data, Variables>, variables: Variables) {
  const [result, setResult] = useState<QueryState<Data>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    client.query(document, JSON.parse(key) as Variables).then(
      (data) => current && setResult({ state: 'done', data }),
      (error: unknown) => current && setResult({ state: 'error', code: errorCode(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, document, key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { result, reload };
}
