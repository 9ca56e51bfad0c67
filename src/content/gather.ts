// The content script's work waits a moment and runs together: what the page added, the handles
// that came near the screen and the posts that came on it are handled in one task every tenth
// of a second, not a few of each per frame between the page's own work. The same DOM reads and
// writes cost a quarter as much run together (measured on X's timeline: run two posts at a
// time between the page's tasks, reading them took 4× as long as twenty at a time).
// Each job still bounds its own run (a slice, a time budget) and goes on in the next frames.

/**
 * How long work waits to be gathered: long enough to run a scroll's worth at once, short enough
 * for a virtual list (X's) not to have removed what came on screen.
 */
export const GATHER_MS = 100;

const jobs = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

function runGathered(): void {
  timer = undefined;
  const due = [...jobs];
  jobs.clear();
  for (const job of due) {
    try {
      job();
    } catch {
      // one job's failure is its own; the others still run
    }
  }
}

/**
 * Runs `job` with the others asked for within GATHER_MS (once, however often it is asked for).
 * A run that starts at once whenever the page was quiet was tried: it split the work of a scroll
 * into more, smaller runs and cost more.
 */
export function gathered(job: () => void): void {
  jobs.add(job);
  timer ??= setTimeout(runGathered, GATHER_MS);
}
