/** The page: the map, with the legend and the selected project's panel; embedded or full page. */
import { type CSSProperties, useEffect, useId, useState } from 'react';
import { projectIds } from './content/content.ts';
import { hostContextOf, WORDPRESS_MAX_HEIGHT } from './embed/hostProtocols.ts';
import { useEmbedBridge } from './embed/useEmbedBridge.ts';
import { EmbedFooter } from './features/EmbedFooter.tsx';
import { Legend } from './features/Legend.tsx';
import { MapFallback } from './features/MapFallback.tsx';
import { MapSummary } from './features/MapSummary.tsx';
import { ProjectPanel } from './features/ProjectPanel.tsx';
import { ProjectTable } from './features/ProjectTable.tsx';
import { PHONE_MAX_WIDTH } from './map/clearings.ts';
import { MapView } from './map/MapView.tsx';
import { THEMES } from './map/theme.ts';
import { applyDocumentSettings } from './state/documentSettings.ts';
import type { EmbedParams } from './state/embedParams.ts';
import { useSelected, useTable } from './state/store.ts';
import { useUrlSync } from './state/useUrlSync.ts';
import { Announcer } from './ui/Announcer.tsx';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { Notice } from './ui/Notice.tsx';
import { useI18n } from './ui/useI18n.ts';
import { useMediaQuery } from './ui/useMediaQuery.ts';
import { useThemeName } from './ui/useThemeName.ts';

export function App({ params }: { params: EmbedParams }) {
  // Read on the first render, before the address is tidied: a host's marks are in it only then.
  const [host] = useState(() => hostContextOf(window.location.search, window.location.hash));
  useUrlSync(projectIds, !(params.embedded && params.origins.length > 0));
  useEmbedBridge(params, projectIds, host);
  const i18n = useI18n();
  const theme = THEMES[useThemeName()];
  const summaryId = useId();
  const selected = useSelected();
  const table = useTable() && !params.mapOnly;
  // On a phone the table covers the whole screen, legend included; in an embed it flows below.
  const phone = useMediaQuery(`(max-width: ${PHONE_MAX_WIDTH}px)`);
  const coversLegend = table && phone && !params.embedded;
  // WordPress's sandbox allows no downloads.
  const downloads = host.wordpressSecret === null;

  // The page says which language it is in, and the browser draws its own controls to match.
  useEffect(() => {
    applyDocumentSettings(i18n.language, theme.name);
    document.title = i18n.content.mapTitle;
  }, [i18n, theme]);

  // The words are read (their messages parsed) while the reader looks, not when a panel opens.
  useEffect(() => {
    const prepare = setTimeout(() => i18n.prepareWords(), 500);
    return () => clearTimeout(prepare);
  }, [i18n]);

  // Under WordPress, which will not make an embed taller than 1000 px, the panel keeps within it.
  const capped = params.embedded && host.wordpressSecret !== null;
  const style = {
    '--map-height': `${params.mapHeight}px`,
    ...(capped ? { '--content-max': `${WORDPRESS_MAX_HEIGHT}px` } : {}),
  } as CSSProperties;
  const className = ['app', params.embedded && 'embedded', capped && 'capped']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} style={style}>
      <MapView
        content={i18n.content}
        theme={theme}
        words={i18n.words}
        controlTexts={i18n.controlTexts}
        label={i18n.t('map.label', { title: i18n.content.mapTitle })}
        describedBy={summaryId}
        embedded={params.embedded}
        fallback={<MapFallback theme={theme.name} />}
        covered={table && !params.embedded}
      >
        <MapSummary id={summaryId} />
        {!params.mapOnly && (
          <ErrorBoundary part="legend" message={i18n.t('error.part')}>
            <Legend
              theme={theme}
              embedded={params.embedded}
              covered={coversLegend}
              downloads={downloads}
            />
          </ErrorBoundary>
        )}
        {table && (
          <ErrorBoundary part="table" message={i18n.t('error.part')}>
            <ProjectTable coversLegend={coversLegend} downloads={downloads} />
          </ErrorBoundary>
        )}
        {!params.mapOnly && !table && (
          <ErrorBoundary resetKey={selected} part="panel" message={i18n.t('error.part')}>
            <ProjectPanel />
          </ErrorBoundary>
        )}
        <Notice />
      </MapView>
      <Announcer />
      {params.embedded && <EmbedFooter />}
    </div>
  );
}
