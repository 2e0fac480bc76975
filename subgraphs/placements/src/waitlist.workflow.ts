import { registerEnumType } from 'type-graphql';

export enum WaitlistStatus {
  WAITING = 'WAITING',
  ADMITTED = 'ADMITTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(WaitlistStatus, {
  name: 'WaitlistStatus',
  description: 'WAITING until the client is admitted to the unit (ADMITTED) or taken off the list (WITHDRAWN).',
});
