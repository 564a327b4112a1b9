/** Says politely, to screen readers, what a selection did: which panel opened, or that it closed. */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { useSelected } from '../state/store';

export function Announcer() {
  const { t, content } = useI18n();
  const selected = useSelected();
  const [message, setMessage] = useState('');
  const previous = useRef(selected);

  useEffect(() => {
    if (selected === previous.current) return;
    const project = content.projects.find((candidate) => candidate.id === selected);
    setMessage(project ? t('announce.selected', { name: project.name }) : t('announce.closed'));
    previous.current = selected;
  }, [selected, content, t]);

  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}
