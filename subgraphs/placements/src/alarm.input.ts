import { LocalDate, MunicipalityCode, PastOrToday, Rule, Uuid } from '@hub/common';
import { Field, InputType } from 'type-graphql';
import { CLIENT_MUNICIPALITY_DESCRIPTION } from './client-municipality';

const SERIAL = /^[A-Z0-9-]{4,40}$/;

/** An Aware device's serial as stored: trimmed and upper case. */
export const deviceSerialOf = (value: string): string => value.trim().toUpperCase();

@InputType()
export class DeployAlarmInput {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => String, { nullable: true, description: CLIENT_MUNICIPALITY_DESCRIPTION })
  @MunicipalityCode()
  municipalityCode?: string | null;

  @Field(() => String, { description: 'Serial number of the Aware device: 4-40 of A-Z 0-9 -, stored upper case.' })
  @Rule('deviceSerial', (value) => typeof value === 'string' && SERIAL.test(deviceSerialOf(value)), 'must be 4-40 letters, digits or -')
  deviceSerial!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not in the future.' })
  @PastOrToday()
  deployedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first deployment.' })
  idempotencyKey?: string | null;
}

@InputType()
export class ReturnAlarmInput {
  @Field(() => Uuid)
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not before deployedOn, not in the future.' })
  @PastOrToday()
  returnedOn?: string | null;
}
