import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

/** The embeddable widget: one IIFE file (global ZhifaGuard) and one ES module, styles inside the shadow root. */
export default defineConfig({
  plugins: [preact()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    lib: {
      entry: 'widget/index.ts',
      name: 'ZhifaGuard',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'iife' ? 'zhifa-guard.js' : 'zhifa-guard.mjs'),
    },
  },
});
