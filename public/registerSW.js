// Registers the service worker (vite-plugin-pwa injects this file into both pages and uses it
// instead of its own). Not on the start-up path: installing precaches every file of the game, so it
// waits until the page says it is ready (body[data-ready]) and then for a background-priority task.
// No timers: they are faked in tests with a paused clock.
if ('serviceWorker' in navigator) {
  var register = function () {
    navigator.serviceWorker.register('./sw.js', { scope: './' });
  };
  var whenIdle = function () {
    if (window.scheduler && typeof window.scheduler.postTask === 'function') window.scheduler.postTask(register, { priority: 'background' });
    else register();
  };
  var ready = function () {
    return document.body && document.body.dataset.ready === 'true';
  };
  window.addEventListener('load', function () {
    if (ready()) return whenIdle();
    var seen = new MutationObserver(function () {
      if (!ready()) return;
      seen.disconnect();
      whenIdle();
    });
    seen.observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
  });
}
