import fs from 'node:fs';

/** Where Debian's `chromium` package (`.ci/run` installs it) and other usual installs put the browser. */
const USUAL_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH, else the usual locations. In CI (`CI=true`) a missing browser is
 * an error; elsewhere the tests are skipped, and `reason` says why and how to install it.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): { path?: string; reason?: string } {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : USUAL_PATHS;
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (found) return { path: found };
  const reason = `no Chromium at ${candidates.join(', ')}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`;
  if (env.CI === 'true') throw new Error(`browser tests need Chromium in CI; ${reason}`);
  return { reason };
}
