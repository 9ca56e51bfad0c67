// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLayoutWatch } from '../../../src/content/layout-watch';
import type { SiteAdapter } from '../../../src/sites/types';
import { createLayoutReports } from '../../../src/background/layout-reports';
import { memoryArea } from '../background/memory-area';

const adapter = {
  id: 'example',
  profileFromUrl: (url: URL) => (/^\/@\w+$/.test(url.pathname) ? { network: 'x', handle: url.pathname.slice(2) } : null),
} as unknown as SiteAdapter;

describe('createLayoutWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
    history.replaceState(null, '', '/');
  });

  it('reports a page linking to several profiles where nothing was recognised, once', () => {
    document.body.innerHTML = Array.from({ length: 6 }, (_, i) => `<a href="/@user${i}">user${i}</a>`).join('');
    const report = vi.fn();
    createLayoutWatch(adapter, report);
    vi.advanceTimersByTime(10_000);
    expect(report.mock.calls).toEqual([[false]]);
  });

  it('reports a profile page where nothing was recognised', () => {
    history.replaceState(null, '', '/@carol');
    const report = vi.fn();
    createLayoutWatch(adapter, report);
    vi.advanceTimersByTime(10_000);
    expect(report.mock.calls).toEqual([[false]]);
  });

  it('says nothing of a page without profiles (a login page), and recognised once something is found', () => {
    document.body.innerHTML = '<a href="/login">Log in</a>';
    const report = vi.fn();
    const watch = createLayoutWatch(adapter, report);
    vi.advanceTimersByTime(10_000);
    expect(report).not.toHaveBeenCalled();
    watch.found();
    watch.found();
    expect(report.mock.calls).toEqual([[true]]);
  });

  it('a page changed in place (single-page app) is judged again; a recovery is reported', () => {
    const report = vi.fn();
    const watch = createLayoutWatch(adapter, report);
    history.pushState(null, '', '/@carol');
    watch.check();
    vi.advanceTimersByTime(10_000);
    watch.found();
    expect(report.mock.calls).toEqual([[false], [true]]);
  });
});

describe('createLayoutReports', () => {
  it('keeps the latest report per site and writes only changes', async () => {
    const area = memoryArea();
    const reports = createLayoutReports(area, () => 5);
    expect(await reports.get('x')).toEqual({});
    await reports.report('x', false);
    await reports.report('x', false);
    await reports.report('linkedin', true);
    expect(await reports.get('x')).toEqual({ recognised: false, at: 5 });
    expect(await reports.get('linkedin')).toEqual({ recognised: true, at: 5 });
  });
});
