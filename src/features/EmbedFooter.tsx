/** Below an embedded map: the credit, and a link to the full map at the same view. */
import { articleById } from '../content/content';
import { useI18n } from '../i18n/useI18n';
import { useAppStore } from '../state/store';
import { serializeHash } from '../state/url';

export function EmbedFooter() {
  const { t, content, formatDate } = useI18n();
  const view = useAppStore((state) => state.view);
  const selected = useAppStore((state) => state.selected);
  const article = content.projects[0] && articleById(content.projects[0].excerpt.article);
  const full = `${window.location.origin}${window.location.pathname}${serializeHash({ view, project: selected })}`;
  return (
    <footer className="embed-footer">
      <span>
        {article ? `${article.publisher}, ${formatDate(article.date)} · ` : ''}Natural Earth
      </span>
      <a href={full} target="_blank" rel="noopener noreferrer">
        {t('footer.openFull')}
      </a>
    </footer>
  );
}
