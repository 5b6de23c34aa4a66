// `npm run audit:electron`: Electronegativity's Electron security checks over the app's own code, offline.
// Fails (exit 1) on any finding of MEDIUM severity or above and lists each with file:line and how to fix it.
// A finding that does not apply is silenced on its line with `// eng-disable CHECK_ID` and a comment saying why.
//
// Usage: node scripts/electron-audit.mjs            scans main/desktop, main/preload, renderer/ and package.json
//        node scripts/electron-audit.mjs <folder>   scans that folder as it is
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// Must come before Electronegativity loads: it replaces the package's remote translation loader.
import './electronegativity-offline.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const appCode = ['main/desktop', 'main/preload', 'renderer/src', 'renderer/index.html', 'package.json'];
const cspSource = 'main/core/app/contentSecurityPolicy.ts';
const servedCspFile = 'served-content-security-policy.html';
const failingSeverities = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const electronegativity = require('@doyensec/electronegativity');
const runElectronegativity = electronegativity.default ?? electronegativity;

/** What to do about the checks that matter most for this app; the wiki link covers the rest. */
const fixes = {
  AUXCLICK_JS_CHECK: "add disableBlinkFeatures: 'Auxclick' to the window's webPreferences.",
  CONTEXT_ISOLATION_JS_CHECK: 'set contextIsolation: true in webPreferences.',
  NODE_INTEGRATION_JS_CHECK: 'set nodeIntegration: false (and nodeIntegrationInSubFrames: false).',
  NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK: "prevent 'will-attach-webview' or strip nodeIntegration from it.",
  SANDBOX_JS_CHECK: 'set sandbox: true in webPreferences.',
  WEB_SECURITY_JS_CHECK: 'remove webSecurity: false.',
  INSECURE_CONTENT_JS_CHECK: 'remove allowRunningInsecureContent: true.',
  LIMIT_NAVIGATION_GLOBAL_CHECK:
    "block 'will-navigate' and set a window open handler that denies (windowHardening.ts).",
  PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK: 'deny permissions with session.setPermissionRequestHandler.',
  CSP_GLOBAL_CHECK: `send a Content-Security-Policy with no remote sources (${cspSource}).`,
  OPEN_EXTERNAL_JS_CHECK: 'pass only URLs checked to be https (isExternalLink) to shell.openExternal.',
  PRELOAD_JS_CHECK:
    'expose only contract-checked functions through contextBridge, never ipcRenderer or Node.',
  DANGEROUS_FUNCTIONS_JS_CHECK: 'do not build code from strings (eval, new Function, string setTimeout).',
  HTTP_RESOURCES_JS_CHECK: 'load only app:// or https:// resources.',
  CERTIFICATE_ERROR_EVENT_JS_CHECK: "do not accept certificate errors in the 'certificate-error' handler.",
  CERTIFICATE_VERIFY_PROC_JS_CHECK: 'do not override certificate verification with setCertificateVerifyProc.',
  PROTOCOL_HANDLER_JS_CHECK:
    'check every path a custom protocol serves stays inside its root (staticFiles.ts).',
};

// The renderer's CSP is a response header set by the app:// handler and the browser shell, which a static
// scanner cannot see. Hand it the real policy as the equivalent <meta> tag so its CSP check judges that policy.
async function writeServedCsp(dir) {
  const bundle = await build({
    absWorkingDir: root,
    entryPoints: [cspSource],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0].text;
  const { contentSecurityPolicy } = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  const escaped = contentSecurityPolicy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  fs.writeFileSync(
    path.join(dir, servedCspFile),
    `<!doctype html>\n<html><head><meta http-equiv="Content-Security-Policy" content="${escaped}"></head></html>\n`,
  );
}

function copyAppCode(dir) {
  for (const entry of appCode) {
    const from = path.join(root, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, entry), { recursive: true });
  }
}

function displayPath(file, shownRoot) {
  if (file === 'N/A') return '(whole app)';
  if (file === servedCspFile) return `${cspSource} (the CSP header both shells send)`;
  return path.join(shownRoot, file);
}

async function main() {
  const custom = process.argv[2];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-player-electron-audit-'));
  try {
    const scanned = custom ? path.resolve(custom) : path.join(work, 'app');
    const shownRoot = custom ? path.relative(process.cwd(), scanned) || '.' : '';
    if (!custom) {
      copyAppCode(scanned);
      await writeServedCsp(scanned);
    } else if (!fs.existsSync(scanned)) {
      console.error(`Nothing to audit: ${custom} does not exist.`);
      return 1;
    }
    const electronVersion = JSON.parse(
      fs.readFileSync(require.resolve('electron/package.json'), 'utf8'),
    ).version;
    // Same as the CLI's `-x AvailableSecurityFixesGlobalCheck`: that check asks the network for newer Electron
    // releases; every other check runs offline. The API (rather than the CLI's CSV) also returns the files the
    // scanner could not parse, which the CLI drops silently when it writes a report file.
    const result = await runElectronegativity({
      input: scanned,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: electronVersion,
      isRelative: true,
    });
    const unparsed = result.errors.filter((error) => !error.tolerable);
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      where: `${displayPath(issue.file, shownRoot)}${issue.file === 'N/A' ? '' : `:${issue.location.line}`}`,
      description: issue.description,
      url: `https://github.com/doyensec/electronegativity/wiki/${issue.id}`,
      global: issue.file === 'N/A',
    }));
    const failing = findings.filter((finding) => failingSeverities.has(finding.severity));
    const minor = findings.filter((finding) => !failingSeverities.has(finding.severity));
    if (failing.length === 0 && unparsed.length === 0) {
      const noted = minor.map((finding) => `${finding.id} ${finding.severity.toLowerCase()}`).join(', ');
      console.log(
        `Electron security audit passed: no finding of MEDIUM severity or above${noted ? ` (noted: ${noted})` : ''}.`,
      );
      return 0;
    }
    console.error(
      `Electron security audit failed: ${failing.length} finding(s) of MEDIUM severity or above` +
        `${unparsed.length > 0 ? `, ${unparsed.length} file(s) not parsed` : ''}.\n`,
    );
    for (const finding of failing) {
      console.error(`${finding.where}  ${finding.id} (${finding.severity}, ${finding.confidence})`);
      console.error(`  ${finding.description}`);
      console.error(`  Fix: ${fixes[finding.id] ?? 'see the link below.'}`);
      console.error(`  ${finding.url}`);
      console.error(
        finding.global
          ? '  This check looks at the whole app: fix the cause rather than silencing it.\n'
          : `  If it does not apply, add \`// eng-disable ${finding.id}\` on that line and say why.\n`,
      );
    }
    for (const error of unparsed) {
      const file = displayPath(path.relative(scanned, error.file), shownRoot);
      console.error(
        `Not audited: ${file} could not be parsed (${error.message}); the audit cannot pass without it.`,
      );
    }
    return 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
