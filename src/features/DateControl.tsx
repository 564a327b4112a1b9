/**
 * The date whose status the map shows: the first article's, the latest milestone's, or any day
 * between on a slider whose ticks are the milestones. Null in the store means the latest.
 */
import { useId } from 'react';
import content, { asOfFor, dayShown, timespan } from '../content/content.ts';
import { addDays, daysBetween } from '../content/dates.ts';
import { happenedBy, milestoneDay } from '../content/milestones.ts';
import { useAppStore, useAsOf } from '../state/store.ts';
import { useI18n } from '../ui/useI18n.ts';

/**
 * The slider's ticks: the days between the span's ends on which a milestone happened, counted
 * from the start. The same in every language, so worked out once.
 */
const TICKS: readonly number[] = [
  ...new Set(
    content.projects
      .flatMap((project) => project.milestones)
      .filter((milestone) => happenedBy(milestone, timespan.end))
      .map(milestoneDay)
      .filter((day) => day >= timespan.start)
      .map((day) => daysBetween(timespan.start, day)),
  ),
].sort((a, b) => a - b);

export function DateControl() {
  const { t, formatDate } = useI18n();
  const asOf = useAsOf();
  const setAsOf = useAppStore((state) => state.setAsOf);
  const ticksId = useId();
  const day = dayShown(asOf);
  const choose = (next: string) => setAsOf(asOfFor(next));
  return (
    <fieldset className="date-control">
      <legend className="date-title">{t('date.title', { date: formatDate(day) })}</legend>
      <input
        type="range"
        min={0}
        max={daysBetween(timespan.start, timespan.end)}
        step={1}
        value={daysBetween(timespan.start, day)}
        list={ticksId}
        aria-label={t('date.slider')}
        aria-valuetext={formatDate(day)}
        onChange={(event) => choose(addDays(timespan.start, Number(event.target.value)))}
      />
      <datalist id={ticksId}>
        {TICKS.map((tick) => (
          <option key={tick} value={tick} />
        ))}
      </datalist>
      <div className="date-ends">
        <button
          type="button"
          aria-pressed={day === timespan.start}
          onClick={() => choose(timespan.start)}
        >
          {t('date.article', { date: formatDate(timespan.start) })}
        </button>
        <button type="button" aria-pressed={asOf === null} onClick={() => choose(timespan.end)}>
          {t('date.latest', { date: formatDate(timespan.end) })}
        </button>
      </div>
    </fieldset>
  );
}
