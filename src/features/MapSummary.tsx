/** What the map shows, in words: the text alternative that the map's canvas points to. */
import { useI18n } from '../i18n/useI18n';
import { useHidden, visibleProjects } from '../state/store';

export function MapSummary({ id }: { id: string }) {
  const { t, content } = useI18n();
  const names = visibleProjects(content.projects, useHidden()).map((project) => project.name);
  // Names may hold commas; a semicolon keeps them apart in every language.
  const list = names.join('; ');
  return (
    <p id={id} className="visually-hidden">
      {names.length > 0 ? t('map.summary', { list }) : t('map.summaryNone')}
    </p>
  );
}
