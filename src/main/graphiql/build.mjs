// Builds GraphiQL into the directory given as argument (the build's target/classes/static/graphiql): `npm ci` when
// package-lock.json changed since the last install, then esbuild bundles graphiql.js (an ES module with its CSS and
// fonts) and Monaco's three workers. Skips the bundle when its inputs are those of the last build. Run by Maven
// (exec-maven-plugin, generate-resources) with Debian's Node.js.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  throw new Error('usage: node build.mjs <output directory>');
}
const hash = (...files) => {
  const digest = createHash('sha256');
  files.forEach((file) => digest.update(readFileSync(join(here, file))));
  return digest.digest('hex');
};

const lock = hash('package-lock.json');
const installed = join(here, 'node_modules', '.oncograph-lock');
if (!existsSync(installed) || readFileSync(installed, 'utf8') !== lock) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
  writeFileSync(installed, lock);
}

const inputs = hash('package-lock.json', 'graphiql.js', 'build.mjs');
const built = join(out, '.inputs');
if (existsSync(built) && readFileSync(built, 'utf8') === inputs) {
  console.log(`GraphiQL bundle in ${out} is up to date`);
  process.exit(0);
}
const { build } = await import('esbuild');
const common = { bundle: true, minify: true, legalComments: 'linked', logLevel: 'warning', absWorkingDir: here, outdir: out };
await build({
  ...common,
  entryPoints: { graphiql: 'graphiql.js' },
  format: 'esm',
  loader: { '.ttf': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
});
await build({
  ...common,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  format: 'iife',
});
mkdirSync(out, { recursive: true });
writeFileSync(built, inputs);
console.log(`GraphiQL bundled into ${out}`);
