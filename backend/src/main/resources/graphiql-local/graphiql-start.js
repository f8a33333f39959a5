// Starts GraphiQL (React and GraphiQL's UMD builds, loaded before this file from the same server).
// The page runs sandboxed in an opaque origin: it sends no cookies to the portal and may not touch
// the portal's storage, so history and tabs are kept in memory for this visit only.
(function start() {
  'use strict';
  const element = document.getElementById('graphiql');
  const url = `${window.location.protocol}//${window.location.host}${element.dataset.endpoint}`;
  const memory = new Map();
  const storage = {
    getItem: (key) => (memory.has(key) ? memory.get(key) : null),
    setItem: (key, value) => { memory.set(key, String(value)); },
    removeItem: (key) => { memory.delete(key); },
    clear: () => { memory.clear(); },
    get length() { return memory.size; },
  };
  const fetcher = window.GraphiQL.createFetcher({ url });
  window.ReactDOM.createRoot(element).render(window.React.createElement(window.GraphiQL, {
    fetcher, storage, defaultEditorToolsVisibility: true,
  }));
}());
