/** The four languages: chosen by URL, browser or switcher; interface, content and map labels. */
import { PNG } from 'pngjs';
import az from '../data/i18n/az.json' with { type: 'json' };
import en from '../data/i18n/en.json' with { type: 'json' };
import kk from '../data/i18n/kk.json' with { type: 'json' };
import ru from '../data/i18n/ru.json' with { type: 'json' };
import projectsFile from '../data/projects.json' with { type: 'json' };
import { clauseOf } from './content';
import { expect, test } from './driver';

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
    await expect(mapPage.panel.locator('.timeline small').first()).toContainText(
      english?.milestones[0]?.source ?? '',
    );
    await expect(page.locator('.legend .date-title')).toContainText(
      file.ui['date.title'].replace('{date}', '').trim(),
    );
  });
}

test('dates and lengths follow the language: Kazakh writes the year first', async ({ mapPage }) => {
  await mapPage.open('#project=fiber-optic', '?lang=kk');
  await expect(mapPage.page.locator('.legend .credit')).toContainText('2024 ж. 31 қаңтар');
  await expect(mapPage.panel.locator('.facts')).toContainText(/\d км/);
  // A month and a year in Kazakh's order too: the Tashkent memorandum of May 2024.
  await mapPage.open('#project=power-cable', '?lang=kk');
  await expect(mapPage.panel.locator('.timeline time').nth(2)).toHaveText('2024 ж. мамыр');
});

test('the map draws its place labels in the language', async ({ mapPage }) => {
  test.slow(); // four page loads
  const { page } = mapPage;
  // Aktau port's label sits right of its dot; the same pixels differ from one language to another.
  const label = async (query: string) => {
    await mapPage.open('#map=6.5/43.6/52.2', query);
    const { x, y } = await mapPage.pagePoint(51.23, 43.6);
    return PNG.sync.read(
      await page.screenshot({ clip: { x: x + 4, y: y - 10, width: 90, height: 20 } }),
    );
  };
  const english = await label('?lang=en');
  for (const language of Object.keys(TRANSLATED)) {
    const other = await label(`?lang=${language}`);
    let differing = 0;
    for (let i = 0; i < english.data.length; i += 4) {
      if (Math.abs((english.data[i] ?? 0) - (other.data[i] ?? 0)) > 60) differing += 1;
    }
    expect(differing, `pixels of the Aktau port label that change in ${language}`).toBeGreaterThan(
      40,
    );
  }
});

test.describe('a browser set to Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('opens in Russian without being asked, and the switcher changes language in place', async ({
    mapPage,
  }) => {
    const { page } = mapPage;
    await mapPage.open('#project=power-cable');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.mapTitle);

    await page.getByLabel(ru.ui['settings.language']).selectOption('az');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(az.mapTitle);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('az');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('az');
    expect(mapPage.hash().get('project')).toBe('power-cable');
    await expect(mapPage.panel.getByRole('heading', { level: 2 })).toHaveText(
      az.projects['power-cable'].name,
    );

    // The choice survives a reload through the URL.
    await page.reload();
    await mapPage.waitForMap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(az.mapTitle);

    await page.getByLabel(az.ui['settings.language']).selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(projectsFile.mapTitle);
    await expect(page.getByRole('button', { name: en.ui['panel.close'] })).toBeVisible();
  });
});
