// Packages every esbuild bundle leaves outside, loaded at run time from node_modules: native and Electron modules;
// pdfkit, which reads its own data files from beside its module; and the Data Integrity stack (Digital Bazaar's
// libraries and the JSON-LD context packages), which are ES modules that the certificate code loads with import()
// on first use, so start-up never loads jsonld.
export const bundleExternals = [
  'electron',
  'better-sqlite3',
  'pdfkit',
  'qrcode',
  '@digitalbazaar/*',
  '@digitalcredentials/*',
];
