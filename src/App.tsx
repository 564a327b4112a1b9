/** The page: the map, with the legend and the selected project's panel over it. */
import content, { projectIds } from './content/content';
import { Legend } from './features/Legend';
import { ProjectPanel } from './features/ProjectPanel';
import { MapView } from './map/MapView';
import { lightTheme } from './map/theme';
import { useUrlSync } from './state/useUrlSync';

export function App() {
  useUrlSync(projectIds);
  return (
    <div className="app">
      <MapView content={content} theme={lightTheme} label={`Map: ${content.mapTitle}`}>
        <Legend content={content} theme={lightTheme} />
        <ProjectPanel theme={lightTheme} />
      </MapView>
    </div>
  );
}
