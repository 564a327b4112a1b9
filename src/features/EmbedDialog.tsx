/** "Embed": the link to the current view and the code an editor pastes into a news page. */
import { useId, useState } from 'react';
import type { Content } from '../content/schema';
import { MAP_HEIGHT, THEMES } from '../embed/embedParams';
import { clampMapHeight, type EmbedOptions, embedSnippet, plainSnippet } from '../embed/snippet';
import { LANGUAGES } from '../state/languages';
import { useAppStore, useSelected } from '../state/store';
import { serializeHash } from '../state/url';
import { CopyButton } from './CopyButton';
import { Disclosure } from './Disclosure';

/** The app's own address, without query or hash: what the embed code points at. */
function appBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** A labelled drop-down of a few codes, each shown as itself. */
function Choice<T extends string>(props: {
  label: string;
  value: T;
  values: readonly T[];
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.target.value as T)}>
        {props.values.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </label>
  );
}

export function EmbedDialog({ content }: { content: Content }) {
  const selected = useSelected();
  const view = useAppStore((state) => state.view);
  const [options, setOptions] = useState<Omit<EmbedOptions, 'project'> & { project: string }>({
    project: '',
    lang: 'en',
    theme: 'auto',
    mapOnly: false,
    height: MAP_HEIGHT.default,
  });
  const ids = { link: useId(), snippet: useId(), plain: useId() };
  const set = (change: Partial<typeof options>) => setOptions({ ...options, ...change });

  const link = `${appBase()}${serializeHash({ view, project: selected })}`;
  const chosen: EmbedOptions = { ...options, project: options.project || selected };
  const title = `Map: ${content.mapTitle}`;
  const snippet = embedSnippet(appBase(), chosen, title);
  const plain = plainSnippet(appBase(), chosen, title);

  return (
    <Disclosure label="Embed" title="Embed this map" className="embed">
      <label htmlFor={ids.link}>Link to this view</label>
      <input id={ids.link} readOnly value={link} onFocus={(event) => event.target.select()} />
      <CopyButton text={link} label="Copy link" target={ids.link} />
      <label>
        Project shown first
        <select value={options.project} onChange={(event) => set({ project: event.target.value })}>
          <option value="">{selected ? 'The selected one' : 'None'}</option>
          {content.projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </select>
      </label>
      <Choice
        label="Language"
        value={options.lang}
        values={LANGUAGES}
        onChange={(lang) => set({ lang })}
      />
      <Choice
        label="Theme"
        value={options.theme}
        values={THEMES}
        onChange={(theme) => set({ theme })}
      />
      <label>
        <input
          type="checkbox"
          checked={options.mapOnly}
          onChange={(event) => set({ mapOnly: event.target.checked })}
        />
        Map only (no legend, no panel)
      </label>
      <label>
        Map height (px)
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
      <label htmlFor={ids.snippet}>Embed code (resizes itself)</label>
      <textarea id={ids.snippet} readOnly rows={6} value={snippet} />
      <CopyButton text={snippet} label="Copy embed code" target={ids.snippet} />
      <label htmlFor={ids.plain}>Or a plain iframe of fixed height (no script)</label>
      <textarea id={ids.plain} readOnly rows={4} value={plain} />
      <CopyButton text={plain} label="Copy plain iframe" target={ids.plain} />
    </Disclosure>
  );
}
