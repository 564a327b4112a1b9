import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import content, { projectIds } from './content/content';
import { parseEmbedParams } from './embed/embedParams';
import { installSnapshotApi } from './export/snapshotApi';
import { registerPageFonts } from './map/fonts';
import { lightTheme } from './map/theme';
import { useAppStore } from './state/store';
import { seedFromHash } from './state/useUrlSync';

registerPageFonts();
// The command-line snapshot opens the page with ?snapshot; readers' pages get no hook.
if (new URLSearchParams(window.location.search).has('snapshot')) {
  installSnapshotApi(content, lightTheme);
}
seedFromHash(window.location.hash, projectIds);
const params = parseEmbedParams(window.location.search);
if (params.embedded) document.documentElement.classList.add('embedded-page');
if (params.lang) useAppStore.getState().setLanguage(params.lang);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App params={params} />
  </StrictMode>,
);
