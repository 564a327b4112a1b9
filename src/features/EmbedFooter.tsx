/** Below an embedded map: the credit, and a link to the full map at the same view. */

import { withQueryParam } from '../state/query.ts';
import { useAppStore, useAsOf } from '../state/store.ts';
import { serializeHash } from '../state/url.ts';
import { useI18n } from '../ui/useI18n.ts';

export function EmbedFooter() {
  const { t, content, formatDate, language } = useI18n();
  const themeChoice = useAppStore((state) => state.themeChoice);
  const view = useAppStore((state) => state.view);
  const selected = useAppStore((state) => state.selected);
  const date = useAsOf();
  const article = content.articles.at(-1);
  // The full map opens in the embed's language and theme, at the same view.
  const query = withQueryParam(
    withQueryParam('', 'lang', language),
    'theme',
    themeChoice === 'auto' ? null : themeChoice,
  );
  const full = `${window.location.origin}${window.location.pathname}${query}${serializeHash({ view, project: selected, date })}`;
  return (
    <footer className="embed-footer">
      <span>
        {article && (
          <span lang={article.language}>
            {article.publisher}, {formatDate(article.date)} ·{' '}
          </span>
        )}
        {t('map.credit')}
      </span>
      <a href={full} target="_blank" rel="noopener noreferrer">
        {t('footer.openFull')}
      </a>
    </footer>
  );
}
