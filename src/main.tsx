import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { projectIds } from './content/content';
import { registerPageFonts } from './map/fonts';
import { seedFromHash } from './state/useUrlSync';

registerPageFonts();
seedFromHash(window.location.hash, projectIds);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
