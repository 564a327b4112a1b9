/**
 * Sources as a reader can open them: each "Publisher, date" a link to a new tab (the page itself
 * requests nothing from it), its headline as the link's title where known, and the language of a
 * source not in English.
 */

import { SOURCE_LANGUAGE } from '../content/languages.ts';
import type { Source } from '../content/schema.ts';
import type { I18n } from '../i18n/createI18n.ts';

export function SourceLinks({ sources, i18n }: { sources: readonly Source[]; i18n: I18n }) {
  const { t, formatDate, languageName } = i18n;
  return (
    <>
      {sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 && '; '}
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            title={source.title}
            hrefLang={source.language}
          >
            {source.publisher}
            {source.date && `, ${formatDate(source.date)}`}
          </a>
          {source.language &&
            source.language !== SOURCE_LANGUAGE &&
            ` (${t('panel.sourceLanguage', { language: languageName(source.language) })})`}
        </span>
      ))}
    </>
  );
}
