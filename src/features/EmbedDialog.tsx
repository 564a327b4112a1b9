/** "Embed": the link to the current view and the code an editor pastes into a news page. */
import { useId, useState } from 'react';
import content from '../content/content';
import { MAP_HEIGHT, THEMES } from '../embed/embedParams';
import { clampMapHeight, type EmbedOptions, embedSnippet, plainSnippet } from '../embed/snippet';
import { LANGUAGES, type Language } from '../i18n/languages';
import { fill } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import { useAppStore, useSelected } from '../state/store';
import { serializeHash } from '../state/url';
import { CopyButton } from './CopyButton';
import { Disclosure } from './Disclosure';

/** The app's own address, without query or hash: what the embed code points at. */
function appBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** A labelled drop-down of a few codes, each shown by its name. */
function Choice<T extends string>(props: {
  label: string;
  value: T;
  values: readonly T[];
  nameOf: (value: T) => string;
  /** The language of a value's name, when it is not the page's. */
  langOf?: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.target.value as T)}>
        {props.values.map((value) => (
          <option key={value} value={value} lang={props.langOf?.(value)}>
            {props.nameOf(value)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function EmbedDialog() {
  const { t, content: localized, language } = useI18n();
  const selected = useSelected();
  const view = useAppStore((state) => state.view);
  // The language follows the page's until the editor picks one.
  const [options, setOptions] = useState<
    Omit<EmbedOptions, 'project' | 'lang'> & { project: string; lang: Language | null }
  >({
    project: '',
    lang: null,
    theme: 'auto',
    mapOnly: false,
    height: MAP_HEIGHT.default,
  });
  const ids = { link: useId(), snippet: useId(), plain: useId() };
  const set = (change: Partial<typeof options>) => setOptions({ ...options, ...change });

  const link = `${appBase()}${serializeHash({ view, project: selected })}`;
  const lang = options.lang ?? language;
  const chosen: EmbedOptions = { ...options, lang, project: options.project || selected };
  // The embedded page's title, in the language the embed is set to.
  const embedded = content.translations[lang];
  const title = fill(embedded.ui['map.label'] ?? '{title}', {
    title: embedded.mapTitle ?? content.mapTitle,
  });
  const snippet = embedSnippet(appBase(), chosen, title);
  const plain = plainSnippet(appBase(), chosen, title);

  return (
    <Disclosure label={t('embed.button')} title={t('embed.title')} className="embed">
      <label htmlFor={ids.link}>{t('embed.link')}</label>
      <input id={ids.link} readOnly value={link} onFocus={(event) => event.target.select()} />
      <CopyButton text={link} label={t('embed.copyLink')} target={ids.link} />
      <label>
        {t('embed.project')}
        <select value={options.project} onChange={(event) => set({ project: event.target.value })}>
          <option value="">{selected ? t('embed.projectSelected') : t('embed.projectNone')}</option>
          {localized.projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </select>
      </label>
      <Choice
        label={t('settings.language')}
        value={lang}
        values={LANGUAGES}
        nameOf={(code) => content.translations[code].languageName}
        langOf={(code) => code}
        onChange={(lang) => set({ lang })}
      />
      <Choice
        label={t('settings.theme')}
        value={options.theme}
        values={THEMES}
        nameOf={(choice) => t(`theme.${choice}`)}
        onChange={(theme) => set({ theme })}
      />
      <label>
        <input
          type="checkbox"
          checked={options.mapOnly}
          onChange={(event) => set({ mapOnly: event.target.checked })}
        />
        {t('embed.mapOnly')}
      </label>
      <label>
        {t('embed.height')}
        <input
          type="number"
          min={MAP_HEIGHT.min}
          max={MAP_HEIGHT.max}
          step={10}
          value={options.height}
          onChange={(event) => set({ height: Number(event.target.value) })}
          onBlur={() => set({ height: clampMapHeight(options.height) })}
        />
      </label>
      <label htmlFor={ids.snippet}>{t('embed.code')}</label>
      <textarea id={ids.snippet} readOnly rows={6} value={snippet} />
      <CopyButton text={snippet} label={t('embed.copyCode')} target={ids.snippet} />
      <label htmlFor={ids.plain}>{t('embed.plain')}</label>
      <textarea id={ids.plain} readOnly rows={4} value={plain} />
      <CopyButton text={plain} label={t('embed.copyPlain')} target={ids.plain} />
    </Disclosure>
  );
}
