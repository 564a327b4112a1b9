/** What a share page (and a script embed's content) says about a project, or the whole map. */
import { findExcerpt } from '../content/excerpt.ts';
import { LANGUAGES } from '../content/languages.ts';
import type { I18n } from '../i18n/createI18n.ts';
import { serializeHash } from '../state/url.ts';
import { type ShareEntry, WHOLE_MAP } from './sharePage.ts';

/** The entry for a project's id (or `WHOLE_MAP`) in `i18n`'s language. */
export function shareEntryFor(i18n: I18n, id: string): ShareEntry {
  const { t, content, formatDate, language } = i18n;
  const project = id === WHOLE_MAP ? undefined : content.projects.find((p) => p.id === id);
  const mention = project?.mentions[0];
  const source =
    content.articles.find((candidate) => candidate.id === mention?.article) ??
    content.articles.at(-1);
  const found = mention && source ? findExcerpt(source.text, mention.clause) : null;
  const title = project?.name ?? content.mapTitle;
  const checked = project?.checked ?? content.factsChecked;
  return {
    id: project ? project.id : WHOLE_MAP,
    language,
    title,
    description: project?.description ?? t('share.mapDescription'),
    excerpt:
      found && source
        ? {
            quote: found.clause,
            source: `${source.publisher}, ${formatDate(source.date)}`,
            url: source.url,
          }
        : null,
    imageAlt: t('share.imageAlt', { title }),
    hash: project ? serializeHash({ view: null, project: project.id, date: null }) : '',
    alternates: LANGUAGES,
    checked: {
      day: checked,
      date: formatDate(checked),
      sentence: t(project ? 'panel.checked' : 'share.checkedLatest'),
    },
  };
}
