/**
 * Registers the service worker the build writes (`sw.js`, see vite.config.ts), so that after
 * one visit the app and its story open with no network. Not in an embed, where the host page
 * decides, nor from a file, nor while developing.
 */
export function registerServiceWorker(storyUrl: string) {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (!/^https?:$/.test(window.location.protocol) || window.self !== window.top) return;
  const { serviceWorker } = navigator;
  // The story was fetched before the worker took charge of the page. Fetch it once more
  // through the worker, which keeps a copy for the next visit without a network.
  serviceWorker.addEventListener(
    'controllerchange',
    () => {
      if (new URL(storyUrl, window.location.href).origin !== window.location.origin) return;
      void fetch(storyUrl, { cache: 'no-cache' }).catch(() => undefined);
    },
    { once: true },
  );
  serviceWorker.register(new URL('sw.js', document.baseURI)).catch((error: unknown) => {
    console.warn('Newsline works online only here: its service worker could not start.', error);
  });
}
