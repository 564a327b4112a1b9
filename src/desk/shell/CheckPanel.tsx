/** The data check of the unsaved files, as the preview runs it: every problem, in its words. */
import { useDeskStore } from '../store.ts';

export function CheckPanel() {
  const errors = useDeskStore((state) => state.preview.errors);
  const checking = useDeskStore((state) => state.preview.checking);
  return (
    <section className="check" aria-labelledby="check-title">
      <h2 id="check-title" tabIndex={-1}>
        Check
      </h2>
      <div aria-live="polite">
        {errors.length === 0 ? (
          <p className="passes">{checking ? 'Checking…' : 'The content passes the check.'}</p>
        ) : (
          <>
            <p>
              {errors.length === 1 ? '1 problem' : `${errors.length} problems`}: a save will be
              refused until they are fixed.
            </p>
            <ul>
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
