export type ThemePreference = 'light' | 'dark' | 'auto';

/**
 * Puts the theme on the page as `data-theme`: the one asked for, or with `auto` the reader's
 * system setting, followed as it changes. `?theme=dark`.
 */
export function applyTheme(preference: ThemePreference, root = document.documentElement): void {
  if (preference !== 'auto') {
    root.dataset.theme = preference;
    return;
  }
  const query = window.matchMedia?.('(prefers-color-scheme: dark)');
  const follow = () => {
    root.dataset.theme = query?.matches ? 'dark' : 'light';
  };
  follow();
  query?.addEventListener('change', follow);
}

export function readThemePreference(search: string): ThemePreference {
  const asked = new URLSearchParams(search).get('theme');
  return asked === 'light' || asked === 'dark' ? asked : 'auto';
}
