/** The page: the map, with the legend and the selected project's panel; embedded or full page. */
import type { CSSProperties } from 'react';
import content, { projectIds } from './content/content';
import type { EmbedParams } from './embed/embedParams';
import { useEmbedBridge } from './embed/useEmbedBridge';
import { EmbedFooter } from './features/EmbedFooter';
import { Legend } from './features/Legend';
import { ProjectPanel } from './features/ProjectPanel';
import { MapView } from './map/MapView';
import { lightTheme } from './map/theme';
import { useUrlSync } from './state/useUrlSync';

export function App({ params }: { params: EmbedParams }) {
  useUrlSync(projectIds, !(params.embedded && params.origins.length > 0));
  useEmbedBridge(params, projectIds);
  const style = { '--map-height': `${params.mapHeight}px` } as CSSProperties;
  return (
    <div className={params.embedded ? 'app embedded' : 'app'} style={style}>
      <MapView
        content={content}
        theme={lightTheme}
        label={`Map: ${content.mapTitle}`}
        embedded={params.embedded}
      >
        {!params.mapOnly && (
          <Legend content={content} theme={lightTheme} embedded={params.embedded} />
        )}
        {!params.mapOnly && <ProjectPanel theme={lightTheme} />}
      </MapView>
      {params.embedded && <EmbedFooter content={content} />}
    </div>
  );
}
