import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { describePeriod, readRetentionPeriods, RETENTION_KINDS, RETENTION_RULES, retentionCutoff } from './retention-rules';

describe('retention settings', () => {
  it('takes years or days per kind', () => {
    const { periods, faults } = readRetentionPeriods({
      RETENTION_CLIENT_FILE: '20y',
      RETENTION_REFERRALS: '30d',
      RETENTION_HANDOFFS: '7',
      RETENTION_ACCESS_LOG: '6y',
    });
    expect(faults).toEqual([]);
    expect(periods).toMatchObject({
      clientFile: { years: 20, days: 0 },
      referrals: { years: 0, days: 30 },
      handoffs: { years: 7, days: 0 },
      accessLog: { years: 6, days: 0 },
      placements: { years: 15, days: 0 },
    });
  });

  it('refuses to start with an access log kept less than the five years of NEN 7513, naming the variable', () => {
    expect(() => loadConfig({ RETENTION_ACCESS_LOG: '4y' })).toThrow(ConfigError);
    expect(() => loadConfig({ RETENTION_ACCESS_LOG: '1820d' })).toThrow(/RETENTION_ACCESS_LOG must be at least 5 years \(NEN 7513/);
    expect(() => loadConfig({ RETENTION_ACCESS_LOG: '1827d' })).not.toThrow();
  });

  it('refuses placements kept less than the 7 years of the fiscal obligation', () => {
    expect(() => loadConfig({ RETENTION_PLACEMENTS: '6y' })).toThrow(/RETENTION_PLACEMENTS must be at least 7 years \(records behind an invoice/);
  });

  it('refuses what is not a period, and a period of nothing', () => {
    for (const bad of ['15 years', '-1y', '1.5y', 'y', '0d', '0', '101y', '999999d']) {
      expect(() => loadConfig({ RETENTION_CLIENT_FILE: bad })).toThrow(/RETENTION_CLIENT_FILE must be/);
    }
    expect(() => loadConfig({ RETENTION_INTERVAL: 'daily' })).toThrow(/RETENTION_INTERVAL/);
    expect(loadConfig({ RETENTION_INTERVAL: '24h' }).retention.intervalMs).toBe(86_400_000);
  });

  it('counts years on the calendar', () => {
    expect(retentionCutoff({ years: 5, days: 0 }, new Date('2026-11-30T05:00:00Z')).toISOString()).toBe('2021-11-30T05:00:00.000Z');
    expect(retentionCutoff({ years: 0, days: 30 }, new Date('2026-03-01T00:00:00Z')).toISOString()).toBe('2026-01-30T00:00:00.000Z');
  });
});

describe('the retention table in docs/security.md', () => {
  const doc = fs.readFileSync(path.resolve(__dirname, '../../../../docs/security.md'), 'utf8');

  it.each(RETENTION_KINDS)('has the row of %s as the rules table says: its setting, default and least', (kind) => {
    const rule = RETENTION_RULES[kind];
    const row = doc.split('\n').find((line) => line.startsWith(`| \`${rule.variable}\` |`));
    expect(row).toBeDefined();
    const cells = row!.split(' | ');
    expect(cells[2]).toBe(describePeriod(rule.defaultPeriod));
    expect(cells[3]).toBe(describePeriod(rule.minimum));
  });

  it('has no row for a setting the rules table does not know', () => {
    const rows = doc.split('\n').filter((line) => /^\| `RETENTION_[A-Z_]+` \|/.test(line));
    expect(rows).toHaveLength(RETENTION_KINDS.length);
  });
});
