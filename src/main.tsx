import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { AppErrorBoundary } from './app/app-error-boundary.tsx';
import { Providers } from './app/providers.tsx';
import { applyTheme, readThemePreference } from './app/theme.ts';
import { chooseLanguage, CATALOGUES } from './ui/i18n/languages.ts';
import { MessagesProvider } from './ui/i18n/messages-context.tsx';
import './app/app.css';

const language = chooseLanguage(window.location.search, navigator.languages);
document.documentElement.lang = language;
applyTheme(readThemePreference(window.location.search));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MessagesProvider messages={CATALOGUES[language]}>
      <AppErrorBoundary>
        <Providers>
          <App />
        </Providers>
      </AppErrorBoundary>
    </MessagesProvider>
  </StrictMode>,
);
