/** When bin/extract.js runs the CLI from the start-up snapshot, and when it takes the plain path (src/snapshot/launch.ts). */
import path from 'node:path';
import { snapshotPlan, type Runtime, type SnapshotMeta } from '../../../src/snapshot/launch.js';

const root = '/pkg';
const meta: SnapshotMeta = {
  format: 1,
  node: 'v20.0.0',
  platform: 'linux',
  arch: 'x64',
  flags: ['--no-rehash-snapshot'],
  root,
  blob: 'extract.blob',
  files: [
    ['dist/snapshot/entry.js', 10, 1000],
    ['rules/index.json', 20, 2000],
  ],
};
const stats = new Map<string, { size: number; mtimeMs: number }>([
  [path.join(root, 'dist/snapshot/entry.js'), { size: 10, mtimeMs: 1000 }],
  [path.join(root, 'rules/index.json'), { size: 20, mtimeMs: 2000 }],
  [path.join(root, 'dist/generated/snapshot/extract.blob'), { size: 5, mtimeMs: 3000 }],
]);

function runtime(over: Partial<Runtime> = {}, files = stats, text: string | null = JSON.stringify(meta)): Runtime {
  return {
    version: 'v20.0.0',
    platform: 'linux',
    arch: 'x64',
    execArgv: [],
    env: {},
    stat: (f) => files.get(f),
    readMeta: () => text ?? undefined,
    ...over,
  };
}

test('a snapshot made here, by this Node.js, from the files that are there now, is used: its flags, the blob, --, the bin, the arguments', () => {
  expect(snapshotPlan(['a.txt', '--help'], runtime(), root)).toEqual({
    use: true,
    args: [
      '--no-rehash-snapshot',
      '--snapshot-blob',
      path.join(root, 'dist/generated/snapshot/extract.blob'),
      '--',
      path.join(root, 'bin/extract.js'),
      'a.txt',
      '--help',
    ],
  });
});

test.each<[string, Runtime, RegExp]>([
  ['turned off', runtime({ env: { NEWSGRAPH_SNAPSHOT: '0' } }), /NEWSGRAPH_SNAPSHOT=0/],
  ['node options', runtime({ execArgv: ['--max-old-space-size=100'] }), /started with options/],
  ['NODE_OPTIONS', runtime({ env: { NODE_OPTIONS: '--inspect' } }), /NODE_OPTIONS/],
  ['no snapshot built', runtime({}, stats, null), /made no start-up snapshot/],
  ['meta.json not JSON', runtime({}, stats, '{'), /not JSON/],
  ['another format', runtime({}, stats, JSON.stringify({ ...meta, format: 2 })), /another format/],
  ['another Node.js', runtime({ version: 'v20.0.1' }), /made by Node\.js v20\.0\.0/],
  ['another machine', runtime({ arch: 'arm64' }), /linux-x64/],
  ['moved', runtime({}, stats, JSON.stringify({ ...meta, root: '/elsewhere' })), /made in \/elsewhere/],
  [
    'a rule file edited',
    runtime({}, new Map([...stats, [path.join(root, 'rules/index.json'), { size: 20, mtimeMs: 2001 }]])),
    /rules\/index\.json changed/,
  ],
  ['the code rebuilt without it', runtime({}, new Map([...stats].filter(([f]) => !f.endsWith('entry.js')))), /entry\.js changed/],
  ['the blob gone', runtime({}, new Map([...stats].filter(([f]) => !f.endsWith('.blob')))), /extract\.blob is missing/],
])('not used: %s', (_name, rt, reason) => {
  const plan = snapshotPlan(['a.txt'], rt, root);
  expect(plan.use).toBe(false);
  expect(plan.use ? '' : plan.reason).toMatch(reason);
});
