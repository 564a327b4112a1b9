/**
 * What the map shows, in words: the text alternative that the map's canvas points to. Each
 * project is named with its status on the date shown, which the map draws as its line's style,
 * then summed up (kinds, length as drawn, countries), and the selected one described route by
 * route (see `describe.ts`); the panel and the table say the rest.
 */
import { useMemo } from 'react';
import { statusesAsOf } from '../content/content.ts';
import { describeLeg, describeOverview } from '../i18n/describe.ts';
import { useAsOf, useHidden, useSelected } from '../state/store.ts';
import { visibleProjects } from '../state/visibleProjects.ts';
import { useI18n } from '../ui/useI18n.ts';

export function MapSummary({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, content } = i18n;
  const asOf = useAsOf();
  const hidden = useHidden();
  const selected = useSelected();
  const shown = useMemo(() => visibleProjects(content.projects, hidden), [content, hidden]);
  // The same on every day and for every selection: worked out once per language and visibility
  // (a click must not describe every project again).
  const overviews = useMemo(
    () => shown.map((project) => ` ${project.shortName}: ${describeOverview(project, i18n)}`),
    [shown, i18n],
  );
  const statuses = statusesAsOf(content.projects, asOf);
  const names = shown.map((project) => {
    const status = statuses[project.id];
    return status ? `${project.name} (${t(`status.${status}`)})` : project.name;
  });
  // Names may hold commas; a semicolon keeps them apart in every language.
  const list = names.join('; ');
  const chosen = shown.find((project) => project.id === selected);
  const legs = chosen?.routes.map((route) => ` ${describeLeg(chosen, route, i18n)}`) ?? [];
  // Three blocks, so that a new selection lays out its routes again, not every project's words.
  return (
    <div id={id} className="visually-hidden">
      <p>{t('map.summary', { count: names.length, list })}</p>
      <p>{overviews.join('')}</p>
      <p>{legs.join('')}</p>
    </div>
  );
}
