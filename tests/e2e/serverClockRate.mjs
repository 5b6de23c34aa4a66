/*
 * Test-only preload for the browser shell (`node --import`), used by startShell's `clockRate` option.
 *
 * The core credits study time by its own clock: the gap between two heartbeats as the core receives them, at
 * most 30 s each (main/core/progress/timeOnTask.ts). Playwright's page.clock makes the page send its 15-second
 * beats at once, but the core would still see them arrive milliseconds apart and credit milliseconds. So the
 * e2e specs that need minutes of recorded study run the core's clock `CE_PLAYER_E2E_CLOCK_RATE` times faster
 * than real time, from the moment the shell starts: a beat sent every half second of real time is then a beat
 * every 20 s or so on the core's clock. Nothing of the app is replaced; only the clock it reads runs faster.
 * The core reads time through Date.now (createCore's default `now`), which this patches before the shell loads.
 */
const rate = Number(process.env.CE_PLAYER_E2E_CLOCK_RATE);
if (Number.isFinite(rate) && rate > 0) {
  const realNow = Date.now.bind(Date);
  const start = realNow();
  Date.now = () => Math.floor(start + (realNow() - start) * rate);
}
