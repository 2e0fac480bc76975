import { locationNames } from './location-names';

describe('locationNames: the shelter locations the caller may name', () => {
  it('maps each location the answer names by its id, and leaves out a location whose name the caller may not read', () => {
    const names = locationNames({
      shelterLocations: [
        { id: 'zwolle', name: 'Zwolle' },
        { id: 'secret', name: null },
        { id: 'deventer', name: 'Deventer' },
      ],
    });
    expect([...names]).toEqual([
      ['zwolle', 'Zwolle'],
      ['deventer', 'Deventer'],
    ]);
  });
});
