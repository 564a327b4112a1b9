/** A project's colours in the desk: a colour picker per theme, and the check's word at each. */
import { describe, expect, it } from 'vitest';
import { colourContrastProblems } from '../content/contrast.ts';
import { itemErrors, projectPrefixes } from './checkErrors.ts';
import { fromForm, toForm } from './form/formValues.ts';
import { WORDS, wordsFor } from './form/words.ts';
import { COLOURS_FORM } from './forms.ts';

describe('the colours form', () => {
  it('offers a colour picker for each theme, with words a journalist can read', () => {
    const [group] = COLOURS_FORM.fields;
    expect(group?.kind).toBe('group');
    const fields = group?.kind === 'group' ? group.fields : [];
    expect(
      fields.map((field) => [field.path, field.kind, 'format' in field && field.format]),
    ).toEqual([
      ['colours.light', 'text', 'color'],
      ['colours.dark', 'text', 'color'],
    ]);
    expect(WORDS.colours?.label).toBe('Colours on the map');
    for (const field of fields)
      expect(wordsFor(WORDS, field.path, field.name).label).toMatch(/map$/);
  });

  it('writes the colours back as the file holds them', () => {
    const value = { colours: { light: '#0066a8', dark: '#56b4e9' } };
    const form = toForm(value, COLOURS_FORM.fields);
    expect(form).toEqual(value);
    const picked = { colours: { light: '#004c80', dark: '#56b4e9' } };
    expect(fromForm(picked, COLOURS_FORM.fields, value)).toEqual(picked);
    expect(COLOURS_FORM.schema.safeParse(picked).success).toBe(true);
    expect(COLOURS_FORM.schema.safeParse({ colours: { light: '#004c8', dark: '' } }).success).toBe(
      false,
    );
  });

  it("shows the check's contrast problem at the colour it is about", () => {
    const errors = colourContrastProblems({ light: '#d9c9a0', dark: '#56b4e9' }).map(
      (problem) => `data/projects.json: project "grain-exports": ${problem}`,
    );
    const found = itemErrors(errors, projectPrefixes('grain-exports', 4));
    expect(Object.keys(found.byField)).toEqual(['colours.light']);
    expect(found.byField['colours.light']?.[0]).toMatch(/^#d9c9a0 has a contrast of only 1\.45:1/);
    expect(found.general).toEqual([]);
  });
});
