import { AVAILABILITY_CONTACT, AVAILABILITY_NOTE, describeText, InputRule, Region, TextLength, WholeNumberIn } from '@hub/common';
import { Field, InputType, Int } from 'type-graphql';
import { CareService } from './care-service';
import { MAX_WAITING_WEEKS } from './service-availability.entity';

const WEEKS = `a whole number of weeks, 0 to ${MAX_WAITING_WEEKS}`;

// A waiting time is a range: both ends or neither, the minimum first.
@InputRule<SetServiceAvailabilityInput>(({ waitingTimeWeeksMin: min, waitingTimeWeeksMax: max }) => {
  if ((min == null) !== (max == null)) {
    return { field: 'waitingTimeWeeksMax', message: 'give both waitingTimeWeeksMin and waitingTimeWeeksMax, or neither' };
  }
  return min != null && max != null && min > max ? { field: 'waitingTimeWeeksMin', message: 'waitingTimeWeeksMin must not exceed waitingTimeWeeksMax' } : null;
})
@InputType({ description: 'The whole availability of one service in one region; fields left out are cleared.' })
export class SetServiceAvailabilityInput {
  @Field(() => Region)
  region!: Region;

  @Field(() => CareService)
  service!: CareService;

  @Field(() => Boolean, { description: 'False declares an intake stop: referrals for this service and region are refused.' })
  acceptingNewClients!: boolean;

  @Field(() => Int, { nullable: true, description: `${WEEKS}; give with waitingTimeWeeksMax.` })
  @WholeNumberIn(0, MAX_WAITING_WEEKS)
  waitingTimeWeeksMin?: number;

  @Field(() => Int, { nullable: true, description: `${WEEKS}, at least the minimum.` })
  @WholeNumberIn(0, MAX_WAITING_WEEKS)
  waitingTimeWeeksMax?: number;

  @Field(() => String, { nullable: true, description: `${describeText(AVAILABILITY_NOTE)}.` })
  @TextLength(AVAILABILITY_NOTE)
  note?: string;

  @Field(() => String, { nullable: true, description: `Who referrers should call; ${describeText(AVAILABILITY_CONTACT).toLowerCase()}.` })
  @TextLength(AVAILABILITY_CONTACT)
  contact?: string;
}
