import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The console package root and its build (console/vite.config.mjs). */
export const CONSOLE_ROOT = path.resolve(__dirname, '../../../console');
export const CONSOLE_WEB = path.join(CONSOLE_ROOT, 'dist/web');

/**
 * The JavaScript a browser loads first, measured independently of the build's own report: every script and
 * modulepreload index.html names, gzipped.
 */
export function firstLoadJavaScript(): { files: string[]; gzipBytes: number } {
  const index = fs.readFileSync(path.join(CONSOLE_WEB, 'index.html'), 'utf8');
  const files = [...index.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/console\/([^"]+\.js)"/g)].map((match) => match[1]);
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(CONSOLE_WEB, file)), { level: 9 }).length, 0);
  return { files: files.sort(), gzipBytes };
}
