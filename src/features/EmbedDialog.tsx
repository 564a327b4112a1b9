/** "Embed": the link to the current view and the code an editor pastes into a news page. */
import { useId, useState } from 'react';
import type { Language } from '../content/languages.ts';
import {
  clampMapHeight,
  type EmbedOptions,
  elementSnippet,
  embedSnippet,
  plainSnippet,
  stepMarkup,
} from '../embed/snippet.ts';
import { appI18n } from '../i18n/appI18n.ts';
import type { UiKey } from '../i18n/translate.ts';
import { appBase } from '../share/appBase.ts';
import { shareEntryFor } from '../share/shareEntry.ts';
import { shareUrl, WHOLE_MAP } from '../share/sharePage.ts';
import { MAP_HEIGHT, THEMES } from '../state/embedParams.ts';
import { useAppStore, useAsOf, useSelected } from '../state/store.ts';
import { formatView, serializeHash } from '../state/url.ts';
import { Choice } from '../ui/Choice.tsx';
import { CodeField } from '../ui/CodeField.tsx';
import { Disclosure } from '../ui/Disclosure.tsx';
import { useI18n } from '../ui/useI18n.ts';
import { languageMenu } from './Settings.tsx';

/** A link or code the dialog offers to copy. */
interface Code {
  id: string;
  label: UiKey;
  copy: UiKey;
  text: string;
  /** Lines of its text area; a one-line field without. */
  rows?: number;
}

export function EmbedDialog() {
  const { t, content: localized, language } = useI18n();
  const selected = useSelected();
  const view = useAppStore((state) => state.view);
  const date = useAsOf();
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
  const ids = {
    share: useId(),
    link: useId(),
    snippet: useId(),
    plain: useId(),
    element: useId(),
    step: useId(),
  };
  const set = (change: Partial<typeof options>) => setOptions({ ...options, ...change });

  const link = `${appBase()}${serializeHash({ view, project: selected, date })}`;
  // The share page previews in social apps and chats, and opens the map at the project.
  const share = shareUrl(appBase(), selected, language);
  const lang = options.lang ?? language;
  const chosen: EmbedOptions = { ...options, lang, project: options.project || selected, date };
  // The embedded page's title, in the language the embed is set to.
  const embedded = appI18n(lang);
  const title = embedded.t('map.label', { title: embedded.content.mapTitle });
  const snippet = embedSnippet(appBase(), chosen, title);
  const plain = plainSnippet(appBase(), chosen, title);
  const element = elementSnippet(
    appBase(),
    chosen,
    title,
    shareEntryFor(embedded, chosen.project ?? WHOLE_MAP),
    { open: embedded.t('share.open') },
  );

  // A story step of what the map shows now, for the editor to mark a paragraph with.
  const step = stepMarkup({
    ...(chosen.project ? { project: chosen.project } : {}),
    ...(date ? { date } : {}),
    ...(view ? { view: formatView(view) } : {}),
  });

  /** The links and codes to copy, each with its label and its button's. */
  const codeField = (code: Code) => (
    <CodeField
      key={code.id}
      id={code.id}
      label={t(code.label)}
      copyLabel={t(code.copy)}
      text={code.text}
      rows={code.rows}
    />
  );
  const links: Code[] = [
    { id: ids.share, label: 'share.link', copy: 'share.copyLink', text: share },
    { id: ids.link, label: 'embed.link', copy: 'embed.copyLink', text: link },
  ];
  const codes: Code[] = [
    { id: ids.snippet, label: 'embed.code', copy: 'embed.copyCode', text: snippet, rows: 6 },
    { id: ids.plain, label: 'embed.plain', copy: 'embed.copyPlain', text: plain, rows: 4 },
    { id: ids.element, label: 'embed.element', copy: 'embed.copyElement', text: element, rows: 6 },
    { id: ids.step, label: 'embed.story', copy: 'embed.copyStep', text: step, rows: 3 },
  ];

  return (
    <Disclosure label={t('embed.button')} title={t('embed.title')} className="embed">
      {links.map(codeField)}
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
        {...languageMenu}
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
      {codes.map(codeField)}
    </Disclosure>
  );
}
