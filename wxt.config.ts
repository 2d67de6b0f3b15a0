import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: '执法自查守护 Zhifa Guard',
    description: '在执法办案系统中就地提示行政执法过错风险（济南市人民政府令第294号）',
    permissions: ['storage', 'scripting', 'activeTab', 'alarms', 'notifications'],
    icons: { 128: '/icon-128.png' },
    // Intranet case systems are enabled one by one from the popup.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // The overlay opens the self-report form as a frame of the extension's own origin over the case page.
    web_accessible_resources: [{ resources: ['selfreport.html'], matches: ['http://*/*', 'https://*/*'] }],
    // End-to-end tests only: pre-grant a test site, because a headless browser cannot click Chrome's
    // permission prompt. The rest of "enable this site" (request, register, inject) runs as in use.
    ...(process.env.ZHIFA_E2E_GRANTED_HOSTS && { host_permissions: process.env.ZHIFA_E2E_GRANTED_HOSTS.split(',') }),
    ...(browser === 'firefox' && {
      // Firefox's MV2 manifest asks for optional origins under optional_permissions.
      optional_permissions: ['http://*/*', 'https://*/*'],
      browser_specific_settings: {
        gecko: {
          id: 'zhifa-guard@zhifa-guard.local',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({
    plugins: [preact()],
    // The e2e build (ZHIFA_E2E_GRANTED_HOSTS set) gets short outbox timeouts and test hooks (extension/outbox.ts).
    define: { __ZHIFA_E2E__: JSON.stringify(Boolean(process.env.ZHIFA_E2E_GRANTED_HOSTS)) },
  }),
});
