/** A small draft of the desk for the translations' tests. */

/** A small draft, new on each call: one drawn project, one flow, a place, two interface words. */
export function testDraft(): Record<string, unknown> {
  return {
    'projects.json': {
      mapTitle: 'Joint projects',
      projects: [
        {
          id: 'titr',
          name: 'Middle Corridor route',
          shortName: 'Middle Corridor',
          description: 'Rail and ferry.',
          certaintyNote: 'Ferry routes are schematic.',
          colours: { light: '#0066a8', dark: '#56b4e9' },
          checked: '2026-01-01',
          facts: [{ label: 'Capacity', value: '6 million tonnes in 2023', sources: [] }],
          milestones: [
            { date: '2017-10', event: 'Railway opened (850 km)', sources: [] },
            { date: '2023', event: 'Carried 2.7 million tonnes', sources: [] },
          ],
        },
        {
          id: 'grain',
          name: 'Grain exports',
          shortName: 'Grain',
          description: 'Grain to Azerbaijan.',
          colours: { light: '#907040', dark: '#f0e442' },
          checked: '2026-01-01',
          facts: [],
          milestones: [{ date: '2024', event: 'About 200,000 tonnes a year', sources: [] }],
          flow: { legs: [], tonnesPerYear: 1, routeName: 'Grain: ferry', source: 'Assumed.' },
        },
      ],
    },
    'projects/titr.geojson': {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Ferry', source: 'Schematic.' }, geometry: null },
      ],
    },
    'places.geojson': {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'Aktau port' }, geometry: null }],
    },
    'i18n/en.json': {
      language: 'en',
      languageName: 'English',
      ui: { 'panel.close': 'Close', 'panel.source': 'Source: {source}' },
    },
    'i18n/ru.json': {
      language: 'ru',
      languageName: 'Русский',
      ui: { 'panel.close': 'Закрыть', 'panel.source': 'Источник: {sources}' },
      mapTitle: 'Совместные проекты',
      projects: {
        titr: {
          name: 'Маршрут Среднего коридора',
          shortName: 'Средний коридор',
          description: 'Железная дорога и паром.',
          certaintyNote: 'Паромные маршруты схематичны.',
          facts: [{ label: 'Мощность', value: '6 млн тонн в 2022 году' }],
          milestones: [{ event: 'Открыта дорога (850 км)' }],
          routes: { Ferry: 'Паром', Old: 'Старый' },
        },
      },
      places: { 'Aktau port': 'Порт Актау', 'Caspian Sea': 'Каспийское море' },
      stale: ['projects.titr.name', 'projects.titr.description'],
    },
    'i18n/az.json': { language: 'az', languageName: 'Azərbaycanca', ui: {} },
    'i18n/kk.json': { language: 'kk', languageName: 'Қазақша', ui: {} },
  };
}
