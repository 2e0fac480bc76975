/**
 * Other subgraphs their tests run beside (`@hub/testing/peers`): placements,
 * referrals and handoffs resolve clients through the clients subgraph, but
 * never depend on its package themselves. A project of its own, because the
 * clients subgraph's tests use `@hub/testing` too.
 */
export { clientsSubgraph } from '@hub/clients';
