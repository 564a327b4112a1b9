import { describe, expect, it } from 'vitest';
import { loadTestContent } from '../../test/content.ts';
import { createI18n } from '../i18n/createI18n.ts';
import { parseHostCommand } from './messages.ts';
import { parseStep, stepNarration, stepState } from './story.ts';

const PROJECTS = ['titr', 'oil-transit', 'fiber-optic'];
const content = loadTestContent();

describe('parseStep', () => {
  it('reads each optional part of a step', () => {
    expect(
      parseStep(
        { project: 'titr', date: '2017-10-30', view: '5/41.5/47', visible: ['titr', 'titr'] },
        PROJECTS,
      ),
    ).toEqual({
      project: 'titr',
      date: '2017-10-30',
      view: { zoom: 5, lat: 41.5, lng: 47, bearing: 0, pitch: 0 },
      visible: ['titr'],
    });
    expect(parseStep({}, PROJECTS)).toEqual({
      project: null,
      date: null,
      view: null,
      visible: null,
    });
  });

  it('ignores a step whole for an unknown or hidden project, or anything malformed', () => {
    for (const raw of [
      { project: 'pipeline-to-mars' },
      { project: 'titr', visible: ['oil-transit'] },
      { date: '2017-13-01' },
      { date: '2017-02-30' },
      { date: 'soon' },
      { view: 'far away' },
      { visible: 'titr' },
      { visible: ['nope'] },
      { project: 'titr', colour: 'red' },
      ['titr'],
      null,
      '{"project":"titr"}',
    ]) {
      expect(parseStep(raw, PROJECTS)).toBeNull();
    }
  });

  it('comes as a host command, null meaning "back to how the map opened"', () => {
    expect(
      parseHostCommand({ type: 'trans-caspian:step', step: { project: 'titr' } }, PROJECTS),
    ).toEqual({
      type: 'trans-caspian:step',
      step: { project: 'titr', date: null, view: null, visible: null },
    });
    expect(parseHostCommand({ type: 'trans-caspian:step', step: null }, PROJECTS)).toEqual({
      type: 'trans-caspian:step',
      step: null,
    });
    expect(
      parseHostCommand({ type: 'trans-caspian:step', step: { project: 'x' } }, PROJECTS),
    ).toBeNull();
    expect(parseHostCommand({ type: 'trans-caspian:step' }, PROJECTS)).toBeNull();
  });
});

describe('stepState', () => {
  it('is the whole state a step shows: what it leaves out is the default', () => {
    const step = {
      project: 'titr',
      date: '2017-10-30',
      view: null,
      visible: ['titr', 'fiber-optic'],
    };
    expect(stepState(step, PROJECTS)).toEqual({
      selected: 'titr',
      hidden: ['oil-transit'],
      asOf: '2017-10-30',
      camera: { project: 'titr', animate: true },
    });
    expect(stepState({ project: null, date: null, view: null, visible: null }, PROJECTS)).toEqual({
      selected: null,
      hidden: [],
      asOf: null,
      camera: { region: true, animate: true },
    });
  });
});

describe('stepNarration', () => {
  it('says what the step shows, with the status on its date', () => {
    const english = createI18n(content, 'en');
    const titr = { project: 'titr', date: '2017-10-30', view: null, visible: null };
    expect(stepNarration(titr, english)).toBe('Middle Corridor, 30 October 2017: Operating');
    expect(stepNarration({ ...titr, date: '2015-01-01' }, english)).toBe(
      'Middle Corridor, 1 January 2015: Agreed',
    );
    expect(stepNarration({ ...titr, project: null, date: null }, english)).toBe('All projects');
    expect(stepNarration({ ...titr, project: 'oil-transit', date: '2022-11' }, english)).toBe(
      'Kazakh oil via BTC, November 2022: Agreed',
    );
    expect(stepNarration(titr, createI18n(content, 'ru'))).toMatch(
      /^Средний коридор, 30 октября 2017.*: Действует$/,
    );
  });
});
