import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { createCore } from '../core/app/createCore';
import type { Core } from '../core/app/core';
import { describeSettingsSource, loadMachineConfig } from '../core/config/machineConfig';
import { shellCoreOptions } from '../core/config/shellCoreOptions';
import { embeddedBundledCourseDigests } from '../core/library/embeddedCourseDigests';
import { installAppMenu } from './appMenu';
import { appOrigin } from './appOrigin';
import { openCertificateInViewer, removeViewerCopies } from './certificateViewer';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { registerIpcBridge } from './ipcBridge';
import { chooseDesktopNativeBinding } from './electronNativeBinding';
import { denyPermissions, hardenAllWebContents, setAppFileOpener } from './windowHardening';

/*
 * The desktop shell: lifecycle, one window, and the wiring of protocol, IPC and hardening. All behaviour lives in
 * the core. This file is bundled to dist/main/desktop.cjs; packaged builds keep the same layout inside the asar.
 */
const appRoot = path.resolve(__dirname, '..', '..');
const trustedContentsIds = new Set<number>();

registerAppScheme();
hardenAllWebContents();

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1200,
    height: 860,
    minWidth: 640,
    minHeight: 480,
    title: 'CE Player',
    show: false,
    webPreferences: {
      // The preload exposes one contract-checked `invoke` (preload/contractBridge.ts), never ipcRenderer or Node.
      preload: path.join(appRoot, 'dist', 'main', 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click must not open a link in a new window; window.open is denied as well.
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  const contentsId = window.webContents.id;
  trustedContentsIds.add(contentsId);
  window.on('closed', () => trustedContentsIds.delete(contentsId));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/`);
}

function start(core: Core): void {
  denyPermissions(session.defaultSession);
  handleAppProtocol(core, path.join(appRoot, 'dist', 'renderer'));
  registerIpcBridge(core, trustedContentsIds);
  setAppFileOpener((contents, url) =>
    trustedContentsIds.has(contents.id) ? openCertificateInViewer(core, contents, url) : false,
  );
  installAppMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => {
    removeViewerCopies();
    core.close();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Clinic IT's machine-wide settings file; its problems are logged and never stop the app.
  const machine = loadMachineConfig(process.platform, process.env);
  app
    .whenReady()
    .then(async () => {
      const argv = process.argv.slice(1);
      const binding = chooseDesktopNativeBinding({
        appRoot,
        isPackaged: app.isPackaged,
        electronVersion: process.versions.electron,
      });
      if (binding.kind === 'missing') throw new Error(binding.message);
      const core = await createCore(
        shellCoreOptions({
          shell: 'desktop',
          appVersion: app.getVersion(),
          argv,
          env: process.env,
          machine: machine.config,
          bundledCoursesDir: app.isPackaged
            ? path.join(process.resourcesPath, 'courses')
            : path.join(appRoot, 'courses'),
          fontDir: app.isPackaged
            ? path.join(process.resourcesPath, 'fonts')
            : path.join(appRoot, 'build', 'fonts'),
          bundledCourseDigests: embeddedBundledCourseDigests(),
          // Electron reads worker scripts from inside the asar archive, where this bundle lives too.
          courseImportWorker: path.join(__dirname, 'course-import-worker.cjs'),
          ...(binding.kind === 'file' ? { nativeBinding: binding.path } : {}),
        }),
      );
      core.log.info(describeSettingsSource(machine));
      for (const warning of machine.warnings) core.log.info(`WARNING ${warning}`);
      start(core);
      core.startRecordSync();
    })
    .catch((err: unknown) => {
      const settings = machine.warnings.length > 0 ? `\n\n${machine.warnings.join('\n')}` : '';
      dialog.showErrorBox(
        'CE Player could not start',
        `${err instanceof Error ? err.message : String(err)}${settings}\n\nDetails are in the log in the data folder.`,
      );
      app.exit(1);
    });
}
