/**
 * Says politely, to screen readers, what a selection did (which panel opened, or that it closed),
 * or what a story step showed.
 */
import { useEffect, useRef, useState } from 'react';
import { useAppStore, useSelected } from '../state/store.ts';
import { useI18n } from './useI18n.ts';

export function Announcer() {
  const { t, content, language } = useI18n();
  const selected = useSelected();
  const [message, setMessage] = useState('');
  const narration = useAppStore((state) => state.narration);
  const previous = useRef(selected);
  const narrated = useRef(narration);

  useEffect(() => {
    // A story step says what it showed, once, in place of what its selection did.
    if (narration !== narrated.current) {
      narrated.current = narration;
      previous.current = selected;
      setMessage(narration?.text ?? '');
      return;
    }
    if (selected === previous.current) return;
    previous.current = selected;
    const project = content.projects.find((candidate) => candidate.id === selected);
    // A panel that took focus is read out already; say only what happened out of sight.
    const focusInPanel = document.activeElement?.closest('.panel') != null;
    if (project && focusInPanel) setMessage('');
    else
      setMessage(project ? t('announce.selected', { name: project.name }) : t('announce.closed'));
  }, [selected, narration, content, t]);

  // A message in the previous language is not read out in the new one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reset is for a change of language
  useEffect(() => setMessage(''), [language]);

  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}
