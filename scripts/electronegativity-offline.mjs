// Preloaded (node --import) into Electronegativity's CLI by scripts/electron-audit.mjs. Its locale loader fetches
// translations from a remote bucket at every run; the audit must work offline and must not depend on remote
// text, so this puts a loader in its place that uses the English strings shipped inside the package.
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const loaderPath = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
const i18n = require(require.resolve('i18n', { paths: [path.dirname(loaderPath)] }));

function loadBundledLocale() {
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.dirname(loaderPath),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
  return Promise.resolve();
}

// Seeding the CommonJS cache means the CLI's require('./locales/i18n.js') gets this loader, not the remote one.
const stub = new Module(loaderPath);
stub.filename = loaderPath;
stub.loaded = true;
stub.exports = loadBundledLocale;
require.cache[loaderPath] = stub;
