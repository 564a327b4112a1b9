import { describe, expect, it } from 'vitest';
import { milestoneSchema, placeFeatureSchema } from '../../content/schema.ts';
import { fieldAt, fieldsOf, jsonSchemaOf } from './fields.ts';
import { fromForm, toForm } from './formValues.ts';

const milestoneFields = fieldsOf(jsonSchemaOf(milestoneSchema));
const placeFields = fieldsOf(jsonSchemaOf(placeFeatureSchema));

describe('fields from the schema', () => {
  it('reads a milestone: text, enum, checkbox and a list of sources', () => {
    expect(milestoneFields.map((field) => [field.name, field.kind, field.required])).toEqual([
      ['date', 'text', true],
      ['event', 'text', true],
      ['status', 'select', false],
      ['expected', 'checkbox', false],
      ['notConfirmedAsOf', 'text', false],
      ['sources', 'list', true],
    ]);
    expect(fieldAt(milestoneFields, 'status')).toMatchObject({
      options: ['proposed', 'agreed', 'under-construction', 'operating'],
    });
    const sources = fieldAt(milestoneFields, 'sources');
    expect(sources?.kind === 'list' && sources.minItems).toBe(1);
    expect(fieldAt(milestoneFields, 'sources.date')?.path).toBe('sources.date');
  });

  it('reads a place: a fixed type, a group of properties and a coordinate pair', () => {
    expect(fieldAt(placeFields, 'type')).toMatchObject({ kind: 'fixed', value: 'Feature' });
    expect(fieldAt(placeFields, 'properties.label')).toMatchObject({
      kind: 'checkbox',
      default: true,
    });
    expect(fieldAt(placeFields, 'geometry.coordinates.1')).toMatchObject({
      kind: 'number',
      path: 'geometry.coordinates.1',
    });
  });
});

describe('values to and from a form', () => {
  const milestone = {
    date: '2025-03',
    event: 'Signed',
    status: 'agreed',
    sources: [{ publisher: 'Trend', url: 'https://trend.az/1', language: 'ru' }],
  };

  it('gives every field a value, blank where the file has none', () => {
    expect(toForm(milestone, milestoneFields)).toEqual({
      date: '2025-03',
      event: 'Signed',
      status: 'agreed',
      expected: false,
      notConfirmedAsOf: '',
      sources: [
        { publisher: 'Trend', title: '', date: '', url: 'https://trend.az/1', language: 'ru' },
      ],
    });
  });

  it('comes back exactly as it was', () => {
    expect(fromForm(toForm(milestone, milestoneFields), milestoneFields, milestone)).toEqual(
      milestone,
    );
  });

  it('leaves out optional fields left blank, keeps required ones blank', () => {
    const form = { ...toForm(milestone, milestoneFields), status: '', event: '' };
    const value = fromForm(form, milestoneFields, milestone);
    expect(value).not.toHaveProperty('status');
    expect(value.event).toBe('');
  });

  it('writes a checkbox at its default only when the file had it', () => {
    const form = toForm(milestone, milestoneFields);
    expect(fromForm({ ...form, expected: true }, milestoneFields, milestone).expected).toBe(true);
    expect(fromForm(form, milestoneFields, { ...milestone, expected: false }).expected).toBe(false);
  });

  it('leaves out hidden fields', () => {
    const form = { ...toForm(milestone, milestoneFields), notConfirmedAsOf: '2026-01-01' };
    const value = fromForm(
      form,
      milestoneFields,
      milestone,
      (field) => field.name === 'notConfirmedAsOf',
    );
    expect(value).not.toHaveProperty('notConfirmedAsOf');
  });

  it('reads numbers as typed, and keeps a typo for the check to name', () => {
    const place = {
      type: 'Feature',
      properties: { name: 'Baku', kind: 'capital', source: '[G]' },
      geometry: { type: 'Point', coordinates: [49.89, 40.38] },
    };
    const form = toForm(place, placeFields);
    expect(form.geometry).toEqual({ coordinates: ['49.89', '40.38'] });
    expect(fromForm(form, placeFields, place)).toEqual(place);
    const typo = { ...form, geometry: { coordinates: ['49,9', '40.x'] } };
    expect(
      (fromForm(typo, placeFields, place).geometry as { coordinates: unknown }).coordinates,
    ).toEqual([49.9, '40.x']);
  });
});
