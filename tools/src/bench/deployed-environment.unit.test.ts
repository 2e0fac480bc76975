import { hubImageEnvironment, imageEnvironment } from './deployed-environment';

describe('imageEnvironment', () => {
  it("reads the final stage's ENV lines in both forms, quotes removed, and ignores earlier stages", () => {
    const dockerfile = [
      'FROM node:20 AS build',
      'ENV BUILD_ONLY=1',
      'RUN npm ci',
      'FROM node:20-slim',
      'ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1',
      'env GREETING="hello there" OTHER=\'x y\'',
      'ENV OLD_STYLE some value',
      'CMD ["node", "main.js"]',
    ].join('\n');
    expect(imageEnvironment(dockerfile)).toEqual({
      NODE_ENV: 'production',
      APOLLO_TELEMETRY_DISABLED: '1',
      GREETING: 'hello there',
      OTHER: 'x y',
      OLD_STYLE: 'some value',
    });
  });

  it('gives the hub image its NODE_ENV, which the benchmarks pass to every process they start', () => {
    expect(hubImageEnvironment().NODE_ENV).toBe('production');
  });
});
