/**
 * What the map shows, in words: the text alternative that the map's canvas points to. Each
 * project is named with its status on the date shown, which the map draws as its line's style.
 */
import { statusesAsOf } from '../content/content';
import { useI18n } from '../i18n/useI18n';
import { useAsOf, useHidden, visibleProjects } from '../state/store';

export function MapSummary({ id }: { id: string }) {
  const { t, content } = useI18n();
  const statuses = statusesAsOf(content.projects, useAsOf());
  const names = visibleProjects(content.projects, useHidden()).map((project) => {
    const status = statuses[project.id];
    return status ? `${project.name} (${t(`status.${status}`)})` : project.name;
  });
  // Names may hold commas; a semicolon keeps them apart in every language.
  const list = names.join('; ');
  return (
    <p id={id} className="visually-hidden">
      {names.length > 0 ? t('map.summary', { list }) : t('map.summaryNone')}
    </p>
  );
}
