/**
 * "Get the data": the files the build writes of what the map draws (routes and places as GeoJSON,
 * projects and milestones as CSV), each carrying its sources and licence.
 */
import { DOWNLOAD_FILES, DOWNLOAD_KINDS, downloadPath } from '../content/downloadFiles.ts';
import { Disclosure } from '../ui/Disclosure.tsx';
import { useI18n } from '../ui/useI18n.ts';

export function DataDownloads() {
  const { t } = useI18n();
  return (
    <Disclosure label={t('data.button')} title={t('data.title')} className="data-downloads">
      <ul className="downloads">
        {DOWNLOAD_KINDS.map((kind) => (
          <li key={kind}>
            <a href={downloadPath(kind)} download={DOWNLOAD_FILES[kind].fileName}>
              {t(`data.${kind}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="tool-note">{t('data.licence')}</p>
    </Disclosure>
  );
}
