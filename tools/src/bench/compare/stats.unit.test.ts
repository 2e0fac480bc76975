import { busyShare, constant, formatSpread, median, pairedRatios, ratiosLine, spreadOf } from './stats';

describe('the gateway benchmark arithmetic', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('gives the share of the cores a run kept busy from its rate and the CPU per request of every process', () => {
    // 160 requests/s at 9.4 ms of CPU each over 2 cores: 1,504 of 2,000 ms per second.
    expect(busyShare(160, [1.8, 6.1, 1.3, 0.2], 2)).toBeCloseTo(0.752, 3);
    // A process that did not run (NaN) adds nothing.
    expect(busyShare(100, [5, Number.NaN], 1)).toBe(0.5);
  });

  it('gives the spread as the median with the smallest and largest round', () => {
    expect(spreadOf([488, 512, 470, 530])).toEqual({ median: 500, min: 470, max: 530 });
    expect(formatSpread({ median: 1.19, min: 1.024, max: 1.306 })).toBe('1.19 (1.02–1.31)');
  });

  it('pairs rounds: each ratio is of two runs made back to back', () => {
    expect(pairedRatios([100, 200, 300], [50, 400, 300])).toEqual([2, 0.5, 1]);
    // 488/1027 = 0.475, then 0.5 three times: the median is 0.5.
    expect(median(pairedRatios([488, 500, 520, 470], [1027, 1000, 1040, 940]))).toBe(0.5);
    expect(() => pairedRatios([1, 2], [1])).toThrow('cannot pair 2 rounds with 1');
  });

  it('leaves out a round in which either side answered nothing', () => {
    expect(pairedRatios([2, 4, 0, 6], [0, 2, 3, 3])).toEqual([2, 2]);
    expect(median(pairedRatios([0], [0]))).toBeNaN();
  });

  it('ends with lines in exactly the form the issue asks for', () => {
    expect(ratiosLine('ratios-handoffs', { direct: 0.6249, plain: 0.81, hive: 1.176 })).toBe('ratios-handoffs: direct=0.62 plain=0.81 hive=1.18');
    expect(ratiosLine('ratios', { direct: 0.48, plain: 0.8449, hive: 1.19 })).toBe('ratios: direct=0.48 plain=0.84 hive=1.19');
  });

  it('calls statement counts constant only when they agree within the tolerance', () => {
    expect(constant([5, 5, 5])).toBe(true);
    expect(constant([5, 5.3, 5])).toBe(true);
    expect(constant([5, 6, 7])).toBe(false);
  });
});
