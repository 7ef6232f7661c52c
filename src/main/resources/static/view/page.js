// The /view page: one full-window <oncograph-view> configured from the query string
// (focus, depth, limit, lang, geography); no inline script, so the page keeps a strict Content-Security-Policy.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const view = document.createElement('oncograph-view');
  for (const name of ['focus', 'depth', 'limit', 'lang', 'geography']) {
    if (params.get(name)) {
      view.setAttribute(name, params.get(name));
    }
  }
  document.documentElement.lang = view.getAttribute('lang') === 'ru' ? 'ru' : 'en';
  document.body.appendChild(view);
})();
