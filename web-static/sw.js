// Service worker: keeps what the reader has seen (pages, their files, the latest warnings and the
// warnings read) and the check page, for reading when the network or the server is gone. Network
// first: a fresh copy whenever there is one. Only public GETs are kept: anything typed goes by
// POST and passes by untouched, and the staff console is never touched. A copy served from here
// carries the time it was saved, which the page shows.
const CACHE = 'lurewatch-v1';
const SAVED = 'X-LureWatch-Saved';
const CHECK_PAGE = ['/check.html', '/js/check.js'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(CHECK_PAGE)).catch(() => undefined)
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

/** Whether a GET of this URL is kept: the public site's own pages, files and public reads. */
function keepable(url) {
  if (url.origin !== self.location.origin) return false;
  if (url.pathname.startsWith('/staff') || url.pathname.startsWith('/actuator') || url.pathname.startsWith('/feeds')) return false;
  return url.pathname !== '/graphql' || url.searchParams.has('extensions');
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !keepable(url)) return;
  event.respondWith(networkFirst(request, url));
});

// The page that registered the worker lists what it loaded before the worker ran.
self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data && event.data.keep) ? event.data.keep : [];
  event.waitUntil(Promise.all(urls.slice(0, 100).map(async (href) => {
    const url = new URL(href, self.location.origin);
    if (!keepable(url)) return;
    try {
      const response = await fetch(url);
      if (response.ok) await keep(new Request(url), url, response);
    } catch {
      // offline already: what the next visit loads is kept then
    }
  })));
});

/** Pages are kept by path (their query only picks a language or a warning the page loads itself). */
function keyOf(request, url) {
  return url.pathname === '/graphql' ? request : new Request(url.pathname);
}

async function networkFirst(request, url) {
  try {
    // a public read is asked of the server each time (it answers from its own cache): the
    // browser's cache would otherwise serve a stale answer as if fresh for up to a minute, and
    // the page could not say that it is a saved copy
    const response = await fetch(request, url.pathname === '/graphql' ? { cache: 'no-cache' } : undefined);
    if (response.status >= 500) return (await saved(request, url)) || response; // the server is down: the copy is better
    if (response.ok) await keep(request, url, response.clone());
    return response;
  } catch (error) {
    const copy = await saved(request, url);
    if (copy) return copy;
    throw error;
  }
}

async function keep(request, url, response) {
  const body = await response.arrayBuffer();
  if (url.pathname === '/graphql') {
    try {
      if (JSON.parse(new TextDecoder().decode(body)).errors) return; // only answers worth reading again
    } catch {
      return;
    }
  }
  const headers = new Headers(response.headers);
  headers.set(SAVED, new Date().toISOString());
  const cache = await caches.open(CACHE);
  await cache.put(keyOf(request, url), new Response(body, { status: response.status, statusText: response.statusText, headers }));
}

async function saved(request, url) {
  const cache = await caches.open(CACHE);
  return cache.match(keyOf(request, url), { ignoreVary: true });
}
