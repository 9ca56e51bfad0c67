// Says so when the current tab's site has changed its markup beyond what its adapter reads:
// the page then has no badges, and the user should know it is not them.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { sendRequest } from '../lib/messages';
import { siteInfoFor } from '../sites/registry';

export function LayoutNote({ url }: { url: string | undefined }) {
  const [broken, setBroken] = useState(false);
  useEffect(() => {
    let host: string;
    try {
      host = new URL(url ?? '').hostname;
    } catch {
      return;
    }
    const site = siteInfoFor(host);
    if (!site) return;
    void sendRequest('layout.get', { site: site.id }).then((report) => setBroken(report?.recognised === false), () => {});
  }, [url]);
  return broken ? (
    <p class="warning" role="status" data-layout="unrecognised">
      {t('popupLayoutBroken')}
    </p>
  ) : null;
}
