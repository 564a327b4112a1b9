/**
 * In place of the map where the browser cannot draw it (no WebGL): a plain statement, and a
 * picture of the map made at build time. The legend's list still opens every project.
 */
import { useI18n } from '../i18n/useI18n';
import type { ThemeName } from '../map/theme';

/** Where the build puts the pictures (`npm run poster`), one per theme. */
export const posterPath = (theme: ThemeName) => `poster/poster-${theme}.svg`;

export function MapFallback({ theme }: { theme: ThemeName }) {
  const { t, content } = useI18n();
  return (
    <div className="map-fallback">
      <img src={posterPath(theme)} alt={t('fallback.picture', { title: content.mapTitle })} />
      <p className="map-fallback-note" role="status">
        {t('fallback.note')}
      </p>
    </div>
  );
}
