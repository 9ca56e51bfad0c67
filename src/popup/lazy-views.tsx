// Views loaded when first opened: their code (the comparison, the lists with export and import)
// stays out of what the popup loads before it can show the current profile.
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

function lazy<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | undefined;
  let pending: Promise<FunctionComponent<P>> | undefined;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<FunctionComponent<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Component) return;
      pending ??= load().then(
        (component) => (loaded = component),
        (error: unknown) => {
          pending = undefined; // the next opening tries again
          throw error;
        },
      );
      pending.then((component) => setComponent(() => component), () => setFailed(true));
    }, []);
    if (Component) return <Component {...props} />;
    return failed ? (
      <p class="error" role="alert">
        {t('viewLoadFailed')}
      </p>
    ) : (
      <p class="muted" role="status">
        {t('popupLoading')}
      </p>
    );
  };
}

export const CompareView = lazy(() => import('./Compare').then((module) => module.Compare));
export const ListsView = lazy(() => import('./ListsView').then((module) => module.Lists));
export const AuditPanel = lazy(() => import('./Audit').then((module) => module.Audit));
