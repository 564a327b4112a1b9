/**
 * The schemas of the desk's forms, each the content's one schema (`src/content/schema.ts`) with,
 * where a text is translated, the same text in each other language as the translation schema
 * checks it: so a form's problems are in the words `npm run check:data` prints.
 */
import { z } from 'zod';
import {
  articleSchema,
  factSchema,
  milestoneSchema,
  placeFeatureSchema,
  projectMetaSchema,
  translationSchema,
} from '../content/schema.ts';
import { OTHER_LANGUAGES, type OtherLanguage } from './edits.ts';
import { type FieldSpec, fieldsOf, jsonSchemaOf } from './form/fields.ts';

const projectTranslation = translationSchema.shape.projects.unwrap().valueType;
const translatedPlaceName = translationSchema.shape.places.unwrap().valueType;

/** An object with the same shape for each language translated from English. */
function perLanguage<T extends z.ZodType>(schema: T) {
  return z.strictObject(
    Object.fromEntries(OTHER_LANGUAGES.map((language) => [language, schema])) as Record<
      OtherLanguage,
      T
    >,
  );
}

/** A form: its schema and the fields read from it. */
export interface FormKind<S extends z.ZodType = z.ZodType> {
  schema: S;
  fields: FieldSpec[];
  /** Fields shown in every language: their translations are at `i18n.<language>.<field>`. */
  translated: readonly string[];
}

function formKind<S extends z.ZodType>(schema: S, translated: readonly string[] = []): FormKind<S> {
  return { schema, fields: fieldsOf(jsonSchemaOf(schema)), translated };
}

/** A milestone, with its event in every language. */
export const MILESTONE_FORM = formKind(
  milestoneSchema.extend({
    i18n: perLanguage(
      z.strictObject({ event: projectTranslation.shape.milestones.element.shape.event }),
    ),
  }),
  ['event'],
);

/** A fact, with its label and value in every language. */
export const FACT_FORM = formKind(
  factSchema.extend({ i18n: perLanguage(projectTranslation.shape.facts.element) }),
  ['label', 'value'],
);

/** A place, with its name in every language. */
export const PLACE_FORM = formKind(
  placeFeatureSchema.extend({ i18n: perLanguage(z.strictObject({ name: translatedPlaceName })) }),
  ['properties.name'],
);

/** The day a project's facts were checked. */
export const CHECKED_FORM = formKind(projectMetaSchema.pick({ checked: true }));

/** A project's colours on the map, one per theme. */
export const COLOURS_FORM = formKind(projectMetaSchema.pick({ colours: true }));

/** A project's own texts. */
export const PROJECT_TEXTS_FORM = formKind(
  projectMetaSchema
    .pick({ name: true, shortName: true, description: true, certaintyNote: true })
    .extend({
      i18n: perLanguage(
        projectTranslation.pick({
          name: true,
          shortName: true,
          description: true,
          certaintyNote: true,
        }),
      ),
    }),
  ['name', 'shortName', 'description', 'certaintyNote'],
);

/** An article, but for its id (its file's name) and its clauses (edited one by one). */
export const ARTICLE_FORM = formKind(articleSchema.omit({ id: true, clauses: true }));

/** What an article says about one project; blank when it does not mention it. */
export const CLAUSE_FORM = formKind(
  z.strictObject({ clause: articleSchema.shape.clauses.valueType.optional() }),
);
