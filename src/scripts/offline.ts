/**
 * Registers the service worker (src/build/offline.ts) once the page has loaded: reading never
 * waits for it. On a later visit it asks at once whether a new build was deployed; the new
 * worker then takes over, and the pages opened after it come from the new build.
 */
import { serviceWorkerPath } from '../site/urls.ts';

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register(serviceWorkerPath)
      .then((registration) => (registration.active ? registration.update() : undefined))
      .catch(() => {
        // Without it the site still works online (and offline, from an earlier worker).
      });
  });
}
