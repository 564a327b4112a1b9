/**
 * The content in the reader's language: names and texts replaced by their checked translation.
 * The article's words, citations and sources stay as published.
 */

import { type Language, SOURCE_LANGUAGE } from '../content/languages.ts';
import type { Content, PlaceFeature, Project, Translation } from '../content/schema.ts';

/** A route whose provenance note the reader's language lacks: shown in English, marked so. */
const inEnglish = (route: Project['routes'][number]): Project['routes'][number] => ({
  ...route,
  properties: { ...route.properties, sourceLanguage: SOURCE_LANGUAGE },
});

function localizeProject(project: Project, translation: Translation): Project {
  const projects = translation.projects ?? {};
  const mine = Object.hasOwn(projects, project.id) ? projects[project.id] : undefined;
  if (!mine) return { ...project, routes: project.routes.map(inEnglish) };
  const sources = mine.routeSources ?? {};
  return {
    ...project,
    name: mine.name,
    shortName: mine.shortName,
    description: mine.description,
    certaintyNote: mine.certaintyNote ?? project.certaintyNote,
    facts: project.facts.map((fact, index) => ({ ...fact, ...mine.facts[index] })),
    milestones: project.milestones.map((milestone, index) => ({
      ...milestone,
      ...mine.milestones[index],
    })),
    routes: project.routes.map((route) => {
      const { name } = route.properties;
      const translated = Object.hasOwn(mine.routes, name) ? mine.routes[name] : undefined;
      const source = Object.hasOwn(sources, name) ? sources[name] : undefined;
      const named = { ...route, properties: { ...route.properties, name: translated ?? name } };
      return source === undefined
        ? inEnglish(named)
        : { ...named, properties: { ...named.properties, source } };
    }),
  };
}

/** A place's name (or a sea's) in a translation; the English name where it gives none. */
export function placeNameIn(translation: Translation, english: string): string {
  const places = translation.places ?? {};
  return (Object.hasOwn(places, english) ? places[english] : undefined) ?? english;
}

function localizePlace(place: PlaceFeature, translation: Translation): PlaceFeature {
  const name = placeNameIn(translation, place.properties.name);
  return name === place.properties.name
    ? place
    : { ...place, properties: { ...place.properties, name } };
}

/** The content as a reader of `language` sees it; English is the content itself. */
export function localizeContent(content: Content, language: Language): Content {
  const translation = content.translations[language];
  if (language === SOURCE_LANGUAGE || !translation) return content;
  return {
    ...content,
    mapTitle: translation.mapTitle ?? content.mapTitle,
    projects: content.projects.map((project) => localizeProject(project, translation)),
    places: content.places.map((place) => localizePlace(place, translation)),
  };
}
