import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * A small kustomize build for the subset deploy/kubernetes/ uses: no npm package builds kustomizations offline,
 * and CI has only Node. Fields: resources (files and directories), namespace, labels (pairs, includeSelectors:
 * false), images, configMapGenerator and secretGenerator (literals, disableNameSuffixHash: true) and patches
 * (strategic merge by kind/name, or onto every object a target's kind selects). Anything else is refused, so a
 * kustomization this builder would get wrong fails the test instead of passing it. The test compares its output
 * with `kubectl kustomize` where kubectl is installed.
 */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}

interface Generator {
  name: string;
  literals?: string[];
  options?: { disableNameSuffixHash?: boolean };
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  resources?: string[];
  namespace?: string;
  labels?: Array<{ pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }>;
  images?: Array<{ name: string; newName?: string; newTag?: string }>;
  configMapGenerator?: Generator[];
  secretGenerator?: Generator[];
  patches?: Array<{ path: string; target?: { kind: string; name?: string } }>;
}

const KNOWN_FIELDS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'labels', 'images', 'configMapGenerator', 'secretGenerator', 'patches']);

/** Lists a strategic merge patch merges item by item, by `name` (as Kubernetes' patchMergeKey); other lists are replaced. */
const MERGED_BY_NAME = new Set(['containers', 'initContainers', 'env', 'volumes', 'volumeMounts']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A strategic merge of `patch` into `target` (returns a new object; `null` deletes a field). */
export function strategicMerge(target: unknown, patch: unknown, field = ''): unknown {
  if (Array.isArray(patch) && Array.isArray(target) && MERGED_BY_NAME.has(field)) {
    // As kustomize does: items the target lacks come first, in the patch's order; the others merge in place.
    const added = (patch as Json[]).filter((item) => !(target as Json[]).some((existing) => existing.name === item.name));
    const merged = (target as Json[]).map((existing) => {
      const item = (patch as Json[]).find((candidate) => candidate.name === existing.name);
      return item ? (strategicMerge(existing, item) as Json) : existing;
    });
    return [...added, ...merged];
  }
  if (!isObject(patch) || !isObject(target)) return patch;
  const merged: Json = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = key in target ? strategicMerge(target[key], value, key) : value;
  }
  return merged;
}

function readYaml(file: string): unknown[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map((document) => {
      if (document.errors.length) throw new Error(`${file}: ${document.errors[0].message}`);
      return document.toJS({ maxAliasCount: 100 }) as unknown;
    })
    .filter((value) => value !== null);
}

function generated(kind: 'ConfigMap' | 'Secret', generator: Generator): K8sObject {
  if (generator.options?.disableNameSuffixHash !== true) throw new Error(`${kind} generator ${generator.name}: only disableNameSuffixHash: true is supported`);
  const data: Record<string, string> = {};
  for (const literal of generator.literals ?? []) {
    const at = literal.indexOf('=');
    if (at < 1) throw new Error(`${kind} generator ${generator.name}: a literal must be key=value`);
    const [key, value] = [literal.slice(0, at), literal.slice(at + 1)];
    data[key] = kind === 'Secret' ? Buffer.from(value).toString('base64') : value;
  }
  return { apiVersion: 'v1', kind, metadata: { name: generator.name }, ...(kind === 'Secret' ? { type: 'Opaque' } : {}), data };
}

function setImages(value: unknown, images: NonNullable<Kustomization['images']>): unknown {
  if (Array.isArray(value)) return value.map((item) => setImages(item, images));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, item] of Object.entries(value)) {
    const image = key === 'image' && typeof item === 'string' ? images.find((candidate) => candidate.name === item.split(':')[0]) : undefined;
    out[key] = image ? `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}` : setImages(item, images);
  }
  return out;
}

const POD_TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job']);

function addLabels(object: K8sObject, pairs: Record<string, string>, templates: boolean): K8sObject {
  const labelled: K8sObject = { ...object, metadata: { ...object.metadata, labels: { ...object.metadata.labels, ...pairs } } };
  if (templates && POD_TEMPLATE_KINDS.has(object.kind)) {
    const spec = object.spec as { template: { metadata?: { labels?: Record<string, string> } } };
    labelled.spec = {
      ...spec,
      template: { ...spec.template, metadata: { ...spec.template.metadata, labels: { ...spec.template.metadata?.labels, ...pairs } } },
    };
  }
  return labelled;
}

/** Builds the kustomization in `dir` into its objects. */
export function kustomizeBuild(dir: string): K8sObject[] {
  const kustomization = readYaml(path.join(dir, 'kustomization.yaml'))[0] as Kustomization;
  const unknown = Object.keys(kustomization).filter((key) => !KNOWN_FIELDS.has(key));
  if (unknown.length) throw new Error(`${dir}: unsupported kustomization fields ${unknown.join(', ')}`);
  let objects: K8sObject[] = [];
  for (const resource of kustomization.resources ?? []) {
    const at = path.resolve(dir, resource);
    objects.push(...(fs.statSync(at).isDirectory() ? kustomizeBuild(at) : (readYaml(at) as K8sObject[])));
  }
  for (const generator of kustomization.configMapGenerator ?? []) objects.push(generated('ConfigMap', generator));
  for (const generator of kustomization.secretGenerator ?? []) objects.push(generated('Secret', generator));
  for (const entry of kustomization.patches ?? []) {
    const patches = readYaml(path.resolve(dir, entry.path)) as K8sObject[];
    for (const patch of patches) {
      const matches = (object: K8sObject) =>
        entry.target
          ? object.kind === entry.target.kind && (entry.target.name === undefined || object.metadata.name === entry.target.name)
          : object.kind === patch.kind && object.metadata.name === patch.metadata.name;
      if (!objects.some(matches)) throw new Error(`${entry.path}: no object to patch`);
      // A patch by target leaves each object's own name.
      objects = objects.map((object) =>
        matches(object)
          ? (strategicMerge(object, entry.target ? { ...patch, metadata: { ...patch.metadata, name: object.metadata.name } } : patch) as K8sObject)
          : object,
      );
    }
  }
  for (const label of kustomization.labels ?? []) {
    if (label.includeSelectors) throw new Error(`${dir}: labels with includeSelectors are not supported`);
    objects = objects.map((object) => addLabels(object, label.pairs, label.includeTemplates === true));
  }
  if (kustomization.images) objects = objects.map((object) => setImages(object, kustomization.images!) as K8sObject);
  if (kustomization.namespace) objects = objects.map((object) => ({ ...object, metadata: { ...object.metadata, namespace: kustomization.namespace } }));
  return objects;
}
