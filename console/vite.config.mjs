import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
/** The first-load budget, in KB of gzipped JavaScript: one place, package.json (the e2e console test reads it too). */
const { firstLoadBudgetKb } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
/** Where the build writes what it measured, beside (not inside) the files the gateway serves. */
const REPORT = path.join(root, 'dist/first-load.json');

/**
 * Reports the gzipped size of the JavaScript a browser loads first (the entry chunk and every chunk it imports
 * statically), writes it to dist/first-load.json and fails the build over budget.
 */
function firstLoadReport() {
  return {
    name: 'kadera-first-load-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const firstLoad = new Set();
      const visit = (fileName) => {
        if (firstLoad.has(fileName)) return;
        firstLoad.add(fileName);
        for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
      };
      for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
      const files = [...firstLoad].sort().map((fileName) => ({ file: fileName, gzipBytes: gzipSync(byName.get(fileName).code, { level: 9 }).length }));
      const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
      fs.mkdirSync(path.dirname(REPORT), { recursive: true });
      fs.writeFileSync(REPORT, `${JSON.stringify({ gzipBytes, budgetBytes: firstLoadBudgetKb * 1024, files }, null, 2)}\n`);
      const kb = (gzipBytes / 1024).toFixed(1);
      this.info(`first load: ${kb} KB of gzipped JavaScript in ${files.length} file(s) (budget ${firstLoadBudgetKb} KB)`);
      if (gzipBytes > firstLoadBudgetKb * 1024) this.error(`first load is ${kb} KB of gzipped JavaScript, over the ${firstLoadBudgetKb} KB budget`);
    },
  };
}

export default defineConfig({
  root,
  // Served by the gateway under /console/ (gateway/src/console/console-routes.ts).
  base: '/console/',
  plugins: [react(), firstLoadReport()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    // Every asset a file of its own (no data: URLs), so the Content-Security-Policy can stay at 'self'.
    assetsInlineLimit: 0,
  },
});
