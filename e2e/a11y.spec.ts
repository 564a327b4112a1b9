/**
 * Accessibility: axe finds no serious or critical violation of WCAG 2.2 A/AA in the main states,
 * and everything works from the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import projectsFile from '../data/projects.json' with { type: 'json' };
import { clauseOf } from './content.ts';
import { expect, test } from './driver.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The serious and critical violations on the page as it is now, with where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary}`,
      ),
    );
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('axe: the map with its legend', async ({ mapPage }) => {
      await mapPage.open();
      expect(await seriousViolations(mapPage.page)).toEqual([]);
    });

    test('axe: a project panel open', async ({ mapPage }) => {
      await mapPage.open('#project=titr');
      await expect(mapPage.panel).toBeVisible();
      expect(await seriousViolations(mapPage.page)).toEqual([]);
    });

    test('axe: the Export and Embed tools unfolded', async ({ mapPage }) => {
      test.slow(); // opening the export options readies an off-screen map
      await mapPage.open('#project=oil-transit');
      await mapPage.page.getByRole('button', { name: 'Export picture' }).click();
      await mapPage.page.getByRole('button', { name: 'Embed' }).click();
      await expect(mapPage.page.getByRole('region', { name: 'Embed this map' })).toBeVisible();
      expect(await seriousViolations(mapPage.page)).toEqual([]);
    });
  });
}

test('axe: a 360 px phone with the bottom sheet open, in Kazakh', async ({ mapPage }) => {
  await mapPage.page.setViewportSize({ width: 360, height: 740 });
  await mapPage.open('#project=fiber-optic', '?lang=kk');
  await expect(mapPage.panel).toBeVisible();
  expect(await seriousViolations(mapPage.page)).toEqual([]);
});

test('keyboard only: Tab to a project in the list, Enter opens it, Esc closes it and focus returns', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open();
  const project = projectsFile.projects[1];
  if (!project) throw new Error('no second project');
  const entry = page.getByRole('list', { name: 'Projects' }).getByRole('button', {
    name: project.name,
  });

  // Tab from the top of the page until the list entry has focus; every stop shows its focus.
  let steps = 0;
  while (!(await entry.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('Tab');
    steps += 1;
    expect(steps, 'Tab presses to reach the list').toBeLessThan(20);
    const focus = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return { element: 'body', outline: 'none' };
      return {
        element: active.outerHTML.slice(0, 80),
        outline: getComputedStyle(active).outlineStyle,
      };
    });
    expect(focus.outline, `a visible focus outline on ${focus.element}`).not.toBe('none');
  }

  await page.keyboard.press('Enter');
  const heading = mapPage.panel.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(project.name);
  await expect(heading).toBeFocused();
  await expect(mapPage.panel.locator('blockquote mark')).toHaveText(clauseOf(project.id));
  // The focused heading is read out; the live region does not say it twice.
  await expect(page.getByTestId('announcer')).toHaveText('');
  expect(mapPage.hash().get('project')).toBe(project.id);

  await page.keyboard.press('Escape');
  await expect(mapPage.panel).toHaveCount(0);
  await expect(entry).toBeFocused();
  await expect(page.getByTestId('announcer')).toHaveText('Panel closed.');
});

test('a selection made out of sight (a changed link) is announced, and focus stays put', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open();
  const project = projectsFile.projects[2];
  if (!project) throw new Error('no third project');
  const summary = page.locator('.legend summary');
  await summary.focus();
  await page.evaluate((id) => {
    window.location.hash = `#project=${id}`;
  }, project.id);
  await expect(page.getByTestId('announcer')).toHaveText(`${project.name}: panel open.`);
  await expect(summary).toBeFocused();
});

test('changing the language with a panel open keeps focus on the language menu', async ({
  mapPage,
}) => {
  const { page } = mapPage;
  await mapPage.open('#project=titr');
  const menu = page.getByLabel('Language');
  await menu.focus();
  await menu.selectOption('ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Каспи/);
  await expect(page.getByLabel('Язык')).toBeFocused();
});

test('hiding the selected project keeps focus on its checkbox', async ({ mapPage }) => {
  await mapPage.open('#project=power-cable');
  const toggle = mapPage.toggle(projectsFile.projects[3]?.name ?? '');
  await toggle.focus();
  await toggle.press('Space');
  await expect(mapPage.panel).toHaveCount(0);
  await expect(toggle).toBeFocused();
});

test('the map says what it shows, for readers who cannot see the canvas', async ({ mapPage }) => {
  await mapPage.open();
  const summaryId = await mapPage.map.locator('canvas').getAttribute('aria-describedby');
  const summary = mapPage.page.locator(`[id="${summaryId}"]`);
  for (const project of projectsFile.projects) await expect(summary).toContainText(project.name);
  // Each with its status on the date shown, as the line's style draws it.
  await expect(summary).toContainText('Caspian seabed fibre-optic line (Under construction)');
  await mapPage.page.getByRole('button', { name: 'Article (31 January 2024)' }).click();
  await expect(summary).toContainText('Caspian seabed fibre-optic line (Agreed)');
  await mapPage.toggle(projectsFile.projects[3]?.name ?? '').uncheck();
  await expect(summary).not.toContainText(projectsFile.projects[3]?.name ?? '');
});
