/*! Newsline host script: sizes Newsline embeds to their content. Include it once per page. */
(function () {
  'use strict';
  if (window.__newslineHost) return;
  window.__newslineHost = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    // Only the documented message, and only from one of our own embeds.
    if (!data || typeof data !== 'object' || data.type !== 'ntl:resize') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 40 || height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-newsline]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
