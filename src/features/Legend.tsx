/** The legend: one entry per project with its swatch and a show/hide toggle, then the line key. */
import { useId } from 'react';
import { articleById } from '../content/content';
import type { Content } from '../content/schema';
import { ROUTE_KINDS } from '../content/vocabulary';
import { APPROXIMATE_SUFFIX } from '../map/layers/places';
import { PHONE_MAX_WIDTH } from '../map/overlays';
import { projectSwatch, swatchStyle } from '../map/swatch';
import type { Theme } from '../map/theme';
import { useAppStore, useHidden } from '../state/store';
import { EmbedDialog } from './EmbedDialog';
import { ExportDialog } from './ExportDialog';
import { formatDate } from './format';
import { Swatch } from './Swatch';

/** Phones start with the legend folded, so that it does not cover the map. */
function isNarrow(): boolean {
  return window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`).matches;
}

interface LegendProps {
  content: Content;
  theme: Theme;
  /** Inside a news page: starts folded, and offers no embed code of its own. */
  embedded?: boolean;
}

/** The legend card, holding the map's title and credit too. */
export function Legend({ content, theme, embedded = false }: LegendProps) {
  const hidden = useHidden();
  const setVisible = useAppStore((state) => state.setVisible);
  const setHovered = useAppStore((state) => state.setHovered);
  const titleId = useId();
  const article = content.projects[0] && articleById(content.projects[0].excerpt.article);
  const neutral = theme.placeDot;

  return (
    <section className="legend card" aria-labelledby={titleId}>
      <h1 id={titleId}>{content.mapTitle}</h1>
      {article && (
        <p className="credit">
          As named by{' '}
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            {article.publisher}, {formatDate(article.date)}
          </a>
        </p>
      )}
      <details open={!embedded && !isNarrow()}>
        <summary>Legend</summary>
        <ul className="legend-projects">
          {content.projects.map((project) => {
            const swatch = projectSwatch(theme, project);
            return (
              <li
                key={project.id}
                onPointerEnter={(event) => event.pointerType !== 'touch' && setHovered(project.id)}
                onPointerLeave={() => setHovered(null)}
              >
                <label>
                  <input
                    type="checkbox"
                    checked={!hidden.includes(project.id)}
                    onChange={(event) => setVisible(project.id, event.target.checked)}
                  />
                  {swatch && <Swatch style={swatch} />}
                  <span>{project.name}</span>
                </label>
              </li>
            );
          })}
        </ul>
        <ul className="legend-key" aria-label="Line styles">
          {ROUTE_KINDS.map((kind) => (
            <li key={kind}>
              <Swatch style={swatchStyle(theme, kind, 'approximate', neutral)} />
              {theme.kinds[kind].label}
            </li>
          ))}
          <li>
            <Swatch style={swatchStyle(theme, 'cable', 'indicative', neutral)} />
            Dashed or dotted: indicative, path not published
          </li>
          <li>
            <Swatch style={swatchStyle(theme, 'cable', 'approximate', neutral)} />
            Solid: drawn straight between known points
          </li>
        </ul>
        <p className="legend-note">
          Places marked{APPROXIMATE_SUFFIX} are at an approximate location.
        </p>
        <ExportDialog content={content} theme={theme} />
        {!embedded && <EmbedDialog content={content} />}
      </details>
    </section>
  );
}
