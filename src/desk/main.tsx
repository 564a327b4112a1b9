import { createRoot } from 'react-dom/client';
import { deskToken } from './api.ts';

const root = document.getElementById('desk-root');
if (root) {
  createRoot(root).render(
    deskToken() ? <p>The desk is starting…</p> : <p>Start the desk with npm run desk.</p>,
  );
}
