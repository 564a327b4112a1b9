// MapLibre's own styles first, so that the app's rules that share their specificity win in the
// dev server too (it injects the sheets in import order; the build put them in another order).
import 'maplibre-gl/dist/maplibre-gl.css';
import './visuallyHidden.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { projectIds } from './content/content.ts';
import { chooseLanguage } from './content/languages.ts';
import { registerPageFonts } from './fonts/fontFaces.ts';
import { loadPluralRules } from './i18n/pluralRules.ts';
import { installPictureApi } from './picture/pictureApi.ts';
import { applyDocumentSettings, resolveTheme } from './state/documentSettings.ts';
import { parseEmbedParams } from './state/embedParams.ts';
import { useAppStore } from './state/store.ts';
import { seedFromHash } from './state/useUrlSync.ts';
import { systemPrefersDark } from './ui/useThemeName.ts';

registerPageFonts();
// The command-line picture opens the page with ?picture; readers' pages get no hook.
if (new URLSearchParams(window.location.search).has('picture')) {
  installPictureApi();
}
seedFromHash(window.location.hash, projectIds);
const params = parseEmbedParams(window.location.search);
if (params.embedded) document.documentElement.classList.add('embedded-page');
// The language asked for in the URL, else the browser's, else English; the theme likewise.
useAppStore.setState({
  language: chooseLanguage(params.lang, navigator.languages ?? [navigator.language]),
  themeChoice: params.theme ?? 'auto',
});
// Before the first paint, so that a dark page never flashes light.
const settings = useAppStore.getState();
applyDocumentSettings(settings.language, resolveTheme(settings.themeChoice, systemPrefersDark()));

// The interface's plurals need the rules of every language: polyfilled where the browser lacks one.
await loadPluralRules();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App params={params} />
  </StrictMode>,
);
