import { describe, expect, it, vi } from 'vitest';
import { AUDIT_RESUME_ALARM, installAuditResume, type AlarmsArea } from '../../../src/background/audit-resume';

function fakeAlarms() {
  const alarms = new Map<string, { periodInMinutes?: number; delayInMinutes?: number }>();
  const listeners: ((alarm: { name: string }) => void)[] = [];
  const area: AlarmsArea = {
    create: vi.fn((name, info) => void alarms.set(name, info)),
    get: vi.fn(async (name) => alarms.get(name)),
    clear: vi.fn(async (name) => alarms.delete(name)),
    onAlarm: { addListener: (listener) => void listeners.push(listener) },
  };
  return { area, alarms, fire: (name: string) => listeners.forEach((l) => l({ name })) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('audit resume alarm', () => {
  it('resumes at start-up, arms a half-minute alarm while audits run, and clears it once none is left', async () => {
    const fake = fakeAlarms();
    let running = 1;
    const resumeAll = vi.fn(async () => running);
    const resume = installAuditResume(fake.area, () => ({ resumeAll }));
    await tick();
    expect(resumeAll).toHaveBeenCalledTimes(1);

    resume.arm();
    await tick();
    expect(fake.alarms.get(AUDIT_RESUME_ALARM)).toEqual({ periodInMinutes: 0.5, delayInMinutes: 0.5 });
    resume.arm();
    await tick();
    expect(fake.area.create).toHaveBeenCalledTimes(1);

    fake.fire('daily-snapshots');
    await tick();
    expect(resumeAll).toHaveBeenCalledTimes(1);
    fake.fire(AUDIT_RESUME_ALARM);
    await tick();
    expect(resumeAll).toHaveBeenCalledTimes(2);
    expect(fake.alarms.has(AUDIT_RESUME_ALARM)).toBe(true);

    running = 0;
    fake.fire(AUDIT_RESUME_ALARM);
    await tick();
    expect(fake.alarms.has(AUDIT_RESUME_ALARM)).toBe(false);
    // A later audit arms it again.
    resume.arm();
    await tick();
    expect(fake.alarms.has(AUDIT_RESUME_ALARM)).toBe(true);
  });
});
