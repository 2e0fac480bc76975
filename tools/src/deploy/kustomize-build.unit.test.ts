import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { kustomizeBuild, strategicMerge, type K8sObject } from './kustomize-build';

const ROOT = path.resolve(__dirname, '../../..');
const OVERLAYS = ['development', 'production'].map((name) => path.join(ROOT, 'deploy', 'kubernetes', 'overlays', name));

function kubectlOnPath(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const byKindAndName = (a: K8sObject, b: K8sObject) => `${a.kind}/${a.metadata.name}`.localeCompare(`${b.kind}/${b.metadata.name}`);
/** kubectl folds long base64 values over lines: the same bytes. */
const unfolded = (object: K8sObject): K8sObject =>
  object.kind === 'Secret'
    ? { ...object, data: Object.fromEntries(Object.entries(object.data as Record<string, string>).map(([key, value]) => [key, value.replace(/\s/g, '')])) }
    : object;

describe('kustomizeBuild', () => {
  it('merges lists of containers, env and volumes by name (new items first, as kustomize), replaces other lists and deletes null fields', () => {
    const target = {
      spec: {
        containers: [{ name: 'a', env: [{ name: 'X', value: '1' }], args: ['one'] }],
        volumes: [{ name: 'tmp', emptyDir: {} }],
        ports: [{ port: 1 }],
        drop: 'me',
      },
    };
    const patch = {
      spec: {
        containers: [{ name: 'a', env: [{ name: 'Y', value: '2' }], args: ['two'] }],
        volumes: [{ name: 'keys', secret: { secretName: 's' } }],
        ports: [{ port: 2 }],
        drop: null,
      },
    };
    expect(strategicMerge(target, patch)).toEqual({
      spec: {
        containers: [
          {
            name: 'a',
            env: [
              { name: 'Y', value: '2' },
              { name: 'X', value: '1' },
            ],
            args: ['two'],
          },
        ],
        volumes: [
          { name: 'keys', secret: { secretName: 's' } },
          { name: 'tmp', emptyDir: {} },
        ],
        ports: [{ port: 2 }],
      },
    });
  });

  it('refuses a kustomization field it does not implement, rather than build it wrongly', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-kustomize-'));
    try {
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'namePrefix: x-\nresources: []\n');
      expect(() => kustomizeBuild(dir)).toThrow(/unsupported kustomization fields namePrefix/);
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'secretGenerator:\n  - name: s\n    literals: ["a=b"]\n');
      expect(() => kustomizeBuild(dir)).toThrow(/disableNameSuffixHash/);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });

  // Where kubectl is installed (not on CI), the builder must agree with kustomize itself, object for object.
  (kubectlOnPath() ? it.each(OVERLAYS.map((dir) => [path.basename(dir), dir])) : it.skip.each([['(kubectl not installed)', '']]))(
    'builds the %s overlay as `kubectl kustomize` does',
    (_name, dir) => {
      const theirs = parseAllDocuments(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' })).map((document) => document.toJS() as K8sObject);
      expect(kustomizeBuild(dir).map(unfolded).sort(byKindAndName)).toEqual(theirs.map(unfolded).sort(byKindAndName));
    },
  );
});
