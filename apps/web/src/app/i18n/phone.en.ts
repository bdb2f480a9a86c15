import type { TranslationShape } from './vi';
import type { phoneVi } from './phone.vi';

/** English strings of the phone-first shell (same keys as phone.vi.ts). */
export const phoneEn: TranslationShape<typeof phoneVi> = {
  tabs: {
    label: 'Bottom navigation',
    feed: 'Feed',
    messages: 'Messages',
    cases: 'Cases',
    notifications: 'Alerts',
    menu: 'Menu',
    unread: '{{label}} ({{count}} unread)',
  },
  settings: {
    nav: 'Settings',
    title: 'Settings',
    language: 'Language',
    theme: 'Appearance',
    themeAuto: 'Follow system',
    themeLight: 'Light',
    themeDark: 'Dark',
    push: 'Push notifications',
    pushHelp: 'They only say that something new arrived (a message, a consult…), never its content. Open the app to read it.',
    pushOn: 'Turn on notifications on this device',
    pushOff: 'Turn off notifications on this device',
    pushEnabled: 'This device receives notifications.',
    pushUnsupported: 'This browser does not support push notifications. Install Ketnoi to the home screen.',
    pushDenied: 'Notifications for Ketnoi are blocked. Allow them in the browser settings.',
    kinds: 'Notify me about',
    messages: 'New messages',
    consultations: 'Consultation requests',
    mentions: 'When someone mentions me',
    broadcasts: 'Urgent announcements from health authorities',
    saved: 'Saved.',
  },
  outbox: {
    queued: 'Waiting for network — will send',
    offline: 'You are offline. Messages go out when the connection returns.',
  },
};
