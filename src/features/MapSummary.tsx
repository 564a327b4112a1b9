/**
 * What the map shows, in words: the text alternative that the map's canvas points to. Each
 * project is named with its status on the date shown, which the map draws as its line's style,
 * then summed up (kinds, length as drawn, countries), and the selected one described route by
 * route (see `describeProject`); the panel and the table say the rest.
 */
import { dayShown, statusesAsOf } from '../content/content';
import { describeProject } from '../content/describe';
import { useI18n } from '../i18n/useI18n';
import { useAsOf, useHidden, useSelected, visibleProjects } from '../state/store';

export function MapSummary({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, content } = i18n;
  const asOf = useAsOf();
  const selected = useSelected();
  const statuses = statusesAsOf(content.projects, asOf);
  const shown = visibleProjects(content.projects, useHidden());
  const names = shown.map((project) => {
    const status = statuses[project.id];
    return status ? `${project.name} (${t(`status.${status}`)})` : project.name;
  });
  // Names may hold commas; a semicolon keeps them apart in every language.
  const list = names.join('; ');
  const day = dayShown(asOf);
  const described = shown.flatMap((project) => {
    const { overview, legs } = describeProject(project, day, i18n);
    return [`${project.shortName}: ${overview}`, ...(project.id === selected ? legs : [])];
  });
  return (
    <p id={id} className="visually-hidden">
      {names.length > 0 ? t('map.summary', { list }) : t('map.summaryNone')}
      {described.map((text) => ` ${text}`).join('')}
    </p>
  );
}
