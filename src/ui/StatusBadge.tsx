/** A project's status as a small chip, the same in the legend and the table. */
import type { Status } from '../content/vocabulary.ts';
import type { I18n } from '../i18n/createI18n.ts';

export function StatusBadge({ status, i18n }: { status: Status; i18n: Pick<I18n, 't'> }) {
  return (
    <span className="status-badge" data-status={status}>
      {i18n.t(`status.${status}`)}
    </span>
  );
}
