import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { runBench } from './benchHarness';
import { writeGeneratedCourse } from './generatedCourse';
import { makeTempFolder } from '../support/tempFolder';

/*
 * Opening a 5,000-word module in the real app in Chromium (through the browser shell: route change, channel call,
 * core rendering, React), against Chromium laying out the same HTML inserted directly into the same page. Both
 * sides are timed inside the page with performance marks, up to the first frame after layout.
 */
const chromiumPath = process.env.CE_PLAYER_CHROMIUM ?? '/usr/bin/chromium';

async function startShell(coursesDir: string): Promise<{ url: string; stop: () => void }> {
  const dataDir = makeTempFolder('ce-bench-render-');
  const child = spawn(
    process.execPath,
    ['dist/main/serve.cjs', '--port', '0', '--data-dir', dataDir, '--courses-dir', coursesDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the browser shell exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGINT') };
}

async function main(): Promise<void> {
  const coursesDir = writeGeneratedCourse(2, 5000);
  const courseId = 'generated-2';
  const shell = await startShell(path.dirname(coursesDir));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage();
  await page.goto(shell.url);
  await page.getByLabel('Profile name', { exact: true }).fill('Bench reader');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await page.getByRole('heading', { level: 1, name: 'Course library' }).waitFor();
  await page.evaluate((id) => (window.location.hash = `#/course/${id}`), courseId);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // The module's HTML as the app shows it, for the floor to insert: opened once through the app itself, since every
  // API call needs the page's session.
  await page.evaluate((id) => (window.location.hash = `#/course/${id}/module/m1`), courseId);
  await page.locator('.module-text h2').first().waitFor();
  const html = await page.locator('.module-text').innerHTML();

  const openModule = () =>
    page.evaluate(async (id) => {
      window.location.hash = `#/course/${id}`;
      await new Promise((resolve) => setTimeout(resolve, 50));
      performance.mark('open-start');
      window.location.hash = `#/course/${id}/module/m1`;
      // Notice the text the moment React inserts it (polling per frame would round up to a frame).
      await new Promise<void>((resolve) => {
        const inserted = () => document.querySelector('.module-text h2') !== null;
        if (inserted()) return resolve();
        const observer = new MutationObserver(() => {
          if (!inserted()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      void document.body.offsetHeight;
      await new Promise(requestAnimationFrame);
      return performance.measure('open', 'open-start').duration;
    }, courseId);

  const insertDirectly = () =>
    page.evaluate(async (markup) => {
      document.querySelector('#bench-floor')?.remove();
      await new Promise(requestAnimationFrame);
      performance.mark('floor-start');
      const container = document.createElement('div');
      container.id = 'bench-floor';
      container.className = 'module-text';
      container.innerHTML = markup;
      document.body.append(container);
      void document.body.offsetHeight;
      await new Promise(requestAnimationFrame);
      const duration = performance.measure('floor', 'floor-start').duration;
      container.remove();
      return duration;
    }, html);

  await runBench([
    {
      name: 'open a 5,000-word module in the app (Chromium)',
      subject: openModule,
      floorName: 'same HTML inserted directly and laid out',
      floor: insertDirectly,
      maxRatio: 2,
      // Loopback and frame timing vary run to run on a loaded machine; more runs steady the median.
      runs: 15,
      selfTimed: true,
    },
  ]);
  await browser.close();
  shell.stop();
}

void main();
