import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { QueryStates } from './query-states';
import type { QueryState } from './use-hub-query';

interface Answer {
  rows: string[];
  person: { name: string } | null;
}
const NONE: Answer = { rows: [], person: null };
const SOME: Answer = { rows: ['a', 'b'], person: { name: 'Anna' } };
const done = (data: Answer): QueryState<Answer> => ({ state: 'done', data });

/** What QueryStates puts on the page (Dutch: the console's default language). */
function render<Shown>(
  result: QueryState<Answer>,
  props: { shown?: (data: Answer) => Shown | null; empty?: ReactNode; children?: (shown: Shown) => ReactNode } = {},
) {
  return renderToStaticMarkup(createElement(QueryStates<Answer, Shown>, { result, children: () => 'shown', ...props }));
}

describe('QueryStates: a query answer as loading, error, nothing to show or what is shown', () => {
  it('says it is loading, and words an error by its code as an alert', () => {
    expect(render({ state: 'loading' })).toBe('<p>Bezig met laden…</p>');
    expect(render({ state: 'error', code: 'FORBIDDEN' })).toBe('<p role="alert" class="error" data-code="FORBIDDEN">Uw rol mag dit niet zien of doen.</p>');
  });

  it('says there is nothing to show for an empty list or a missing value, in its own words where given', () => {
    expect(render(done(NONE), { shown: (data) => data.rows })).toBe('<p>Niets te tonen.</p>');
    expect(render(done(NONE), { shown: (data) => data.person })).toBe('<p>Niets te tonen.</p>');
    expect(render(done(NONE), { shown: (data) => data.person, empty: createElement('p', { role: 'alert' }, 'Niet gevonden.') })).toBe(
      '<p role="alert">Niet gevonden.</p>',
    );
  });

  it('hands its children what is shown: the selection, or the whole answer (never "nothing" then)', () => {
    expect(render(done(SOME), { shown: (data) => data.rows, children: (rows) => rows.join(',') })).toBe('a,b');
    expect(render(done(SOME), { shown: (data) => data.person, children: (person) => person.name })).toBe('Anna');
    expect(render<Answer>(done(NONE), { children: (data) => `${data.rows.length} rows` })).toBe('0 rows');
  });
});
