/* Ketnoi service worker: the app shell offline, and Web Push (ids only — the text shown is generic). */
const SHELL = 'ketnoi-shell-v1';
const ASSETS = 'ketnoi-assets-v1';
const SHELL_FILES = ['/', '/offline.html', '/icon.svg', '/icon-192.png', '/manifest.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((c) => c.addAll(SHELL_FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== ASSETS).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (/^\/(graphql|files|health|uploads)(\/|$)/.test(url.pathname)) return; // live data: never from a cache
  if (url.pathname.startsWith('/assets/')) {
    // hashed names: a cached copy is always right
    event.respondWith(
      caches.open(ASSETS).then((cache) =>
        cache.match(req).then(
          (hit) =>
            hit ||
            fetch(req).then((res) => {
              if (res.ok) void cache.put(req, res.clone());
              return res;
            }),
        ),
      ),
    );
    return;
  }
  if (req.mode === 'navigate') {
    // the newest index.html when online; the cached shell, then the offline page, when not
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok) void caches.open(SHELL).then((c) => c.put('/', res.clone()));
          return res;
        })
        .catch(() => caches.match('/').then((shell) => shell || caches.match('/offline.html'))),
    );
  }
});

const TEXT = {
  vi: {
    MESSAGE: 'Bạn có tin nhắn mới',
    CONSULTATION: 'Bạn có yêu cầu hội chẩn mới',
    MENTION: 'Có người nhắc đến bạn',
    BROADCAST: 'Thông báo khẩn từ cơ quan y tế',
    body: 'Mở Ketnoi để xem.',
  },
  en: {
    MESSAGE: 'You have a new message',
    CONSULTATION: 'You have a new consultation request',
    MENTION: 'Someone mentioned you',
    BROADCAST: 'Urgent announcement from the health authority',
    body: 'Open Ketnoi to read it.',
  },
};

function targetOf(data) {
  if (data.kind === 'MESSAGE' && data.conversationId) return `/messages/${data.conversationId}`;
  if (data.kind === 'BROADCAST') return '/notifications';
  return '/notifications';
}

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const lang = (self.navigator.language || 'vi').startsWith('en') ? 'en' : 'vi';
  const text = TEXT[lang];
  // The payload has a kind and ids only: the notification says what happened, never what was written.
  event.waitUntil(
    self.registration.showNotification(text[data.kind] || text.MESSAGE, {
      body: text.body,
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      tag: data.conversationId || data.notificationId || data.broadcastId || 'ketnoi',
      data: { url: targetOf(data) },
      lang,
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const w of windows) {
        if ('focus' in w) {
          void w.navigate(url);
          return w.focus();
        }
      }
      return self.clients.openWindow(url);
    }),
  );
});
