/** A picture request as the export options make it (1200 × 630, the Middle Corridor), for tests. */
import type { PictureRequest } from '../src/picture/pictureRequest.ts';

/** The request of the tests, with what a case changes. */
export function testRequest(changes: Partial<PictureRequest> = {}): PictureRequest {
  return {
    width: 1200,
    height: 630,
    scale: 1,
    project: 'titr',
    hidden: [],
    view: null,
    callout: true,
    date: '2026-12-07',
    language: 'en',
    theme: 'light',
    ...changes,
  };
}
