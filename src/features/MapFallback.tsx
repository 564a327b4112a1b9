/**
 * In place of the map where the browser cannot draw it (no WebGL): a plain statement, and a
 * picture of the map made at build time. The legend's list still opens every project.
 */

import type { ThemeName } from '../content/themeNames.ts';
import { posterFile } from '../map/poster.ts';
import { useI18n } from '../ui/useI18n.ts';

export function MapFallback({ theme }: { theme: ThemeName }) {
  const { t, content, language } = useI18n();
  return (
    <div className="map-fallback">
      <img
        src={`poster/${posterFile(theme, language)}`}
        alt={t('fallback.picture', { title: content.mapTitle })}
      />
      <p className="map-fallback-note" role="status">
        {t('fallback.note')}
      </p>
    </div>
  );
}
