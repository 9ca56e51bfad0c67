// Audits go on by themselves after the service worker stopped. The worker's start (its top level
// runs again for any event) resumes every stored audit left running; an alarm, armed while an
// audit runs, is such an event: it wakes a stopped worker within half a minute even when nothing
// else would (no page open, no popup), and goes once no audit is left running.
import type { AuditRunner } from './audit-runner';

export const AUDIT_RESUME_ALARM = 'audit-resume';
/** Chrome's shortest alarm period for a packed extension (120+); Firefox allows it too. */
export const AUDIT_RESUME_MINUTES = 0.5;

/** The part of browser.alarms this needs (a fake in unit tests). */
export interface AlarmsArea {
  create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): unknown;
  get(name: string): Promise<unknown>;
  clear(name: string): Promise<unknown>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

/**
 * Call at the service worker's top level, synchronously (a listener added later misses the
 * alarm that woke the worker). `arm` is for the runner's onRunning.
 */
export function installAuditResume(alarms: AlarmsArea, runner: () => Pick<AuditRunner, 'resumeAll'>) {
  let armed = false;
  function arm(): void {
    if (armed) return;
    armed = true;
    void Promise.resolve(alarms.get(AUDIT_RESUME_ALARM)).then((existing) => {
      if (!existing) void alarms.create(AUDIT_RESUME_ALARM, { periodInMinutes: AUDIT_RESUME_MINUTES, delayInMinutes: AUDIT_RESUME_MINUTES });
    });
  }
  async function check(): Promise<void> {
    const running = await runner().resumeAll().catch(() => 1);
    if (running === 0) {
      armed = false;
      await Promise.resolve(alarms.clear(AUDIT_RESUME_ALARM)).catch(() => {});
    }
  }
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUDIT_RESUME_ALARM) void check();
  });
  // The runner is created in the same top level; it exists once this runs.
  queueMicrotask(() => void check());
  return { arm };
}
