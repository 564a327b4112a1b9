/**
 * The places of `places.geojson`: list, add, edit and remove, each with its name in every
 * language (the translations key it by its English name, so a new name renames it there).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import type { PlaceCollectionInput, PlaceFeatureInput } from '../../content/schema.ts';
import { itemErrors, placePrefixes } from '../checkErrors.ts';
import {
  addPlace,
  isStale,
  OTHER_LANGUAGES,
  type OtherLanguage,
  PLACES_FILE,
  placeBaseline,
  placeNames,
  removePlace,
  replacePlace,
} from '../edits.ts';
import { SchemaFields } from '../form/SchemaFields.tsx';
import { useSchemaForm } from '../form/useSchemaForm.ts';
import { LANGUAGE_LABELS, WORDS } from '../form/words.ts';
import { PLACE_FORM } from '../forms.ts';
import { useDeskStore } from '../store.ts';
import { textPath } from '../translations/paths.ts';

type PlaceBaseline = NonNullable<ReturnType<typeof placeBaseline>>;

interface Editing {
  index: number;
  baseline: PlaceBaseline;
  fresh: boolean;
  opened: number;
}

export function PlacesView() {
  const values = useDeskStore((state) => state.session?.values);
  const edit = useDeskStore((state) => state.edit);
  const [editing, setEditing] = useState<Editing | null>(null);
  const opened = useRef(0);
  if (!values) return null;
  const places = (values[PLACES_FILE] as PlaceCollectionInput | undefined)?.features ?? [];

  const open = (index: number) => {
    const baseline = placeBaseline(values, index);
    if (baseline) setEditing({ index, baseline, fresh: false, opened: ++opened.current });
  };
  const add = () => {
    const feature = {
      type: 'Feature',
      properties: { name: '', kind: 'city', source: '' },
      // Blank until typed: the check names what is missing.
      geometry: { type: 'Point', coordinates: ['', ''] },
    } as unknown as PlaceFeatureInput;
    const names = { ru: '', az: '', kk: '' };
    edit((current) => addPlace(current, { feature, names }));
    const stale = { ru: false, az: false, kk: false };
    setEditing({
      index: places.length,
      baseline: { feature, names, stale },
      fresh: true,
      opened: ++opened.current,
    });
  };

  return (
    <article className="places-view" aria-labelledby="places-title">
      <h2 id="places-title">Places</h2>
      <p className="help">
        The towns, ports, terminals and stations the map shows and the route descriptions name.
      </p>
      <table className="places">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Translations</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {places.map((place, index) => {
            const name = place.properties.name;
            const flags = OTHER_LANGUAGES.flatMap((language) => {
              const table = placeNames(values, language);
              if (!Object.hasOwn(table, name) || !table[name]?.trim()) {
                return [`${LANGUAGE_LABELS[language]} missing`];
              }
              return isStale(values, language, textPath({ kind: 'place', key: name }))
                ? [`${LANGUAGE_LABELS[language]} possibly stale`]
                : [];
            });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: places are identified by position
              <tr key={index} className={editing?.index === index ? 'current' : undefined}>
                <th scope="row">{name || '(no name)'}</th>
                <td>
                  {WORDS['properties.kind']?.options?.[place.properties.kind] ??
                    place.properties.kind}
                </td>
                <td>{flags.length > 0 ? flags.join(', ') : 'complete'}</td>
                <td className="item-actions">
                  <button
                    type="button"
                    aria-expanded={editing?.index === index}
                    onClick={() => (editing?.index === index ? setEditing(null) : open(index))}
                  >
                    {editing?.index === index ? 'Close' : 'Edit'}
                    <span className="visually-hidden"> place {name}</span>
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() => {
                      edit((current) => removePlace(current, index));
                      setEditing(null);
                    }}
                  >
                    Remove<span className="visually-hidden"> place {name}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={add}>
        Add place
      </button>
      {editing ? (
        <PlaceEditor
          key={editing.opened}
          index={editing.index}
          baseline={editing.baseline}
          fresh={editing.fresh}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </article>
  );
}

function PlaceEditor({
  index,
  baseline,
  fresh,
  onClose,
}: {
  index: number;
  baseline: PlaceBaseline;
  fresh: boolean;
  onClose: () => void;
}) {
  const edit = useDeskStore((state) => state.edit);
  const errors = useDeskStore((state) => state.preview.errors);
  const values = useDeskStore((state) => state.session?.values);
  const form = useSchemaForm(PLACE_FORM, {
    value: {
      ...baseline.feature,
      i18n: Object.fromEntries(
        OTHER_LANGUAGES.map((language) => [language, { name: baseline.names[language] }]),
      ),
    },
    onChange: (value) => {
      const { i18n, ...feature } = value as Record<string, unknown> & {
        i18n: Record<OtherLanguage, { name: string }>;
      };
      const names = Object.fromEntries(
        OTHER_LANGUAGES.map((language) => [language, i18n[language].name]),
      ) as Record<OtherLanguage, string>;
      edit((current) =>
        replacePlace(
          current,
          index,
          { feature: feature as unknown as PlaceFeatureInput, names },
          baseline,
        ),
      );
    },
    validateAtOnce: !fresh,
  });
  useEffect(() => {
    form.setFocus('properties.name');
  }, [form]);
  const name =
    (values?.[PLACES_FILE] as PlaceCollectionInput | undefined)?.features[index]?.properties.name ??
    '';
  const problems = useMemo(
    () => itemErrors(errors, placePrefixes(index, name)),
    [errors, index, name],
  );
  const stale = new Set(
    values
      ? OTHER_LANGUAGES.filter((language) =>
          isStale(values, language, textPath({ kind: 'place', key: name })),
        ).map((language) => `i18n.${language}.name`)
      : [],
  );
  return (
    <section className="item-editor" aria-label="Edit place">
      <h3>{fresh ? 'New place' : `Editing ${name || 'the place'}`}</h3>
      {problems.general.length > 0 ? (
        <div className="problems" role="alert">
          <ul>
            {problems.general.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <FormProvider {...form}>
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          <SchemaFields kind={PLACE_FORM} checkErrors={problems.byField} stale={stale} />
        </form>
      </FormProvider>
      <button type="button" onClick={onClose}>
        Done with this place
      </button>
    </section>
  );
}
