import { dayOf, DEFAULT_PLACEMENT_SETTINGS, DEMO_CLIENTS, demoDate, demoId, Region } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AftercareProgramme } from './aftercare-programme.entity';
import { AlarmDeployment } from './alarm-deployment.entity';
import { PlacementType } from './placement-type';
import { PlacementUnit } from './placement-unit.entity';
import { ShelterLocation } from './shelter-location.entity';
import { Stay } from './stay.entity';

// Fictional addresses: the demo must never point at a real shelter.
const LOCATIONS = [
  { name: 'Kadera Zwolle', city: 'Zwolle', region: Region.IJSSELLAND, address: 'Populierenlaan 41, 8012 XK Zwolle' },
  { name: 'Kadera Enschede', city: 'Enschede', region: Region.TWENTE, address: 'Zonnebloemstraat 18, 7512 BT Enschede' },
  { name: 'Safe house', city: 'Raalte', region: Region.IJSSELLAND, address: 'Weidebeek 3, 8102 RV Raalte', isSecret: true },
];
const [ZWOLLE, ENSCHEDE, SAFE_HOUSE] = [0, 1, 2];

/** Kadera's 61 places: [location, type, capacity]. */
const UNITS: [number, PlacementType, number][] = [
  [ZWOLLE, PlacementType.CRISIS_RELIEF, 5],
  [ENSCHEDE, PlacementType.CRISIS_RELIEF, 5],
  [ZWOLLE, PlacementType.INTENSIVE_CARE, 9],
  [ENSCHEDE, PlacementType.INTENSIVE_CARE, 8],
  [SAFE_HOUSE, PlacementType.SAFE_HOUSE, 2],
  [ZWOLLE, PlacementType.SHELTERED_ACCOMMODATION, 7],
  [ENSCHEDE, PlacementType.SHELTERED_ACCOMMODATION, 7],
  [ZWOLLE, PlacementType.SHELTERED_ACCOMMODATION_YOUNG_MOTHERS, 6],
  [ENSCHEDE, PlacementType.SUPPORTED_LIVING_MEN, 6],
  [ZWOLLE, PlacementType.HUMAN_TRAFFICKING_VICTIMS, 6],
];
const unit = (location: number, type: PlacementType) => UNITS.findIndex(([l, t]) => l === location && t === type);

/**
 * [client index, unit index, admitted days ago, discharged days ago or null].
 * Clients are matched to their form of abuse where it fits: HUMAN_TRAFFICKING
 * clients in the trafficking shelter, the two men in supported living for men.
 */
const STAYS: [number, number, number, number | null][] = [
  // current stays
  [0, unit(ZWOLLE, PlacementType.CRISIS_RELIEF), 3, null],
  [6, unit(ZWOLLE, PlacementType.CRISIS_RELIEF), 12, null],
  [1, unit(ENSCHEDE, PlacementType.CRISIS_RELIEF), 6, null],
  [3, unit(ZWOLLE, PlacementType.INTENSIVE_CARE), 40, null],
  [7, unit(ZWOLLE, PlacementType.INTENSIVE_CARE), 75, null],
  [12, unit(ZWOLLE, PlacementType.INTENSIVE_CARE), 20, null],
  [5, unit(ENSCHEDE, PlacementType.INTENSIVE_CARE), 55, null],
  [13, unit(ENSCHEDE, PlacementType.INTENSIVE_CARE), 90, null],
  // Far longer than a safe-house stay should last: there for a later overdue check to flag.
  [2, unit(SAFE_HOUSE, PlacementType.SAFE_HOUSE), 400, null],
  [14, unit(ZWOLLE, PlacementType.SHELTERED_ACCOMMODATION), 150, null],
  [16, unit(ZWOLLE, PlacementType.SHELTERED_ACCOMMODATION), 210, null],
  [17, unit(ENSCHEDE, PlacementType.SHELTERED_ACCOMMODATION), 120, null],
  [19, unit(ENSCHEDE, PlacementType.SHELTERED_ACCOMMODATION), 260, null],
  [8, unit(ZWOLLE, PlacementType.SHELTERED_ACCOMMODATION_YOUNG_MOTHERS), 95, null],
  [15, unit(ZWOLLE, PlacementType.SHELTERED_ACCOMMODATION_YOUNG_MOTHERS), 30, null],
  [9, unit(ENSCHEDE, PlacementType.SUPPORTED_LIVING_MEN), 60, null],
  [10, unit(ENSCHEDE, PlacementType.SUPPORTED_LIVING_MEN), 140, null],
  [4, unit(ZWOLLE, PlacementType.HUMAN_TRAFFICKING_VICTIMS), 110, null],
  [11, unit(ZWOLLE, PlacementType.HUMAN_TRAFFICKING_VICTIMS), 45, null],
  [18, unit(ZWOLLE, PlacementType.HUMAN_TRAFFICKING_VICTIMS), 8, null],
  // discharged stays
  [20, unit(ZWOLLE, PlacementType.CRISIS_RELIEF), 30, 27],
  [21, unit(ENSCHEDE, PlacementType.CRISIS_RELIEF), 20, 18],
  [22, unit(ZWOLLE, PlacementType.CRISIS_RELIEF), 70, 56],
  [24, unit(ZWOLLE, PlacementType.INTENSIVE_CARE), 200, 110],
  [26, unit(ENSCHEDE, PlacementType.INTENSIVE_CARE), 150, 95],
  [23, unit(SAFE_HOUSE, PlacementType.SAFE_HOUSE), 120, 85],
  [27, unit(ZWOLLE, PlacementType.SHELTERED_ACCOMMODATION), 300, 180],
  [28, unit(ENSCHEDE, PlacementType.SHELTERED_ACCOMMODATION), 240, 140],
  [29, unit(ZWOLLE, PlacementType.SHELTERED_ACCOMMODATION_YOUNG_MOTHERS), 180, 75],
  [25, unit(ZWOLLE, PlacementType.HUMAN_TRAFFICKING_VICTIMS), 160, 88],
];

/**
 * [client index, started days ago, ended days ago or null, home visits planned]: aftercare after
 * the discharged stays above (about 25 programmes a year in reality).
 */
const AFTERCARE: [number, number, number | null, number][] = [
  [22, 55, 10, 8],
  [24, 108, 20, 12],
  [26, 93, null, 10],
  [23, 84, null, 6],
  [20, 26, null, 4],
  [28, 138, 40, 10],
];

/**
 * [client index, device serial, deployed days ago, returned days ago or null]: Aware alarms
 * (at least 40 a year in reality); AW-1002 went back and out again to another client.
 */
const ALARMS: [number, string, number, number | null][] = [
  [0, 'AW-1001', 3, null],
  [2, 'AW-1002', 390, 200],
  [5, 'AW-1002', 50, null],
  [20, 'AW-1003', 27, null],
  [21, 'AW-1004', 18, null],
  [30, 'AW-1005', 120, 30],
  [31, 'AW-1006', 14, null],
  [32, 'AW-1007', 75, 5],
];

const localDate = (daysAgo: number) => dayOf(demoDate(daysAgo));

/** A demo programme or alarm was reviewed on time every `interval` days since it began: its last and next review. */
function reviews(beganDaysAgo: number, interval: number) {
  const done = Math.floor(beganDaysAgo / interval);
  return {
    lastReviewedOn: done > 0 ? localDate(beganDaysAgo - done * interval) : null,
    nextReviewOn: localDate(beganDaysAgo - (done + 1) * interval),
  };
}

export async function seedPlacements(em: EntityManager): Promise<boolean> {
  if ((await em.count(ShelterLocation)) > 0) return false;
  const locations = LOCATIONS.map((location, i) => em.create(ShelterLocation, { id: demoId('shelter-location', i), isSecret: false, ...location }));
  const units = UNITS.map(([location, type, capacity], i) =>
    em.create(PlacementUnit, { id: demoId('placement-unit', i), location: locations[location], type, capacity }),
  );
  STAYS.forEach(([client, unitIndex, admitted, discharged], i) => {
    em.create(Stay, {
      id: demoId('stay', i),
      clientId: DEMO_CLIENTS[client].id,
      municipalityCode: DEMO_CLIENTS[client].municipalityCode,
      unit: units[unitIndex],
      admittedOn: localDate(admitted),
      dischargedOn: discharged === null ? null : localDate(discharged),
      createdAt: demoDate(admitted),
    });
  });
  AFTERCARE.forEach(([client, started, ended, visits], i) => {
    em.create(AftercareProgramme, {
      id: demoId('aftercare-programme', i),
      clientId: DEMO_CLIENTS[client].id,
      municipalityCode: DEMO_CLIENTS[client].municipalityCode,
      coordinatorUserId: 'staff-1',
      startedOn: localDate(started),
      endedOn: ended === null ? null : localDate(ended),
      homeVisitsPlanned: visits,
      ...reviews(started, DEFAULT_PLACEMENT_SETTINGS.aftercareReviewIntervalDays),
      createdAt: demoDate(started),
    });
  });
  ALARMS.forEach(([client, deviceSerial, deployed, returned], i) => {
    em.create(AlarmDeployment, {
      id: demoId('alarm-deployment', i),
      clientId: DEMO_CLIENTS[client].id,
      municipalityCode: DEMO_CLIENTS[client].municipalityCode,
      deviceSerial,
      deployedOn: localDate(deployed),
      returnedOn: returned === null ? null : localDate(returned),
      ...reviews(deployed, DEFAULT_PLACEMENT_SETTINGS.alarmReviewIntervalDays),
      createdAt: demoDate(deployed),
    });
  });
  await em.flush();
  return true;
}
