// The popup's views as tabs (the WAI-ARIA tabs pattern: arrow keys, Home and End move between
// them). A view is drawn when first opened and then kept, hidden while another is shown, so
// that switching back finds it as it was left (a comparison still loaded, a form half filled).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import './views.css';

export interface PopupView {
  id: string;
  label: string;
  render(): ComponentChildren;
}

export function Views({ views, active, onSelect }: { views: readonly PopupView[]; active: string; onSelect(id: string): void }) {
  const [visited] = useState(() => new Set<string>());
  visited.add(active);

  function select(id: string): void {
    onSelect(id);
    document.getElementById(`tab-${id}`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent): void {
    const index = views.findIndex((view) => view.id === active);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: views.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(views[(target + views.length) % views.length].id);
  }

  return (
    <>
      <div class="tabs" role="tablist" aria-label={t('navLabel')} onKeyDown={onKeyDown}>
        {views.map((view) => (
          <button
            key={view.id}
            type="button"
            role="tab"
            id={`tab-${view.id}`}
            aria-selected={view.id === active ? 'true' : 'false'}
            aria-controls={`panel-${view.id}`}
            tabIndex={view.id === active ? 0 : -1}
            onClick={() => onSelect(view.id)}
          >
            {view.label}
          </button>
        ))}
      </div>
      {views.map((view) => (
        <div key={view.id} role="tabpanel" id={`panel-${view.id}`} aria-labelledby={`tab-${view.id}`} hidden={view.id !== active} data-view={view.id}>
          {visited.has(view.id) ? view.render() : null}
        </div>
      ))}
    </>
  );
}
