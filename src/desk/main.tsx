import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { deskToken } from './api.ts';
import { Desk } from './shell/Desk.tsx';
import '../visuallyHidden.css';
import './desk.css';

const root = document.getElementById('desk-root');
if (root) {
  createRoot(root).render(
    deskToken() ? (
      <StrictMode>
        <Desk />
      </StrictMode>
    ) : (
      <p>Start the desk with npm run desk, then open the address it prints.</p>
    ),
  );
}
