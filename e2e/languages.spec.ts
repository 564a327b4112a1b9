/** The four languages: chosen by URL, browser or switcher; interface, content and map labels. */
import { PNG } from 'pngjs';
import az from '../data/i18n/az.json' with { type: 'json' };
import kk from '../data/i18n/kk.json' with { type: 'json' };
import ru from '../data/i18n/ru.json' with { type: 'json' };
import projectsFile from '../data/projects.json' with { type: 'json' };
import { clauseOf } from './content.ts';
import { expect, type MapPage, test } from './driver.ts';

const TRANSLATED = { ru, az, kk } as const;
const english = projectsFile.projects.find((project) => project.id === 'titr');

for (const [language, file] of Object.entries(TRANSLATED)) {
  test(`?lang=${language}: the page, the panel and the legend speak ${file.languageName}; the quote stays verbatim`, async ({
    mapPage,
  }) => {
    const { page } = mapPage;
    await mapPage.open('#project=titr', `?lang=${language}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(file.mapTitle);
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(
      file.projects.titr.name,
    );
    await expect(mapPage.panel.getByRole('button', { name: file.ui['panel.close'] })).toBeVisible();
    await expect(
      page.getByRole('list', { name: file.ui['legend.projects'], exact: true }),
    ).toContainText(file.projects['oil-transit'].name);
    await expect(page.locator('.legend-key')).toContainText(file.ui['kind.pipeline']);
    // The article is quoted in English, marked as English, and the panel says so.
    const quote = mapPage.panel.locator('blockquote');
    await expect(quote).toHaveAttribute('lang', 'en');
    await expect(quote.locator('mark')).toHaveText(clauseOf(english?.id));
    await expect(mapPage.panel.locator('.quote-language')).toHaveText(
      file.ui['panel.quoteLanguage'].replace('{language}', file.ui['language.en']),
    );
    // The timeline: translated heading, status and events; sources cited as published.
    await expect(
      mapPage.panel.getByRole('heading', { level: 3, name: file.ui['panel.timeline'] }),
    ).toBeVisible();
    await expect(mapPage.panel.locator('.status-line')).toContainText(file.ui['status.operating']);
    const events = mapPage.panel.locator('.timeline .event');
    await expect(events).toHaveText(file.projects.titr.milestones.map((one) => one.event));
    await expect(mapPage.panel.locator('.timeline .sources a').first()).toHaveText(
      english?.milestones[0]?.sources[0]?.publisher ?? '',
    );
    await expect(page.locator('.legend .date-title')).toContainText(
      file.ui['date.title'].replace('{date}', '').trim(),
    );
    // Where each line comes from: translated, or in English marked as English.
    const titr: { routes: Record<string, string>; routeSources?: Record<string, string> } =
      file.projects.titr;
    const names = Object.keys(titr.routes);
    const translated = names.flatMap((name) => titr.routeSources?.[name] ?? []);
    const notes = mapPage.panel.locator('.routes li > small');
    await expect(notes).toHaveCount(names.length);
    await expect(notes.locator('[lang="en"]')).toHaveCount(names.length - translated.length);
    for (const note of translated) {
      await expect(notes.filter({ hasText: note })).toHaveCount(1);
    }
  });
}

test('dates and lengths follow the language: Kazakh writes the year first', async ({ mapPage }) => {
  await mapPage.open('#project=fiber-optic', '?lang=kk');
  await expect(mapPage.page.locator('.legend .credit')).toContainText('2024 ж. 31 қаңтар');
  await expect(mapPage.panel.locator('.facts')).toContainText(/\d км/);
});

test('a month and a year in Kazakh order too: the Kuryk berth of December 2016', async ({
  mapPage,
}) => {
  await mapPage.open('#project=titr', '?lang=kk');
  await expect(mapPage.panel.locator('.timeline time').nth(1)).toHaveText('2016 ж. желтоқсан');
});

/** The pixels right of Aktau port's dot, where its label is drawn, in a language. */
async function aktauLabel(mapPage: MapPage, language: string): Promise<PNG> {
  await mapPage.open('#map=6.5/43.6/52.2', `?lang=${language}`);
  const { x, y } = await mapPage.pagePoint(51.23, 43.6);
  return PNG.sync.read(
    await mapPage.page.screenshot({ clip: { x: x + 4, y: y - 10, width: 90, height: 20 } }),
  );
}

for (const language of Object.keys(TRANSLATED)) {
  test(`the map draws its place labels in the language: ${language}`, async ({ mapPage }) => {
    test.slow(); // two page loads: English, then the language
    const english = await aktauLabel(mapPage, 'en');
    const other = await aktauLabel(mapPage, language);
    let differing = 0;
    for (let i = 0; i < english.data.length; i += 4) {
      if (Math.abs((english.data[i] ?? 0) - (other.data[i] ?? 0)) > 60) differing += 1;
    }
    expect(differing, `pixels of the Aktau port label that change in ${language}`).toBeGreaterThan(
      40,
    );
  });
}

test.describe('a browser set to Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('opens in Russian without being asked', async ({ mapPage }) => {
    await mapPage.open('#project=power-cable');
    await expect(mapPage.page.getByRole('heading', { level: 1 })).toHaveText(ru.mapTitle);
    expect(await mapPage.page.evaluate(() => document.documentElement.lang)).toBe('ru');
  });

  test('a language in the URL wins over the browser’s', async ({ mapPage }) => {
    await mapPage.open('#project=power-cable', '?lang=az');
    await expect(mapPage.page.getByRole('heading', { level: 1 })).toHaveText(az.mapTitle);
    await expect(mapPage.panel.getByRole('button', { name: az.ui['panel.close'] })).toBeVisible();
  });

  test('the switcher changes the language in place, and the URL keeps it', async ({ mapPage }) => {
    const { page } = mapPage;
    await mapPage.open('#project=power-cable');
    await page.getByLabel(ru.ui['settings.language']).selectOption('az');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(az.mapTitle);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('az');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('az');
    expect(mapPage.hash().get('project')).toBe('power-cable');
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(
      az.projects['power-cable'].name,
    );
  });
});
