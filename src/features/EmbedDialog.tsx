/** "Embed": the link to the current view and the code an editor pastes into a news page. */
import { useId, useState } from 'react';
import type { Language } from '../content/languages';
import {
  clampMapHeight,
  type EmbedOptions,
  elementSnippet,
  embedSnippet,
  plainSnippet,
  stepMarkup,
} from '../embed/snippet';
import { appI18n } from '../i18n/appI18n';
import { appBase } from '../share/appBase';
import { shareEntryFor } from '../share/shareEntry';
import { shareUrl, WHOLE_MAP } from '../share/sharePage';
import { MAP_HEIGHT, THEMES } from '../state/embedParams';
import { useAppStore, useAsOf, useSelected } from '../state/store';
import { formatView, serializeHash } from '../state/url';
import { Choice } from '../ui/Choice';
import { CopyButton } from '../ui/CopyButton';
import { Disclosure } from '../ui/Disclosure';
import { useI18n } from '../ui/useI18n';
import { languageMenu } from './Settings';

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

  return (
    <Disclosure label={t('embed.button')} title={t('embed.title')} className="embed">
      <label htmlFor={ids.share}>{t('share.link')}</label>
      <input id={ids.share} readOnly value={share} onFocus={(event) => event.target.select()} />
      <CopyButton text={share} label={t('share.copyLink')} target={ids.share} />
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
      <label htmlFor={ids.snippet}>{t('embed.code')}</label>
      <textarea id={ids.snippet} readOnly rows={6} value={snippet} />
      <CopyButton text={snippet} label={t('embed.copyCode')} target={ids.snippet} />
      <label htmlFor={ids.plain}>{t('embed.plain')}</label>
      <textarea id={ids.plain} readOnly rows={4} value={plain} />
      <CopyButton text={plain} label={t('embed.copyPlain')} target={ids.plain} />
      <label htmlFor={ids.element}>{t('embed.element')}</label>
      <textarea id={ids.element} readOnly rows={6} value={element} />
      <CopyButton text={element} label={t('embed.copyElement')} target={ids.element} />
      <label htmlFor={ids.step}>{t('embed.story')}</label>
      <textarea id={ids.step} readOnly rows={3} value={step} />
      <CopyButton text={step} label={t('embed.copyStep')} target={ids.step} />
    </Disclosure>
  );
}
